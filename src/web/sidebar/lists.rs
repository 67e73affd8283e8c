//! The sidebar's lists: people, organisations and places with their mentions; quotes
//! grouped by speaker; copying a quote as a citation and all quotes as Markdown.
//!
//! Every item is a button, so Tab reaches it and Enter or Space uses it. Choosing one
//! highlights its words in the page (`locate`) and says what happened in the panel's
//! status line, which assistive technology reads out.

use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::analysis::{Actor, Analysis};
use crate::present::{citation, group_by_speaker, quotes_markdown, Source};

use super::super::locate;
use super::super::settings::{self, count, t, tf};
use super::PanelUi;
use crate::text::ToLower;

impl PanelUi<'_> {
    /// Appends the people, organisations, places and quotes sections to `panel`.
    pub(super) fn lists(&self, panel: &Element, status: &Element) -> Result<(), JsValue> {
        let a = Rc::clone(&self.analysis);
        for (heading, key, empty, actors) in [
            ("sidebarPeople", "people", "sidebarNobody", &a.people),
            (
                "sidebarOrganizations",
                "organizations",
                "sidebarNoOrganizations",
                &a.organizations,
            ),
            ("sidebarPlaces", "places", "sidebarNoPlaces", &a.places),
        ] {
            panel.append_child(
                self.actors_section(&t(heading), key, &t(empty), actors, status)?
                    .as_ref(),
            )?;
        }
        panel.append_child(self.quotes_section(status)?.as_ref())?;
        Ok(())
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
        empty: &str,
        actors: &[Actor],
        status: &Element,
    ) -> Result<Element, JsValue> {
        let (section, body) = self.section(heading, key, actors.len())?;
        if actors.is_empty() {
            body.append_child(self.empty_note(empty)?.as_ref())?;
            return Ok(section);
        }
        let list = self.el("ul", None)?;
        for (index, actor) in actors.iter().enumerate() {
            let item = self.el("li", None)?;
            let selector = format!("[data-lede={key}] [data-index=\"{index}\"]");
            let mentions = count("sidebarMentions", actor.mentions);
            let entry = if self.host.is_some() {
                let names: Vec<String> = std::iter::once(actor.name.clone())
                    .chain(actor.aliases.iter().cloned())
                    .collect();
                let (doc, status) = (self.doc.clone(), status.clone());
                let b = self.button(
                    "actor",
                    "",
                    &tf("sidebarShowMentions", &[("name", &actor.name)]),
                    move || {
                        let ranges = locate::name_ranges(&doc, &names);
                        let shown = locate::show(&doc, locate::MENTION, &ranges);
                        mark_current(&status, &selector)?;
                        say(
                            &status,
                            &if shown {
                                tf(
                                    "sidebarMentionsShown",
                                    &[("count", &ranges.len().to_string())],
                                )
                            } else {
                                t("sidebarNotFound")
                            },
                        )
                    },
                )?;
                // Its name is what it shows (name, mentions, role); the label stays
                // as the tooltip.
                b.remove_attribute("aria-label")?;
                b.set_attribute("data-lede", "actor")?;
                b.set_attribute("data-index", &index.to_string())?;
                b
            } else {
                self.el("div", Some("actor"))?
            };
            let name = self.text_el("span", Some("name"), &actor.name)?;
            name.set_attribute("dir", "auto")?;
            entry.append_child(&name)?;
            entry.append_child(self.text_el("span", Some("mentions"), &mentions)?.as_ref())?;
            if let Some(role) = &actor.role {
                let role = self.text_el("span", Some("role"), role)?;
                role.set_attribute("dir", "auto")?;
                entry.append_child(&role)?;
            }
            item.append_child(&entry)?;
            list.append_child(&item)?;
        }
        body.append_child(&list)?;
        Ok(section)
    }

    fn quotes_section(&self, status: &Element) -> Result<Element, JsValue> {
        let analysis = Rc::clone(&self.analysis);
        let quotes = &analysis.quotes;
        let (section, body) = self.section(&t("sidebarQuotes"), "quotes", quotes.len())?;
        if quotes.is_empty() {
            body.append_child(self.empty_note(&t("sidebarNoQuotes"))?.as_ref())?;
            return Ok(section);
        }
        for group in group_by_speaker(quotes) {
            let block = self.el("div", Some("speaker-group"))?;
            block.set_attribute("data-lede", "speaker-group")?;
            let heading = self.el("h3", None)?;
            let name = group
                .speaker
                .map_or_else(|| t("sidebarUnattributed"), str::to_string);
            let name_el = self.text_el("span", Some("name"), &name)?;
            name_el.set_attribute("dir", "auto")?;
            name_el.set_attribute("data-lede", "speaker")?;
            heading.append_child(&name_el)?;
            heading.append_child(
                self.text_el(
                    "span",
                    Some("count"),
                    &count("sidebarQuotes", group.quotes.len()),
                )?
                .as_ref(),
            )?;
            if let Some(role) = group.role {
                let role = self.text_el("span", Some("role"), role)?;
                role.set_attribute("dir", "auto")?;
                heading.append_child(&role)?;
            }
            block.append_child(&heading)?;
            let list = self.el("ul", None)?;
            for &i in &group.quotes {
                list.append_child(self.quote_item(i, status)?.as_ref())?;
            }
            block.append_child(&list)?;
            body.append_child(&block)?;
        }
        if self.host.is_some() {
            body.append_child(self.export(status)?.as_ref())?;
        }
        Ok(section)
    }

    fn quote_item(&self, index: usize, status: &Element) -> Result<Element, JsValue> {
        let quote = &self.analysis.quotes[index];
        let item = self.el("li", Some("quote-item"))?;
        let words = self.text_el("q", None, &quote.text)?;
        words.set_attribute("dir", "auto")?;
        if self.host.is_none() {
            item.append_child(&words)?;
            return Ok(item);
        }
        let show = {
            let (doc, status, text) = (self.doc.clone(), status.clone(), quote.text.clone());
            self.button("quote", "", &t("sidebarShowQuote"), move || {
                let ranges = locate::quote_ranges(&doc, &text);
                let shown = locate::show(&doc, locate::QUOTE, &ranges);
                mark_current(
                    &status,
                    &format!("[data-lede=quote][data-index=\"{index}\"]"),
                )?;
                say(
                    &status,
                    &t(if shown {
                        "sidebarQuoteShown"
                    } else {
                        "sidebarNotFound"
                    }),
                )
            })?
        };
        show.remove_attribute("aria-label")?;
        show.set_attribute("data-lede", "quote")?;
        show.set_attribute("data-index", &index.to_string())?;
        show.append_child(&words)?;
        item.append_child(&show)?;
        let copy = {
            let (analysis, status, root) =
                (Rc::clone(&self.analysis), status.clone(), item.clone());
            let url = self.doc.url().ok();
            self.button(
                "copy",
                &t("sidebarCopyQuote"),
                &t("sidebarCopyQuoteLabel"),
                move || {
                    let source = Source {
                        metadata: &analysis.metadata,
                        url: url.as_deref(),
                    };
                    let text = citation(&analysis.quotes[index], &source, &settings::messages());
                    copy_text(&root, &text, &status)
                },
            )?
        };
        copy.set_attribute("data-lede", "copy-quote")?;
        item.append_child(&copy)?;
        Ok(item)
    }

    fn export(&self, status: &Element) -> Result<Element, JsValue> {
        let row = self.el("div", Some("export"))?;
        let markdown = {
            let analysis = Rc::clone(&self.analysis);
            let url = self.doc.url().ok();
            move || markdown_of(&analysis, url.as_deref())
        };
        let copy = {
            let (markdown, status, root) = (markdown.clone(), status.clone(), row.clone());
            self.button(
                "export-button",
                &t("sidebarExportCopy"),
                &t("sidebarExportCopy"),
                move || copy_text(&root, &markdown(), &status),
            )?
        };
        copy.set_attribute("data-lede", "export-copy")?;
        row.append_child(&copy)?;
        let download = {
            let (doc, row) = (self.doc.clone(), row.clone());
            let title = self.analysis.metadata.title.clone();
            self.button(
                "export-button",
                &t("sidebarExportDownload"),
                &t("sidebarExportDownload"),
                move || {
                    let link = doc.create_element("a")?;
                    let url = markdown_blob_url(&markdown())?;
                    link.set_attribute("href", &url)?;
                    link.set_attribute("download", &file_name(title.as_deref()))?;
                    link.set_attribute("hidden", "")?;
                    row.append_child(&link)?;
                    if let Some(link) = link.dyn_ref::<HtmlElement>() {
                        link.click();
                    }
                    link.remove();
                    revoke_later(url);
                    Ok(())
                },
            )?
        };
        download.set_attribute("data-lede", "export-download")?;
        row.append_child(&download)?;
        Ok(row)
    }
}

fn markdown_of(analysis: &Analysis, url: Option<&str>) -> String {
    let source = Source {
        metadata: &analysis.metadata,
        url,
    };
    quotes_markdown(&analysis.quotes, &source, &settings::messages())
}

/// `quotes-<title words>.md`, letters and digits only.
fn file_name(title: Option<&str>) -> String {
    let words: Vec<String> = title
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(ToLower::to_lower)
        .collect();
    if words.is_empty() {
        "quotes.md".to_string()
    } else {
        format!("quotes-{}.md", words.join("-"))
    }
}

fn markdown_blob_url(text: &str) -> Result<String, JsValue> {
    let global = js_sys::global();
    let blob_type: Function = Reflect::get(&global, &"Blob".into())?.dyn_into()?;
    let options = js_sys::Object::new();
    Reflect::set(
        &options,
        &"type".into(),
        &"text/markdown;charset=utf-8".into(),
    )?;
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = Reflect::construct(&blob_type, &Array::of2(&parts, &options))?;
    let url = Reflect::get(&global, &"URL".into())?;
    let create: Function = Reflect::get(&url, &"createObjectURL".into())?.dyn_into()?;
    create
        .call1(&url, &blob)?
        .as_string()
        .ok_or_else(|| JsValue::from_str("no object URL"))
}

fn revoke_later(object_url: String) {
    let revoke = Closure::once_into_js(move || {
        let global = js_sys::global();
        if let Ok(url) = Reflect::get(&global, &"URL".into()) {
            if let Ok(f) = Reflect::get(&url, &"revokeObjectURL".into()) {
                if let Ok(f) = f.dyn_into::<Function>() {
                    let _ = f.call1(&url, &JsValue::from_str(&object_url));
                }
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// Writes the status line.
fn say(status: &Element, text: &str) -> Result<(), JsValue> {
    status.set_text_content(Some(text));
    Ok(())
}

/// Marks the item matching `selector` as the one shown in the page (`aria-current`),
/// and no other.
fn mark_current(status: &Element, selector: &str) -> Result<(), JsValue> {
    let root = status.get_root_node();
    let Some(root) = root.dyn_ref::<web_sys::ShadowRoot>() else {
        return Ok(());
    };
    if let Some(old) = root.query_selector("[aria-current]")? {
        old.remove_attribute("aria-current")?;
    }
    if let Some(item) = root.query_selector(selector)? {
        item.set_attribute("aria-current", "true")?;
    }
    Ok(())
}

/// Copies `text` with the asynchronous clipboard, or, where the browser refuses it,
/// with a selected text field inside Lede's panel; says how it went.
fn copy_text(near: &Element, text: &str, status: &Element) -> Result<(), JsValue> {
    let fallback = {
        let (near, text, status) = (near.clone(), text.to_string(), status.clone());
        move || {
            let copied = copy_by_selection(&near, &text).unwrap_or(false);
            let _ = say(
                &status,
                &t(if copied {
                    "sidebarCopied"
                } else {
                    "sidebarCopyFailed"
                }),
            );
        }
    };
    let write = web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|clipboard| {
            let f: Function = Reflect::get(&clipboard, &"writeText".into())
                .ok()?
                .dyn_into()
                .ok()?;
            f.call1(&clipboard, &JsValue::from_str(text))
                .ok()?
                .dyn_into::<Promise>()
                .ok()
        });
    let Some(promise) = write else {
        fallback();
        return Ok(());
    };
    let done = {
        let status = status.clone();
        Closure::once_into_js(move |_: JsValue| {
            let _ = say(&status, &t("sidebarCopied"));
        })
    };
    let failed = Closure::once_into_js(move |_: JsValue| fallback());
    // Through the same guard as the UI's listeners: a failure of the core in either
    // callback goes to the extension's failure handler, not the page.
    let (done, failed) = (
        crate::web::guarded(done.unchecked_ref()),
        crate::web::guarded(failed.unchecked_ref()),
    );
    let then: Function = Reflect::get(&promise, &"then".into())?.dyn_into()?;
    then.call2(&promise, &done, &failed)?;
    Ok(())
}

fn copy_by_selection(near: &Element, text: &str) -> Result<bool, JsValue> {
    let doc = near
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let field = doc.create_element("textarea")?;
    field.set_attribute("class", "copy-buffer")?;
    field.set_text_content(Some(text));
    near.append_child(&field)?;
    let select: Function = Reflect::get(&field, &"select".into())?.dyn_into()?;
    select.call0(&field)?;
    let exec: Function = Reflect::get(&doc, &"execCommand".into())?.dyn_into()?;
    let copied = exec.call1(&doc, &"copy".into())?.as_bool().unwrap_or(false);
    field.remove();
    Ok(copied)
}
