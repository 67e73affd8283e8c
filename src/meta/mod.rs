//! Metadata: title, byline, dates, site name, language, section, lead image, excerpt.
//!
//! Sources, most trusted first: JSON-LD, OpenGraph and other meta tags, then the DOM.
//! A field no source gives stays `None`. This stage also finds the title's heading in
//! the DOM, which extraction uses to tell the article header from the page around it.

use serde_json::Value;

use crate::analysis::Metadata;
use crate::page::{collapse_whitespace, url, Attr, NodeData, NodeId, Page, Tag};

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

/// Separators sites put between a headline and their name or section.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / "];

/// JSON-LD types that describe a single story.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "LiveBlogPosting",
];

/// Reads the page's metadata.
pub fn read(page: &Page) -> Found {
    let tags = MetaTags::collect(page);
    let ld = JsonLd::collect(page);
    let site_name = tags
        .get(&["og:site_name", "application-name"])
        .or_else(|| ld.publisher_name())
        .map(str::to_string);
    let (title, title_node) = title(page, &tags, &ld, site_name.as_deref());
    let base = page.url();
    let published_raw = ld
        .article_str("datePublished")
        .or_else(|| {
            tags.get(&[
                "article:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "date",
                "dc.date.issued",
                "dc.date",
                "sailthru.date",
            ])
        })
        .map(str::to_string)
        .or_else(|| first_time_datetime(page));
    let published = published_raw.as_deref().and_then(iso_date);
    let published_time = published_raw
        .filter(|raw| published.is_some() && raw.contains('T'))
        .map(|raw| raw.trim().to_string());
    let metadata = Metadata {
        title,
        byline: byline(page, &tags, &ld, site_name.as_deref()),
        published,
        published_time,
        lang: lang(page, &tags, &ld),
        dir: root_attr(page, Attr::Dir).map(|d| d.to_ascii_lowercase()),
        section: tags
            .get(&["article:section"])
            .map(str::to_string)
            .or_else(|| ld.article_section()),
        excerpt: tags
            .get(&["og:description", "description", "twitter:description"])
            .or_else(|| ld.article_str("description"))
            .map(collapse_whitespace)
            .filter(|s| !s.is_empty()),
        lead_image: tags
            .get(&[
                "og:image",
                "og:image:url",
                "twitter:image",
                "twitter:image:src",
            ])
            .map(str::to_string)
            .or_else(|| ld.image())
            .map(|src| url::resolve(base, &src)),
        site_name,
    };
    Found {
        metadata,
        title_node,
        declared_article: tags.get(&["og:type"]) == Some("article") || ld.article.is_some(),
    }
}

/// `<meta>` tags by lowercase name or property, first value wins.
struct MetaTags<'a> {
    pairs: Vec<(String, &'a str)>,
}

impl<'a> MetaTags<'a> {
    fn collect(page: &'a Page) -> Self {
        let pairs = page
            .elements_with_tag(Tag::Meta)
            .filter_map(|id| {
                let node = page.node(id);
                let key = node
                    .attr(Attr::Property)
                    .or_else(|| node.attr(Attr::Name))
                    .or_else(|| node.attr(Attr::Itemprop))?;
                let content = node.attr(Attr::Content)?.trim();
                (!content.is_empty()).then(|| (key.trim().to_ascii_lowercase(), content))
            })
            .collect();
        MetaTags { pairs }
    }

    /// The first non-empty value among `keys`, in the order of `keys`.
    fn get(&self, keys: &[&str]) -> Option<&'a str> {
        keys.iter().find_map(|k| {
            self.pairs
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, v)| *v)
        })
    }
}

/// The JSON-LD objects of the page, with the one that describes the article.
struct JsonLd {
    article: Option<Value>,
}

impl JsonLd {
    fn collect(page: &Page) -> Self {
        let mut objects = Vec::new();
        for id in page.elements_with_tag(Tag::Script) {
            let node = page.node(id);
            let is_ld = node
                .attr(Attr::Type)
                .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
            if !is_ld {
                continue;
            }
            let text: String = page
                .descendants(id)
                .filter_map(|d| page.node(d).text())
                .collect();
            if let Ok(value) = serde_json::from_str::<Value>(text.trim()) {
                flatten_graph(value, &mut objects);
            }
        }
        let article = objects
            .into_iter()
            .find(|o| type_names(o).any(|t| ARTICLE_TYPES.contains(&t)));
        JsonLd { article }
    }

    fn article_str(&self, key: &str) -> Option<&str> {
        self.article
            .as_ref()?
            .get(key)?
            .as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn publisher_name(&self) -> Option<&str> {
        let publisher = self.article.as_ref()?.get("publisher")?;
        let publisher = publisher
            .as_array()
            .and_then(|a| a.first())
            .unwrap_or(publisher);
        publisher
            .get("name")?
            .as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn article_section(&self) -> Option<String> {
        match self.article.as_ref()?.get("articleSection")? {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Array(items) => items
                .iter()
                .rev()
                .find_map(|v| v.as_str().map(str::to_string)),
            _ => None,
        }
        .filter(|s| !s.is_empty())
    }

    fn authors(&self) -> Vec<String> {
        let Some(author) = self.article.as_ref().and_then(|a| a.get("author")) else {
            return Vec::new();
        };
        let items: Vec<&Value> = match author {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        items
            .into_iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s.as_str()),
                Value::Object(_) => v.get("name").and_then(Value::as_str),
                _ => None,
            })
            .map(collapse_whitespace)
            .filter(|s| !s.is_empty())
            .collect()
    }

    fn image(&self) -> Option<String> {
        let image = self.article.as_ref()?.get("image")?;
        let image = image.as_array().and_then(|a| a.first()).unwrap_or(image);
        match image {
            Value::String(s) => Some(s.clone()),
            Value::Object(_) => image.get("url").and_then(Value::as_str).map(str::to_string),
            _ => None,
        }
    }
}

fn flatten_graph(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten_graph(v, out)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten_graph(graph, out);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

fn type_names(value: &Value) -> impl Iterator<Item = &str> {
    let types: Vec<&str> = match value.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    types.into_iter()
}

/// The headline, cleaned of site name and section, and the heading that shows it.
fn title(
    page: &Page,
    tags: &MetaTags,
    ld: &JsonLd,
    site_name: Option<&str>,
) -> (Option<String>, Option<NodeId>) {
    let document_title = page
        .first_with_tag(Tag::Title)
        .map(|id| {
            let text: String = page
                .descendants(id)
                .filter_map(|d| page.node(d).text())
                .collect();
            collapse_whitespace(&text)
        })
        .filter(|t| !t.is_empty());
    let raw = ld
        .article_str("headline")
        .or_else(|| tags.get(&["og:title", "twitter:title"]))
        .map(collapse_whitespace)
        .or(document_title);
    let headings: Vec<(NodeId, String)> = [Tag::H1, Tag::H2]
        .iter()
        .flat_map(|&t| page.elements_with_tag(t))
        .map(|id| (id, page.text_of(id)))
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let Some(raw) = raw else {
        let first_h1 = headings
            .into_iter()
            .find(|(id, _)| page.node(*id).tag() == Some(Tag::H1));
        return match first_h1 {
            Some((id, text)) => (Some(text), Some(id)),
            None => (None, None),
        };
    };
    let cleaned = strip_site_name(&raw, site_name, &headings);
    let node = headings
        .iter()
        .find(|(_, text)| same_words(text, &cleaned) || same_words(text, &raw))
        .or_else(|| {
            headings
                .iter()
                .find(|(_, text)| shows_title(text, &cleaned))
        })
        .map(|(id, _)| *id);
    (Some(cleaned), node)
}

/// Removes a leading or trailing "| Site name" part when it names the site, or when a
/// heading on the page shows the title without it.
fn strip_site_name(title: &str, site_name: Option<&str>, headings: &[(NodeId, String)]) -> String {
    for sep in TITLE_SEPARATORS {
        let Some((head, tail)) = title.rsplit_once(sep) else {
            continue;
        };
        let names_site = |part: &str| site_name.is_some_and(|s| same_words(part, s));
        if names_site(tail) || headings.iter().any(|(_, h)| same_words(h, head)) {
            return head.trim().to_string();
        }
        if let Some((first, rest)) = title.split_once(sep) {
            if names_site(first) || headings.iter().any(|(_, h)| same_words(h, rest)) {
                return rest.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// True when a heading shows the title with a little more around it, such as a kicker
/// ("Lauffen" before the headline) or a trailing label: it holds the whole title, and
/// the title is most of it.
fn shows_title(heading: &str, title: &str) -> bool {
    let (h, t) = (normalized(heading), normalized(title));
    !t.is_empty() && h.contains(&t) && t.chars().count() * 10 >= h.chars().count() * 7
}

fn normalized(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Case- and punctuation-insensitive equality of two short texts.
fn same_words(a: &str, b: &str) -> bool {
    let (a, b) = (normalized(a), normalized(b));
    !a.is_empty() && a == b
}

/// Authors' names from the first source that names someone other than the site
/// itself (sites often credit their own name as author).
fn byline(page: &Page, tags: &MetaTags, ld: &JsonLd, site_name: Option<&str>) -> Option<String> {
    let keep = |names: Vec<String>| -> Option<String> {
        let names: Vec<String> = names
            .into_iter()
            .map(|n| strip_by(&n).to_string())
            .filter(|n| is_plausible_name(n) && !site_name.is_some_and(|s| same_words(n, s)))
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    let from_meta = || {
        tags.get(&["author", "article:author", "dc.creator"])
            .map(collapse_whitespace)
            .into_iter()
            .collect::<Vec<_>>()
    };
    keep(ld.authors())
        .or_else(|| keep(from_meta()))
        .or_else(|| keep(dom_byline(page).into_iter().collect()))
}

/// The text of the first element marked as the author in the DOM: `itemprop=author`,
/// `rel=author`, or a class naming the author or byline (`byline`, `author-name`, ...).
/// Dates and reading times inside bylines are not names.
fn dom_byline(page: &Page) -> Option<String> {
    page.nodes().iter().enumerate().find_map(|(i, node)| {
        let has_token = |attr: Attr, token: &str| {
            node.attr(attr)
                .is_some_and(|v| v.split_whitespace().any(|t| t == token))
        };
        let marked = has_token(Attr::Itemprop, "author")
            || has_token(Attr::Rel, "author")
            || node.attr(Attr::Class).is_some_and(names_author);
        if !marked || node.tag() == Some(Tag::Time) {
            return None;
        }
        let text = page.text_of(i as NodeId);
        (!text.is_empty() && text.chars().count() <= 100).then_some(text)
    })
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

fn strip_by(name: &str) -> &str {
    let trimmed = name.trim();
    for prefix in [
        "By ", "by ", "BY ", "Par ", "par ", "Von ", "von ", "Por ", "por ",
    ] {
        if let Some(rest) = trimmed.strip_prefix(prefix) {
            return rest.trim();
        }
    }
    trimmed
}

fn is_plausible_name(name: &str) -> bool {
    let chars = name.chars().count();
    (2..=100).contains(&chars) && !url::has_scheme(name) && name.chars().any(char::is_alphabetic)
}

/// The primary language subtag from `<html lang>`, then meta and JSON-LD.
fn lang(page: &Page, tags: &MetaTags, ld: &JsonLd) -> Option<String> {
    root_attr(page, Attr::Lang)
        .or_else(|| tags.get(&["content-language", "og:locale", "language", "dc.language"]))
        .or_else(|| ld.article_str("inLanguage"))
        .and_then(|raw| {
            let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
            (2..=3).contains(&primary.len()).then_some(primary)
        })
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

/// The `datetime` of the first `<time>` element, the usual visible dateline.
fn first_time_datetime(page: &Page) -> Option<String> {
    page.nodes().iter().find_map(|n| match &n.data {
        NodeData::Element { tag: Tag::Time, .. } => n.attr(Attr::Datetime).map(str::to_string),
        _ => None,
    })
}

/// `YYYY-MM-DD` from an ISO 8601 date or date-time.
fn iso_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let date = raw.get(..10)?;
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let valid = digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10);
    valid.then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_date_takes_the_date_part_only_when_well_formed() {
        assert_eq!(
            iso_date("2023-09-05T09:14:22+00:00").as_deref(),
            Some("2023-09-05")
        );
        assert_eq!(iso_date("2023-09-05").as_deref(), Some("2023-09-05"));
        assert_eq!(iso_date("September 5, 2023"), None);
        assert_eq!(iso_date("2023-9-5"), None);
    }

    #[test]
    fn site_name_is_stripped_from_either_end() {
        let none: Vec<(NodeId, String)> = Vec::new();
        assert_eq!(
            strip_site_name("Big story - Daily Planet", Some("Daily Planet"), &none),
            "Big story"
        );
        assert_eq!(
            strip_site_name("Daily Planet | Big story", Some("Daily Planet"), &none),
            "Big story"
        );
        assert_eq!(
            strip_site_name("Left - right and centre", Some("Daily Planet"), &none),
            "Left - right and centre"
        );
    }
}
