//! What the page declares about itself: its `<meta>` tags and its JSON-LD objects,
//! each read once. Values come out readable (references decoded, whitespace
//! collapsed); which value wins for which field is decided by the field's reader.

use crate::json::Json as Value;

use super::text::clean_value;
use crate::page::{Attr, Page, Tag};

/// JSON-LD types that describe a single story: the page declares itself an article.
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

/// Further types that carry a work's own headline, authors and dates without making
/// the page an article (Readability reads the posting types too).
const WORK_TYPES: &[&str] = &[
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "AdvertiserContentArticle",
    "SatiricalArticle",
    "MedicalScholarlyArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "APIReference",
    "Recipe",
    "HowTo",
];

/// Page types whose dates and authors are the page's own.
const PAGE_TYPES: &[&str] = &[
    "WebPage",
    "ItemPage",
    "AboutPage",
    "FAQPage",
    "QAPage",
    "MedicalWebPage",
    "ProfilePage",
];

/// Where a meta tag's key came from. OpenGraph and RDFa keys are `property`; HTML's
/// own are `name`. When both give a key, `property` wins (Readability's
/// `003-metadata-preferred`: `property="dc:title"` over `name="DC.title"`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyAttr {
    Property,
    Name,
}

/// `<meta>` tags by normalized key.
pub struct MetaTags<'a> {
    entries: Vec<(String, KeyAttr, &'a str)>,
}

impl<'a> MetaTags<'a> {
    /// Reads every `<meta>` with a key and a non-empty `content`. A `property` may
    /// hold several keys separated by spaces (`property="dc:title og:title"`).
    pub fn collect(page: &'a Page) -> Self {
        let mut entries = Vec::new();
        for id in page.elements_with_tag(Tag::Meta) {
            let node = page.node(id);
            let Some(content) = node.attr(Attr::Content).map(str::trim) else {
                continue;
            };
            if content.is_empty() {
                continue;
            }
            if let Some(keys) = node.attr(Attr::Property) {
                for key in keys.split_whitespace() {
                    entries.push((normalize_key(key), KeyAttr::Property, content));
                }
            }
            for attr in [Attr::Name, Attr::Itemprop] {
                if let Some(key) = node.attr(attr).filter(|k| !k.trim().is_empty()) {
                    entries.push((normalize_key(key), KeyAttr::Name, content));
                }
            }
        }
        MetaTags { entries }
    }

    /// The value of the first of `keys` the page gives, in the order of `keys`.
    pub fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.raw(k)).map(clean_value)
    }

    /// The first value whose key satisfies `test`, property ones first.
    pub fn find(&self, test: impl Fn(&str) -> bool) -> Option<String> {
        [KeyAttr::Property, KeyAttr::Name].iter().find_map(|&attr| {
            self.entries
                .iter()
                .find(|(k, a, _)| *a == attr && test(k))
                .map(|(_, _, v)| clean_value(v))
        })
    }

    /// Every value of `key`, each once, in page order: the `property` ones when there
    /// are any (they win, as in [`MetaTags::get`]), else the `name` ones.
    pub fn get_all(&self, key: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for attr in [KeyAttr::Property, KeyAttr::Name] {
            for (_, _, v) in self
                .entries
                .iter()
                .filter(|(k, a, _)| k == key && *a == attr)
            {
                let v = clean_value(v);
                if !out.contains(&v) {
                    out.push(v);
                }
            }
            if !out.is_empty() {
                break;
            }
        }
        out
    }

    fn raw(&self, key: &str) -> Option<&'a str> {
        [KeyAttr::Property, KeyAttr::Name].iter().find_map(|&attr| {
            self.entries
                .iter()
                .find(|(k, a, _)| k == key && *a == attr)
                .map(|(_, _, v)| *v)
        })
    }
}

/// Lowercase, and Dublin Core's `DC.title` / `dcterms.title` / `dcterm:title`
/// spelled `dc:title` / `dcterms:title`.
fn normalize_key(key: &str) -> String {
    let key = key.trim().to_ascii_lowercase();
    for (prefix, canonical) in [
        ("dc.", "dc:"),
        ("dcterms.", "dcterms:"),
        ("dcterm.", "dcterms:"),
        ("dcterm:", "dcterms:"),
    ] {
        if let Some(rest) = key.strip_prefix(prefix) {
            return format!("{canonical}{rest}");
        }
    }
    key
}

/// The text of each `application/ld+json` script of the page, in document order.
pub fn json_ld_scripts(page: &Page) -> impl Iterator<Item = String> + '_ {
    page.elements_with_tag(Tag::Script)
        .filter(|&id| {
            page.node(id)
                .attr(Attr::Type)
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .map(|id| {
            page.descendants(id)
                .filter_map(|d| page.node(d).text())
                .collect()
        })
}

/// The JSON-LD objects of the page, with the ones that describe its story.
pub struct JsonLd {
    objects: Vec<Value>,
    /// The first object of an article type.
    article: Option<usize>,
    /// The object whose headline, authors and dates are the story's: the article,
    /// else a posting, recipe or similar work, else the web page.
    work: Option<usize>,
}

impl JsonLd {
    /// Parses every `application/ld+json` script, tolerating what sites wrap around
    /// or leave inside the JSON (CDATA markers, HTML comments, raw line breaks in
    /// strings), and flattens `@graph` lists and `mainEntity` objects.
    pub fn collect(page: &Page) -> Self {
        let mut objects = Vec::new();
        for text in json_ld_scripts(page) {
            if let Some(value) = parse_lenient(&text) {
                flatten(value, &mut objects);
            }
        }
        let find = |types: &[&str]| {
            objects
                .iter()
                .position(|o| type_names(o).any(|t| types.contains(&t)))
        };
        let article = find(ARTICLE_TYPES);
        let work = article
            .or_else(|| find(WORK_TYPES))
            .or_else(|| find(PAGE_TYPES));
        JsonLd {
            objects,
            article,
            work,
        }
    }

    /// True when an object declares the page an article.
    pub fn declares_article(&self) -> bool {
        self.article.is_some()
    }

    fn work(&self) -> Option<&Value> {
        self.work.map(|i| &self.objects[i])
    }

    /// True when the story's object is an article, a posting or another work, not
    /// only the web page.
    pub fn has_work(&self) -> bool {
        self.work()
            .is_some_and(|o| !type_names(o).any(|t| PAGE_TYPES.contains(&t)))
    }

    /// A string field of the story's object.
    pub fn work_str(&self, key: &str) -> Option<String> {
        self.work()?
            .get(key)
            .and_then(Value::as_str)
            .map(clean_value)
            .filter(|s| !s.is_empty())
    }

    /// A date field of the story's object (`datePublished`, `dateModified`).
    pub fn date(&self, key: &str) -> Option<String> {
        self.work_str(key)
    }

    /// The publisher's name.
    pub fn publisher_name(&self) -> Option<String> {
        let publisher = first(self.work()?.get("publisher")?);
        self.resolve(publisher)
            .get("name")?
            .as_str()
            .map(clean_value)
            .filter(|s| !s.is_empty())
    }

    /// The section, the last when there are several.
    pub fn section(&self) -> Option<String> {
        match self.work()?.get("articleSection")? {
            Value::String(s) => Some(clean_value(s)),
            Value::Array(items) => items.iter().rev().find_map(|v| v.as_str().map(clean_value)),
            _ => None,
        }
        .filter(|s| !s.is_empty())
    }

    /// The authors' names, as the objects give them: strings, objects with a
    /// `name`, or references by `@id` to an object elsewhere on the page.
    pub fn authors(&self) -> Vec<String> {
        self.author_objects()
            .filter_map(|v| match v {
                Value::String(s) => Some(clean_value(s)),
                other => other.get("name").and_then(Value::as_str).map(clean_value),
            })
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The names of the authors typed as a `Person`.
    pub fn person_authors(&self) -> Vec<String> {
        self.author_objects()
            .filter(|v| type_names(v).any(|t| t == "Person"))
            .filter_map(|v| v.get("name").and_then(Value::as_str).map(clean_value))
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The story's author values, references resolved.
    fn author_objects(&self) -> impl Iterator<Item = &Value> {
        let items: Vec<&Value> = match self.work().and_then(|w| w.get("author")) {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(other) => vec![other],
            None => Vec::new(),
        };
        items.into_iter().map(|v| self.resolve(v))
    }

    /// The lead image's address.
    pub fn image(&self) -> Option<String> {
        match self.resolve(first(self.work()?.get("image")?)) {
            Value::String(s) => Some(s.trim().to_string()),
            other => other.get("url").and_then(Value::as_str).map(str::to_string),
        }
        .filter(|s| !s.is_empty())
    }

    /// The object a bare `{"@id": ...}` reference points to, or the value itself.
    fn resolve<'v>(&'v self, value: &'v Value) -> &'v Value {
        let Some(members) = value.as_object() else {
            return value;
        };
        // Only `@id` (serde_json's map would hold a repeated key once).
        let is_reference = !members.is_empty() && members.iter().all(|(k, _)| k == "@id");
        let target = value.get("@id").and_then(Value::as_str);
        match target {
            Some(id) if is_reference => self
                .objects
                .iter()
                .find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
                .unwrap_or(value),
            _ => value,
        }
    }
}

fn first(value: &Value) -> &Value {
    value.as_array().and_then(|a| a.first()).unwrap_or(value)
}

/// Parses a script's JSON after removing CDATA and comment wrappers and turning raw
/// control characters (invalid inside JSON strings, common in descriptions) into
/// spaces.
fn parse_lenient(text: &str) -> Option<Value> {
    let mut t = text.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = t.strip_prefix(open) {
            t = inner.trim_end().strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    let t = t.trim_end_matches(';');
    crate::json::parse(t).or_else(|| {
        let spaced: String = t
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        crate::json::parse(&spaced)
    })
}

fn flatten(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, out)),
        mut object @ Value::Object(_) => {
            if let Some(graph) = object.remove("@graph") {
                flatten(graph, out);
            }
            let main = take_main_entity(&mut object);
            out.push(object);
            if let Some(main) = main {
                flatten(main, out);
            }
        }
        _ => {}
    }
}

/// A `mainEntity` that is itself a described object (not a bare reference).
fn take_main_entity(object: &mut Value) -> Option<Value> {
    let described = object
        .get("mainEntity")
        .is_some_and(|m| m.get("@type").is_some());
    if described {
        object.remove("mainEntity")
    } else {
        None
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_and_broken_json_is_read() {
        let cdata = "\n  <![CDATA[\n {\"@type\":\"Article\"}\n ]]>\n";
        assert!(parse_lenient(cdata).is_some());
        let raw_newline = "{\"description\": \"two\nlines\"}";
        assert!(parse_lenient(raw_newline).is_some());
        assert!(parse_lenient("{not json").is_none());
    }

    #[test]
    fn dublin_core_keys_are_spelled_one_way() {
        assert_eq!(normalize_key("DC.title"), "dc:title");
        assert_eq!(normalize_key("dcterms.creator"), "dcterms:creator");
        assert_eq!(normalize_key("dcterm:title"), "dcterms:title");
        assert_eq!(normalize_key("og:Title"), "og:title");
    }
}
