//! Labels the blocks around and inside the story with a boilerplate kind.
//!
//! Around the story, the sweep goes from the content root up to `<body>`. Blocks in
//! the article's own container (the nearest ancestor shared by the root and the
//! headline) are the article's header and footer: they are hidden only when their
//! markup or link density says so. Blocks further out are the site around the story
//! and are hidden whole. Inside the story, only blocks that announce themselves (ads,
//! share bars, "read also" links) are hidden, never a body paragraph.

use std::sync::OnceLock;

use crate::analysis::{Boilerplate, BoilerplateKind as K};
use crate::lexicon::boilerplate::{
    AD_LABELS, CLASS_FRAGMENTS, CLASS_TOKENS, LAYOUT_STATE_WORDS, LAYOUT_WORDS, OVERLAY_WORDS,
    READ_ALSO_PHRASES, ROLES, SIGNUP_LINK_FRAGMENTS,
};
use crate::lexicon::FragmentIndex;
use crate::page::{Attr, Node, NodeId, Page, Tag};

use super::stats::{PageStats, Stats};
use crate::text::ToLower;

/// A block with more link text than this, inside the article container, is a list of
/// links (categories, tags, next/previous), not part of the article.
const LINK_LIST_DENSITY: f64 = 0.6;

/// A block whose share of the story's prose is larger than this is never hidden from
/// inside the story, whatever its class says.
const MAX_INNER_SHARE: f64 = 0.3;

/// A block inside the story needs this much prose of its own, besides its share, to be
/// kept whatever its kind: a short "submit a correction" box is not the story.
const MIN_INNER_STORY: u32 = 500;

/// Kinds whose block can hold a large part of the story itself (a form around a
/// thread, a comment section that is the discussion, a widget wrapper): site menus,
/// footers and consent notices never do, however much text they carry.
fn may_hold_story(kind: K) -> bool {
    !matches!(kind, K::Nav | K::Footer | K::Cookie | K::Breadcrumb)
}

/// A block larger than this many nodes is not one "read also" link or ad label.
const MAX_INLINE_BLOCK_NODES: u32 = 64;

/// A "read also" paragraph is at least this much link text.
const READ_ALSO_LINK_DENSITY: f64 = 0.4;

/// A block with this much prose of its own (at low link density) is content whatever
/// its class or id says: page builders such as Elementor and HubSpot wrap whole stories
/// in `widget` classes. Comment threads and cookie notices keep their kind, since they
/// are prose too.
const PROSE_OUTWEIGHS_NAMES: u32 = 200;

/// The kind an element's own tag, role, class or id announces, given its measurements.
pub fn own_kind(node: &Node, stats: &Stats) -> Option<K> {
    let tag = node.tag()?;
    // The page itself and its main landmark: their classes describe the whole page
    // ("has-sidebar", "has-promo-banner"), not a block of it.
    if matches!(tag, Tag::Html | Tag::Body | Tag::Main) {
        return None;
    }
    let by_tag = match tag {
        Tag::Nav => Some(K::Nav),
        Tag::Aside => Some(K::Widget),
        Tag::Footer => Some(K::Footer),
        Tag::Form => Some(K::Other),
        Tag::Dialog => Some(K::Other),
        _ => None,
    };
    let by_role = node.attr(Attr::Role).and_then(|role| {
        let role = role.trim().to_ascii_lowercase();
        ROLES.iter().find(|(r, _)| *r == role).map(|(_, k)| *k)
    });
    let prose = stats.para_chars >= PROSE_OUTWEIGHS_NAMES && stats.link_density() <= 0.25;
    let by_name = [node.attr(Attr::Id), node.attr(Attr::Class)]
        .into_iter()
        .flatten()
        .find_map(kind_from_names)
        .filter(|k| !prose || matches!(k, K::Comments | K::CommentForm | K::Cookie))
        .filter(|&k| {
            // A paragraph of text is no menu, whatever its class says (`contextmenu`).
            let links = is_link_kind(k) || (k == K::Nav && tag == Tag::P);
            !links || stats.chars < 30 || stats.link_density() >= MIN_LINK_KIND_DENSITY
        });
    // A side rail by tag alone gives way to prose too: shops put their product
    // descriptions in `<aside>` drawers.
    let by_tag = by_tag.filter(|&k| !(prose && tag == Tag::Aside && k == K::Widget));
    by_name.or(by_role).or(by_tag)
}

/// A dialog by tag or role, laid over the page: never part of its story.
fn is_dialog(node: &Node) -> bool {
    node.tag() == Some(Tag::Dialog)
        || node.attr(Attr::Role).is_some_and(|r| {
            let r = r.trim();
            r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")
        })
}

/// True when a whole word of the element's class or id names a layer over the page
/// (`modal`, `popup`, `overlay`). A word after a state word (`has-overlay`,
/// `ob-has-background-overlay`) describes the block, not a layer.
pub fn names_overlay(node: &Node) -> bool {
    let among = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    [node.attr(Attr::Id), node.attr(Attr::Class)]
        .into_iter()
        .flatten()
        .flat_map(str::split_whitespace)
        .any(|class| {
            let mut after_state = false;
            class.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                after_state |= among(LAYOUT_STATE_WORDS, w);
                !after_state && among(OVERLAY_WORDS, w)
            })
        })
}

/// Kinds that are lists of links: a block named so but holding little link text is
/// something else (a product card classed `product_tag-cups`, a restaurant's menu).
fn is_link_kind(kind: K) -> bool {
    matches!(kind, K::Tags)
}

/// The least link density of a block whose class names a list of links.
const MIN_LINK_KIND_DENSITY: f64 = 0.3;

/// Above this many classes, whole-token words (`tag`, `ad`, `nav`) are not read.
const MAX_TOKEN_CLASSES: usize = 6;

/// The kind a class or id value names, by fragment first, then by whole token. A
/// fragment that a layout or state word precedes inside one class describes the page's
/// layout, not the block (`has-sidebar`, `no-comments`, `c-layout-sidebar-left`).
fn kind_from_names(value: &str) -> Option<K> {
    let lower = value.to_ascii_lowercase();
    static FRAGMENTS: OnceLock<FragmentIndex> = OnceLock::new();
    let fragments =
        FRAGMENTS.get_or_init(|| FragmentIndex::new(CLASS_FRAGMENTS.iter().map(|(f, _)| *f)));
    // The index finds the few fragments the value holds at all; each is then looked for
    // class by class.
    let named = |fragment: &str, kind: K| {
        lower.split_whitespace().any(|class| {
            class
                .match_indices(fragment)
                .any(|(at, _)| !describes_layout(&class[..at], kind))
        })
    };
    let found = fragments.matches_in(&lower).into_iter().find(|&k| {
        let (fragment, kind) = CLASS_FRAGMENTS[k];
        named(fragment, kind)
    });
    if let Some(k) = found {
        return Some(CLASS_FRAGMENTS[k].1);
    }
    // A long run of classes is an item's taxonomy (`post-12 type-product
    // product_tag-cups has-post-thumbnail`), whose short words do not name a block.
    if lower.split_whitespace().count() > MAX_TOKEN_CLASSES {
        return None;
    }
    lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find_map(|token| {
            CLASS_TOKENS
                .iter()
                .find(|(t, _)| *t == token)
                .map(|(_, k)| *k)
        })
}

/// True when the words of a class before a furniture word make it a description of the
/// layout: a state (`has-`, `no-`, `with-`) for any kind, a layout word (`layout`,
/// `grid`, `wrap`) for a side rail or widget.
fn describes_layout(before: &str, kind: K) -> bool {
    before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| {
            LAYOUT_STATE_WORDS.contains(&word)
                || (kind == K::Widget && LAYOUT_WORDS.contains(&word))
        })
}

/// Every block to hide, in document order. `container` is the article's own
/// container (see [`article_container`]); `run` says the root is a run of teasers or
/// posts, whose members are the content whatever their classes say; `replies` says the
/// comments inside the root are the content (a thread).
pub fn boilerplate(
    page: &Page,
    stats: &PageStats,
    root: NodeId,
    container: NodeId,
    title: Option<NodeId>,
    run: bool,
    replies: bool,
) -> Vec<Boilerplate> {
    let mut sweep = Sweep {
        page,
        stats,
        title,
        found: Vec::new(),
    };
    sweep.around(root, container);
    sweep.inside(root, run, replies);
    crate::order::by_key(&mut sweep.found, |b| (u64::from(b.node), 0));
    sweep.found
}

/// The article's own container: the nearest element holding both the story and its
/// headline, unless that is the whole page; else the story root itself.
pub fn article_container(page: &Page, root: NodeId, title_node: Option<NodeId>) -> NodeId {
    title_node
        .filter(|&t| !page.is_inside(t, root))
        .and_then(|t| common_ancestor(page, t, root))
        .filter(|&c| !matches!(page.node(c).tag(), Some(Tag::Body | Tag::Html) | None))
        .unwrap_or(root)
}

fn common_ancestor(page: &Page, a: NodeId, b: NodeId) -> Option<NodeId> {
    std::iter::once(a)
        .chain(page.ancestors(a))
        .find(|&candidate| page.is_inside(b, candidate))
}

struct Sweep<'a> {
    page: &'a Page,
    stats: &'a PageStats,
    title: Option<NodeId>,
    found: Vec<Boilerplate>,
}

impl Sweep<'_> {
    fn hide(&mut self, node: NodeId, kind: K) {
        self.found.push(Boilerplate {
            kind,
            text_chars: self.stats.of(node).chars as usize,
            node,
        });
    }

    /// Labels the siblings of every block on the path from `root` up to `<body>`.
    fn around(&mut self, root: NodeId, container: NodeId) {
        let mut on_path = root;
        while let Some(parent) = self.page.node(on_path).parent {
            if matches!(self.page.node(parent).tag(), Some(Tag::Html) | None) {
                break;
            }
            let inside_container = self.page.is_inside(parent, container);
            for child in self.page.children(parent) {
                if child == on_path || !self.is_rendered_element(child) {
                    continue;
                }
                if inside_container {
                    self.article_furniture(child);
                } else {
                    let kind = self.kind_of_block(child);
                    self.hide(child, kind);
                }
            }
            on_path = parent;
        }
    }

    /// Inside the article's container: hide what announces itself or is a list of
    /// links; look inside everything else; keep the headline, byline, dates, images.
    fn article_furniture(&mut self, id: NodeId) {
        // An explicit stack: article headers can be nested arbitrarily deep.
        let mut stack = vec![id];
        while let Some(id) = stack.pop() {
            let holds_title = self.title.is_some_and(|t| self.page.is_inside(t, id));
            if let Some(kind) = self.stats.own_kind(id).filter(|_| !holds_title) {
                self.hide(id, kind);
                continue;
            }
            if self.is_byline(id) {
                // Kept whole: its link to the author's page is part of it.
                continue;
            }
            let s = self.stats.of(id);
            if s.chars > 0 && s.link_density() > LINK_LIST_DENSITY && !holds_title {
                self.hide(id, K::Nav);
                continue;
            }
            let children: Vec<NodeId> = self
                .page
                .children(id)
                .filter(|&c| self.is_rendered_element(c))
                .collect();
            stack.extend(children.into_iter().rev());
        }
    }

    /// Bylines are mostly a link to the author's page, yet they are the article's own.
    fn is_byline(&self, id: NodeId) -> bool {
        let node = self.page.node(id);
        node.attr(Attr::Class)
            .is_some_and(crate::meta::names_author)
            || node
                .attr(Attr::Itemprop)
                .is_some_and(|v| v.split_whitespace().any(|t| t == "author"))
            || node
                .attr(Attr::Rel)
                .is_some_and(|v| v.split_whitespace().any(|t| t == "author"))
    }

    /// Inside the story: ads, share bars, "read also" links and other blocks that
    /// announce themselves, as long as they are a small part of the story.
    fn inside(&mut self, root: NodeId, run: bool, replies: bool) {
        let total = f64::from(self.stats.of(root).all_para_chars.max(1));
        let mut skip_until = root + 1;
        for id in self.page.descendants(root) {
            if id < skip_until || !self.is_rendered_element(id) {
                continue;
            }
            if run && self.page.node(id).parent == Some(root) {
                continue;
            }
            let prose = self.stats.of(id).all_para_chars;
            let large = f64::from(prose) / total > MAX_INNER_SHARE && prose >= MIN_INNER_STORY;
            // Content whatever its kind: a large part of the story, or the replies of
            // a thread.
            let content = |k: K| {
                (large && may_hold_story(k) && !is_dialog(self.page.node(id)))
                    || (replies && k == K::Comments)
            };
            let kind = self
                .stats
                .own_kind(id)
                .filter(|&k| !content(k))
                .or_else(|| self.inline_kind(id));
            if let Some(kind) = kind {
                self.hide(id, kind);
                skip_until = self.page.node(id).end;
            }
        }
    }

    /// Blocks that only their words give away: "Read also: …" links and ad labels.
    fn inline_kind(&self, id: NodeId) -> Option<K> {
        let tag = self.page.node(id).tag()?;
        if !matches!(tag, Tag::P | Tag::Div | Tag::Li | Tag::Span | Tag::Section) {
            return None;
        }
        let s = self.stats.of(id);
        // Only small blocks: a "read also" box is a label and a link or two. A wrapper
        // around a deep subtree is judged through the blocks inside it, which also keeps
        // deeply nested pages linear.
        let small = self.page.node(id).end - id <= MAX_INLINE_BLOCK_NODES;
        if !small || s.chars == 0 || s.chars > 300 {
            return None;
        }
        let text = self.page.text_prefix(id, 40, 200).to_lower();
        if s.link_density() >= READ_ALSO_LINK_DENSITY
            && READ_ALSO_PHRASES.iter().any(|p| text.starts_with(p))
        {
            return Some(K::ReadAlso);
        }
        if tag != Tag::P && self.links_to_signup(id) {
            return Some(K::Subscribe);
        }
        let label = text.trim_matches(|c: char| !c.is_alphanumeric());
        AD_LABELS
            .iter()
            .any(|l| l.trim_matches(|c: char| !c.is_alphanumeric()) == label)
            .then_some(K::Ad)
    }

    /// True when a link inside `id` leads to a sign-up or subscription page.
    fn links_to_signup(&self, id: NodeId) -> bool {
        self.page.descendants(id).any(|d| {
            let node = self.page.node(d);
            node.tag() == Some(Tag::A)
                && node.attr(Attr::Href).is_some_and(|href| {
                    let href = href.to_ascii_lowercase();
                    SIGNUP_LINK_FRAGMENTS.iter().any(|f| href.contains(f))
                })
        })
    }

    /// The kind of a block outside the article: its own, else the kind most of its
    /// text belongs to, else what its shape suggests.
    fn kind_of_block(&self, id: NodeId) -> K {
        if let Some(kind) = self.stats.own_kind(id) {
            return kind;
        }
        let total = self.stats.of(id).chars;
        let dominant = self.page.descendants(id).find_map(|d| {
            let kind = self.stats.own_kind(d)?;
            (total > 0 && self.stats.of(d).chars * 2 > total).then_some(kind)
        });
        dominant.unwrap_or_else(|| match self.page.node(id).tag() {
            Some(Tag::Header) => K::Header,
            _ if self.stats.of(id).link_density() > LINK_LIST_DENSITY => K::Related,
            _ => K::Other,
        })
    }

    /// Elements that take space on the page (not scripts, styles or metadata).
    fn is_rendered_element(&self, id: NodeId) -> bool {
        match self.page.node(id).tag() {
            Some(tag) => {
                !matches!(
                    tag,
                    Tag::Script
                        | Tag::Style
                        | Tag::Link
                        | Tag::Meta
                        | Tag::Template
                        | Tag::Noscript
                        | Tag::Title
                        | Tag::Head
                ) && !self.stats.is_hidden(id)
            }
            None => false,
        }
    }
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use super::*;

    #[test]
    fn a_class_describing_a_layout_with_a_rail_is_not_the_rail() {
        for layout in [
            "c-layout-sidebar-left",
            "content-sidebar-wrap",
            "has-sidebar",
            "page no-sidebar",
            "grid-with-widgets",
        ] {
            assert_eq!(kind_from_names(layout), None, "{layout}");
        }
        for rail in [
            "sidebar",
            "left-sidebar",
            "sidebar-content",
            "col sidebar-primary",
        ] {
            assert_eq!(kind_from_names(rail), Some(K::Widget), "{rail}");
        }
        // State words apply to every kind; layout words only to side rails.
        assert_eq!(kind_from_names("no-comments"), None);
        assert_eq!(kind_from_names("page-footer"), Some(K::Footer));
    }

    #[test]
    fn a_layer_over_the_page_is_named_by_a_whole_word() {
        let page = crate::page::from_html::parse(
            "<body><div class='pum pum-overlay'>a</div><div id=brandModal \
             class='modal-wrapper'>b</div><div class='ob-has-background-overlay'>c</div>\
             <div class='modalMinWidth'>d</div><div class=popupish>e</div></body>",
            None,
        );
        let named: Vec<bool> = page
            .nodes()
            .iter()
            .filter(|n| n.tag() == Some(Tag::Div))
            .map(names_overlay)
            .collect();
        assert_eq!(named, vec![true, true, false, false, false]);
    }

    #[test]
    fn an_items_taxonomy_classes_do_not_name_a_block() {
        let card = "product type-product post-15859 status-publish first instock \
                    product_cat-cups product_tag-reusable-cups has-post-thumbnail";
        assert_eq!(kind_from_names(card), None);
        assert_eq!(kind_from_names("entry-tags"), Some(K::Tags));
        assert_eq!(kind_from_names("post-tag tag"), Some(K::Tags));
    }

    #[test]
    fn a_block_named_tags_but_not_made_of_links_is_not_a_tag_list() {
        let page = crate::page::from_html::parse(
            "<body><div class='item tag-sale'>Hand-thrown stoneware mug, glazed in \
             speckled white, 350 ml.</div><div class='tags'><a href=/t/a>mugs</a> \
             <a href=/t/b>stoneware</a></div></body>",
            None,
        );
        let stats = super::super::stats::measure(&page);
        let kinds: Vec<_> = page
            .nodes()
            .iter()
            .enumerate()
            .filter(|(_, n)| n.tag() == Some(Tag::Div))
            .map(|(i, _)| stats.own_kind(i as NodeId))
            .collect();
        assert_eq!(kinds, vec![None, Some(K::Tags)]);
    }
}
