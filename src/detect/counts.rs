//! What detection's walk counts: the `Counts` of one page and its densest `Block`.

use crate::lexicon::page_kinds::{CLASS_GROUPS, SCHEMA_GROUPS};

use super::url_shape::UrlShape;

/// Everything the walk counts. Character counts are non-space characters of text a
/// reader sees (scripts, styles, form controls and hidden elements left out).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// Elements in the page.
    pub elements: u32,
    /// Text characters in the body.
    pub chars: u32,
    /// Of those, inside links.
    pub link_chars: u32,
    /// Of those, inside navigation, headers, footers and asides.
    pub chrome_chars: u32,
    /// Of those, inside `main`, `article` or an `itemprop=articleBody` block.
    pub main_chars: u32,
    /// Of those, inside `pre` and `code`.
    pub code_chars: u32,
    /// Of those, inside headings.
    pub heading_chars: u32,
    /// Sentence ends (`.`, `!`, `?` before a space or the end of a text).
    pub sentence_ends: u32,
    /// Commas.
    pub commas: u32,
    /// `p` elements.
    pub paragraphs: u32,
    /// Paragraphs (or long runs of bare text) that read as prose.
    pub prose_paragraphs: u32,
    /// Their characters.
    pub prose_chars: u32,
    /// Prose paragraphs of the parent that holds the most prose.
    pub cluster_paragraphs: u32,
    /// Prose characters of that parent.
    pub cluster_chars: u32,
    /// The element with the densest prose.
    pub block: Block,
    /// Readability's reader-mode score: the sum of `sqrt(chars - 140)` over long
    /// paragraphs.
    pub readerable: f64,
    /// `h1` elements.
    pub h1: u32,
    /// Text characters of the first `h1`.
    pub h1_chars: u32,
    /// `h2` elements.
    pub h2: u32,
    /// `h3` to `h6` elements.
    pub h3_plus: u32,
    /// Headings that are mostly a link (teaser headlines).
    pub linked_headings: u32,
    /// Links.
    pub links: u32,
    /// Links with headline-length text.
    pub headline_links: u32,
    /// List items.
    pub list_items: u32,
    /// List items that are mostly a link.
    pub linked_list_items: u32,
    /// List items that read as prose (a sentence or more, mostly not a link).
    pub prose_list_items: u32,
    /// Link and button texts that call to action ("Get started", "Book a demo").
    pub calls_to_action: u32,
    /// Short texts that open with a byline label ("By", "Written by") before a name
    /// or on their own (the name in a link after them).
    pub byline_labels: u32,
    /// Short texts that read as a date ("17 Dec 2025", "2025-12-17"): a dateline.
    pub date_labels: u32,
    /// Text characters between the end of the first `h1` and the first prose
    /// paragraph after it (`None` without either): a story's prose follows its
    /// headline, a landing page's hero gives way to buttons and cards first.
    pub h1_to_prose: Option<u32>,
    /// Text characters read when the first `h1` ended.
    pub h1_end: Option<u32>,
    /// Dates and byline labels read when the first `h1` ended.
    pub credits_at_h1: u32,
    /// Dates and byline labels between the first `h1` and the prose after it: the
    /// story's header.
    pub header_credits: u32,
    /// Headings that end in a question mark (the questions of guides and FAQs).
    pub question_headings: u32,
    /// Images.
    pub images: u32,
    /// Videos and embedded frames.
    pub embeds: u32,
    /// Forms.
    pub forms: u32,
    /// Inputs a user types into or ticks (hidden inputs left out).
    pub inputs: u32,
    /// Password inputs.
    pub password_inputs: u32,
    /// Search inputs and search landmarks.
    pub search_inputs: u32,
    /// Drop-down lists.
    pub selects: u32,
    /// Text areas.
    pub textareas: u32,
    /// Buttons (elements and `role=button`).
    pub buttons: u32,
    /// Short texts that are a price (`$19.99`, `19,99 €`).
    pub price_labels: u32,
    /// Currency amounts inside longer text.
    pub price_mentions: u32,
    /// Elements marked `itemprop=price`.
    pub itemprop_prices: u32,
    /// `pre` blocks.
    pub pre_blocks: u32,
    /// `code`, `kbd` and `samp` elements.
    pub code_elements: u32,
    /// Tables.
    pub tables: u32,
    /// `time` elements.
    pub times: u32,
    /// `article` elements.
    pub articles: u32,
    /// `article` elements holding a linked heading (teaser cards).
    pub teaser_articles: u32,
    /// A `main` element or `role=main`.
    pub main_landmark: bool,
    /// An `itemprop=articleBody` block.
    pub article_body: bool,
    /// Runs of [`REPEAT_RUN`] or more like siblings.
    pub repeat_groups: u32,
    /// Elements in such runs.
    pub repeat_items: u32,
    /// The longest such run.
    pub longest_run: u32,
    /// Elements whose class or id names each [`ClassGroup`], by group index.
    pub class_groups: [u32; CLASS_GROUPS],
    /// Each [`SchemaGroup`] declared by JSON-LD, `og:type` or microdata, by group index.
    pub schema: [bool; SCHEMA_GROUPS],
    /// Microdata items (`itemtype`) of each [`SchemaGroup`], by group index.
    pub microdata: [u32; SCHEMA_GROUPS],
    /// JSON-LD gives a `datePublished`.
    pub ld_date_published: bool,
    /// JSON-LD names an `author`.
    pub ld_author: bool,
    /// An `article:published_time` meta tag.
    pub published_meta: bool,
    /// An `author` or `article:author` meta tag.
    pub author_meta: bool,
    /// A `link rel=amphtml`: the site publishes this page as an AMP story.
    pub amp: bool,
    /// The URL's shape.
    pub url: UrlShape,
}

/// The element with the densest prose: the one with the most prose characters squared
/// per character of text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Block {
    /// Its prose characters squared per character of text.
    pub mass: f64,
    /// Its text characters.
    pub chars: u32,
    /// Of those, inside links.
    pub link_chars: u32,
    /// Its prose characters.
    pub prose_chars: u32,
    /// Its prose paragraphs.
    pub prose_paragraphs: u32,
    /// Its headings.
    pub headings: u32,
}
