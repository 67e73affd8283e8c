//! Bylines: the people who wrote the story.
//!
//! Sources, most trusted first: the JSON-LD authors, the author meta tags (Dublin
//! Core, `author`, Parse.ly, OpenGraph's `article:author`), then the byline element
//! of the page. Every value is read the same way: labels ("By", "Written by:") and
//! what follows the names (dates, handles, job titles, "Updated") are dropped,
//! "X and Y" and "X, Y" are two authors, and credentials after a comma ("Jane Roe,
//! MD") stay with their name. A source that credits only staff or a wire agency
//! ("Our Foreign Staff", "AFP") gives way to a later one that names a person, and is
//! kept when none does; the site's own name (sites credit themselves) comes after
//! both, from the declared sources only, and never where it poses as a person.

use crate::lexicon::metadata::{
    is_byline_label, is_credential, is_staff_word, is_wire_agency, NOT_BYLINE_CLASS_FRAGMENTS,
};
use crate::lexicon::names::is_particle;
use crate::page::{Attr, NodeData, NodeId, Page, Tag};

use super::names::{label_at, parse, tokenize, Parsed, Trust};
use super::sources::{JsonLd, MetaTags};
use super::text::{clean_value, normalized};
use super::SiteNames;

/// Meta keys that name authors, most trusted first (Readability's order, with
/// `article:author` last because it is often a profile URL).
const AUTHOR_KEYS: &[&str] = &[
    "dc:creator",
    "dcterms:creator",
    "author",
    "parsely-author",
    "sailthru.author",
    "article:author",
    "og:article:author",
];

/// A byline element's text above this length is a biography or a container, not a
/// byline (Readability's `_isValidByline` allows 100; dates and labels add more).
const MAX_BYLINE_CHARS: usize = 200;

/// Nodes after the headline searched for a labelled byline.
const HEADER_NODES: u32 = 120;

/// A text this long after the headline is the story's prose: the header is over.
const HEADER_PROSE_CHARS: usize = 250;

/// The authors found, and where the page shows them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Byline {
    /// The names as one line, joined as the source joins them.
    pub text: Option<String>,
    /// Each author's name.
    pub names: Vec<String>,
    /// The byline element, when the names came from the page's text.
    pub node: Option<NodeId>,
}

/// Finds the byline.
pub fn find(page: &Page, tags: &MetaTags, ld: &JsonLd, site: &SiteNames) -> Byline {
    let mut credit_only: Option<Byline> = None;
    let mut site_credit: Option<Byline> = None;
    let candidates = std::iter::once_with(|| from_json_ld(ld))
        .chain(AUTHOR_KEYS.iter().map(|key| from_meta(tags, key)))
        .chain(std::iter::once_with(|| from_twitter_label(tags)))
        .chain(std::iter::once_with(|| from_dom(page, site)));
    for found in candidates.flatten() {
        let byline = without_site(found.clone(), site);
        if byline.names.is_empty() {
            if !found.names.is_empty() && found.node.is_none() {
                site_credit.get_or_insert(found);
            }
            continue;
        }
        if !byline.names.iter().all(|n| is_credit(n, site)) {
            return byline;
        }
        credit_only.get_or_insert(byline);
    }
    site_named_person(ld, site)
        .or(credit_only)
        .or_else(|| site_credit.filter(|b| !poses_as_person(b, ld)))
        .unwrap_or_default()
}

/// True when JSON-LD types one of the byline's names as a `Person`. A site that
/// declares itself its own author is kept as the last resort when no one else is
/// named (an organisation's credit: Readability's `bbc-1` "BBC News", `heise`
/// "Mac & i"), but not when it poses as a person: that is the account the site posts
/// under, not a credit (the seed article's "Awutar").
fn poses_as_person(byline: &Byline, ld: &JsonLd) -> bool {
    let people = ld.person_authors();
    byline
        .names
        .iter()
        .any(|n| people.iter().any(|p| normalized(p) == normalized(n)))
}

/// The author of a personal site named after them, when no source names anyone
/// else: JSON-LD types as a `Person` an author who bears the site's name, given and
/// family name ("Haki Benita", Readability's `toc-missing`). The site's name is
/// otherwise never an author; here it is the last resort, after every source that
/// names another person (WCXB 0096 types "British Heart Foundation" as a `Person`
/// and names the dietitian who wrote the page in its byline) and never for a one-word
/// brand (the seed article's "Awutar").
fn site_named_person(ld: &JsonLd, site: &SiteNames) -> Option<Byline> {
    let name = ld.person_authors().into_iter().find(|name| {
        let words: Vec<&str> = name.split_whitespace().collect();
        site.is_exactly(name)
            && (2..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && !is_staff_word(w))
    })?;
    Some(Byline {
        text: Some(name.clone()),
        names: vec![name],
        node: None,
    })
}

/// True when a name credits the site, its staff or a wire agency rather than a
/// person: "Staff", "Editorial Team", "AFP". A staff or agency byline is kept only
/// when no source names a person; the site's own name is never kept (sites credit
/// themselves as author: the seed article's "Awutar").
fn is_credit(name: &str, site: &SiteNames) -> bool {
    name.split_whitespace().any(is_staff_word) || is_wire_agency(name) || site.is_exactly(name)
}

/// The byline without the names that are the site's own.
pub fn without_site(mut byline: Byline, site: &SiteNames) -> Byline {
    let before = byline.names.len();
    byline.names.retain(|n| !site.is_exactly(n));
    if byline.names.len() != before {
        byline.text = (!byline.names.is_empty()).then(|| byline.names.join(", "));
    }
    byline
}

fn from_json_ld(ld: &JsonLd) -> Option<Byline> {
    let parsed: Vec<Parsed> = ld
        .authors()
        .iter()
        .filter_map(|a| parse(&[a.as_str()], Trust::Declared))
        .collect();
    several(parsed)
}

fn from_meta(tags: &MetaTags, key: &str) -> Option<Byline> {
    if matches!(key, "dc:creator" | "dcterms:creator") {
        return from_dublin_core(tags, key);
    }
    let value = tags.get(&[key])?;
    let parsed = parse(&[value.as_str()], Trust::Declared)?;
    Some(Byline {
        text: Some(parsed.text),
        names: parsed.names,
        node: None,
    })
}

/// One byline for several declared authors, their texts joined by commas.
fn several(parsed: Vec<Parsed>) -> Option<Byline> {
    (!parsed.is_empty()).then(|| Byline {
        text: Some(
            parsed
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        names: parsed.into_iter().flat_map(|p| p.names).collect(),
        node: None,
    })
}

/// Dublin Core creators: one meta tag per creator, each often in catalogue order
/// ("Kooman, F.", "Jong, Michiel de": Readability's `ietf-1`, where every creator is
/// an author and the name is turned round).
fn from_dublin_core(tags: &MetaTags, key: &str) -> Option<Byline> {
    let parsed: Vec<Parsed> = tags
        .get_all(key)
        .iter()
        .filter_map(|value| match catalogue_order(value) {
            Some(name) => parse(&[name.as_str()], Trust::Declared),
            None => parse(&[value.as_str()], Trust::Declared),
        })
        .collect();
    several(parsed)
}

/// A name written surname first ("Kooman, F.", "Jong, Michiel de") turned round
/// ("F. Kooman", "Michiel de Jong"): one surname (with its particles) before the one
/// comma, then given names or initials, with the surname's particles last. "Jane
/// Roe, MD" (a credential) and "Stella Kim, Jennifer Jett" (two names) are not.
pub fn catalogue_order(value: &str) -> Option<String> {
    let (surname, given) = value.split_once(',')?;
    if given.contains([',', ';']) {
        return None;
    }
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let surname: Vec<&str> = surname.split_whitespace().collect();
    let given: Vec<&str> = given.split_whitespace().collect();
    let surname_ok = surname.iter().filter(|w| capitalised(w)).count() == 1
        && surname.last().is_some_and(capitalised)
        && surname.iter().all(|w| capitalised(w) || is_particle(w));
    let first_names = given.iter().take_while(|w| capitalised(w)).count();
    let given_ok = (1..=3).contains(&first_names)
        && given[first_names..].iter().all(|w| is_particle(w))
        && !given.iter().any(|w| is_credential(w) || is_staff_word(w))
        && !surname.iter().any(|w| is_staff_word(w));
    (surname_ok && given_ok).then(|| {
        given
            .iter()
            .chain(&surname)
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Twitter's label/data pairs, which WordPress fills with the author:
/// `twitter:label1 = "Written by"`, `twitter:data1 = "Tyler Brown"` (WCXB 0302).
fn from_twitter_label(tags: &MetaTags) -> Option<Byline> {
    (1..=4).find_map(|n| {
        let label = tags.get(&[&format!("twitter:label{n}")])?;
        let label = label.trim().trim_end_matches(':');
        if !is_byline_label(label) {
            return None;
        }
        from_meta(tags, &format!("twitter:data{n}"))
    })
}

/// A byline written in the story's header without a marking class: a short text
/// after the headline that opens with a label ("By <a>Sofia Gonzalez</a>",
/// "Written by:" and a list), read with the text nodes that follow it.
pub fn from_header(page: &Page, title_node: NodeId) -> Option<Byline> {
    let end = (title_node + HEADER_NODES).min(page.len() as NodeId);
    let mut skip_until: NodeId = 0;
    for id in title_node..end {
        if id < skip_until {
            continue;
        }
        let node = page.node(id);
        let text = match &node.data {
            NodeData::Element { tag, .. } if !tag.holds_readable_text() => {
                skip_until = node.end;
                continue;
            }
            NodeData::Text(t) => clean_value(t),
            _ => continue,
        };
        if text.chars().count() >= HEADER_PROSE_CHARS {
            return None;
        }
        if text.is_empty() || text.chars().count() > MAX_BYLINE_CHARS {
            continue;
        }
        let tokens = tokenize(&[text.as_str()]);
        if label_at(&tokens, 0).is_none() || !opens_its_element(page, id) {
            continue;
        }
        // "by" inside a sentence ("by allowing users to...") is no label: a byline is
        // a capitalised name or a text of a few words ("by ibby").
        let few_words = text.split_whitespace().count() <= 3;
        let mut pieces = vec![text];
        pieces.extend(following_texts(page, id + 1, end, 4));
        let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let parsed = parse(&refs, Trust::Visible)
            .filter(|p| few_words || p.text.starts_with(char::is_uppercase));
        if let Some(parsed) = parsed {
            return Some(Byline {
                text: Some(parsed.text),
                names: parsed.names,
                node: node.parent,
            });
        }
    }
    None
}

/// True when nothing but blank text comes before node `id` inside its parent: a label
/// that opens its own element, not "by" after a link inside a sentence.
fn opens_its_element(page: &Page, id: NodeId) -> bool {
    let Some(parent) = page.node(id).parent else {
        return false;
    };
    page.children(parent)
        .take_while(|&c| c != id)
        .all(|c| page.node(c).text().is_some_and(|t| t.trim().is_empty()))
}

/// Up to `n` non-empty text nodes from `start`.
fn following_texts(page: &Page, start: NodeId, end: NodeId, n: usize) -> Vec<String> {
    (start..end)
        .filter_map(|d| page.node(d).text().map(clean_value))
        .filter(|t| !t.is_empty())
        .take(n)
        .collect()
}

/// The first byline element whose text names a person, else the first that credits
/// the site, its staff or a wire agency (Readability's `liberation-1`: "AFP" above a
/// related story, the reporter further down).
fn from_dom(page: &Page, site: &SiteNames) -> Option<Byline> {
    let mut credit = None;
    for byline in dom_bylines(page) {
        if !byline.names.iter().all(|n| is_credit(n, site)) {
            return Some(byline);
        }
        credit.get_or_insert(byline);
    }
    credit
}

/// The bylines of the page's byline elements, in document order.
fn dom_bylines(page: &Page) -> impl Iterator<Item = Byline> + '_ {
    let head = page.first_with_tag(Tag::Head);
    let mut skip_until: NodeId = 0;
    page.nodes()
        .iter()
        .enumerate()
        .filter_map(move |(i, node)| {
            let id = i as NodeId;
            if id < skip_until || !is_byline_element(node) {
                return None;
            }
            if head.is_some_and(|h| page.is_inside(id, h)) || is_hidden(node) {
                return None;
            }
            let byline = dom_byline(page, id)?;
            skip_until = node.end;
            Some(byline)
        })
}

/// The byline of one byline element: its `itemprop=name` part when it has one, with
/// the next element's text when it holds only a label ("Written by").
fn dom_byline(page: &Page, id: NodeId) -> Option<Byline> {
    let node = page.node(id);
    let name_prop = page
        .descendants(id)
        .find(|&d| has_token(page.node(d).attr(Attr::Itemprop), "name"));
    let mut pieces = match name_prop {
        Some(d) => match page.node(d).attr(Attr::Content) {
            Some(content) => vec![clean_value(content)],
            None => text_pieces(page, d),
        },
        None => text_pieces(page, id),
    };
    if pieces.iter().map(String::len).sum::<usize>() > MAX_BYLINE_CHARS {
        return None;
    }
    if is_only_label(&pieces) {
        pieces.extend(text_pieces(page, node.end).into_iter().take(4));
    }
    let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let parsed = parse(&refs, Trust::Visible)?;
    Some(Byline {
        text: Some(parsed.text),
        names: parsed.names,
        node: Some(id),
    })
}

fn is_byline_element(node: &crate::page::Node) -> bool {
    let marked = has_token(node.attr(Attr::Itemprop), "author")
        || has_token(node.attr(Attr::Rel), "author")
        || node.attr(Attr::Class).is_some_and(marks_byline)
        || node.attr(Attr::Id).is_some_and(marks_byline);
    marked
        && !matches!(
            node.tag(),
            Some(Tag::Time | Tag::Meta | Tag::Link | Tag::Script | Tag::Img)
        )
}

fn is_hidden(node: &crate::page::Node) -> bool {
    node.attr(Attr::Hidden).is_some()
        || node
            .attr(Attr::AriaHidden)
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

fn has_token(value: Option<&str>, token: &str) -> bool {
    value.is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
}

/// The text nodes inside `id` (or `id` itself when it is text), each trimmed: the
/// page's own boundaries between a name, its label and its date.
fn text_pieces(page: &Page, id: NodeId) -> Vec<String> {
    if id as usize >= page.len() {
        return Vec::new();
    }
    let range = id..page.node(id).end;
    let mut pieces = Vec::new();
    let mut skip_until: NodeId = 0;
    for d in range {
        if d < skip_until {
            continue;
        }
        let node = page.node(d);
        match &node.data {
            NodeData::Element { tag, .. } if !tag.holds_readable_text() => skip_until = node.end,
            NodeData::Text(t) => {
                let t = clean_value(t);
                if !t.is_empty() {
                    pieces.push(t);
                }
            }
            _ => {}
        }
    }
    pieces
}

fn is_only_label(pieces: &[String]) -> bool {
    let joined = pieces.join(" ");
    let bare = joined.trim().trim_end_matches(':').trim();
    !bare.is_empty() && is_byline_label(bare)
}

/// A class list with a class like `byline`, `author` or `post-author-name`, but not one
/// about the byline's date, time or reading time.
pub(crate) fn names_author(class: &str) -> bool {
    class.split_whitespace().any(|class| {
        let lower = class.to_ascii_lowercase();
        let parts: Vec<&str> = lower.split(['-', '_']).collect();
        let about_author = parts.iter().any(|p| *p == "author" || *p == "byline");
        let about_other = parts.iter().any(|p| {
            matches!(
                *p,
                "date" | "time" | "reading" | "box" | "bio" | "avatar" | "description"
            )
        });
        about_author && !about_other
    })
}

/// A class or id that marks a byline the way Readability reads them: containing
/// `byline` or `author` anywhere (`FeatureByline` of LWN, `by-author`), but not an
/// author's biography, avatar or box, nor the byline's date.
fn marks_byline(value: &str) -> bool {
    // Most class lists name neither; they are ruled out without allocating.
    let has = |needle: &str| {
        value
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    if !has("author") && !has("byline") {
        return false;
    }
    value.split_whitespace().any(|word| {
        let lower = word.to_ascii_lowercase();
        let about_author =
            lower.contains("byline") || (lower.contains("author") && !lower.contains("authori"));
        let about_other = NOT_BYLINE_CLASS_FRAGMENTS.iter().any(|o| lower.contains(o));
        about_author && !about_other
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_classes() {
        assert!(names_author("byline"));
        assert!(names_author("post-author-name"));
        assert!(!names_author("author-bio"));
        assert!(!names_author("byline-date"));
    }

    #[test]
    fn catalogue_order_is_turned_round() {
        let turned = |v: &str| catalogue_order(v);
        assert_eq!(turned("Kooman, F.").as_deref(), Some("F. Kooman"));
        assert_eq!(
            turned("Jong, Michiel de").as_deref(),
            Some("Michiel de Jong")
        );
        assert_eq!(
            turned("van der Merwe, Marna").as_deref(),
            Some("Marna van der Merwe")
        );
        assert_eq!(turned("Jane Roe, MD"), None);
        assert_eq!(turned("Stella Kim, Jennifer Jett"), None);
        assert_eq!(turned("Kim, Jett, Lee"), None);
        assert_eq!(turned("Jane Roe"), None);
    }
}
