// The sidebar and the reader as a user works them, in headless Chromium and Firefox:
// on a long English story (sections, a figure, a table, code, quotes from several
// people) and a short Hebrew one (right to left). The lists are checked against
// `lede analyze` on the same HTML; see lib/sidebar.mjs for each flow. Writes
// docs/screenshots/{chromium,firefox}-sidebar-quote.png and -reader-dark.png.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import {
  EXTENSION_DIR,
  REPO,
  SCREENSHOT_DIR,
  cleanup,
  closeLeftoverSessions,
  makeTempDir,
  removeDir,
  waitFor,
  parseJson,
  requireExtension,
  runCli,
  savePng,
  withExtensionLog,
} from './lib/shared.mjs';
import { keyboard, layoutRemembered, listsAndHighlights, localized, readerFeatures, rightToLeft } from './lib/sidebar.mjs';

const TEST_TIMEOUT = 120_000;
const PAGES = {
  story: path.join(REPO, 'tests/e2e/pages/long-article.html'),
  rtl: path.join(REPO, 'tests/e2e/pages/rtl-article.html'),
};

after(closeLeftoverSessions);

/** The story's figure: a 640x300 PNG of sky, two gates and the sea, drawn here. */
function figurePng(width = 640, height = 300) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const sea = y > 200 + 12 * Math.sin(x / 40);
      const gate = y > 120 && y < 230 && (Math.abs(x - 250) < 14 || Math.abs(x - 390) < 14);
      const [r, g, b] = gate ? [70, 72, 80] : sea ? [40, 96, 140] : [168, 200, 220];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Serves both pages and reads what the CLI finds in them at the same URLs. */
async function pagesAndAnalyses() {
  const srv = await startServer({
    routes: {
      '/story.html': { file: PAGES.story },
      '/rtl.html': { file: PAGES.rtl },
      '/images/gates.png': { body: figurePng(), type: 'image/png' },
    },
  });
  const urls = { story: new URL('/story.html', srv.url).href, rtl: new URL('/rtl.html', srv.url).href };
  const cli = {};
  for (const kind of ['story', 'rtl']) {
    cli[kind] = parseJson(await runCli(['analyze', PAGES[kind], '--url', urls[kind]]), `lede analyze ${kind}`);
  }
  return { srv, urls, cli };
}

async function flows(t, drv, { urls, cli }, shoot) {
  const step = (name, fn) => t.test(name, { timeout: TEST_TIMEOUT }, () => withExtensionLog(drv, fn));
  await step('people, organisations and quotes; highlights; citation and Markdown on the clipboard', () =>
    listsAndHighlights(drv, urls.story, cli.story, shoot),
  );
  await step('dock, resize and collapse, remembered on the next page load', () => layoutRemembered(drv, urls.story));
  await step('keyboard: focus, Tab, Space, Enter, Escape', () => keyboard(drv, urls.story));
  await step('a right-to-left page', () => rightToLeft(drv, urls.rtl, cli.rtl));
  await step('reader: contents, figures, tables, code, typography, themes', () =>
    readerFeatures(drv, urls.story, cli.story, shoot),
  );
}

test('sidebar and reader in Chromium', { timeout: 6 * TEST_TIMEOUT }, async (t) => {
  requireExtension();
  const setup = await pagesAndAnalyses();
  let browser;
  try {
    browser = await launchChromium(EXTENSION_DIR);
    const page = await browser.newPage();
    const shoot = async (name) =>
      savePng(path.join(SCREENSHOT_DIR, `chromium-${name}.png`), await page.screenshot({ caret: 'initial' }));
    const download = async (action) => {
      const [file] = await Promise.all([page.waitForEvent('download'), action()]);
      return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
    };
    await flows(t, { ...browser.driver(page), download }, setup, shoot);
  } finally {
    await cleanup(() => browser?.close(), () => setup.srv.close());
  }
});

test('sidebar and reader in Firefox', { timeout: 6 * TEST_TIMEOUT }, async (t) => {
  requireExtension();
  const setup = await pagesAndAnalyses();
  const downloads = makeTempDir('lede-e2e-downloads-');
  let browser;
  try {
    browser = await launchFirefox({
      width: 1280,
      height: 800,
      prefs: {
        // Lets the test read the clipboard without Firefox's paste prompt.
        'dom.events.testing.asyncClipboard': true,
        // Downloads go straight to a folder of the test's.
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      },
    });
    await browser.installAddon(EXTENSION_DIR);
    await browser.newTab();
    const shoot = async (name) => savePng(path.join(SCREENSHOT_DIR, `firefox-${name}.png`), await browser.screenshot());
    const download = async (action) => {
      await action();
      const name = await waitFor('the download to finish', () =>
        // Firefox writes `name.md.part` and leaves an empty `name.md` until it is done.
        fs.readdirSync(downloads).find((f) =>
          f.endsWith('.md') && !fs.existsSync(path.join(downloads, `${f}.part`)) && fs.statSync(path.join(downloads, f)).size > 0,
        ),
      );
      return { name, text: fs.readFileSync(path.join(downloads, name), 'utf8') };
    };
    await flows(t, { ...browser.driver(), download }, setup, shoot);
  } finally {
    await cleanup(() => browser?.close(), () => setup.srv.close(), () => removeDir(downloads));
  }
});

// The interface in the browser's language: Chromium started in French; Firefox told it
// has German (a Firefox without language packs only offers en-US, so the test sets the
// available and requested locales in the chrome context before installing Lede).
test('sidebar and reader in French in Chromium', { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  const setup = await pagesAndAnalyses();
  let browser;
  try {
    browser = await launchChromium(EXTENSION_DIR, { args: ['--lang=fr'], env: { LANGUAGE: 'fr' } });
    const drv = browser.driver(await browser.newPage());
    await withExtensionLog(drv, () => localized(drv, setup.urls.story, 'fr'));
  } finally {
    await cleanup(() => browser?.close(), () => setup.srv.close());
  }
});

test('sidebar and reader in German in Firefox', { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  const setup = await pagesAndAnalyses();
  let browser;
  try {
    browser = await launchFirefox({ width: 1280, height: 800 });
    await browser.executeInChrome("Services.locale.availableLocales = ['de', 'en-US']; Services.locale.requestedLocales = ['de'];");
    await browser.installAddon(EXTENSION_DIR);
    await browser.newTab();
    await localized(browser.driver(), setup.urls.story, 'de');
  } finally {
    await cleanup(() => browser?.close(), () => setup.srv.close());
  }
});
