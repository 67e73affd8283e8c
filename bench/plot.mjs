#!/usr/bin/env node
// Draws the scaling figures as a PNG: time (and memory) against node count on log-log
// axes, natively (lede-bench scale) and in Chromium (bench/browser.mjs scale).
//
//   node bench/plot.mjs [--native FILE] [--browser FILE] [--out docs/benchmark-scaling.png]
//
// The chart is an SVG written here by hand and photographed by headless Chromium, so
// no plotting library is needed.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loglogFit, median } from './browser.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const CHROMIUM = process.env.LEDE_CHROMIUM || '/usr/bin/chromium';

function parseArgs(argv) {
  const o = {
    native: path.join(HERE, 'results', 'native-scale.json'),
    browser: path.join(HERE, 'results', 'browser-scale.json'),
    out: path.join(REPO, 'docs', 'benchmark-scaling.png'),
  };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in o)) throw new Error(`unknown argument ${argv[i]}`);
    o[key] = path.resolve(argv[++i]);
  }
  return o;
}

const COLORS = { lede: '#d1495b', 'rs-trafilatura': '#00798c', dom_smoothie: '#edae49', readability: '#66a182' };

/** The series to draw: {label, color, dashed, points: [[nodes, value]]}. */
function seriesFrom(native, browser) {
  const time = [];
  const memory = [];
  if (native) {
    for (const name of ['lede', 'rs-trafilatura', 'dom_smoothie']) {
      const pts = native.points.filter((p) => p.extractor === name && !p.error);
      time.push({ label: `${name}, native`, color: COLORS[name], points: pts.map((p) => [p.nodes, p.median_ms]) });
      memory.push({ label: `${name}, native (peak RSS growth)`, color: COLORS[name], points: pts.map((p) => [p.nodes, p.extra_kb / 1024]) });
    }
  }
  if (browser) {
    const pts = browser.points.filter((p) => !p.error);
    time.push({ label: 'Lede analyze_document, Chromium', color: COLORS.lede, dashed: true, points: pts.map((p) => [p.nodes, median(p.times.lede)]) });
    time.push({ label: 'Readability.parse, Chromium', color: COLORS.readability, dashed: true, points: pts.map((p) => [p.nodes, median(p.times.parse)]) });
    memory.push({
      label: 'Lede wasm memory growth, Chromium',
      color: COLORS.lede,
      dashed: true,
      points: pts.map((p) => [p.nodes, (p.wasm_memory_after - p.wasm_memory_before) / 2 ** 20]),
    });
  }
  return { time, memory };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmtNodes = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
const fmtValue = (v) => (v >= 1 ? String(Math.round(v)) : String(Number(v.toPrecision(1))));

/** One log-log panel; returns SVG markup. */
function panel({ x0, y0, w, h, title, yLabel, series, guides = [], fitFrom = 0 }) {
  const all = series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]).concat(guides.map((g) => g.y));
  const lx0 = Math.log10(Math.min(...xs)) - 0.04;
  const lx1 = Math.log10(Math.max(...xs)) + 0.06;
  const ly0 = Math.floor(Math.log10(Math.min(...ys)));
  const ly1 = Math.ceil(Math.log10(Math.max(...ys)));
  const left = x0 + 70, right = x0 + w - 20, top = y0 + 40, bottom = y0 + h - 55;
  const X = (v) => left + ((Math.log10(v) - lx0) / (lx1 - lx0)) * (right - left);
  const Y = (v) => bottom - ((Math.log10(v) - ly0) / (ly1 - ly0)) * (bottom - top);
  const out = [];
  out.push(`<text x="${x0 + w / 2}" y="${y0 + 22}" text-anchor="middle" font-size="17" font-weight="600">${esc(title)}</text>`);
  out.push(`<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="#fff" stroke="#999"/>`);
  // Grid and ticks: every 1-2-5 step within the decades.
  for (let d = Math.floor(lx0); d <= Math.ceil(lx1); d++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** d;
      if (Math.log10(v) < lx0 || Math.log10(v) > lx1) continue;
      out.push(`<line x1="${X(v)}" x2="${X(v)}" y1="${top}" y2="${bottom}" stroke="${m === 1 ? '#ddd' : '#f0f0f0'}"/>`);
      out.push(`<text x="${X(v)}" y="${bottom + 18}" text-anchor="middle" font-size="12" fill="#444">${fmtNodes(v)}</text>`);
    }
  }
  for (let d = ly0; d <= ly1; d++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** d;
      if (Math.log10(v) > ly1 + 1e-9) continue;
      out.push(`<line x1="${left}" x2="${right}" y1="${Y(v)}" y2="${Y(v)}" stroke="${m === 1 ? '#ddd' : '#f3f3f3'}"/>`);
      if (m === 1 || ly1 - ly0 <= 3) out.push(`<text x="${left - 6}" y="${Y(v) + 4}" text-anchor="end" font-size="12" fill="#444">${fmtValue(v)}</text>`);
    }
  }
  out.push(`<text x="${(left + right) / 2}" y="${bottom + 40}" text-anchor="middle" font-size="13">DOM nodes (log scale)</text>`);
  out.push(`<text transform="translate(${x0 + 18} ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="13">${esc(yLabel)}</text>`);
  for (const g of guides) {
    out.push(`<line x1="${left}" x2="${right}" y1="${Y(g.y)}" y2="${Y(g.y)}" stroke="#555" stroke-dasharray="2 4"/>`);
    out.push(`<text x="${left + 6}" y="${Y(g.y) + 15}" font-size="12" fill="#555">${esc(g.label)}</text>`);
  }
  // Series, then the legend with each one's fitted exponent.
  let ly = top + 16;
  for (const s of series) {
    const pts = s.points.filter(([x, y]) => x > 0 && y > 0).sort((a, b) => a[0] - b[0]);
    if (!pts.length) continue;
    const dash = s.dashed ? ' stroke-dasharray="7 4"' : '';
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2.2"${dash} points="${pts.map(([x, y]) => `${X(x).toFixed(1)},${Y(y).toFixed(1)}`).join(' ')}"/>`);
    for (const [x, y] of pts) {
      out.push(
        s.dashed
          ? `<rect x="${X(x) - 3.5}" y="${Y(y) - 3.5}" width="7" height="7" fill="#fff" stroke="${s.color}" stroke-width="1.8"/>`
          : `<circle cx="${X(x)}" cy="${Y(y)}" r="3.6" fill="${s.color}"/>`,
      );
    }
    const fit = loglogFit(pts.filter(([x]) => x >= fitFrom));
    const label = `${s.label}${fit ? `: ~ n^${fit.slope.toFixed(2)}` : ''}`;
    out.push(`<line x1="${left + 12}" x2="${left + 40}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2.2"${dash}/>`);
    out.push(`<text x="${left + 46}" y="${ly}" font-size="12">${esc(label)}</text>`);
    ly += 17;
  }
  return out.join('\n');
}

function svg(native, browser) {
  const { time, memory } = seriesFrom(native, browser);
  const W = 1400, H = 630;
  const when = (native || browser).machine;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#fafafa"/>`,
    panel({
      x0: 0, y0: 0, w: 760, h: H - 45,
      title: 'Time per page against page size (synthetic article pages)',
      yLabel: 'milliseconds per page (log scale), median of runs',
      series: time,
      guides: browser ? [{ y: 300, label: 'target: 200k nodes under 300 ms in Chromium' }] : [],
    }),
    panel({
      x0: 760, y0: 0, w: 640, h: H - 45,
      title: 'Memory against page size',
      yLabel: 'MB (log scale)',
      series: memory,
      fitFrom: 10000,
    }),
    `<text x="12" y="${H - 26}" font-size="12" fill="#555">${esc(
      'Native: one process per extractor and size; the time includes parsing the HTML. Chromium: analyze_document / Readability.parse on the live page, one fresh tab per size.',
    )}</text>`,
    `<text x="12" y="${H - 9}" font-size="12" fill="#555">${esc(
      `Exponents: least squares on log-log (1 = linear); memory fitted from 10k nodes up. Machine: ${when.cpus} cpus (${when.cpu}), shared with other work, so noisy.`,
    )}</text>`,
    '</svg>',
  ];
  return parts.join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
  const native = read(o.native);
  const browser = read(o.browser);
  if (!native && !browser) throw new Error(`neither ${o.native} nor ${o.browser} exists: run the scaling benchmarks first`);
  const markup = svg(native, browser);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  const browserApp = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browserApp.newPage({ viewport: { width: 1400, height: 630 } });
    await page.setContent(`<!doctype html><html><body style="margin:0">${markup}</body></html>`);
    await page.locator('svg').screenshot({ path: o.out });
  } finally {
    await browserApp.close();
  }
  console.log(`wrote ${path.relative(process.cwd(), o.out) || o.out}`);
}

main().catch((e) => {
  console.error(`bench/plot.mjs: ${e.stack || e.message || e}`);
  process.exit(1);
});
