// The sidebar's and the reader's interactive behaviour, held to the same checks in both
// browsers: lists against `lede analyze` on the same page, quotes and people
// highlighted in the page without changing its DOM, citations and Markdown on the
// clipboard, docking, collapsing and resizing remembered by the extension, the
// keyboard, a right-to-left page, and the reader's typography, table of contents and
// themes. Every flow ends by turning Lede off and comparing the page byte for byte.
//
// The drivers give: goto, reload, evaluate(fn, ...args), clickAction, click(inner,
// index, host) (a real pointer click inside a Lede shadow root), press(key) (a real key
// press: 'Tab', 'Enter', ' ', 'Escape', 'ArrowLeft', 'ArrowRight'), clipboard() (the
// clipboard's text), colorScheme('dark' | 'light') and download(action) (the {name,
// text} of the file the action downloads).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, assertSameHTML, collapse, openSidebar, pageOuterHTML, sleep, waitFor } from './shared.mjs';

export const SIDEBAR = '#lede-sidebar';
export const READER = '#lede-reader';

// ---------------------------------------------------------------------------------------
// In the page (self-contained functions)

/** In the page: what the sidebar lists, as a user reads them. */
export function pageSidebarLists() {
  const root = document.getElementById('lede-sidebar').shadowRoot;
  const actors = (key) =>
    [...root.querySelectorAll(`[data-lede="${key}"] [data-lede="actor"]`)].map((b) => ({
      name: b.querySelector('.name').textContent,
      mentions: b.querySelector('.mentions').textContent,
      role: b.querySelector('.role') ? b.querySelector('.role').textContent : null,
    }));
  const groups = [...root.querySelectorAll('[data-lede="speaker-group"]')].map((g) => ({
    speaker: g.querySelector('[data-lede="speaker"]').textContent,
    count: g.querySelector('.count').textContent,
    quotes: [...g.querySelectorAll('[data-lede="quote"]')].map((q) => q.textContent),
    direction: getComputedStyle(g.querySelector('q')).direction,
  }));
  const host = document.getElementById('lede-sidebar');
  const rect = host.getBoundingClientRect();
  return {
    people: actors('people'),
    organizations: actors('organizations'),
    groups,
    headings: [...root.querySelectorAll('h2')].map((h) => h.firstChild.textContent),
    panelLabel: root.querySelector('.panel').getAttribute('aria-label'),
    lang: root.querySelector('.panel').getAttribute('lang'),
    host: { left: rect.left, right: rect.right, width: rect.width, height: rect.height, innerWidth: document.documentElement.clientWidth },
    dock: host.getAttribute('data-dock'),
    collapsed: host.hasAttribute('data-collapsed'),
  };
}

/** In the page: Lede's highlight `name` as the texts of its ranges, how it is shown
 *  ("highlight" or "selection") and whether its first range is in the viewport. */
export function pageHighlight(name) {
  const texts = [];
  let first = null;
  let how = null;
  if (globalThis.CSS && CSS.highlights && CSS.highlights.has(name)) {
    how = 'highlight';
    for (const r of CSS.highlights.get(name)) {
      texts.push(r.toString());
      first ??= r;
    }
  } else {
    const sel = getSelection();
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      how = 'selection';
      first = sel.getRangeAt(0);
      texts.push(first.toString());
    }
  }
  if (!first) return null;
  const rect = first.getBoundingClientRect();
  return {
    how,
    texts,
    inView: rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0,
    scrollY: window.scrollY,
    supported: !!(globalThis.CSS && CSS.highlights && globalThis.Highlight),
  };
}

/** In the page: Lede's leftovers once it is off (highlights, adopted sheets). */
export function pageLeftovers() {
  return {
    highlights: globalThis.CSS && CSS.highlights ? CSS.highlights.size : 0,
    sheets: document.adoptedStyleSheets ? document.adoptedStyleSheets.length : 0,
  };
}

/** In the page: the sidebar panel's background colour. */
export function pagePanelBackground() {
  return getComputedStyle(document.getElementById('lede-sidebar').shadowRoot.querySelector('.panel')).backgroundColor;
}

/** In the page: the text of the sidebar item marked as shown in the page. */
export function pageCurrentItem() {
  const el = document.getElementById('lede-sidebar').shadowRoot.querySelector('[aria-current="true"]');
  return el ? el.textContent : null;
}

/** In the page: the status line's text. */
export function pageStatus() {
  const root = document.getElementById('lede-sidebar').shadowRoot;
  return root.querySelector('[data-lede="status"]').textContent;
}

/** In the page: the focused element inside a Lede shadow root, with its outline. */
export function pageFocus(host) {
  const h = document.querySelector(host);
  const el = h && h.shadowRoot && h.shadowRoot.activeElement;
  if (!el) return null;
  const style = getComputedStyle(el);
  return {
    lede: el.getAttribute('data-lede'),
    tag: el.tagName.toLowerCase(),
    text: el.textContent,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
  };
}

/** In the page: focuses the element `inner` inside the shadow root of `host`. */
export function pageFocusOn(host, inner) {
  document.querySelector(host).shadowRoot.querySelector(inner).focus();
  return true;
}

/** In the page: what the reader shows and how. */
export function pageReader() {
  const host = document.getElementById('lede-reader');
  const root = host && host.shadowRoot;
  const view = root && root.querySelector('.reader');
  if (!view) return null;
  const body = root.querySelector('[data-lede="reader-body"]');
  const article = root.querySelector('article');
  const style = getComputedStyle(article);
  return {
    attrs: Object.fromEntries(['data-font', 'data-size', 'data-leading', 'data-measure', 'data-theme'].map((a) => [a, view.getAttribute(a)])),
    toc: [...root.querySelectorAll('[data-lede="reader-toc"] a')].map((a) => a.textContent),
    tocLabel: root.querySelector('[data-lede="reader-toc"]') ? root.querySelector('[data-lede="reader-toc"]').getAttribute('aria-label') : null,
    headings: [...body.querySelectorAll('h2, h3')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
    credits: root.querySelector('[data-lede="reader-credits"]').textContent,
    figure: !!body.querySelector('figure img') && !!body.querySelector('figure figcaption'),
    caption: body.querySelector('figcaption') ? body.querySelector('figcaption').textContent : null,
    table: body.querySelectorAll('table tr').length,
    tableCaption: body.querySelector('table caption') ? body.querySelector('table caption').textContent : null,
    code: body.querySelector('pre code') ? body.querySelector('pre code').textContent : null,
    fontFamily: style.fontFamily,
    fontSize: parseFloat(style.fontSize),
    lineHeight: parseFloat(style.lineHeight),
    letterSpacing: style.letterSpacing,
    width: article.getBoundingClientRect().width,
    background: getComputedStyle(view).backgroundColor,
    scrollTop: host.scrollTop,
    hash: location.hash,
  };
}

/** In the page: where the reader's `index`th body heading sits in the viewport. */
export function pageReaderHeadingTop(index) {
  const root = document.getElementById('lede-reader').shadowRoot;
  const h = root.querySelectorAll('[data-lede="reader-body"] h2, [data-lede="reader-body"] h3')[index];
  return h.getBoundingClientRect().top;
}

/** In the page: true once neither the sidebar nor the reader is there. */
export function pageLedeGone() {
  return !document.getElementById('lede-sidebar') && !document.getElementById('lede-reader');
}

// ---------------------------------------------------------------------------------------
// Helpers

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
export function luminance(rgb) {
  const [r, g, b] = (rgb.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Quotes grouped the way a reader expects: most quoted speaker first, ties in order of
 *  first quote, unattributed last (from the CLI's Analysis). */
export function expectedGroups(quotes) {
  const groups = [];
  for (const q of quotes) {
    let g = groups.find((x) => x.speaker === q.speaker);
    if (!g) groups.push((g = { speaker: q.speaker, quotes: [] }));
    g.quotes.push(q.text);
  }
  const order = groups.map((g, i) => [g, i]);
  order.sort(([a, i], [b, j]) => (a.speaker === null) - (b.speaker === null) || b.quotes.length - a.quotes.length || i - j);
  return order.map(([g]) => g);
}

/** Turns Lede off with the toolbar button and requires the page byte-identical to `before`. */
export async function offAndIdentical(drv, before) {
  await drv.clickAction();
  await waitFor('Lede to leave the page', () => drv.evaluate(pageLedeGone));
  await expectIdentical(drv, before);
}

async function expectIdentical(drv, before) {
  let after = await drv.evaluate(pageOuterHTML);
  for (let i = 0; i < 10 && after !== before; i++) {
    await sleep(100);
    after = await drv.evaluate(pageOuterHTML);
  }
  assertSameHTML(after, before);
  assert.deepEqual(await drv.evaluate(pageLeftovers), { highlights: 0, sheets: 0 }, 'no highlight or stylesheet left behind');
}

// ---------------------------------------------------------------------------------------
// Flows

/** People, organisations and quotes as the CLI found them; a quote and a person
 *  highlighted in the page; a citation and the Markdown export on the clipboard. */
export async function listsAndHighlights(drv, url, cli, shoot) {
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);
  assert.equal(await openSidebar(drv), 'ready');
  const lists = await drv.evaluate(pageSidebarLists);

  const mentions = (n) => (n === 1 ? '1 mention' : `${n} mentions`);
  assert.deepEqual(lists.people, cli.people.map((p) => ({ name: p.name, mentions: mentions(p.mentions), role: p.role })), 'people with role and mentions');
  assert.deepEqual(lists.organizations.map((o) => o.name), cli.organizations.map((o) => o.name), 'organisations');
  assert.ok(lists.headings.includes('Places'), 'a places section');
  const groups = expectedGroups(cli.quotes);
  assert.deepEqual(
    lists.groups.map((g) => [g.speaker, g.count, g.quotes.map(collapse)]),
    groups.map((g) => [g.speaker ?? 'Unattributed', g.quotes.length === 1 ? '1 quote' : `${g.quotes.length} quotes`, g.quotes.map(collapse)]),
    'quotes grouped by speaker with counts',
  );

  // The last quote of the page is below the fold: choosing it scrolls there.
  const last = cli.quotes.length - 1;
  const lastText = cli.quotes[last].text;
  const groupIndex = groups.findIndex((g) => g.quotes.includes(lastText));
  const buttonIndex = groups.slice(0, groupIndex).reduce((n, g) => n + g.quotes.length, 0) + groups[groupIndex].quotes.indexOf(lastText);
  await drv.click('[data-lede="quote"]', buttonIndex);
  const quote = await waitFor('the quote to be highlighted', () => drv.evaluate(pageHighlight, 'lede-quote'));
  assert.equal(quote.how, quote.supported ? 'highlight' : 'selection', 'the Custom Highlight API where the browser has it');
  // The page writes "in&shy;formed": the analysis leaves the soft hyphen out, and the
  // highlight in the page runs across it.
  const seen = quote.texts.map((t) => collapse(t.replace(/\u00ad/g, '')));
  assert.ok(quote.texts.some((t) => t.includes('\u00ad')), 'the quoted page text holds a soft hyphen');
  assert.deepEqual(seen, [collapse(lastText)], 'the highlight covers the quote');
  assert.ok(quote.inView && quote.scrollY > 0, `the page scrolled to the quote (${JSON.stringify(quote)})`);
  assert.equal(await drv.evaluate(pageStatus), 'Quote highlighted in the page.');
  assert.equal(collapse(await drv.evaluate(pageCurrentItem)), collapse(lastText), 'the chosen quote is marked in the panel');
  if (shoot) await shoot('sidebar-quote');

  // A person: every mention of the name or its aliases.
  const person = cli.people.find((p) => p.aliases.length) ?? cli.people[0];
  await drv.click('[data-lede="people"] [data-lede="actor"]', cli.people.indexOf(person));
  const shown = await waitFor('the mentions to be highlighted', () => drv.evaluate(pageHighlight, 'lede-mention'));
  const names = [person.name, ...person.aliases];
  assert.ok(shown.texts.length >= 2, `several mentions of ${person.name} highlighted, got ${JSON.stringify(shown.texts)}`);
  assert.ok(shown.texts.every((t) => names.includes(collapse(t))), `only ${names.join(' / ')}: ${JSON.stringify(shown.texts)}`);
  assert.equal(await drv.evaluate(pageHighlight, 'lede-quote'), null, 'the quote highlight gave way');

  // Citation of the first quote of the first group.
  const cited = cli.quotes.find((q) => q.text === groups[0].quotes[0]);
  await drv.click('[data-lede="copy-quote"]', 0);
  await waitFor('the copy to be confirmed', async () => (await drv.evaluate(pageStatus)) === 'Copied to the clipboard.');
  const citation = await drv.clipboard();
  for (const part of [cited.text, cited.speaker, cited.speaker_role, cli.metadata.site_name, cli.metadata.published, url]) {
    assert.ok(citation.includes(part), `the citation names ${JSON.stringify(part)}: ${citation}`);
  }

  await drv.click('[data-lede="export-copy"]', 0);
  await waitFor('the export to be copied', async () => (await drv.clipboard()) !== citation);
  const markdown = await drv.clipboard();
  assert.ok(markdown.startsWith(`# ${cli.metadata.title}\n`), `Markdown title: ${markdown.slice(0, 80)}`);
  for (const g of groups) {
    if (g.speaker) assert.ok(markdown.includes(`\n## ${g.speaker}`), `a heading for ${g.speaker}`);
  }
  for (const q of cli.quotes) {
    assert.ok(markdown.includes(`> ${q.text.replace(/([\\*_`[\]<>#|])/g, '\\$1')}`), `the export holds ${q.text.slice(0, 40)}`);
  }

  // The same Markdown as a file.
  const file = await drv.download(() => drv.click('[data-lede="export-download"]', 0));
  assert.match(file.name, /^quotes-harbour-flood-barrier[\w-]*\.md$/, 'a file named after the story');
  assert.equal(file.text, markdown, 'the downloaded file holds the Markdown export');

  await offAndIdentical(drv, before);
}

/** Docking, resizing and collapsing, remembered across pages by the extension. */
export async function layoutRemembered(drv, url) {
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);
  assert.equal(await openSidebar(drv), 'ready');
  let lists = await drv.evaluate(pageSidebarLists);
  assert.equal(lists.dock, 'right');
  assert.ok(Math.abs(lists.host.right - lists.host.innerWidth) < 1, 'docked right by default');
  const width = lists.host.width;

  await drv.click('[data-lede="dock"]', 0);
  lists = await drv.evaluate(pageSidebarLists);
  assert.equal(lists.host.left, 0, 'docked left after the dock button');

  // Docked left, the inner edge is on the right: ArrowRight widens the panel.
  await drv.evaluate(pageFocusOn, SIDEBAR, '[data-lede="resize"]');
  await drv.press('ArrowRight');
  await drv.press('ArrowRight');
  lists = await drv.evaluate(pageSidebarLists);
  assert.equal(lists.host.width, width + 40, 'two arrow presses widen the panel by 40px');

  await drv.click('[data-lede="collapse"]', 0);
  lists = await drv.evaluate(pageSidebarLists);
  assert.ok(lists.collapsed && lists.host.height < 100, `collapsed to its bar (height ${lists.host.height})`);
  await offAndIdentical(drv, before);

  // A new page load: the extension hands the saved choices back.
  await drv.reload();
  assert.equal(await openSidebar(drv), 'ready');
  lists = await drv.evaluate(pageSidebarLists);
  assert.deepEqual([lists.dock, lists.collapsed, lists.host.left], ['left', true, 0], 'dock and collapse remembered');
  await drv.click('[data-lede="collapse"]', 0);
  lists = await drv.evaluate(pageSidebarLists);
  assert.equal(lists.host.width, width + 40, 'width remembered');
  // Back to the defaults for the next flows: docked right, ArrowRight narrows.
  await drv.click('[data-lede="dock"]', 0);
  await drv.evaluate(pageFocusOn, SIDEBAR, '[data-lede="resize"]');
  await drv.press('ArrowRight');
  await drv.press('ArrowRight');
  lists = await drv.evaluate(pageSidebarLists);
  assert.deepEqual([lists.dock, lists.collapsed, lists.host.width], ['right', false, width], 'back to the defaults');
  await offAndIdentical(drv, before);
}

/** Focus lands in the panel, Tab walks its controls with a visible focus, Enter and
 *  Space use them, Escape closes Lede. */
export async function keyboard(drv, url) {
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);
  assert.equal(await openSidebar(drv), 'ready');
  const start = await drv.evaluate(pageFocus, SIDEBAR);
  assert.ok(start && start.tag === 'div', `focus is in the panel when it opens (${JSON.stringify(start)})`);
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await drv.press('Tab');
    const f = await drv.evaluate(pageFocus, SIDEBAR);
    assert.ok(f, `Tab ${i + 1} stays in the sidebar`);
    assert.ok(f.outline, `the focused ${f.lede ?? f.tag} shows a focus outline`);
    seen.push(f.lede ?? f.tag);
    if (f.lede === 'actor') break;
  }
  assert.deepEqual(seen.slice(0, 3), ['dock', 'collapse', 'close'], 'the bar first');
  assert.equal(seen.at(-1), 'actor', `Tab reaches the people (${seen.join(', ')})`);
  await drv.press(' ');
  await waitFor('Space to highlight the person', () => drv.evaluate(pageHighlight, 'lede-mention'));
  for (let i = 0; i < 20; i++) {
    const f = await drv.evaluate(pageFocus, SIDEBAR);
    if (f?.lede === 'quote') break;
    await drv.press('Tab');
  }
  assert.equal((await drv.evaluate(pageFocus, SIDEBAR))?.lede, 'quote', 'Tab reaches the quotes');
  await drv.press('Enter');
  await waitFor('Enter to highlight the quote', () => drv.evaluate(pageHighlight, 'lede-quote'));
  await drv.press('Escape');
  await waitFor('Escape to close Lede', () => drv.evaluate(pageLedeGone));
  await expectIdentical(drv, before);
}

/** A Hebrew page: the panel docks on the left, quotes read right to left and are found
 *  in the page. */
export async function rightToLeft(drv, url, cli) {
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);
  assert.equal(await openSidebar(drv), 'ready');
  const lists = await drv.evaluate(pageSidebarLists);
  assert.equal(lists.dock, 'left', 'on a right-to-left page the panel docks left');
  assert.equal(lists.host.left, 0);
  assert.ok(lists.groups.length > 0 && lists.groups.every((g) => g.direction === 'rtl'), 'quotes set right to left');
  const text = cli.quotes.at(-1).text;
  const index = lists.groups.flatMap((g) => g.quotes).map(collapse).indexOf(collapse(text));
  await drv.click('[data-lede="quote"]', index);
  const quote = await waitFor('the Hebrew quote to be highlighted', () => drv.evaluate(pageHighlight, 'lede-quote'));
  assert.deepEqual(quote.texts.map(collapse), [collapse(text)]);
  await offAndIdentical(drv, before);
}

/** The reader: contents, figures, tables and code kept, reading time, typography,
 *  themes following the system, choices remembered. */
export async function readerFeatures(drv, url, cli, shoot) {
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);
  assert.equal(await openSidebar(drv), 'ready');
  await drv.click('[data-lede="reader-button"]', 0);
  let r = await waitFor('the reader to open', () => drv.evaluate(pageReader));

  assert.ok(r.headings.length >= 3, 'a long story with sections');
  assert.deepEqual(r.toc, r.headings, 'the contents list every section heading, in order');
  assert.ok(!r.headings.includes(cli.metadata.title), 'the headline is not repeated as a section');
  assert.ok(r.figure && collapse(r.caption).length > 0, 'images keep their captions');
  assert.ok(r.table >= 3 && r.tableCaption, 'tables are kept with their caption');
  assert.ok(r.code && r.code.includes('>='), 'code is kept verbatim');
  const minutes = Math.max(1, Math.ceil(cli.text.split(/\s+/).filter(Boolean).length / 230));
  assert.ok(r.credits.includes(`${minutes} min read`), `reading time ${minutes} min in ${JSON.stringify(r.credits)}`);

  // A contents link scrolls the reader, not the page's address.
  const target = 1;
  await drv.click('[data-lede="reader-toc"] a', target, READER);
  const top = await waitFor('the section to scroll into view', async () => {
    const y = await drv.evaluate(pageReaderHeadingTop, target);
    return y >= 0 && y < 200 ? y : null;
  });
  assert.ok(top >= 0);
  r = await drv.evaluate(pageReader);
  assert.equal(r.hash, '', 'the page address is unchanged');

  const base = r;
  await drv.click('[data-setting="data-font=readable"]', 0, READER);
  await drv.click('[data-setting="data-size=4"]', 0, READER);
  await drv.click('[data-setting="data-leading=loose"]', 0, READER);
  await drv.click('[data-setting="data-measure=wide"]', 0, READER);
  r = await drv.evaluate(pageReader);
  assert.notEqual(r.fontFamily, base.fontFamily, 'the readable typeface');
  assert.ok(parseFloat(r.letterSpacing) > 0, `wider letter spacing (${r.letterSpacing})`);
  assert.ok(r.fontSize > base.fontSize, 'larger text');
  assert.ok(r.lineHeight / r.fontSize > base.lineHeight / base.fontSize, 'looser lines');
  assert.ok(r.width > base.width, 'a wider column');

  // Auto follows the system's colour scheme; sepia is a light theme of its own.
  await drv.colorScheme('light');
  r = await drv.evaluate(pageReader);
  assert.equal(r.attrs['data-theme'], 'auto');
  assert.ok(luminance(r.background) > 0.6, `auto is light on a light system (${r.background})`);
  await drv.colorScheme('dark');
  r = await waitFor('the dark system theme', async () => {
    const s = await drv.evaluate(pageReader);
    return luminance(s.background) < 0.1 ? s : null;
  });
  await drv.click('[data-setting="data-theme=sepia"]', 0, READER);
  const sepia = await drv.evaluate(pageReader);
  assert.ok(luminance(sepia.background) > 0.6 && sepia.background !== base.background, `sepia (${sepia.background})`);
  await drv.click('[data-setting="data-theme=dark"]', 0, READER);
  await drv.colorScheme('light');
  r = await drv.evaluate(pageReader);
  assert.ok(luminance(r.background) < 0.1, 'the dark theme stays dark on a light system');
  await drv.click('[data-setting="data-measure=medium"]', 0, READER);
  await drv.evaluate(() => {
    document.getElementById('lede-reader').scrollTop = 0;
  });
  // On a dark system the sidebar is dark too.
  await drv.colorScheme('dark');
  const panel = await drv.evaluate(pagePanelBackground);
  assert.ok(luminance(panel) < 0.1, `the sidebar follows the dark system theme (${panel})`);
  if (shoot) await shoot('reader-dark');
  await drv.colorScheme('light');

  // Escape closes the reader; reopened, it keeps the choices.
  await drv.press('Escape');
  await waitFor('Escape to close the reader', async () => (await drv.evaluate(pageReader)) === null);
  await drv.click('[data-lede="reader-button"]', 0);
  r = await waitFor('the reader to reopen', () => drv.evaluate(pageReader));
  assert.deepEqual(r.attrs, { 'data-font': 'readable', 'data-size': '4', 'data-leading': 'loose', 'data-measure': 'medium', 'data-theme': 'dark' });
  // Back to the defaults for the next flows.
  for (const s of ['data-font=serif', 'data-size=3', 'data-leading=normal', 'data-theme=auto']) {
    await drv.click(`[data-setting="${s}"]`, 0, READER);
  }
  await offAndIdentical(drv, before);
}

/** The sidebar and the reader in the browser's language: `locale` is a folder of
 *  extension/_locales, whose messages the panel must show. */
export async function localized(drv, url, locale) {
  const file = path.join(REPO, 'extension', '_locales', locale, 'messages.json');
  const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
  const m = (key) => messages[key].message;
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);
  assert.equal(await openSidebar(drv), 'ready');
  const lists = await drv.evaluate(pageSidebarLists);
  assert.deepEqual(lists.headings, ['sidebarPeople', 'sidebarOrganizations', 'sidebarPlaces', 'sidebarQuotes'].map(m));
  assert.equal(lists.panelLabel, m('sidebarLabel'));
  assert.equal(lists.lang, locale, 'the panel says which language it speaks');
  await drv.click('[data-lede="reader-button"]', 0);
  const r = await waitFor('the reader to open', () => drv.evaluate(pageReader));
  assert.ok(r.credits.includes(m('readerMinutes').replace('{count}', '').trim()), `reading time in ${locale}: ${r.credits}`);
  assert.equal(r.tocLabel, m('readerContents'));
  await offAndIdentical(drv, before);
}
