// Drives headless Firefox ESR through geckodriver over raw WebDriver HTTP (fetch only).
//
// One geckodriver and one Firefox per test file, with a temp profile we create and
// remove ourselves; the extension is installed as a temporary add-on; the toolbar click
// goes through Firefox's own browser-action code in the chrome context (see
// clickAction, the one place that touches Firefox internals).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  WAIT_MS,
  cleanup,
  firefoxBuildOf,
  killProcessesMentioning,
  makeTempDir,
  removeDir,
  sleep,
  trackSession,
  untrackSession,
  waitFor,
} from './shared.mjs';

export const FIREFOX = process.env.LEDE_FIREFOX || '/usr/bin/firefox-esr';

export function geckodriverPath() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const tools = process.env.LEDE_TOOLS || path.join(os.homedir(), '.cache', 'lede', 'tools');
  return path.join(tools, 'bin', 'geckodriver');
}

// Firefox talks to many services at start-up; this machine reaches none of them.
const QUIET_PREFS = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.page': 0,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Prefs that make Firefox print console calls of pages and content scripts on stdout. */
export const CONSOLE_TO_STDOUT = { 'devtools.console.stdout.content': true };

/** A WebDriver error, with geckodriver's error code and message. */
class WebDriverError extends Error {}

/**
 * Launches geckodriver and headless Firefox. Resolves to a FirefoxSession; call
 * close() in a finally block (it quits Firefox, kills geckodriver, removes the profile).
 */
export async function launchFirefox({ width = 1280, height = 800, prefs = {} } = {}) {
  const driverBin = geckodriverPath();
  if (!fs.existsSync(driverBin)) {
    throw new Error(`geckodriver not found at ${driverBin}: cargo install geckodriver --root "\${LEDE_TOOLS:-$HOME/.cache/lede/tools}" (or set GECKODRIVER)`);
  }
  if (!fs.existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set LEDE_FIREFOX)`);
  }
  const profile = makeTempDir('lede-e2e-firefox-');
  const port = await freePort();
  const log = [];
  // Every line Firefox prints, with when it arrived (read by consoleOutputSince).
  const lines = [];
  const keep = (chunk) => {
    const at = Date.now();
    for (const line of String(chunk).split('\n')) if (line.trim()) lines.push({ at, line });
    if (lines.length > 5000) lines.splice(0, lines.length - 5000);
    log.push(String(chunk));
    if (log.length > 200) log.shift();
  };
  const proc = spawn(driverBin, ['--host', '127.0.0.1', '--port', String(port), '--allow-system-access'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.once('error', (e) => keep(`spawn error: ${e.message}\n`));

  const session = trackSession(new FirefoxSession(`http://127.0.0.1:${port}`, proc, exited, profile, log));
  session.lines = lines;
  try {
    await waitFor('geckodriver to listen', async () => {
      if (proc.exitCode !== null) throw new Error(`geckodriver exited with ${proc.exitCode}`);
      const r = await fetch(`${session.base}/status`, { signal: AbortSignal.timeout(2000) });
      return r.ok;
    });
    const res = await session.request('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          pageLoadStrategy: 'normal',
          timeouts: { script: WAIT_MS, pageLoad: WAIT_MS, implicit: 0 },
          'moz:firefoxOptions': {
            binary: FIREFOX,
            args: ['-headless', '-profile', profile],
            prefs: { ...QUIET_PREFS, ...prefs },
          },
        },
      },
    }, WAIT_MS * 3);
    session.id = res.sessionId;
    await session.setViewport(width, height);
    return session;
  } catch (e) {
    await session.close().catch(() => {});
    throw new Error(`could not start Firefox through geckodriver: ${e.message}\n${session.logTail()}`);
  }
}

export class FirefoxSession {
  constructor(base, proc, exited, profile, log) {
    this.base = base;
    this.proc = proc;
    this.exited = exited;
    this.profile = profile;
    this.log = log;
    this.id = null;
    this.addonId = null;
  }

  logTail(lines = 15) {
    const text = this.log.join('').trim().split('\n').slice(-lines).join('\n');
    return text ? `geckodriver log (tail):\n${text}` : '';
  }

  /** One WebDriver command; throws WebDriverError on an error response. */
  async request(method, route, body, timeoutMs = WAIT_MS * 2) {
    const r = await fetch(this.base + route, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await r.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      throw new WebDriverError(`${method} ${route}: HTTP ${r.status}, not JSON: ${text.slice(0, 200)}`);
    }
    const value = json.value;
    if (!r.ok || (value && typeof value === 'object' && value.error)) {
      throw new WebDriverError(`${method} ${route}: ${value?.error}: ${value?.message}`);
    }
    return value;
  }

  cmd(method, route, body, timeoutMs) {
    return this.request(method, `/session/${this.id}${route}`, body, timeoutMs);
  }

  /**
   * Installs an unpacked extension as a temporary add-on; resolves to its id. Given
   * EXTENSION_DIR (the Chrome build), it installs the Firefox build (dist/firefox).
   */
  async installAddon(dir) {
    this.addonId = await this.cmd('POST', '/moz/addon/install', { path: firefoxBuildOf(dir), temporary: true });
    return this.addonId;
  }

  /** Opens a new tab, switches to it and resolves to a function that closes it. */
  async newTab() {
    const previous = await this.cmd('GET', '/window');
    const { handle } = await this.cmd('POST', '/window/new', { type: 'tab' });
    await this.cmd('POST', '/window', { handle });
    return async () => {
      await this.cmd('DELETE', '/window');
      await this.cmd('POST', '/window', { handle: previous });
    };
  }

  async goto(url) {
    await this.cmd('POST', '/url', { url });
  }

  /** Runs fn(...args) in the page (content context) and resolves to its result. */
  async evaluate(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Runs a script body in Firefox's chrome (privileged) context. */
  async executeInChrome(script, args = []) {
    await this.cmd('POST', '/moz/context', { context: 'chrome' });
    try {
      return await this.cmd('POST', '/execute/sync', { script, args });
    } finally {
      await this.cmd('POST', '/moz/context', { context: 'content' });
    }
  }

  /**
   * Clicks the extension's toolbar button in the current window, the way Firefox
   * does for a user click (it also grants activeTab). Uses ExtensionParent, an
   * internal API: if a Firefox update breaks it, this is the only place to fix.
   */
  async clickAction() {
    if (!this.addonId) throw new Error('clickAction: no add-on installed');
    const script = `
      const [id] = arguments;
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(id);
      if (!ext) return 'extension not running';
      const actionFor = ExtensionParent.apiManager.global.browserActionFor;
      const action = actionFor && actionFor(ext);
      if (!action) return 'browser action not ready';
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      if (!win) return 'no browser window';
      action.triggerAction(win);
      return 'clicked';`;
    let last;
    await waitFor(() => `the toolbar button to be clickable (${last})`, async () => {
      last = await this.executeInChrome(script, [this.addonId]);
      return last === 'clicked';
    });
  }

  /** The current tab's WebDriver handle; switchTo(handle) selects that tab again. */
  async currentHandle() {
    return this.cmd('GET', '/window');
  }

  async switchTo(handle) {
    await this.cmd('POST', '/window', { handle });
  }

  /** The WebDriver reference of the element matching a CSS selector in the page. */
  async element(selector) {
    const found = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
    return Object.values(found)[0];
  }

  /** Clicks the element as a user would (a trusted click, which counts as user input). */
  async click(selector) {
    await this.cmd('POST', `/element/${await this.element(selector)}/click`, {});
  }

  /** Types into the element; WebDriver key codes such as '\uE015' (arrow down) work too. */
  async type(selector, text) {
    await this.cmd('POST', `/element/${await this.element(selector)}/value`, { text });
  }

  /** The moz-extension:// URL of a file of the installed add-on (e.g. 'options.html'). */
  async extensionURL(file) {
    if (!this.addonId) throw new Error('extensionURL: no add-on installed');
    return this.executeInChrome(
      `const [id, file] = arguments;
       return WebExtensionPolicy.getByID(id).getURL(file);`,
      [this.addonId, file],
    );
  }

  /**
   * Starts recording every HTTP(S) request Firefox makes, in any process, with the
   * origin of the principal that caused it (a page, an extension's moz-extension://
   * origin, or '[system]' for Firefox itself). The observer sits in the parent process,
   * where every request passes. readRequests() returns the list so far.
   */
  async startRecordingRequests() {
    await this.executeInChrome(`
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      if (win.ledeRequests) { win.ledeRequests.length = 0; return true; }
      const log = [];
      Services.obs.addObserver({
        observe(subject) {
          try {
            const channel = subject.QueryInterface(Ci.nsIHttpChannel);
            const info = channel.loadInfo;
            const p = info && info.triggeringPrincipal;
            const origin = !p ? '' : p.isSystemPrincipal ? '[system]' : p.origin;
            log.push({ url: channel.URI.spec, from: origin });
          } catch (e) {
            log.push({ url: '?', from: String(e) });
          }
        },
      }, 'http-on-modify-request');
      win.ledeRequests = log;
      return true;`);
  }

  async readRequests() {
    return this.executeInChrome(`
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      return (win.ledeRequests || []).map((r) => ({ url: r.url, from: r.from }));`);
  }

  /** Sizes the window so the page's viewport is width x height CSS pixels. */
  async setViewport(width, height) {
    await this.cmd('POST', '/window/rect', { width, height });
    for (let i = 0; i < 3; i++) {
      const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] === width && inner[1] === height) return;
      const rect = await this.cmd('GET', '/window/rect');
      await this.cmd('POST', '/window/rect', {
        width: rect.width + (width - inner[0]),
        height: rect.height + (height - inner[1]),
      });
    }
  }

  /** A PNG of the current viewport. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  /**
   * What reached Firefox's consoles since `ms` (epoch milliseconds): uncaught script
   * errors (the console service) and console.* calls (the console API storage), as
   * {kind, level, source, text}. Read in the chrome context.
   */
  async consoleSince(ms) {
    const script = `
      const [since] = arguments;
      const out = [];
      for (const m of Services.console.getMessageArray() || []) {
        if (!(m.timeStamp >= since)) continue;
        if (m instanceof Ci.nsIScriptError) {
          const level = m.flags & Ci.nsIScriptError.warningFlag ? 'warning' : m.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error';
          out.push({ kind: 'script', level, source: m.sourceName || '', category: m.category || '', text: m.errorMessage });
        }
      }
      const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
      for (const e of storage.getEvents() || []) {
        if (!(e.timeStamp >= since)) continue;
        let text;
        try {
          text = Array.from(e.arguments || [], (a) => (a && typeof a === 'object' && 'message' in a ? String(a.name || 'Error') + ': ' + a.message : String(a))).join(' ');
        } catch (err) {
          text = '(unreadable arguments)';
        }
        out.push({ kind: 'console', level: e.level, source: e.filename || '', category: e.addonId || '', text });
      }
      return out;`;
    return this.executeInChrome(script, [ms]);
  }

  /**
   * console.error() lines from pages and content scripts since `ms`. Content processes
   * keep their console calls to themselves; with the pref CONSOLE_TO_STDOUT they also
   * print them, which geckodriver's output (kept by launchFirefox) then holds.
   */
  consoleErrorsPrinted(ms) {
    return (this.lines ?? [])
      // Content calls print their string arguments quoted; the browser's own do not.
      .filter((l) => l.at >= ms && /^console\.error: "/.test(l.line))
      .map((l) => `console error: ${l.line.replace(/^console\.error: /, '').replace(/^"|"$/g, '')}`);
  }

  /**
   * Uncaught errors (from the console service) and, where Firefox was launched with
   * CONSOLE_TO_STDOUT, console errors, since `ms`; from pages and extensions alike.
   */
  async errorsSince(ms) {
    const all = await this.consoleSince(ms);
    // Printed lines can trail the call by a moment.
    await sleep(200);
    return [
      ...all
        // Pages and content scripts only: not the browser's own modules.
        .filter((m) => m.level === 'error' && !/^(resource|chrome):/.test(m.source))
        .filter((m) => m.kind === 'console' || m.category === 'content javascript')
        .map((m) => `${m.kind === 'console' ? 'console error' : 'uncaught'}: ${m.text} (${m.source})`),
      ...this.consoleErrorsPrinted(ms),
    ];
  }

  /** The toolbar button's {badge, title} for the selected tab (Firefox internals, like clickAction). */
  async actionState() {
    const script = `
      const [id] = arguments;
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(id);
      const action = ExtensionParent.apiManager.global.browserActionFor(ext);
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      const tab = win.gBrowser.selectedTab;
      return { badge: action.action.getProperty(tab, 'badgeText'), title: action.action.getProperty(tab, 'title') };`;
    return this.executeInChrome(script, [this.addonId]);
  }


  /** A real click (WebDriver Element Click) on the index-th match of `inner` in the
   *  open shadow root of the element matching `host`. */
  async clickInShadow(host, inner, index = 0) {
    const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
    const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';
    const hostEl = await this.cmd('POST', '/element', { using: 'css selector', value: host });
    const shadow = await this.cmd('GET', `/element/${hostEl[ELEMENT]}/shadow`);
    const found = await this.cmd('POST', `/shadow/${shadow[SHADOW]}/elements`, { using: 'css selector', value: inner });
    if (!found[index]) throw new Error(`clickInShadow: no ${inner} #${index} in ${host} (${found.length} found)`);
    await this.cmd('POST', `/element/${found[index][ELEMENT]}/click`, {});
  }

  /** A real key press through WebDriver actions ('Tab', 'Enter', ' ', 'Escape', arrows). */
  async press(key) {
    const codes = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowLeft: '\uE012', ArrowRight: '\uE014', ' ': ' ' };
    const value = codes[key] ?? key;
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
    await this.cmd('DELETE', '/actions');
  }

  /** The clipboard's text, read by the page (needs the dom.events.testing.asyncClipboard
   *  pref, which spares the paste prompt). */
  async clipboard() {
    const value = await this.cmd('POST', '/execute/async', {
      script: 'const done = arguments[0]; navigator.clipboard.readText().then((t) => done({ t }), (e) => done({ e: String(e) }));',
      args: [],
    });
    if (value.e) throw new Error(`reading the clipboard failed: ${value.e}`);
    return value.t;
  }

  /** Makes pages see `prefers-color-scheme: dark` or `light`. */
  async colorScheme(scheme) {
    await this.executeInChrome(
      "Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', arguments[0]);",
      [scheme === 'dark' ? 0 : 1],
    );
  }

  /** The {goto, evaluate, clickAction} adapter that shared.mjs's round trip uses, with
   *  the interactions the sidebar tests use. */
  driver() {
    const since = Date.now();
    return {
      goto: (url) => this.goto(url),
      evaluate: (fn, ...args) => this.evaluate(fn, ...args),
      clickAction: () => this.clickAction(),
      reload: () => this.cmd('POST', '/refresh', {}),
      click: (inner, index = 0, host = '#lede-sidebar') => this.clickInShadow(host, inner, index),
      press: (key) => this.press(key),
      clipboard: () => this.clipboard(),
      colorScheme: (scheme) => this.colorScheme(scheme),
      extensionLog: async () =>
        (await this.consoleSince(since))
          .filter((m) => (m.level === 'error' || m.level === 'warn' || m.level === 'warning') && /^moz-extension:|lede/i.test(m.source + m.category + m.text))
          .map((m) => `${m.level}: ${m.text}`),
      errorsSince: (ms) => this.errorsSince(ms),
      actionState: () => this.actionState(),
    };
  }

  async close() {
    untrackSession(this);
    await cleanup(
      async () => {
        if (this.id) await this.request('DELETE', `/session/${this.id}`, undefined, WAIT_MS).catch(() => {});
        this.id = null;
      },
      async () => {
        if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
        this.proc.kill('SIGTERM');
        const done = await Promise.race([this.exited.then(() => true), sleep(5000).then(() => false)]);
        if (!done) {
          this.proc.kill('SIGKILL');
          await this.exited;
        }
      },
      // Should geckodriver have left Firefox behind, end it by pid (its command
      // line names our unique profile dir) before removing the profile.
      () => killProcessesMentioning(this.profile),
      () => removeDir(this.profile),
    );
  }
}

