//! Detection figures: is it an article? Our `is_article` against WCXB's page type
//! (`article` is the positive class) and against Readability's `readerable`; our
//! `page_kind` against WCXB's page type as a confusion table; and the median time the
//! native pipeline takes per page.

use std::time::Duration;

use serde::Serialize;

use crate::analysis::PageKind;
use crate::detect::model::ALL_KINDS;

use super::corpus::{CorpusKind, WCXB_ARTICLE};
use super::extraction::types_of;
use super::run::{Outcome, Run};
use super::table::{percent, score, Table};
use super::Settings;

/// The first line of the text report.
pub const HEADLINE: &str = "\
detection: our is_article against the gold label, our page_kind against the gold page type,
  and the native time per page (medians; parse = html5ever into a Page, analyze = the
  pipeline on it; file reading and decompression not included; on one thread unless
  --jobs says otherwise, and as noisy as the machine's load)";

/// The detection figures on one corpus.
#[derive(Clone, Debug, Serialize)]
pub struct Figures {
    /// `is_article` against WCXB's `article` page type.
    pub article: Option<Binary>,
    /// `page_kind` against WCXB's page type.
    pub confusion: Option<Confusion>,
    /// `is_article` against Readability's `readerable`.
    pub readerable: Option<Binary>,
    /// Median times per page.
    pub timing: Timing,
    /// Pages where `is_article` disagrees with the gold label, most confident first.
    pub mistakes: Vec<Mistake>,
}

/// A two-class comparison; the positive class is "article" (or "readerable").
#[derive(Clone, Debug, Default, Serialize)]
pub struct Binary {
    /// What the gold positive is.
    pub positive: String,
    /// Pages compared.
    pub pages: usize,
    /// Gold positive, we say article.
    pub true_positives: usize,
    /// Gold negative, we say article.
    pub false_positives: usize,
    /// Gold positive, we say not.
    pub false_negatives: usize,
    /// Gold negative, we say not.
    pub true_negatives: usize,
    /// Share of pages where we agree with the gold label.
    pub accuracy: f64,
    /// Share of our articles that are gold positives.
    pub precision: f64,
    /// Share of gold positives we call articles.
    pub recall: f64,
}

/// Our page kinds (columns) for each gold page type (rows).
#[derive(Clone, Debug, Serialize)]
pub struct Confusion {
    /// Column names: our page kinds.
    pub kinds: Vec<String>,
    /// One row per gold page type.
    pub rows: Vec<ConfusionRow>,
}

/// One gold page type's row.
#[derive(Clone, Debug, Serialize)]
pub struct ConfusionRow {
    /// The gold page type.
    pub gold: String,
    /// Pages of that type.
    pub pages: usize,
    /// Of those, how many we call articles (`is_article`).
    pub is_article: usize,
    /// Of those, how many we give each page kind, in `kinds` order.
    pub counts: Vec<usize>,
}

/// Median native times per page, in milliseconds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Timing {
    /// Pages timed.
    pub pages: usize,
    /// Median HTML size, in KB.
    pub median_kb: f64,
    /// Median time to parse the HTML into a `Page`.
    pub median_parse_ms: f64,
    /// Median time of `analyze` on the parsed page.
    pub median_analyze_ms: f64,
    /// Median of parse plus analyze (what `analyze_html` costs).
    pub median_total_ms: f64,
}

/// A page where our verdict differs from the gold label.
#[derive(Clone, Debug, Serialize)]
pub struct Mistake {
    /// The page's id.
    pub id: String,
    /// The gold label (page type, or `readerable` / `not readerable`).
    pub gold: String,
    /// Our page kind.
    pub page_kind: String,
    /// Our verdict.
    pub is_article: bool,
    /// Our score.
    pub article_score: f64,
    /// The page's address.
    pub url: Option<String>,
}

/// A page's gold label in words, for listing mistakes.
type Label = fn(&Outcome) -> String;
/// Whether a page's gold label is the positive class (`None`: it has no label).
type Positive = fn(&Outcome) -> Option<bool>;

/// Computes the figures of one run.
pub fn figures(run: &Run, kind: CorpusKind, settings: &Settings) -> Figures {
    let (gold_label, positive): (Label, Positive) = match kind {
        CorpusKind::Wcxb => (wcxb_label, |o| {
            Some(o.gold.page_type.as_deref()? == WCXB_ARTICLE)
        }),
        CorpusKind::Readability => (readerable_label, |o| o.gold.readerable),
    };
    let binary = binary(run, positive, &gold_label_name(kind));
    let wcxb = kind == CorpusKind::Wcxb;
    Figures {
        confusion: wcxb.then(|| confusion(run)),
        article: wcxb.then(|| binary.clone()),
        readerable: (!wcxb).then_some(binary),
        timing: timing(run),
        mistakes: mistakes(run, positive, gold_label, settings.worst),
    }
}

fn gold_label_name(kind: CorpusKind) -> String {
    match kind {
        CorpusKind::Wcxb => format!("page type `{WCXB_ARTICLE}`"),
        CorpusKind::Readability => "readerable: true".into(),
    }
}

fn wcxb_label(o: &Outcome) -> String {
    o.gold.page_type.clone().unwrap_or_else(|| "-".into())
}

fn readerable_label(o: &Outcome) -> String {
    match o.gold.readerable {
        Some(true) => "readerable".into(),
        Some(false) => "not readerable".into(),
        None => "-".into(),
    }
}

/// The name a page kind has in the JSON (`article`, `listing`, ...).
pub fn kind_name(kind: PageKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{kind:?}").to_lowercase())
}

fn binary(run: &Run, positive: Positive, name: &str) -> Binary {
    let mut b = Binary {
        positive: name.to_string(),
        ..Binary::default()
    };
    for o in &run.outcomes {
        let Some(gold) = positive(o) else { continue };
        b.pages += 1;
        match (gold, o.ours.is_article) {
            (true, true) => b.true_positives += 1,
            (false, true) => b.false_positives += 1,
            (true, false) => b.false_negatives += 1,
            (false, false) => b.true_negatives += 1,
        }
    }
    let ratio = |a: usize, n: usize| if n == 0 { 0.0 } else { a as f64 / n as f64 };
    b.accuracy = ratio(b.true_positives + b.true_negatives, b.pages);
    b.precision = ratio(b.true_positives, b.true_positives + b.false_positives);
    b.recall = ratio(b.true_positives, b.true_positives + b.false_negatives);
    b
}

fn confusion(run: &Run) -> Confusion {
    let rows = types_of(run)
        .into_iter()
        .map(|t| {
            let of_type: Vec<&Outcome> = run
                .outcomes
                .iter()
                .filter(|o| o.gold.page_type.as_deref() == Some(t.as_str()))
                .collect();
            ConfusionRow {
                pages: of_type.len(),
                is_article: of_type.iter().filter(|o| o.ours.is_article).count(),
                counts: ALL_KINDS
                    .iter()
                    .map(|k| of_type.iter().filter(|o| o.ours.page_kind == *k).count())
                    .collect(),
                gold: t,
            }
        })
        .collect();
    Confusion {
        kinds: ALL_KINDS.iter().map(|k| kind_name(*k)).collect(),
        rows,
    }
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

fn timing(run: &Run) -> Timing {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let of = |f: &dyn Fn(&Outcome) -> f64| median(run.outcomes.iter().map(f).collect());
    Timing {
        pages: run.outcomes.len(),
        median_kb: of(&|o| o.bytes as f64 / 1024.0),
        median_parse_ms: of(&|o| ms(o.parse)),
        median_analyze_ms: of(&|o| ms(o.analyze)),
        median_total_ms: of(&|o| ms(o.parse + o.analyze)),
    }
}

fn mistakes(run: &Run, positive: Positive, label: Label, n: usize) -> Vec<Mistake> {
    let mut wrong: Vec<&Outcome> = run
        .outcomes
        .iter()
        .filter(|o| positive(o).is_some_and(|p| p != o.ours.is_article))
        .collect();
    // Most confident first: the furthest the score is from the other side's end.
    let confidence = |o: &Outcome| {
        if o.ours.is_article {
            o.ours.article_score
        } else {
            1.0 - o.ours.article_score
        }
    };
    wrong.sort_by(|a, b| {
        confidence(b)
            .total_cmp(&confidence(a))
            .then(a.gold.id.cmp(&b.gold.id))
    });
    wrong
        .into_iter()
        .take(n)
        .map(|o| Mistake {
            id: o.gold.id.clone(),
            gold: label(o),
            page_kind: kind_name(o.ours.page_kind),
            is_article: o.ours.is_article,
            article_score: o.ours.article_score,
            url: o.gold.url.clone(),
        })
        .collect()
}

impl Figures {
    /// Writes the figures as text tables.
    pub fn write_text(&self, out: &mut String) {
        if let Some(b) = self.article.as_ref().or(self.readerable.as_ref()) {
            write_binary(b, out);
        }
        if let Some(c) = &self.confusion {
            write_confusion(c, out);
        }
        let t = &self.timing;
        out.push_str(&format!(
            "  time per page (median over {} pages of median size {:.0} KB): parse {:.2} ms, analyze {:.2} ms, both {:.2} ms\n",
            t.pages, t.median_kb, t.median_parse_ms, t.median_analyze_ms, t.median_total_ms
        ));
        self.write_mistakes(out);
    }

    fn write_mistakes(&self, out: &mut String) {
        if self.mistakes.is_empty() {
            return;
        }
        out.push_str(&format!(
            "  {} wrong verdicts, most confident first:\n",
            self.mistakes.len()
        ));
        let mut t = Table::new(&["id", "gold", "our kind", "is_article", "score", "url"]);
        for m in &self.mistakes {
            t.row(vec![
                m.id.clone(),
                m.gold.clone(),
                m.page_kind.clone(),
                m.is_article.to_string(),
                score(m.article_score),
                m.url.clone().unwrap_or_default(),
            ]);
        }
        out.push_str(&t.render(4));
    }
}

fn write_binary(b: &Binary, out: &mut String) {
    out.push_str(&format!(
        "  is_article against {} over {} pages: accuracy {}, precision {}, recall {}\n",
        b.positive,
        b.pages,
        score(b.accuracy),
        score(b.precision),
        score(b.recall)
    ));
    let mut t = Table::new(&["", "we say article", "we say not"]);
    let gold = |p: bool| if p { "gold yes" } else { "gold no" };
    t.row(vec![
        gold(true).into(),
        b.true_positives.to_string(),
        b.false_negatives.to_string(),
    ]);
    t.row(vec![
        gold(false).into(),
        b.false_positives.to_string(),
        b.true_negatives.to_string(),
    ]);
    out.push_str(&t.render(4));
    out.push_str(&format!(
        "    agreement: {}\n",
        percent(b.true_positives + b.true_negatives, b.pages)
    ));
}

fn write_confusion(c: &Confusion, out: &mut String) {
    out.push_str("  our page_kind (columns) for each gold page type (rows):\n");
    let mut header = vec!["gold type", "pages", "is_article"];
    header.extend(c.kinds.iter().map(String::as_str));
    let mut t = Table::new(&header);
    for row in &c.rows {
        let mut cells = vec![
            row.gold.clone(),
            row.pages.to_string(),
            row.is_article.to_string(),
        ];
        cells.extend(row.counts.iter().map(usize::to_string));
        t.row(cells);
    }
    out.push_str(&t.render(4));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(vec![]), 0.0);
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
    }

    #[test]
    fn kind_names_are_the_json_names() {
        assert_eq!(kind_name(PageKind::Documentation), "documentation");
        assert_eq!(kind_name(PageKind::Other), "other");
    }
}
