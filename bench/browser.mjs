#!/usr/bin/env node
// Lede against Mozilla Readability in headless Chromium, on the same pages in the same run.
//
//   node bench/browser.mjs [corpus] [scale] [--reps N] [--sample N] [--seed N]
//                          [--limit N] [--sizes 1000,...] [--out DIR] [--compare PKG_DIR]
//
// corpus: Readability's 130 test pages and a fixed sample of WCXB dev pages (300 by
//   default, drawn with a fixed seed and listed in the output), each loaded as a real
//   page from 127.0.0.1; in each page bench/harness.mjs times Lede's analyze_document,
//   Readability.parse and isProbablyReaderable, interleaved.
// scale: the synthetic pages of `lede-bench synth` from 1k to 200k nodes, one fresh tab
//   each, with the wasm's linear memory before and after.
// --compare PKG_DIR: also times an earlier `--target web` build of Lede (a copy of an
//   older dist/www/pkg) in the same pages, interleaved, and checks that both builds
//   print the same JSON: before/after figures from one run.
// Both by default. The figures are printed as Markdown tables and written as JSON to
// --out (default bench/results). Benchmarks print figures; they assert nothing.
//
// The pages are served with `Content-Security-Policy: script-src 'wasm-unsafe-eval'
// <server>/__bench/`: the browser parses them with scripting on (as the extension sees
// them), but their own scripts do not run, and only the benchmark's modules load.
// Every host but 127.0.0.1 resolves to nothing, so no request leaves the machine. The
// pages are also cross-origin isolated (COOP + COEP), which gives performance.now() a
// 5 µs resolution instead of 100 µs.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const SHARED = path.resolve(process.env.LEDE_SHARED || path.join(REPO, '..', 'shared'));
const CHROMIUM = process.env.LEDE_CHROMIUM || '/usr/bin/chromium';
/** Lede's `--target web` build; LEDE_BENCH_PKG points at another (e.g. an older build to compare). */
const PKG = path.resolve(process.env.LEDE_BENCH_PKG || path.join(REPO, 'dist', 'www', 'pkg'));
const READABILITY = path.join(REPO, 'node_modules', '@mozilla', 'readability');
const BENCH_BIN = path.join(HERE, 'target', 'release', 'lede-bench');
/** The address Readability's own tests give every test page (as `lede eval` does). */
const READABILITY_URL = 'http://fakehost/test/page.html';
const SIZES = [1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000];
const PAGE_TIMEOUT_MS = 600_000;

function parseArgs(argv) {
  const o = { runs: [], reps: 3, sample: 300, seed: 20240501, limit: Infinity, sizes: SIZES, out: path.join(HERE, 'results') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === 'corpus' || a === 'scale') o.runs.push(a);
    else if (a === '--reps') o.reps = Number(val());
    else if (a === '--sample') o.sample = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--limit') o.limit = Number(val());
    else if (a === '--sizes') o.sizes = val().split(',').map(Number);
    else if (a === '--out') o.out = path.resolve(val());
    else if (a === '--compare') o.compare = path.resolve(val());
    else throw new Error(`unknown argument ${a}`);
  }
  if (o.runs.length === 0) o.runs = ['corpus', 'scale'];
  return o;
}

// ---- statistics ------------------------------------------------------------------

const sorted = (v) => [...v].sort((a, b) => a - b);
export function median(v) {
  if (!v.length) return NaN;
  const s = sorted(v);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile, as lede-bench computes it. */
export function percentile(v, p) {
  if (!v.length) return NaN;
  const s = sorted(v);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
}
const mean = (v) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
/** Least squares on (ln x, ln y): {slope, r2}. */
export function loglogFit(points) {
  const l = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (l.length < 2) return null;
  const mx = mean(l.map((p) => p[0]));
  const my = mean(l.map((p) => p[1]));
  let sxx = 0, sxy = 0, syy = 0;
  for (const [x, y] of l) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
    syy += (y - my) ** 2;
  }
  return { slope: sxy / sxx, intercept: my - (sxy / sxx) * mx, r2: syy ? (sxy * sxy) / (sxx * syy) : 1, points: l.length };
}

/** mulberry32: a small seeded generator, so the WCXB sample is the same on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleIds(ids, n, seed) {
  const rand = mulberry32(seed);
  const a = [...ids].sort();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n).sort();
}

function machine() {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || '?';
  return {
    cpus: os.cpus().length,
    cpu,
    memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '),
    chromium: null,
  };
}

// ---- the pages ------------------------------------------------------------------

function corpusDir(name) {
  const dir = path.join(SHARED, 'corpus', name);
  if (!fs.existsSync(dir)) throw new Error(`no corpus at ${dir}: set LEDE_SHARED to the shared data folder (default <repo>/../shared)`);
  return dir;
}

function readabilityPages() {
  const dir = corpusDir('readability');
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({ id: name, file: path.join(dir, name, 'source.html'), url: READABILITY_URL }));
}

function wcxbPages(n, seed) {
  const dir = corpusDir('wcxb-dev');
  const ids = fs
    .readdirSync(path.join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''));
  return sampleIds(ids, n, seed).map((id) => {
    let url = null;
    try {
      url = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth', `${id}.json`), 'utf8')).url || null;
    } catch {}
    return { id, gz: path.join(dir, 'html', `${id}.html.gz`), url };
  });
}

// ---- the browser ----------------------------------------------------------------

async function launch() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set LEDE_CHROMIUM)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { browser, context };
}

/** The server: the benchmark's modules under /__bench/, the pages added by the runs. */
async function serve(compare) {
  for (const f of ['lede.js', 'lede_bg.wasm']) {
    if (!fs.existsSync(path.join(PKG, f))) throw new Error(`missing ${path.join(PKG, f)}: run ./build.sh first`);
  }
  if (!fs.existsSync(path.join(READABILITY, 'Readability.js'))) throw new Error('missing @mozilla/readability: run npm ci');
  const asModule = (file, name) => ({
    body: `${fs.readFileSync(path.join(READABILITY, file), 'utf8')}\nexport { ${name} };\n`,
    type: 'text/javascript; charset=utf-8',
  });
  const routes = {
    '/__bench/lede.js': { file: path.join(PKG, 'lede.js') },
    '/__bench/lede_bg.wasm': { file: path.join(PKG, 'lede_bg.wasm') },
    '/__bench/harness.mjs': { file: path.join(HERE, 'harness.mjs') },
    '/__bench/readability.mjs': asModule('Readability.js', 'Readability'),
    '/__bench/readerable.mjs': asModule('Readability-readerable.js', 'isProbablyReaderable'),
  };
  if (compare) {
    for (const f of ['lede.js', 'lede_bg.wasm']) {
      if (!fs.existsSync(path.join(compare, f))) throw new Error(`--compare: missing ${path.join(compare, f)}`);
      routes[`/__bench/base/${f}`] = { file: path.join(compare, f) };
    }
  }
  const srv = await startServer({ routes });
  const origin = srv.url.replace(/\/$/, '');
  const headers = {
    'Content-Security-Policy': `script-src 'wasm-unsafe-eval' ${origin}/__bench/`,
    // Cross-origin isolation: performance.now() then counts in 5 µs steps, not 100 µs.
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  };
  return {
    ...srv,
    origin,
    /** Serves `page` (a file or a body) at `route`, as text/html with the CSP. */
    add(route, page) {
      routes[route] = { ...page, type: 'text/html', headers };
      return origin + route;
    },
  };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
    }),
  ]);
}

/** Loads `url` in `page` and measures there. */
async function measurePage(page, harness, url, analysisUrl, reps, rotation) {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return withTimeout(
    page.evaluate(
      async ({ harness, analysisUrl, reps, rotation }) => {
        const h = await import(harness);
        await h.load();
        return h.measure(analysisUrl, reps, rotation);
      },
      { harness, analysisUrl, reps, rotation },
    ),
    PAGE_TIMEOUT_MS,
    url,
  );
}

// ---- corpus run -----------------------------------------------------------------

const METHODS = [
  ['lede', "Lede analyze_document (DOM snapshot + full analysis + JSON)"],
  ['detect', 'Lede detection alone'],
  ['parse', 'Readability: new Readability(document.cloneNode(true)).parse()'],
  ['readerable', 'Readability: isProbablyReaderable(document)'],
  ['base', 'earlier Lede build (--compare): analyze_document'],
  ['base_detect', 'earlier Lede build (--compare): detection alone'],
];

async function runCorpus(ctx, srv, name, pages, opts) {
  const harness = `${srv.origin}/__bench/harness.mjs`;
  let tab = await ctx.newPage();
  const rows = [];
  const failures = [];
  const started = Date.now();
  for (const [i, p] of pages.entries()) {
    const route = `/${name}/${p.id}/`;
    const url = srv.add(route, p.file ? { file: p.file } : { body: zlib.gunzipSync(fs.readFileSync(p.gz)) });
    try {
      const r = await measurePage(tab, harness, url, p.url || url, opts.reps, i);
      rows.push({ id: p.id, ...r });
    } catch (e) {
      failures.push({ id: p.id, error: String(e.message || e).split('\n')[0] });
      await tab.close().catch(() => {});
      tab = await ctx.newPage();
    }
    if ((i + 1) % 25 === 0) process.stderr.write(`  ${name}: ${i + 1}/${pages.length} pages (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  await tab.close().catch(() => {});
  return summarise(name, rows, failures, opts);
}

function summarise(name, rows, failures, opts) {
  // Only calls that returned are timed; a page's time is the median of those.
  const per = (m) => rows.filter((r) => r.times[m]?.length).map((r) => median(r.times[m]));
  const first = (m) => rows.filter((r) => r.times[m]?.length && !r.first_failed?.[m]).map((r) => r.times[m][0]);
  const figures = {};
  for (const [m] of METHODS) {
    const t = per(m);
    if (!t.length) continue;
    figures[m] = {
      pages: t.length,
      median_ms: median(t),
      p95_ms: percentile(t, 95),
      mean_ms: mean(t),
      max_ms: Math.max(...t),
      first_call_median_ms: median(first(m)),
      errors: rows.filter((r) => r.errors[m]).map((r) => `${r.id}: ${r.failed?.[m] ?? '?'} of ${opts.reps} calls threw: ${r.errors[m]}`),
    };
  }
  const both = rows.filter((r) => r.times.lede?.length && r.times.parse?.length);
  const ratios = both.map((r) => median(r.times.lede) / median(r.times.parse));
  const ledeFirst = first('lede');
  return {
    corpus: name,
    pages: rows.length,
    reps: opts.reps,
    failures,
    ids: rows.map((r) => r.id),
    figures,
    load_ms: { median: median(rows.map((r) => r.load_ms)), p95: percentile(rows.map((r) => r.load_ms), 95) },
    lede_over_parse: {
      median_page_ratio: median(ratios),
      ratio_of_medians: figures.lede && figures.parse ? figures.lede.median_ms / figures.parse.median_ms : NaN,
      lede_faster_share: ratios.filter((x) => x < 1).length / (ratios.length || 1),
      pages: ratios.length,
    },
    lede_first_call: {
      median_ms: median(ledeFirst),
      p95_ms: percentile(ledeFirst, 95),
      max_ms: Math.max(...ledeFirst),
      under_50ms_share: ledeFirst.filter((t) => t < 50).length / (ledeFirst.length || 1),
    },
    warm_up: warmUpFigures(rows),
    lede_longest_task_ms: Math.max(...rows.map((r) => Math.max(r.lede_longtask_ms, r.warm_up_ms ?? 0, ...(r.times.lede || [])))),
    longtask_observed: rows.some((r) => r.longtask_observed),
    detect_export: rows.find((r) => r.detect_export)?.detect_export ?? null,
    base: summariseBase(rows),
    rows,
  };
}

/** Lede's warm-up task (null when the build has none), and the pages where neither it
 *  nor the first analysis held the main thread over 50 ms. */
function warmUpFigures(rows) {
  const warmed = rows.filter((r) => Number.isFinite(r.warm_up_ms) && r.times.lede?.length && !r.first_failed?.lede);
  if (!warmed.length) return null;
  const w = warmed.map((r) => r.warm_up_ms);
  return {
    pages: warmed.length,
    median_ms: median(w),
    p95_ms: percentile(w, 95),
    max_ms: Math.max(...w),
    both_under_50ms_share: warmed.filter((r) => r.warm_up_ms < 50 && r.times.lede[0] < 50).length / warmed.length,
  };
}

/** The earlier build against this one, when --compare gave one. */
function summariseBase(rows) {
  const both = rows.filter((r) => r.times.base?.length && r.times.lede?.length);
  if (!both.length) return null;
  const firstBase = rows.filter((r) => r.times.base?.length && !r.first_failed?.base).map((r) => r.times.base[0]);
  return {
    pages: both.length,
    same_json_pages: rows.filter((r) => r.base_same_json === true).length,
    different_json: rows.filter((r) => r.base_same_json === false).map((r) => r.id),
    median_page_ratio_new_over_base: median(both.map((r) => median(r.times.lede) / median(r.times.base))),
    base_over_parse_median_page_ratio: median(
      rows.filter((r) => r.times.base?.length && r.times.parse?.length).map((r) => median(r.times.base) / median(r.times.parse)),
    ),
    base_first_call: {
      median_ms: median(firstBase),
      p95_ms: percentile(firstBase, 95),
      under_50ms_share: firstBase.filter((t) => t < 50).length / (firstBase.length || 1),
    },
  };
}

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');

function corpusText(s) {
  const lines = [`\n## Chromium: ${s.corpus} (${s.pages} pages, ${s.reps} runs of each method per page, interleaved)\n`];
  lines.push('| method | median ms | p95 ms | mean ms | max ms | pages with a failed call |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [m, label] of METHODS) {
    const x = s.figures[m];
    if (!x) {
      if (m === 'detect') lines.push(`| ${label} | no separate export in the wasm | | | | |`);
      continue;
    }
    lines.push(`| ${label} | ${f(x.median_ms)} | ${f(x.p95_ms)} | ${f(x.mean_ms)} | ${f(x.max_ms, 1)} | ${x.errors.length} |`);
  }
  const r = s.lede_over_parse;
  lines.push('');
  lines.push(`Times per page are the median of its ${s.reps} runs (calls that threw are not timed); medians and p95 are over pages.`);
  lines.push(`Lede / Readability.parse: median per-page ratio ${f(r.median_page_ratio, 3)}, ratio of medians ${f(r.ratio_of_medians, 3)}; Lede faster on ${pct(r.lede_faster_share)} of ${r.pages} pages.`);
  const fc = s.lede_first_call;
  lines.push(`Lede's first call on each page (the click a reader makes): median ${f(fc.median_ms)} ms, p95 ${f(fc.p95_ms)} ms, max ${f(fc.max_ms, 1)} ms; under 50 ms on ${pct(fc.under_50ms_share)} of pages.`);
  const w = s.warm_up;
  if (w) lines.push(`Lede's warm-up after loading (its own task, before the first call): median ${f(w.median_ms)} ms, p95 ${f(w.p95_ms)} ms, max ${f(w.max_ms, 1)} ms; warm-up and first call both under 50 ms on ${pct(w.both_under_50ms_share)} of pages.`);
  lines.push(`Longest main-thread task of Lede's analysis on any page: ${f(s.lede_longest_task_ms, 1)} ms (the call is synchronous: one task${s.longtask_observed ? '; cross-checked with long-task entries' : ''}).`);
  lines.push(`Wasm load per page (fetch + compile + instantiate, not in the figures above): median ${f(s.load_ms.median)} ms, p95 ${f(s.load_ms.p95)} ms.`);
  if (s.base) {
    const b = s.base;
    lines.push(
      `Earlier build (--compare) on the same ${b.pages} pages: this build / earlier build, median per-page ratio ${f(b.median_page_ratio_new_over_base, 3)}; earlier build / Readability.parse ${f(b.base_over_parse_median_page_ratio, 3)}; earlier build's first call: median ${f(b.base_first_call.median_ms)} ms, p95 ${f(b.base_first_call.p95_ms)} ms, under 50 ms on ${pct(b.base_first_call.under_50ms_share)}. Same JSON from both builds on ${b.same_json_pages} pages${b.different_json.length ? `; different on ${b.different_json.join(' ')}` : ''}.`,
    );
  }
  for (const [m] of METHODS) for (const e of (s.figures[m]?.errors || []).slice(0, 5)) lines.push(`  ${m} failed on ${e}`);
  for (const e of s.failures) lines.push(`  page not measured: ${e.id}: ${e.error}`);
  return lines.join('\n');
}

// ---- scaling run ----------------------------------------------------------------

async function runScale(ctx, srv, opts) {
  if (!fs.existsSync(BENCH_BIN)) throw new Error(`missing ${BENCH_BIN}: cargo build --release --manifest-path bench/Cargo.toml`);
  const dir = path.join(opts.out, 'synth');
  fs.mkdirSync(dir, { recursive: true });
  const harness = `${srv.origin}/__bench/harness.mjs`;
  const points = [];
  for (const [i, n] of opts.sizes.entries()) {
    const file = path.join(dir, `${n}.html`);
    const made = JSON.parse(execFileSync(BENCH_BIN, ['synth', '--nodes', String(n), '--out', file], { encoding: 'utf8' }));
    const url = srv.add(`/synth/${n}/`, { file });
    process.stderr.write(`  synthetic page of ${made.nodes} nodes ...\n`);
    const tab = await ctx.newPage(); // a fresh document and wasm instance for each size
    try {
      const r = await measurePage(tab, harness, url, 'https://bench.example/news/harbour-plan', opts.reps, i);
      points.push({ target: n, generated_nodes: made.nodes, bytes: made.bytes, ...r });
    } catch (e) {
      points.push({ target: n, generated_nodes: made.nodes, bytes: made.bytes, error: String(e.message || e).split('\n')[0] });
    } finally {
      await tab.close().catch(() => {});
    }
  }
  const ok = points.filter((p) => !p.error);
  const series = (m) => ok.filter((p) => p.times[m]?.length).map((p) => [p.nodes, median(p.times[m])]);
  const upper = (pts) => pts.filter(([n]) => n >= 20000);
  const fits = {
    lede: loglogFit(series('lede')),
    parse: loglogFit(series('parse')),
    readerable: loglogFit(series('readerable')),
    lede_from_20k: loglogFit(upper(series('lede'))),
    parse_from_20k: loglogFit(upper(series('parse'))),
    lede_wasm_memory: loglogFit(ok.filter((p) => p.nodes >= 10000).map((p) => [p.nodes, p.wasm_memory_after - p.wasm_memory_before])),
  };
  return { reps: opts.reps, points, fits };
}

function scaleText(s) {
  const lines = ['\n## Chromium: synthetic article pages, one fresh tab each\n'];
  const withBase = s.points.some((p) => p.times?.base?.length);
  lines.push(`| nodes (DOM) | KB of HTML | Lede analyze_document ms | Lede detection alone ms |${withBase ? ' earlier build ms |' : ''} Readability.parse ms | isProbablyReaderable ms | Lede wasm memory growth MB |`);
  lines.push(`| ---: | ---: | ---: | ---: |${withBase ? ' ---: |' : ''} ---: | ---: | ---: |`);
  for (const p of s.points) {
    if (p.error) {
      lines.push(`| ${p.generated_nodes} | ${f(p.bytes / 1024, 0)} | failed: ${p.error} | | | |`);
      continue;
    }
    lines.push(
      `| ${p.nodes} | ${f(p.bytes / 1024, 0)} | ${f(median(p.times.lede))} | ${f(median(p.times.detect ?? []))} |${withBase ? ` ${f(median(p.times.base ?? []))} |` : ''} ${f(median(p.times.parse))} | ${f(median(p.times.readerable))} | ${f((p.wasm_memory_after - p.wasm_memory_before) / 2 ** 20, 1)} |`,
    );
  }
  const fit = (x) => (x ? `${f(x.slope)} (R² ${f(x.r2, 3)})` : '-');
  lines.push('');
  lines.push(`Times are the median of ${s.reps} runs on the page. Fitted exponents (least squares on log-log; 1 = linear):`);
  lines.push(`  Lede time ~ nodes^${fit(s.fits.lede)}; Readability.parse ~ nodes^${fit(s.fits.parse)}; isProbablyReaderable ~ nodes^${fit(s.fits.readerable)}`);
  lines.push(`  from 20k nodes up: Lede time ~ nodes^${fit(s.fits.lede_from_20k)}; Readability.parse ~ nodes^${fit(s.fits.parse_from_20k)}`);
  lines.push(`  Lede wasm memory growth ~ nodes^${fit(s.fits.lede_wasm_memory)} (from 10k nodes up; linear memory only grows, so this is the peak)`);
  return lines.join('\n');
}

// ---- main -----------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  fs.mkdirSync(opts.out, { recursive: true });
  const info = machine();
  const srv = await serve(opts.compare);
  const { browser, context } = await launch();
  info.chromium = browser.version();
  console.log(`machine: ${info.cpus} cpus (${info.cpu}), ${info.memory_gib} GiB; load average at start ${info.loadavg} (a shared machine: expect noise); Chromium ${info.chromium}, headless`);
  try {
    if (opts.runs.includes('corpus')) {
      const out = { machine: info, seed: opts.seed, corpora: [] };
      const rd = readabilityPages().slice(0, opts.limit);
      const wx = wcxbPages(Math.min(opts.sample, opts.limit), opts.seed);
      console.log(`\nWCXB dev sample: ${wx.length} pages drawn with seed ${opts.seed}: ${wx.map((p) => p.id).join(' ')}`);
      for (const [name, pages] of [['readability', rd], ['wcxb', wx]]) {
        process.stderr.write(`${name}: ${pages.length} pages\n`);
        const s = await runCorpus(context, srv, name, pages, opts);
        console.log(corpusText(s));
        out.corpora.push(s);
      }
      const file = path.join(opts.out, 'browser-corpus.json');
      fs.writeFileSync(file, JSON.stringify(out, null, 1));
      process.stderr.write(`wrote ${file}\n`);
    }
    if (opts.runs.includes('scale')) {
      const s = await runScale(context, srv, opts);
      console.log(scaleText(s));
      const file = path.join(opts.out, 'browser-scale.json');
      fs.writeFileSync(file, JSON.stringify({ machine: info, ...s }, null, 1));
      process.stderr.write(`wrote ${file}\n`);
    }
  } finally {
    await browser.close().catch(() => {});
    await srv.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((e) => {
    console.error(`bench/browser.mjs: ${e.stack || e.message || e}`);
    process.exit(1);
  });
}
