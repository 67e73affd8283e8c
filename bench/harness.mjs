// Runs inside the benchmarked page (imported by bench/browser.mjs through page.evaluate).
//
// Loads Lede's `--target web` wasm build (and runs its `warm_up` in a task of its own,
// as the extension does before a click's first analysis) and Mozilla Readability (both served from
// /__bench/ on the same 127.0.0.1 server as the page), then times, on the page's own
// live `document`, in the same task queue and interleaved:
//   lede        analyze_document(document, url): snapshot of the DOM + full analysis + JSON
//   detect      Lede's detection alone, when the wasm exports one (a function named detect*)
//   parse       new Readability(document.cloneNode(true)).parse()
//   readerable  isProbablyReaderable(document)
// and, when the server offers an earlier build of Lede under /__bench/base/ (`browser.mjs
// --compare DIR`), that build's analyze_document and detection as `base` and
// `base_detect`, interleaved with the others, so two builds are compared in one run.
// Every call starts in a task of its own, so each call's duration is the length of the
// main-thread task it makes (they are synchronous), and long-task entries can be matched
// to the call they belong to.

import init, * as lede from './lede.js';
import { Readability } from './readability.mjs';
import { isProbablyReaderable } from './readerable.mjs';

let wasm = null;
let loadMs = null;
/** The time of Lede's `warm_up` (its own task after loading, as the extension runs it). */
let warmMs = null;
let base; // the earlier build's exports: undefined until looked for, null when absent

/** Fetches, compiles and instantiates the wasm once per document; returns the time it took. */
export async function load() {
  if (!wasm) {
    const t0 = performance.now();
    wasm = await init();
    loadMs = performance.now() - t0;
    if (typeof lede.warm_up === 'function') {
      await nextTask();
      const w0 = performance.now();
      lede.warm_up();
      warmMs = performance.now() - w0;
    }
  }
  return loadMs;
}

/** The earlier build under ./base/, initialised, or null when the server has none. */
async function loadBase() {
  if (base === undefined) {
    try {
      const m = await import('./base/lede.js');
      await m.default();
      base = m;
    } catch {
      base = null;
    }
  }
  return base;
}

/** A module's detection-only export, if it has one. */
function detectExport(module = lede) {
  const name = Object.keys(module).find((k) => /^detect/.test(k) && typeof module[k] === 'function');
  return name ? { name, fn: module[name] } : null;
}

/** Resolves in a new task (a message to ourselves: not throttled like setTimeout). */
function nextTask() {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

function countNodes() {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  let n = 1;
  while (walker.nextNode()) n++;
  return n;
}

/**
 * Times each method `reps` times on this document. `rotation` picks which method goes
 * first, so that over many pages none always runs first.
 */
export async function measure(url, reps, rotation) {
  await load();
  const memoryBefore = wasm.memory.buffer.byteLength;
  const detect = detectExport();
  const methods = [
    ['lede', () => lede.analyze_document(document, url)],
    ['parse', () => new Readability(document.cloneNode(true)).parse()],
    ['readerable', () => isProbablyReaderable(document)],
  ];
  if (detect) methods.push(['detect', () => detect.fn(document, url)]);
  const earlier = await loadBase();
  if (earlier) {
    methods.push(['base', () => earlier.analyze_document(document, url)]);
    const baseDetect = detectExport(earlier);
    if (baseDetect) methods.push(['base_detect', () => baseDetect.fn(document, url)]);
  }

  const longtasks = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => longtasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
  } catch {
    observer = null;
  }

  // Times of the calls that returned; a call that threw is counted in `failed` instead.
  const times = Object.fromEntries(methods.map(([name]) => [name, []]));
  const failed = Object.fromEntries(methods.map(([name]) => [name, 0]));
  const firstFailed = {};
  const errors = {};
  const windows = [];
  const results = {};
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < methods.length; k++) {
      const [name, fn] = methods[(rotation + rep + k) % methods.length];
      await nextTask();
      let out;
      let ok = true;
      const t0 = performance.now();
      try {
        out = fn();
      } catch (e) {
        ok = false;
        errors[name] = String(e?.message || e).slice(0, 300);
      }
      const t1 = performance.now();
      if (ok) times[name].push(t1 - t0);
      else failed[name]++;
      if (rep === 0) {
        results[name] = out;
        firstFailed[name] = !ok;
      }
      windows.push({ name, t0, t1 });
    }
  }
  await nextTask();
  await nextTask();
  if (observer) {
    longtasks.push(...observer.takeRecords());
    observer.disconnect();
  }
  // The longest long task (over 50 ms) that contains one of Lede's calls.
  let ledeLongtask = 0;
  for (const e of longtasks) {
    const end = e.startTime + e.duration;
    if (windows.some((w) => w.name === 'lede' && w.t0 >= e.startTime - 1 && w.t1 <= end + 1)) {
      ledeLongtask = Math.max(ledeLongtask, e.duration);
    }
  }

  let ledeSummary = null;
  if (typeof results.lede === 'string') {
    const a = JSON.parse(results.lede);
    ledeSummary = { is_article: a.is_article, page_kind: a.page_kind, text_chars: a.text.length };
  }
  let baseSame = null;
  if (typeof results.base === 'string' && typeof results.lede === 'string') baseSame = results.base === results.lede;
  const article = results.parse;
  return {
    times,
    failed,
    first_failed: firstFailed,
    errors,
    load_ms: loadMs,
    warm_up_ms: warmMs,
    detect_export: detect?.name ?? null,
    longtask_observed: observer !== null,
    isolated: self.crossOriginIsolated === true,
    lede_longtask_ms: ledeLongtask,
    wasm_memory_before: memoryBefore,
    wasm_memory_after: wasm.memory.buffer.byteLength,
    nodes: countNodes(),
    lede: ledeSummary,
    base_same_json: baseSame,
    readability: article ? { text_chars: (article.textContent || '').length } : null,
    readerable: results.readerable ?? null,
  };
}
