//! Picks the content root: the element whose paragraphs make up the story.
//!
//! Each prose paragraph gives points to its parent (full), grandparent (half) and
//! further ancestors (less with each level), as Readability does; an ancestor's class
//! vocabulary and its link density then adjust its total. The best-scoring element
//! wins, and the pick climbs to a parent when the parent holds clearly more prose
//! (a story split into several blocks by ads or pull quotes).

use std::sync::OnceLock;

use crate::analysis::BoilerplateKind;
use crate::lexicon::boilerplate::CONTENT_FRAGMENTS;
use crate::lexicon::FragmentIndex;
use crate::page::{Attr, NodeData, NodeId, Page, Tag};

use super::stats::{holds_loose_text, PageStats, MIN_PARAGRAPH_CHARS};

/// How many ancestor levels a paragraph's points reach.
const SCORE_LEVELS: usize = 5;

/// Points for class/id words that name the story (and the penalty for boilerplate).
const CLASS_WEIGHT: f64 = 25.0;

/// The root climbs to its parent when the parent has this much more prose.
const CLIMB_RATIO: f64 = 1.3;

/// Below this much prose there is no story to extract.
const MIN_ROOT_PARA_CHARS: u32 = 140;

/// The content root, or `None` when the page has no text at all.
pub fn content_root(page: &Page, stats: &PageStats, furniture: &[bool]) -> Option<NodeId> {
    let mut scores = vec![0.0f64; page.len()];
    for (i, node) in page.nodes().iter().enumerate() {
        let id = i as NodeId;
        let Some(tag) = node.tag() else { continue };
        let s = stats.of(id);
        let is_prose = matches!(tag, Tag::P | Tag::Pre | Tag::Td | Tag::Blockquote)
            || (holds_loose_text(tag) && s.direct_chars >= MIN_PARAGRAPH_CHARS);
        if !is_prose || s.chars < MIN_PARAGRAPH_CHARS || stats.is_hidden(id) {
            continue;
        }
        let mut points = 1.0 + f64::from(s.commas) + (f64::from(s.chars) / 100.0).min(3.0);
        if furniture[i] {
            points *= FURNITURE_VOTE;
        }
        for (level, ancestor) in page.ancestors(id).take(SCORE_LEVELS).enumerate() {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            scores[ancestor as usize] += points / divider;
        }
    }
    let candidates = || {
        scores
            .iter()
            .enumerate()
            .filter(|(i, &raw)| raw > 0.0 && page.node(*i as NodeId).tag().is_some())
    };
    let best_of = |min_prose: u32, in_furniture: bool| {
        candidates()
            .filter(|(i, _)| {
                stats.of(*i as NodeId).para_chars >= min_prose && (in_furniture || !furniture[*i])
            })
            .map(|(i, &raw)| (i as NodeId, final_score(page, stats, i as NodeId, raw)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(id, _)| id)
    };
    // The best block outside page furniture with enough prose; else, since furniture's
    // prose can be the page's only prose, the best block anywhere; a short page is
    // still read: its best block, however short, or its body.
    let best = best_of(MIN_ROOT_PARA_CHARS, false)
        .or_else(|| best_of(MIN_ROOT_PARA_CHARS, true))
        .or_else(|| best_of(0, true))
        .or_else(|| {
            page.first_with_tag(Tag::Body)
                .filter(|&b| stats.of(b).chars > 0)
        })?;
    Some(climb(page, stats, best))
}

/// What a paragraph inside page furniture (a footer, a form, a consent banner, a
/// sidebar) weighs against one elsewhere: its prose can still be the page's only prose,
/// but a cart drawer or a cookie notice must not outvote the page's own short texts.
const FURNITURE_VOTE: f64 = 0.25;

/// Marks every element inside a block that announces itself as page furniture: other
/// than a comment thread (comments are prose, and on a thread they are the content) or
/// a bare `<form>` (forms wrap whole pages, post feeds and product options).
pub fn furniture(page: &Page, stats: &PageStats) -> Vec<bool> {
    let mut inside = vec![false; page.len()];
    let body_chars = page
        .first_with_tag(Tag::Body)
        .map_or(0, |body| stats.of(body).chars)
        .saturating_sub(site_chrome_chars(page, stats));
    let body_prose = page
        .first_with_tag(Tag::Body)
        .map_or(0, |body| stats.of(body).all_para_chars);
    for (i, node) in page.nodes().iter().enumerate() {
        let id = i as NodeId;
        let parent = node.parent.is_some_and(|p| inside[p as usize]);
        let own = stats.own_kind(id).is_some_and(|k| match k {
            BoilerplateKind::Comments => false,
            BoilerplateKind::Other => node.tag() != Some(Tag::Form),
            BoilerplateKind::Widget => !holds_most_of_page(stats.of(id).chars, body_chars),
            _ => true,
        }) || (stats.of(id).all_para_chars < OVERLAY_STORY_PROSE
            && !holds_most_of_page(stats.of(id).chars, body_chars)
            && !holds_most_of_page(stats.of(id).all_para_chars, body_prose)
            && super::classify::names_overlay(node));
        inside[i] = parent || own;
    }
    inside
}

/// A block named a widget that holds this share of the page's text is a wrapper that a
/// widget framework named (`celwidget`, `widget-area` around a whole grid), not a rail.
const WIDGET_WRAPPER_SHARE: f64 = 0.5;

/// The text of the site's own chrome (menus, headers, footers, consent notices), whose
/// preloaded mega-menus can outweigh the page.
fn site_chrome_chars(page: &Page, stats: &PageStats) -> u32 {
    use BoilerplateKind as K;
    let mut total = 0;
    let mut skip_until = 0;
    for (i, node) in page.nodes().iter().enumerate() {
        let id = i as NodeId;
        if id < skip_until {
            continue;
        }
        if matches!(
            stats.own_kind(id),
            Some(K::Nav | K::Header | K::Footer | K::Cookie | K::Breadcrumb)
        ) {
            total += stats.of(id).chars;
            skip_until = node.end;
        }
    }
    total
}

/// An overlay with this much prose is a story shown over the page (a news site's
/// article viewer), not a pop-up.
const OVERLAY_STORY_PROSE: u32 = 1000;

fn holds_most_of_page(chars: u32, body_chars: u32) -> bool {
    body_chars > 0 && f64::from(chars) >= f64::from(body_chars) * WIDGET_WRAPPER_SHARE
}

fn final_score(page: &Page, stats: &PageStats, id: NodeId, raw: f64) -> f64 {
    let node = page.node(id);
    let mut score = raw + tag_weight(node.tag().unwrap_or(Tag::Other));
    if stats.own_kind(id).is_some() {
        score -= CLASS_WEIGHT;
    } else if names_content(node) {
        score += CLASS_WEIGHT;
    }
    score * (1.0 - stats.of(id).link_density())
}

/// Readability's starting points by tag: containers of prose up, lists and forms down.
fn tag_weight(tag: Tag) -> f64 {
    match tag {
        Tag::Article | Tag::Main => 10.0,
        Tag::Div | Tag::Section => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Ol | Tag::Ul | Tag::Dl | Tag::Form | Tag::Aside => -3.0,
        Tag::Body | Tag::Html => -10.0,
        _ => 0.0,
    }
}

fn names_content(node: &crate::page::Node) -> bool {
    if node
        .attr(Attr::Itemprop)
        .is_some_and(|v| v.contains("articleBody"))
        || node.attr(Attr::Role).is_some_and(|r| r == "main")
    {
        return true;
    }
    static FRAGMENTS: OnceLock<FragmentIndex> = OnceLock::new();
    let fragments = FRAGMENTS.get_or_init(|| FragmentIndex::new(CONTENT_FRAGMENTS.iter().copied()));
    let names = [node.attr(Attr::Class), node.attr(Attr::Id)];
    names
        .iter()
        .flatten()
        .any(|v| !fragments.matches_in(&v.to_ascii_lowercase()).is_empty())
}

/// How far above the pick a fuller block is looked for: stories split into sibling
/// sections (page builders, listicles) are two or three levels below their common
/// container.
const CLIMB_LEVELS: usize = 4;

/// Above this link density an ancestor is a page region, not the story.
const CLIMB_MAX_LINK_DENSITY: f64 = 0.35;

/// Moves up while an ancestor a few levels up holds clearly more prose than the pick.
fn climb(page: &Page, stats: &PageStats, mut root: NodeId) -> NodeId {
    loop {
        let mine = f64::from(stats.of(root).para_chars);
        let fuller = page
            .ancestors(root)
            .take(CLIMB_LEVELS)
            .take_while(|&a| !is_page_level(page, a) && stats.own_kind(a).is_none())
            .find(|&a| {
                let s = stats.of(a);
                f64::from(s.para_chars) >= mine * CLIMB_RATIO
                    && s.link_density() <= CLIMB_MAX_LINK_DENSITY
            });
        match fuller {
            Some(ancestor) => root = ancestor,
            None => return root,
        }
    }
}

fn is_page_level(page: &Page, id: NodeId) -> bool {
    matches!(
        page.node(id).data,
        NodeData::Document
            | NodeData::Element {
                tag: Tag::Body | Tag::Html,
                ..
            }
    )
}

/// When the best block holds less than this share of the page's prose, the page is
/// not one story but many short sections (a landing page, a product page, a thread):
/// its main content is the page's main region, not one block of it.
const WIDEN_BELOW_SHARE: f64 = 0.4;

/// On service pages, made of short sections (a pitch, its features, its offers, its
/// customers' words), the main region is read unless the best block holds this much of
/// the page's prose.
pub const SERVICE_WIDEN_BELOW_SHARE: f64 = 0.8;

/// On a collection page, a block with this much prose is a text of its own (a buying
/// guide, its questions and answers), read instead of the grid of products.
pub const COLLECTION_PROSE_CHARS: u32 = 700;

/// The region to read when the pick is only a small part of the page's prose: the
/// `<main>` landmark (or `role=main`) around the pick, else `<body>`.
pub fn widen(page: &Page, stats: &PageStats, root: NodeId) -> NodeId {
    widen_below(page, stats, root, WIDEN_BELOW_SHARE)
}

/// [`widen`] with the share of the page's prose below which the pick is widened.
pub fn widen_below(page: &Page, stats: &PageStats, root: NodeId, share: f64) -> NodeId {
    let Some(body) = page.first_with_tag(Tag::Body) else {
        return root;
    };
    let total = f64::from(stats.of(body).para_chars);
    if f64::from(stats.of(root).para_chars) >= total * share {
        return root;
    }
    page.ancestors(root)
        .find(|&a| {
            let node = page.node(a);
            node.tag() == Some(Tag::Main) || node.attr(Attr::Role).is_some_and(|r| r == "main")
        })
        .unwrap_or(body)
}
