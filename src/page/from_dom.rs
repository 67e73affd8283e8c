//! Browser front door: the live DOM → `Page`, in one walk, keeping each element's
//! handle so a decision about node N can be applied to the live node.
//!
//! The walk follows the same rules as the native parser's (the shared [`Builder`]):
//! elements and text only, template contents and comments left out. Lede's own sidebar
//! host is skipped, so analysing a page twice gives the same arena.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use super::{Attr, Builder, NodeId, Page};

/// The id of the element that hosts Lede's sidebar; never part of a snapshot.
pub const SIDEBAR_HOST_ID: &str = "lede-sidebar";

/// A snapshot plus the live element behind each arena element.
pub struct LivePage {
    /// The snapshot.
    pub page: Page,
    handles: Vec<Option<Element>>,
}

impl LivePage {
    /// The live element for arena node `id`, if it is an element.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        self.handles.get(id as usize).and_then(Option::as_ref)
    }
}

/// Walks `doc` from its root element in document order.
pub fn snapshot(doc: &Document, url: Option<String>) -> LivePage {
    let mut builder = Builder::new();
    let mut handles: Vec<Option<Element>> = vec![None];
    if let Some(root) = doc.document_element() {
        walk(&root, &mut builder, &mut handles);
    }
    LivePage {
        page: builder.finish(url),
        handles,
    }
}

/// Depth-first walk with `firstChild`/`nextSibling`/`parentNode`, iterative so deep
/// pages cannot overflow the stack.
fn walk(root: &Element, builder: &mut Builder, handles: &mut Vec<Option<Element>>) {
    let root: &Node = root.as_ref();
    let mut node = root.clone();
    let mut descend = enter(&node, builder, handles);
    loop {
        if descend {
            if let Some(child) = node.first_child() {
                node = child;
                descend = enter(&node, builder, handles);
                continue;
            }
        }
        // Leave `node`, then move to its next sibling or climb.
        loop {
            if node.node_type() == Node::ELEMENT_NODE && entered_element(&node) {
                builder.close();
            }
            if node == *root {
                return;
            }
            if let Some(sibling) = node.next_sibling() {
                node = sibling;
                descend = enter(&node, builder, handles);
                break;
            }
            match node.parent_node() {
                Some(parent) => node = parent,
                None => return,
            }
        }
    }
}

/// True for elements `enter` opened (every element except Lede's own host).
fn entered_element(node: &Node) -> bool {
    node.dyn_ref::<Element>()
        .is_some_and(|e| !is_sidebar_host(e))
}

/// Lede's own host, recognised by its id attribute. (Not `element.id`: on a `<form>`
/// holding a control named "id", that property is the control, not a string.)
fn is_sidebar_host(element: &Element) -> bool {
    element.get_attribute("id").as_deref() == Some(SIDEBAR_HOST_ID)
}

/// Records `node`; returns whether to descend into it.
fn enter(node: &Node, builder: &mut Builder, handles: &mut Vec<Option<Element>>) -> bool {
    match node.node_type() {
        Node::ELEMENT_NODE => {
            let Some(element) = node.dyn_ref::<Element>() else {
                return false;
            };
            if is_sidebar_host(element) {
                return false;
            }
            let attrs = kept_attributes(element);
            let name = element.local_name();
            let id = builder.open(
                &name.to_ascii_lowercase(),
                attrs.iter().map(|(n, v)| (n.as_str(), v.as_str())),
            );
            if handles.len() <= id as usize {
                handles.resize(id as usize + 1, None);
            }
            handles[id as usize] = Some(element.clone());
            true
        }
        Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
            if let Some(text) = node.node_value() {
                builder.text(&text);
            }
            false
        }
        _ => false,
    }
}

/// The attributes a `Page` keeps, read without touching the others' values.
fn kept_attributes(element: &Element) -> Vec<(String, String)> {
    let map = element.attributes();
    (0..map.length())
        .filter_map(|i| map.item(i))
        .filter(|attr| Attr::from_name(&attr.name()).is_some())
        .map(|attr| (attr.name(), attr.value()))
        .collect()
}
