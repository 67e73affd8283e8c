// Lede's background script: turns a toolbar click into a toggle in the tab.
//
// The core runs in the page (content script). This script injects it on the first
// click, forwards each click as a message, and, where the page's security policy
// forbids WebAssembly in content scripts, injects the JavaScript build of the core.
'use strict';

const api = globalThis.browser ?? globalThis.chrome;

/** Injects the core and the content script into the tab's top frame, once. */
async function ensureInjected(tabId) {
  const [probe] = await withGrantRetry(() =>
    api.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.ledeContentReady === true,
    }),
  );
  if (probe?.result === true) return;
  await api.scripting.executeScript({
    target: { tabId },
    files: ['lede.js', 'content.js'],
  });
}

/**
 * Chromium can deliver the click before the activeTab grant it gives, so the first
 * script injection may be refused ("Cannot access contents of the page"); it succeeds
 * a moment later. Other errors (a browser page, a store) are final.
 */
async function withGrantRetry(inject, tries = 6) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inject();
    } catch (error) {
      const early = String(error?.message ?? error).includes('Cannot access contents of the page');
      if (!early || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The toolbar button for a tab: on, off, or failed (Lede stopped on that page). */
async function showState(tabId, active, failed = false) {
  await api.action.setBadgeText({ tabId, text: failed ? '!' : active ? 'ON' : '' });
  await api.action.setBadgeBackgroundColor({ tabId, color: failed ? '#a23b2a' : '#3c8d5a' });
  await api.action.setTitle({
    tabId,
    title: api.i18n.getMessage(failed ? 'actionTitleFailed' : active ? 'actionTitleActive' : 'actionTitle'),
  });
}

async function toggle(tab) {
  if (tab?.id === undefined) return;
  try {
    await ensureInjected(tab.id);
    // The content script reports the new state with a 'lede:state' message, and a
    // failure itself (its panel, its one log line); the reply only marks the button.
    const reply = await api.tabs.sendMessage(tab.id, { type: 'lede:toggle' });
    if (reply?.failed) await showState(tab.id, reply.active === true, true);
  } catch (error) {
    // Pages the browser reserves (settings, stores) refuse scripts; nothing to undo.
    console.warn('Lede could not run on this tab:', String(error?.message ?? error));
    await showState(tab.id, false, true).catch(() => {});
  }
}

api.action.onClicked.addListener(toggle);

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type === 'lede:state' && sender.tab?.id !== undefined) {
    showState(sender.tab.id, message.active === true, message.failed === true).catch(() => {});
    return false;
  }
  if (message?.type !== 'lede:load-fallback' || sender.tab?.id === undefined) return false;
  api.scripting
    .executeScript({
      target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
      files: ['lede_wasm2js.js'],
    })
    .then(
      () => sendResponse({ ok: true }),
      (error) => sendResponse({ ok: false, error: String(error) }),
    );
  return true;
});
