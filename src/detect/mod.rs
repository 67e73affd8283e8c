//! Detection: is this page an article, how sure are we, and what kind of page is it.
//!
//! The score adds up independent signals, each with the reason it gives, so a wrong
//! verdict can be traced to the signal that misled it.

use crate::analysis::PageKind;
use crate::extract::Extraction;
use crate::meta::Found;

/// The verdict with its reasons.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Detection {
    /// True when the page is a single article.
    pub is_article: bool,
    /// Confidence, 0..1.
    pub score: f64,
    /// The page's kind.
    pub kind: PageKind,
    /// The signals that made the score.
    pub reasons: Vec<String>,
}

/// Prose needed for a full score from the text signal; a short news item has about
/// 1,500 characters of body text.
const FULL_PROSE_CHARS: f64 = 1500.0;

/// The score from which a page counts as an article.
const ARTICLE_THRESHOLD: f64 = 0.5;

/// A page with less prose than this in its story is never an article.
const MIN_ARTICLE_CHARS: u32 = 400;

/// Link density of the whole body above which a non-article page is a listing.
const LISTING_LINK_DENSITY: f64 = 0.35;

/// Decides from the metadata and the extraction.
pub fn detect(found: &Found, extraction: &Extraction) -> Detection {
    let mut score = 0.0;
    let mut reasons = Vec::new();
    let mut add = |points: f64, reason: String| {
        score += points;
        reasons.push(format!("{points:+.2} {reason}"));
    };
    let prose = extraction.root_stats.para_chars;
    if found.declared_article {
        add(0.3, "declared an article (og:type or JSON-LD)".into());
    }
    if prose > 0 {
        let share = (f64::from(prose) / FULL_PROSE_CHARS).min(1.0);
        add(
            0.4 * share,
            format!("{prose} characters of prose in the main block"),
        );
    }
    if extraction.paragraphs >= 4 {
        add(0.1, format!("{} paragraphs", extraction.paragraphs));
    }
    if found.title_node.is_some() {
        add(0.1, "the headline is shown as a heading".into());
    }
    if found.metadata.published.is_some() {
        add(0.1, "has a publication date".into());
    }
    let density = extraction.root_stats.link_density();
    if density > 0.3 {
        add(
            -0.3,
            format!("main block is {:.0}% link text", density * 100.0),
        );
    }
    let score = score.clamp(0.0, 1.0);
    let is_article = score >= ARTICLE_THRESHOLD && prose >= MIN_ARTICLE_CHARS;
    let kind = if is_article {
        PageKind::Article
    } else if extraction.body_stats.link_density() > LISTING_LINK_DENSITY {
        PageKind::Listing
    } else {
        PageKind::Other
    };
    Detection {
        is_article,
        score: (score * 1000.0).round() / 1000.0,
        kind,
        reasons,
    }
}
