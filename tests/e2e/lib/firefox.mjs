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
  const keep = (chunk) => {
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

  /** The {goto, evaluate, clickAction} adapter that shared.mjs's round trip uses. */
  driver() {
    return {
      goto: (url) => this.goto(url),
      evaluate: (fn) => this.evaluate(fn),
      clickAction: () => this.clickAction(),
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

