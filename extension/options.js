// Lede's options page: shows the stored preferences (settings.js), saves each change at
// once, and asks for the permission automatic detection needs when the user turns it on.
'use strict';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
const t = (key, ...subs) => api.i18n.getMessage(key, subs) || key;

/** Fills every [data-i18n] element with its message in the browser's language. */
function localize() {
  document.documentElement.lang = api.i18n.getUILanguage();
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const text = api.i18n.getMessage(el.dataset.i18n);
    if (text) el.textContent = text;
  }
}

let statusTimer;
function say(key) {
  const status = $('status');
  status.textContent = t(key);
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    status.textContent = '';
  }, 4000);
}

async function hasWebAccess() {
  return api.permissions.contains({ origins: LEDE_WEB_ORIGINS });
}

/** Shows the preferences; automatic detection counts as on only with its permission. */
async function show(settings) {
  const auto = settings.autoDetect && (await hasWebAccess());
  $('run-auto').checked = auto;
  $('run-click').checked = !auto;
  $('auto-open').checked = auto && settings.autoOpen;
  $('auto-open').disabled = !auto;
  $(`mode-${settings.mode}`).checked = true;
  for (const select of document.querySelectorAll('select[data-setting]')) {
    select.value = String(settings[select.dataset.setting]);
  }
  showNeverRun(settings.neverRun);
}

function showNeverRun(hosts) {
  const list = $('never-list');
  list.replaceChildren();
  for (const host of hosts) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = host;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsNeverRemove');
    remove.setAttribute('aria-label', t('optionsNeverRemoveLabel', host));
    remove.addEventListener('click', () => removeNeverRun(host));
    item.append(name, remove);
    list.append(item);
  }
  list.hidden = hosts.length === 0;
  $('never-empty').hidden = hosts.length > 0;
}

async function save(changes) {
  const settings = await ledeSaveSettings(changes);
  await show(settings);
  say('optionsSaved');
}

function onRunChange(event) {
  if (event.target.value === 'auto') {
    // The request must come straight from the user's click, before anything is awaited.
    api.permissions.request({ origins: LEDE_WEB_ORIGINS }).then(
      (granted) => {
        if (granted) return save({ autoDetect: true });
        say('optionsPermissionDenied');
        return ledeLoadSettings().then(show);
      },
      () => {
        say('optionsPermissionDenied');
        return ledeLoadSettings().then(show);
      },
    );
  } else {
    // Lede gives the permission back when it no longer needs it.
    api.permissions.remove({ origins: LEDE_WEB_ORIGINS }).catch(() => {});
    save({ autoDetect: false, autoOpen: false });
  }
}

async function addNeverRun() {
  const input = $('never-input');
  const host = ledeHostOf(input.value);
  if (!host) {
    input.setAttribute('aria-invalid', 'true');
    say('optionsNeverInvalid');
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  const settings = await ledeLoadSettings();
  input.value = '';
  await save({ neverRun: [...settings.neverRun, host] });
  input.focus();
}

async function removeNeverRun(host) {
  const settings = await ledeLoadSettings();
  await save({ neverRun: settings.neverRun.filter((h) => h !== host) });
  $('never-input').focus();
}

function wire() {
  for (const radio of document.querySelectorAll('input[name="run"]')) {
    radio.addEventListener('change', onRunChange);
  }
  $('auto-open').addEventListener('change', (e) => save({ autoOpen: e.target.checked }));
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener('change', (e) => save({ mode: e.target.value }));
  }
  for (const select of document.querySelectorAll('select[data-setting]')) {
    select.addEventListener('change', () => save({ [select.dataset.setting]: select.value }));
  }
  $('never-add').addEventListener('click', addNeverRun);
  $('never-input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addNeverRun();
    }
  });
  $('options').addEventListener('submit', (e) => e.preventDefault());
  $('reset').addEventListener('click', async () => {
    api.permissions.remove({ origins: LEDE_WEB_ORIGINS }).catch(() => {});
    await show(await ledeResetSettings());
    say('optionsResetDone');
  });
}

localize();
wire();
// The reader's and the sidebar's own buttons save to the same store: shown here as made.
api.storage.onChanged.addListener(() => {
  ledeLoadSettings().then(show, () => {});
});
ledeLoadSettings()
  .then(show)
  .then(() => document.body.setAttribute('data-ready', 'true'));
