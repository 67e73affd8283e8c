//! Native front door: HTML text → `Page`, through html5ever.
//!
//! html5ever builds the tree through a `TreeSink`, which may move nodes after creating
//! them (foster parenting, the adoption agency). So the sink first builds a small linked
//! tree of indices, and `into_page` walks it once in document order into the arena.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{parse_document, Attribute, QualName};

use super::{Builder, Page};

/// Parses an HTML document (already decoded to text) into a `Page`, as a browser with
/// scripting on would. Pages that put their whole content in `<noscript>` for
/// crawlers (Discourse forums, some single-page apps) are parsed again as a browser
/// with scripting off sees them, since that is the only content the HTML holds.
pub fn parse(html: &str, url: Option<&str>) -> Page {
    let page = parse_with(html, url, true);
    if content_is_in_noscript(&page) {
        parse_with(html, url, false)
    } else {
        page
    }
}

fn parse_with(html: &str, url: Option<&str>, scripting: bool) -> Page {
    let mut opts = html5ever::ParseOpts::default();
    opts.tree_builder.scripting_enabled = scripting;
    let tree = parse_document(Sink::default(), opts).one(html);
    tree.into_page(url.map(str::to_string))
}

/// Text below this, outside `<noscript>`, is a page that shows nothing without scripts.
const SCRIPTED_SHELL_CHARS: usize = 500;

/// True when the body shows almost no text with scripting on, while its `<noscript>`
/// blocks hold several times more.
fn content_is_in_noscript(page: &Page) -> bool {
    let Some(body) = page.first_with_tag(super::Tag::Body) else {
        return false;
    };
    let (mut shown, mut hidden) = (0usize, 0usize);
    for id in page.descendants(body) {
        let node = page.node(id);
        let Some(text) = node.text() else { continue };
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        let parent_tag = node.parent.and_then(|p| page.node(p).tag());
        if parent_tag == Some(super::Tag::Noscript) {
            hidden += chars;
        } else {
            shown += chars;
        }
    }
    shown < SCRIPTED_SHELL_CHARS && hidden > 2 * shown.max(SCRIPTED_SHELL_CHARS / 5)
}

/// Decodes bytes as UTF-8, or Windows-1252 when they are not valid UTF-8, then parses.
pub fn parse_bytes(bytes: &[u8], url: Option<&str>) -> Page {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text, url),
        Err(_) => parse(&decode_single_byte(bytes), url),
    }
}

/// Legacy pages that are not UTF-8 are nearly always Windows-1252 or Latin-1; both map
/// bytes 0xA0..=0xFF to the same code points, which is what this keeps.
fn decode_single_byte(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

type Handle = usize;

#[derive(Default)]
struct TreeNode {
    parent: Option<Handle>,
    children: Vec<Handle>,
    kind: Kind,
}

#[derive(Default)]
enum Kind {
    #[default]
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        template_contents: Option<Handle>,
    },
    Text(StrTendril),
    Other,
}

/// An element's name, owned: the sink's nodes sit behind a `RefCell`, so a borrowed
/// name could outlive the borrow while html5ever calls back into the sink.
#[derive(Debug)]
struct Name(QualName);

impl html5ever::interface::tree_builder::ElemName for Name {
    fn ns(&self) -> &html5ever::Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &html5ever::LocalName {
        &self.0.local
    }
}

#[derive(Default)]
struct Sink {
    nodes: RefCell<Vec<TreeNode>>,
}

struct Tree {
    nodes: Vec<TreeNode>,
}

impl Sink {
    fn new_node(&self, kind: Kind) -> Handle {
        let mut nodes = self.nodes.borrow_mut();
        if nodes.is_empty() {
            nodes.push(TreeNode::default());
        }
        nodes.push(TreeNode {
            parent: None,
            children: Vec::new(),
            kind,
        });
        nodes.len() - 1
    }

    fn ensure_document(&self) {
        let mut nodes = self.nodes.borrow_mut();
        if nodes.is_empty() {
            nodes.push(TreeNode::default());
        }
    }

    fn detach(&self, node: Handle) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(parent) = nodes[node].parent.take() {
            nodes[parent].children.retain(|&c| c != node);
        }
    }

    /// Inserts `child` into `parent` at `index` (or at the end), merging adjacent text.
    fn insert(&self, parent: Handle, index: Option<usize>, child: NodeOrText<Handle>) {
        let node = match child {
            NodeOrText::AppendNode(node) => {
                self.detach(node);
                node
            }
            NodeOrText::AppendText(text) => {
                let mut nodes = self.nodes.borrow_mut();
                let at = index.unwrap_or(nodes[parent].children.len());
                if let Some(&prev) = at
                    .checked_sub(1)
                    .and_then(|i| nodes[parent].children.get(i))
                {
                    if let Kind::Text(t) = &mut nodes[prev].kind {
                        t.push_tendril(&text);
                        return;
                    }
                }
                drop(nodes);
                self.new_node(Kind::Text(text))
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        let at = index.unwrap_or(nodes[parent].children.len());
        nodes[parent].children.insert(at, node);
        nodes[node].parent = Some(parent);
    }

    fn position(&self, node: Handle) -> Option<(Handle, usize)> {
        let nodes = self.nodes.borrow();
        let parent = nodes[node].parent?;
        let index = nodes[parent].children.iter().position(|&c| c == node)?;
        Some((parent, index))
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Tree;
    type ElemName<'a> = Name;

    fn finish(self) -> Tree {
        self.ensure_document();
        Tree {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        self.ensure_document();
        0
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Name {
        match &self.nodes.borrow()[*target].kind {
            Kind::Element { name, .. } => Name(name.clone()),
            // html5ever only asks for names of elements it created.
            _ => Name(QualName::new(
                None,
                html5ever::ns!(html),
                html5ever::local_name!(""),
            )),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template_contents = flags.template.then(|| self.new_node(Kind::Document));
        self.new_node(Kind::Element {
            name,
            attrs,
            template_contents,
        })
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.new_node(Kind::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.new_node(Kind::Other)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.insert(*parent, None, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match &self.nodes.borrow()[*target].kind {
            Kind::Element {
                template_contents: Some(c),
                ..
            } => *c,
            _ => *target,
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        if let Some((parent, index)) = self.position(*sibling) {
            self.insert(parent, Some(index), new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        if let Kind::Element {
            attrs: existing, ..
        } = &mut self.nodes.borrow_mut()[*target].kind
        {
            for attr in attrs {
                if !existing.iter().any(|e| e.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.detach(*target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
}

impl Tree {
    /// Walks the tree once in document order into the arena. Iterative, so deeply
    /// nested pages cannot overflow the stack.
    fn into_page(self, url: Option<String>) -> Page {
        let mut builder = Builder::new();
        // Each entry: (node, index of the next child to visit).
        let mut stack: Vec<(Handle, usize)> = vec![(0, 0)];
        while let Some((node, next)) = stack.last_mut() {
            let node_ref = &self.nodes[*node];
            let Some(&child) = node_ref.children.get(*next) else {
                let done = *node;
                stack.pop();
                if done != 0 {
                    builder.close();
                }
                continue;
            };
            *next += 1;
            match &self.nodes[child].kind {
                Kind::Element { name, attrs, .. } => {
                    let attrs = attrs
                        .iter()
                        .filter(|a| a.name.ns == html5ever::ns!())
                        .map(|a| (a.name.local.as_ref(), a.value.as_ref()));
                    builder.open(name.local.as_ref(), attrs);
                    stack.push((child, 0));
                }
                Kind::Text(text) => builder.text(text),
                Kind::Document | Kind::Other => {}
            }
        }
        builder.finish(url)
    }
}
