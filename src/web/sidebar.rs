//! The sidebar: who is in the story and who said what, in a shadow root so that the
//! page's styles cannot reach it and its styles cannot reach the page.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::analysis::{Actor, Analysis, Quote};
use crate::page::from_dom::SIDEBAR_HOST_ID;

use super::dom::{add_styles, human_date, Ui};

/// The panel's look, shared by the page sidebar and the demo page.
const PANEL_CSS: &str = include_str!("sidebar.css");

/// Pins the host to the right edge of the viewport, above everything on the page.
const HOST_CSS: &str = ":host{all:initial!important;position:fixed!important;top:0!important;\
right:0!important;bottom:0!important;width:min(380px,92vw)!important;\
z-index:2147483647!important;display:block!important}";

/// Opens the sidebar for `analysis` on the live page; returns its host element.
pub fn open(doc: &Document, analysis: &Analysis) -> Result<Element, JsValue> {
    let host = doc.create_element("lede-sidebar")?;
    host.set_id(SIDEBAR_HOST_ID);
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    render(doc, &root, analysis, true)?;
    doc.document_element()
        .ok_or_else(|| JsValue::from_str("the page has no root element"))?
        .append_child(&host)?;
    Ok(host)
}

/// Renders the panel into `container`'s shadow root (created if needed).
pub fn render_into(container: &Element, analysis: &Analysis) -> Result<(), JsValue> {
    let doc = container
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the container is not in a document"))?;
    let root = match container.shadow_root() {
        Some(root) => root,
        None => container.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    while let Some(child) = root.first_child() {
        root.remove_child(&child)?;
    }
    render(&doc, &root, analysis, false)
}

fn render(
    doc: &Document,
    root: &ShadowRoot,
    analysis: &Analysis,
    pinned: bool,
) -> Result<(), JsValue> {
    let ui = PanelUi { ui: Ui { doc } };
    let css = if pinned {
        format!("{HOST_CSS}{PANEL_CSS}")
    } else {
        PANEL_CSS.to_string()
    };
    add_styles(doc, root, &css)?;
    let state = if analysis.is_article {
        "ready"
    } else {
        "not-article"
    };
    let panel = ui.el("div", Some("panel"))?;
    panel.set_attribute("data-lede-state", state)?;
    panel.set_attribute("role", "complementary")?;
    panel.set_attribute("aria-label", "Lede: who is in this story")?;
    panel.set_attribute("lang", "en")?;
    panel.append_child(ui.header(analysis, pinned)?.as_ref())?;
    panel.append_child(ui.story(analysis, pinned)?.as_ref())?;
    if analysis.is_article {
        panel.append_child(
            ui.actors_section("People", "people", &analysis.people)?
                .as_ref(),
        )?;
        panel.append_child(ui.quotes_section(&analysis.quotes)?.as_ref())?;
    }
    root.append_child(&panel)?;
    Ok(())
}

/// Builds the panel's parts.
struct PanelUi<'a> {
    ui: Ui<'a>,
}

impl<'a> std::ops::Deref for PanelUi<'a> {
    type Target = Ui<'a>;
    fn deref(&self) -> &Ui<'a> {
        &self.ui
    }
}

impl PanelUi<'_> {
    fn header(&self, analysis: &Analysis, pinned: bool) -> Result<Element, JsValue> {
        let bar = self.el("div", Some("bar"))?;
        bar.append_child(self.text_el("span", Some("brand"), "Lede")?.as_ref())?;
        let verdict = if analysis.is_article {
            "Article"
        } else {
            "Not an article"
        };
        bar.append_child(self.text_el("span", Some("verdict"), verdict)?.as_ref())?;
        if pinned {
            let close = self.button("close", "×", "Close Lede and restore the page", || {
                super::toggle().map(|_| ())
            })?;
            bar.append_child(&close)?;
        }
        Ok(bar)
    }

    fn story(&self, analysis: &Analysis, pinned: bool) -> Result<Element, JsValue> {
        let section = self.el("section", Some("story"))?;
        let meta = &analysis.metadata;
        if !analysis.is_article {
            let note = self.text_el(
                "p",
                Some("notice"),
                "No article found here. Lede shows the page as it is.",
            )?;
            note.set_attribute("data-lede", "notice")?;
            section.append_child(&note)?;
        }
        let field = |tag: &str, name: &str, value: Option<&str>| -> Result<Element, JsValue> {
            let e = self.text_el(tag, Some(name), value.unwrap_or(""))?;
            e.set_attribute("data-lede", name)?;
            if value.is_none() {
                e.set_attribute("hidden", "")?;
            }
            Ok(e)
        };
        section.append_child(field("p", "site", meta.site_name.as_deref())?.as_ref())?;
        section.append_child(field("h1", "title", meta.title.as_deref())?.as_ref())?;
        let line = self.el("p", Some("credits"))?;
        line.append_child(field("span", "byline", meta.byline.as_deref())?.as_ref())?;
        let published = field(
            "time",
            "published",
            meta.published.as_deref().map(human_date).as_deref(),
        )?;
        if let Some(date) = &meta.published {
            published.set_attribute("datetime", date)?;
        }
        line.append_child(&published)?;
        section.append_child(&line)?;
        if pinned && analysis.is_article {
            let reader = self.button(
                "reader-button",
                "Reader view",
                "Open the story in Lede's reader view",
                || super::toggle_reader().map(|_| ()),
            )?;
            reader.set_attribute("data-lede", "reader-button")?;
            section.append_child(&reader)?;
        }
        Ok(section)
    }

    fn empty_note(&self, text: &str) -> Result<Element, JsValue> {
        let note = self.text_el("p", Some("empty"), text)?;
        note.set_attribute("data-lede", "empty")?;
        Ok(note)
    }

    fn section(
        &self,
        heading: &str,
        key: &str,
        count: usize,
    ) -> Result<(Element, Element), JsValue> {
        let section = self.el("section", Some("list"))?;
        let h = self.text_el("h2", None, heading)?;
        let heading_id = format!("lede-{key}-heading");
        h.set_id(&heading_id);
        if count > 0 {
            h.append_child(
                self.text_el("span", Some("count"), &count.to_string())?
                    .as_ref(),
            )?;
        }
        section.set_attribute("aria-labelledby", &heading_id)?;
        section.append_child(&h)?;
        let body = self.el("div", None)?;
        body.set_attribute("data-lede", key)?;
        section.append_child(&body)?;
        Ok((section, body))
    }

    fn actors_section(
        &self,
        heading: &str,
        key: &str,
        actors: &[Actor],
    ) -> Result<Element, JsValue> {
        let (section, body) = self.section(heading, key, actors.len())?;
        if actors.is_empty() {
            body.append_child(
                self.empty_note("Nobody identified in this story yet.")?
                    .as_ref(),
            )?;
            return Ok(section);
        }
        let list = self.el("ul", None)?;
        for actor in actors {
            let item = self.el("li", None)?;
            item.append_child(self.text_el("span", Some("name"), &actor.name)?.as_ref())?;
            if let Some(role) = &actor.role {
                item.append_child(self.text_el("span", Some("role"), role)?.as_ref())?;
            }
            list.append_child(&item)?;
        }
        body.append_child(&list)?;
        Ok(section)
    }

    fn quotes_section(&self, quotes: &[Quote]) -> Result<Element, JsValue> {
        let (section, body) = self.section("Quotes", "quotes", quotes.len())?;
        if quotes.is_empty() {
            body.append_child(
                self.empty_note("No quotes found in this story yet.")?
                    .as_ref(),
            )?;
            return Ok(section);
        }
        let list = self.el("ul", None)?;
        for quote in quotes {
            let item = self.el("li", None)?;
            item.append_child(self.text_el("q", None, &quote.text)?.as_ref())?;
            if let Some(speaker) = &quote.speaker {
                item.append_child(self.text_el("span", Some("speaker"), speaker)?.as_ref())?;
            }
            list.append_child(&item)?;
        }
        body.append_child(&list)?;
        Ok(section)
    }
}
