// Lede's reader page: Lede for a tab whose page forbids WebAssembly in content scripts
// (Chrome applies the page's Content-Security-Policy there). The background opens this
// page beside that tab (reader.html#TAB_ID); it asks the tab's content script for the
// page's snapshot (the same walk the core makes in a page, `lede:snapshot`) and has the
// core, which the extension's own policy allows here, show the reader view and the
// sidebar from it. The tab's page is only read, never changed. Closing Lede here (the
// sidebar's ×, Escape, the toolbar button) closes this tab.
'use strict';

(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const runCore = globalThis.ledeRunCore;
  const source = Number(location.hash.slice(1));

  globalThis.ledeClosed = () => {
    api.tabs.getCurrent().then(
      (tab) => api.tabs.remove(tab.id),
      () => window.close(),
    );
  };

  /** A failure before the core could show anything: the failure panel says so. */
  const failWith = (reason) =>
    runCore(
      () => {
        throw new Error(reason);
      },
      { toggle: true },
    );

  async function open() {
    const kept = await runCore((c) => c.snapshot_attributes(), { toggle: true });
    if (typeof kept !== 'string') return; // the core did not load; its panel says so
    let snapshot;
    try {
      if (!Number.isInteger(source)) throw new Error('no tab to read');
      snapshot = await api.tabs.sendMessage(source, { type: 'lede:snapshot', kept }, { frameId: 0 });
    } catch (error) {
      snapshot = { error: String(error?.message ?? error) };
    }
    if (!snapshot || typeof snapshot.text !== 'string' || !Array.isArray(snapshot.ops)) {
      await failWith(`could not read the page: ${snapshot?.error ?? 'no answer'}`);
      return;
    }
    const ops = Uint32Array.from(snapshot.ops);
    await runCore((c) => c.open_snapshot(ops, snapshot.text, String(snapshot.url)), { toggle: true });
  }

  open().catch((error) => console.error('Lede:', error));
})();
