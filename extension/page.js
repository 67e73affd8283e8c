// Lede in the tab, beyond the core's toggle: the mode a click opens (clean page or
// reader view), the verdict of the cheap detection for the toolbar button, and a fresh
// analysis when a single-page site changes its URL. Runs after settings.js and
// content.js, in the top frame only, and reaches the core only through content.js's
// `ledeRunCore`, so that any failure of the core puts the page back and says so.
'use strict';

(() => {
  if (globalThis.ledePageReady === true || window.top !== window) return;
  const api = globalThis.browser ?? globalThis.chrome;
  const runCore = globalThis.ledeRunCore;

  const readerHost = () => document.getElementById('lede-reader');
  const sidebarState = () => {
    const host = document.getElementById('lede-sidebar');
    const panel = host?.shadowRoot?.querySelector('[data-lede-state]');
    return panel ? panel.getAttribute('data-lede-state') : null;
  };

  /**
   * 'toggle': off when on, else on in the preferred mode; 'clean': the cleaned page
   * (closing the reader if open); 'reader': the reader view, over the cleaned page.
   * The reader opens on articles only; elsewhere the sidebar says why. Resolves to
   * `{active, reader}`, or to `{active, failed: true}` when the core failed.
   */
  async function run(mode) {
    const preferred = mode === 'toggle' ? (await ledeLoadSettings()).mode : mode;
    return runCore(
      (c) => {
        if (mode === 'toggle' && c.is_active()) {
          c.toggle();
          return { active: false };
        }
        if (!c.is_active()) {
          c.toggle();
          // The analysis just made holds the detection verdict: the button shows it too.
          const state = sidebarState();
          if (state === 'ready' || state === 'not-article') {
            api.runtime.sendMessage({ type: 'lede:detected', isArticle: state === 'ready' }).catch(() => {});
          }
        }
        const reader = readerHost() !== null;
        if (preferred === 'clean' && reader) c.toggle_reader();
        if (preferred === 'reader' && !reader && sidebarState() === 'ready') c.toggle_reader();
        return { active: c.is_active(), reader: readerHost() !== null };
      },
      { toggle: true, dismiss: mode === 'toggle' },
    );
  }

  /**
   * Tells the background whether this page is an article, for the toolbar button. Where
   * the page forbids WebAssembly here, the background's own copy of the core judges the
   * page's snapshot instead.
   */
  async function detect() {
    const verdict = await runCore((c) => JSON.parse(c.detect_document(document, location.href)), { quiet: true });
    if (verdict.error === undefined) {
      await api.runtime.sendMessage({ type: 'lede:detected', isArticle: verdict.is_article === true });
    } else if (verdict.elsewhere) {
      await api.runtime.sendMessage({ type: 'lede:detect-elsewhere' });
    }
    return verdict;
  }

  /**
   * Automatic detection, at page idle (auto.js calls this where it was registered) and
   * after a single-page site changes its URL; opens Lede on articles if the user asked.
   */
  let autoDetecting = false;
  async function autoStart() {
    autoDetecting = true;
    const settings = await ledeLoadSettings();
    if (!settings.autoDetect || ledeNeverRunsOn(settings, location.hostname)) return;
    const verdict = await detect();
    if (verdict.is_article && settings.autoOpen && (await runCore((c) => c.is_active())) === false) {
      await run(settings.mode);
    }
  }

  // Single-page sites change the URL with history.pushState and then the content; when
  // that happens, Lede's view (if it is on) and the detection verdict are redone once the
  // page has been quiet for a moment.
  const QUIET_MS = 300;
  const MAX_WAIT_MS = 3000;
  let lastUrl = location.href;

  function pageSettled() {
    return new Promise((resolve) => {
      let timer;
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(cap);
        resolve();
      };
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, QUIET_MS);
      });
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
      timer = setTimeout(done, QUIET_MS);
      const cap = setTimeout(done, MAX_WAIT_MS);
    });
  }

  async function urlChanged() {
    // Lede's changes come off first, so the site updates its own page, not Lede's view.
    const before = await runCore((c) => {
      const was = { active: c.is_active(), reader: readerHost() !== null };
      if (was.active) c.toggle();
      return was;
    });
    if (before.error !== undefined) return;
    await pageSettled();
    if (location.href !== lastUrl) return;
    // Detection reads the site's own page, before Lede changes it again.
    if (autoDetecting) await autoStart();
    if (before.active && (await runCore((c) => c.is_active())) === false) {
      await run(before.reader ? 'reader' : 'clean');
    }
  }

  function checkUrl() {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    urlChanged().catch((error) => console.warn('Lede:', error));
  }
  // The Navigation API reports pushState and replaceState where the browser has it;
  // elsewhere the address is compared twice a second (a string comparison).
  if (globalThis.navigation?.addEventListener) {
    globalThis.navigation.addEventListener('currententrychange', () => setTimeout(checkUrl, 0));
  } else {
    setInterval(checkUrl, 500);
  }
  window.addEventListener('popstate', checkUrl);

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    let task;
    if (message?.type === 'lede:run') task = () => run(message.mode);
    else if (message?.type === 'lede:detect') task = detect;
    else return false;
    task().then(sendResponse, (error) => {
      console.error('Lede:', error);
      sendResponse({ error: String(error?.message ?? error) });
    });
    return true;
  });

  globalThis.ledeAutoStart = () => autoStart().catch((error) => console.warn('Lede:', error));
  globalThis.ledePageReady = true;
})();
