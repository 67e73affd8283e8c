// Lede's background script: turns a toolbar click, the shortcut or a menu entry into
// Lede in the tab, and keeps the toolbar button's state per tab.
//
// The core runs in the page (content script). This script injects it on the first
// click and forwards each click as a message; where the page's security policy forbids
// WebAssembly in content scripts, it opens Lede's reader page beside the tab instead
// (reader.html, which runs the core on the page's snapshot).
// With the user's permission to read every site (asked for on the options page), it
// also registers the same scripts to run at page idle, to tell articles apart.
'use strict';

// Chrome's service worker loads the shared preferences here, and the core for the pages
// that forbid WebAssembly in content scripts (detectElsewhere); Firefox's manifest lists
// settings.js before this script, and Firefox lets every page's content scripts run the
// core.
if (typeof LEDE_DEFAULTS === 'undefined') importScripts('settings.js', 'lede.js');

const api = globalThis.browser ?? globalThis.chrome;

/** What runs in a tab, in order: the core, the preferences (which content.js hands the
 *  core), its glue, the extension's tab-side additions. */
const TAB_SCRIPTS = ['lede.js', 'settings.js', 'content.js', 'page.js'];
const AUTO_SCRIPT_ID = 'lede-auto';

/** Injects the core and the content scripts into the tab's top frame, once. */
async function ensureInjected(tabId) {
  const [probe] = await withGrantRetry(() =>
    api.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.ledePageReady === true,
    }),
  );
  if (probe?.result === true) return;
  await api.scripting.executeScript({ target: { tabId }, files: TAB_SCRIPTS });
}

/**
 * Chromium can deliver the click before the activeTab grant it gives, so the first
 * script injection may be refused ("Cannot access contents of the page"); it succeeds
 * a moment later. Other errors (a browser page, a store) are final.
 */
async function withGrantRetry(inject, tries = 6) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inject();
    } catch (error) {
      const early = String(error?.message ?? error).includes('Cannot access contents of the page');
      if (!early || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

// Per tab: whether Lede is on, whether it failed there, and the last detection verdict
// (true, false, or absent).
const tabState = new Map();

async function showState(tabId) {
  const { active = false, failed = false, article } = tabState.get(tabId) ?? {};
  let text = '';
  let color = '#3c8d5a';
  let title = 'actionTitle';
  if (failed) {
    // Lede stopped on this page (its panel says why); the title says so too.
    text = '!';
    color = '#a23b2a';
    title = 'actionTitleFailed';
  } else if (active) {
    text = 'ON';
    title = 'actionTitleActive';
  } else if (article === true) {
    text = '✓';
    color = '#2d5f8a';
    title = 'badgeTitleArticle';
  } else if (article === false) {
    title = 'badgeTitleNotArticle';
  }
  await api.action.setBadgeText({ tabId, text });
  await api.action.setBadgeBackgroundColor({ tabId, color });
  await api.action.setTitle({ tabId, title: api.i18n.getMessage(title) });
}

function noteState(tabId, change) {
  tabState.set(tabId, { ...tabState.get(tabId), ...change });
  showState(tabId).catch(() => {});
}

// Reader pages open, by the tab they read. Kept in session storage as well: Chrome
// stops an idle worker, and a second click on the tab must still find its reader page.
const READER_PAGE = api.runtime.getURL('reader.html');
const READER_PAGES_KEY = 'readerPages';

async function readerPages() {
  const saved = await api.storage.session?.get(READER_PAGES_KEY).catch(() => undefined);
  return new Map(Object.entries(saved?.[READER_PAGES_KEY] ?? {}).map(([tab, page]) => [Number(tab), page]));
}

async function saveReaderPages(pages) {
  await api.storage.session?.set({ [READER_PAGES_KEY]: Object.fromEntries(pages) }).catch(() => {});
}

async function isReaderPage(tab) {
  return tab.url?.startsWith(READER_PAGE) || [...(await readerPages()).values()].includes(tab.id);
}

/**
 * Lede for a tab whose page forbids WebAssembly in content scripts: its reader page,
 * opened beside it (or closed, when it is open and the click is a toggle).
 */
async function openReaderPage(tab, mode) {
  const pages = await readerPages();
  const open = pages.get(tab.id);
  if (open !== undefined) {
    const exists = await api.tabs.get(open).then(() => true, () => false);
    if (exists) {
      if (mode === 'toggle') await api.tabs.remove(open);
      else await api.tabs.update(open, { active: true });
      return;
    }
  }
  const page = await api.tabs.create({
    url: `${READER_PAGE}#${tab.id}`,
    index: tab.index + 1,
    openerTabId: tab.id,
  });
  pages.set(tab.id, page.id);
  await saveReaderPages(pages);
}

async function forgetReaderPage(tabId) {
  const pages = await readerPages();
  if (pages.delete(tabId)) await saveReaderPages(pages);
}

/** The core in this worker, loaded on first use (Chrome only: see the top). */
let workerCore;

function coreHere() {
  if (typeof wasm_bindgen !== 'function') return Promise.reject(new Error('no core in this background'));
  workerCore ??= wasm_bindgen({ module_or_path: api.runtime.getURL('lede_bg.wasm') }).then(() => wasm_bindgen);
  return workerCore;
}

/**
 * Automatic detection for a tab whose page forbids WebAssembly in content scripts: the
 * core runs here, on the snapshot the tab's content script takes (as for the reader
 * page), and only the verdict is kept.
 */
async function detectElsewhere(tabId) {
  try {
    const c = await coreHere();
    const snapshot = await api.tabs.sendMessage(tabId, { type: 'lede:snapshot', kept: c.snapshot_attributes() }, { frameId: 0 });
    if (typeof snapshot?.text !== 'string' || !Array.isArray(snapshot.ops)) {
      throw new Error(`could not read the page: ${snapshot?.error ?? 'no answer'}`);
    }
    const verdict = JSON.parse(c.detect_snapshot(Uint32Array.from(snapshot.ops), snapshot.text, String(snapshot.url)));
    noteState(tabId, { article: verdict.is_article === true });
  } catch (error) {
    // A core that failed here is loaded afresh next time; the button shows no verdict.
    workerCore = undefined;
    console.warn('Lede could not judge the page:', String(error?.message ?? error));
  }
}

/**
 * Runs Lede in the tab: 'toggle' (the toolbar button and the shortcut: on in the
 * preferred mode, or off), 'clean' or 'reader' (the menu entries).
 */
async function run(tab, mode) {
  if (tab?.id === undefined) return;
  // The button on a reader page closes it, as it turns Lede off on any page.
  if (await isReaderPage(tab)) {
    await api.tabs.remove(tab.id).catch(() => {});
    return;
  }
  try {
    await ensureInjected(tab.id);
    // The content script reports the new state with a 'lede:state' message, and a
    // failure itself (its panel, its one log line); the reply only marks the button.
    const reply = await api.tabs.sendMessage(tab.id, { type: 'lede:run', mode }, { frameId: 0 });
    if (reply?.elsewhere) await openReaderPage(tab, mode);
    if (reply?.failed) noteState(tab.id, { active: reply.active === true, failed: true });
  } catch (error) {
    // Pages the browser reserves (settings, stores) refuse scripts; nothing to undo.
    console.warn('Lede could not run on this tab:', String(error?.message ?? error));
    noteState(tab.id, { active: false, failed: true });
  }
}

api.action.onClicked.addListener((tab) => run(tab, 'toggle'));

// The toolbar button's own menu (right click): the two modes and the options.
const MENU = [
  ['lede-clean', 'menuClean'],
  ['lede-reader', 'menuReader'],
  ['lede-options', 'menuOptions'],
];

async function createMenus() {
  await api.contextMenus.removeAll();
  for (const [id, message] of MENU) {
    api.contextMenus.create({ id, title: api.i18n.getMessage(message), contexts: ['action'] }, () => {
      // Reading lastError marks it handled (an entry left from before a restart).
      void api.runtime.lastError;
    });
  }
}

/** What a menu entry does; also called by the end-to-end tests through the worker. */
function onMenuClicked(info, tab) {
  if (info.menuItemId === 'lede-options') return api.runtime.openOptionsPage();
  if (info.menuItemId === 'lede-clean') return run(tab, 'clean');
  if (info.menuItemId === 'lede-reader') return run(tab, 'reader');
  return undefined;
}
globalThis.ledeMenuClicked = onMenuClicked;
api.contextMenus.onClicked.addListener(onMenuClicked);

// Automatic detection: registered as content scripts while the preference is on and
// the permission granted, re-registered whenever either or the never-run list changes.
let syncing = Promise.resolve();

function syncDetection() {
  syncing = syncing.then(syncDetectionNow, syncDetectionNow);
  return syncing;
}

async function syncDetectionNow() {
  try {
    const settings = await ledeLoadSettings();
    const granted = await api.permissions.contains({ origins: LEDE_WEB_ORIGINS });
    const registered = await api.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
    if (registered.length) await api.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    if (!settings.autoDetect || !granted) return;
    const script = {
      id: AUTO_SCRIPT_ID,
      matches: LEDE_WEB_ORIGINS,
      js: [...TAB_SCRIPTS, 'auto.js'],
      runAt: 'document_idle',
      allFrames: false,
    };
    const exclude = ledeNeverRunPatterns(settings);
    if (exclude.length) script.excludeMatches = exclude;
    await api.scripting.registerContentScripts([script]);
  } catch (error) {
    console.warn('Lede could not update automatic detection:', error);
  }
}

function setUp() {
  createMenus().catch((error) => console.warn('Lede could not add its menu:', error));
  syncDetection();
}
api.runtime.onInstalled.addListener(setUp);
api.runtime.onStartup.addListener(setUp);
// Only the two settings that decide it (the reader's and sidebar's choices are saved
// here too, as often as a sidebar is resized).
api.storage.onChanged.addListener((changes) => {
  if ('autoDetect' in changes || 'neverRun' in changes) syncDetection();
});
api.permissions.onAdded.addListener(() => syncDetection());
api.permissions.onRemoved.addListener(() => syncDetection());
api.tabs.onRemoved.addListener((tabId) => {
  tabState.delete(tabId);
  forgetReaderPage(tabId);
});
// A new document in the tab: what was known about the last one no longer holds.
api.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') tabState.delete(tabId);
});

api.runtime.onMessage.addListener((message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return false;
  if (message?.type === 'lede:state') {
    noteState(tabId, { active: message.active === true, failed: message.failed === true });
    return false;
  }
  if (message?.type === 'lede:detected') {
    noteState(tabId, { article: message.isArticle === true });
  }
  if (message?.type === 'lede:detect-elsewhere') detectElsewhere(tabId);
  return false;
});
