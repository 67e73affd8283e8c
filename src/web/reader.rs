//! The reader view: the story alone, in Lede's typography, over the page.
//!
//! The article HTML comes from the core's sanitiser (an allowlist); it is parsed into an
//! inert document with `DOMParser`, whose scripts never run, and its nodes are moved
//! into the reader's shadow root. Typography and theme are attributes on the reader's
//! root, read by `reader.css`.

use wasm_bindgen::prelude::*;
use web_sys::{Document, DomParser, Element, ShadowRootInit, ShadowRootMode, SupportedType};

use crate::analysis::Analysis;

use super::dom::{add_styles, human_date, Ui};

/// The id of the element that hosts the reader view.
pub const READER_HOST_ID: &str = "lede-reader";

const READER_CSS: &str = include_str!("reader.css");

/// Words read per minute, the usual figure for reading times on news sites.
const WORDS_PER_MINUTE: usize = 230;

/// Opens the reader view for `analysis`; returns its host element.
pub fn open(doc: &Document, analysis: &Analysis) -> Result<Element, JsValue> {
    let ui = Ui { doc };
    let host = doc.create_element("lede-reader")?;
    host.set_id(READER_HOST_ID);
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    add_styles(doc, &root, READER_CSS)?;

    let view = ui.el("div", Some("reader"))?;
    view.set_attribute("data-theme", "auto")?;
    view.set_attribute("data-font", "serif")?;
    view.set_attribute("data-size", "3")?;
    view.set_attribute("role", "document")?;
    view.set_attribute("aria-label", "Lede reader view")?;
    if let Some(lang) = &analysis.metadata.lang {
        view.set_attribute("lang", lang)?;
    }
    if let Some(dir) = &analysis.metadata.dir {
        view.set_attribute("dir", dir)?;
    }
    view.append_child(toolbar(&ui, &view)?.as_ref())?;
    view.append_child(article(&ui, analysis)?.as_ref())?;
    root.append_child(&view)?;
    doc.document_element()
        .ok_or_else(|| JsValue::from_str("the page has no root element"))?
        .append_child(&host)?;
    Ok(host)
}

/// Font, size, theme and close controls.
fn toolbar(ui: &Ui, view: &Element) -> Result<Element, JsValue> {
    let bar = ui.el("div", Some("controls"))?;
    bar.set_attribute("role", "toolbar")?;
    bar.set_attribute("aria-label", "Reading settings")?;
    let setting = |name: &'static str, value: &'static str, text: &str, label: &str| {
        let view = view.clone();
        let button = ui.button("control", text, label, move || {
            view.set_attribute(name, value)
        })?;
        button.set_attribute("data-setting", &format!("{name}={value}"))?;
        Ok::<_, JsValue>(button)
    };
    for (value, text, label) in [
        ("serif", "Serif", "Serif type"),
        ("sans", "Sans", "Sans-serif type"),
        (
            "readable",
            "Readable",
            "Type for easier reading (wider spacing)",
        ),
    ] {
        bar.append_child(setting("data-font", value, text, label)?.as_ref())?;
    }
    let sizes = ui.el("span", Some("group"))?;
    for (value, text, label) in [
        ("2", "A−", "Smaller text"),
        ("3", "A", "Normal text"),
        ("4", "A+", "Larger text"),
    ] {
        sizes.append_child(setting("data-size", value, text, label)?.as_ref())?;
    }
    bar.append_child(&sizes)?;
    for (value, text, label) in [
        ("auto", "Auto", "Theme follows the system"),
        ("light", "Light", "Light theme"),
        ("sepia", "Sepia", "Sepia theme"),
        ("dark", "Dark", "Dark theme"),
    ] {
        bar.append_child(setting("data-theme", value, text, label)?.as_ref())?;
    }
    let close = ui.button(
        "control close",
        "Close reader",
        "Close the reader view",
        || super::toggle_reader().map(|_| ()),
    )?;
    close.set_attribute("data-lede", "close-reader")?;
    bar.append_child(&close)?;
    Ok(bar)
}

/// The story: its header, then the sanitised article.
fn article(ui: &Ui, analysis: &Analysis) -> Result<Element, JsValue> {
    let meta = &analysis.metadata;
    let article = ui.el("article", None)?;
    let header = ui.el("header", None)?;
    if let Some(site) = &meta.site_name {
        header.append_child(ui.text_el("p", Some("site"), site)?.as_ref())?;
    }
    let title = ui.text_el("h1", None, meta.title.as_deref().unwrap_or_default())?;
    title.set_attribute("data-lede", "reader-title")?;
    header.append_child(&title)?;
    let mut credits: Vec<String> = [
        meta.byline.clone(),
        meta.published.as_deref().map(human_date),
    ]
    .into_iter()
    .flatten()
    .collect();
    credits.push(reading_time(&analysis.text));
    header.append_child(
        ui.text_el("p", Some("credits"), &credits.join(" · "))?
            .as_ref(),
    )?;
    article.append_child(&header)?;

    let body = ui.el("div", Some("body"))?;
    body.set_attribute("data-lede", "reader-body")?;
    let parsed = DomParser::new()?.parse_from_string(&analysis.html, SupportedType::TextHtml)?;
    if let Some(source) = parsed.body() {
        while let Some(child) = source.first_child() {
            body.append_child(ui.doc.adopt_node(&child)?.as_ref())?;
        }
    }
    article.append_child(&body)?;
    Ok(article)
}

/// "6 min read" for the story's word count.
fn reading_time(text: &str) -> String {
    let words = text.split_whitespace().count();
    let minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);
    format!("{minutes} min read")
}
