//! Finding the analysis' words in the live page and showing them there.
//!
//! The page's text nodes are read once per request into one normalised string (runs of
//! whitespace as one space, letters lowercased, typographic quotes and apostrophes
//! plain), each character remembering its text node and UTF-16 offset, so a match
//! becomes a DOM `Range`. Ranges are shown with the CSS Custom Highlight API
//! (`CSS.highlights`), which paints them without touching the page's DOM; the one
//! stylesheet it needs is adopted by the document (`adoptedStyleSheets`), which is not
//! part of the markup either. Where the browser lacks the API, the first range is
//! selected instead. In the extension's reader page, where the story is the reader
//! view, its text is searched instead of the page's.

use std::cell::RefCell;

use crate::page::is_invisible;
use crate::text::lower_char;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Range, ScrollBehavior, ScrollIntoViewOptions, Text};

/// The highlight of the quote the reader chose.
pub const QUOTE: &str = "lede-quote";
/// The highlight of a person's mentions.
pub const MENTION: &str = "lede-mention";

const HIGHLIGHT_CSS: &str = "::highlight(lede-quote){background-color:#ffd966;color:#1f1d1a}\
::highlight(lede-mention){background-color:#b9e0ff;color:#0b2540}";

/// Elements whose text the reader never sees as text.
const SKIPPED: &str = "script,style,noscript,template,textarea,select,option";

thread_local! {
    /// The adopted stylesheet, while one is in use.
    static SHEET: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The page's visible text, normalised, with the way back to its nodes.
struct TextMap {
    nodes: Vec<Text>,
    chars: Vec<char>,
    /// For each character: its node, its UTF-16 offset there and its UTF-16 length.
    at: Vec<(u32, u32, u8)>,
}

fn normal(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' => '\'',
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '\u{00a0}' => ' ',
        c => lower_char(c),
    }
}

/// `text` normalised as the page's text is.
fn normalise(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.trim().chars().filter(|&c| !is_invisible(c)) {
        if c.is_whitespace() {
            if out.last() != Some(&' ') {
                out.push(' ');
            }
        } else {
            out.push(normal(c));
        }
    }
    out
}

impl TextMap {
    fn read(doc: &Document) -> TextMap {
        let mut map = TextMap {
            nodes: Vec::new(),
            chars: Vec::new(),
            at: Vec::new(),
        };
        let Some(root) = text_root(doc) else {
            return map;
        };
        // NodeFilter.SHOW_TEXT
        let Ok(walker) = doc.create_tree_walker_with_what_to_show(&root, 4) else {
            return map;
        };
        while let Ok(Some(node)) = walker.next_node() {
            let skipped = node
                .parent_element()
                .is_none_or(|p| p.closest(SKIPPED).ok().flatten().is_some());
            let Ok(text) = node.dyn_into::<Text>() else {
                continue;
            };
            if skipped {
                continue;
            }
            let data = text.data();
            let index = map.nodes.len() as u32;
            let mut offset = 0u32;
            for c in data.chars() {
                let len = c.len_utf16() as u8;
                if is_invisible(c) {
                    // Skipped: a match may run across it.
                } else if c.is_whitespace() {
                    if !map.chars.is_empty() && map.chars.last() != Some(&' ') {
                        map.chars.push(' ');
                        map.at.push((index, offset, len));
                    }
                } else {
                    map.chars.push(normal(c));
                    map.at.push((index, offset, len));
                }
                offset += u32::from(len);
            }
            map.nodes.push(text);
        }
        map
    }

    /// Every occurrence of `needle` (normalised), as `[start, end)` character indices;
    /// with `words`, only those that start and end at word boundaries.
    fn find(&self, needle: &[char], words: bool) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if needle.is_empty() || needle.len() > self.chars.len() {
            return out;
        }
        let boundary = |i: Option<&char>| i.is_none_or(|c| !c.is_alphanumeric());
        let mut i = 0;
        while i + needle.len() <= self.chars.len() {
            if self.chars[i] == needle[0] && self.chars[i..i + needle.len()] == *needle {
                let end = i + needle.len();
                let whole = !words
                    || (boundary(i.checked_sub(1).and_then(|j| self.chars.get(j)))
                        && boundary(self.chars.get(end)));
                if whole {
                    out.push((i, end));
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    fn range(&self, doc: &Document, (start, end): (usize, usize)) -> Option<Range> {
        let (first, first_offset, _) = *self.at.get(start)?;
        let (last, last_offset, last_len) = *self.at.get(end.checked_sub(1)?)?;
        let range = doc.create_range().ok()?;
        range
            .set_start(self.nodes.get(first as usize)?, first_offset)
            .ok()?;
        range
            .set_end(
                self.nodes.get(last as usize)?,
                last_offset + u32::from(last_len),
            )
            .ok()?;
        Some(range)
    }
}

/// Where the story's text is: the page's body, or in the extension's reader page (which
/// shows another tab's story) the reader view's copy of the story.
fn text_root(doc: &Document) -> Option<Node> {
    if super::from_snapshot() {
        let host = doc.get_element_by_id(super::reader::READER_HOST_ID)?;
        let body = host
            .shadow_root()?
            .query_selector("[data-lede=reader-body]")
            .ok()??;
        return Some(body.into());
    }
    doc.body().map(Into::into)
}

/// True when the range takes up room on screen (it is not inside a hidden block).
fn visible(range: &Range) -> bool {
    let rect = range.get_bounding_client_rect();
    rect.width() > 0.0 || rect.height() > 0.0
}

/// The visible ranges where `quote` is in the page: the whole quote, else its first
/// words (a quote can run across markup the text layer joined differently).
pub fn quote_ranges(doc: &Document, quote: &str) -> Vec<Range> {
    let map = TextMap::read(doc);
    let needle = normalise(quote);
    let mut found = map.find(&needle, false);
    if found.is_empty() {
        let words: Vec<&str> = quote.split_whitespace().take(8).collect();
        if words.len() >= 3 {
            found = map.find(&normalise(&words.join(" ")), false);
        }
    }
    found
        .into_iter()
        .filter_map(|m| map.range(doc, m))
        .filter(visible)
        .take(1)
        .collect()
}

/// The visible ranges where any of `names` occurs as whole words, in page order.
pub fn name_ranges(doc: &Document, names: &[String]) -> Vec<Range> {
    let map = TextMap::read(doc);
    let mut found: Vec<(usize, usize)> = names
        .iter()
        .map(|n| normalise(n))
        .filter(|n| n.len() >= 2)
        .flat_map(|n| map.find(&n, true))
        .collect();
    // Longest first at each start, then drop matches inside an earlier one ("Smith"
    // inside "Jane Smith").
    crate::order::by_key(&mut found, |&(s, e)| {
        (s as u64, crate::order::descending(e))
    });
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for m in found {
        if kept.last().is_none_or(|&(_, end)| m.0 >= end) {
            kept.push(m);
        }
    }
    kept.into_iter()
        .filter_map(|m| map.range(doc, m))
        .filter(visible)
        .collect()
}

fn global_get(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call(object: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(object, &JsValue::from_str(method))?.dyn_into()?;
    let list = Array::new();
    for a in args {
        list.push(a);
    }
    f.apply(object, &list)
}

/// The page's highlight registry, when the browser has the Custom Highlight API.
fn registry() -> Option<(JsValue, Function)> {
    let global = js_sys::global();
    let css = global_get(&global, "CSS")?;
    let registry = global_get(&css, "highlights")?;
    let constructor = global_get(&global, "Highlight")?
        .dyn_into::<Function>()
        .ok()?;
    Some((registry, constructor))
}

/// Adopts the stylesheet that paints Lede's highlights, once.
fn adopt_sheet(doc: &Document) -> Result<(), JsValue> {
    if SHEET.with(|s| s.borrow().is_some()) {
        return Ok(());
    }
    let global = js_sys::global();
    let constructor: Function = global_get(&global, "CSSStyleSheet")
        .ok_or_else(|| JsValue::from_str("no CSSStyleSheet"))?
        .dyn_into()?;
    let sheet = Reflect::construct(&constructor, &Array::new())?;
    call(&sheet, "replaceSync", &[&JsValue::from_str(HIGHLIGHT_CSS)])?;
    let current: Array = Reflect::get(doc, &"adoptedStyleSheets".into())?.dyn_into()?;
    let next = Array::from(&current);
    next.push(&sheet);
    Reflect::set(doc, &"adoptedStyleSheets".into(), &next)?;
    SHEET.with(|s| *s.borrow_mut() = Some(sheet));
    Ok(())
}

/// Shows `ranges` as highlight `name` (replacing Lede's other highlights) and scrolls
/// the first into the middle of the window. Returns false when there is nothing to show.
pub fn show(doc: &Document, name: &str, ranges: &[Range]) -> bool {
    clear_marks();
    let Some(first) = ranges.first() else {
        return false;
    };
    let painted = registry().is_some_and(|(registry, constructor)| {
        let list = Array::new();
        for r in ranges {
            list.push(r);
        }
        adopt_sheet(doc).is_ok()
            && Reflect::construct(&constructor, &list)
                .and_then(|h| call(&registry, "set", &[&JsValue::from_str(name), &h]))
                .is_ok()
    });
    if !painted {
        if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
            let _ = selection.remove_all_ranges();
            let _ = selection.add_range(first);
        }
    }
    scroll_to(first);
    true
}

fn scroll_to(range: &Range) {
    let container: Node = match range.start_container() {
        Ok(node) => node,
        Err(_) => return,
    };
    let element: Option<Element> = container
        .dyn_ref::<Element>()
        .cloned()
        .or_else(|| container.parent_element());
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(ScrollBehavior::Instant);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Removes Lede's highlights (the stylesheet stays until [`clear`]).
fn clear_marks() {
    if let Some((registry, _)) = registry() {
        for name in [QUOTE, MENTION] {
            let _ = call(&registry, "delete", &[&JsValue::from_str(name)]);
        }
    }
}

/// Removes every highlight and the adopted stylesheet: the page as it was.
pub fn clear(doc: &Document) {
    clear_marks();
    if let Some(sheet) = SHEET.with(|s| s.borrow_mut().take()) {
        if let Ok(current) = Reflect::get(doc, &"adoptedStyleSheets".into()) {
            let kept = Array::from(&current).filter(&mut |s, _, _| s != sheet);
            let _ = Reflect::set(doc, &"adoptedStyleSheets".into(), &kept);
        }
    }
}
