//! Metadata: title, byline, dates, site name, language, direction, section, lead
//! image, excerpt.
//!
//! Sources, most trusted first: JSON-LD, then meta tags (Dublin Core, OpenGraph, the
//! plain `name` ones, Parse.ly), then the DOM (headings, the byline element, `<time>`
//! and the visible dateline), then the URL. A field no source gives stays `None`:
//! nothing is guessed. This stage also finds the heading that shows the headline,
//! which extraction uses to tell the article header from the page around it.
//!
//! Submodules: [`sources`] reads the meta tags and JSON-LD once; [`title`],
//! [`byline`] and [`dates`] each decide one field from them; [`names`] reads the
//! names in a byline, [`date`] the dates written in text; [`text`] holds the
//! comparisons they share.

mod byline;
mod date;
mod dates;
mod names;
mod sources;

pub use sources::json_ld_scripts;
mod text;
mod title;

pub(crate) use byline::names_author;

use crate::analysis::Metadata;
use crate::page::{url, Attr, NodeId, Page, Tag};

use crate::text::lower_char;
use date::NumericOrder;
use sources::{JsonLd, MetaTags};
use text::{host_names, normalized, same_words};

/// What metadata found beyond the JSON fields.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// The published metadata.
    pub metadata: Metadata,
    /// The heading that carries the title, if the page shows it.
    pub title_node: Option<NodeId>,
    /// True when a source declares the page an article (og:type, JSON-LD type).
    pub declared_article: bool,
}

/// A paragraph with this much text is the story's, for the text direction
/// (Readability reads `dir` from the article's ancestors).
const STORY_PARAGRAPH_CHARS: usize = 80;

/// Reads the page's metadata.
pub fn read(page: &Page) -> Found {
    let tags = MetaTags::collect(page);
    let ld = JsonLd::collect(page);
    let site_name = ld
        .publisher_name()
        .or_else(|| tags.get(&["og:site_name", "application-name"]));
    let site = SiteNames::new(site_name, page.url());
    let section = tags
        .get(&["article:section", "parsely-section"])
        .or_else(|| ld.section());
    let (title, byline, header) = title_and_byline(page, &tags, &ld, &site, section.as_deref());
    let lang_tag = lang_tag(page, &tags, &ld);
    let anchors = dates::Anchors {
        title: header,
        byline: byline.node,
    };
    let order = NumericOrder::for_lang(lang_tag.as_deref());
    let dates = dates::find(page, &tags, &ld, anchors, order);
    let metadata = Metadata {
        title: title.text,
        byline: byline.text,
        bylines: byline.names,
        published: dates.published.as_ref().map(|s| s.date.clone()),
        published_time: dates.published.and_then(|s| s.time),
        modified: dates.modified.as_ref().map(|s| s.date.clone()),
        modified_time: dates.modified.and_then(|s| s.time),
        lang: lang_tag.as_deref().and_then(primary_subtag),
        dir: dir(page, title.node),
        section,
        excerpt: excerpt(&tags, &ld),
        lead_image: lead_image(page, &tags, &ld),
        site_name: site.declared,
    };
    Found {
        metadata,
        title_node: title.node,
        declared_article: tags.get(&["og:type"]).as_deref() == Some("article")
            || ld.declares_article(),
    }
}

/// The headline and the byline, which need each other: the title drops an author's
/// name joined to it ("… | Eleanor Ainge Roy"), and a byline written without a
/// marking class is looked for under the headline. Also returns the header's
/// heading: the title's, else the page's main `h1`.
fn title_and_byline(
    page: &Page,
    tags: &MetaTags,
    ld: &JsonLd,
    site: &SiteNames,
    section: Option<&str>,
) -> (title::Title, byline::Byline, Option<NodeId>) {
    let byline = byline::find(page, tags, ld, site);
    let cx = title::Context {
        site,
        authors: &byline.names,
        section,
    };
    let title = title::find(page, tags, ld, &cx);
    let header = title.node.or_else(|| title::main_heading(page));
    let byline = match header {
        Some(node) if byline.names.is_empty() => byline::from_header(page, node)
            .map(|b| byline::without_site(b, site))
            .filter(|b| !b.names.is_empty())
            .unwrap_or(byline),
        _ => byline,
    };
    (title, byline, header)
}

fn excerpt(tags: &MetaTags, ld: &JsonLd) -> Option<String> {
    tags.get(&[
        "og:description",
        "description",
        "twitter:description",
        "dc:description",
    ])
    .or_else(|| ld.work_str("description"))
    .filter(|s| !s.is_empty())
}

fn lead_image(page: &Page, tags: &MetaTags, ld: &JsonLd) -> Option<String> {
    tags.get(&[
        "og:image",
        "og:image:url",
        "twitter:image",
        "twitter:image:src",
    ])
    .or_else(|| ld.image())
    .map(|src| url::resolve(page.url(), &src))
}

/// The site's names: the one it declares, and the ones its URL spells.
pub struct SiteNames {
    declared: Option<String>,
    from_url: Vec<String>,
}

impl SiteNames {
    /// The names of a site that declares `declared` and is served from `url`.
    pub fn new(declared: Option<String>, url: Option<&str>) -> Self {
        SiteNames {
            declared,
            from_url: host_names(url),
        }
    }

    /// True when `text` is the site's name: the declared one, its start or its
    /// initials ("Salon" of "Salon.com", "WFA" of "World Future Awards"), or the
    /// host's ("salon.com", "salon", "DianaHR" of getdianahr.com).
    pub fn is_named(&self, text: &str) -> bool {
        let t = normalized(text);
        if t.is_empty() {
            return false;
        }
        let declared = self.declared.as_deref().is_some_and(|site| {
            let s = normalized(site);
            let starts = t.len() >= 4 && !s.is_empty() && (s.starts_with(&t) || t.starts_with(&s));
            same_words(site, text) || starts || is_initials(text, site)
        });
        let host = self
            .from_url
            .iter()
            .any(|h| *h == t || (t.len() >= 5 && h.contains(&t)));
        declared || host
    }

    /// True when `text` is exactly the site's declared name or its host's name: the
    /// strict test for bylines, where a personal site's name may also be its
    /// author's ("史蒂文的家_藍天 (stevenhgm)" on the blog "史蒂文的家_藍天").
    pub fn is_exactly(&self, text: &str) -> bool {
        let t = normalized(text);
        !t.is_empty()
            && (self.declared.as_deref().is_some_and(|s| normalized(s) == t)
                || self.from_url.contains(&t))
    }
}

/// True when `short` is written in capitals and spells the initials of `long`'s words
/// ("WFA", "World Future Awards").
fn is_initials(short: &str, long: &str) -> bool {
    let short = short.trim();
    let words: Vec<&str> = long.split_whitespace().collect();
    let initials = || words.iter().filter_map(|w| w.chars().next());
    // Compared through lowercase, whose table the build carries anyway; the uppercase
    // one would cost 5 KB of wasm for this comparison alone.
    words.len() >= 2
        && short.chars().count() >= 2
        && short.chars().all(char::is_uppercase)
        && initials().count() == short.chars().count()
        && initials()
            .zip(short.chars())
            .all(|(i, s)| lower_char(i) == lower_char(s))
}

/// The language tag from `<html lang>`, then meta tags and JSON-LD.
fn lang_tag(page: &Page, tags: &MetaTags, ld: &JsonLd) -> Option<String> {
    root_attr(page, Attr::Lang)
        .map(str::to_string)
        .or_else(|| tags.get(&["content-language", "og:locale", "language", "dc:language"]))
        .or_else(|| ld.work_str("inLanguage"))
}

/// The primary subtag of a language tag, lowercase (`en` of `en-US`).
fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(primary)
}

/// The text direction of the story: the `dir` nearest to its headline or its first
/// paragraph, else of `<html>` or `<body>`.
fn dir(page: &Page, title_node: Option<NodeId>) -> Option<String> {
    let anchor = title_node.or_else(|| {
        page.elements_with_tag(Tag::P)
            .find(|&p| page.text_of(p).chars().count() >= STORY_PARAGRAPH_CHARS)
    });
    let nearest = anchor.and_then(|a| {
        std::iter::once(a)
            .chain(page.ancestors(a))
            .find_map(|id| page.node(id).attr(Attr::Dir).and_then(direction))
    });
    nearest.or_else(|| root_attr(page, Attr::Dir).and_then(direction))
}

fn direction(value: &str) -> Option<String> {
    let v = value.trim().to_ascii_lowercase();
    matches!(v.as_str(), "ltr" | "rtl").then_some(v)
}

/// An attribute of `<html>`, or else of `<body>`.
fn root_attr(page: &Page, attr: Attr) -> Option<&str> {
    [Tag::Html, Tag::Body]
        .iter()
        .filter_map(|&t| page.first_with_tag(t))
        .find_map(|id| page.node(id).attr(attr))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}
