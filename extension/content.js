// Lede's content script: loads the core into the page, hands it the interface strings
// and the saved preferences (settings.js, loaded before this script), and is the one way
// into the core for the background's messages and page.js (`ledeRunCore`). Everything it
// decides is decided by the core (`wasm_bindgen.*`), except what happens when the core
// fails: then this script puts the page back, shows why in a small panel of its own and
// never calls that core again on this page. Where the page's Content-Security-Policy
// forbids WebAssembly here (Chrome applies it to content scripts), the core runs in the
// extension's reader page instead, on the snapshot this script takes (`lede:snapshot`);
// the reader page loads this script too, as its way into the core.
'use strict';

(() => {
  if (globalThis.ledeContentReady === true) return;
  const api = globalThis.browser ?? globalThis.chrome;
  let core;
  /** Why the core stopped on this page; set once, never cleared until a reload. */
  let broken = null;
  /** The panic message the core gave just before it stopped, if it was a panic. */
  let panicMessage = null;
  /** The failure panel's host while it is shown. */
  let failureHost = null;

  /** Said by `loadCore` where the page forbids WebAssembly in content scripts. */
  const ELSEWHERE = 'this page does not allow WebAssembly in content scripts';

  /** Whether this page lets a content script compile WebAssembly (the smallest module).
   *  Chrome applies the page's CSP here: without 'wasm-unsafe-eval' it refuses. */
  function wasmAllowed() {
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return true;
    } catch {
      return false;
    }
  }

  /** The core's exports, once the WebAssembly module is loaded. */
  function loadCore() {
    core ??= (async () => {
      if (!wasmAllowed()) {
        const error = new Error(ELSEWHERE);
        error.elsewhere = true;
        throw error;
      }
      await wasm_bindgen({ module_or_path: api.runtime.getURL('lede_bg.wasm') });
      return configure(watch(wasm_bindgen));
    })();
    core.catch(() => {
      core = undefined;
    });
    return core;
  }

  /** Keeps the toolbar button in step (also when the sidebar's close button is used),
   *  hears panics, and routes the UI's event listeners through `journaled`. */
  function watch(c) {
    c.on_state_change((active) => {
      ledeActive = active;
      tellState(active);
      // The reader page closes its tab when Lede is closed there.
      if (!active) globalThis.ledeClosed?.();
    });
    c.on_panic((message) => {
      panicMessage = String(message);
    });
    c.set_guard(
      (listener) =>
        function (...args) {
          try {
            return journaled(() => listener.apply(this, args));
          } catch (error) {
            fail(error);
          }
        },
    );
    return c;
  }

  /** The preferences last handed to the core, to save only what the core changes. */
  let given = {};
  /** The core's changes not yet written, the last value written of each, and when. */
  let unsaved = {};
  const written = {};
  let lastWrite = 0;
  let saveTimer = null;
  /** At most two writes a second (a drag of the sidebar's edge changes the width many
   *  times), within synced storage's limits; the first change is written at once. */
  const SAVE_INTERVAL_MS = 500;

  function writeUnsaved() {
    clearTimeout(saveTimer);
    saveTimer = null;
    const changes = unsaved;
    unsaved = {};
    if (Object.keys(changes).length === 0) return;
    lastWrite = Date.now();
    Object.assign(written, changes);
    // The core's values are already valid: only the changed keys are written.
    ledeStorage()
      .set(changes)
      .catch(() => api.storage.local.set(changes))
      .catch(() => {});
  }

  function saveSoon() {
    if (saveTimer !== null) return;
    const wait = lastWrite + SAVE_INTERVAL_MS - Date.now();
    if (wait <= 0) writeUnsaved();
    else saveTimer = setTimeout(writeUnsaved, wait);
  }
  // A choice made just before leaving the page is kept too.
  addEventListener('pagehide', writeUnsaved);

  /** Hands the core the saved preferences (settings.js, the options page's store). */
  async function givePreferences(c) {
    const settings = await ledeLoadSettings();
    given = JSON.parse(ledeCorePreferences(settings));
    c.set_preferences(JSON.stringify(given));
  }

  /** Gives the core the interface strings in the browser's language and the saved
   *  preferences, and saves the preferences whenever the reader changes one. */
  async function configure(c) {
    try {
      const table = {};
      for (const key of c.message_keys()) {
        const text = api.i18n.getMessage(key);
        if (text) table[key] = text;
      }
      c.set_messages(table, api.i18n.getUILanguage());
    } catch (error) {
      console.warn('Lede: interface strings unavailable, using English:', error);
    }
    try {
      await givePreferences(c);
    } catch (error) {
      console.warn('Lede: saved preferences unavailable:', error);
    }
    c.on_preferences_change((json) => {
      let now;
      try {
        now = JSON.parse(json);
      } catch {
        return;
      }
      for (const key of LEDE_CORE_KEYS) {
        if (key in now && now[key] !== given[key]) unsaved[key] = now[key];
      }
      given = { ...given, ...now };
      saveSoon();
    });
    // A choice made on the options page (or in another tab) holds from the next time
    // the core draws the sidebar or opens the reader; this tab's own writes are not news.
    api.storage.onChanged.addListener((changes) => {
      const news = LEDE_CORE_KEYS.some(
        (key) =>
          key in changes &&
          changes[key].newValue !== given[key] &&
          !(Object.hasOwn(written, key) && changes[key].newValue === written[key]),
      );
      if (news && !broken) givePreferences(c).catch(() => {});
    });
    return c;
  }

  function tellState(active, failed) {
    api.runtime.sendMessage({ type: 'lede:state', active, failed }).catch(() => {});
  }

  // What the core changed on the page: each touched element's original `style`
  // attribute (null: it had none), seen by a MutationObserver around every call into
  // the core. The core restores these itself; this copy lets the page be put back when
  // the core cannot (a panic half-way through hiding, say).
  const changes = new Map();
  const observer = new MutationObserver(() => {});
  /** Whether clean reading is on, as the core last said. */
  let ledeActive = false;

  /** Runs a synchronous call into the core, noting the style changes it makes. */
  function journaled(call) {
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['style'], attributeOldValue: true });
    let result;
    try {
      result = call();
    } finally {
      for (const record of observer.takeRecords()) {
        if (!changes.has(record.target)) changes.set(record.target, record.oldValue);
      }
      observer.disconnect();
    }
    // The call returned and Lede is off: the core has put everything back itself.
    if (!ledeActive) changes.clear();
    return result;
  }

  /** Puts back every style the core changed and removes Lede's own elements. */
  function restorePage() {
    for (const [element, original] of changes) {
      try {
        if (element.getAttribute('style') === original) continue;
        if (original === null) element.removeAttribute('style');
        else element.setAttribute('style', original);
      } catch {
        // an element the page has since replaced: nothing of Lede's is left on it
      }
    }
    changes.clear();
    for (const [id, tag] of [['lede-reader', 'LEDE-READER'], ['lede-sidebar', 'LEDE-SIDEBAR']]) {
      const host = document.getElementById(id);
      if (host && host.tagName.toUpperCase() === tag) host.remove();
    }
  }

  /**
   * A failure of the core: the page goes back, the core is retired, the user is told
   * (with `quiet`, as for automatic detection, only the toolbar button says so).
   */
  function fail(error, quiet = false) {
    if (!broken) {
      broken = panicMessage ?? String(error?.message ?? error);
      console.error(`Lede: stopped on this page: ${broken}`);
    }
    try {
      restorePage();
      if (!quiet) showFailure();
    } catch (secondary) {
      // The page refuses even the failure panel (an SVG document, say): the button's
      // title still says what happened.
    }
    tellState(failureHost !== null, true);
    return { active: failureHost !== null, failed: true };
  }

  const FAILURE_CSS =
    ':host{all:initial!important;position:fixed!important;top:0!important;right:0!important;' +
    'bottom:0!important;width:min(380px,92vw)!important;z-index:2147483647!important;display:block!important}' +
    '.panel{box-sizing:border-box;height:100%;padding:16px 18px;background:#fbfaf6;color:#1d1d1b;' +
    'border-left:1px solid #d8d4c8;font:15px/1.45 system-ui,sans-serif}' +
    '.bar{display:flex;justify-content:space-between;align-items:center;margin-bottom:12px}' +
    '.brand{font-weight:700}button{font:inherit;background:none;border:0;cursor:pointer;font-size:20px;color:inherit}';

  /** The failure panel: what went wrong, in the sidebar's place. Built by this script,
   *  since the core that builds the sidebar is the part that failed. */
  function showFailure() {
    if (failureHost) return;
    const xhtml = 'http://www.w3.org/1999/xhtml';
    if (document.documentElement?.namespaceURI !== xhtml) {
      throw new Error('not an HTML document: there is nowhere to show a panel');
    }
    // A plain <div> host: the page may have taken Lede's own element name.
    const host = document.createElementNS(xhtml, 'div');
    host.id = 'lede-sidebar';
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(FAILURE_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = FAILURE_CSS;
      root.append(style);
    }
    const panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('data-lede-state', 'error');
    panel.setAttribute('role', 'alert');
    panel.setAttribute('lang', 'en');
    const bar = document.createElement('div');
    bar.className = 'bar';
    const brand = document.createElement('span');
    brand.className = 'brand';
    brand.textContent = 'Lede';
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.title = 'Close';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => {
      hideFailure();
      tellState(false, true);
    });
    bar.append(brand, close);
    const notice = document.createElement('p');
    notice.setAttribute('data-lede', 'notice');
    notice.textContent = "Lede can't read this page. The page is as it was; reload it to try again.";
    panel.append(bar, notice);
    root.append(panel);
    document.documentElement.appendChild(host);
    failureHost = host;
  }

  function hideFailure() {
    failureHost?.remove();
    failureHost = null;
  }

  /**
   * The one way into the core: runs `task(core)` (synchronous) once the core is
   * loaded, under the journal, and resolves to its result. A failure is handled here
   * and never reaches the caller as an exception: with `toggle` (a user's click) the
   * promise resolves to the failure panel's state `{active, failed: true}`, otherwise to
   * `{error}` (with `quiet`, the page is put back without the panel). With `dismiss`,
   * a shown failure panel is closed instead.
   */
  async function runCore(task, { toggle = false, dismiss = false, quiet = false } = {}) {
    if (dismiss && failureHost) {
      hideFailure();
      tellState(false, true);
      return { active: false, failed: true };
    }
    if (broken) {
      if (toggle) return fail(broken);
      return { error: broken };
    }
    let c;
    try {
      c = await loadCore();
    } catch (error) {
      // The page forbids WebAssembly here: the background opens the reader page on
      // this page's snapshot instead; this page stays as it is.
      if (error?.elsewhere) return toggle ? { active: false, elsewhere: true } : { error: ELSEWHERE, elsewhere: true };
      // The core did not load: nothing was changed, so nothing to put back.
      const reason = String(error?.message ?? error);
      console.error(`Lede: could not load: ${reason}`);
      if (!toggle) return { error: reason };
      try {
        showFailure();
      } catch {
        // as in fail()
      }
      tellState(failureHost !== null, true);
      return { active: failureHost !== null, failed: true };
    }
    try {
      if (toggle && !warmed) {
        // The first analysis in a fresh core also pays for compiling the functions it
        // runs: that cost goes in a task of its own, before the click's analysis.
        warmed = true;
        await nextTask();
        journaled(() => c.warm_up());
        await nextTask();
      }
      return journaled(() => task(c));
    } catch (error) {
      const shown = fail(error, quiet && !toggle);
      return toggle ? shown : { error: broken };
    }
  }

  /** Whether this page's core has run `warm_up`. */
  let warmed = false;

  /** Resolves in a later task, so the main thread can paint and handle input between. */
  function nextTask() {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Replies to a message with `runCore`'s answer. */
  function answer(task, sendResponse, options) {
    runCore(task, options).then(sendResponse);
    return true;
  }

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    switch (message?.type) {
      case 'lede:toggle':
        return answer((c) => ({ active: c.toggle() }), sendResponse, { toggle: true, dismiss: true });
      case 'lede:analysis':
        return answer((c) => ({ json: c.analysis_json() }), sendResponse);
      case 'lede:snapshot':
        // For the reader page: the same walk the core makes (from_dom.js, in lede.js),
        // as plain values; the page is only read.
        try {
          const [ops, text] = ledeSnapshotWalk(document.documentElement, 'lede-sidebar', String(message.kept));
          sendResponse({ ops: Array.from(ops), text, url: location.href });
        } catch (error) {
          sendResponse({ error: String(error?.message ?? error) });
        }
        return false;
      default:
        return false;
    }
  });

  // The extension's other tab scripts (page.js) reach the core only through this.
  globalThis.ledeRunCore = runCore;
  globalThis.ledeContentReady = true;
})();
