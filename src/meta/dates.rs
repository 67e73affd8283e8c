//! Published and modified dates: which source wins.
//!
//! Declared dates first (JSON-LD, then meta tags, then `itemprop` elements), then the
//! date in the URL's path, then what the page shows beside the headline and the
//! byline (`<time>` elements and written datelines), then the first `<time>` of the
//! page. A visible date labelled "Updated" or "Modified" is the modified date, never
//! the published one.

use crate::lexicon::metadata::{is_weekday, month, MODIFIED_LABELS};
use crate::page::{Attr, NodeData, NodeId, Page, Tag};

use super::date::{find_in_text, from_url, parse, NumericOrder, Stamp};
use super::sources::{JsonLd, MetaTags};
use crate::text::ToLower;

/// Meta keys of the publication date, most trusted first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "parsely-pub-date",
    "og:published_time",
    "published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc:date.issued",
    "dcterms:issued",
    "dc:date",
    "dcterms:date",
    "dcterms:created",
    "date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
    "article:publicationdate",
    "published",
    "published-date",
    "publication_date",
    "publication-date",
    "date_published",
    "article_date",
    "post_date",
];

/// Meta keys of the date of the last change.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "modified_time",
    "datemodified",
    "dcterms:modified",
    "last-modified",
    "lastmod",
];

/// Nodes before the headline searched for its dateline ("Last updated: Dec 12, 2025"
/// above the `h1` of WCXB 0019).
const BEFORE_ANCHOR_NODES: u32 = 40;

/// Nodes after the headline or byline searched for the dateline.
const AFTER_ANCHOR_NODES: u32 = 150;

/// A text this long is the story's prose.
const PROSE_CHARS: usize = 250;

/// After this many texts of prose the header, and its dateline, are over (a
/// standfirst may come before the dateline: WCXB 0309).
const PROSE_TEXTS: usize = 2;

/// A text longer than this is not a dateline.
const DATELINE_CHARS: usize = 120;

/// The dates found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dates {
    /// When the story was published.
    pub published: Option<Stamp>,
    /// When it was last changed.
    pub modified: Option<Stamp>,
}

/// Where the story's header is: its headline's and byline's nodes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Anchors {
    /// The heading that shows the headline.
    pub title: Option<NodeId>,
    /// The byline element.
    pub byline: Option<NodeId>,
}

/// Finds the dates.
pub fn find(
    page: &Page,
    tags: &MetaTags,
    ld: &JsonLd,
    anchors: Anchors,
    order: NumericOrder,
) -> Dates {
    let read = |raw: Option<String>| raw.and_then(|r| parse(&r, order));
    let shown = shown_dates(page, anchors, order);
    let published = read(ld.date("datePublished"))
        .or_else(|| first_parsed(PUBLISHED_KEYS.iter().filter_map(|k| tags.get(&[k])), order))
        .or_else(|| read(tags.find(is_published_key)))
        .or_else(|| itemprop_date(page, "datePublished", order))
        .or_else(|| page.url().and_then(from_url).map(undated))
        .or_else(|| shown.iter().find(|d| !d.modified).map(|d| d.stamp.clone()))
        .or_else(|| first_time(page, order));
    let modified = read(ld.date("dateModified"))
        .or_else(|| first_parsed(MODIFIED_KEYS.iter().filter_map(|k| tags.get(&[k])), order))
        .or_else(|| itemprop_date(page, "dateModified", order))
        .or_else(|| shown.iter().find(|d| d.modified).map(|d| d.stamp.clone()));
    Dates {
        published,
        modified,
    }
}

fn undated(date: String) -> Stamp {
    Stamp { date, time: None }
}

fn first_parsed(values: impl Iterator<Item = String>, order: NumericOrder) -> Option<Stamp> {
    values.into_iter().find_map(|v| parse(&v, order))
}

/// Keys that no list names but that say what they hold: `bt:pubDate`,
/// `cludo:date`-like vendor keys are left out unless they say "publish".
fn is_published_key(key: &str) -> bool {
    let about_publishing = key.contains("publish") || key.ends_with("pubdate");
    let about_date = key.contains("date") || key.contains("time");
    about_publishing && about_date && !key.contains("modif") && !key.contains("updat")
}

/// An element other than `<meta>` marked `itemprop=...`: its `datetime` or `content`,
/// else its text.
fn itemprop_date(page: &Page, prop: &str, order: NumericOrder) -> Option<Stamp> {
    page.nodes().iter().enumerate().find_map(|(i, node)| {
        let marked = node
            .attr(Attr::Itemprop)
            .is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case(prop)));
        if !marked || node.tag() == Some(Tag::Meta) {
            return None;
        }
        let value = node
            .attr(Attr::Datetime)
            .or_else(|| node.attr(Attr::Content))
            .map(str::to_string)
            .unwrap_or_else(|| page.text_of(i as NodeId));
        parse(&value, order)
    })
}

/// A date the page shows near its header.
#[derive(Clone, Debug)]
struct Shown {
    stamp: Stamp,
    modified: bool,
}

/// The dates shown around the headline and the byline, in document order.
fn shown_dates(page: &Page, anchors: Anchors, order: NumericOrder) -> Vec<Shown> {
    let mut found = Vec::new();
    for (anchor, before) in [(anchors.title, BEFORE_ANCHOR_NODES), (anchors.byline, 0)] {
        if let Some(anchor) = anchor {
            let start = anchor.saturating_sub(before);
            let end = (anchor + AFTER_ANCHOR_NODES).min(page.len() as NodeId);
            scan(page, start..end, anchor, order, &mut found);
        }
    }
    found
}

/// Reads the dates in `range`, stopping at the first prose after `anchor`.
fn scan(
    page: &Page,
    range: std::ops::Range<NodeId>,
    anchor: NodeId,
    order: NumericOrder,
    found: &mut Vec<Shown>,
) {
    let mut previous = String::new();
    let mut skip_until: NodeId = 0;
    let mut prose = 0;
    for id in range {
        if id < skip_until {
            continue;
        }
        let node = page.node(id);
        match &node.data {
            NodeData::Element { tag: Tag::Time, .. } => {
                let text = page.text_of(id);
                let stamp = node
                    .attr(Attr::Datetime)
                    .and_then(|d| parse(d, order))
                    .or_else(|| find_in_text(&text, order).map(undated));
                if let Some(stamp) = stamp {
                    let modified = says_modified(&text)
                        || says_modified(&class_of(page, id))
                        || labels_next(&previous);
                    found.push(Shown { stamp, modified });
                }
                skip_until = node.end;
                previous = text;
            }
            NodeData::Element { tag, .. }
                if !tag.holds_readable_text() || is_fact_table(page, id) =>
            {
                skip_until = node.end
            }
            NodeData::Element { tag, .. } if is_heading(*tag) => {
                // A heading's date is its title's ("LWN.net Weekly Edition for March
                // 26, 2015" above a story of March 25), unless the heading is only the
                // date (Blogger's `date-header`).
                let text = page.text_of(id);
                if let Some(date) = only_date(&text, order) {
                    found.push(Shown {
                        stamp: undated(date),
                        modified: says_modified(&text),
                    });
                }
                skip_until = node.end;
            }
            NodeData::Text(t) => {
                let text = t.trim();
                let chars = text.chars().count();
                if chars >= PROSE_CHARS && id > anchor {
                    prose += 1;
                    if prose >= PROSE_TEXTS {
                        return;
                    }
                }
                if text.is_empty() || chars > DATELINE_CHARS {
                    continue;
                }
                if let Some(date) = find_in_text(text, order) {
                    let modified = says_modified(text) || labels_next(&previous);
                    found.push(Shown {
                        stamp: undated(date),
                        modified,
                    });
                }
                previous = text.to_string();
            }
            _ => {}
        }
    }
}

fn is_heading(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
    )
}

/// The date of a text that says little else: at most two words that are not part of
/// a date ("Monday, September 8, 2008", "#1 2025-11-01 15:14:37").
fn only_date(text: &str, order: NumericOrder) -> Option<String> {
    let other_words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| month(w.trim_end_matches([',', '.'])).is_none() && !is_weekday(w))
        .count();
    if other_words > 2 || text.chars().count() > DATELINE_CHARS {
        return None;
    }
    find_in_text(text, order)
}

/// A table with header cells lists facts, whose dates are not the story's
/// (Wikipedia's infobox: "Founded | February 28, 1998"); forums lay out posts in
/// tables without them.
fn is_fact_table(page: &Page, id: NodeId) -> bool {
    page.node(id).tag() == Some(Tag::Table)
        && page
            .descendants(id)
            .any(|d| page.node(d).tag() == Some(Tag::Th))
}

/// A short text before a date that labels it modified ("Last updated:").
fn labels_next(previous: &str) -> bool {
    previous.chars().count() <= 30 && says_modified(previous)
}

/// The classes of a node and its parent, where sites say "updated".
fn class_of(page: &Page, id: NodeId) -> String {
    let own = page.node(id).attr(Attr::Class).unwrap_or("");
    let parent = page
        .node(id)
        .parent
        .and_then(|p| page.node(p).attr(Attr::Class))
        .unwrap_or("");
    format!("{own} {parent}")
}

fn says_modified(label: &str) -> bool {
    let lower = label.to_lower();
    MODIFIED_LABELS.iter().any(|l| lower.contains(l))
}

/// The first `<time>` of the page with a date, unless labelled a modification.
fn first_time(page: &Page, order: NumericOrder) -> Option<Stamp> {
    page.elements_with_tag(Tag::Time).find_map(|id| {
        let node = page.node(id);
        let stamp = parse(node.attr(Attr::Datetime)?, order)?;
        (!says_modified(&class_of(page, id))).then_some(stamp)
    })
}
