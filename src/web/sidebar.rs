//! The sidebar: who is in the story and who said what, in a shadow root so that the
//! page's styles cannot reach it and its styles cannot reach the page.
//!
//! It docks to either edge, collapses to its bar and is resized by its inner edge
//! (pointer or arrow keys); those choices go to the extension as preferences
//! (`settings`). Escape closes it, which turns clean reading off.

mod lists;

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::analysis::Analysis;
use crate::page::from_dom::SIDEBAR_HOST_ID;
use crate::present::{Dock, Preferences, SIDEBAR_WIDTH};

use super::dom::{add_styles, human_date, listen, Ui};
use super::settings::{self, t};

/// The panel's look, shared by the page sidebar and the demo page.
const PANEL_CSS: &str = include_str!("sidebar.css");

/// Pins the host to an edge of the viewport, above everything on the page.
const HOST_CSS: &str = ":host{all:initial!important;position:fixed!important;top:0!important;\
right:0!important;left:auto!important;bottom:0!important;\
width:min(var(--lede-width,380px),92vw)!important;\
z-index:2147483647!important;display:block!important}\
:host([data-dock=left]){left:0!important;right:auto!important}\
:host([data-collapsed]){bottom:auto!important}";

/// How far one arrow key press resizes the panel, in CSS pixels.
const RESIZE_STEP: u32 = 20;

/// Opens the sidebar for `analysis` on the live page; returns its host element.
pub fn open(doc: &Document, analysis: &Analysis) -> Result<Element, JsValue> {
    let host = doc.create_element("lede-sidebar")?;
    host.set_id(SIDEBAR_HOST_ID);
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    layout(&host, analysis.metadata.dir.as_deref())?;
    render(doc, &root, analysis, Some(&host))?;
    label_tools(&host)?;
    doc.document_element()
        .ok_or_else(|| JsValue::from_str("the page has no root element"))?
        .append_child(&host)?;
    if let Some(panel) = root
        .query_selector(".panel")?
        .and_then(|p| p.dyn_into::<HtmlElement>().ok())
    {
        // Keyboard users land in the panel they just opened.
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"preventScroll".into(), &JsValue::TRUE)?;
        let focus: js_sys::Function = js_sys::Reflect::get(&panel, &"focus".into())?.dyn_into()?;
        let _ = focus.call1(&panel, &options);
    }
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
    render(&doc, &root, analysis, None)
}

/// Applies the saved dock side, width and collapse to the host.
fn layout(host: &Element, dir: Option<&str>) -> Result<(), JsValue> {
    let prefs = settings::preferences();
    let dock = match prefs.dock_for(dir) {
        Dock::Left => "left",
        Dock::Right => "right",
    };
    host.set_attribute("data-dock", dock)?;
    if prefs.collapsed {
        host.set_attribute("data-collapsed", "")?;
    } else {
        host.remove_attribute("data-collapsed")?;
    }
    if let Some(host) = host.dyn_ref::<HtmlElement>() {
        host.style()
            .set_property("--lede-width", &format!("{}px", prefs.sidebar_width()))?;
    }
    super::reader::follow_sidebar(host);
    Ok(())
}

fn render(
    doc: &Document,
    root: &ShadowRoot,
    analysis: &Analysis,
    host: Option<&Element>,
) -> Result<(), JsValue> {
    let ui = PanelUi {
        ui: Ui { doc },
        analysis: Rc::new(analysis.clone()),
        host: host.cloned(),
    };
    let css = if host.is_some() {
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
    panel.set_attribute("aria-label", &t("sidebarLabel"))?;
    panel.set_attribute("lang", &settings::language())?;
    panel.set_attribute("tabindex", "-1")?;
    panel.append_child(ui.header(analysis)?.as_ref())?;
    let status = ui.el("p", Some("status"))?;
    status.set_attribute("role", "status")?;
    status.set_attribute("aria-live", "polite")?;
    status.set_attribute("data-lede", "status")?;
    panel.append_child(&status)?;
    panel.append_child(ui.story(analysis)?.as_ref())?;
    if analysis.is_article {
        ui.lists(&panel, &status)?;
    }
    root.append_child(&panel)?;
    if let Some(host) = host {
        root.append_child(ui.resize_handle(host)?.as_ref())?;
        on_key(&panel, |key| {
            if key == "Escape" {
                super::toggle().map(|_| ())?;
            }
            Ok(false)
        })?;
    }
    Ok(())
}

/// Calls `handle(key)` on each key press in `target`; when it returns true the
/// browser's own action for the key is prevented.
pub(super) fn on_key(
    target: &Element,
    handle: impl Fn(&str) -> Result<bool, JsValue> + 'static,
) -> Result<(), JsValue> {
    listen(target, "keydown", move |event| {
        let key = js_sys::Reflect::get(&event, &"key".into())
            .ok()
            .and_then(|k| k.as_string())
            .unwrap_or_default();
        if handle(&key)? {
            event.prevent_default();
        }
        Ok(())
    })
}

/// Builds the panel's parts.
struct PanelUi<'a> {
    ui: Ui<'a>,
    analysis: Rc<Analysis>,
    /// The sidebar's host on the live page; `None` on the demo page, where the panel
    /// only shows the analysis.
    host: Option<Element>,
}

impl<'a> std::ops::Deref for PanelUi<'a> {
    type Target = Ui<'a>;
    fn deref(&self) -> &Ui<'a> {
        &self.ui
    }
}

impl PanelUi<'_> {
    fn header(&self, analysis: &Analysis) -> Result<Element, JsValue> {
        let bar = self.el("div", Some("bar"))?;
        bar.append_child(self.text_el("span", Some("brand"), "Lede")?.as_ref())?;
        let verdict = if analysis.is_article {
            t("sidebarArticle")
        } else {
            t("sidebarNotArticle")
        };
        bar.append_child(self.text_el("span", Some("verdict"), &verdict)?.as_ref())?;
        let Some(host) = &self.host else {
            return Ok(bar);
        };
        let tools = self.el("span", Some("tools"))?;
        let dir = analysis.metadata.dir.clone();
        let dock = {
            let (host, dir) = (host.clone(), dir.clone());
            self.button("tool", "⇆", &t("sidebarDockLeft"), move || {
                settings::update(|p| {
                    let next = match p.dock_for(dir.as_deref()) {
                        Dock::Left => Dock::Right,
                        Dock::Right => Dock::Left,
                    };
                    // The page's own side is kept as "follow the page", so moving the
                    // panel back also restores the side right-to-left pages get.
                    let natural = Preferences::default().dock_for(dir.as_deref());
                    p.dock = (next != natural).then_some(next);
                });
                layout(&host, dir.as_deref())?;
                label_tools(&host)
            })?
        };
        dock.set_attribute("data-lede", "dock")?;
        tools.append_child(&dock)?;
        let collapse = {
            let (host, dir) = (host.clone(), dir.clone());
            self.button("tool", "▁", &t("sidebarCollapse"), move || {
                settings::update(|p| p.collapsed = !p.collapsed);
                layout(&host, dir.as_deref())?;
                label_tools(&host)
            })?
        };
        collapse.set_attribute("data-lede", "collapse")?;
        collapse.set_attribute("aria-expanded", "true")?;
        tools.append_child(&collapse)?;
        let close = self.button("tool close", "×", &t("sidebarClose"), || {
            super::toggle().map(|_| ())
        })?;
        close.set_attribute("data-lede", "close")?;
        tools.append_child(&close)?;
        bar.append_child(&tools)?;
        Ok(bar)
    }

    fn story(&self, analysis: &Analysis) -> Result<Element, JsValue> {
        let section = self.el("section", Some("story"))?;
        let meta = &analysis.metadata;
        if !analysis.is_article {
            let note = self.text_el("p", Some("notice"), &t("sidebarNoArticle"))?;
            note.set_attribute("data-lede", "notice")?;
            section.append_child(&note)?;
        }
        let field = |tag: &str, name: &str, value: Option<&str>| {
            let e = self.text_el(tag, Some(name), value.unwrap_or(""))?;
            e.set_attribute("data-lede", name)?;
            e.set_attribute("dir", "auto")?;
            if value.is_none() {
                e.set_attribute("hidden", "")?;
            }
            Ok::<_, JsValue>(e)
        };
        section.append_child(field("p", "site", meta.site_name.as_deref())?.as_ref())?;
        let title = field("h1", "title", meta.title.as_deref())?;
        if let Some(lang) = &meta.lang {
            title.set_attribute("lang", lang)?;
        }
        section.append_child(&title)?;
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
        if self.host.is_some() && analysis.is_article && !super::from_snapshot() {
            let reader = self.button(
                "reader-button",
                &t("sidebarReaderButton"),
                &t("sidebarReaderButtonLabel"),
                || super::toggle_reader().map(|_| ()),
            )?;
            reader.set_attribute("data-lede", "reader-button")?;
            section.append_child(&reader)?;
        }
        Ok(section)
    }

    /// The inner edge of the panel: drag it, or focus it and use the arrow keys.
    fn resize_handle(&self, host: &Element) -> Result<Element, JsValue> {
        let handle = self.el("div", Some("resize"))?;
        handle.set_attribute("role", "separator")?;
        handle.set_attribute("aria-orientation", "vertical")?;
        handle.set_attribute("aria-label", &t("sidebarResize"))?;
        handle.set_attribute("tabindex", "0")?;
        handle.set_attribute("data-lede", "resize")?;
        handle.set_attribute("aria-valuemin", &SIDEBAR_WIDTH.0.to_string())?;
        handle.set_attribute("aria-valuemax", &SIDEBAR_WIDTH.1.to_string())?;
        let dir = self.analysis.metadata.dir.clone();
        let set_width = {
            let (host, handle, dir) = (host.clone(), handle.clone(), dir.clone());
            move |width: u32| -> Result<(), JsValue> {
                settings::update(|p| p.width = Some(width));
                let width = settings::preferences().sidebar_width();
                handle.set_attribute("aria-valuenow", &width.to_string())?;
                layout(&host, dir.as_deref())
            }
        };
        handle.set_attribute(
            "aria-valuenow",
            &settings::preferences().sidebar_width().to_string(),
        )?;
        let keys = {
            let (set_width, dir) = (set_width.clone(), dir.clone());
            move |key: &str| {
                let prefs = settings::preferences();
                let width = prefs.sidebar_width();
                // The key that moves the inner edge outwards widens the panel.
                let wider = match prefs.dock_for(dir.as_deref()) {
                    Dock::Right => "ArrowLeft",
                    Dock::Left => "ArrowRight",
                };
                let narrower = if wider == "ArrowLeft" {
                    "ArrowRight"
                } else {
                    "ArrowLeft"
                };
                if key == wider {
                    set_width(width + RESIZE_STEP)?;
                } else if key == narrower {
                    set_width(width.saturating_sub(RESIZE_STEP))?;
                } else {
                    return Ok(false);
                }
                Ok(true)
            }
        };
        on_key(&handle, keys)?;
        drag(&handle, move |x| {
            let Some(window) = web_sys::window() else {
                return Ok(());
            };
            let inner = window.inner_width()?.as_f64().unwrap_or(0.0);
            let width = match settings::preferences().dock_for(dir.as_deref()) {
                Dock::Right => inner - x,
                Dock::Left => x,
            };
            set_width(width.max(0.0) as u32)
        })?;
        Ok(handle)
    }
}

/// Calls `moved(clientX)` while the pointer drags `handle`.
fn drag(
    handle: &Element,
    moved: impl Fn(f64) -> Result<(), JsValue> + 'static,
) -> Result<(), JsValue> {
    let own = handle.clone();
    listen(handle, "pointerdown", move |event| {
        let id = js_sys::Reflect::get(&event, &"pointerId".into()).unwrap_or_default();
        let capture = js_sys::Reflect::get(&own, &"setPointerCapture".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(capture) = capture {
            let _ = capture.call1(&own, &id);
        }
        own.set_attribute("data-dragging", "")
    })?;
    let own = handle.clone();
    listen(handle, "pointermove", move |event| {
        if !own.has_attribute("data-dragging") {
            return Ok(());
        }
        let x = js_sys::Reflect::get(&event, &"clientX".into())
            .ok()
            .and_then(|x| x.as_f64());
        x.map_or(Ok(()), &moved)
    })?;
    for name in ["pointerup", "pointercancel"] {
        let own = handle.clone();
        listen(handle, name, move |_| own.remove_attribute("data-dragging"))?;
    }
    Ok(())
}

/// Names the dock and collapse buttons for what they would do now.
fn label_tools(host: &Element) -> Result<(), JsValue> {
    let Some(root) = host.shadow_root() else {
        return Ok(());
    };
    let set = |selector: &str, label: &str| -> Result<(), JsValue> {
        if let Some(b) = root.query_selector(selector)? {
            b.set_attribute("aria-label", label)?;
            b.set_attribute("title", label)?;
        }
        Ok(())
    };
    let left = host.get_attribute("data-dock").as_deref() == Some("left");
    set(
        "[data-lede=dock]",
        &t(if left {
            "sidebarDockRight"
        } else {
            "sidebarDockLeft"
        }),
    )?;
    let collapsed = host.has_attribute("data-collapsed");
    set(
        "[data-lede=collapse]",
        &t(if collapsed {
            "sidebarExpand"
        } else {
            "sidebarCollapse"
        }),
    )?;
    if let Some(b) = root.query_selector("[data-lede=collapse]")? {
        b.set_attribute("aria-expanded", if collapsed { "false" } else { "true" })?;
        b.set_text_content(Some(if collapsed { "▢" } else { "▁" }));
    }
    Ok(())
}
