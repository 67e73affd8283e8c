// Failure isolation in headless Chromium and Firefox: a copy of the extension whose core
// fails on purpose (lib/broken-extension.mjs), once by an exception half-way through
// hiding boilerplate and once by a genuine Rust panic inside the sidebar's "Reader view"
// button, and a core that does not load at all. Either way the page must come back exactly, the sidebar's place must say
// "Lede can't read this page", nothing may be thrown into the page, the extension logs
// one line, and a failed core is never called again on that page.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { NO_CORE, PANIC_IN_READER, THROW_MID_HIDE, writeBrokenExtension } from './lib/broken-extension.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { CONSOLE_TO_STDOUT, launchFirefox } from './lib/firefox.mjs';
import { pageOpenReader } from './lib/reader.mjs';
import {
  assertSameHTML,
  cleanup,
  closeLeftoverSessions,
  collapse,
  FIREFOX_EXTENSION_DIR,
  removeDir,
  requireExtension,
  waitFor,
  withExtensionLog,
} from './lib/shared.mjs';
import { FOOTER_TEXT, STORY_TITLE, articlePage } from './pages/robust/pages.mjs';

const TEST_TIMEOUT = 120_000;

after(closeLeftoverSessions);

function pageHTML() {
  return document.documentElement.outerHTML;
}

/** The page's serialisation as if Lede's host were not there. */
function pageHTMLWithoutLede() {
  const copy = document.documentElement.cloneNode(true);
  for (const id of ['lede-sidebar', 'lede-reader']) {
    const host = copy.querySelector('#' + id);
    if (host) host.remove();
  }
  return copy.outerHTML;
}

function pageFailure() {
  const host = document.getElementById('lede-sidebar');
  const panel = host && host.shadowRoot && host.shadowRoot.querySelector('[data-lede-state]');
  if (!panel) return { state: null };
  const notice = host.shadowRoot.querySelector('[data-lede="notice"]');
  const style = getComputedStyle(host);
  return {
    state: panel.getAttribute('data-lede-state'),
    notice: notice ? notice.textContent : null,
    position: style.position,
    width: Math.round(host.getBoundingClientRect().width),
    bodyText: document.body.innerText,
    pageErrors: Array.isArray(window.__pageErrors) ? window.__pageErrors.slice() : [],
  };
}

function pageLedeGone() {
  return !document.getElementById('lede-sidebar') && !document.getElementById('lede-reader');
}

async function stateAfterClick(drv, want) {
  let seen;
  await waitFor(
    () => `the sidebar to show "${want}" (last seen: ${JSON.stringify(seen)})`,
    async () => {
      seen = (await drv.evaluate(pageFailure)).state;
      return seen === want;
    },
  );
}

function assertFriendly(look, what) {
  assert.equal(look.state, 'error', `${what}: the sidebar shows the error state`);
  assert.match(collapse(look.notice), /Lede can.t read this page/, `${what}: and says so in words`);
  assert.equal(look.position, 'fixed', `${what}: the failure panel is pinned like the sidebar`);
  assert.ok(look.width >= 200, `${what}: the failure panel has a size (${look.width})`);
  assert.deepEqual(look.pageErrors, [], `${what}: errors the page itself caught`);
}

async function closeAndCompare(drv, before, what) {
  await drv.clickAction();
  await waitFor(`${what}: Lede to leave the page`, () => drv.evaluate(pageLedeGone));
  assertSameHTML(await drv.evaluate(pageHTML), before, `${what}: document.documentElement.outerHTML`);
}

async function assertLog(drv, since, pattern, what) {
  const errors = await drv.errorsSince(since);
  const lede = errors.filter((e) => /^console error: Lede/.test(e));
  const others = errors.filter((e) => !/^console error: Lede/.test(e));
  assert.deepEqual(others, [], `${what}: errors that reached the page or its console`);
  assert.equal(lede.length, 1, `${what}: exactly one log line from Lede (got ${JSON.stringify(lede)})`);
  assert.match(lede[0], pattern, `${what}: the log line says what failed`);
}

/** An exception out of the core with the hiding half done. */
async function throwMidHide(drv, url) {
  const what = 'exception while hiding';
  await drv.goto(url);
  const before = await drv.evaluate(pageHTML);
  const since = Date.now();
  await drv.clickAction();
  await stateAfterClick(drv, 'error');
  const look = await drv.evaluate(pageFailure);
  assertFriendly(look, what);
  assert.ok(collapse(look.bodyText).includes(FOOTER_TEXT), `${what}: the footer Lede began to hide is visible again`);
  assertSameHTML(await drv.evaluate(pageHTMLWithoutLede), before, `${what}: the page beside the failure panel`);
  const action = await drv.actionState();
  assert.match(String(action.title), /can.t read this page/i, `${what}: the toolbar button's title`);
  await closeAndCompare(drv, before, what);

  // The core is retired: the next click shows the failure again without calling it.
  await drv.clickAction();
  await stateAfterClick(drv, 'error');
  assertFriendly(await drv.evaluate(pageFailure), `${what}, clicked again`);
  await closeAndCompare(drv, before, `${what}, clicked again`);
  await assertLog(drv, since, /forced failure while hiding/, what);
}

/** A Rust panic inside the sidebar's reader button, with the page cleaned. */
async function panicInReader(drv, url) {
  const what = 'panic in the reader button';
  await drv.goto(url);
  const before = await drv.evaluate(pageHTML);
  const since = Date.now();
  await drv.clickAction();
  await stateAfterClick(drv, 'ready');
  assert.ok(!collapse((await drv.evaluate(pageFailure)).bodyText).includes(FOOTER_TEXT), `${what}: the footer is hidden first`);
  assert.ok(await drv.evaluate(pageOpenReader), `${what}: the sidebar offers the reader view`);
  await stateAfterClick(drv, 'error');
  const look = await drv.evaluate(pageFailure);
  assertFriendly(look, what);
  assert.ok(collapse(look.bodyText).includes(FOOTER_TEXT), `${what}: the hidden footer is back`);
  assertSameHTML(await drv.evaluate(pageHTMLWithoutLede), before, `${what}: the page beside the failure panel`);
  await closeAndCompare(drv, before, what);
  await assertLog(drv, since, /panicked.*already mutably borrowed/s, what);
}

/** A core that never loads: the loading promise rejects. */
async function noCore(drv, url) {
  const what = 'core that does not load';
  await drv.goto(url);
  const before = await drv.evaluate(pageHTML);
  const since = Date.now();
  await drv.clickAction();
  await stateAfterClick(drv, 'error');
  assertFriendly(await drv.evaluate(pageFailure), what);
  assertSameHTML(await drv.evaluate(pageHTMLWithoutLede), before, `${what}: the page beside the failure panel`);
  await closeAndCompare(drv, before, what);
  await assertLog(drv, since, /could not load: .*forced/, what);
}

async function withPages(fn) {
  const srv = await startServer({
    routes: {
      '/throw': { body: articlePage({ title: `${STORY_TITLE} ${THROW_MID_HIDE}` }), type: 'text/html; charset=utf-8' },
      '/panic': { body: articlePage({ title: `${STORY_TITLE} ${PANIC_IN_READER}` }), type: 'text/html; charset=utf-8' },
      '/no-core': { body: articlePage({ title: `${STORY_TITLE} ${NO_CORE}` }), type: 'text/html; charset=utf-8' },
      // Chromium asks for one by itself, now and then; a 404 would be logged as an error.
      '/favicon.ico': { body: '', type: 'image/x-icon' },
    },
  });
  try {
    await fn((p) => new URL(p, srv.url).href);
  } finally {
    await srv.close();
  }
}

test('a failing core leaves the page intact and says so, in Chromium', { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  const dir = writeBrokenExtension();
  let browser;
  try {
    browser = await launchChromium(dir);
    const drv = browser.driver(await browser.newPage());
    await withPages(async (url) => {
      await withExtensionLog(drv, () => throwMidHide(drv, url('/throw')));
      await withExtensionLog(drv, () => panicInReader(drv, url('/panic')));
      await withExtensionLog(drv, () => noCore(drv, url('/no-core')));
    });
  } finally {
    await cleanup(() => browser?.close(), () => removeDir(dir));
  }
});

test('a failing core leaves the page intact and says so, in Firefox', { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  // A copy of the Firefox build: Firefox installs no service-worker background.
  const dir = writeBrokenExtension(FIREFOX_EXTENSION_DIR);
  let browser;
  try {
    browser = await launchFirefox({ width: 1280, height: 800, prefs: CONSOLE_TO_STDOUT });
    await browser.installAddon(dir);
    await browser.newTab();
    const drv = browser.driver();
    await withPages(async (url) => {
      await withExtensionLog(drv, () => throwMidHide(drv, url('/throw')));
      await withExtensionLog(drv, () => panicInReader(drv, url('/panic')));
      await withExtensionLog(drv, () => noCore(drv, url('/no-core')));
    });
  } finally {
    await cleanup(() => browser?.close(), () => removeDir(dir));
  }
});
