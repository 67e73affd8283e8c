//! Detection: is this page an article, how sure are we, and what kind of page is it.
//!
//! It runs when a page loads, before the user asks for anything, so it reads the page
//! once and cheaply: one walk over the `Page` arena counts text by region, prose
//! paragraphs, headings, links, forms, prices, code, repeated sibling structures,
//! datelines and byline labels under the headline, calls to action, declared
//! schema.org types and the URL's shape (`walk`); those counts become a few
//! dozen named inputs (`features`); and a small multinomial logistic regression over
//! the seven page kinds weighs them (`model`, with the fitted table in `weights`).
//! It needs neither the extraction nor the metadata stage.
//!
//! The reasons name the inputs that pushed the verdict most, so a wrong verdict can be
//! traced to what misled it.

pub mod counts;
mod decimals;
mod declared;
pub mod features;
pub mod markup;
pub mod model;
mod scan;
pub mod url_shape;
pub mod walk;
pub mod weights;

use crate::analysis::PageKind;
use crate::page::Page;

use decimals::fixed;
use features::FEATURES;
use model::{Model, KINDS, KIND_ORDER};
use walk::Counts;

/// The verdict with its reasons.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Detection {
    /// True when the page is a single article.
    pub is_article: bool,
    /// Confidence that the page is an article, 0..1.
    pub score: f64,
    /// The page's kind.
    pub kind: PageKind,
    /// The signals that made the verdict.
    pub reasons: Vec<String>,
}

/// A page with less visible text than this is `Other`: an empty shell, an error page
/// or a page built entirely by scripts. (A headline and one sentence.)
const MIN_TEXT_CHARS: u32 = 100;

/// How many inputs the reasons name on each side.
const REASONS_PER_SIDE: usize = 4;

/// The model fitted on WCXB dev (see `weights.rs`).
pub const MODEL: Model<'static> = Model {
    bias: &weights::BIAS,
    rows: weights::ROWS,
    article_threshold: weights::ARTICLE_THRESHOLD,
};

/// Decides what `page` is, from one walk over it.
pub fn detect(page: &Page) -> Detection {
    decide(&walk::count(page), &MODEL)
}

/// Decides from a page's counts with the given model.
pub fn decide(counts: &Counts, model: &Model) -> Detection {
    if counts.chars < MIN_TEXT_CHARS {
        return Detection {
            reasons: vec![format!(
                "only {} characters of visible text: nothing to read",
                counts.chars
            )],
            ..Detection::default()
        };
    }
    let z = model.standardise(&features::inputs(counts));
    let p = model.probabilities(&z);
    let article = 0;
    let score = p[article];
    let is_article = score >= model.article_threshold;
    let best_other = (1..KINDS)
        .max_by(|&a, &b| p[a].total_cmp(&p[b]))
        .unwrap_or(1);
    let (kind, rival) = if is_article {
        (article, best_other)
    } else {
        (best_other, article)
    };
    let mut reasons = vec![summary(&p)];
    reasons.extend(explain(model, counts, &z, kind, rival));
    Detection {
        is_article,
        score: (score * 1000.0).round() / 1000.0,
        kind: KIND_ORDER[kind],
        reasons,
    }
}

/// The three likeliest kinds with their probabilities.
fn summary(p: &[f64; KINDS]) -> String {
    let mut order: Vec<usize> = (0..KINDS).collect();
    crate::order::by_key(&mut order, |&k| (crate::order::float_descending(p[k]), 0));
    let top: Vec<String> = order
        .iter()
        .take(3)
        .map(|&k| format!("{} {}", KIND_ORDER[k].name(), fixed(p[k], 2, false)))
        .collect();
    format!("likeliest kinds: {}", top.join(", "))
}

/// The inputs that pushed `kind` over `rival` most, then those that pushed back most.
fn explain(model: &Model, counts: &Counts, z: &[f64], kind: usize, rival: usize) -> Vec<String> {
    let pushes = model.pushes(z, kind, rival);
    let (ours, theirs) = (KIND_ORDER[kind], KIND_ORDER[rival]);
    let line = |&(i, push): &(usize, f64)| {
        let feature = &FEATURES[i];
        format!(
            "{} {} over {}: {} = {}",
            fixed(push, 2, true),
            ours.name(),
            theirs.name(),
            feature.name,
            shown((feature.raw)(counts))
        )
    };
    let for_kind = pushes
        .iter()
        .filter(|(_, p)| *p > 0.0)
        .take(REASONS_PER_SIDE);
    let against = pushes
        .iter()
        .rev()
        .filter(|(_, p)| *p < 0.0)
        .take(REASONS_PER_SIDE);
    for_kind.chain(against).map(line).collect()
}

/// A raw value as reasons show it: whole numbers without decimals.
fn shown(value: f64) -> String {
    if value.fract() == 0.0 {
        fixed(value, 0, false)
    } else {
        fixed(value, 2, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weight_table_follows_the_feature_table() {
        let table: Vec<&str> = weights::ROWS.iter().map(|r| r.name).collect();
        let features: Vec<&str> = FEATURES.iter().map(|f| f.name).collect();
        assert_eq!(table, features);
        assert!(weights::ROWS.iter().all(|r| r.spread > 0.0));
    }

    #[test]
    fn kind_names_match_the_json() {
        for kind in KIND_ORDER {
            let json = serde_json::to_value(kind).expect("a kind serialises");
            assert_eq!(json.as_str(), Some(kind.name()));
        }
        assert_eq!(model::kind_index(PageKind::Other), None);
    }
}
