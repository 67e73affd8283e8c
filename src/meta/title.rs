//! Titles: the story's headline, without the site's name, breadcrumb or section, and
//! the heading that shows it.
//!
//! The headline comes from the first source that gives one, in Readability's order:
//! JSON-LD, Dublin Core, OpenGraph, the plain `title` and Twitter meta tags, Parse.ly,
//! then `<title>`. Parts joined to it by a separator ("Headline | Site") are dropped
//! when there is evidence they are not the headline: a heading shows the rest, or
//! the part is the site's name (as declared or as the URL spells it), the author or
//! the section. Only the document's `<title>`, which carries the site's name by
//! convention, is cut without such evidence, the way Readability cuts it.

use crate::page::{Attr, NodeId, Page, Tag};

use super::sources::{JsonLd, MetaTags};
use super::text::{clean_value, normalized, same_words};
use super::SiteNames;
use crate::text::ToLower;

/// Meta keys that give the headline, most trusted first.
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterms:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];

/// Separators sites put between a headline and their name, section or breadcrumb.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " › ", " ⋆ ", " ~ ",
];

/// A title longer than this is a description, not a headline (Readability's bound on
/// the document title; WCXB 0003 gives its lede as the JSON-LD headline).
const MAX_TITLE_CHARS: usize = 150;

/// A metadata title this long that stops where a heading goes on was cut short by the
/// site (WCXB 0121's og:title stops at 100 characters).
const TRUNCATED_FROM_CHARS: usize = 60;

/// The headline and its heading.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Title {
    /// The headline.
    pub text: Option<String>,
    /// The heading that shows it.
    pub node: Option<NodeId>,
}

/// What besides the site's names may be joined to a headline.
pub struct Context<'a> {
    /// The site.
    pub site: &'a SiteNames,
    /// The authors' names.
    pub authors: &'a [String],
    /// The section.
    pub section: Option<&'a str>,
}

/// Finds the headline.
pub fn find(page: &Page, tags: &MetaTags, ld: &JsonLd, cx: &Context) -> Title {
    let headings = headings(page);
    let document = document_title(page);
    let declared_all = declared_titles(tags, ld, document.as_deref());
    let declared = declared_all
        .iter()
        .find(|t| is_usable(t, cx.site, &headings))
        .cloned();
    let (raw, from_document) = match declared {
        Some(t) => (t, false),
        None => match document
            .clone()
            .filter(|t| is_usable(t, cx.site, &headings))
        {
            Some(t) => (t, true),
            None => {
                return first_h1(&headings)
                    .or_site_title(declared_all.first().or(document.as_ref()))
            }
        },
    };
    let mut text = strip(&raw, cx, &headings);
    if from_document && text == raw {
        text = readability_cut(&raw);
    }
    let text = tidy(&complete_truncated(text, &headings));
    let node = headings
        .iter()
        .find(|(_, h)| same_words(h, &text) || same_words(h, &raw))
        .or_else(|| headings.iter().find(|(_, h)| shows_title(h, &text)))
        .map(|(id, _)| *id);
    Title {
        text: Some(text),
        node,
    }
}

/// The page's `h1` and `h2` headings with their text, `h1` first, without the ones
/// that show the site's logo or name.
fn headings(page: &Page) -> Vec<(NodeId, String)> {
    [Tag::H1, Tag::H2]
        .iter()
        .flat_map(|&t| page.elements_with_tag(t))
        .filter(|&id| !is_logo(page, id))
        .map(|id| (id, page.text_of(id)))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// The page's first `h1` that is not the site's logo: where the story's header is
/// when no heading shows the declared title.
pub fn main_heading(page: &Page) -> Option<NodeId> {
    page.elements_with_tag(Tag::H1)
        .find(|&id| !is_logo(page, id) && !page.text_of(id).is_empty())
}

/// Class fragments of a site's logo or name block.
const LOGO_CLASSES: &[&str] = &["logo", "site-title", "site-name", "masthead"];

/// True when the heading or one of its two nearest ancestors is classed as the
/// site's logo (`topbar__logo__title` of Readability's `pixnet`).
fn is_logo(page: &Page, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(page.ancestors(id).take(2))
        .filter_map(|a| page.node(a).attr(Attr::Class))
        .any(|class| {
            let class = class.to_ascii_lowercase();
            LOGO_CLASSES.iter().any(|l| class.contains(l))
        })
}

impl Title {
    /// This title, or else `site_title`: a home page whose every title is the site's
    /// name is titled by it (WCXB 4762, "Glossier").
    fn or_site_title(self, site_title: Option<&String>) -> Title {
        if self.text.is_some() {
            return self;
        }
        let text = site_title
            .filter(|t| t.chars().count() <= MAX_TITLE_CHARS)
            .cloned();
        Title { text, node: None }
    }
}

fn first_h1(headings: &[(NodeId, String)]) -> Title {
    // `headings` lists every h1 before any h2.
    let found = headings.first();
    Title {
        text: found.map(|(_, t)| t.clone()),
        node: found.map(|(id, _)| *id),
    }
}

fn document_title(page: &Page) -> Option<String> {
    let id = page.first_with_tag(Tag::Title)?;
    let text: String = page
        .descendants(id)
        .filter_map(|d| page.node(d).text())
        .collect();
    Some(clean_value(&text)).filter(|t| !t.is_empty())
}

/// The titles the page declares, most trusted first.
fn declared_titles(tags: &MetaTags, ld: &JsonLd, document: Option<&str>) -> Vec<String> {
    let mut titles = Vec::new();
    let headline = ld.work_str("headline");
    let name = ld.has_work().then(|| ld.work_str("name")).flatten();
    titles.extend(json_ld_title(headline, name, document));
    titles.extend(TITLE_KEYS.iter().filter_map(|k| tags.get(&[k])));
    titles
}

/// JSON-LD's `headline` or `name`. When they differ, the headline only when it is
/// like the document title and the name is not; else the name (Wikipedia's
/// `headline` is the article's short description: Readability's `wikipedia-2`).
/// This is Readability's rule.
fn json_ld_title(
    headline: Option<String>,
    name: Option<String>,
    document: Option<&str>,
) -> Option<String> {
    match (headline, name) {
        (Some(h), Some(n)) if h != n => {
            let cut = document.map(readability_cut);
            let like = |t: &str| cut.as_deref().is_some_and(|d| similarity(t, d) > 0.75);
            if like(&h) && !like(&n) {
                Some(h)
            } else {
                Some(n)
            }
        }
        (h, n) => h.or(n),
    }
}

/// How much of `b`'s text is made of `a`'s words, 0..1 (Readability's
/// `_textSimilarity`).
fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(ToLower::to_lower)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let b_len: usize = b.iter().map(|w| w.len() + 1).sum();
    if a.is_empty() || b_len == 0 {
        return 0.0;
    }
    let unique: usize = b
        .iter()
        .filter(|w| !a.contains(w))
        .map(|w| w.len() + 1)
        .sum();
    1.0 - unique as f64 / b_len as f64
}

/// A title is usable unless it is too long to be a headline or is only the site's
/// name; a heading showing it makes it usable whatever its length.
fn is_usable(title: &str, site: &SiteNames, headings: &[(NodeId, String)]) -> bool {
    let shown = headings.iter().any(|(_, h)| same_words(h, title));
    shown || (title.chars().count() <= MAX_TITLE_CHARS && !site.is_named(title))
}

/// Drops the parts of `title` that are not the headline, when the page says so.
fn strip(title: &str, cx: &Context, headings: &[(NodeId, String)]) -> String {
    let mut rest = title.trim();
    while let Some(shorter) = strip_one(rest, cx) {
        rest = shorter;
    }
    if headings.iter().any(|(_, h)| same_words(h, rest)) {
        return rest.to_string();
    }
    part_shown(rest, cx.site, headings)
        .unwrap_or(rest)
        .to_string()
}

/// The longest part before or after a separator that a heading shows, unless that
/// heading is the site's logo.
fn part_shown<'t>(
    title: &'t str,
    site: &SiteNames,
    headings: &[(NodeId, String)],
) -> Option<&'t str> {
    let cuts = separators(title);
    let shown = |part: &str| headings.iter().any(|(_, h)| same_words(h, part));
    let prefixes = cuts.iter().rev().map(|&(start, _)| &title[..start]);
    // A trailing part is where sites put their name: it is the headline only when it
    // is at least as long as what it drops ("Webcams - Yosemite National Park (U.S.
    // National Park Service)"), not a logo heading ("… :: 痞客邦 PIXNET ::").
    let suffixes = cuts
        .iter()
        .filter(|&&(start, end)| title.len() - end >= start)
        .map(|&(_, end)| &title[end..]);
    prefixes
        .chain(suffixes)
        .map(str::trim)
        .find(|p| !site.is_named(p) && shown(p))
}

/// Drops one leading or trailing part that names the site, the author or the
/// section.
fn strip_one<'t>(title: &'t str, cx: &Context) -> Option<&'t str> {
    let cuts = separators(title);
    let names_other = |part: &str| {
        let part = part.trim();
        cx.site.is_named(part)
            || cx.authors.iter().any(|a| same_words(a, part))
            || cx.section.is_some_and(|s| same_words(s, part))
    };
    let &(last_start, last_end) = cuts.last()?;
    let head = title[..last_start].trim();
    if names_other(&title[last_end..]) && !head.is_empty() {
        return Some(head);
    }
    let &(first_start, first_end) = cuts.first()?;
    let rest = title[first_end..].trim();
    if names_other(&title[..first_start]) && !rest.is_empty() {
        return Some(rest);
    }
    None
}

/// Byte ranges of the separators in `title`, in order.
fn separators(title: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .flat_map(|sep| {
            title
                .match_indices(sep)
                .map(move |(at, s)| (at, at + s.len()))
        })
        .collect();
    if let Some(at) = title.find(": ") {
        cuts.push((at, at + 2));
    }
    crate::order::by_key(&mut cuts, |&(at, end)| (at as u64, end as u64));
    cuts
}

/// Readability's cut of a document title that no evidence explains: the part before
/// the last separator, or after the first when that leaves under three words; the
/// whole title when the cut leaves four words or fewer of a title that was not a
/// hierarchy ("Headline | Section | Site").
fn readability_cut(title: &str) -> String {
    let cuts: Vec<(usize, usize)> = separators(title)
        .into_iter()
        .filter(|&(s, e)| title[s..e].trim() != ":")
        .collect();
    let (Some(&(first_start, first_end)), Some(&(last_start, _))) = (cuts.first(), cuts.last())
    else {
        return title.to_string();
    };
    let words = |s: &str| s.split_whitespace().count();
    let mut cut = title[..last_start].trim();
    if words(cut) < 3 {
        cut = title[first_end..].trim();
    }
    let hierarchical = cuts.len() > 1 || first_start != last_start;
    let whole_words = title
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| "|-–—/\\>»·•:".contains(c)))
        .count();
    if words(cut) <= 4 && (!hierarchical || words(cut) != whole_words.saturating_sub(1)) {
        return title.to_string();
    }
    cut.to_string()
}

/// The heading's text when `title` is that heading cut short: "…" at its end, or a
/// long title where the heading goes on.
fn complete_truncated(title: String, headings: &[(NodeId, String)]) -> String {
    let stem = title
        .trim_end_matches(['…', '.'])
        .trim_end_matches([' ', '(', '-', ',', ':'])
        .trim();
    let ellipsis = stem.len() < title.len() && (title.ends_with('…') || title.ends_with("..."));
    let long = title.chars().count() >= TRUNCATED_FROM_CHARS;
    if !ellipsis && !long {
        return title;
    }
    let stem_n = normalized(stem);
    let continued = headings.iter().find(|(_, h)| {
        let h_n = normalized(h);
        h_n.len() > stem_n.len() && h_n.starts_with(&stem_n) && !stem_n.is_empty()
    });
    match continued {
        Some((_, h)) => h.clone(),
        None => title,
    }
}

/// Drops what frames a title without belonging to it: a separator left alone at
/// either end ("… Fitness Level ⋆", "| Nuts & Volts") and Markdown heading marks
/// ("## Hyper-Local …").
fn tidy(title: &str) -> String {
    const FRAME: &[char] = &['|', '-', '–', '—', '⋆', '•', '·', '»', '~'];
    let is_frame = |w: &str| w.chars().all(|c| FRAME.contains(&c));
    let mut words: Vec<&str> = title.split_whitespace().collect();
    while words.len() > 1 && words.last().is_some_and(|w| is_frame(w)) {
        words.pop();
    }
    while words.len() > 1
        && words
            .first()
            .is_some_and(|w| is_frame(w) || w.chars().all(|c| c == '#'))
    {
        words.remove(0);
    }
    words.join(" ")
}

/// True when a heading shows the title with a little more around it, such as a kicker
/// ("Lauffen" before the headline) or a trailing label: it holds the whole title, and
/// the title is most of it.
fn shows_title(heading: &str, title: &str) -> bool {
    let (h, t) = (normalized(heading), normalized(title));
    !t.is_empty() && h.contains(&t) && t.chars().count() * 10 >= h.chars().count() * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx_strip(title: &str, site: Option<&str>, authors: &[String]) -> String {
        let site = SiteNames::new(site.map(str::to_string), None);
        let cx = Context {
            site: &site,
            authors,
            section: None,
        };
        strip(title, &cx, &[])
    }

    #[test]
    fn site_name_is_stripped_from_either_end() {
        assert_eq!(
            cx_strip("Big story - Daily Planet", Some("Daily Planet"), &[]),
            "Big story"
        );
        assert_eq!(
            cx_strip("Daily Planet | Big story", Some("Daily Planet"), &[]),
            "Big story"
        );
        assert_eq!(
            cx_strip("Left - right and centre", Some("Daily Planet"), &[]),
            "Left - right and centre"
        );
        let author = vec!["Eleanor Ainge Roy".to_string()];
        assert_eq!(
            cx_strip(
                "Whales | Eleanor Ainge Roy | Environment | The Guardian",
                Some("The Guardian"),
                &author
            ),
            "Whales | Eleanor Ainge Roy | Environment"
        );
    }

    #[test]
    fn document_titles_are_cut_like_readability() {
        assert_eq!(
            readability_cut("Lorem ipsum dolor sit amet – My website"),
            "Lorem ipsum dolor sit amet"
        );
        assert_eq!(readability_cut("Short - Site"), "Short - Site");
        assert_eq!(
            readability_cut("No separator here at all"),
            "No separator here at all"
        );
    }

    #[test]
    fn truncated_titles_take_the_heading() {
        let headings = vec![(
            1,
            "A long headline that the site cut (Including All of It)".to_string(),
        )];
        assert_eq!(
            complete_truncated("A long headline that the site cut…".into(), &headings),
            "A long headline that the site cut (Including All of It)"
        );
        assert_eq!(complete_truncated("Other".into(), &headings), "Other");
    }
}
