//! Native front door: HTML text → `Page`, through html5ever.
//!
//! html5ever builds the tree through a `TreeSink`, which may move nodes after creating
//! them (foster parenting, the adoption agency). So the sink first builds a small linked
//! tree of indices, and `into_page` walks it once in document order into the arena.
//!
//! Like browsers, the parser caps how deep elements nest ([`MAX_DEPTH`]): html5ever
//! looks through its stack of open elements at every tag, so without a cap a page of
//! n nested elements would take n² steps.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{local_name, Attribute, LocalName, QualName, TokenizerResult};

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
    let capped = Capped {
        builder: TreeBuilder::new(Sink::default(), opts.tree_builder),
        flattened: RefCell::default(),
    };
    let tokenizer = Tokenizer::new(capped, opts.tokenizer);
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let tree = tokenizer.sink.builder.sink.finish();
    tree.into_page(url.map(str::to_string))
}

/// The deepest an element nests. An element that would sit deeper is opened and closed
/// at once, so what it holds joins the element at this depth, in order: every word
/// stays, only the nesting beyond the cap is flattened. Blink caps the DOM its parser
/// builds at the same depth.
pub const MAX_DEPTH: u32 = 512;

/// html5ever's tree builder behind a filter that enforces [`MAX_DEPTH`]; the filter
/// sees the tokens before the tree builder and the sink's tree after it.
struct Capped {
    builder: TreeBuilder<Handle, Sink>,
    /// Elements opened and closed at the cap whose own end tags are still to come, by
    /// tag name: those end tags are dropped rather than closing an outer element.
    flattened: RefCell<HashMap<LocalName, usize>>,
}

impl TokenSink for Capped {
    type Handle = Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        let Token::TagToken(tag) = &token else {
            return self.builder.process_token(token, line);
        };
        if tag.kind == TagKind::EndTag {
            if let Some(pending) = self.flattened.borrow_mut().get_mut(&tag.name) {
                if *pending > 0 {
                    *pending -= 1;
                    return TokenSinkResult::Continue;
                }
            }
            return self.builder.process_token(token, line);
        }
        let name = tag.name.clone();
        let may_flatten = !tag.self_closing && flattens(&name);
        self.builder.sink.last_element.set(None);
        let result = self.builder.process_token(token, line);
        if may_flatten
            && matches!(result, TokenSinkResult::Continue)
            && self.builder.sink.last_element_depth(&name) > Some(MAX_DEPTH)
        {
            let end = Tag {
                kind: TagKind::EndTag,
                name: name.clone(),
                self_closing: false,
                attrs: Vec::new(),
                had_duplicate_attributes: false,
            };
            let _ = self.builder.process_token(Token::TagToken(end), line);
            *self.flattened.borrow_mut().entry(name).or_default() += 1;
        }
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Elements that may be closed at once at the cap: not the void ones (never open),
/// not those whose content the tokenizer reads as raw text (closing them early would
/// let a script's source through as text), not the document's own structure.
fn flattens(name: &LocalName) -> bool {
    !matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("basefont")
            | local_name!("bgsound")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("frame")
            | local_name!("hr")
            | local_name!("image")
            | local_name!("img")
            | local_name!("input")
            | local_name!("keygen")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("script")
            | local_name!("style")
            | local_name!("title")
            | local_name!("textarea")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
            | local_name!("template")
            | local_name!("pre")
            | local_name!("listing")
            | local_name!("html")
            | local_name!("head")
            | local_name!("body")
            | local_name!("frameset")
    )
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
    /// Elements between it and the document where it was inserted (not updated when
    /// html5ever moves a subtree: only the cap on nesting reads it).
    depth: u32,
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
    /// The element inserted last, for the cap on nesting.
    last_element: Cell<Option<Handle>>,
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
            depth: 0,
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

    /// The depth of the element inserted last, when it has this name.
    fn last_element_depth(&self, name: &LocalName) -> Option<u32> {
        let nodes = self.nodes.borrow();
        let node = &nodes[self.last_element.get()?];
        match &node.kind {
            Kind::Element { name: n, .. } if n.local == *name => Some(node.depth),
            _ => None,
        }
    }

    /// Takes `node` out of its parent. The nodes html5ever moves are nearly always
    /// among the last children, so the search starts from the end.
    fn detach(&self, node: Handle) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(parent) = nodes[node].parent.take() {
            let children = &mut nodes[parent].children;
            if let Some(i) = children.iter().rposition(|&c| c == node) {
                children.remove(i);
            }
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
        let depth = nodes[parent].depth.saturating_add(1);
        nodes[node].depth = depth;
        if let Kind::Element {
            template_contents, ..
        } = &nodes[node].kind
        {
            if let Some(contents) = *template_contents {
                nodes[contents].depth = depth;
            }
            self.last_element.set(Some(node));
        }
    }

    fn position(&self, node: Handle) -> Option<(Handle, usize)> {
        let nodes = self.nodes.borrow();
        let parent = nodes[node].parent?;
        let index = nodes[parent].children.iter().rposition(|&c| c == node)?;
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
            let mut names: HashSet<QualName> = existing.iter().map(|e| e.name.clone()).collect();
            for attr in attrs {
                if names.insert(attr.name.clone()) {
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
