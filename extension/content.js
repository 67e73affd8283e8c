// Lede's content script: loads the core into the page and answers the background's
// messages. Everything it decides is decided by the core (`wasm_bindgen.*`).
'use strict';

(() => {
  if (globalThis.ledeContentReady === true) return;
  const api = globalThis.browser ?? globalThis.chrome;
  let core;

  /** The core's exports: the WebAssembly build, or its JavaScript build where the
   *  page's Content-Security-Policy forbids compiling WebAssembly here. */
  function loadCore() {
    core ??= (async () => {
      try {
        await wasm_bindgen({ module_or_path: api.runtime.getURL('lede_bg.wasm') });
        return watchState(wasm_bindgen);
      } catch (wasmError) {
        const reply = await api.runtime.sendMessage({ type: 'lede:load-fallback' });
        if (!reply?.ok || typeof globalThis.ledeFallbackInit !== 'function') {
          throw wasmError;
        }
        return watchState(await globalThis.ledeFallbackInit());
      }
    })();
    core.catch(() => {
      core = undefined;
    });
    return core;
  }

  /** Keeps the toolbar button in step, also when the sidebar's close button is used. */
  function watchState(c) {
    c.on_state_change((active) => {
      api.runtime.sendMessage({ type: 'lede:state', active }).catch(() => {});
    });
    return c;
  }

  /** Runs `task` on the core and replies with its result, or with the error. */
  function answer(task, sendResponse) {
    loadCore()
      .then((c) => sendResponse(task(c)))
      .catch((error) => {
        console.error('Lede:', error);
        sendResponse({ error: String(error?.message ?? error) });
      });
    return true;
  }

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    switch (message?.type) {
      case 'lede:toggle':
        return answer((c) => ({ active: c.toggle() }), sendResponse);
      case 'lede:analysis':
        return answer((c) => ({ json: c.analysis_json() }), sendResponse);
      default:
        return false;
    }
  });

  // The extension's other tab scripts (page.js) reach the core through this.
  globalThis.ledeLoadCore = loadCore;
  globalThis.ledeContentReady = true;
})();
