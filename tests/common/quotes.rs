//! Helpers for the tests that read quotes.

use lede::analysis::{Quote, QuoteKind};
use lede::Analysis;

/// The quotes, one a line, with kind, speaker, role and cue: what a failure shows.
pub fn listing(quotes: &[Quote]) -> String {
    quotes
        .iter()
        .map(|q| {
            format!(
                "[{:?}] {:?} ({:?}, {:?}): {}",
                q.kind, q.speaker, q.speaker_role, q.cue, q.text
            )
        })
        .collect::<Vec<_>>()
        .join("\n    ")
}

/// Finds the quote whose text starts with `starts`.
pub fn quote<'a>(analysis: &'a Analysis, starts: &str) -> &'a Quote {
    analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| {
            panic!(
                "no quote starts with {starts:?}:\n    {}",
                listing(&analysis.quotes)
            )
        })
}

/// The quotes whose text holds `words`.
pub fn holding<'a>(quotes: &'a [Quote], words: &str) -> Vec<&'a Quote> {
    quotes.iter().filter(|q| q.text.contains(words)).collect()
}

pub fn assert_quote(analysis: &Analysis, starts: &str, kind: QuoteKind, speaker: &str, cue: &str) {
    let q = quote(analysis, starts);
    assert_eq!(
        (q.kind, q.speaker.as_deref(), q.cue.as_deref()),
        (kind, Some(speaker), Some(cue)),
        "{starts:?}:\n    {}",
        listing(&analysis.quotes)
    );
}
