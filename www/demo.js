// Lede demo: glue between the page and the wasm core. The analysis and the
// sidebar come from Rust (pkg/lede.js); this file only loads inputs and shows outputs.

const $ = (id) => document.getElementById(id);
const status = $('status');
let lede = null; // the wasm module once initialised
let latest = 0; // only the most recent request may draw its results

function say(text, kind = 'info') {
  status.textContent = text;
  status.dataset.kind = kind;
}

async function loadCore() {
  let mod;
  try {
    mod = await import('./pkg/lede.js');
  } catch (err) {
    console.error(err);
    say('The Lede core is not here: ./pkg/lede.js could not be loaded. Build it with ./build.sh and open dist/www/ through a local web server.', 'error');
    return null;
  }
  try {
    await mod.default();
  } catch (err) {
    console.error(err);
    say(`The Lede core failed to start: ${err.message || err}. This browser may not support WebAssembly.`, 'error');
    return null;
  }
  return mod;
}

// ---- inputs -------------------------------------------------------------

async function analyseSample(file) {
  selectTab('samples');
  selectSample(file);
  history.replaceState(null, '', `#${file.replace(/\.html$/, '')}`);
  const url = new URL(`samples/${file}`, location.href).href;
  const ticket = ++latest;
  say(`Fetching ${file}…`);
  let html;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    html = await res.text();
  } catch (err) {
    if (ticket === latest) say(`Could not load samples/${file}: ${err.message}.`, 'error');
    return;
  }
  if (ticket === latest) analyse(html, url, url);
}

function analyse(html, url, originalUrl = null) {
  if (!lede) return;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let json;
  const t0 = performance.now();
  try {
    json = lede.analyze_document(doc, url);
  } catch (err) {
    console.error(err);
    say(`Lede could not analyse this page: ${err.message || err}`, 'error');
    return;
  }
  const ms = performance.now() - t0;
  let analysis;
  try {
    analysis = JSON.parse(json);
  } catch (err) {
    say('The core returned something that is not JSON; see the raw view.', 'error');
    showRaw(json);
    return;
  }
  show(analysis, json, doc, url, originalUrl, ms);
}

// ---- outputs ------------------------------------------------------------

function show(a, json, doc, baseUrl, originalUrl, ms) {
  $('results').hidden = false;
  showSummary(a, ms);
  showReader(a, baseUrl);
  showPanel(doc, baseUrl);
  showRaw(json);
  const link = $('original-link');
  link.hidden = !originalUrl;
  if (originalUrl) link.href = originalUrl;
  const title = a.metadata && a.metadata.title;
  say(a.is_article
    ? `Analysed “${title || 'untitled'}” in ${ms.toFixed(0)} ms.`
    : `Analysed in ${ms.toFixed(0)} ms: not an article, so the extension would stay out of the way.`, 'ok');
}

function showSummary(a, ms) {
  const hidden = a.boilerplate || [];
  const hiddenChars = hidden.reduce((n, b) => n + (b.text_chars || 0), 0);
  const words = a.text ? a.text.split(/\s+/).filter(Boolean).length : 0;
  const facts = [
    [a.is_article ? 'Article' : 'Not an article', a.page_kind ? `page kind: ${a.page_kind}` : 'verdict', a.is_article ? 'yes' : 'no'],
    [a.article_score != null ? Number(a.article_score).toFixed(2) : '–', 'article score'],
    [words.toLocaleString(), 'words kept'],
    [hidden.length.toLocaleString(), `clutter blocks, ${hiddenChars.toLocaleString()} characters`],
    [(a.people || []).length, 'people'],
    [(a.quotes || []).length, 'quotes'],
    [`${ms.toFixed(0)} ms`, 'to analyse, in this tab'],
  ];
  $('summary').replaceChildren(...facts.map(([value, label, verdict]) => {
    const el = document.createElement('div');
    el.className = 'fact';
    if (verdict) el.dataset.verdict = verdict;
    const b = document.createElement('strong');
    b.textContent = value;
    const s = document.createElement('span');
    s.textContent = label;
    el.append(b, s);
    return el;
  }));
}

// The clean HTML is sanitised by the core; it is still shown in a sandboxed
// iframe (no scripts, opaque origin, no loads beyond this site's own files).
function showReader(a, baseUrl) {
  const box = $('reader');
  if (!a.is_article || !a.html) {
    const note = document.createElement('p');
    note.className = 'reader__none';
    note.textContent = a.is_article
      ? 'The core found no article body to show.'
      : `This page looks like ${a.page_kind ? `a ${a.page_kind} page` : 'something other than an article'}. Lede does not offer a reader view here.`;
    box.replaceChildren(note);
    return;
  }
  const m = a.metadata || {};
  const head = a.html.search(/<h1[\s>]/i) >= 0 ? '' : `<h1>${esc(m.title || '')}</h1>`;
  const byline = [m.byline, m.site_name, m.published].filter(Boolean).map(esc).join(' · ');
  const origin = location.origin;
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.title = 'Clean article';
  frame.srcdoc = `<!DOCTYPE html><html lang="${esc(m.lang || '')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${origin} data:; style-src ${origin}">
<base href="${esc(baseUrl)}" target="_blank">
<link rel="stylesheet" href="${esc(new URL('demo.css', location.href).href)}">
</head><body class="reader-doc"><article>${head}${byline ? `<p class="lede-byline">${byline}</p>` : ''}${a.html}</article></body></html>`;
  box.replaceChildren(frame);
}

// render_panel attaches a shadow root, so it gets a fresh element each time. It
// analyses the document again (the same answer as analyze_document's JSON).
function showPanel(doc, url) {
  const host = document.createElement('div');
  $('panel').replaceChildren(host);
  try {
    lede.render_panel(host, doc, url);
  } catch (err) {
    console.error(err);
    host.textContent = `The sidebar could not be drawn: ${err.message || err}`;
  }
}

function showRaw(json) {
  let pretty = json;
  try { pretty = JSON.stringify(JSON.parse(json), null, 2); } catch { /* show as is */ }
  $('raw-json').textContent = pretty;
}

function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---- controls -----------------------------------------------------------

function selectSample(file) {
  for (const b of document.querySelectorAll('.sample')) {
    b.setAttribute('aria-pressed', String(b.dataset.sample === file));
  }
}

function selectTab(which) {
  for (const name of ['samples', 'paste']) {
    const on = name === which;
    const tab = $(`tab-${name}`);
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`pane-${name}`).hidden = !on;
  }
}

function wireControls() {
  for (const b of document.querySelectorAll('.sample')) {
    b.setAttribute('aria-pressed', 'false');
    b.addEventListener('click', () => analyseSample(b.dataset.sample));
  }
  $('tab-samples').addEventListener('click', () => selectTab('samples'));
  $('tab-paste').addEventListener('click', () => selectTab('paste'));
  document.querySelector('.tabs').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = $('tab-samples').getAttribute('aria-selected') === 'true' ? 'paste' : 'samples';
    selectTab(next);
    $(`tab-${next}`).focus();
  });
  $('paste-file').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (file) $('paste-html').value = await file.text();
  });
  $('paste-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const html = $('paste-html').value;
    if (!html.trim()) { say('Paste some HTML first.', 'error'); return; }
    selectSample(null);
    const url = $('paste-url').value.trim() || 'https://example.com/pasted-page.html';
    latest++;
    analyse(html, url);
  });
  $('copy-json').addEventListener('click', () => {
    navigator.clipboard.writeText($('raw-json').textContent).then(
      () => say('JSON copied to the clipboard.', 'ok'),
      () => say('Could not copy; select the text instead.', 'error'));
  });
}

async function main() {
  wireControls();
  lede = await loadCore();
  if (!lede) {
    for (const b of document.querySelectorAll('.sample, #paste-form button')) b.disabled = true;
    return;
  }
  say('Ready. Pick a page.', 'ok');
  openFromHash(true);
  addEventListener('hashchange', () => openFromHash(false));
}

// #wire-style-en opens samples/wire-style-en.html; the first sample by default.
function openFromHash(fallback) {
  const name = decodeURIComponent(location.hash.slice(1));
  const button = document.querySelector(`.sample[data-sample="${CSS.escape(name)}.html"]`)
    || (fallback && document.querySelector('.sample'));
  if (button) analyseSample(button.dataset.sample);
}

main();
