//! Browser front door: the live DOM → `Page`, in one walk, keeping each element's
//! handle so a decision about node N can be applied to the live node.
//!
//! The walk itself runs in JavaScript (`from_dom.js`, which `build.sh` appends to the
//! wasm-bindgen glue): a call from wasm into the DOM costs more than reading the node
//! it asks for, so the page is read in one call that returns its structure as numbers,
//! its names, values and text as one string, and its elements as one array. This side
//! replays that record through the shared [`Builder`], so the snapshot follows the same
//! rules as the native parser's: elements and text only, template contents and
//! comments left out. Lede's own sidebar host is skipped, so analysing a page twice
//! gives the same arena.

use std::cell::OnceCell;

use js_sys::{Array, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::{Builder, NodeId, Page, KEPT_ATTRIBUTES};

/// The id of the element that hosts Lede's sidebar; never part of a snapshot.
pub const SIDEBAR_HOST_ID: &str = "lede-sidebar";

#[wasm_bindgen]
extern "C" {
    /// `from_dom.js`: walks `root`; returns `[ops, text, elements]`.
    #[wasm_bindgen(js_name = ledeSnapshotWalk)]
    fn snapshot_walk(root: &Element, host_id: &str, kept_names: &str) -> Array;
}

/// The record's operations (see `from_dom.js`).
const OP_CLOSE: u32 = 0;
const OP_OPEN: u32 = 1;
const OP_TEXT: u32 = 2;

/// Marks an arena node that is not an element.
const NOT_AN_ELEMENT: u32 = u32::MAX;

/// A snapshot plus the live element behind each arena element.
pub struct LivePage {
    /// The snapshot.
    pub page: Page,
    /// For each arena node, its index in `elements`, or `NOT_AN_ELEMENT`.
    slots: Vec<u32>,
    /// The live elements, in the order the walk opened them.
    elements: Array,
    /// Handles taken out of `elements` so far (only the elements Lede touches are).
    handles: Vec<OnceCell<Element>>,
}

impl LivePage {
    /// The live element for arena node `id`, if it is an element.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        let slot = *self.slots.get(id as usize)?;
        let cell = self.handles.get(slot as usize)?;
        Some(cell.get_or_init(|| self.elements.get(slot).unchecked_into()))
    }
}

/// Walks `doc` from its root element in document order.
pub fn snapshot(doc: &Document, url: Option<String>) -> LivePage {
    let mut builder = Builder::new();
    let mut slots = vec![NOT_AN_ELEMENT];
    let mut elements = Array::new();
    if let Some(root) = doc.document_element() {
        let record = snapshot_walk(&root, SIDEBAR_HOST_ID, KEPT_ATTRIBUTES);
        let ops = record.get(0).unchecked_into::<Uint32Array>().to_vec();
        let text = record.get(1).as_string().unwrap_or_default();
        elements = record.get(2).unchecked_into();
        replay(&ops, &text, &mut builder, &mut slots);
    }
    let page = builder.finish(url);
    slots.resize(page.len(), NOT_AN_ELEMENT);
    let handles = (0..elements.length()).map(|_| OnceCell::new()).collect();
    LivePage {
        page,
        slots,
        elements,
        handles,
    }
}

/// The `Page` of a record the walk made elsewhere (`ops` and `text` as `from_dom.js`
/// returns them), e.g. in a tab whose page forbids WebAssembly, sent to an extension
/// page that analyses it.
pub fn from_record(ops: &[u32], text: &str, url: Option<String>) -> Page {
    let mut builder = Builder::new();
    let mut slots = vec![NOT_AN_ELEMENT];
    replay(ops, text, &mut builder, &mut slots);
    builder.finish(url)
}

/// Feeds the walk's record to the builder; a malformed record ends the replay early
/// rather than failing.
fn replay(ops: &[u32], text: &str, builder: &mut Builder, slots: &mut Vec<u32>) {
    let mut rest = text;
    let mut next_element = 0u32;
    let mut i = 0;
    let mut attrs: Vec<(&str, &str)> = Vec::new();
    while let Some(&op) = ops.get(i) {
        match op {
            OP_CLOSE => {
                builder.close();
                i += 1;
            }
            OP_TEXT => {
                let Some(&len) = ops.get(i + 1) else { return };
                builder.text(take(&mut rest, len));
                i += 2;
            }
            OP_OPEN => {
                let (Some(&name_len), Some(&count)) = (ops.get(i + 1), ops.get(i + 2)) else {
                    return;
                };
                let name = take(&mut rest, name_len);
                i += 3;
                attrs.clear();
                for _ in 0..count {
                    let (Some(&n), Some(&v)) = (ops.get(i), ops.get(i + 1)) else {
                        return;
                    };
                    let attr_name = take(&mut rest, n);
                    attrs.push((attr_name, take(&mut rest, v)));
                    i += 2;
                }
                let id = if name.bytes().any(|b| b.is_ascii_uppercase()) {
                    builder.open(&name.to_ascii_lowercase(), attrs.iter().copied())
                } else {
                    builder.open(name, attrs.iter().copied())
                };
                if slots.len() <= id as usize {
                    slots.resize(id as usize + 1, NOT_AN_ELEMENT);
                }
                slots[id as usize] = next_element;
                next_element += 1;
            }
            _ => return,
        }
    }
}

/// Splits off the first `units` UTF-16 code units of `rest` (as JavaScript counted
/// them; a lone surrogate reached wasm as one U+FFFD, which is one unit too).
fn take<'a>(rest: &mut &'a str, units: u32) -> &'a str {
    let units = units as usize;
    let bytes = rest.as_bytes();
    let end = if units <= bytes.len() && bytes[..units].is_ascii() {
        units
    } else {
        let mut left = units;
        let mut end = 0;
        for c in rest.chars() {
            if left == 0 {
                break;
            }
            left = left.saturating_sub(c.len_utf16());
            end += c.len_utf8();
        }
        end
    };
    let (piece, tail) = rest.split_at(end);
    *rest = tail;
    piece
}
