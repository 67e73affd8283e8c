//! Extraction: which block is the story, and what around and inside it is boilerplate.
//!
//! One bottom-up pass measures every element (`stats`), a Readability-style score
//! picks the content root (`score`), a sweep from the root outwards labels the blocks
//! around it and inside it (`classify`), and one walk of the root renders the plain
//! text and the sanitised HTML (`render`).

mod classify;
mod render;
mod score;
mod stats;

pub use stats::Stats;

use crate::analysis::Boilerplate;
use crate::page::{NodeId, Page, Tag};

/// What extraction found.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// The element holding the story, if any.
    pub root: Option<NodeId>,
    /// Blocks to hide, in document order.
    pub boilerplate: Vec<Boilerplate>,
    /// The story as plain text, paragraphs separated by a blank line.
    pub text: String,
    /// The story as sanitised HTML.
    pub html: String,
    /// Measurements of the root (zero when there is none).
    pub root_stats: Stats,
    /// Measurements of `<body>` (zero when there is none).
    pub body_stats: Stats,
    /// Number of paragraphs in `text`.
    pub paragraphs: usize,
}

/// Finds the story on `page`. `title_node` is the heading that shows the headline,
/// when metadata found one: the branch holding it is the article's header, not clutter.
pub fn extract(page: &Page, title_node: Option<NodeId>) -> Extraction {
    let stats = stats::measure(page);
    let body_stats = page
        .first_with_tag(Tag::Body)
        .map(|body| stats.of(body))
        .unwrap_or_default();
    let Some(root) = score::content_root(page, &stats) else {
        return Extraction {
            body_stats,
            ..Extraction::default()
        };
    };
    let boilerplate = classify::boilerplate(page, &stats, root, title_node);
    let rendered = render::render(page, &stats, root, &boilerplate, page.url());
    Extraction {
        root: Some(root),
        root_stats: stats.of(root),
        body_stats,
        paragraphs: rendered.paragraphs,
        text: rendered.text,
        html: rendered.html,
        boilerplate,
    }
}
