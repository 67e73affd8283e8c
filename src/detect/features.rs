//! The model's inputs: each a named number computed from the walk's [`Counts`].
//!
//! Counts enter the model as `ln(1 + n)`, so that the tenth teaser card weighs less
//! than the second; shares and flags enter as they are. The table's order is the order
//! of the weights in `weights.rs`, which a test checks by name.

use crate::lexicon::page_kinds::{ClassGroup as C, PathGroup as P, SchemaGroup as S};

use super::walk::Counts;

/// How a raw value enters the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// `ln(1 + value)`, for counts.
    Log,
    /// The value as it is, for shares (0..1), flags (0 or 1) and small numbers.
    Linear,
}

/// One input of the model.
#[derive(Clone, Copy, Debug)]
pub struct Feature {
    /// Its name, as reasons show it and the weight table spells it.
    pub name: &'static str,
    /// Its raw value on a page.
    pub raw: fn(&Counts) -> f64,
    /// How the raw value enters the model.
    pub scale: Scale,
}

impl Feature {
    /// The value the model multiplies.
    pub fn input(&self, counts: &Counts) -> f64 {
        let raw = (self.raw)(counts);
        match self.scale {
            Scale::Log => raw.max(0.0).ln_1p(),
            Scale::Linear => raw,
        }
    }
}

fn share(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (f64::from(part) / f64::from(whole)).min(1.0)
    }
}

fn flag(b: bool) -> f64 {
    f64::from(u8::from(b))
}

macro_rules! features {
    ($($name:literal, $scale:ident, |$c:ident| $value:expr;)*) => {
        /// Every input of the model, in the order of the weight table.
        pub const FEATURES: &[Feature] = &[
            $(Feature { name: $name, raw: |$c: &Counts| $value, scale: Scale::$scale },)*
        ];
    };
}

features! {
    // How much text, and what sort.
    "text chars", Log, |c| f64::from(c.chars);
    "link share of text", Linear, |c| share(c.link_chars, c.chars);
    "nav/header/footer share of text", Linear, |c| share(c.chrome_chars, c.chars);
    "main/article landmark share of text", Linear, |c| share(c.main_chars, c.chars);
    "code share of text", Linear, |c| share(c.code_chars, c.chars);
    "heading share of text", Linear, |c| share(c.heading_chars, c.chars);
    "sentence ends per 100 chars", Linear, |c| 100.0 * share(c.sentence_ends, c.chars);
    "commas per 100 chars", Linear, |c| 100.0 * share(c.commas, c.chars);
    // Prose.
    "prose paragraphs", Log, |c| f64::from(c.prose_paragraphs);
    "prose chars", Log, |c| f64::from(c.prose_chars);
    "prose share of text", Linear, |c| share(c.prose_chars, c.chars);
    "paragraphs in the largest prose block", Log, |c| f64::from(c.cluster_paragraphs);
    "chars in the largest prose block", Log, |c| f64::from(c.cluster_chars);
    "largest prose block share of text", Linear, |c| share(c.cluster_chars, c.chars);
    "readability reader score", Log, |c| c.readerable;
    "prose chars of the densest block", Log, |c| f64::from(c.block.prose_chars);
    "prose share of the densest block", Linear, |c| share(c.block.prose_chars, c.block.chars);
    "densest block share of all prose", Linear, |c| share(c.block.prose_chars, c.prose_chars);
    "prose paragraphs of the densest block", Log, |c| f64::from(c.block.prose_paragraphs);
    "headings of the densest block", Log, |c| f64::from(c.block.headings);
    "link share of the densest block", Linear, |c| share(c.block.link_chars, c.block.chars);
    "densest block share of text", Linear, |c| share(c.block.chars, c.chars);
    "chars per prose paragraph", Log, |c| ratio(c.prose_chars, c.prose_paragraphs);
    "p elements", Log, |c| f64::from(c.paragraphs);
    // Headings and links.
    "h1 headings", Linear, |c| f64::from(c.h1.min(4));
    "chars of the first h1", Log, |c| f64::from(c.h1_chars);
    "h2 headings", Log, |c| f64::from(c.h2);
    "h3-h6 headings", Log, |c| f64::from(c.h3_plus);
    "linked headings", Log, |c| f64::from(c.linked_headings);
    "linked share of headings", Linear, |c| share(c.linked_headings, c.h1 + c.h2 + c.h3_plus);
    "prose chars per heading", Log, |c| ratio(c.prose_chars, c.h1 + c.h2 + c.h3_plus);
    "links", Log, |c| f64::from(c.links);
    "headline-length links", Log, |c| f64::from(c.headline_links);
    "list items", Log, |c| f64::from(c.list_items);
    "linked list items", Log, |c| f64::from(c.linked_list_items);
    "prose list items", Log, |c| f64::from(c.prose_list_items);
    "headings that ask a question", Log, |c| f64::from(c.question_headings);
    "text between the headline and the prose", Log, |c| f64::from(headline_to_prose(c));
    "dates in short texts", Log, |c| f64::from(c.date_labels);
    "byline labels", Log, |c| f64::from(c.byline_labels);
    "dates and bylines under the h1", Log, |c| f64::from(c.header_credits);
    // Media, forms, prices, code.
    "images", Log, |c| f64::from(c.images);
    "images per 1000 chars", Log, |c| 1000.0 * ratio(c.images, c.chars);
    "videos and frames", Log, |c| f64::from(c.embeds);
    "forms", Log, |c| f64::from(c.forms);
    "inputs", Log, |c| f64::from(c.inputs);
    "password inputs", Linear, |c| flag(c.password_inputs > 0);
    "search inputs", Linear, |c| flag(c.search_inputs > 0);
    "selects", Log, |c| f64::from(c.selects);
    "text areas", Log, |c| f64::from(c.textareas);
    "buttons", Log, |c| f64::from(c.buttons);
    "calls to action", Log, |c| f64::from(c.calls_to_action);
    "price labels", Log, |c| f64::from(c.price_labels);
    "amounts in text", Log, |c| f64::from(c.price_mentions);
    "itemprop=price", Log, |c| f64::from(c.itemprop_prices);
    "pre blocks", Log, |c| f64::from(c.pre_blocks);
    "code elements", Log, |c| f64::from(c.code_elements);
    "tables", Log, |c| f64::from(c.tables);
    "time elements", Log, |c| f64::from(c.times);
    // Landmarks and repeated structures.
    "article elements", Log, |c| f64::from(c.articles);
    "teaser article elements", Log, |c| f64::from(c.teaser_articles);
    "main landmark", Linear, |c| flag(c.main_landmark);
    "itemprop=articleBody", Linear, |c| flag(c.article_body);
    "repeated sibling runs", Log, |c| f64::from(c.repeat_groups);
    "elements in repeated runs", Log, |c| f64::from(c.repeat_items);
    "longest repeated run", Log, |c| f64::from(c.longest_run);
    // Class and id words.
    "commerce class words", Log, |c| f64::from(c.class_groups[C::Commerce as usize]);
    "discussion class words", Log, |c| f64::from(c.class_groups[C::Discussion as usize]);
    "comment class words", Log, |c| f64::from(c.class_groups[C::Comments as usize]);
    "docs class words", Log, |c| f64::from(c.class_groups[C::Docs as usize]);
    "teaser class words", Log, |c| f64::from(c.class_groups[C::Teaser as usize]);
    "story class words", Log, |c| f64::from(c.class_groups[C::Story as usize]);
    "marketing class words", Log, |c| f64::from(c.class_groups[C::Marketing as usize]);
    "button class words", Log, |c| f64::from(c.class_groups[C::Button as usize]);
    "share class words", Log, |c| f64::from(c.class_groups[C::Share as usize]);
    "author class words", Log, |c| f64::from(c.class_groups[C::Author as usize]);
    "related class words", Log, |c| f64::from(c.class_groups[C::Related as usize]);
    // Declared types.
    "declares a story", Linear, |c| flag(c.schema[S::Story as usize]);
    "declares a product", Linear, |c| flag(c.schema[S::Product as usize]);
    "declares a list", Linear, |c| flag(c.schema[S::List as usize]);
    "declares a discussion", Linear, |c| flag(c.schema[S::Discussion as usize]);
    "declares technical writing", Linear, |c| flag(c.schema[S::Technical as usize]);
    "declares an offering", Linear, |c| flag(c.schema[S::Offering as usize]);
    "microdata products", Log, |c| f64::from(c.microdata[S::Product as usize]);
    "microdata discussion items", Log, |c| f64::from(c.microdata[S::Discussion as usize]);
    "microdata list items", Log, |c| f64::from(c.microdata[S::List as usize]);
    "published-time meta", Linear, |c| flag(c.published_meta);
    "JSON-LD datePublished", Linear, |c| flag(c.ld_date_published);
    "JSON-LD author", Linear, |c| flag(c.ld_author);
    "author meta", Linear, |c| flag(c.author_meta);
    "AMP version", Linear, |c| flag(c.amp);
    // The URL.
    "url is the site root", Linear, |c| url(c, flag(c.url.depth == 0));
    "url slug words", Linear, |c| url(c, f64::from(c.url.slug_words.min(12)));
    "url holds a date", Linear, |c| url(c, flag(c.url.date));
    "url holds a long number", Linear, |c| url(c, flag(c.url.long_number));
    "url names a product", Linear, |c| url(c, flag(c.url.groups[P::Product as usize]));
    "url names a collection", Linear, |c| url(c, flag(c.url.groups[P::Collection as usize]));
    "url names docs", Linear, |c| url(c, flag(c.url.groups[P::Docs as usize]));
    "url names a discussion", Linear, |c| url(c, flag(c.url.groups[P::Discussion as usize]));
    "url names stories", Linear, |c| url(c, flag(c.url.groups[P::Story as usize]));
    "url names a service", Linear, |c| url(c, flag(c.url.groups[P::Service as usize]));
}

/// Text characters between the first `h1` and the prose after it; the whole text
/// without either.
fn headline_to_prose(c: &Counts) -> u32 {
    c.h1_to_prose.unwrap_or(c.chars)
}

/// A value read from the page's address, or NaN when the page has none: the model
/// then reads the input as neither for nor against any kind ([`super::model`]).
fn url(c: &Counts, value: f64) -> f64 {
    if c.url.known {
        value
    } else {
        f64::NAN
    }
}

fn ratio(part: u32, whole: u32) -> f64 {
    f64::from(part) / f64::from(whole.max(1))
}

/// The model's inputs for a page's counts, in [`FEATURES`] order.
pub fn inputs(counts: &Counts) -> Vec<f64> {
    FEATURES.iter().map(|f| f.input(counts)).collect()
}
