// Shared pieces of the real-browser tests: where things are, the test server, polling,
// and the assertions both browsers make on the seed article.
//
// The browser drivers (chromium.mjs, firefox.mjs) only know how to run a function in
// the page; everything about what Lede must do lives here, so both browsers are held to
// exactly the same checks.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../scripts/serve.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = path.resolve(process.env.LEDE_SHARED || path.join(REPO, '..', 'shared'));
export const SEED_DIR = path.join(SHARED, 'fixtures', 'seed-article');
export const SEED_HTML = path.join(SEED_DIR, 'page.html');
/**
 * The unpacked extension under test: the Chrome build (dist/extension); LEDE_EXTENSION
 * points the suite at another build.
 */
export const EXTENSION_DIR = path.resolve(process.env.LEDE_EXTENSION || path.join(REPO, 'dist', 'extension'));
/**
 * The Firefox build (dist/firefox), which Firefox installs wherever a test names
 * EXTENSION_DIR; LEDE_FIREFOX_EXTENSION overrides it, and a LEDE_EXTENSION alone stands for
 * both browsers.
 */
export const FIREFOX_EXTENSION_DIR = path.resolve(
  process.env.LEDE_FIREFOX_EXTENSION || process.env.LEDE_EXTENSION || path.join(REPO, 'dist', 'firefox'),
);
export const CLI = path.join(REPO, 'target', 'release', 'lede');
/**
 * Where the suite saves its screenshots: into docs/ (the README's and the store's
 * images) with LEDE_DOC_SCREENSHOTS=1, else under target/e2e-screenshots/, so that a
 * test run leaves the checkout as it found it.
 */
export const SHOTS_DIR = process.env.LEDE_DOC_SCREENSHOTS === '1' ? path.join(REPO, 'docs') : path.join(REPO, 'target', 'e2e-screenshots');
export const SCREENSHOT_DIR = path.join(SHOTS_DIR, 'screenshots');

/** Upper bound of any single wait in the suite: a hang fails instead of blocking CI. */
export const WAIT_MS = 20_000;
/** The sidebar states after which Lede is done working. */
export const FINAL_STATES = ['ready', 'not-article', 'error'];

/** The seed page's two URLs' paths: plain, and with a strict page CSP. */
export const SEED_PATHS = {
  plain: '/seed-article/',
  csp: '/seed-article-csp/',
};
export const STRICT_CSP = "script-src 'self'";

/** The seed article's gold expectations (shared/fixtures/seed-article/expected.json). */
export function loadExpected() {
  const file = path.join(SEED_DIR, 'expected.json');
  if (!fs.existsSync(file)) {
    throw new Error(`missing ${file}: set LEDE_SHARED to the shared data folder (default <repo>/../shared)`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Fails with the fix when the unpacked extension (both builds by default) has not been built. */
export function requireExtension(dir = EXTENSION_DIR) {
  for (const d of dir === EXTENSION_DIR ? [EXTENSION_DIR, FIREFOX_EXTENSION_DIR] : [dir]) {
    if (!fs.existsSync(path.join(d, 'manifest.json'))) {
      throw new Error(`no unpacked extension at ${d} (manifest.json missing): run ./build.sh first`);
    }
  }
  return dir;
}

/** The build Firefox installs for `dir`: the Firefox build when `dir` is EXTENSION_DIR. */
export function firefoxBuildOf(dir) {
  return path.resolve(dir) === EXTENSION_DIR ? FIREFOX_EXTENSION_DIR : path.resolve(dir);
}

/** Serves the seed page on 127.0.0.1 at SEED_PATHS.plain and SEED_PATHS.csp. */
export async function startSeedServer() {
  const srv = await startServer({
    routes: {
      [SEED_PATHS.plain]: { file: SEED_HTML },
      [SEED_PATHS.csp]: { file: SEED_HTML, headers: { 'Content-Security-Policy': STRICT_CSP } },
    },
  });
  const seed = trackSession({
    ...srv,
    seedUrl: (kind) => new URL(SEED_PATHS[kind], srv.url).href,
    close: () => {
      untrackSession(seed);
      return srv.close();
    },
  });
  return seed;
}

/** A fresh temporary directory; the caller removes it with removeDir. */
export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir) {
  if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls probe() until it returns a value other than undefined/null/false, or fails
 * after timeoutMs with `what` (a string, or a function giving one at failure time) and
 * the last value or error seen.
 */
export async function waitFor(what, probe, { timeoutMs = WAIT_MS, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastErr;
  for (;;) {
    try {
      last = await probe();
      lastErr = undefined;
      if (last !== undefined && last !== null && last !== false) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() >= deadline) {
      const detail = lastErr ? `last error: ${lastErr.message}` : `last value: ${JSON.stringify(last)}`;
      const label = typeof what === 'function' ? what() : what;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${label} (${detail})`);
    }
    await sleep(intervalMs);
  }
}

/** Runs steps in order, each even if an earlier one threw; rethrows the first error. */
export async function cleanup(...steps) {
  let first;
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      first ??= e;
    }
  }
  if (first) throw first;
}

/**
 * Kills, by pid, every process whose command line contains `needle` (a unique temp
 * profile path): the fallback for a browser its driver failed to shut down.
 */
export async function killProcessesMentioning(needle) {
  if (process.platform !== 'linux') return;
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) pids.push(Number(entry));
    } catch {
      // gone already, or not ours to read
    }
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already exited
    }
  }
  if (pids.length) await sleep(300);
}

// Browser sessions and servers not closed yet. A test that times out leaves its finally blocks
// pending, and a live browser would then keep the test process from ever exiting;
// each test file's after(closeLeftoverSessions) closes what is left.
const openSessions = new Set();

export function trackSession(session) {
  openSessions.add(session);
  return session;
}

export function untrackSession(session) {
  openSessions.delete(session);
}

export async function closeLeftoverSessions() {
  await cleanup(...[...openSessions].map((s) => () => s.close()));
}

export const collapse = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------
// Functions run inside the page. They must be self-contained (no closures), since the
// drivers send their source text to the browser.

/** In the page: the sidebar's state, or null while there is no sidebar panel yet. */
export function pageSidebarState() {
  const host = document.getElementById('lede-sidebar');
  const panel = host && host.shadowRoot && host.shadowRoot.querySelector('[data-lede-state]');
  return panel ? panel.getAttribute('data-lede-state') : null;
}

/** In the page: true once the sidebar host is gone. */
export function pageSidebarGone() {
  return document.getElementById('lede-sidebar') === null;
}

/** In the page: everything the assertions read, in one round trip. */
export function pageSnapshot() {
  const host = document.getElementById('lede-sidebar');
  const root = host && host.shadowRoot;
  const q = (sel) => (root ? root.querySelector(sel) : null);
  const panel = q('[data-lede-state]');
  const title = q('[data-lede="title"]');
  return {
    hostTag: host ? host.tagName.toLowerCase() : null,
    hostParent: host && host.parentNode ? host.parentNode.nodeName.toLowerCase() : null,
    hasShadowRoot: !!root,
    state: panel ? panel.getAttribute('data-lede-state') : null,
    title: title ? title.textContent : null,
    hasPeople: !!q('[data-lede="people"]'),
    hasQuotes: !!q('[data-lede="quotes"]'),
    bodyText: document.body.innerText,
  };
}

/** In the page: the serialised document. */
export function pageOuterHTML() {
  return document.documentElement.outerHTML;
}

// ---------------------------------------------------------------------------------------
// Assertions

/** Checks a snapshot of the page with the sidebar open against expected.json. */
export function assertReaderView(snap, expected) {
  assert.equal(snap.hostTag, 'lede-sidebar', '#lede-sidebar should be a <lede-sidebar> element');
  assert.equal(snap.hostParent, 'html', '#lede-sidebar should be appended to document.documentElement');
  assert.ok(snap.hasShadowRoot, '#lede-sidebar should have an open shadow root');
  assert.equal(snap.state, 'ready', `sidebar state should be "ready", got ${JSON.stringify(snap.state)}`);

  const text = collapse(snap.bodyText);
  const list = (lines) => lines.map((l) => `\n    ${JSON.stringify(l)}`).join('');
  const missing = expected.body_must_include.filter((line) => !text.includes(collapse(line)));
  const leaked = expected.body_must_exclude.filter((line) => text.includes(collapse(line)));
  if (missing.length || leaked.length) {
    assert.fail(
      'document.body.innerText with the sidebar open:' +
        (missing.length ? `\n  ${missing.length} body_must_include line(s) not visible:${list(missing)}` : '') +
        (leaked.length ? `\n  ${leaked.length} body_must_exclude line(s) still visible:${list(leaked)}` : ''),
    );
  }

  assert.equal(collapse(snap.title), collapse(expected.metadata.title), 'sidebar [data-lede="title"]');
  assert.ok(snap.hasPeople, 'sidebar should have [data-lede="people"]');
  assert.ok(snap.hasQuotes, 'sidebar should have [data-lede="quotes"]');
}

/** Asserts two serialisations are byte-identical, showing where they first differ. */
export function assertSameHTML(after, before, what = 'document.documentElement.outerHTML') {
  if (after === before) return;
  let i = 0;
  while (i < after.length && i < before.length && after[i] === before[i]) i++;
  const ctx = (s) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 120));
  assert.fail(
    `${what} differs after toggling off (lengths ${before.length} before, ${after.length} after; ` +
      `first difference at offset ${i}):\n  before: ${ctx(before)}\n  after:  ${ctx(after)}`,
  );
}

/**
 * The paths at which two JSON values differ, e.g. `$.actors[3].role: "a" != "b"`;
 * at most `limit` of them.
 */
export function jsonDiff(a, b, limit = 12) {
  const out = [];
  const show = (v) => {
    const s = JSON.stringify(v);
    return s === undefined ? 'undefined' : s.length > 100 ? s.slice(0, 97) + '...' : s;
  };
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const walk = (x, y, p) => {
    if (out.length >= limit) return;
    const kx = kind(x);
    if (kx !== kind(y)) {
      out.push(`${p}: ${show(x)} != ${show(y)}`);
    } else if (kx === 'array') {
      if (x.length !== y.length) out.push(`${p}.length: ${x.length} != ${y.length}`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) walk(x[i], y[i], `${p}[${i}]`);
    } else if (kx === 'object') {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
        const sub = /^[A-Za-z_$][\w$]*$/.test(k) ? `${p}.${k}` : `${p}[${JSON.stringify(k)}]`;
        if (!(k in y)) out.push(`${sub}: ${show(x[k])} != (missing)`);
        else if (!(k in x)) out.push(`${sub}: (missing) != ${show(y[k])}`);
        else walk(x[k], y[k], sub);
        if (out.length >= limit) return;
      }
    } else if (!Object.is(x, y)) {
      out.push(`${p}: ${show(x)} != ${show(y)}`);
    }
  };
  walk(a, b, '$');
  return out.slice(0, limit);
}

/** Deep-equals two Analysis values; on failure names the first differing paths. */
export function assertSameAnalysis(browser, cli, label) {
  const diffs = jsonDiff(browser, cli);
  if (diffs.length) {
    assert.fail(`${label}: browser Analysis != CLI Analysis (browser left, CLI right):\n  ${diffs.join('\n  ')}`);
  }
}

/**
 * Runs fn(); if it throws, appends to the error what the extension logged in the
 * browser since the tab was opened (drv.extensionLog(), where the driver can read it),
 * so a failure in CI shows Lede's own complaint rather than just a timeout.
 */
export async function withExtensionLog(drv, fn) {
  try {
    return await fn();
  } catch (e) {
    let lines = [];
    try {
      lines = (await drv.extensionLog?.()) ?? [];
    } catch {
      // the browser is gone; the original error says enough
    }
    if (lines.length && e instanceof Error) {
      // Control characters (a panic message read from the wrong memory, say) would make
      // the runner's output binary; they are shown as one \ufffd per run.
      const shown = lines
        .slice(-15)
        .map((l) => l.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]+/g, '\ufffd').slice(0, 300));
      e.message += `\n  extension console (last ${shown.length}):\n    ${shown.join('\n    ')}`;
    }
    throw e;
  }
}

/** Clicks the toolbar button and waits for the sidebar to reach a final state. */
export async function openSidebar(drv) {
  await drv.clickAction();
  let seen = null;
  await waitFor(() => `the sidebar to reach a final state (last seen: ${JSON.stringify(seen)})`, async () => {
    seen = await drv.evaluate(pageSidebarState);
    return FINAL_STATES.includes(seen);
  });
  return seen;
}

/**
 * The toggle round trip of tests (a) and (b), driver-independent. `drv` is
 * {goto(url), evaluate(fn), clickAction(), extensionLog()}. Loads url, opens the sidebar, hands a
 * pageSnapshot() to checkOpen, closes the sidebar and checks the document is back
 * byte for byte.
 */
export async function toggleRoundTrip(drv, url, checkOpen) {
  await drv.goto(url);
  const before = await drv.evaluate(pageOuterHTML);

  await openSidebar(drv);
  checkOpen(await drv.evaluate(pageSnapshot));

  await drv.clickAction();
  await waitFor('#lede-sidebar to be removed', () => drv.evaluate(pageSidebarGone));
  // The contract restores in one synchronous step; the short grace only absorbs a
  // restore that lands a task after the host removal.
  let after = await drv.evaluate(pageOuterHTML);
  for (let i = 0; i < 10 && after !== before; i++) {
    await sleep(100);
    after = await drv.evaluate(pageOuterHTML);
  }
  assertSameHTML(after, before);
}

/** Fails with the fix when the native CLI has not been built. */
export function requireCli() {
  if (!fs.existsSync(CLI)) throw new Error(`no CLI at ${CLI}: run ./build.sh first`);
  return CLI;
}

/** Runs the native CLI; resolves to its stdout, or fails with its stderr. */
export function runCli(args, { timeoutMs = 60_000 } = {}) {
  requireCli();
  return new Promise((resolve, reject) => {
    execFile(CLI, args, { timeout: timeoutMs, maxBuffer: 64 << 20, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`lede ${args.join(' ')} failed (${err.code ?? err.signal}): ${stderr.trim().slice(0, 2000)}`));
      else resolve(stdout);
    });
  });
}

/** Parses JSON, naming its source when it is not JSON. */
export function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} is not JSON (${e.message}): ${String(text).slice(0, 200)}`);
  }
}

/** Writes a PNG, creating its folder. */
export function savePng(file, png) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, png);
}
