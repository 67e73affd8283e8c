// The robustness corpus in headless Chromium and Firefox (pages/robust/pages.mjs): for
// every page, Lede's toolbar button either opens the sidebar or the sidebar says why it
// cannot help; no error of Lede's reaches the page; switching off puts
// document.documentElement.outerHTML back byte for byte. One browser launch per browser,
// the pages visited in turn in one tab.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { CONSOLE_TO_STDOUT, launchFirefox } from './lib/firefox.mjs';
import {
  EXTENSION_DIR,
  FINAL_STATES,
  assertSameHTML,
  cleanup,
  closeLeftoverSessions,
  collapse,
  requireExtension,
  sleep,
  waitFor,
  withExtensionLog,
} from './lib/shared.mjs';
import { pageOpenReader } from './lib/reader.mjs';
import { FOOTER_TEXT, STORY_FIRST, STORY_LAST, STORY_TITLE, robustRoutes } from './pages/robust/pages.mjs';

const TEST_TIMEOUT = 300_000;

after(closeLeftoverSessions);

/**
 * Both browsers run content scripts in text/plain and image documents (each is an HTML
 * document inside: a <pre>, an <img>), so those get the sidebar like any page. An SVG
 * document runs them too, but an HTML element in it is never rendered: there the
 * toolbar button's "!" and title are all a user can see (`noPanel`).
 *
 * The cases. `state`: the sidebar state a user must get; `story`: the story must stay
 * visible and the footer go; `strip`: page functions that remove the page's own
 * ever-changing parts before comparing serialisations; `hostile`: the page breaks
 * built-ins, so the test's own probes first put them back (window.__hostile.off()).
 */
const CASES = [
  { name: '200,000-node page', path: '/robust/huge', state: 'ready', story: true, waitMs: 60_000 },
  { name: '200,000-node comment thread', path: '/robust/comments', state: 'not-article', waitMs: 60_000 },
  { name: '10,000-deep nesting', path: '/robust/deep', state: 'ready', story: true, waitMs: 60_000 },
  { name: 'empty body', path: '/robust/empty', state: 'not-article' },
  { name: 'whitespace-only body', path: '/robust/whitespace', state: 'not-article' },
  { name: 'text/plain document', path: '/robust/text', state: 'not-article' },
  { name: 'image document', path: '/robust/image', state: 'not-article' },
  { name: 'frameset', path: '/robust/frameset', state: 'not-article' },
  { name: 'SVG document', path: '/robust/svg', state: 'error', noPanel: true },
  { name: 'windows-1252 bytes served as UTF-8', path: '/robust/cp1252-as-utf8', state: 'ready', story: true },
  { name: 'meta charset contradicting the header', path: '/robust/meta-contradicts-header', state: 'ready', story: true },
  { name: 'mixed encodings', path: '/robust/mixed-encodings', state: 'ready', story: true },
  { name: 'DOM that never stops changing', path: '/robust/mutating', state: 'ready', story: true, mutating: true },
  { name: 'overwritten built-ins and window.chrome', path: '/robust/hostile-globals', state: 'ready', story: true, hostile: true },
  { name: 'shadow DOM and custom elements', path: '/robust/components', state: 'ready', story: true },
  { name: 'global !important CSS', path: '/robust/important-css', state: 'ready', story: true },
  { name: 'page element named lede-sidebar', path: '/robust/name-clash', state: 'error' },
];

// ---------------------------------------------------------------------------------------
// In the page (self-contained functions: the drivers send their source).

/** The page's serialisation. */
function pageHTML() {
  return document.documentElement.outerHTML;
}

/** The mutating page's serialisation without its ticker and counter, which never rest. */
function pageStableHTML() {
  const copy = document.documentElement.cloneNode(true);
  const ticker = copy.querySelector('#ticker');
  if (ticker) ticker.textContent = '';
  const counter = copy.querySelector('#counter');
  if (counter) counter.setAttribute('data-seen', '0');
  return copy.outerHTML;
}

function pageState() {
  const host = document.getElementById('lede-sidebar');
  const panel = host && host.shadowRoot && host.shadowRoot.querySelector('[data-lede-state]');
  return panel ? panel.getAttribute('data-lede-state') : null;
}

function pageLedeGone() {
  return !document.getElementById('lede-sidebar') && !document.getElementById('lede-reader');
}

/** What a user sees of Lede and of the page, in one round trip. */
function pageLook() {
  const host = document.getElementById('lede-sidebar');
  const root = host && host.shadowRoot;
  const q = (sel) => (root ? root.querySelector(sel) : null);
  const panel = q('[data-lede-state]');
  const text = (e) => (e ? e.textContent : null);
  const hs = host ? getComputedStyle(host) : null;
  const rect = host ? host.getBoundingClientRect() : null;
  const x = window.innerWidth - 40;
  const y = Math.floor(window.innerHeight / 2);
  const top = document.elementFromPoint ? document.elementFromPoint(x, y) : null;
  return {
    state: panel ? panel.getAttribute('data-lede-state') : null,
    title: text(q('[data-lede="title"]')),
    notice: text(q('[data-lede="notice"]')),
    hostPosition: hs ? hs.position : null,
    hostDisplay: hs ? hs.display : null,
    width: rect ? Math.round(rect.width) : 0,
    height: rect ? Math.round(rect.height) : 0,
    onTop: !!host && top === host,
    panelColor: panel ? getComputedStyle(panel).color : null,
    bodyText: document.body ? document.body.innerText : '',
    pageSheets: document.styleSheets.length + (document.adoptedStyleSheets ? document.adoptedStyleSheets.length : 0),
  };
}

function pageSheets() {
  return document.styleSheets.length + (document.adoptedStyleSheets ? document.adoptedStyleSheets.length : 0);
}

/** What the page itself caught: its recorder's list (HTML cases only). */
function pageErrorsSeen() {
  return Array.isArray(window.__pageErrors) ? window.__pageErrors.slice() : [];
}

/**
 * For the page that breaks built-ins: `fn` run with the built-ins put back, then broken
 * again. Built in Node with new Function so both drivers get a plain function.
 */
function pristine(fn) {
  // eslint-disable-next-line no-new-func
  return new Function(
    `return function () { var h = window.__hostile; if (h) h.off(); try { return (${fn})(); } finally { if (h) h.on(); } };`,
  )();
}

// ---------------------------------------------------------------------------------------

/** One case in one browser: toggle on, look, toggle off, compare, read the errors. */
async function visit(drv, c, base, report) {
  // Playwright's in-page helpers use the built-ins the hostile page breaks: there, the
  // probes go through CDP directly (Chromium) and run with the built-ins put back.
  const run = (fn) => (c.hostile ? (drv.evaluateNative ?? drv.evaluate)(pristine(fn)) : drv.evaluate(fn));
  const serialise = c.mutating ? pageStableHTML : pageHTML;
  await drv.goto(new URL(c.path, base).href);
  const before = await run(serialise);
  const sheetsBefore = await run(pageSheets);
  const since = Date.now();

  await drv.clickAction();
  if (c.noPanel) return visitWithoutPanel(drv, c, run, serialise, before, since, report);
  let seen = null;
  await waitFor(
    () => `${c.name}: the sidebar to reach a final state (last seen: ${JSON.stringify(seen)})`,
    async () => {
      seen = await run(pageState);
      return FINAL_STATES.includes(seen);
    },
    { timeoutMs: c.waitMs ?? 20_000 },
  );
  const look = await run(pageLook);
  const action = drv.actionState ? await drv.actionState() : null;
  report.push(`${c.name}: ${look.state}${look.notice ? ` ("${collapse(look.notice)}")` : ''}`);

  assert.equal(look.state, c.state, `${c.name}: sidebar state`);
  assert.equal(look.hostPosition, 'fixed', `${c.name}: the sidebar host is pinned (position: fixed)`);
  assert.notEqual(look.hostDisplay, 'none', `${c.name}: the sidebar host is displayed`);
  assert.ok(look.width >= 200 && look.height >= 200, `${c.name}: the sidebar has a size (${look.width}x${look.height})`);
  assert.ok(look.onTop, `${c.name}: the sidebar is on top of the page at its right edge`);
  assert.equal(look.pageSheets, sheetsBefore, `${c.name}: Lede added no style sheet to the page`);
  if (c.state === 'ready') {
    assert.equal(collapse(look.title), STORY_TITLE, `${c.name}: sidebar title`);
  } else {
    assert.ok(look.notice && collapse(look.notice).length > 10, `${c.name}: the sidebar says why (${JSON.stringify(look.notice)})`);
  }
  if (c.state === 'error') {
    assert.match(String(action?.title), /can.t read this page/i, `${c.name}: the toolbar button's title says so too`);
  }
  if (c.story) {
    const text = collapse(look.bodyText);
    assert.ok(text.includes(collapse(STORY_FIRST)), `${c.name}: the story's first paragraph stays visible`);
    assert.ok(text.includes(collapse(STORY_LAST)), `${c.name}: the story's last paragraph stays visible`);
    assert.ok(!text.includes(FOOTER_TEXT), `${c.name}: the footer is hidden`);
    assert.notEqual(look.panelColor, 'rgb(255, 0, 0)', `${c.name}: the page's colours do not reach the panel`);
  }

  await drv.clickAction();
  await waitFor(`${c.name}: Lede to leave the page`, () => run(pageLedeGone));
  let afterHTML = await run(serialise);
  for (let i = 0; i < 10 && afterHTML !== before; i++) {
    await sleep(100);
    afterHTML = await run(serialise);
  }
  assertSameHTML(afterHTML, before, `${c.name}: document.documentElement.outerHTML`);

  const errors = [...(await drv.errorsSince(since)), ...(await run(pageErrorsSeen)).map((e) => `page saw ${e}`)];
  const ledeLines = errors.filter((e) => /^console error: Lede/.test(e));
  const others = errors.filter((e) => !/^console error: Lede/.test(e));
  assert.deepEqual(others, [], `${c.name}: errors that reached the page or its console`);
  assert.equal(ledeLines.length, c.state === 'error' ? 1 : 0, `${c.name}: Lede's own log lines: ${ledeLines.join(' | ')}`);
}

/** In the page: the computed look of Lede's sidebar and reader, where they are open. */
function pageLedeStyles() {
  const read = (id, sel) => {
    const host = document.getElementById(id);
    const inner = host && host.shadowRoot && host.shadowRoot.querySelector(sel);
    if (!inner) return null;
    return {
      adopted: (host.shadowRoot.adoptedStyleSheets || []).length,
      styleElements: host.shadowRoot.querySelectorAll('style').length,
      hostPosition: getComputedStyle(host).position,
      background: getComputedStyle(inner).backgroundColor,
      font: getComputedStyle(inner).fontFamily,
    };
  };
  return { sidebar: read('lede-sidebar', '.panel'), reader: read('lede-reader', '.reader') };
}

/**
 * A page served with `Content-Security-Policy: style-src 'self'`, which blocks inline
 * <style> elements: Lede's sidebar and reader must still be styled, with constructed
 * sheets (which that policy does not govern) adopted by their shadow roots. (Chromium
 * and Firefox ESR as tested here do not apply the page's policy to a <style> element a
 * content script adds, so the look alone would not tell the two apart; the adopted
 * sheets show that constructed sheets work in both browsers' content scripts.)
 */
async function styledUnderStyleCsp(drv, base, report) {
  await drv.goto(new URL('/robust/style-csp', base).href);
  const before = await drv.evaluate(pageHTML);
  await drv.clickAction();
  await waitFor('the sidebar on the style-src page', async () => (await drv.evaluate(pageState)) === 'ready');
  const sidebar = (await drv.evaluate(pageLedeStyles)).sidebar;
  assert.ok(await drv.evaluate(pageOpenReader), 'the sidebar offers the reader view');
  const reader = await waitFor('the reader on the style-src page', async () => (await drv.evaluate(pageLedeStyles)).reader);
  report.push(`style-src 'self': sidebar ${JSON.stringify(sidebar)}, reader ${JSON.stringify(reader)}`);
  const unstyled = 'rgba(0, 0, 0, 0)';
  for (const [name, look] of [['sidebar', sidebar], ['reader', reader]]) {
    assert.equal(look.adopted, 1, `style-src 'self': the ${name}'s shadow root adopted its constructed sheet`);
    assert.equal(look.styleElements, 0, `style-src 'self': the ${name} needed no <style> element`);
  }
  assert.equal(sidebar.hostPosition, 'fixed', "style-src 'self': the sidebar host is pinned");
  assert.notEqual(sidebar.background, unstyled, "style-src 'self': the sidebar panel has its background");
  assert.equal(reader.hostPosition, 'fixed', "style-src 'self': the reader host is pinned");
  assert.notEqual(reader.background, unstyled, "style-src 'self': the reader has its background");
  assert.match(reader.font, /Charter|Georgia|serif/, "style-src 'self': the reader has its typeface");
  await drv.clickAction();
  await waitFor("style-src 'self': Lede to leave the page", () => drv.evaluate(pageLedeGone));
  assertSameHTML(await drv.evaluate(pageHTML), before, "style-src 'self': document.documentElement.outerHTML");
}

/**
 * A document that cannot show HTML at all (an SVG document: an HTML element in it is
 * not rendered): the toolbar button says Lede can't read the page, and nothing changes.
 */
async function visitWithoutPanel(drv, c, run, serialise, before, since, report) {
  const action = await waitFor(`${c.name}: the toolbar button to say Lede can't read the page`, async () => {
    const a = await drv.actionState();
    return /can.t read this page/i.test(a?.title ?? '') ? a : null;
  });
  report.push(`${c.name}: no panel; toolbar "${action.badge}" "${action.title}"`);
  assert.equal(await run(pageState), null, `${c.name}: no sidebar panel`);
  assertSameHTML(await run(serialise), before, `${c.name}: document.documentElement.outerHTML`);
  await drv.clickAction();
  await sleep(500);
  assertSameHTML(await run(serialise), before, `${c.name}: document.documentElement.outerHTML after a second click`);
  const errors = await drv.errorsSince(since);
  const ledeLines = errors.filter((e) => /^console error: Lede/.test(e));
  const others = errors.filter((e) => !/^console error: Lede/.test(e));
  assert.deepEqual(others, [], `${c.name}: errors that reached the page or its console`);
  assert.equal(ledeLines.length, 1, `${c.name}: Lede's own log lines: ${ledeLines.join(' | ')}`);
}

/** Runs every case; `nextDriver()` gives the driver for the next page. */
async function runCorpus(browserName, nextDriver) {
  requireExtension();
  const srv = await startServer({ routes: robustRoutes() });
  const report = [];
  const failures = [];
  try {
    const only = process.env.LEDE_ROBUST_ONLY;
    let drv;
    for (const c of CASES) {
      if (only && !c.path.includes(only)) continue;
      drv = await nextDriver();
      try {
        await withExtensionLog(drv, () => visit(drv, c, srv.url, report));
      } catch (e) {
        failures.push(`${c.name}: ${e.message}`);
        // A case that failed half-way may leave Lede on; the next goto resets the tab.
      }
    }
    if (!only || 'style-csp'.includes(only)) {
      drv = await nextDriver();
      try {
        await withExtensionLog(drv, () => styledUnderStyleCsp(drv, srv.url, report));
      } catch (e) {
        failures.push(`style-src 'self' page: ${e.message}`);
      }
    }
  } finally {
    if (process.env.LEDE_ROBUST_REPORT) console.log(`${browserName}:\n  ${report.join('\n  ')}`);
    await srv.close();
  }
  assert.deepEqual(failures, [], `${browserName}: cases that failed`);
}

test('robustness corpus in Chromium', { timeout: TEST_TIMEOUT }, async () => {
  let browser;
  try {
    browser = await launchChromium(EXTENSION_DIR);
    let page;
    // A fresh tab per page: a renderer that crashed must not take the next cases with it.
    await runCorpus('Chromium', async () => {
      await page?.close().catch(() => {});
      page = await browser.newPage();
      return browser.driver(page);
    });
  } finally {
    await cleanup(() => browser?.close());
  }
});

test('robustness corpus in Firefox', { timeout: TEST_TIMEOUT }, async () => {
  let browser;
  try {
    browser = await launchFirefox({ width: 1280, height: 800, prefs: CONSOLE_TO_STDOUT });
    await browser.installAddon(EXTENSION_DIR);
    await browser.newTab();
    const drv = browser.driver();
    await runCorpus('Firefox', async () => drv);
  } finally {
    await cleanup(() => browser?.close());
  }
});
