//! `Analysis`: everything Lede found on a page, as one serde type.
//!
//! It is the single source for the CLI's JSON, the sidebar and the tests. Fields a stage
//! could not determine are `None` (JSON `null`) or empty lists, never guesses.

use serde::{Deserialize, Serialize};

use crate::json::{self, Object};
use crate::page::NodeId;

/// The result of analysing one page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// True when the page is a single article Lede can clean up.
    pub is_article: bool,
    /// Confidence that the page is an article, 0..1.
    pub article_score: f64,
    /// What kind of page this is.
    pub page_kind: PageKind,
    /// The signals behind `article_score`, for debugging.
    pub reasons: Vec<String>,
    /// Title, byline, dates and the like.
    pub metadata: Metadata,
    /// The article as plain text: paragraphs separated by a blank line.
    pub text: String,
    /// The article as sanitised HTML for the reader view.
    pub html: String,
    /// Every block Lede hides, with its kind.
    pub boilerplate: Vec<Boilerplate>,
    /// People in the story.
    pub people: Vec<Actor>,
    /// Organisations in the story.
    pub organizations: Vec<Actor>,
    /// Places in the story.
    pub places: Vec<Actor>,
    /// Quotes with their speakers.
    pub quotes: Vec<Quote>,
}

/// The kind of page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// A single story.
    Article,
    /// A front page or section page of teasers.
    Listing,
    /// A gallery, a list of products or another collection.
    Collection,
    /// A discussion thread.
    Forum,
    /// A product page.
    Product,
    /// Technical documentation.
    Documentation,
    /// A login, search, checkout or other service page.
    Service,
    /// Anything else, including empty pages.
    #[default]
    Other,
}

/// Page metadata; unknown fields are `None`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The headline, without site name or section.
    pub title: Option<String>,
    /// The authors' names as one line, joined as the page joins them.
    pub byline: Option<String>,
    /// Each author's name (empty when unknown).
    #[serde(default)]
    pub bylines: Vec<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Publication time as the page gives it (ISO 8601), when it gives a time.
    pub published_time: Option<String>,
    /// Date of the last change, `YYYY-MM-DD`.
    #[serde(default)]
    pub modified: Option<String>,
    /// Time of the last change as the page gives it (ISO 8601), when it gives a time.
    #[serde(default)]
    pub modified_time: Option<String>,
    /// Primary language subtag, lowercase (`en`, `fr`).
    pub lang: Option<String>,
    /// Text direction, `ltr` or `rtl`, when the page declares it.
    pub dir: Option<String>,
    /// The site section.
    pub section: Option<String>,
    /// A short summary.
    pub excerpt: Option<String>,
    /// The lead image's absolute URL.
    pub lead_image: Option<String>,
}

/// The kinds of boilerplate Lede recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoilerplateKind {
    /// Site navigation and menus.
    Nav,
    /// Breadcrumb trails.
    Breadcrumb,
    /// Advertisements.
    Ad,
    /// Grids and lists of other stories.
    Related,
    /// Inline "Read also" links inside the story.
    ReadAlso,
    /// Share buttons.
    Share,
    /// Reader comments.
    Comments,
    /// The form to post a comment.
    CommentForm,
    /// Newsletter and subscription boxes.
    Subscribe,
    /// Cookie and consent banners.
    Cookie,
    /// The author's biography box.
    AuthorBox,
    /// Tag and category lists.
    Tags,
    /// Site footers.
    Footer,
    /// Site headers (logo, top bar).
    Header,
    /// Sidebars and widgets.
    Widget,
    /// Anything else around the story.
    Other,
}

/// One hidden block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// What the block is.
    pub kind: BoilerplateKind,
    /// How many characters of text it holds.
    pub text_chars: usize,
    /// The block's node in the `Page` (not part of the JSON: node ids are an
    /// implementation detail of one snapshot).
    #[serde(skip)]
    pub node: NodeId,
}

/// A person, organisation or place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name.
    pub name: String,
    /// Role or title, when the text gives one.
    pub role: Option<String>,
    /// Other names used for the same actor.
    pub aliases: Vec<String>,
    /// How often the actor is mentioned.
    pub mentions: usize,
}

/// How a quote is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole quoted sentence or more.
    Direct,
    /// A quoted fragment inside a sentence.
    Partial,
    /// Reported speech without quotation marks.
    Reported,
}

/// A quote and who said it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words.
    pub text: String,
    /// The speaker's canonical name.
    pub speaker: Option<String>,
    /// The speaker's role.
    pub speaker_role: Option<String>,
    /// Direct, partial or reported.
    pub kind: QuoteKind,
    /// The speech verb ("said", "added").
    pub cue: Option<String>,
    /// Index of the paragraph in `text` that holds the quote.
    pub paragraph: usize,
}

impl Analysis {
    /// The analysis as compact JSON: the text `serde_json::to_string` gives, written
    /// without serde (see [`crate::json`]); the browser receives this.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut o = Object::open(&mut out);
        o.bool("is_article", self.is_article);
        json::thousandths(o.key("article_score"), self.article_score);
        o.str("page_kind", self.page_kind.name());
        o.strs("reasons", &self.reasons);
        self.metadata.write(o.key("metadata"));
        o.str("text", &self.text);
        o.str("html", &self.html);
        json::list(o.key("boilerplate"), &self.boilerplate, |out, b| {
            let mut o = Object::open(out);
            o.str("kind", b.kind.name());
            o.uint("text_chars", b.text_chars as u64);
            o.close();
        });
        for (name, actors) in [
            ("people", &self.people),
            ("organizations", &self.organizations),
            ("places", &self.places),
        ] {
            json::list(o.key(name), actors, |out, a| {
                let mut o = Object::open(out);
                o.str("name", &a.name);
                o.opt_str("role", a.role.as_deref());
                o.strs("aliases", &a.aliases);
                o.uint("mentions", a.mentions as u64);
                o.close();
            });
        }
        json::list(o.key("quotes"), &self.quotes, |out, q| {
            let mut o = Object::open(out);
            o.str("text", &q.text);
            o.opt_str("speaker", q.speaker.as_deref());
            o.opt_str("speaker_role", q.speaker_role.as_deref());
            o.str("kind", q.kind.name());
            o.opt_str("cue", q.cue.as_deref());
            o.uint("paragraph", q.paragraph as u64);
            o.close();
        });
        o.close();
        out
    }
}

impl Metadata {
    fn write(&self, out: &mut String) {
        let mut o = Object::open(out);
        o.opt_str("title", self.title.as_deref());
        o.opt_str("byline", self.byline.as_deref());
        o.strs("bylines", &self.bylines);
        for (name, value) in [
            ("site_name", &self.site_name),
            ("published", &self.published),
            ("published_time", &self.published_time),
            ("modified", &self.modified),
            ("modified_time", &self.modified_time),
            ("lang", &self.lang),
            ("dir", &self.dir),
            ("section", &self.section),
            ("excerpt", &self.excerpt),
            ("lead_image", &self.lead_image),
        ] {
            o.opt_str(name, value.as_deref());
        }
        o.close();
    }
}

impl PageKind {
    /// The kind's name as the JSON spells it (`article`).
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Listing => "listing",
            PageKind::Collection => "collection",
            PageKind::Forum => "forum",
            PageKind::Product => "product",
            PageKind::Documentation => "documentation",
            PageKind::Service => "service",
            PageKind::Other => "other",
        }
    }
}

impl BoilerplateKind {
    /// The kind's name as the JSON spells it (`read-also`).
    pub fn name(self) -> &'static str {
        match self {
            BoilerplateKind::Nav => "nav",
            BoilerplateKind::Breadcrumb => "breadcrumb",
            BoilerplateKind::Ad => "ad",
            BoilerplateKind::Related => "related",
            BoilerplateKind::ReadAlso => "read-also",
            BoilerplateKind::Share => "share",
            BoilerplateKind::Comments => "comments",
            BoilerplateKind::CommentForm => "comment-form",
            BoilerplateKind::Subscribe => "subscribe",
            BoilerplateKind::Cookie => "cookie",
            BoilerplateKind::AuthorBox => "author-box",
            BoilerplateKind::Tags => "tags",
            BoilerplateKind::Footer => "footer",
            BoilerplateKind::Header => "header",
            BoilerplateKind::Widget => "widget",
            BoilerplateKind::Other => "other",
        }
    }
}

impl QuoteKind {
    /// The kind's name as the JSON spells it (`direct`).
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Reported => "reported",
        }
    }
}
