// Lede in the tab, beyond the core's toggle: the mode a click opens (clean page or
// reader view), the reader's default typography, the verdict of the cheap detection for
// the toolbar button, and a fresh analysis when a single-page site changes its URL.
// Runs after content.js (which loads the core) and settings.js, in the top frame only.
'use strict';

(() => {
  if (globalThis.ledePageReady === true || window.top !== window) return;
  const api = globalThis.browser ?? globalThis.chrome;
  const loadCore = globalThis.ledeLoadCore;

  const readerHost = () => document.getElementById('lede-reader');
  const sidebarState = () => {
    const host = document.getElementById('lede-sidebar');
    const panel = host?.shadowRoot?.querySelector('[data-lede-state]');
    return panel ? panel.getAttribute('data-lede-state') : null;
  };

  /**
   * 'toggle': off when on, else on in the preferred mode; 'clean': the cleaned page
   * (closing the reader if open); 'reader': the reader view, over the cleaned page.
   * The reader opens on articles only; elsewhere the sidebar says why.
   */
  async function run(mode) {
    const c = await loadCore();
    if (mode === 'toggle') {
      if (c.is_active()) {
        c.toggle();
        return { active: false };
      }
      mode = (await ledeLoadSettings()).mode;
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
    if (mode === 'clean' && reader) c.toggle_reader();
    if (mode === 'reader' && !reader && sidebarState() === 'ready') c.toggle_reader();
    return { active: c.is_active(), reader: readerHost() !== null };
  }

  // The reader's defaults, applied once to each reader view when it opens (from a click
  // or from the sidebar's button); its own buttons change them afterwards.
  const LINE_HEIGHTS = { compact: '1.45', normal: '', loose: '1.85' };
  const WIDTHS = { narrow: '32em', normal: '', wide: '46em' };
  const styled = new WeakSet();

  async function styleReader() {
    const host = readerHost();
    if (!host || styled.has(host)) return;
    styled.add(host);
    const view = host.shadowRoot?.querySelector('.reader');
    if (!view) return;
    const s = await ledeLoadSettings();
    view.setAttribute('data-font', s.readerFont);
    view.setAttribute('data-size', s.readerSize);
    view.setAttribute('data-theme', s.readerTheme);
    const article = view.querySelector('article');
    if (article) {
      article.style.lineHeight = LINE_HEIGHTS[s.readerLineHeight];
      article.style.maxWidth = WIDTHS[s.readerWidth];
    }
  }

  // The reader's host is a child of <html>; only that level is watched.
  new MutationObserver(() => {
    if (readerHost()) styleReader().catch(() => {});
  }).observe(document.documentElement, { childList: true });

  /** Tells the background whether this page is an article, for the toolbar button. */
  async function detect() {
    const c = await loadCore();
    const verdict = JSON.parse(c.detect_document(document, location.href));
    await api.runtime.sendMessage({ type: 'lede:detected', isArticle: verdict.is_article === true });
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
    const c = await loadCore();
    if (verdict.is_article && settings.autoOpen && !c.is_active()) await run(settings.mode);
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
    const core = await loadCore().catch(() => null);
    if (!core) return;
    const wasActive = core.is_active();
    const wasReader = readerHost() !== null;
    // Lede's changes come off first, so the site updates its own page, not Lede's view.
    if (wasActive) core.toggle();
    await pageSettled();
    if (location.href !== lastUrl) return;
    // Detection reads the site's own page, before Lede changes it again.
    if (autoDetecting) await autoStart();
    if (wasActive && !core.is_active()) await run(wasReader ? 'reader' : 'clean');
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
