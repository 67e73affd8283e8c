//! The wasm entry points: what the extension's content script and the demo page call.
//!
//! JavaScript only loads this module and forwards messages; the decisions (what to
//! hide, what the sidebar says) are made here.

mod dom;
mod hide;
mod locate;
mod reader;
mod settings;
mod sidebar;

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::page::from_dom;
use crate::{analyze, Analysis, Options};

/// What clean reading changed on the page, to be undone on the next toggle.
struct Active {
    hidden: hide::Hidden,
    sidebar: Element,
    analysis: Analysis,
    reader: Option<Element>,
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    static ON_STATE_CHANGE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static ON_PANIC: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static GUARD: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// Set in the extension's reader page, which shows a snapshot of another tab
    /// (`open_snapshot`) instead of working on its own document.
    static FROM_SNAPSHOT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True in the extension's reader page (`open_snapshot`): the reader is the page there,
/// and there is no page of its own to clean.
pub(crate) fn from_snapshot() -> bool {
    FROM_SNAPSHOT.with(std::cell::Cell::get)
}

/// Registers `callback(message)`, told a panic's message just before the core stops
/// (the call that panicked then throws a `WebAssembly.RuntimeError`). Without one, the
/// message goes to the console.
#[wasm_bindgen]
pub fn on_panic(callback: js_sys::Function) {
    ON_PANIC.with(|c| *c.borrow_mut() = Some(callback));
}

/// Registers `guard(listener) -> listener`, which wraps every event listener of Lede's
/// UI. A listener's error, or a failure of the core inside it, then reaches the guard
/// (the content script, which restores the page and shows the failure) instead of the
/// page.
#[wasm_bindgen]
pub fn set_guard(guard: js_sys::Function) {
    GUARD.with(|g| *g.borrow_mut() = Some(guard));
}

/// `listener` wrapped by the registered guard; itself when there is none (the demo).
pub(crate) fn guarded(listener: &js_sys::Function) -> js_sys::Function {
    GUARD
        .with(|g| {
            let guard = g.borrow();
            let wrapped = guard.as_ref()?.call1(&JsValue::NULL, listener).ok()?;
            wrapped.dyn_into::<js_sys::Function>().ok()
        })
        .unwrap_or_else(|| listener.clone())
}

/// Registers `callback(active: boolean)`, called whenever clean reading turns on or
/// off, including from the sidebar's own close button.
#[wasm_bindgen]
pub fn on_state_change(callback: js_sys::Function) {
    ON_STATE_CHANGE.with(|c| *c.borrow_mut() = Some(callback));
}

fn notify(active: bool) {
    ON_STATE_CHANGE.with(|c| {
        if let Some(callback) = c.borrow().as_ref() {
            // A failing listener must not undo the toggle itself.
            let _ = callback.call1(&JsValue::NULL, &JsValue::from_bool(active));
        }
    });
}

/// Gives Rust panics' messages to the `on_panic` callback, or to the console (the
/// extension's log for content scripts), instead of an anonymous `unreachable` trap.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = JsValue::from_str(&format!("Lede core: {info}"));
        let told = ON_PANIC
            .try_with(|c| match c.try_borrow().ok().as_deref() {
                Some(Some(callback)) => callback.call1(&JsValue::NULL, &message).is_ok(),
                _ => false,
            })
            .unwrap_or(false);
        if !told {
            web_sys::console::error_1(&message);
        }
    }));
}

fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document to read"))
}

fn analyse_live(doc: &Document) -> (from_dom::LivePage, Analysis) {
    let url = doc.url().ok();
    let live = from_dom::snapshot(doc, url);
    let analysis = analyze(&live.page, &Options::default());
    (live, analysis)
}

fn to_json(analysis: &Analysis) -> Result<String, JsValue> {
    Ok(analysis.to_json())
}

/// Turns clean reading on (hide boilerplate, open the sidebar) or off (restore the
/// page exactly). Returns whether it is now on.
#[wasm_bindgen]
pub fn toggle() -> Result<bool, JsValue> {
    if let Some(active) = ACTIVE.with(|a| a.borrow_mut().take()) {
        active.hidden.restore();
        if let Ok(doc) = document() {
            locate::clear(&doc);
        }
        active.sidebar.remove();
        if let Some(reader) = active.reader {
            reader.remove();
        }
        notify(false);
        return Ok(false);
    }
    if from_snapshot() {
        // The reader page's own document is not a story.
        return Ok(false);
    }
    let doc = document()?;
    let (live, analysis) = analyse_live(&doc);
    let hidden = if analysis.is_article {
        hide::Hidden::apply(&live, &analysis.boilerplate)
    } else {
        hide::Hidden::default()
    };
    let sidebar = match sidebar::open(&doc, &analysis) {
        Ok(sidebar) => sidebar,
        Err(e) => {
            hidden.restore();
            return Err(e);
        }
    };
    ACTIVE.with(|a| {
        *a.borrow_mut() = Some(Active {
            hidden,
            sidebar,
            analysis,
            reader: None,
        })
    });
    notify(true);
    Ok(true)
}

/// Opens or closes the reader view over the cleaned page (clean reading must be on;
/// it is turned on first if it is not). Returns whether the reader is now open. In the
/// extension's reader page the reader is the page, so closing it turns Lede off there.
#[wasm_bindgen]
pub fn toggle_reader() -> Result<bool, JsValue> {
    if from_snapshot() {
        if is_active() {
            toggle()?;
        }
        return Ok(false);
    }
    if !is_active() {
        toggle()?;
    }
    let doc = document()?;
    ACTIVE.with(|a| {
        let mut slot = a.borrow_mut();
        let Some(active) = slot.as_mut() else {
            return Ok(false);
        };
        if let Some(reader) = active.reader.take() {
            reader.remove();
            return Ok(false);
        }
        active.reader = Some(reader::open(&doc, &active.analysis)?);
        Ok(true)
    })
}

/// True while clean reading is on.
#[wasm_bindgen]
pub fn is_active() -> bool {
    ACTIVE.with(|a| a.borrow().is_some())
}

/// The analysis of the current page as JSON, the same text `lede analyze` prints for
/// the same HTML. While clean reading is on, the hidden blocks are shown for the
/// moment of the snapshot, so the answer does not depend on Lede's own changes.
#[wasm_bindgen]
pub fn analysis_json() -> Result<String, JsValue> {
    if from_snapshot() {
        // The reader page's analysis is the snapshot's, made when it opened.
        return ACTIVE.with(|a| match a.borrow().as_ref() {
            Some(active) => to_json(&active.analysis),
            None => Err(JsValue::from_str("Lede is closed")),
        });
    }
    let doc = document()?;
    with_hidden(hide::Hidden::suspend);
    let (_, analysis) = analyse_live(&doc);
    with_hidden(hide::Hidden::resume);
    to_json(&analysis)
}

fn with_hidden(f: impl Fn(&hide::Hidden)) {
    ACTIVE.with(|a| {
        if let Some(active) = a.borrow().as_ref() {
            f(&active.hidden);
        }
    });
}

/// The attribute names the snapshot walk keeps (`from_dom.js`'s `keptNames`), for a
/// walk made in a tab where this module cannot run.
#[wasm_bindgen]
pub fn snapshot_attributes() -> String {
    crate::page::KEPT_ATTRIBUTES.to_string()
}

/// Opens Lede in the extension's reader page on another tab's snapshot (`ops` and
/// `text` as the walk of `from_dom.js` returns them, taken from `url`): the sidebar,
/// and on an article the reader view, which is the page here. The tab's page itself is
/// never touched. Returns whether the snapshot is an article.
#[wasm_bindgen]
pub fn open_snapshot(ops: Vec<u32>, text: &str, url: &str) -> Result<bool, JsValue> {
    if is_active() {
        return Err(JsValue::from_str("Lede is already open here"));
    }
    FROM_SNAPSHOT.with(|f| f.set(true));
    let doc = document()?;
    let page = from_dom::from_record(&ops, text, Some(url.to_string()));
    let analysis = analyze(&page, &Options::default());
    let title = analysis.metadata.title.as_deref().unwrap_or(url);
    doc.set_title(&format!("{title} · Lede"));
    let sidebar = sidebar::open(&doc, &analysis)?;
    let reader = if analysis.is_article {
        match reader::open(&doc, &analysis) {
            Ok(reader) => Some(reader),
            Err(e) => {
                sidebar.remove();
                return Err(e);
            }
        }
    } else {
        None
    };
    let is_article = analysis.is_article;
    ACTIVE.with(|a| {
        *a.borrow_mut() = Some(Active {
            hidden: hide::Hidden::default(),
            sidebar,
            analysis,
            reader,
        })
    });
    notify(true);
    Ok(is_article)
}

/// Analyses any document (e.g. one parsed with `DOMParser` on the demo page) as if it
/// were served from `url`; returns the analysis as JSON.
#[wasm_bindgen]
pub fn analyze_document(doc: &Document, url: &str) -> Result<String, JsValue> {
    let live = from_dom::snapshot(doc, Some(url.to_string()));
    to_json(&analyze(&live.page, &Options::default()))
}

/// A short story written for this purpose (`warm_up.html`): a byline, a date, quotes
/// with their speakers, an organisation, a figure, a list, a menu, a "Read also" box
/// and a newsletter form, so that one analysis of it runs every stage.
const WARM_UP_PAGE: &str = include_str!("warm_up.html");

/// Does what a click does (analyse, hide the boilerplate, draw the sidebar) to a
/// built-in sample page parsed into a detached document (no scripts run, nothing is
/// fetched), then drops it all. The browser compiles each WebAssembly function the
/// first time it runs, which makes the first analysis after loading tens of
/// milliseconds slower than later ones; the extension calls this in a task of its own
/// after loading the core, so that the task of the click's analysis does not carry
/// that cost as well. It touches neither the page nor Lede's state.
#[wasm_bindgen]
pub fn warm_up() -> Result<(), JsValue> {
    let doc = web_sys::DomParser::new()?
        .parse_from_string(WARM_UP_PAGE, web_sys::SupportedType::TextHtml)?;
    let live = from_dom::snapshot(&doc, Some("https://example.org/local/warm-up".into()));
    let analysis = analyze(&live.page, &Options::default());
    // What a click does next, on the detached copy: hide the boilerplate, draw the panel.
    hide::Hidden::apply(&live, &analysis.boilerplate).restore();
    let container = doc.create_element("div")?;
    sidebar::render_into(&container, &analysis)
}

/// Detection alone on any document: the cheap verdict the toolbar button shows, as
/// JSON `{is_article, article_score, page_kind, reasons}`.
#[wasm_bindgen]
pub fn detect_document(doc: &Document, url: &str) -> Result<String, JsValue> {
    verdict_json(&from_dom::snapshot(doc, Some(url.to_string())).page)
}

/// Detection alone on another tab's snapshot (`ops` and `text` as the walk of
/// `from_dom.js` returns them, taken from `url`), for a page that forbids WebAssembly in
/// content scripts: the extension's worker runs it. The same JSON as `detect_document`.
#[wasm_bindgen]
pub fn detect_snapshot(ops: Vec<u32>, text: &str, url: &str) -> Result<String, JsValue> {
    verdict_json(&from_dom::from_record(&ops, text, Some(url.to_string())))
}

/// `detect_document`'s answer: its fields in the order of the JSON it has always given
/// (alphabetical), written as the `Analysis` is.
fn verdict_json(page: &crate::Page) -> Result<String, JsValue> {
    let d = crate::detect::detect(page);
    let mut out = String::new();
    let mut o = crate::json::Object::open(&mut out);
    crate::json::thousandths(o.key("article_score"), d.score);
    o.bool("is_article", d.is_article);
    o.str("page_kind", d.kind.name());
    o.strs("reasons", &d.reasons);
    o.close();
    Ok(out)
}

/// Analyses any document as `analyze_document` does and renders the sidebar's panel for
/// it into `container`'s shadow root (the demo page's preview of the sidebar). It takes
/// the document rather than the JSON so that the wasm carries no JSON reader for the
/// whole `Analysis`.
#[wasm_bindgen]
pub fn render_panel(container: &Element, doc: &Document, url: &str) -> Result<(), JsValue> {
    let live = from_dom::snapshot(doc, Some(url.to_string()));
    sidebar::render_into(container, &analyze(&live.page, &Options::default()))
}
