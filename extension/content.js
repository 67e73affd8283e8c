// Lede's content script: loads the core into the page and answers the background's
// messages. Everything it decides is decided by the core (`wasm_bindgen.*`), except what
// happens when the core fails: then this script puts the page back, shows why in a
// small panel of its own and never calls that core again on this page.
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

  /** The core's exports: the WebAssembly build, or its JavaScript build where the
   *  page's Content-Security-Policy forbids compiling WebAssembly here. */
  function loadCore() {
    core ??= (async () => {
      try {
        await wasm_bindgen({ module_or_path: api.runtime.getURL('lede_bg.wasm') });
        return configure(watch(wasm_bindgen));
      } catch (wasmError) {
        const reply = await api.runtime.sendMessage({ type: 'lede:load-fallback' });
        if (!reply?.ok || typeof globalThis.ledeFallbackInit !== 'function') {
          throw wasmError;
        }
        return configure(watch(await globalThis.ledeFallbackInit()));
      }
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

  /** Where the reader's sidebar and reader-view choices are kept (the extension's
   *  storage: the page can neither read nor change them). */
  const PREFERENCES_KEY = 'ledePreferences';

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
      const saved = await api.storage.local.get(PREFERENCES_KEY);
      if (typeof saved?.[PREFERENCES_KEY] === 'string') c.set_preferences(saved[PREFERENCES_KEY]);
    } catch (error) {
      console.warn('Lede: saved preferences unavailable:', error);
    }
    c.on_preferences_change((json) => {
      api.storage.local.set({ [PREFERENCES_KEY]: json }).catch(() => {});
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

  /** A failure of the core: the page goes back, the core is retired, the user is told. */
  function fail(error) {
    if (!broken) {
      broken = panicMessage ?? String(error?.message ?? error);
      console.error(`Lede: stopped on this page: ${broken}`);
    }
    try {
      restorePage();
      showFailure();
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
   * Runs `task` on the core and replies with its result. A failure is handled here:
   * `toggle` tasks reply with the failure panel's state, others with the error.
   */
  function answer(task, sendResponse, toggle) {
    loadCore()
      .then((c) => {
        let result;
        try {
          result = journaled(() => task(c));
        } catch (error) {
          const shown = fail(error);
          sendResponse(toggle ? shown : { error: broken });
          return;
        }
        sendResponse(result);
      })
      .catch((error) => {
        // The core did not load: nothing was changed, so nothing to put back.
        const reason = String(error?.message ?? error);
        console.error(`Lede: could not load: ${reason}`);
        if (!toggle) {
          sendResponse({ error: reason });
          return;
        }
        try {
          showFailure();
        } catch {
          // as in fail()
        }
        tellState(failureHost !== null, true);
        sendResponse({ active: failureHost !== null, failed: true });
      });
    return true;
  }

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    switch (message?.type) {
      case 'lede:toggle':
        if (failureHost) {
          hideFailure();
          sendResponse({ active: false, failed: true });
          return false;
        }
        if (broken) {
          sendResponse(fail(broken));
          return false;
        }
        return answer((c) => ({ active: c.toggle() }), sendResponse, true);
      case 'lede:analysis':
        if (broken) {
          sendResponse({ error: broken });
          return false;
        }
        return answer((c) => ({ json: c.analysis_json() }), sendResponse, false);
      default:
        return false;
    }
  });

  // The extension's other tab scripts (page.js) reach the core through this.
  globalThis.ledeLoadCore = loadCore;
  globalThis.ledeContentReady = true;
})();
