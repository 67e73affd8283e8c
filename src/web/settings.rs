//! What the content script hands the core before it draws anything: the interface
//! strings in the browser's language and the reader's saved preferences. Changes to the
//! preferences go back through a callback, so the extension keeps them (in its own
//! storage, never the page's).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::present::{Messages, Preferences, MESSAGES};

thread_local! {
    static STRINGS: RefCell<Messages> = RefCell::new(Messages::default());
    static LANGUAGE: RefCell<Option<String>> = const { RefCell::new(None) };
    static PREFERENCES: RefCell<Preferences> = RefCell::new(Preferences::default());
    static ON_CHANGE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// The keys of every interface string, for the content script to look up with
/// `browser.i18n.getMessage`.
#[wasm_bindgen]
pub fn message_keys() -> Vec<String> {
    MESSAGES.iter().map(|(k, _)| k.to_string()).collect()
}

/// Sets the interface strings from a `{key: text}` object (missing keys fall back to
/// English) and the interface's language tag (e.g. `fr`).
#[wasm_bindgen]
pub fn set_messages(table: JsValue, language: Option<String>) {
    let mut map: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = js_sys::Object::try_from(&table)
        .map(js_sys::Object::entries)
        .ok_or(())
    {
        for entry in entries.iter() {
            let pair = js_sys::Array::from(&entry);
            if let (Some(key), Some(text)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                map.push((key, text));
            }
        }
    }
    // The strings say which language they are in; the browser's language is the
    // fallback.
    let language = map
        .iter()
        .find(|(k, _)| k == "sidebarLanguage")
        .map(|(_, v)| v.clone())
        .or(language)
        .filter(|l| !l.is_empty());
    STRINGS.with(|s| *s.borrow_mut() = Messages::new(map));
    LANGUAGE.with(|l| *l.borrow_mut() = language);
}

/// Sets the saved preferences (JSON written by an earlier `on_preferences_change`);
/// anything unreadable gives the defaults.
#[wasm_bindgen]
pub fn set_preferences(json: &str) {
    PREFERENCES.with(|p| *p.borrow_mut() = Preferences::from_json(json));
}

/// Registers `callback(json: string)`, called with all preferences whenever the reader
/// changes one (dock, width, collapse, typeface, size, spacing, column, theme).
#[wasm_bindgen]
pub fn on_preferences_change(callback: js_sys::Function) {
    ON_CHANGE.with(|c| *c.borrow_mut() = Some(callback));
}

/// The interface string for `key`.
pub fn t(key: &str) -> String {
    STRINGS.with(|s| s.borrow().get(key))
}

/// The interface string for `key` with its `{name}` values filled in.
pub fn tf(key: &str, values: &[(&str, &str)]) -> String {
    STRINGS.with(|s| s.borrow().format(key, values))
}

/// "3 mentions": the counted form of `key`.
pub fn count(key: &str, n: usize) -> String {
    STRINGS.with(|s| s.borrow().count(key, n))
}

/// A copy of the current messages.
pub fn messages() -> Messages {
    STRINGS.with(|s| s.borrow().clone())
}

/// The interface's language tag, when the content script gave one.
pub fn language() -> String {
    LANGUAGE.with(|l| l.borrow().clone().unwrap_or_else(|| "en".to_string()))
}

/// The current preferences.
pub fn preferences() -> Preferences {
    PREFERENCES.with(|p| p.borrow().clone())
}

/// Changes the preferences and reports them to the extension.
pub fn update(change: impl FnOnce(&mut Preferences)) {
    let json = PREFERENCES.with(|p| {
        let mut p = p.borrow_mut();
        change(&mut p);
        p.to_json()
    });
    ON_CHANGE.with(|c| {
        if let Some(callback) = c.borrow().as_ref() {
            // A failing listener loses the preference, not the change on screen.
            let _ = callback.call1(&JsValue::NULL, &JsValue::from_str(&json));
        }
    });
}
