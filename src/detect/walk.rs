//! The one pass over the page arena that detection makes: it counts, in document
//! order, what tells page kinds apart, and nothing else.
//!
//! Regions (links, navigation, the main landmark, forms, code) are tracked by the end
//! of their outermost open element, so "is this text inside a link?" is one compare.
//! Elements whose own length matters (paragraphs, headings, list items, links, `pre`,
//! `article`) sit on a small stack and are measured when the walk leaves them.
//!
//! What the counts are is `counts`; the vocabulary the walk looks up in attributes,
//! meta tags and JSON-LD is `declared`; the scan of each text node is `scan`.

use crate::page::{Attr, Node, NodeData, NodeId, Page, Tag};

pub use super::counts::{Block, Counts};
use super::markup::{streamed_segment, style_hides, ClassMemo};
use super::scan::{is_byline_label, is_call_to_action, is_date_label, is_price_label, scan_text};
use super::url_shape::shape;

/// A paragraph with this much text (non-space characters) reads as prose. Shorter ones
/// are captions, labels and teaser blurbs. (A sentence of about 15 words.)
pub const PROSE_PARAGRAPH_CHARS: u32 = 80;

/// Readability's `isProbablyReaderable` counts paragraphs from 140 characters on.
const READERABLE_MIN_CHARS: u32 = 140;

/// A link whose text is this long reads as a headline (a teaser), not a menu entry.
const HEADLINE_LINK_CHARS: u32 = 35;

/// Bare text (outside any paragraph) this long reads as a paragraph of prose; shorter
/// runs are labels and menu entries.
const LOOSE_PROSE_CHARS: u32 = 150;

/// A text node this short with a digit and a currency mark is a price label.
const PRICE_LABEL_CHARS: u32 = 40;

/// A link or button text this short may be a call to action ("Request a free quote").
const ACTION_CHARS: u32 = 30;

/// A text this short may be a byline ("By Ann Lee and Tom Park").
const BYLINE_CHARS: u32 = 60;

/// Siblings of the same tag and class, this many in a row, make a repeated structure
/// (teaser cards, product tiles, posts of a thread).
const REPEAT_RUN: u16 = 3;

/// Counts everything detection reads, in one pass over `page`.
pub fn count(page: &Page) -> Counts {
    let mut walk = Walk::new(page);
    for id in 0..page.len() as NodeId {
        walk.close_until(id);
        if id < walk.skip_until {
            continue;
        }
        let node = page.node(id);
        match &node.data {
            NodeData::Element { tag, .. } => walk.element(id, node, *tag),
            NodeData::Text(text) => walk.text(id, text),
            NodeData::Document => {}
        }
    }
    walk.close_until(NodeId::MAX);
    walk.counts.url = shape(page.url());
    walk.counts
}

/// Regions tracked by the end of their outermost open element.
#[derive(Clone, Copy)]
pub(super) enum Region {
    Body,
    Link,
    Chrome,
    Main,
    Code,
    Heading,
    Paragraph,
    Button,
}

const REGIONS: usize = 8;

/// Elements measured when the walk leaves them.
#[derive(Clone, Copy, PartialEq)]
enum Measured {
    Paragraph,
    Heading,
    ListItem,
    Link,
    Pre,
    Article,
}

/// An open element: where it ends and the running totals when it opened.
struct Open {
    what: Option<Measured>,
    id: NodeId,
    end: NodeId,
    parent: NodeId,
    chars: u32,
    link_chars: u32,
    linked_headings: u32,
    headings: u32,
    prose_chars: u32,
    prose_paragraphs: u32,
}

/// Per parent: the signature and run length of its last element child, and the prose
/// its children hold.
#[derive(Clone, Copy, Default)]
struct Slot {
    signature: u32,
    run: u16,
    prose_paragraphs: u16,
    prose_chars: u32,
}

/// The walk's state: what it counted so far and which regions and elements are open.
pub(super) struct Walk<'a> {
    pub(super) page: &'a Page,
    /// The last visible character of the text read so far is a question mark.
    last_char_is_question: bool,
    pub(super) counts: Counts,
    pub(super) skip_until: NodeId,
    region_end: [NodeId; REGIONS],
    open: Vec<Open>,
    slots: Vec<Slot>,
    pub(super) classes: ClassMemo<'a>,
}

impl<'a> Walk<'a> {
    fn new(page: &'a Page) -> Self {
        Walk {
            page,
            last_char_is_question: false,
            counts: Counts::default(),
            skip_until: 0,
            region_end: [0; REGIONS],
            open: Vec::with_capacity(16),
            slots: vec![Slot::default(); page.len()],
            classes: ClassMemo::default(),
        }
    }

    fn inside(&self, region: Region, id: NodeId) -> bool {
        id < self.region_end[region as usize]
    }

    pub(super) fn enter(&mut self, region: Region, id: NodeId, end: NodeId) {
        if !self.inside(region, id) {
            self.region_end[region as usize] = end;
        }
    }

    fn element(&mut self, id: NodeId, node: &'a Node, tag: Tag) {
        self.counts.elements += 1;
        let hidden = node.attr(Attr::Hidden).is_some() && !streamed_segment(node.attr(Attr::Id));
        if hidden || node.attr(Attr::Style).is_some_and(style_hides) {
            self.skip_until = node.end;
            return;
        }
        self.attributes(id, node);
        self.tag(id, node, tag);
        self.push(measured(tag), id, node);
        if !tag.holds_readable_text() && tag != Tag::Head && !parsed_noscript(self.page, id) {
            self.skip_until = node.end;
        }
        if self.inside(Region::Body, id) && !self.inside(Region::Chrome, id) {
            self.sibling_run(node, tag);
        }
    }

    fn tag(&mut self, id: NodeId, node: &Node, tag: Tag) {
        let end = node.end;
        match tag {
            Tag::Body => self.enter(Region::Body, id, end),
            Tag::Nav | Tag::Header | Tag::Footer | Tag::Aside => {
                self.enter(Region::Chrome, id, end)
            }
            Tag::Main => {
                self.counts.main_landmark = true;
                self.enter(Region::Main, id, end);
            }
            Tag::Article => {
                self.enter(Region::Main, id, end);
            }
            Tag::P => {
                self.counts.paragraphs += 1;
                self.enter(Region::Paragraph, id, end);
            }
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 => {
                match tag {
                    Tag::H1 => self.counts.h1 += 1,
                    Tag::H2 => self.counts.h2 += 1,
                    _ => self.counts.h3_plus += 1,
                }
                self.enter(Region::Heading, id, end);
            }
            Tag::A => {
                self.counts.links += 1;
                self.enter(Region::Link, id, end);
            }
            Tag::Pre => {
                self.counts.pre_blocks += 1;
                self.enter(Region::Code, id, end);
            }
            Tag::Code | Tag::Kbd | Tag::Samp => {
                self.counts.code_elements += 1;
                self.enter(Region::Code, id, end);
            }
            Tag::Img | Tag::Picture => self.counts.images += u32::from(tag == Tag::Img),
            Tag::Video | Tag::Iframe | Tag::Embed | Tag::Object => self.counts.embeds += 1,
            Tag::Form => self.counts.forms += 1,
            Tag::Input => self.input(node),
            Tag::Select => self.counts.selects += 1,
            Tag::Textarea => self.counts.textareas += 1,
            Tag::Button => {
                self.counts.buttons += 1;
                self.enter(Region::Button, id, end);
            }
            Tag::Table => self.counts.tables += 1,
            Tag::Time => self.counts.times += 1,
            Tag::Meta => self.meta(node),
            Tag::Link => self.counts.amp |= node.attr(Attr::Rel).is_some_and(|r| r == "amphtml"),
            Tag::Script => self.script(id, node),
            _ => {}
        }
    }

    fn input(&mut self, node: &Node) {
        let kind = node.attr(Attr::Type).unwrap_or("text").trim();
        let c = &mut self.counts;
        if kind.eq_ignore_ascii_case("hidden") {
            return;
        }
        c.inputs += 1;
        if kind.eq_ignore_ascii_case("password") {
            c.password_inputs += 1;
        } else if kind.eq_ignore_ascii_case("search") {
            c.search_inputs += 1;
        }
    }

    /// Counts runs of like siblings: same tag and class, one after another.
    fn sibling_run(&mut self, node: &Node, tag: Tag) {
        let (Some(parent), true) = (node.parent, is_repeatable(tag)) else {
            return;
        };
        let signature = signature(tag, node.attr(Attr::Class).unwrap_or_default());
        let slot = &mut self.slots[parent as usize];
        if slot.signature == signature && slot.run > 0 {
            slot.run = slot.run.saturating_add(1);
        } else {
            slot.signature = signature;
            slot.run = 1;
        }
        let c = &mut self.counts;
        if slot.run == REPEAT_RUN {
            c.repeat_groups += 1;
            c.repeat_items += u32::from(REPEAT_RUN);
        } else if slot.run > REPEAT_RUN {
            c.repeat_items += 1;
        }
        c.longest_run = c.longest_run.max(u32::from(slot.run));
    }

    fn push(&mut self, what: Option<Measured>, id: NodeId, node: &Node) {
        let c = &self.counts;
        self.open.push(Open {
            what,
            id,
            end: node.end,
            parent: node.parent.unwrap_or(id),
            chars: c.chars,
            link_chars: c.link_chars,
            linked_headings: c.linked_headings,
            headings: c.h1 + c.h2 + c.h3_plus,
            prose_chars: c.prose_chars,
            prose_paragraphs: c.prose_paragraphs,
        });
    }

    /// Measures every open element that ends at or before `id`.
    fn close_until(&mut self, id: NodeId) {
        while self.open.last().is_some_and(|o| o.end <= id) {
            if let Some(open) = self.open.pop() {
                self.close(&open);
            }
        }
    }

    fn close(&mut self, open: &Open) {
        let chars = self.counts.chars - open.chars;
        let link_chars = self.counts.link_chars - open.link_chars;
        let mostly_link = chars > 0 && link_chars * 2 > chars;
        let c = &mut self.counts;
        match open.what {
            Some(Measured::Paragraph) if !mostly_link => self.prose(open.parent, chars),
            Some(Measured::Heading) => {
                c.linked_headings += u32::from(mostly_link);
                c.question_headings += u32::from(self.last_char_is_question);
                let h1 = self.page.node(open.id).tag() == Some(Tag::H1);
                if c.h1_end.is_none() && h1 && chars > 0 {
                    c.h1_chars = chars;
                    c.h1_end = Some(c.chars);
                    c.credits_at_h1 = c.date_labels + c.byline_labels;
                }
            }
            Some(Measured::ListItem) => {
                c.list_items += 1;
                c.linked_list_items += u32::from(mostly_link);
                c.prose_list_items += u32::from(!mostly_link && chars >= PROSE_PARAGRAPH_CHARS);
            }
            Some(Measured::Link) => c.headline_links += u32::from(chars >= HEADLINE_LINK_CHARS),
            Some(Measured::Article) => {
                c.articles += 1;
                c.teaser_articles += u32::from(c.linked_headings > open.linked_headings);
            }
            Some(Measured::Paragraph | Measured::Pre) | None => {}
        }
        self.block(open, chars, link_chars);
    }

    /// Keeps the element whose prose is densest and largest at once (the most prose
    /// squared per character of text): the story's own block on an article, the whole
    /// body on a page whose prose is scattered between other things.
    fn block(&mut self, open: &Open, chars: u32, link_chars: u32) {
        let c = &mut self.counts;
        let prose = c.prose_chars - open.prose_chars;
        if prose == 0 {
            return;
        }
        let mass = f64::from(prose) * f64::from(prose) / f64::from(chars.max(1));
        if mass > c.block.mass {
            c.block = Block {
                mass,
                chars,
                link_chars,
                prose_chars: prose,
                prose_paragraphs: c.prose_paragraphs - open.prose_paragraphs,
                headings: c.h1 + c.h2 + c.h3_plus - open.headings,
            };
        }
    }

    /// A paragraph of `chars` characters under `parent`, counted when it reads as prose.
    fn prose(&mut self, parent: NodeId, chars: u32) {
        let c = &mut self.counts;
        if chars >= READERABLE_MIN_CHARS {
            c.readerable += f64::from(chars - READERABLE_MIN_CHARS).sqrt();
        }
        if chars < PROSE_PARAGRAPH_CHARS {
            return;
        }
        c.prose_paragraphs += 1;
        c.prose_chars += chars;
        let start = c.chars - chars;
        if let (Some(h1_end), None) = (c.h1_end, c.h1_to_prose) {
            if start >= h1_end {
                c.h1_to_prose = Some(start - h1_end);
                c.header_credits = c.date_labels + c.byline_labels - c.credits_at_h1;
            }
        }
        let slot = &mut self.slots[parent as usize];
        slot.prose_paragraphs = slot.prose_paragraphs.saturating_add(1);
        slot.prose_chars += chars;
        if slot.prose_chars > c.cluster_chars {
            c.cluster_chars = slot.prose_chars;
            c.cluster_paragraphs = u32::from(slot.prose_paragraphs);
        }
    }

    fn text(&mut self, id: NodeId, text: &str) {
        if !self.inside(Region::Body, id) {
            return;
        }
        let scan = scan_text(text);
        if scan.chars == 0 {
            return;
        }
        self.last_char_is_question =
            matches!(text.trim_end().chars().next_back(), Some('?' | '？'));
        let c = &mut self.counts;
        c.chars += scan.chars;
        c.sentence_ends += scan.sentence_ends;
        c.commas += scan.commas;
        let inside = |r: Region| id < self.region_end[r as usize];
        let regions = [
            (Region::Link, &mut c.link_chars),
            (Region::Chrome, &mut c.chrome_chars),
            (Region::Main, &mut c.main_chars),
            (Region::Code, &mut c.code_chars),
            (Region::Heading, &mut c.heading_chars),
        ];
        for (region, total) in regions {
            if inside(region) {
                *total += scan.chars;
            }
        }
        // A call to action is a link or a button; a byline's label stands outside the
        // link to its author. Each short text is looked up once.
        if inside(Region::Link) || inside(Region::Button) {
            if scan.chars <= ACTION_CHARS && is_call_to_action(text) {
                c.calls_to_action += 1;
            }
        } else if scan.chars <= BYLINE_CHARS && is_byline_label(text) {
            c.byline_labels += 1;
        }
        if scan.digits >= 4 && scan.chars <= PRICE_LABEL_CHARS && is_date_label(text) {
            c.date_labels += 1;
        }
        if scan.digits > 0 && scan.chars <= PRICE_LABEL_CHARS && is_price_label(text, &scan) {
            c.price_labels += 1;
        } else {
            c.price_mentions += scan.amounts;
        }
        if !inside(Region::Paragraph) && !inside(Region::Link) && !inside(Region::Heading) {
            self.loose_text(id, scan.chars);
        }
    }

    /// Bare text outside paragraphs (split by `<br>`, straight in a `div`) counts as a
    /// prose paragraph when it is long; short runs are labels. A container that holds
    /// nothing but the text is itself the paragraph (`<div class="para">…</div>`), so
    /// the text joins its container's siblings.
    fn loose_text(&mut self, id: NodeId, chars: u32) {
        if chars < LOOSE_PROSE_CHARS {
            return;
        }
        let Some(parent) = self.page.node(id).parent else {
            return;
        };
        let only_child = parent + 1 == id && self.page.node(parent).end == id + 1;
        let owner = match self.page.node(parent).parent {
            Some(grandparent) if only_child => grandparent,
            _ => parent,
        };
        self.prose(owner, chars);
    }
}

/// The elements whose own length the walk needs.
fn measured(tag: Tag) -> Option<Measured> {
    Some(match tag {
        Tag::P => Measured::Paragraph,
        Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 => Measured::Heading,
        Tag::Li => Measured::ListItem,
        Tag::A => Measured::Link,
        Tag::Pre => Measured::Pre,
        Tag::Article => Measured::Article,
        _ => return None,
    })
}

/// A `noscript` whose content was parsed as elements: the native parser reads a page
/// as a browser without scripts does when the page keeps its only content there
/// (Discourse forums), and then that content is the page. (With scripts on, a
/// `noscript` holds its markup as one text, never read.)
fn parsed_noscript(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    node.tag() == Some(Tag::Noscript) && (id + 1..node.end).any(|d| page.node(d).tag().is_some())
}

/// Tags whose repetition among siblings marks cards, tiles and posts.
fn is_repeatable(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Div | Tag::Li | Tag::Article | Tag::Section | Tag::Tr | Tag::Figure | Tag::Dd
    )
}

/// A hash of a tag and its class value, read eight bytes at a time; never 0 for a
/// real element. Only whether two siblings' signatures are equal matters.
fn signature(tag: Tag, class: &str) -> u32 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes = class.as_bytes();
    let mut h = (bytes.len() as u64 ^ (tag as u64) << 32).wrapping_mul(K);
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = word.try_into().map_or(0, u64::from_le_bytes);
        h = (h ^ word).wrapping_mul(K);
        h ^= h >> 29;
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(last)).wrapping_mul(K);
    }
    (h ^ h >> 32) as u32 | 1
}
