//! Extraction figures: word-level precision, recall and F1 of our `text` against the
//! gold main text, averaged over pages (macro average), overall and per page type; on
//! Readability also how often our title and byline equal the expected ones.

use serde::Serialize;

use crate::page::collapse_whitespace;

use super::corpus::{CorpusKind, WCXB_ARTICLE, WCXB_PAGE_TYPES};
use super::run::{Outcome, Run};
use super::table::{percent, score, Table};
use super::tokens::Prf;
use super::Settings;

/// The first line of the text report.
pub const HEADLINE: &str = "\
extraction: word-level precision / recall / F1 of our text against the gold main text
  words: lowercase \\w+ runs (Unicode); compared as multisets; averaged over pages (macro).
  An empty extraction scores 0; pages whose gold text has no word are left out.";

/// The extraction figures on one corpus.
#[derive(Clone, Debug, Serialize)]
pub struct Figures {
    /// Every scored page.
    pub overall: Group,
    /// Per gold page type (WCXB), in `WCXB_PAGE_TYPES` order.
    pub by_type: Vec<Group>,
    /// Articles only (WCXB).
    pub articles: Option<Group>,
    /// Ids of pages left out because their gold text has no word.
    pub no_gold_text: Vec<String>,
    /// Scored pages where our text has no word.
    pub empty_extractions: usize,
    /// Our title equals the expected one, whitespace collapsed (Readability).
    pub title_match: Option<Rate>,
    /// Our byline equals the expected one, whitespace collapsed (Readability).
    pub byline_match: Option<Rate>,
    /// The lowest-F1 pages, worst first.
    pub worst: Vec<Worst>,
}

/// Mean scores over a group of pages.
#[derive(Clone, Debug, Serialize)]
pub struct Group {
    /// `all`, `article`, `listing`, ...
    pub group: String,
    /// Pages scored.
    pub pages: usize,
    /// The macro-averaged scores.
    #[serde(flatten)]
    pub scores: Prf,
}

/// How many of the compared pages match.
#[derive(Clone, Debug, Serialize)]
pub struct Rate {
    /// Pages whose expected value is not null.
    pub compared: usize,
    /// Of those, pages where ours is equal.
    pub matched: usize,
}

/// One of the worst pages.
#[derive(Clone, Debug, Serialize)]
pub struct Worst {
    /// The page's id.
    pub id: String,
    /// Its gold page type, when the corpus has one.
    pub page_type: Option<String>,
    /// Its scores.
    #[serde(flatten)]
    pub scores: Prf,
    /// Words in the gold text.
    pub gold_words: usize,
    /// Words in our text.
    pub our_words: usize,
    /// The page's address.
    pub url: Option<String>,
}

/// Computes the figures of one run.
pub fn figures(run: &Run, kind: CorpusKind, settings: &Settings) -> Figures {
    let scored: Vec<(&Outcome, Prf)> = run
        .outcomes
        .iter()
        .filter_map(|o| Some((o, o.words.scores?)))
        .collect();
    let group = |name: &str, keep: &dyn Fn(&Outcome) -> bool| {
        let scores: Vec<Prf> = scored
            .iter()
            .filter(|(o, _)| keep(o))
            .map(|(_, s)| *s)
            .collect();
        Group {
            group: name.to_string(),
            pages: scores.len(),
            scores: Prf::mean(&scores),
        }
    };
    let is_type = |t: &str, o: &Outcome| o.gold.page_type.as_deref() == Some(t);
    let wcxb = kind == CorpusKind::Wcxb;
    let by_type = if wcxb { types_of(run) } else { Vec::new() };
    Figures {
        overall: group("all", &|_| true),
        by_type: by_type
            .iter()
            .map(|t| group(t, &|o| is_type(t, o)))
            .collect(),
        articles: wcxb.then(|| group(WCXB_ARTICLE, &|o| is_type(WCXB_ARTICLE, o))),
        no_gold_text: run
            .outcomes
            .iter()
            .filter(|o| o.words.scores.is_none())
            .map(|o| o.gold.id.clone())
            .collect(),
        empty_extractions: scored.iter().filter(|(o, _)| o.words.ours == 0).count(),
        title_match: (!wcxb).then(|| rate(run, |o| (&o.gold.title, &o.ours.title))),
        byline_match: (!wcxb).then(|| rate(run, |o| (&o.gold.byline, &o.ours.byline))),
        worst: worst(&scored, settings.worst),
    }
}

/// The gold page types present in a run, known ones first in their usual order.
pub fn types_of(run: &Run) -> Vec<String> {
    let mut found: Vec<String> = run
        .outcomes
        .iter()
        .filter_map(|o| o.gold.page_type.clone())
        .collect();
    found.sort();
    found.dedup();
    let rank = |t: &String| {
        WCXB_PAGE_TYPES
            .iter()
            .position(|k| k == t)
            .unwrap_or(usize::MAX)
    };
    found.sort_by_key(|t| (rank(t), t.clone()));
    found
}

type Pair<'a> = (&'a Option<String>, &'a Option<String>);

fn rate(run: &Run, field: impl Fn(&Outcome) -> Pair<'_>) -> Rate {
    let mut rate = Rate {
        compared: 0,
        matched: 0,
    };
    for outcome in &run.outcomes {
        let (gold, ours) = field(outcome);
        let Some(gold) = gold else { continue };
        rate.compared += 1;
        let same = ours
            .as_deref()
            .is_some_and(|o| collapse_whitespace(o) == collapse_whitespace(gold));
        rate.matched += usize::from(same);
    }
    rate
}

fn worst(scored: &[(&Outcome, Prf)], n: usize) -> Vec<Worst> {
    let mut sorted: Vec<&(&Outcome, Prf)> = scored.iter().collect();
    sorted.sort_by(|a, b| {
        a.1.f1
            .total_cmp(&b.1.f1)
            .then(a.0.gold.id.cmp(&b.0.gold.id))
    });
    sorted
        .into_iter()
        .take(n)
        .map(|(o, s)| Worst {
            id: o.gold.id.clone(),
            page_type: o.gold.page_type.clone(),
            scores: *s,
            gold_words: o.words.gold,
            our_words: o.words.ours,
            url: o.gold.url.clone(),
        })
        .collect()
}

fn group_row(t: &mut Table, g: &Group) {
    t.row(vec![
        g.group.clone(),
        g.pages.to_string(),
        score(g.scores.precision),
        score(g.scores.recall),
        score(g.scores.f1),
    ]);
}

impl Figures {
    /// Writes the figures as text tables.
    pub fn write_text(&self, out: &mut String) {
        let mut t = Table::new(&["type", "pages", "precision", "recall", "F1"]);
        for g in &self.by_type {
            group_row(&mut t, g);
        }
        group_row(&mut t, &self.overall);
        out.push_str(&t.render(2));
        if let Some(a) = &self.articles {
            out.push_str(&format!(
                "  articles only: P {} R {} F1 {} over {} pages\n",
                score(a.scores.precision),
                score(a.scores.recall),
                score(a.scores.f1),
                a.pages
            ));
        }
        out.push_str(&format!(
            "  empty extractions: {}\n",
            self.empty_extractions
        ));
        if !self.no_gold_text.is_empty() {
            out.push_str(&format!(
                "  left out, no gold text: {} ({})\n",
                self.no_gold_text.len(),
                self.no_gold_text.join(" ")
            ));
        }
        for (name, rate) in [("title", &self.title_match), ("byline", &self.byline_match)] {
            if let Some(r) = rate {
                out.push_str(&format!(
                    "  {name} exact match (whitespace collapsed, pages with an expected {name}): {}/{} = {}\n",
                    r.matched,
                    r.compared,
                    percent(r.matched, r.compared)
                ));
            }
        }
        self.write_worst(out);
    }

    fn write_worst(&self, out: &mut String) {
        if self.worst.is_empty() {
            return;
        }
        out.push_str(&format!("  the {} lowest F1:\n", self.worst.len()));
        let mut t = Table::new(&[
            "id",
            "type",
            "P",
            "R",
            "F1",
            "gold words",
            "our words",
            "url",
        ]);
        for w in &self.worst {
            t.row(vec![
                w.id.clone(),
                w.page_type.clone().unwrap_or_else(|| "-".into()),
                score(w.scores.precision),
                score(w.scores.recall),
                score(w.scores.f1),
                w.gold_words.to_string(),
                w.our_words.to_string(),
                w.url.clone().unwrap_or_default(),
            ]);
        }
        out.push_str(&t.render(4));
    }
}
