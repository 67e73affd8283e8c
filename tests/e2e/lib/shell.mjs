// The extension shell's checks, shared by both browsers: the options page, the modes a
// click and the menu open, automatic detection and the toolbar button, single-page
// sites, and the requests made meanwhile. The browser-specific parts are adapters
// (ChromiumShell, FirefoxShell) with the same small interface:
//
//   tab(url)       -> {evaluate(fn, arg), clickAction(), goto(url), screenshot(), close()}
//   options()      -> the options page: the same plus click(sel), choose(sel, value),
//                     arrowDown(sel), typeEnter(sel, text)
//   menu(id, tab)  runs a toolbar-menu entry for the tab
//   requests()     every request recorded so far: [{url, from}]

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../../scripts/serve.mjs';
import { REPO, SEED_HTML, SHOTS_DIR, STRICT_CSP, WAIT_MS, sleep, trackSession, untrackSession, waitFor } from './shared.mjs';

export const SPA_HTML = path.join(REPO, 'tests', 'e2e', 'pages', 'spa.html');
export const STORE_DIR = path.join(SHOTS_DIR, 'store');

/** The English messages of the extension, to compare what the browser shows with. */
export function englishMessages() {
  const file = path.join(REPO, 'extension', '_locales', 'en', 'messages.json');
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.message]));
}

/** Serves the seed article and a small single-page site (/spa/, /spa/story). */
export async function startShellServer() {
  const srv = await startServer({
    routes: {
      '/seed-article/': { file: SEED_HTML },
      // Chrome forbids WebAssembly in content scripts on this one.
      '/seed-article-csp/': { file: SEED_HTML, headers: { 'Content-Security-Policy': STRICT_CSP } },
      '/spa/': { file: SPA_HTML },
      '/spa/story': { file: SPA_HTML },
    },
  });
  const session = trackSession({
    ...srv,
    at: (p, host = '127.0.0.1') => `http://${host}:${srv.port}${p}`,
    close: () => {
      untrackSession(session);
      return srv.close();
    },
  });
  return session;
}

// ---------------------------------------------------------------------------------------
// Functions run inside pages; self-contained, one argument at most.

/** In an extension page: resolves once the options page has shown the stored values. */
export function pageOptionsReady() {
  return document.body.getAttribute('data-ready') === 'true';
}

/** In the options page: what it shows, and how its controls are labelled. */
export function pageOptionsState() {
  const value = (id) => document.getElementById(id);
  const unlabelled = [...document.querySelectorAll('input, select, button')]
    .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
    .map((el) => el.id || el.outerHTML.slice(0, 60));
  return {
    lang: document.documentElement.lang,
    legends: [...document.querySelectorAll('legend')].map((l) => l.textContent.trim()),
    run: value('run-auto').checked ? 'auto' : value('run-click').checked ? 'click' : null,
    autoOpen: value('auto-open').checked,
    autoOpenDisabled: value('auto-open').disabled,
    mode: value('mode-reader').checked ? 'reader' : value('mode-clean').checked ? 'clean' : null,
    font: value('reader-font').value,
    size: value('reader-size').value,
    lineHeight: value('reader-line-height').value,
    width: value('reader-width').value,
    theme: value('reader-theme').value,
    neverRun: [...document.querySelectorAll('#never-list li span')].map((s) => s.textContent),
    status: value('status').textContent,
    unlabelled,
  };
}

/** In an extension page: what the extension asks for and holds now. */
export async function pagePermissions() {
  const api = globalThis.browser ?? globalThis.chrome;
  const manifest = api.runtime.getManifest();
  const held = await api.permissions.getAll();
  const scripts = await api.scripting.getRegisteredContentScripts();
  return {
    permissions: manifest.permissions,
    hostPermissions: manifest.host_permissions ?? [],
    optionalHostPermissions: manifest.optional_host_permissions ?? [],
    heldOrigins: held.origins ?? [],
    registered: scripts.map((s) => ({ id: s.id, excludeMatches: s.excludeMatches ?? [] })),
  };
}

/** In an extension page: which of the toolbar menu's entries exist (update() fails on others). */
export async function pageMenuEntries(ids) {
  const api = globalThis.browser ?? globalThis.chrome;
  const found = [];
  for (const id of ids) {
    try {
      await api.contextMenus.update(id, {});
      found.push(id);
    } catch {
      // no such entry
    }
  }
  return found;
}

/** In an extension page: the toolbar button's badge and title on the tab showing `url`. */
export async function pageBadge(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (!tab) return null;
  return {
    text: await api.action.getBadgeText({ tabId: tab.id }),
    title: await api.action.getTitle({ tabId: tab.id }),
    tabId: tab.id,
  };
}

/** In the page: the sidebar's state and title, and whether the reader is open. */
export function pageLede() {
  const host = document.getElementById('lede-sidebar');
  const root = host && host.shadowRoot;
  const panel = root && root.querySelector('[data-lede-state]');
  const title = root && root.querySelector('[data-lede="title"]');
  return {
    state: panel ? panel.getAttribute('data-lede-state') : null,
    title: title ? title.textContent : null,
    reader: !!document.getElementById('lede-reader'),
    quotes: root ? root.querySelectorAll('[data-lede="quote"]').length : 0,
  };
}

/** In the page: how the reader view looks (null while it is not open). */
export function pageReaderLook() {
  const host = document.getElementById('lede-reader');
  const view = host && host.shadowRoot && host.shadowRoot.querySelector('.reader');
  const article = view && view.querySelector('article');
  if (!article) return null;
  const style = getComputedStyle(article);
  return {
    font: view.getAttribute('data-font'),
    size: view.getAttribute('data-size'),
    theme: view.getAttribute('data-theme'),
    pressed: [...view.querySelectorAll('[data-setting][aria-pressed="true"]')].map((b) => b.getAttribute('data-setting')),
    background: getComputedStyle(view).backgroundColor,
    fontFamily: style.fontFamily,
    fontSize: parseFloat(style.fontSize),
    lineHeightRatio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
    widthEm: article.getBoundingClientRect().width / parseFloat(style.fontSize),
    images: [...view.querySelectorAll('img')].map((img) => img.src),
  };
}

/** In the page: presses the reader's own button for `setting` (e.g. "data-measure=wide"). */
export function pagePressReaderSetting(setting) {
  const host = document.getElementById('lede-reader');
  const button = host && host.shadowRoot && host.shadowRoot.querySelector(`[data-setting="${setting}"]`);
  if (!button) return false;
  button.click();
  return true;
}

/** In the page: the embedded frame's document, serialised (same origin). */
export function pageFrameHTML() {
  const frame = document.getElementById('frame');
  const doc = frame && frame.contentDocument;
  return doc && doc.readyState === 'complete' ? doc.documentElement.outerHTML : null;
}

/** In the single-page site: follows the link to `href` the way a user's click does. */
export function pageFollowRoute(href) {
  const link = [...document.querySelectorAll('a[data-route]')].find((a) => a.getAttribute('href') === href);
  if (!link) return false;
  link.click();
  return true;
}

/** In the page: scrolls the story's first long visible paragraph near the top (for screenshots). */
export function pageScrollToStory() {
  const p = [...document.querySelectorAll('p')].find((el) => el.offsetParent && el.textContent.length > 150);
  if (p) window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 32);
  return !!p;
}

export function pageHistoryBack() {
  history.back();
  return true;
}

export function pageOuterHTML() {
  return document.documentElement.outerHTML;
}

// ---------------------------------------------------------------------------------------
// Steps

/** Waits until the page shows Lede in `state` (or Lede gone, for null). */
export async function waitForLede(tab, want, what) {
  let seen;
  await waitFor(() => `${what} (last seen: ${JSON.stringify(seen)})`, async () => {
    seen = await tab.evaluate(pageLede);
    return Object.entries(want).every(([k, v]) => seen[k] === v) ? seen : null;
  });
  return seen;
}

export async function waitForBadge(options, url, want, what) {
  let seen;
  await waitFor(() => `${what} (last seen: ${JSON.stringify(seen)})`, async () => {
    seen = await options.evaluate(pageBadge, url);
    return seen && seen.text === want.text && seen.title === want.title ? seen : null;
  });
  return seen;
}

export async function openOptions(shell) {
  const options = await shell.options();
  await waitFor('the options page to show the stored values', () => options.evaluate(pageOptionsReady));
  return options;
}

/** Waits for the options page to confirm a change and returns what it shows. */
export async function settled(options, check, what) {
  let seen;
  await waitFor(() => `${what} (last seen: ${JSON.stringify(seen)})`, async () => {
    seen = await options.evaluate(pageOptionsState);
    return check(seen) ? seen : null;
  });
  return seen;
}

/**
 * Requests that went to the network (not the extension's own files), leaving out those
 * Firefox makes for itself (its system principal: settings and blocklist updates), which
 * no extension or page can make.
 */
export function networkRequests(list) {
  return list.filter((r) => /^(https?|wss?|ftp):/i.test(r.url) && r.from !== '[system]');
}

/**
 * Lede makes no request of its own: every network request after `mark` must be one the
 * page made itself before Lede ran (`own`), or an image of the story the reader shows
 * (`storyImages`), and none may come from an extension context (`fromExtension`).
 */
export function assertNoRequestsOfItsOwn(all, mark, own, storyImages, fromExtension) {
  const later = networkRequests(all.slice(mark));
  if (process.env.LEDE_SHELL_DEBUG) console.log({ own: [...own], later, total: all.length });
  const extension = networkRequests(all).filter((r) => fromExtension(r.from));
  assert.deepEqual(extension, [], 'requests made from an extension context (worker, extension page, content script)');
  const allowed = new Set([...own, ...storyImages]);
  const foreign = later.filter((r) => !allowed.has(r.url));
  assert.deepEqual(foreign, [], 'requests during the Lede session that the page itself had not made');
}

export { WAIT_MS, sleep };
