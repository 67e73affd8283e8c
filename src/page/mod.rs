//! The `Page` arena: a compact snapshot of a document that every later stage reads.
//!
//! Nodes are stored in document order (pre-order). A node's subtree is the contiguous
//! range `id + 1 .. node.end`, so "everything inside this block" is a slice and "the
//! next sibling" is `node.end`. Only the attributes the pipeline reads are kept, and the
//! text of scripts and styles is dropped (except JSON-LD, which metadata reads).
//!
//! The arena is built natively from HTML by `from_html` (html5ever) and in the browser
//! from the live DOM by `from_dom`; both follow the same rules in [`Builder`] so that the
//! same page yields the same arena on both paths.

#[cfg(target_arch = "wasm32")]
pub mod from_dom;
#[cfg(feature = "native")]
pub mod from_html;

mod tag;
pub mod url;
pub use tag::Tag;

/// Index of a node in the arena.
pub type NodeId = u32;

/// The attributes a `Page` keeps; everything else is dropped at snapshot time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attr {
    /// `id`
    Id,
    /// `class`
    Class,
    /// `role`
    Role,
    /// `itemprop`
    Itemprop,
    /// `itemtype`
    Itemtype,
    /// `hidden` (value is empty when present)
    Hidden,
    /// `aria-hidden`
    AriaHidden,
    /// `aria-label`
    AriaLabel,
    /// `href`
    Href,
    /// `src`
    Src,
    /// `srcset`
    Srcset,
    /// `data-src`
    DataSrc,
    /// `data-lazy-src`
    DataLazySrc,
    /// `alt`
    Alt,
    /// `datetime`
    Datetime,
    /// `lang`
    Lang,
    /// `dir`
    Dir,
    /// `name` (meta tags)
    Name,
    /// `property` (OpenGraph meta tags)
    Property,
    /// `content` (meta tags)
    Content,
    /// `rel` (links)
    Rel,
    /// `type` (scripts)
    Type,
    /// `style`, kept only to notice inline `display: none`
    Style,
    /// `title`
    Title,
}

/// The names of the attributes a `Page` keeps, space-separated: what the browser's
/// walk reads (`from_dom.js`); [`Attr::from_name`] maps each of them.
pub const KEPT_ATTRIBUTES: &str = "id class role itemprop itemtype hidden aria-hidden \
    aria-label href src srcset data-src data-lazy-src alt datetime lang dir name property \
    content rel type style title";

impl Attr {
    /// Maps a lowercase attribute name to the attribute Lede keeps, if it keeps it.
    /// (A name added here goes into [`KEPT_ATTRIBUTES`] too, or the browser never
    /// reads it.)
    pub fn from_name(name: &str) -> Option<Attr> {
        Some(match name {
            "id" => Attr::Id,
            "class" => Attr::Class,
            "role" => Attr::Role,
            "itemprop" => Attr::Itemprop,
            "itemtype" => Attr::Itemtype,
            "hidden" => Attr::Hidden,
            "aria-hidden" => Attr::AriaHidden,
            "aria-label" => Attr::AriaLabel,
            "href" => Attr::Href,
            "src" => Attr::Src,
            "srcset" => Attr::Srcset,
            "data-src" => Attr::DataSrc,
            "data-lazy-src" => Attr::DataLazySrc,
            "alt" => Attr::Alt,
            "datetime" => Attr::Datetime,
            "lang" => Attr::Lang,
            "dir" => Attr::Dir,
            "name" => Attr::Name,
            "property" => Attr::Property,
            "content" => Attr::Content,
            "rel" => Attr::Rel,
            "type" => Attr::Type,
            "style" => Attr::Style,
            "title" => Attr::Title,
            _ => return None,
        })
    }
}

/// What a node is.
#[derive(Clone, Debug, PartialEq)]
pub enum NodeData {
    /// The document itself; always node 0.
    Document,
    /// An element with its tag and the attributes Lede keeps.
    Element {
        /// The element's tag.
        tag: Tag,
        /// Kept attributes in source order.
        attrs: Vec<(Attr, Box<str>)>,
    },
    /// A run of text.
    Text(Box<str>),
}

/// One node of the arena.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// What the node is.
    pub data: NodeData,
    /// The parent's index; `None` only for the document.
    pub parent: Option<NodeId>,
    /// One past the last node of this node's subtree.
    pub end: NodeId,
}

impl Node {
    /// The element's tag, or `None` for text and the document.
    pub fn tag(&self) -> Option<Tag> {
        match &self.data {
            NodeData::Element { tag, .. } => Some(*tag),
            _ => None,
        }
    }

    /// The value of a kept attribute.
    pub fn attr(&self, name: Attr) -> Option<&str> {
        match &self.data {
            NodeData::Element { attrs, .. } => attrs
                .iter()
                .find(|(a, _)| *a == name)
                .map(|(_, v)| v.as_ref()),
            _ => None,
        }
    }

    /// The text of a text node.
    pub fn text(&self) -> Option<&str> {
        match &self.data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// A document snapshot: nodes in document order plus the page's URL.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    nodes: Vec<Node>,
    url: Option<String>,
}

impl Page {
    /// All nodes in document order; node 0 is the document.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node with this id.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// True when the page holds nothing but the document node.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// The page's URL, when known.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// Sets the page's URL.
    pub fn set_url(&mut self, url: Option<String>) {
        self.url = url.filter(|u| !u.is_empty());
    }

    /// The ids of `id`'s children, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            page: self,
            next: id + 1,
            end: self.node(id).end,
        }
    }

    /// The ids of `id`'s descendants in document order.
    pub fn descendants(&self, id: NodeId) -> std::ops::Range<NodeId> {
        id + 1..self.node(id).end
    }

    /// The ids of `id`'s ancestors, nearest first (the document last).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.node(id).parent, |&p| self.node(p).parent)
    }

    /// True when `id` is `ancestor` or lies inside it.
    pub fn is_inside(&self, id: NodeId, ancestor: NodeId) -> bool {
        id >= ancestor && id < self.node(ancestor).end
    }

    /// The first element with this tag, in document order.
    pub fn first_with_tag(&self, tag: Tag) -> Option<NodeId> {
        self.nodes
            .iter()
            .position(|n| n.tag() == Some(tag))
            .map(|i| i as NodeId)
    }

    /// All elements with this tag, in document order.
    pub fn elements_with_tag(&self, tag: Tag) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .filter(move |(_, n)| n.tag() == Some(tag))
            .map(|(i, _)| i as NodeId)
    }

    /// The text inside `id`, whitespace collapsed, skipping what is never read as text.
    pub fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut skip_until: NodeId = 0;
        for d in self.descendants(id) {
            if d < skip_until {
                continue;
            }
            let node = self.node(d);
            match &node.data {
                NodeData::Element { tag, .. } if !tag.holds_readable_text() => {
                    skip_until = node.end;
                }
                NodeData::Text(t) => push_collapsed(&mut out, t),
                _ => {}
            }
        }
        out.trim_end().to_string()
    }
}

impl Page {
    /// The start of the text inside `id` (whitespace collapsed): at least `max_chars`
    /// characters when there are that many, reading at most `max_nodes` nodes, so a
    /// look at how a block begins costs the same on any page.
    pub fn text_prefix(&self, id: NodeId, max_chars: usize, max_nodes: usize) -> String {
        let mut out = String::new();
        let mut skip_until: NodeId = 0;
        for d in self.descendants(id).take(max_nodes) {
            if d < skip_until {
                continue;
            }
            let node = self.node(d);
            match &node.data {
                NodeData::Element { tag, .. } if !tag.holds_readable_text() => {
                    skip_until = node.end
                }
                NodeData::Text(t) => push_collapsed(&mut out, t),
                _ => {}
            }
            // A string has at least as many bytes as characters: count only when it may
            // be long enough.
            if out.len() >= max_chars && out.chars().count() >= max_chars {
                break;
            }
        }
        out.trim_end().to_string()
    }
}

/// True for a character that is never seen and only tells where a line may or may not
/// break: the soft hyphen (German and Dutch sites hyphenate long words with it, and
/// "Vladi\u{ad}mir" must still read as "Vladimir"), the word joiner and the zero-width
/// no-break space (or byte order mark). A `Page` leaves them out of its text, and the
/// browser's search for the analysis' words in the page skips them. (The zero-width
/// space, which separates words, and the joiners that shape scripts and emoji stay.)
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{2060}' | '\u{feff}')
}

/// Appends `text` to `out` with runs of whitespace collapsed to one space.
pub fn push_collapsed(out: &mut String, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let word = rest.trim_start();
        if word.len() < rest.len() && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        let end = word.find(char::is_whitespace).unwrap_or(word.len());
        out.push_str(&word[..end]);
        rest = &word[end..];
    }
}

/// Collapses whitespace runs to single spaces and trims both ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    out.truncate(out.trim_end().len());
    out
}

/// Iterator over a node's children.
pub struct Children<'a> {
    page: &'a Page,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        self.next = self.page.node(id).end;
        Some(id)
    }
}

/// Builds a `Page` from a depth-first traversal, the one set of snapshot rules shared
/// by the native and the browser front doors.
///
/// The caller opens each element, adds text, and closes the element when its subtree
/// is done. The builder decides what is kept.
pub struct Builder {
    nodes: Vec<Node>,
    open: Vec<NodeId>,
    /// Depth of open elements whose text is dropped (scripts, styles).
    drop_text_depth: usize,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    /// A builder holding only the document node.
    pub fn new() -> Self {
        Builder {
            nodes: vec![Node {
                data: NodeData::Document,
                parent: None,
                end: 1,
            }],
            open: vec![0],
            drop_text_depth: 0,
        }
    }

    /// Opens an element and returns its id; `attrs` yields (lowercase name, value)
    /// pairs, of which only the kept ones are stored.
    pub fn open<'a>(
        &mut self,
        tag_name: &str,
        attrs: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> NodeId {
        let tag = Tag::from_name(tag_name);
        let kept: Vec<(Attr, Box<str>)> = attrs
            .filter_map(|(n, v)| Attr::from_name(n).map(|a| (a, Box::from(v))))
            .collect();
        let drops_text = match tag {
            Tag::Script => !kept
                .iter()
                .any(|(a, v)| *a == Attr::Type && v.eq_ignore_ascii_case("application/ld+json")),
            Tag::Style => true,
            _ => false,
        };
        if drops_text || self.drop_text_depth > 0 {
            self.drop_text_depth += 1;
        }
        let id = self.push(NodeData::Element { tag, attrs: kept });
        self.open.push(id);
        id
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) {
        if self.open.len() <= 1 {
            return;
        }
        if let Some(id) = self.open.pop() {
            self.nodes[id as usize].end = self.nodes.len() as NodeId;
            self.drop_text_depth = self.drop_text_depth.saturating_sub(1);
        }
    }

    /// Adds a text node to the innermost open element (merging adjacent text), without
    /// the invisible characters that only hint at line breaks ([`is_invisible`]).
    pub fn text(&mut self, text: &str) {
        if text.is_empty() || self.drop_text_depth > 0 {
            return;
        }
        // Each of them has one of these bytes in UTF-8 (as do many other characters).
        let visible: String;
        let text = if text.bytes().any(|b| matches!(b, 0xAD | 0xA0 | 0xBF))
            && text.contains(is_invisible)
        {
            visible = text.chars().filter(|&c| !is_invisible(c)).collect();
            if visible.is_empty() {
                return;
            }
            visible.as_str()
        } else {
            text
        };
        let parent = self.current();
        if let Some(last) = self.nodes.last_mut() {
            if last.parent == Some(parent) {
                if let NodeData::Text(t) = &mut last.data {
                    let mut s = String::with_capacity(t.len() + text.len());
                    s.push_str(t);
                    s.push_str(text);
                    *t = s.into_boxed_str();
                    return;
                }
            }
        }
        self.push(NodeData::Text(Box::from(text)));
    }

    /// Finishes the arena, closing anything still open.
    pub fn finish(mut self, url: Option<String>) -> Page {
        while self.open.len() > 1 {
            self.close();
        }
        let len = self.nodes.len() as NodeId;
        self.nodes[0].end = len;
        let mut page = Page {
            nodes: self.nodes,
            url: None,
        };
        page.set_url(url);
        page
    }

    fn current(&self) -> NodeId {
        self.open.last().copied().unwrap_or(0)
    }

    fn push(&mut self, data: NodeData) -> NodeId {
        let id = self.nodes.len() as NodeId;
        let parent = Some(self.current());
        self.nodes.push(Node {
            data,
            parent,
            end: id + 1,
        });
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_runs_collapse_to_one_space_across_pushes() {
        // Against the rule applied one character at a time.
        let by_char = |out: &mut String, text: &str| {
            for ch in text.chars() {
                if !ch.is_whitespace() {
                    out.push(ch);
                } else if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
        };
        let pieces = [
            "",
            "  ",
            "Two  words ",
            "\u{a0}caf\u{e9}\u{2009}au\u{3000}lait\n\t",
            "end",
        ];
        let (mut ours, mut reference) = (String::new(), String::new());
        for piece in pieces {
            push_collapsed(&mut ours, piece);
            by_char(&mut reference, piece);
            assert_eq!(ours, reference, "after {piece:?}");
        }
        assert_eq!(ours, "Two words caf\u{e9} au lait end");
    }

    #[test]
    fn text_leaves_out_the_characters_that_only_hint_at_line_breaks() {
        let mut b = Builder::new();
        b.open("p", std::iter::empty());
        b.text(
            "Bundes\u{ad}kanzler\u{2060}in \u{feff}Olaf\u{200b}Scholz \u{1f468}\u{200d}\u{1f469}",
        );
        b.text("\u{ad}");
        b.close();
        let page = b.finish(None);
        assert_eq!(
            page.text_of(0),
            "Bundeskanzlerin Olaf\u{200b}Scholz \u{1f468}\u{200d}\u{1f469}"
        );
        assert_eq!(page.len(), 3, "one element and one text node");
    }

    #[test]
    fn the_browser_walk_reads_exactly_the_kept_attributes() {
        let names: Vec<&str> = KEPT_ATTRIBUTES.split(' ').collect();
        assert!(
            names.iter().all(|n| Attr::from_name(n).is_some()),
            "{names:?}"
        );
        let mut kinds: Vec<String> = names
            .iter()
            .filter_map(|n| Attr::from_name(n))
            .map(|a| format!("{a:?}"))
            .collect();
        kinds.sort();
        kinds.dedup();
        assert_eq!(kinds.len(), names.len(), "each name once");
    }
}
