//! Small helpers for building Lede's own UI with the DOM: elements, text, buttons.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Builds elements in one document.
pub struct Ui<'a> {
    /// The document the elements belong to.
    pub doc: &'a Document,
}

impl Ui<'_> {
    /// A new element with an optional class.
    pub fn el(&self, tag: &str, class: Option<&str>) -> Result<Element, JsValue> {
        let e = self.doc.create_element(tag)?;
        if let Some(class) = class {
            e.set_class_name(class);
        }
        Ok(e)
    }

    /// A new element holding `text`.
    pub fn text_el(&self, tag: &str, class: Option<&str>, text: &str) -> Result<Element, JsValue> {
        let e = self.el(tag, class)?;
        e.set_text_content(Some(text));
        Ok(e)
    }

    /// A button showing `text`, described by `label` for assistive technology, that
    /// runs `on_click`. Errors from the action are logged, never thrown into the page.
    pub fn button(
        &self,
        class: &str,
        text: &str,
        label: &str,
        on_click: impl Fn() -> Result<(), JsValue> + 'static,
    ) -> Result<Element, JsValue> {
        let button = self.text_el("button", Some(class), text)?;
        button.set_attribute("type", "button")?;
        button.set_attribute("aria-label", label)?;
        button.set_attribute("title", label)?;
        let handler = Closure::<dyn Fn()>::new(move || {
            if let Err(e) = on_click() {
                web_sys::console::error_2(&JsValue::from_str("Lede:"), &e);
            }
        });
        button.add_event_listener_with_callback("click", handler.as_ref().unchecked_ref())?;
        // The handler lives as long as the page: Lede's UI is small and short-lived.
        handler.forget();
        Ok(button)
    }
}

/// A `YYYY-MM-DD` date in the reader's own locale, e.g. "5 September 2023".
pub fn human_date(iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(&format!("{iso}T12:00:00Z")));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    date.to_locale_date_string("default", &options).into()
}
