//! Lede finds the story on a news page, labels the clutter around it, and says who is
//! in the story and who said what.
//!
//! The pipeline reads a [`page::Page`] snapshot and returns an [`Analysis`]; it is pure
//! Rust and identical on the native path (HTML parsed by html5ever) and in the browser
//! (the live DOM walked by the wasm build).

#![forbid(unsafe_code)]

pub mod actors;
pub mod analysis;
pub mod detect;
#[cfg(feature = "native")]
pub mod eval;
pub mod extract;
pub mod hash;
pub mod json;
pub mod lexicon;
pub mod meta;
pub mod order;
pub mod page;
pub mod present;
pub mod quotes;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use analysis::Analysis;
pub use page::Page;

/// Settings for one analysis.
#[derive(Clone, Debug, Default)]
pub struct Options {}

/// Runs the whole pipeline on a page snapshot.
pub fn analyze(page: &Page, _options: &Options) -> Analysis {
    let found = meta::read(page);
    // Detection reads the page alone; its page kind tells extraction what the main
    // region holds beside the content (a product page's reviews and recommendations).
    let detection = detect::detect(page);
    // A page whose body gives no story (an application's shell saved before its
    // scripts ran) is read as its description.
    let extraction = extract::extract(page, found.title_node, detection.kind)
        .or_excerpt(found.metadata.excerpt.as_deref());
    let doc = text::Doc::new(&extraction.text);
    let hints = actors::Hints {
        title: found.metadata.title.as_deref(),
        lang: found.metadata.lang.as_deref(),
        site: found.metadata.site_name.as_deref(),
    };
    let actors = actors::find(&doc, &hints);
    let quotes = quotes::find(&doc, &actors);
    Analysis {
        is_article: detection.is_article,
        article_score: detection.score,
        page_kind: detection.kind,
        reasons: detection.reasons,
        metadata: found.metadata,
        text: extraction.text,
        html: extraction.html,
        boilerplate: extraction.boilerplate,
        people: actors.people,
        organizations: actors.organizations,
        places: actors.places,
        quotes,
    }
}

/// Parses HTML natively and analyses it.
#[cfg(feature = "native")]
pub fn analyze_html(html: &[u8], url: Option<&str>, options: &Options) -> Analysis {
    analyze(&page::from_html::parse_bytes(html, url), options)
}
