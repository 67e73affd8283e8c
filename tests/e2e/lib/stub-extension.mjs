// A throwaway MV3 extension that fakes Lede's contract (ARCHITECTURE.md, "The extension
// at run time"): on a toolbar click the background injects content.js once per tab
// and sends {type: "lede:toggle"}; content.js opens <lede-sidebar id="lede-sidebar">
// with an open shadow root whose panel goes "loading" -> "ready", hides <aside>s in
// place and puts everything back on the second click; it answers {type:
// "lede:analysis"} with {json}. It lets harness.test.mjs check the browser driving
// without the real build. Written to a temp dir, never into the repo.

import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './shared.mjs';

export const STUB_GECKO_ID = 'lede-e2e-stub@example.invalid';

const manifest = {
  manifest_version: 3,
  name: 'Lede e2e stub',
  version: '0.0.1',
  description: 'Test double for the Lede end-to-end harness',
  permissions: ['activeTab', 'scripting'],
  action: { default_title: 'Lede stub' },
  background: { service_worker: 'background.js', scripts: ['background.js'] },
  browser_specific_settings: {
    gecko: {
      id: STUB_GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

// The retry: in Chromium the activeTab grant can reach the tab's renderer a moment after
// onClicked reaches the worker, and an injection in between fails with "Cannot access
// contents of the page" (seen in about 1 click in 4 here).
const background = `
const injected = new Set();
async function inject(tabId) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    } catch (e) {
      if (attempt >= 5 || !/Cannot access contents of the page/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
chrome.action.onClicked.addListener(async (tab) => {
  if (!injected.has(tab.id)) {
    await inject(tab.id);
    injected.add(tab.id);
  }
  await chrome.tabs.sendMessage(tab.id, { type: 'lede:toggle' });
});
chrome.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') injected.delete(tabId);
});
`;

const content = `
(() => {
  if (window.__ledeStub) return;
  window.__ledeStub = true;
  let restore = null;

  function open() {
    const touched = [...document.querySelectorAll('aside')].map((el) => {
      const old = el.getAttribute('style');
      // Through the attribute, not el.style: in Chromium, el.style.setProperty() then
      // removeAttribute('style') serialises as style="" (a lazily synced inline style).
      el.setAttribute('style', (old ? old + ';' : '') + 'display: none !important');
      return [el, old];
    });
    const host = document.createElement('lede-sidebar');
    host.id = 'lede-sidebar';
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{all:initial}section{position:fixed;top:0;right:0;width:320px;' +
      'height:100vh;background:#fffdf7;border-left:1px solid #ccc;font:14px sans-serif;padding:12px}</style>' +
      '<section data-lede-state="loading"><h1 data-lede="title"></h1>' +
      '<ul data-lede="people"><li data-lede="empty">none</li></ul>' +
      '<ul data-lede="quotes"><li data-lede="empty">none</li></ul></section>';
    document.documentElement.appendChild(host);
    console.warn('Lede stub: sidebar opened'); // for the harness's extensionLog check
    setTimeout(() => {
      const og = document.querySelector('meta[property="og:title"]');
      root.querySelector('[data-lede="title"]').textContent = og ? og.content : document.title;
      root.querySelector('[data-lede-state]').setAttribute('data-lede-state', 'ready');
    }, 300);
    restore = () => {
      host.remove();
      for (const [el, old] of touched) {
        if (old === null) el.removeAttribute('style');
        else el.setAttribute('style', old);
      }
    };
  }

  chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg && msg.type === 'lede:toggle') {
      if (restore) { restore(); restore = null; } else open();
      reply({ active: !!restore });
    } else if (msg && msg.type === 'lede:analysis') {
      reply({ json: JSON.stringify({ title: document.title, url: location.href }) });
    }
  });
})();
`;

/** Writes the stub extension to a new temp dir and returns the dir. */
export function writeStubExtension() {
  const dir = makeTempDir('lede-e2e-stub-');
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'background.js'), background);
  fs.writeFileSync(path.join(dir, 'content.js'), content);
  return dir;
}
