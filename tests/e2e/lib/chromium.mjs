// Drives Debian's Chromium with an unpacked extension through playwright-core.
//
// One persistent context per test file (a temp profile, removed on close), the
// extension's service worker for chrome.* calls, and a real toolbar click through the
// CDP `Extensions.triggerAction` command (needs --enable-unsafe-extension-debugging).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  WAIT_MS,
  cleanup,
  killProcessesMentioning,
  makeTempDir,
  removeDir,
  sleep,
  trackSession,
  untrackSession,
  waitFor,
} from './shared.mjs';

export const CHROMIUM = process.env.LEDE_CHROMIUM || '/usr/bin/chromium';

/**
 * The id Chromium gives an unpacked extension: from the manifest's "key" if it has one,
 * else from the folder's absolute path; the first 32 hex digits of the SHA-256, written
 * with the letters a to p.
 */
export function unpackedExtensionId(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const source = manifest.key ? Buffer.from(manifest.key, 'base64') : Buffer.from(path.resolve(dir));
  const hex = createHash('sha256').update(source).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

/**
 * Launches headless Chromium with the unpacked extension at extensionDir.
 * Resolves to a session: {ctx, extensionId, newPage(), serviceWorker(), clickAction(page),
 * driver(page), close()}.
 */
export async function launchChromium(extensionDir, { viewport = { width: 1280, height: 800 }, args = [], env } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set LEDE_CHROMIUM)`);
  }
  const dir = path.resolve(extensionDir);
  const profile = makeTempDir('lede-e2e-chromium-');
  let ctx;
  let session;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      timeout: WAIT_MS * 2,
      // Playwright's default --disable-extensions would turn the extension off.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-extension-debugging',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        ...args,
      ],
      ...(env ? { env: { ...process.env, ...env } } : {}),
    });
    ctx.setDefaultTimeout(WAIT_MS);
    const extensionId = unpackedExtensionId(dir);
    session = trackSession(new ChromiumSession(ctx, null, profile, extensionId));
    try {
      await session.serviceWorker();
    } catch {
      throw new Error(`the extension's service worker (id ${extensionId}) did not start: is the manifest valid?`);
    }
    session.cdp = await ctx.browser().newBrowserCDPSession();
    return session;
  } catch (e) {
    await (session
      ? session.close()
      : cleanup(
          () => ctx && closeWithin(ctx, 15_000),
          () => killProcessesMentioning(profile),
          () => removeDir(profile),
        )
    ).catch(() => {});
    throw new Error(`could not start Chromium with the extension ${extensionDir}: ${e.message}`);
  }
}

class ChromiumSession {
  constructor(ctx, cdp, profile, extensionId) {
    this.ctx = ctx;
    this.cdp = cdp;
    this.profile = profile;
    this.extensionId = extensionId;
    this.log = []; // [{at, page, text}]: the extension's console warnings and errors
    this.errors = []; // [{at, page, text}]: uncaught errors and console errors in pages, any world
    const fromWorker = (w) => w.on('console', (m) => this.note(null, m));
    ctx.serviceWorkers().forEach(fromWorker);
    ctx.on('serviceworker', fromWorker);
  }

  note(page, m) {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const where = m.location()?.url || '';
    // In a page, keep what the extension's scripts said, not the page's own 404s.
    if (page && !where.startsWith('chrome-extension://') && !/lede/i.test(m.text())) return;
    this.log.push({ at: Date.now(), page, text: `${page ? 'tab' : 'worker'} ${m.type()}: ${m.text()}` });
    if (this.log.length > 200) this.log.shift();
  }

  noteError(page, text) {
    this.errors.push({ at: Date.now(), page, text });
    if (this.errors.length > 200) this.errors.shift();
  }

  async newPage() {
    const page = await this.ctx.newPage();
    page.on('console', (m) => this.note(page, m));
    page.on('console', (m) => {
      // "Failed to load resource" lines are the browser's network log (a missing
      // favicon.ico, whenever Chromium asks for it), not something a script said.
      if (m.type() !== 'error' || /^Failed to load resource/.test(m.text())) return;
      this.noteError(page, `console error: ${m.text()} (${m.location()?.url || '?'})`);
    });
    page.on('pageerror', (e) => this.noteError(page, `uncaught: ${e.message}`));
    return page;
  }

  /** The extension's service worker, waiting for it if Chromium stopped it while idle. */
  async serviceWorker() {
    const mine = (w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`);
    return (
      this.ctx.serviceWorkers().find(mine) ||
      this.ctx.waitForEvent('serviceworker', { timeout: WAIT_MS, predicate: mine })
    );
  }

  /**
   * Stops the extension's service worker, as Chromium does when it has been idle: what
   * it kept only in memory is gone when the next event starts it again.
   */
  async stopServiceWorker() {
    // CDP's ServiceWorker domain reaches the workers of its page's origin, so it is
    // driven from one of the extension's own pages.
    const page = await this.extensionPage('options.html');
    try {
      const cdp = await this.ctx.newCDPSession(page);
      const stopped = new Promise((resolve) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${this.extensionId}/`) && v.runningStatus === 'stopped')) resolve();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    } finally {
      await page.close().catch(() => {});
    }
  }

  /**
   * Clicks the extension's toolbar button for the tab showing `page`. The command wants
   * the tab target (type "tab", listed only with an explicit filter), which CDP does not
   * link to the page target, so the tab is found by URL: keep one tab per URL.
   */
  async clickAction(page) {
    await page.bringToFront();
    const { targetInfos } = await this.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const url = page.url();
    const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === url);
    if (tabs.length !== 1) {
      throw new Error(`clickAction: expected one tab on ${url}, found ${tabs.length}`);
    }
    await this.cdp.send('Extensions.triggerAction', { id: this.extensionId, targetId: tabs[0].targetId });
  }

  /** The {goto, evaluate, clickAction, extensionLog} adapter that shared.mjs uses. */
  driver(page) {
    const since = Date.now();
    return {
      extensionLog: async () =>
        this.log.filter((e) => e.at >= since && (e.page === null || e.page === page)).map((e) => e.text),
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
      },
      evaluate: (fn, ...args) =>
        args.length ? page.evaluate(`(${fn}).apply(null, ${JSON.stringify(args)})`) : page.evaluate(fn),
      clickAction: () => this.clickAction(page),
      reload: async () => {
        await page.reload({ waitUntil: 'load', timeout: WAIT_MS });
      },
      // A real pointer click on the index-th match of `inner` in the shadow root of
      // `host` (Playwright's CSS selectors reach into open shadow roots).
      click: async (inner, index = 0, host = '#lede-sidebar') => {
        await page.locator(`${host} ${inner}`).nth(index).click({ timeout: WAIT_MS });
      },
      press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
      clipboard: async () => {
        await this.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
        await page.bringToFront();
        return page.evaluate(() => navigator.clipboard.readText());
      },
      colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
      evaluateNative: (fn) => this.evaluateNative(page, fn),
      /** Uncaught errors and console errors in the tab (page or content script) since `ms`. */
      errorsSince: async (ms) => this.errors.filter((e) => e.at >= ms && e.page === page).map((e) => e.text),
      /** The toolbar button's badge text and title for the tab. */
      actionState: () => this.actionState(page),
    };
  }

  /**
   * Runs fn() in the page through CDP's Runtime.evaluate, with the result copied by
   * the browser itself: for pages that break the built-ins Playwright's own in-page
   * helpers need (Array.prototype.push, Function.prototype.apply...).
   */
  async evaluateNative(page, fn) {
    page.__ledeCdp ??= await this.ctx.newCDPSession(page);
    const { result, exceptionDetails } = await page.__ledeCdp.send('Runtime.evaluate', {
      expression: `(${fn})()`,
      returnByValue: true,
      awaitPromise: false,
    });
    if (exceptionDetails) {
      throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value;
  }

  /** The toolbar button's {badge, title} for the tab showing `page`. */
  async actionState(page) {
    const sw = await this.serviceWorker();
    return sw.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab for ${url}`);
      return {
        badge: await chrome.action.getBadgeText({ tabId: tab.id }),
        title: await chrome.action.getTitle({ tabId: tab.id }),
      };
    }, page.url());
  }

  /** Asks the content script in `page`'s tab for something, from the service worker. */
  async sendToTab(page, message) {
    const sw = await this.serviceWorker();
    return waitFor('an answer from the content script', () =>
      sw.evaluate(
        async ({ url, message }) => {
          const tabs = await chrome.tabs.query({});
          let tab = tabs.find((t) => t.url === url);
          if (!tab) {
            const active = tabs.filter((t) => t.active);
            if (active.length === 1) tab = active[0];
          }
          if (!tab) throw new Error(`no tab for ${url} among ${tabs.length} tabs`);
          return chrome.tabs.sendMessage(tab.id, message);
        },
        { url: page.url(), message },
      ),
      { timeoutMs: WAIT_MS, intervalMs: 250 },
    );
  }

  /** Opens one of the extension's own pages (e.g. 'options.html') in a new tab. */
  async extensionPage(file) {
    const page = await this.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${file}`, { waitUntil: 'load', timeout: WAIT_MS });
    return page;
  }

  /** Runs fn(arg) in the extension's service worker (chrome.* available). */
  async inWorker(fn, arg) {
    const sw = await this.serviceWorker();
    return sw.evaluate(fn, arg);
  }

  /**
   * What chrome://extensions shows for the extension in developer mode: {installWarnings,
   * manifestErrors, runtimeErrors} (messages only), read through that page's own
   * developerPrivate API. Chromium collects manifest warnings only in developer mode,
   * so this turns it on and reloads the extension first (its worker restarts): call it
   * last in a session.
   */
  async extensionIssues() {
    const page = await this.newPage();
    try {
      await page.goto('chrome://extensions/', { waitUntil: 'load', timeout: WAIT_MS });
      return await page.evaluate(async (id) => {
        await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
        await chrome.developerPrivate.reload(id, { failQuietly: true });
        let info;
        for (let i = 0; i < 20; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          info = await chrome.developerPrivate.getExtensionInfo(id);
          if (info.state === 'ENABLED') break;
        }
        const texts = (list) => (list ?? []).map((e) => (typeof e === 'string' ? e : e.message));
        return {
          installWarnings: texts(info.installWarnings),
          manifestErrors: texts(info.manifestErrors),
          runtimeErrors: texts(info.runtimeErrors),
        };
      }, this.extensionId);
    } finally {
      await page.close().catch(() => {});
    }
  }

  /**
   * Records every request the browser context makes from now on: pages (content scripts
   * included), extension pages and service workers (Playwright reports their network
   * events in Chromium). Returns the live list of {url, from: 'worker URL' | frame URL}.
   */
  recordRequests() {
    const log = [];
    this.ctx.on('request', (r) => {
      let from;
      try {
        from = r.serviceWorker() ? `worker ${r.serviceWorker().url()}` : (r.frame()?.url() ?? '');
      } catch {
        from = '';
      }
      log.push({ url: r.url(), from });
    });
    return log;
  }

  async close() {
    untrackSession(this);
    await cleanup(
      () => this.cdp?.detach().catch(() => {}),
      () => closeWithin(this.ctx, 15_000),
      // A hung renderer can stall a graceful close; the profile path names our processes.
      () => killProcessesMentioning(this.profile),
      () => removeDir(this.profile),
    );
  }
}

/** Closes the context, giving up (without throwing) after ms. */
function closeWithin(ctx, ms) {
  return Promise.race([ctx.close().catch(() => {}), sleep(ms)]);
}
