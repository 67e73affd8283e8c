// Hostile markup in an article: every vector of tests/xss/vectors.json, embedded in the
// story's paragraphs. Opening Lede's sidebar and reader view must not make any of them
// run: no request from a script, a frame, a stylesheet or an object to the page's
// /hit/N addresses beyond what the page itself made before Lede was switched on. (The
// reader shows the story's images, so image requests are not counted.)

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { pageOpenReader, pageReaderSnapshot } from './lib/reader.mjs';
import {
  EXTENSION_DIR,
  REPO,
  cleanup,
  closeLeftoverSessions,
  openSidebar,
  requireExtension,
  sleep,
  waitFor,
} from './lib/shared.mjs';

const TEST_TIMEOUT = 120_000;
const VECTORS = JSON.parse(fs.readFileSync(path.join(REPO, 'tests/xss/vectors.json'), 'utf8'));

after(closeLeftoverSessions);

function hostilePage() {
  const paragraphs = VECTORS.map(
    (v, i) =>
      `<p>Paragraph ${i} of the story goes on about the council, the vote and the library, ` +
      `with enough words to read as prose. ${v.replaceAll('{HIT}', `/hit/${i}`)} And it ends here.</p>`,
  );
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Council keeps the library open - The Paper</title>' +
    '<meta property="og:type" content="article"></head><body>' +
    '<nav class="menu"><a href="/">Home</a></nav><article><h1>Council keeps the library open</h1>' +
    paragraphs.join('\n') +
    '</article><footer class="site-footer">The Paper</footer></body></html>'
  );
}

/** Serves the hostile page and logs every request to /hit/N with its destination. */
async function hostileServer() {
  const hits = [];
  const srv = await startServer({
    routes: { '/story.html': { body: hostilePage(), type: 'text/html; charset=utf-8' } },
    onRequest: (req) => {
      if (req.url.startsWith('/hit/')) hits.push({ url: req.url, dest: req.headers['sec-fetch-dest'] ?? '?' });
    },
  });
  return { srv, hits };
}

/** Requests that only running code (or a frame, stylesheet, object) would make. */
const scripted = (hits) => hits.filter((h) => h.dest !== 'image');

async function openEverything(drv, url, hits) {
  await drv.goto(url);
  await sleep(1500); // let the page's own vectors fire first
  const before = scripted(hits).length;
  if (process.env.LEDE_XSS_DEBUG) console.log('requests the page itself made:', before);
  assert.equal(await openSidebar(drv), 'ready');
  assert.ok(await drv.evaluate(pageOpenReader), 'the sidebar offers the reader view');
  await waitFor('the reader view', () => drv.evaluate(pageReaderSnapshot));
  await sleep(1500);
  const added = scripted(hits).slice(before);
  assert.deepEqual(added, [], 'vectors that ran after Lede opened');
}

test(`${VECTORS.length} injection vectors stay inert in Chromium`, { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  const { srv, hits } = await hostileServer();
  let browser;
  try {
    browser = await launchChromium(EXTENSION_DIR);
    const page = await browser.newPage();
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await openEverything(browser.driver(page), new URL('/story.html', srv.url).href, hits);
    assert.deepEqual(dialogs, [], 'dialogs opened');
  } finally {
    await cleanup(() => browser?.close(), () => srv.close());
  }
});

test(`${VECTORS.length} injection vectors stay inert in Firefox`, { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  const { srv, hits } = await hostileServer();
  let browser;
  try {
    browser = await launchFirefox({ width: 1280, height: 800 });
    await browser.installAddon(EXTENSION_DIR);
    await browser.newTab();
    await openEverything(browser.driver(), new URL('/story.html', srv.url).href, hits);
  } finally {
    await cleanup(() => browser?.close(), () => srv.close());
  }
});
