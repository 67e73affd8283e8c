//! The one pass over the page arena that detection makes: it counts, in document
//! order, what tells page kinds apart, and nothing else.
//!
//! Regions (links, navigation, the main landmark, forms, code) are tracked by the end
//! of their outermost open element, so "is this text inside a link?" is one compare.
//! Elements whose own length matters (paragraphs, headings, list items, links, `pre`,
//! `article`) sit on a small stack and are measured when the walk leaves them.

use crate::lexicon::page_kinds::{
    SchemaGroup, CLASS_GROUPS, CURRENCY_CODES, CURRENCY_SIGNS, SCHEMA_GROUPS,
};
use crate::page::{Attr, Node, NodeData, NodeId, Page, Tag};

use super::markup::{class_groups, json_ld_types, og_group, schema_group, style_hides};
use super::url_shape::{shape, UrlShape};

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

/// Siblings of the same tag and class, this many in a row, make a repeated structure
/// (teaser cards, product tiles, posts of a thread).
const REPEAT_RUN: u16 = 3;

/// Everything the walk counts. Character counts are non-space characters of text a
/// reader sees (scripts, styles, form controls and hidden elements left out).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// Elements in the page.
    pub elements: u32,
    /// Text characters in the body.
    pub chars: u32,
    /// Of those, inside links.
    pub link_chars: u32,
    /// Of those, inside navigation, headers, footers and asides.
    pub chrome_chars: u32,
    /// Of those, inside `main`, `article` or an `itemprop=articleBody` block.
    pub main_chars: u32,
    /// Of those, inside `pre` and `code`.
    pub code_chars: u32,
    /// Of those, inside headings.
    pub heading_chars: u32,
    /// Sentence ends (`.`, `!`, `?` before a space or the end of a text).
    pub sentence_ends: u32,
    /// Commas.
    pub commas: u32,
    /// `p` elements.
    pub paragraphs: u32,
    /// Paragraphs (or long runs of bare text) that read as prose.
    pub prose_paragraphs: u32,
    /// Their characters.
    pub prose_chars: u32,
    /// Prose paragraphs of the parent that holds the most prose.
    pub cluster_paragraphs: u32,
    /// Prose characters of that parent.
    pub cluster_chars: u32,
    /// The element with the densest prose.
    pub block: Block,
    /// Readability's reader-mode score: the sum of `sqrt(chars - 140)` over long
    /// paragraphs.
    pub readerable: f64,
    /// `h1` elements.
    pub h1: u32,
    /// Text characters of the first `h1`.
    pub h1_chars: u32,
    /// `h2` elements.
    pub h2: u32,
    /// `h3` to `h6` elements.
    pub h3_plus: u32,
    /// Headings that are mostly a link (teaser headlines).
    pub linked_headings: u32,
    /// Links.
    pub links: u32,
    /// Links with headline-length text.
    pub headline_links: u32,
    /// List items.
    pub list_items: u32,
    /// List items that are mostly a link.
    pub linked_list_items: u32,
    /// List items that read as prose (a sentence or more, mostly not a link).
    pub prose_list_items: u32,
    /// Headings that end in a question mark (the questions of guides and FAQs).
    pub question_headings: u32,
    /// Images.
    pub images: u32,
    /// Videos and embedded frames.
    pub embeds: u32,
    /// Forms.
    pub forms: u32,
    /// Inputs a user types into or ticks (hidden inputs left out).
    pub inputs: u32,
    /// Password inputs.
    pub password_inputs: u32,
    /// Search inputs and search landmarks.
    pub search_inputs: u32,
    /// Drop-down lists.
    pub selects: u32,
    /// Text areas.
    pub textareas: u32,
    /// Buttons (elements and `role=button`).
    pub buttons: u32,
    /// Short texts that are a price (`$19.99`, `19,99 €`).
    pub price_labels: u32,
    /// Currency amounts inside longer text.
    pub price_mentions: u32,
    /// Elements marked `itemprop=price`.
    pub itemprop_prices: u32,
    /// `pre` blocks.
    pub pre_blocks: u32,
    /// `code`, `kbd` and `samp` elements.
    pub code_elements: u32,
    /// Tables.
    pub tables: u32,
    /// `time` elements.
    pub times: u32,
    /// `article` elements.
    pub articles: u32,
    /// `article` elements holding a linked heading (teaser cards).
    pub teaser_articles: u32,
    /// A `main` element or `role=main`.
    pub main_landmark: bool,
    /// An `itemprop=articleBody` block.
    pub article_body: bool,
    /// Runs of [`REPEAT_RUN`] or more like siblings.
    pub repeat_groups: u32,
    /// Elements in such runs.
    pub repeat_items: u32,
    /// The longest such run.
    pub longest_run: u32,
    /// Elements whose class or id names each [`ClassGroup`], by group index.
    pub class_groups: [u32; CLASS_GROUPS],
    /// Each [`SchemaGroup`] declared by JSON-LD, `og:type` or microdata, by group index.
    pub schema: [bool; SCHEMA_GROUPS],
    /// Microdata items (`itemtype`) of each [`SchemaGroup`], by group index.
    pub microdata: [u32; SCHEMA_GROUPS],
    /// JSON-LD gives a `datePublished`.
    pub ld_date_published: bool,
    /// JSON-LD names an `author`.
    pub ld_author: bool,
    /// An `article:published_time` meta tag.
    pub published_meta: bool,
    /// An `author` or `article:author` meta tag.
    pub author_meta: bool,
    /// A `link rel=amphtml`: the site publishes this page as an AMP story.
    pub amp: bool,
    /// The URL's shape.
    pub url: UrlShape,
}

/// The element with the densest prose: the one with the most prose characters squared
/// per character of text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Block {
    /// Its prose characters squared per character of text.
    pub mass: f64,
    /// Its text characters.
    pub chars: u32,
    /// Of those, inside links.
    pub link_chars: u32,
    /// Its prose characters.
    pub prose_chars: u32,
    /// Its prose paragraphs.
    pub prose_paragraphs: u32,
    /// Its headings.
    pub headings: u32,
}

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
enum Region {
    Body,
    Link,
    Chrome,
    Main,
    Code,
    Heading,
    Paragraph,
}

const REGIONS: usize = 7;

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

struct Walk<'a> {
    page: &'a Page,
    /// The last visible character of the text read so far is a question mark.
    last_char_is_question: bool,
    counts: Counts,
    skip_until: NodeId,
    region_end: [NodeId; REGIONS],
    open: Vec<Open>,
    slots: Vec<Slot>,
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
        }
    }

    fn inside(&self, region: Region, id: NodeId) -> bool {
        id < self.region_end[region as usize]
    }

    fn enter(&mut self, region: Region, id: NodeId, end: NodeId) {
        if !self.inside(region, id) {
            self.region_end[region as usize] = end;
        }
    }

    fn element(&mut self, id: NodeId, node: &Node, tag: Tag) {
        self.counts.elements += 1;
        if node.attr(Attr::Hidden).is_some() || node.attr(Attr::Style).is_some_and(style_hides) {
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

    fn attributes(&mut self, id: NodeId, node: &Node) {
        let NodeData::Element { attrs, .. } = &node.data else {
            return;
        };
        let mut groups = 0u16;
        for (attr, value) in attrs {
            match attr {
                Attr::Class | Attr::Id => groups |= class_groups(value),
                Attr::Role => self.role(id, node.end, value),
                Attr::Itemprop => self.itemprop(id, node.end, value),
                Attr::Itemtype => {
                    for name in value.split_whitespace() {
                        if let Some(g) = schema_group(name) {
                            self.counts.microdata[g as usize] += 1;
                            self.counts.schema[g as usize] = true;
                        }
                    }
                }
                _ => {}
            }
        }
        if groups != 0 {
            for (g, count) in self.counts.class_groups.iter_mut().enumerate() {
                *count += u32::from(groups >> g & 1);
            }
        }
    }

    fn role(&mut self, id: NodeId, end: NodeId, role: &str) {
        match role.trim() {
            "navigation" | "banner" | "contentinfo" | "complementary" => {
                self.enter(Region::Chrome, id, end)
            }
            "main" => {
                self.counts.main_landmark = true;
                self.enter(Region::Main, id, end);
            }
            "search" => self.counts.search_inputs += 1,
            "button" => self.counts.buttons += 1,
            _ => {}
        }
    }

    fn itemprop(&mut self, id: NodeId, end: NodeId, value: &str) {
        for prop in value.split_whitespace() {
            match prop {
                "articleBody" => {
                    self.counts.article_body = true;
                    self.enter(Region::Main, id, end);
                }
                "price" => self.counts.itemprop_prices += 1,
                _ => {}
            }
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
            Tag::Button => self.counts.buttons += 1,
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

    fn meta(&mut self, node: &Node) {
        let Some(key) = node.attr(Attr::Property).or_else(|| node.attr(Attr::Name)) else {
            return;
        };
        let content = node.attr(Attr::Content).unwrap_or_default();
        let key = key.trim();
        if key.eq_ignore_ascii_case("og:type") {
            if let Some(g) = og_group(content) {
                self.counts.schema[g as usize] = true;
            }
        } else if key.eq_ignore_ascii_case("article:published_time") {
            self.counts.published_meta = true;
        } else if key.eq_ignore_ascii_case("author") || key.eq_ignore_ascii_case("article:author") {
            self.counts.author_meta |= !content.trim().is_empty();
        } else if key.eq_ignore_ascii_case("product:price:amount")
            || key.eq_ignore_ascii_case("og:price:amount")
        {
            self.counts.schema[SchemaGroup::Product as usize] = true;
        }
    }

    /// JSON-LD blocks: the types they declare. (Other scripts hold no text in a Page.)
    fn script(&mut self, id: NodeId, node: &Node) {
        let c = &mut self.counts;
        for child in self.page.descendants(id) {
            if let Some(text) = self.page.node(child).text() {
                json_ld_types(text, |name| {
                    if let Some(g) = schema_group(name) {
                        c.schema[g as usize] = true;
                    }
                });
                c.ld_date_published |= text.contains("\"datePublished\"");
                c.ld_author |= text.contains("\"author\"");
            }
        }
        self.skip_until = node.end;
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
                if c.h1_chars == 0 && self.page.node(open.id).tag() == Some(Tag::H1) {
                    c.h1_chars = chars;
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

/// A cheap hash of a tag and its class value (FNV-1a); never 0 for a real element.
fn signature(tag: Tag, class: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5 ^ tag as u32;
    for &b in class.as_bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h | 1
}

/// What one text node holds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct TextScan {
    chars: u32,
    sentence_ends: u32,
    commas: u32,
    digits: u32,
    currency: u32,
    amounts: u32,
}

/// Counts a text's characters, sentence ends, commas, digits and currency marks. This
/// sees every character of the page, so it works on bytes: one branch-free pass counts
/// the characters (every byte but spaces and UTF-8 continuation bytes), and a second
/// pass stops only at the few bytes that can start a mark worth counting (ASCII
/// punctuation, digits, `$`, and the lead bytes of CJK and Arabic punctuation and of
/// the other currency signs). Non-ASCII spaces count as characters.
fn scan_text(text: &str) -> TextScan {
    let bytes = text.as_bytes();
    let mut s = TextScan {
        chars: bytes
            .iter()
            .map(|&b| u32::from(!b.is_ascii_whitespace() && b & 0xC0 != 0x80))
            .sum(),
        ..TextScan::default()
    };
    if s.chars == 0 {
        return s;
    }
    for (i, &b) in bytes.iter().enumerate() {
        if !MARK_BYTES[usize::from(b)] {
            continue;
        }
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        match b {
            b'.' | b'!' | b'?' => {
                let prev_word =
                    i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80);
                let next_blank = i + 1 == bytes.len() || next(1).is_ascii_whitespace();
                s.sentence_ends += u32::from(prev_word && next_blank);
            }
            b',' => s.commas += 1,
            b'0'..=b'9' => s.digits += 1,
            b'$' => s.currency_at(text, i, 1),
            // 。、 and ！，？ (full-width), then the Arabic comma.
            0xE3 if next(1) == 0x80 => match next(2) {
                0x82 => s.sentence_ends += 1,
                0x81 => s.commas += 1,
                _ => {}
            },
            0xEF if next(1) == 0xBC => match next(2) {
                0x81 | 0x9F => s.sentence_ends += 1,
                0x8C => s.commas += 1,
                _ => {}
            },
            0xD8 if next(1) == 0x8C => s.commas += 1,
            0xC2 | 0xE0 | 0xE2 => {
                if let Some(ch) = text.get(i..).and_then(|t| t.chars().next()) {
                    if is_currency(ch) {
                        s.currency_at(text, i, ch.len_utf8());
                    }
                }
            }
            _ => {}
        }
    }
    s
}

/// The bytes at which [`scan_text`] looks closer.
const MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b".!?,$0123456789";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table[0xC2] = true;
    table[0xD8] = true;
    table[0xE0] = true;
    table[0xE2] = true;
    table[0xE3] = true;
    table[0xEF] = true;
    table
};

impl TextScan {
    /// A currency sign at `text[at..at + len]`: an amount when a digit stands next to
    /// it, spaces aside (`$5`, `5 €`).
    fn currency_at(&mut self, text: &str, at: usize, len: usize) {
        self.currency += 1;
        let before = text[..at].trim_end().bytes().next_back();
        let after = text[at + len..].trim_start().bytes().next();
        if before.is_some_and(|b| b.is_ascii_digit()) || after.is_some_and(|b| b.is_ascii_digit()) {
            self.amounts += 1;
        }
    }
}

/// A short text with a digit that shows a currency sign or code.
fn is_price_label(text: &str, scan: &TextScan) -> bool {
    scan.currency > 0
        || text
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| CURRENCY_CODES.contains(&w))
}

fn is_currency(c: char) -> bool {
    CURRENCY_SIGNS.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_scan_counts_prose_marks_and_prices() {
        let s = scan_text("It rained. Then, it stopped!  Really?");
        assert_eq!((s.chars, s.sentence_ends, s.commas), (31, 3, 1));
        let s = scan_text("Was $5, now 4,50 € or v1.2");
        assert_eq!((s.currency, s.amounts, s.sentence_ends), (2, 2, 0));
        let s = scan_text("雨が降った。止んだ、たぶん。");
        assert_eq!((s.chars, s.sentence_ends, s.commas), (14, 2, 1));
    }

    #[test]
    fn currency_signs_start_with_the_bytes_the_scan_decodes() {
        for c in CURRENCY_SIGNS.iter().filter(|c| !c.is_ascii()) {
            let first = c.to_string().as_bytes()[0];
            assert!(matches!(first, 0xC2 | 0xE0 | 0xE2), "{c}");
        }
    }

    #[test]
    fn price_labels_take_signs_or_codes() {
        let label = |t: &str| is_price_label(t, &scan_text(t));
        assert!(label("$19.99") && label("USD 20") && !label("20 items"));
    }
}
