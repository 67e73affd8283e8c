//! Repeated teasers: the content of a listing, a collection or a thread is a run of
//! sibling blocks of the same shape (same tag, same classes), each with its own text.
//! Readability-style scoring misses them, since a card is a link and a short snippet,
//! not prose; this finds the run that holds the most text.

use crate::hash::{HashMap, HashMapExt};

use crate::analysis::BoilerplateKind;
use crate::page::{Attr, NodeId, Page, Tag};

use super::stats::PageStats;

/// A run needs at least this many siblings of one shape.
const MIN_RUN: u32 = 3;

/// Its members must average this many characters: menus and tag clouds are runs of
/// one- or two-word links, while a product card of a name and a price is some twenty.
const MIN_MEAN_CHARS: u32 = 20;

/// The run must hold this many times the text of the block scoring picked.
const RUN_OUTWEIGHS_ROOT: f64 = 2.0;

/// A block with this much prose is a story: a run elsewhere on its page (comments,
/// teasers of other stories) does not replace it.
const STORY_PROSE: u32 = 1000;

/// The parent of the page's run of teasers, when that run is the page's content rather
/// than `root`, the block scoring picked: `root` is one member of the run (one post of
/// a thread, one card of a grid), or `root` is a short text beside a run that holds
/// far more (a category page's blurb beside its products). A comment thread beside a
/// story never replaces the story.
pub fn listing_root(
    page: &Page,
    stats: &PageStats,
    furniture: &[bool],
    root: NodeId,
) -> Option<NodeId> {
    let (run, key, chars) = best_run(page, stats, furniture)?;
    if page.is_inside(run, root)
        || f64::from(chars) < f64::from(stats.of(root).chars) * RUN_OUTWEIGHS_ROOT
    {
        return None;
    }
    if page.is_inside(root, run) {
        // When the branch holding the root is itself one of the run's members; or when
        // it is a short text beside the run (a heading block above a grid).
        let member = std::iter::once(root)
            .chain(page.ancestors(root))
            .find(|&a| page.node(a).parent == Some(run))?;
        return (shape_of(page, member) == Some(key) || stats.of(root).para_chars < STORY_PROSE)
            .then_some(run);
    }
    let in_comments = std::iter::once(run)
        .chain(page.ancestors(run))
        .any(|a| stats.own_kind(a) == Some(BoilerplateKind::Comments));
    (stats.of(root).para_chars < STORY_PROSE && !in_comments).then_some(run)
}

/// The element whose children include the run of same-shaped siblings with the most
/// text, outside page furniture, and that run's text.
fn best_run(
    page: &Page,
    stats: &PageStats,
    furniture: &[bool],
) -> Option<(NodeId, (Tag, String), u32)> {
    let mut best: Option<(NodeId, (Tag, String), u32)> = None;
    // The groups of one parent's children by shape, in order of first appearance (so
    // that ties are broken the same way on every run), and where each shape is.
    let mut groups: Vec<((Tag, String), u32, u32)> = Vec::new();
    let mut index: HashMap<(Tag, String), usize> = HashMap::new();
    for (i, node) in page.nodes().iter().enumerate() {
        let id = i as NodeId;
        let Some(tag) = node.tag() else { continue };
        if furniture[i] || stats.is_hidden(id) || !tag.holds_readable_text() {
            continue;
        }
        // Only a parent with enough text can hold a better run than the best so far.
        let chars = stats.of(id).chars;
        if chars < MIN_RUN * MIN_MEAN_CHARS || best.as_ref().is_some_and(|b| chars <= b.2) {
            continue;
        }
        groups.clear();
        index.clear();
        for child in page.children(id) {
            let Some(key) = shape_of(page, child) else {
                continue;
            };
            let c = stats.of(child).chars;
            if c == 0 || furniture[child as usize] || stats.is_hidden(child) {
                continue;
            }
            let at = *index.entry(key.clone()).or_insert_with(|| {
                groups.push((key, 0, 0));
                groups.len() - 1
            });
            groups[at].1 += 1;
            groups[at].2 += c;
        }
        for (key, count, total) in &groups {
            // Bare `div`s in a row are layout; classed blocks, list items, articles
            // and table rows are items.
            let itemish = !key.1.is_empty() || matches!(key.0, Tag::Li | Tag::Article | Tag::Tr);
            if itemish
                && *count >= MIN_RUN
                && *total >= count * MIN_MEAN_CHARS
                && best.as_ref().is_none_or(|b| *total > b.2)
            {
                best = Some((id, key.clone(), *total));
            }
        }
    }
    best
}

/// The shape of an element: its tag and its first two classes without numbers (the
/// classes after them are often an item's own state or taxonomy: `first`, `sale`,
/// `product_cat-mugs`).
fn shape_of(page: &Page, id: NodeId) -> Option<(Tag, String)> {
    let node = page.node(id);
    Some((node.tag()?, shape(node.attr(Attr::Class))))
}

/// The first two classes of a class attribute with their numbers removed (`card--1`,
/// `card--2` are one shape).
fn shape(class: Option<&str>) -> String {
    let mut out = String::new();
    for token in class.unwrap_or_default().split_whitespace().take(2) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(token.chars().filter(|c| !c.is_ascii_digit()));
    }
    out
}

/// Replies outweigh the post they answer by this much on a thread.
const REPLIES_OUTWEIGH_POST: f64 = 1.5;

/// How far above the post its replies are looked for.
const THREAD_LEVELS: usize = 4;

/// The block holding a short post and the replies that outweigh it (a forum thread, a
/// question and its answers), when `root` is such a post: there the replies are the
/// content, not a comment section below a story.
pub fn thread_root(page: &Page, stats: &PageStats, root: NodeId) -> Option<NodeId> {
    let post = stats.of(root).para_chars;
    if post >= STORY_PROSE {
        return None;
    }
    let needed = f64::from(post.max(MIN_RUN * MIN_MEAN_CHARS)) * REPLIES_OUTWEIGH_POST;
    std::iter::once(root)
        .chain(page.ancestors(root).take(THREAD_LEVELS))
        .take_while(|&a| !matches!(page.node(a).tag(), Some(Tag::Body | Tag::Html) | None))
        .find(|&a| f64::from(reply_chars(page, stats, a)) >= needed)
}

/// The text of the comment blocks in `id`'s subtree, `id` included.
fn reply_chars(page: &Page, stats: &PageStats, id: NodeId) -> u32 {
    let mut total = 0;
    let mut skip_until = 0;
    for d in std::iter::once(id).chain(page.descendants(id)) {
        if d < skip_until {
            continue;
        }
        if stats.own_kind(d) == Some(BoilerplateKind::Comments) && !stats.is_hidden(d) {
            total += stats.of(d).chars;
            skip_until = page.node(d).end;
        }
    }
    total
}
