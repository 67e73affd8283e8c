//! Small helpers for building Lede's own UI with the DOM: elements, text, buttons,
//! style sheets, and the one way to listen to events.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, Event, EventTarget, ShadowRoot};

/// Styles a shadow root with `css`. A constructed style sheet first: a page's
/// `style-src` policy governs `<style>` elements but not sheets built with
/// `new CSSStyleSheet()`, and Lede's UI must not depend on how a browser treats a
/// content script's `<style>` under that policy. Where a sheet cannot be built or
/// adopted, a `<style>` element.
pub fn add_styles(doc: &Document, root: &ShadowRoot, css: &str) -> Result<(), JsValue> {
    if adopt_sheet(root, css).is_ok() {
        return Ok(());
    }
    let style = doc.create_element("style")?;
    style.set_text_content(Some(css));
    root.append_child(&style)?;
    Ok(())
}

fn adopt_sheet(root: &ShadowRoot, css: &str) -> Result<(), JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(css)?;
    // Through Reflect, which reports a refusal (a sheet from another document, say) as
    // an error instead of throwing through the core.
    let sheets = js_sys::Array::of1(&sheet);
    let set = js_sys::Reflect::set(root, &JsValue::from_str("adoptedStyleSheets"), &sheets)?;
    let adopted = js_sys::Reflect::get(root, &JsValue::from_str("adoptedStyleSheets"))?;
    let count = js_sys::Reflect::get(&adopted, &JsValue::from_str("length"))?;
    if set && count.as_f64() == Some(1.0) {
        Ok(())
    } else {
        Err(JsValue::from_str(
            "the shadow root did not adopt the style sheet",
        ))
    }
}

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
    /// runs `on_click`. An error from the action, or a failure of the core, goes to
    /// the extension's failure handler (see `super::guarded`), never into the page.
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
        listen(&button, "click", move |_| on_click())?;
        Ok(button)
    }
}

/// Makes `handler` the listener for `event` on `target`, through the extension's guard:
/// an error it returns, or a failure of the core inside it, goes to the failure handler
/// (see `super::guarded`), never into the page. Every listener of Lede's UI is added
/// here.
pub fn listen(
    target: &EventTarget,
    event: &str,
    handler: impl Fn(Event) -> Result<(), JsValue> + 'static,
) -> Result<(), JsValue> {
    let handler = Closure::<dyn Fn(Event) -> Result<(), JsValue>>::new(handler);
    let listener = super::guarded(handler.as_ref().unchecked_ref());
    target.add_event_listener_with_callback(event, &listener)?;
    // The handler lives as long as the page: Lede's UI is small and short-lived.
    handler.forget();
    Ok(())
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
