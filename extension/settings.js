// Lede's preferences: their defaults, where they are kept, and the "never run here" list.
// Loaded by the background, the options page and the tab-side scripts: a plain script
// that defines globals only, with `var` so that a second injection into a tab is harmless.
'use strict';

/**
 * The preferences and their defaults; the options page shows and edits these. The
 * reader's and the sidebar's choices use the core's own vocabulary (its `Preferences`):
 * the core is handed them when it loads and saves its changes back here, so the options
 * page, the reader's buttons and the sidebar's layout share one store.
 */
var LEDE_DEFAULTS = Object.freeze({
  /** Detect articles on every page by itself (needs the optional host permissions). */
  autoDetect: false,
  /** With autoDetect: open the sidebar by itself when a page is an article. */
  autoOpen: false,
  /** What a click on the toolbar button opens: 'clean' (the page, cleaned) or 'reader'. */
  mode: 'clean',
  /** The reader's typeface, text size (1 to 5), line spacing, column and theme. */
  font: 'serif',
  size: 3,
  leading: 'normal',
  measure: 'medium',
  theme: 'auto',
  /** The sidebar's side ('left', 'right'; null follows the page), whether it shows
   *  only its bar, and its width in CSS pixels (null: the core's default). */
  dock: null,
  collapsed: false,
  width: null,
  /** Host names where Lede never runs by itself (subdomains included). */
  neverRun: [],
});

/** The allowed values of each choice, so that a stored value from elsewhere is checked. */
var LEDE_CHOICES = Object.freeze({
  mode: ['clean', 'reader'],
  font: ['serif', 'sans', 'readable'],
  size: [1, 2, 3, 4, 5],
  leading: ['tight', 'normal', 'loose'],
  measure: ['narrow', 'medium', 'wide'],
  theme: ['auto', 'light', 'sepia', 'dark'],
  dock: [null, 'left', 'right'],
});

/** The sidebar's narrowest and widest width (the core's `SIDEBAR_WIDTH`). */
var LEDE_SIDEBAR_WIDTH = Object.freeze([260, 720]);

/** The keys of the core's `Preferences`: what content.js hands the core and saves back. */
var LEDE_CORE_KEYS = Object.freeze(['dock', 'collapsed', 'width', 'font', 'size', 'leading', 'measure', 'theme']);

/** The pages automatic detection may read: the web, asked for only when the user opts in. */
var LEDE_WEB_ORIGINS = ['http://*/*', 'https://*/*'];

var ledeApi = globalThis.browser ?? globalThis.chrome;

/** Synced storage where the browser offers it, else this device's storage. */
function ledeStorage() {
  return ledeApi.storage.sync ?? ledeApi.storage.local;
}

/** A stored preferences object made whole: unknown keys dropped, bad values defaulted. */
function ledeCleanSettings(stored) {
  const out = { ...LEDE_DEFAULTS };
  if (!stored || typeof stored !== 'object') return out;
  for (const key of ['autoDetect', 'autoOpen', 'collapsed']) {
    if (typeof stored[key] === 'boolean') out[key] = stored[key];
  }
  for (const [key, allowed] of Object.entries(LEDE_CHOICES)) {
    // The options page's <select> gives the size as a string.
    const value = key === 'size' && typeof stored[key] === 'string' ? Number(stored[key]) : stored[key];
    if (allowed.includes(value)) out[key] = value;
  }
  const width = stored.width;
  if (Number.isInteger(width)) {
    out.width = Math.min(Math.max(width, LEDE_SIDEBAR_WIDTH[0]), LEDE_SIDEBAR_WIDTH[1]);
  }
  if (Array.isArray(stored.neverRun)) {
    out.neverRun = [...new Set(stored.neverRun.map(ledeHostOf).filter(Boolean))];
  }
  return out;
}

/** The core's `Preferences` (as the JSON `set_preferences` reads) from the settings. */
function ledeCorePreferences(settings) {
  return JSON.stringify(Object.fromEntries(LEDE_CORE_KEYS.map((key) => [key, settings[key]])));
}

async function ledeLoadSettings() {
  let stored;
  try {
    stored = await ledeStorage().get(null);
  } catch {
    // Synced storage can be turned off by policy; this device's storage still works.
    stored = await ledeApi.storage.local.get(null);
  }
  return ledeCleanSettings(stored);
}

async function ledeSaveSettings(changes) {
  const next = ledeCleanSettings({ ...(await ledeLoadSettings()), ...changes });
  try {
    await ledeStorage().set(next);
  } catch {
    await ledeApi.storage.local.set(next);
  }
  return next;
}

async function ledeResetSettings() {
  await ledeStorage().clear().catch(() => {});
  await ledeApi.storage.local.clear().catch(() => {});
  return { ...LEDE_DEFAULTS };
}

/**
 * The host name a user typed ("example.com", "https://www.example.com/news", "*.example.com"),
 * lower-cased and in ASCII; '' when it is not one.
 */
function ledeHostOf(text) {
  let s = String(text ?? '').trim().toLowerCase();
  if (!s) return '';
  s = s.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  try {
    const host = new URL(s).hostname.replace(/\.$/, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) ? host : '';
  } catch {
    return '';
  }
}

/** True when `host` is on the never-run list (the listed host or one of its subdomains). */
function ledeNeverRunsOn(settings, host) {
  const h = String(host ?? '').toLowerCase();
  return settings.neverRun.some((entry) => h === entry || h.endsWith(`.${entry}`));
}

/** The match patterns that keep automatic detection off the never-run list's hosts. */
function ledeNeverRunPatterns(settings) {
  return settings.neverRun.flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]);
}
