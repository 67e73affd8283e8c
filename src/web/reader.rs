//! The reader view: the story alone, in Lede's typography, over the page.
//!
//! The article HTML comes from the core's sanitiser (an allowlist); it is parsed into an
//! inert document with `DOMParser`, whose scripts never run, and its nodes are moved
//! into the reader's shadow root. Typography and theme are attributes on the reader's
//! root (`data-font`, `data-size`, `data-leading`, `data-measure`, `data-theme`), read
//! by `reader.css`, set from the saved preferences and saved again when changed. A
//! story with enough headings gets a table of contents whose links scroll the reader.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, DomParser, Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions,
    ShadowRootInit, ShadowRootMode, SupportedType,
};

use crate::analysis::Analysis;
use crate::present::Preferences;

use super::dom::{add_styles, human_date, listen, Ui};
use super::settings::{self, t, tf};

/// The id of the element that hosts the reader view.
pub const READER_HOST_ID: &str = "lede-reader";

const READER_CSS: &str = include_str!("reader.css");

/// Words read per minute, the usual figure for reading times on news sites.
const WORDS_PER_MINUTE: usize = 230;

/// A story gets a table of contents from this many section headings.
const TOC_MIN_HEADINGS: usize = 3;

/// Opens the reader view for `analysis`; returns its host element.
pub fn open(doc: &Document, analysis: &Analysis) -> Result<Element, JsValue> {
    let ui = Ui { doc };
    let host = doc.create_element("lede-reader")?;
    host.set_id(READER_HOST_ID);
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    add_styles(doc, &root, READER_CSS)?;

    let prefs = settings::preferences();
    let view = ui.el("div", Some("reader"))?;
    view.set_attribute("data-theme", prefs.theme())?;
    view.set_attribute("data-font", prefs.font())?;
    view.set_attribute("data-size", &prefs.size().to_string())?;
    view.set_attribute("data-leading", prefs.leading())?;
    view.set_attribute("data-measure", prefs.measure())?;
    view.set_attribute("role", "document")?;
    view.set_attribute("aria-label", &t("readerLabel"))?;
    view.set_attribute("lang", &settings::language())?;
    view.set_attribute("tabindex", "-1")?;
    if let Some(dir) = &analysis.metadata.dir {
        view.set_attribute("dir", dir)?;
    }
    view.append_child(toolbar(&ui, &view)?.as_ref())?;
    let article = article(&ui, analysis)?;
    view.append_child(&article)?;
    root.append_child(&view)?;
    super::sidebar::on_key(&view, |key| {
        if key == "Escape" {
            super::toggle_reader()?;
            return Ok(true);
        }
        Ok(false)
    })?;
    if let Some(sidebar) = doc.get_element_by_id(crate::page::from_dom::SIDEBAR_HOST_ID) {
        place(&host, &sidebar)?;
    }
    doc.document_element()
        .ok_or_else(|| JsValue::from_str("the page has no root element"))?
        .append_child(&host)?;
    if let Some(view) = view.dyn_ref::<HtmlElement>() {
        let _ = view.focus();
    }
    Ok(host)
}

/// Keeps the reader beside the sidebar when the sidebar moves, resizes or collapses.
pub fn follow_sidebar(sidebar: &Element) {
    if let Some(host) = sidebar
        .owner_document()
        .and_then(|d| d.get_element_by_id(READER_HOST_ID))
    {
        let _ = place(&host, sidebar);
    }
}

fn place(host: &Element, sidebar: &Element) -> Result<(), JsValue> {
    let side = if sidebar.has_attribute("data-collapsed") {
        "none"
    } else if sidebar.get_attribute("data-dock").as_deref() == Some("left") {
        "left"
    } else {
        "right"
    };
    host.set_attribute("data-beside", side)?;
    if let Some(host) = host.dyn_ref::<HtmlElement>() {
        host.style().set_property(
            "--lede-width",
            &format!("{}px", settings::preferences().sidebar_width()),
        )?;
    }
    Ok(())
}

/// One group of settings buttons, each showing whether it is the current choice.
struct Choice {
    /// The attribute on `.reader`.
    attribute: &'static str,
    /// The group's accessible name.
    label: &'static str,
    /// Value, visible text key (or the text itself), label key.
    options: &'static [(&'static str, &'static str, &'static str)],
    /// Saves a chosen value.
    save: fn(&mut Preferences, &str),
}

const CHOICES: &[Choice] = &[
    Choice {
        attribute: "data-font",
        label: "readerFont",
        options: &[
            ("serif", "readerSerif", "readerSerifLabel"),
            ("sans", "readerSans", "readerSansLabel"),
            ("readable", "readerReadable", "readerReadableLabel"),
        ],
        save: |p, v| p.font = Some(v.to_string()),
    },
    Choice {
        attribute: "data-size",
        label: "readerSize",
        options: &[
            ("1", "A−−", "optionsSizeSmallest"),
            ("2", "A−", "optionsSizeSmall"),
            ("3", "A", "optionsSizeNormal"),
            ("4", "A+", "optionsSizeLarge"),
            ("5", "A++", "optionsSizeLargest"),
        ],
        save: |p, v| p.size = v.parse().ok(),
    },
    Choice {
        attribute: "data-leading",
        label: "readerLeading",
        options: &[
            ("tight", "≡−", "readerLeadingTight"),
            ("normal", "≡", "readerLeadingNormal"),
            ("loose", "≡+", "readerLeadingLoose"),
        ],
        save: |p, v| p.leading = Some(v.to_string()),
    },
    Choice {
        attribute: "data-measure",
        label: "readerMeasure",
        options: &[
            ("narrow", "readerNarrow", "readerNarrowLabel"),
            ("medium", "readerMedium", "readerMediumLabel"),
            ("wide", "readerWide", "readerWideLabel"),
        ],
        save: |p, v| p.measure = Some(v.to_string()),
    },
    Choice {
        attribute: "data-theme",
        label: "readerTheme",
        options: &[
            ("auto", "readerAuto", "readerAutoLabel"),
            ("light", "readerLight", "readerLightLabel"),
            ("sepia", "readerSepia", "readerSepiaLabel"),
            ("dark", "readerDark", "readerDarkLabel"),
        ],
        save: |p, v| p.theme = Some(v.to_string()),
    },
];

/// Typeface, size, spacing, column, theme and close controls.
fn toolbar(ui: &Ui, view: &Element) -> Result<Element, JsValue> {
    let bar = ui.el("div", Some("controls"))?;
    bar.set_attribute("role", "toolbar")?;
    bar.set_attribute("aria-label", &t("readerSettings"))?;
    for choice in CHOICES {
        let group = ui.el("span", Some("group"))?;
        group.set_attribute("role", "group")?;
        group.set_attribute("aria-label", &t(choice.label))?;
        let current = view.get_attribute(choice.attribute).unwrap_or_default();
        for &(value, text, label) in choice.options {
            let text = if text.starts_with("reader") {
                t(text)
            } else {
                text.to_string()
            };
            let (view, in_group, attribute, save) =
                (view.clone(), group.clone(), choice.attribute, choice.save);
            let button = ui.button("control", &text, &t(label), move || {
                view.set_attribute(attribute, value)?;
                settings::update(|p| save(p, value));
                press(&in_group, value)
            })?;
            button.set_attribute("data-setting", &format!("{}={value}", choice.attribute))?;
            button.set_attribute("data-value", value)?;
            button.set_attribute(
                "aria-pressed",
                if current == value { "true" } else { "false" },
            )?;
            group.append_child(&button)?;
        }
        bar.append_child(&group)?;
    }
    let close = ui.button(
        "control close",
        &t("readerClose"),
        &t("readerCloseLabel"),
        || super::toggle_reader().map(|_| ()),
    )?;
    close.set_attribute("data-lede", "close-reader")?;
    bar.append_child(&close)?;
    Ok(bar)
}

/// Marks the button for `value` as the group's current choice.
fn press(group: &Element, value: &str) -> Result<(), JsValue> {
    let buttons = group.query_selector_all("[data-value]")?;
    for i in 0..buttons.length() {
        if let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let on = b.get_attribute("data-value").as_deref() == Some(value);
            b.set_attribute("aria-pressed", if on { "true" } else { "false" })?;
        }
    }
    Ok(())
}

/// The story: its header, a table of contents when it is long, then the sanitised
/// article.
fn article(ui: &Ui, analysis: &Analysis) -> Result<Element, JsValue> {
    let meta = &analysis.metadata;
    let article = ui.el("article", None)?;
    if let Some(lang) = &meta.lang {
        article.set_attribute("lang", lang)?;
    }
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
    let credits = ui.text_el("p", Some("credits"), &credits.join(" · "))?;
    credits.set_attribute("data-lede", "reader-credits")?;
    header.append_child(&credits)?;
    article.append_child(&header)?;

    let body = ui.el("div", Some("body"))?;
    body.set_attribute("data-lede", "reader-body")?;
    let parsed = DomParser::new()?.parse_from_string(&analysis.html, SupportedType::TextHtml)?;
    if let Some(source) = parsed.body() {
        if super::from_snapshot() {
            // Before the nodes join a live document, where images start loading.
            drop_media(&source)?;
        }
        while let Some(child) = source.first_child() {
            body.append_child(ui.doc.adopt_node(&child)?.as_ref())?;
        }
    }
    drop_repeated_title(&body, meta.title.as_deref())?;
    if let Some(toc) = contents(ui, &body)? {
        article.append_child(&toc)?;
    }
    article.append_child(&body)?;
    Ok(article)
}

/// Removes the story's images and media in the extension's reader page: loading them
/// there would be a request of the extension's own to the site. Their captions stay; a
/// figure left with no text goes.
fn drop_media(body: &Element) -> Result<(), JsValue> {
    let media = body.query_selector_all("img, picture, video, audio, source, track")?;
    for i in 0..media.length() {
        if let Some(node) = media.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            node.remove();
        }
    }
    let figures = body.query_selector_all("figure")?;
    for i in 0..figures.length() {
        if let Some(figure) = figures.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            if figure.text_content().unwrap_or_default().trim().is_empty() {
                figure.remove();
            }
        }
    }
    Ok(())
}

/// Removes the story's own headline from the top of the reader's copy of the body: the
/// reader's header already shows it.
fn drop_repeated_title(body: &Element, title: Option<&str>) -> Result<(), JsValue> {
    let (Some(first), Some(title)) = (body.first_element_child(), title) else {
        return Ok(());
    };
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let heading = matches!(
        first.tag_name().to_ascii_lowercase().as_str(),
        "h1" | "h2" | "h3"
    );
    if heading && words(&first.text_content().unwrap_or_default()) == words(title) {
        first.remove();
    }
    Ok(())
}

/// A table of contents from the story's `h2` and `h3` headings, or `None` for a short
/// story. Its links scroll the reader to the heading; the page's address never changes.
fn contents(ui: &Ui, body: &Element) -> Result<Option<Element>, JsValue> {
    let headings = body.query_selector_all("h2, h3")?;
    if (headings.length() as usize) < TOC_MIN_HEADINGS {
        return Ok(None);
    }
    let nav = ui.el("nav", Some("toc"))?;
    nav.set_attribute("aria-label", &t("readerContents"))?;
    nav.set_attribute("data-lede", "reader-toc")?;
    nav.append_child(ui.text_el("h2", None, &t("readerContents"))?.as_ref())?;
    let list = ui.el("ol", None)?;
    // `h3`s go in a list of their own under the `h2` before them.
    let mut section: Option<(Element, Option<Element>)> = None;
    for i in 0..headings.length() {
        let Some(heading) = headings.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let text = heading.text_content().unwrap_or_default();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        let id = format!("lede-section-{i}");
        heading.set_id(&id);
        heading.set_attribute("tabindex", "-1")?;
        let item = ui.el("li", None)?;
        let link = ui.text_el("a", None, &text)?;
        link.set_attribute("href", &format!("#{id}"))?;
        scroll_on_click(&link, &heading)?;
        item.append_child(&link)?;
        let sub = heading.tag_name().eq_ignore_ascii_case("h3");
        match (&mut section, sub) {
            (Some((parent, sublist)), true) => {
                let inner = match sublist {
                    Some(inner) => inner.clone(),
                    None => {
                        let inner = ui.el("ol", None)?;
                        parent.append_child(&inner)?;
                        *sublist = Some(inner.clone());
                        inner
                    }
                };
                inner.append_child(&item)?;
            }
            _ => {
                list.append_child(&item)?;
                section = Some((item, None));
            }
        }
    }
    nav.append_child(&list)?;
    Ok(Some(nav))
}

/// Makes a contents link scroll the reader to `target` and focus it.
fn scroll_on_click(link: &Element, target: &Element) -> Result<(), JsValue> {
    let target = target.clone();
    listen(link, "click", move |event| {
        // The heading is in Lede's shadow root: following the link would change the
        // page's address and find nothing.
        event.prevent_default();
        let options = ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        options.set_behavior(ScrollBehavior::Instant);
        target.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(h) = target.dyn_ref::<HtmlElement>() {
            let _ = h.focus();
        }
        Ok(())
    })
}

/// "6 min read" for the story's word count.
fn reading_time(text: &str) -> String {
    let words = text.split_whitespace().count();
    let minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);
    tf("readerMinutes", &[("count", &minutes.to_string())])
}
