// Lede's extension shell in headless Chromium and Firefox: the options page and what it
// changes (the mode a click opens, the reader's defaults, the never-run list, reset), the
// toolbar menu, permissions (minimal until the user opts in to automatic detection),
// the toolbar button's verdict per tab, single-page sites, frames left alone, no request
// of Lede's own during a whole session, and the store screenshots (docs/store/).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import {
  EXTENSION_DIR,
  REPO,
  assertSameHTML,
  cleanup,
  closeLeftoverSessions,
  loadExpected,
  makeTempDir,
  removeDir,
  requireExtension,
  savePng,
  sleep,
  waitFor,
  withExtensionLog,
} from './lib/shared.mjs';
import {
  STORE_DIR,
  assertNoRequestsOfItsOwn,
  englishMessages,
  networkRequests,
  openOptions,
  pageBadge,
  pageFollowRoute,
  pageFrameHTML,
  pageHistoryBack,
  pageLede,
  pageMenuEntries,
  pageOptionsState,
  pageOuterHTML,
  pagePermissions,
  pagePressReaderSetting,
  pageReaderLook,
  pageScrollToStory,
  settled,
  startShellServer,
  waitForBadge,
  waitForLede,
} from './lib/shell.mjs';

const TEST_TIMEOUT = 150_000;
const MINIMAL = ['activeTab', 'scripting', 'storage', 'contextMenus'];
const WEB = ['http://*/*', 'https://*/*'];

after(closeLeftoverSessions);

// ---------------------------------------------------------------------------------------
// Browser adapters (see lib/shell.mjs for the interface)

class ChromiumShell {
  constructor(browser) {
    this.browser = browser;
    this.log = browser.recordRequests();
  }

  async tab(url) {
    const page = await this.browser.newPage();
    if (url) await page.goto(url, { waitUntil: 'load' });
    return this.wrap(page);
  }

  wrap(page) {
    return {
      page,
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      clickAction: () => this.browser.clickAction(page),
      screenshot: () => page.screenshot({ caret: 'initial' }),
      close: () => page.close(),
      click: (sel) => page.click(sel),
      choose: (sel, value) => page.selectOption(sel, value).then(() => {}),
      arrowDown: async (sel) => {
        await page.focus(sel);
        await page.keyboard.press('ArrowDown');
      },
      typeEnter: async (sel, text) => {
        await page.fill(sel, text);
        await page.press(sel, 'Enter');
      },
      url: () => page.url(),
    };
  }

  async options() {
    return this.wrap(await this.browser.extensionPage('options.html'));
  }

  async menu(id, tab) {
    await tab.page.bringToFront();
    await this.browser.inWorker(async (menuItemId) => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await globalThis.ledeMenuClicked({ menuItemId }, active);
    }, id);
  }

  requests() {
    return [...this.log];
  }

  fromExtension(from) {
    return from.startsWith('chrome-extension://') || from.startsWith('worker chrome-extension://');
  }

  /** Where Lede shows itself for a tab whose page forbids WebAssembly in content
   *  scripts: Chrome's reader page, opened beside it. */
  async strictView() {
    const prefix = `chrome-extension://${this.browser.extensionId}/reader.html`;
    const page = await waitFor("Lede's reader page to open", () => this.browser.ctx.pages().find((p) => p.url().startsWith(prefix)));
    return this.wrap(page);
  }

  /** Waits for Lede to be gone from a strictView(): the reader page closes. */
  async strictClosed(view) {
    await waitFor("Lede's reader page to close", () => view.page.isClosed());
  }
}

class FirefoxShell {
  constructor(browser) {
    this.browser = browser;
  }

  async tab(url) {
    const b = this.browser;
    await b.newTab();
    const handle = await b.currentHandle();
    const on = async () => b.switchTo(handle);
    const tab = {
      evaluate: async (fn, arg) => (await on(), b.evaluate(fn, arg)),
      goto: async (u) => (await on(), b.goto(u)),
      clickAction: async () => (await on(), b.clickAction()),
      screenshot: async () => (await on(), b.screenshot()),
      close: async () => {
        await on();
        await b.cmd('DELETE', '/window');
        const [first] = await b.cmd('GET', '/window/handles');
        if (first) await b.switchTo(first);
      },
      click: async (sel) => (await on(), b.click(sel)),
      choose: async (sel, value) => (await on(), b.click(`${sel} option[value="${value}"]`)),
      arrowDown: async (sel) => (await on(), b.type(sel, '\uE015')),
      typeEnter: async (sel, text) => {
        await on();
        await b.evaluate((s) => {
          document.querySelector(s).value = '';
          return true;
        }, sel);
        await b.type(sel, `${text}\uE007`);
      },
      handle,
    };
    if (url) await tab.goto(url);
    return tab;
  }

  async options() {
    return this.tab(await this.browser.extensionURL('options.html'));
  }

  async menu(id, tab) {
    const url = await tab.evaluate(() => location.href);
    const options = await this.options();
    try {
      await options.evaluate(
        async ({ id, url }) => {
          const tabs = await browser.tabs.query({});
          const target = tabs.find((t) => t.url === url);
          if (!target) throw new Error(`no tab on ${url}`);
          const bg = await browser.runtime.getBackgroundPage();
          await bg.ledeMenuClicked({ menuItemId: id }, target);
          return true;
        },
        { id, url },
      );
    } finally {
      await options.close();
    }
  }

  async requests() {
    return this.browser.readRequests();
  }

  fromExtension(from) {
    return from.includes('moz-extension://');
  }

  /** Firefox runs the core in a strict-CSP page as in any other: Lede is in the tab. */
  async strictView(tab) {
    return tab;
  }

  async strictClosed(view) {
    await waitForLede(view, { state: null, reader: false }, 'Lede to leave the strict page');
  }
}

// ---------------------------------------------------------------------------------------
// The flows, the same in both browsers

/** Click-only mode: options, the modes, the menu, the never-run list, reset; requests. */
async function sessionFlow(shell, srv, expected, { shots } = {}) {
  const messages = englishMessages();
  const seedUrl = srv.at('/seed-article/');

  // The pages alone first: what they load by themselves (the seed article, and the same
  // with a CSP that forbids WebAssembly in Chrome's content scripts).
  const strict = await shell.tab(srv.at('/seed-article-csp/'));
  const seed = await shell.tab(seedUrl);
  await sleep(1500);
  const own = new Set(networkRequests(await shell.requests()).map((r) => r.url));
  const mark = (await shell.requests()).length;
  const pristine = await seed.evaluate(pageOuterHTML);
  const strictPristine = await strict.evaluate(pageOuterHTML);

  // Installed with the minimal permissions, no host access, nothing registered.
  const options = await openOptions(shell);
  const perms = await options.evaluate(pagePermissions);
  assert.deepEqual([...perms.permissions].sort(), [...MINIMAL].sort(), 'manifest permissions');
  assert.deepEqual(perms.hostPermissions, [], 'no host permission at install');
  assert.deepEqual(perms.optionalHostPermissions, WEB, 'the web is optional');
  assert.deepEqual(perms.heldOrigins.filter((o) => WEB.includes(o)), [], 'no web access held at install');
  assert.deepEqual(perms.registered, [], 'no script registered at install');
  const entries = ['lede-clean', 'lede-reader', 'lede-options'];
  assert.deepEqual(await options.evaluate(pageMenuEntries, [...entries, 'not-an-entry']), entries, "the toolbar button's menu");

  // The options page: localized, every control labelled, defaults shown.
  let state = await options.evaluate(pageOptionsState);
  assert.ok(state.legends.includes(messages.optionsRunLegend) && state.legends.includes(messages.optionsNeverLegend), `legends from the messages: ${state.legends}`);
  assert.deepEqual(state.unlabelled, [], 'controls without a label');
  assert.equal(state.run, 'click');
  assert.equal(state.mode, 'clean');
  assert.ok(state.autoOpenDisabled, '"open by itself" waits for automatic detection');

  // Keyboard: the arrow key moves the mode to the reader; the rest by choosing.
  await options.arrowDown('#mode-clean');
  await settled(options, (s) => s.mode === 'reader' && s.status === messages.optionsSaved, 'the reader mode to be saved');
  // The reader's defaults are the choices of the reader's own buttons: one store.
  assert.deepEqual([state.theme, state.font, state.size, state.lineHeight, state.width], ['auto', 'serif', '3', 'normal', 'medium']);
  await options.choose('#reader-theme', 'sepia');
  await options.choose('#reader-font', 'sans');
  await options.choose('#reader-size', '4');
  await options.choose('#reader-line-height', 'loose');
  await options.choose('#reader-width', 'narrow');
  state = await settled(options, (s) => s.width === 'narrow', 'the reader defaults to be saved');
  assert.deepEqual([state.theme, state.font, state.size, state.lineHeight, state.width], ['sepia', 'sans', '4', 'loose', 'narrow']);
  if (shots) await shots('options', options);

  // A click opens the reader view with those defaults; another click restores the page.
  await seed.clickAction();
  await waitForLede(seed, { state: 'ready', reader: true }, 'the reader view to open from a click');
  const look = await seed.evaluate(pageReaderLook);
  assert.ok(look, 'the reader shows the story');
  assert.deepEqual([look.theme, look.font, look.size], ['sepia', 'sans', '4'], "the reader's own buttons show the defaults");
  assert.ok(look.pressed.includes('data-theme=sepia') && look.pressed.includes('data-measure=narrow'), `pressed: ${look.pressed}`);
  // What the reader sees (the normal column is 38em of 20px text at 1.6 line spacing).
  assert.match(look.fontFamily, /sans/i, `a sans-serif typeface, got ${look.fontFamily}`);
  assert.ok(look.fontSize > 21, `large text, got ${look.fontSize}px`);
  assert.ok(look.lineHeightRatio > 1.8, `loose line spacing, got ${look.lineHeightRatio}`);
  assert.ok(look.widthEm <= 31, `narrow column, got ${look.widthEm} em`);
  const [red, , blue] = look.background.match(/\d+/g).map(Number);
  assert.ok(red - blue > 15, `a warm sepia page, got ${look.background}`);
  if (shots) await shots('reader', seed);
  const storyImages = look.images;

  // A choice made with the reader's own button is the options page's too.
  await seed.evaluate(pagePressReaderSetting, 'data-measure=wide');
  state = await settled(options, (s) => s.width === 'wide', "the reader's choice to reach the options page");
  assert.equal(state.font, 'sans', 'the other choices are kept');
  await waitForBadge(options, seedUrl, { text: 'ON', title: messages.actionTitleActive }, 'the ON badge');
  await seed.clickAction();
  await waitForLede(seed, { state: null, reader: false }, 'Lede to leave the page');
  assertSameHTML(await seed.evaluate(pageOuterHTML), pristine);
  // The click's analysis told articles apart: the button says so once Lede is off.
  await waitForBadge(options, seedUrl, { text: '✓', title: messages.badgeTitleArticle }, 'the verdict of the click');

  // The toolbar menu: the clean page, then the reader over it, then off.
  await shell.menu('lede-clean', seed);
  await waitForLede(seed, { state: 'ready', reader: false }, 'the clean page from the menu');
  const lede = await seed.evaluate(pageLede);
  assert.equal(lede.title.replace(/\s+/g, ' ').trim(), expected.metadata.title.replace(/\s+/g, ' ').trim());
  if (shots) await shots('sidebar', seed);
  await shell.menu('lede-reader', seed);
  await waitForLede(seed, { state: 'ready', reader: true }, 'the reader from the menu');
  await seed.clickAction();
  await waitForLede(seed, { state: null, reader: false }, 'Lede to leave the page');
  assertSameHTML(await seed.evaluate(pageOuterHTML), pristine);

  // The strict page: the story in the reader with its quotes (in Chrome, in Lede's
  // reader page beside the tab), closed by the button; the page as it was.
  await strict.clickAction();
  const view = await shell.strictView(strict);
  const strictLede = await waitForLede(view, { state: 'ready', reader: true }, 'the reader for the strict page');
  assert.equal(strictLede.title.replace(/\s+/g, ' ').trim(), expected.metadata.title.replace(/\s+/g, ' ').trim());
  assert.ok(strictLede.quotes > 0, `quotes listed for the strict page: ${JSON.stringify(strictLede)}`);
  await view.clickAction();
  await shell.strictClosed(view);
  assertSameHTML(await strict.evaluate(pageOuterHTML), strictPristine, 'the strict page after Lede');

  // The never-run list: a typed address becomes its host; removed again; reset.
  await options.typeEnter('#never-input', 'https://WWW.Example.COM/news/today');
  state = await settled(options, (s) => s.neverRun.length === 1, 'the site to be listed');
  assert.deepEqual(state.neverRun, ['www.example.com']);
  await options.typeEnter('#never-input', 'not a site');
  state = await settled(options, (s) => s.status === messages.optionsNeverInvalid, 'the invalid entry to be refused');
  assert.deepEqual(state.neverRun, ['www.example.com']);
  await options.click('#never-list li button');
  await settled(options, (s) => s.neverRun.length === 0, 'the site to be removed');
  await options.click('#reset');
  state = await settled(options, (s) => s.status === messages.optionsResetDone, 'the reset');
  assert.deepEqual([state.mode, state.theme, state.font, state.size, state.lineHeight, state.width], ['clean', 'auto', 'serif', '3', 'normal', 'medium']);
  await sleep(1000);

  assertNoRequestsOfItsOwn(await shell.requests(), mark, own, storyImages, (f) => shell.fromExtension(f));
  await options.close();
  await seed.close();
  await strict.close();
}

/** Automatic detection, opted in on the options page: badge, never-run, auto-open, SPA, frames. */
async function autoFlow(shell, srv, expected, { permissionLeftAfterReset }) {
  const messages = englishMessages();
  const options = await openOptions(shell);
  await options.click('#run-auto');
  let state = await settled(options, (s) => s.run === 'auto' && !s.autoOpenDisabled, 'automatic detection to be on');
  const perms = await waitFor('the detection scripts to be registered', async () => {
    const p = await options.evaluate(pagePermissions);
    return p.registered.length === 1 ? p : null;
  });
  assert.deepEqual(perms.heldOrigins.filter((o) => WEB.includes(o)).sort(), [...WEB].sort(), 'web access granted');

  // The button tells articles from other pages, per tab.
  const seedUrl = srv.at('/seed-article/');
  const seed = await shell.tab(seedUrl);
  await waitForBadge(options, seedUrl, { text: '✓', title: messages.badgeTitleArticle }, 'the article badge');
  const front = await shell.tab(srv.at('/spa/'));
  await waitForBadge(options, srv.at('/spa/'), { text: '', title: messages.badgeTitleNotArticle }, 'the not-article title');
  assert.equal((await seed.evaluate(pageLede)).state, null, 'detection alone opens nothing');
  // A page whose policy forbids WebAssembly in content scripts gets its verdict too (in
  // Chrome from the extension's worker, on the page's snapshot), and stays as it was.
  const strictUrl = srv.at('/seed-article-csp/');
  const strict = await shell.tab(strictUrl);
  await waitForBadge(options, strictUrl, { text: '✓', title: messages.badgeTitleArticle }, 'the article badge on the strict page');
  assert.equal((await strict.evaluate(pageLede)).state, null, 'detection alone opens nothing on the strict page');
  await strict.close();

  // Never run on a listed host: localhost is listed, 127.0.0.1 (the same server) is not.
  await options.typeEnter('#never-input', 'localhost');
  await waitFor('the never-run list to reach the registration', async () => {
    const p = await options.evaluate(pagePermissions);
    return p.registered.length === 1 && p.registered[0].excludeMatches.some((m) => m.includes('localhost'));
  });
  const listedUrl = srv.at('/seed-article/', 'localhost');
  const listed = await shell.tab(listedUrl);
  await seed.goto(seedUrl);
  await waitForBadge(options, seedUrl, { text: '✓', title: messages.badgeTitleArticle }, 'the article badge after a reload');
  // The listed tab loaded first; the unlisted one has been judged since, the listed not.
  const listedBadge = await options.evaluate(pageBadge, listedUrl);
  assert.deepEqual({ text: listedBadge?.text, title: listedBadge?.title }, { text: '', title: messages.actionTitle }, 'no detection on a never-run host');
  await listed.close();
  await options.click('#never-list li button');
  await settled(options, (s) => s.neverRun.length === 0, 'the site to be removed');

  // Open by itself on articles; a single-page site gets a fresh analysis on each route,
  // and the embedded frame is left alone.
  await options.click('#auto-open');
  state = await settled(options, (s) => s.autoOpen, 'auto-open to be saved');
  await front.goto(srv.at('/spa/'));
  await waitForBadge(options, srv.at('/spa/'), { text: '', title: messages.badgeTitleNotArticle }, 'the front page verdict');
  const frameBefore = await waitFor('the embedded frame to load', () => front.evaluate(pageFrameHTML));
  assert.equal((await front.evaluate(pageLede)).state, null, 'no sidebar on a page that is not an article');
  assert.ok(await front.evaluate(pageFollowRoute, '/spa/story'));
  const opened = await waitForLede(front, { state: 'ready' }, 'the sidebar to open by itself on the story route');
  assert.equal(opened.title.replace(/\s+/g, ' ').trim(), expected.metadata.title.replace(/\s+/g, ' ').trim());
  await waitForBadge(options, srv.at('/spa/story'), { text: 'ON', title: messages.actionTitleActive }, 'the ON badge');
  assertSameHTML(await front.evaluate(pageFrameHTML), frameBefore, 'the embedded frame');

  // Reset: automatic detection off, nothing registered.
  await options.click('#reset');
  await settled(options, (s) => s.run === 'click', 'the reset');
  const reset = await waitFor('the registration to go', async () => {
    const p = await options.evaluate(pagePermissions);
    return p.registered.length === 0 ? p : null;
  });
  if (!permissionLeftAfterReset) {
    assert.deepEqual(reset.heldOrigins.filter((o) => WEB.includes(o)), [], 'web access given back');
  }
  for (const t of [front, seed, options]) await t.close();
}

/** Click-only: a single-page site's new route gets a fresh analysis while Lede is on. */
async function spaClickFlow(shell, srv, expected) {
  const spa = await shell.tab(srv.at('/spa/'));
  await spa.clickAction();
  await waitForLede(spa, { state: 'not-article' }, 'the sidebar on the front page');
  assert.ok(await spa.evaluate(pageFollowRoute, '/spa/story'));
  const story = await waitForLede(spa, { state: 'ready' }, 'a fresh analysis after pushState');
  assert.equal(story.title.replace(/\s+/g, ' ').trim(), expected.metadata.title.replace(/\s+/g, ' ').trim());
  await spa.evaluate(pageHistoryBack);
  await waitForLede(spa, { state: 'not-article' }, 'a fresh analysis after going back');
  await spa.clickAction();
  await waitForLede(spa, { state: null }, 'Lede to leave the page');
  await spa.close();
}

// ---------------------------------------------------------------------------------------

test('every locale has every message the manifest, background and options page use', () => {
  const dir = path.join(REPO, 'extension');
  const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');
  const used = new Set([
    ...[...read('manifest.json').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]),
    ...[...read('options.html').matchAll(/data-i18n="(\w+)"/g)].map((m) => m[1]),
    ...[...read('background.js').matchAll(/'((?:action|badge|menu)[A-Z]\w*)'/g)].map((m) => m[1]),
    ...[...read('options.js').matchAll(/'(options\w+)'/g)].map((m) => m[1]),
  ]);
  for (const lang of ['en', 'fr', 'de', 'es']) {
    const messages = JSON.parse(read(path.join('_locales', lang, 'messages.json')));
    const missing = [...used].filter((key) => !messages[key]?.message);
    assert.deepEqual(missing, [], `${lang}: messages missing`);
    for (const [key, value] of Object.entries(messages)) {
      const holders = (value.message.match(/\$\w+\$/g) ?? []).map((h) => h.slice(1, -1).toLowerCase());
      for (const h of holders) assert.ok(value.placeholders?.[h], `${lang}: ${key} uses $${h}$ without a placeholder`);
    }
  }
});

/** A copy of the Chrome build whose web access is granted at install (see below). */
function chromeBuildWithWebAccess() {
  const dir = makeTempDir('lede-e2e-web-');
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.host_permissions = manifest.optional_host_permissions;
  delete manifest.optional_host_permissions;
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

test('extension shell in Chromium', { timeout: 3 * TEST_TIMEOUT }, async (t) => {
  const expected = loadExpected();
  requireExtension();
  const srv = await startShellServer();
  let browser;
  let webDir;
  try {
    browser = await launchChromium(EXTENSION_DIR);
    const shell = new ChromiumShell(browser);

    await t.test('options, modes, menu, never-run list, reset; no request of its own', { timeout: TEST_TIMEOUT }, () =>
      withExtensionLog(browser.driver(null), () =>
        sessionFlow(shell, srv, expected, {
          shots: async (name, tab) => {
            if (name === 'sidebar') await tab.evaluate(pageScrollToStory);
            savePng(path.join(STORE_DIR, `chromium-${name}.png`), await tab.screenshot());
          },
        }),
      ),
    );

    await t.test('single-page site: fresh analysis after pushState', { timeout: TEST_TIMEOUT }, () => spaClickFlow(shell, srv, expected));

    // Last in this session: it reloads the extension in developer mode.
    await t.test('loads with no warning or error (chrome://extensions, developer mode)', async () => {
      const issues = await browser.extensionIssues();
      assert.deepEqual(issues, { installWarnings: [], manifestErrors: [], runtimeErrors: [] });
      // The reload ran the extension's install-time code again, this time while requests
      // were being recorded (the first start came before the recording could begin).
      await sleep(1000);
      const fromExtension = networkRequests(shell.requests()).filter((r) => shell.fromExtension(r.from));
      assert.deepEqual(fromExtension, [], 'requests from the extension after its reload');
    });
    await browser.close();

    // Chromium shows the permission prompt of permissions.request() as a dialog that
    // automation cannot answer; this copy has the web access granted at install instead,
    // so the options page's request resolves at once and everything after it is real.
    webDir = chromeBuildWithWebAccess();
    browser = await launchChromium(webDir);
    const webShell = new ChromiumShell(browser);
    await t.test('automatic detection: badge per tab, never-run list, auto-open, single-page site, frames', { timeout: TEST_TIMEOUT }, () =>
      autoFlow(webShell, srv, expected, { permissionLeftAfterReset: true }),
    );
  } finally {
    await cleanup(() => browser?.close(), () => srv.close(), () => removeDir(webDir));
  }
});

test('extension shell in Firefox', { timeout: 3 * TEST_TIMEOUT }, async (t) => {
  const expected = loadExpected();
  requireExtension();
  const srv = await startShellServer();
  let browser;
  try {
    browser = await launchFirefox({
      width: 1280,
      height: 800,
      // Answers permissions.request() with "allow" instead of a doorhanger; the request
      // still needs a real click on the options page.
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    await browser.startRecordingRequests();
    await browser.installAddon(EXTENSION_DIR);
    const shell = new FirefoxShell(browser);

    await t.test('options, modes, menu, never-run list, reset; no request of its own', { timeout: TEST_TIMEOUT }, () =>
      sessionFlow(shell, srv, expected),
    );
    await t.test('single-page site: fresh analysis after pushState', { timeout: TEST_TIMEOUT }, () => spaClickFlow(shell, srv, expected));
    await t.test('automatic detection: badge per tab, never-run list, auto-open, single-page site, frames', { timeout: TEST_TIMEOUT }, () =>
      autoFlow(shell, srv, expected, { permissionLeftAfterReset: false }),
    );
  } finally {
    await cleanup(() => browser?.close(), () => srv.close());
  }
});
