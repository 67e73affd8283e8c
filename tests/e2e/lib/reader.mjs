// The reader view's round trip, shared by both browsers: clean reading on, the
// sidebar's "Reader view" button, the story in the reader with Lede's typography, a
// theme switch, then the toolbar button puts the page back byte for byte.

import assert from 'node:assert/strict';
import {
  assertSameHTML,
  collapse,
  openSidebar,
  pageOuterHTML,
  sleep,
  waitFor,
} from './shared.mjs';

/** In the page: clicks the sidebar's "Reader view" button; false when it is missing. */
export function pageOpenReader() {
  const host = document.getElementById('lede-sidebar');
  const button = host && host.shadowRoot && host.shadowRoot.querySelector('[data-lede="reader-button"]');
  if (!button) return false;
  button.click();
  return true;
}

/** In the page: what the reader shows, or null while it is not open. */
export function pageReaderSnapshot() {
  const host = document.getElementById('lede-reader');
  const root = host && host.shadowRoot;
  const view = root && root.querySelector('.reader');
  if (!view) return null;
  const title = root.querySelector('[data-lede="reader-title"]');
  const body = root.querySelector('[data-lede="reader-body"]');
  return {
    theme: view.getAttribute('data-theme'),
    title: title ? title.textContent : null,
    bodyText: body ? body.innerText : '',
    bodyHtml: body ? body.innerHTML : '',
    background: getComputedStyle(view).backgroundColor,
  };
}

/** In the page: switches the reader to the dark theme. */
export function pageReaderDark() {
  const root = document.getElementById('lede-reader').shadowRoot;
  root.querySelector('[data-setting="data-theme=dark"]').click();
  return true;
}

/** In the page: true once neither the sidebar nor the reader is there. */
export function pageLedeGone() {
  return !document.getElementById('lede-sidebar') && !document.getElementById('lede-reader');
}

/**
 * Opens the reader on `url` and checks it against the gold expectations; `shoot`
 * (optional) takes the screenshot while the reader is open.
 */
export async function readerRoundTrip(drv, url, expected, shoot) {
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);
  assert.equal(await openSidebar(drv), 'ready');
  assert.ok(await drv.evaluate(pageOpenReader), 'the sidebar should offer a "Reader view" button');
  const snap = await waitFor('the reader view to open', () => drv.evaluate(pageReaderSnapshot));

  assert.equal(collapse(snap.title), collapse(expected.metadata.title), 'reader title');
  const text = collapse(snap.bodyText);
  const missing = expected.body_must_include.filter((line) => !text.includes(collapse(line)));
  const leaked = expected.body_must_exclude.filter((line) => text.includes(collapse(line)));
  assert.deepEqual(missing, [], 'story lines missing from the reader');
  assert.deepEqual(leaked, [], 'boilerplate lines shown in the reader');
  assert.ok(!/<script|onerror=|onclick=|javascript:/i.test(snap.bodyHtml), 'reader HTML must hold nothing that runs');

  await drv.evaluate(pageReaderDark);
  const dark = await waitFor('the dark theme', async () => {
    const s = await drv.evaluate(pageReaderSnapshot);
    return s && s.theme === 'dark' ? s : null;
  });
  assert.notEqual(dark.background, snap.background, 'the dark theme changes the background');
  if (shoot) await shoot();

  await drv.clickAction();
  await waitFor('Lede to leave the page', () => drv.evaluate(pageLedeGone));
  let after = await drv.evaluate(pageOuterHTML);
  for (let i = 0; i < 10 && after !== before; i++) {
    await sleep(100);
    after = await drv.evaluate(pageOuterHTML);
  }
  assertSameHTML(after, before);
}
