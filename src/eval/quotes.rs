//! `lede eval quotes`: our quotes and reported speech against the attributions of the
//! PolNeAR corpus ([`polnear`] reads it), natively.
//!
//! **Direct quotes.** The gold quotes are, within each attribution's Content span, every
//! stretch in quotation marks of at least [`MIN_QUOTE_WORDS`] words that is not all
//! capitalised (shorter or capitalised stretches are scare quotes and titles); an
//! opening mark with no closing one runs to the end of the span ([`gold`]). Our direct
//! and partial quotes are the predictions. A prediction matches a gold quote when it
//! covers at least [`MATCH_COVERAGE`] of the gold quote's words ([`matching`]);
//! precision counts the predictions that match some gold quote, recall the gold quotes
//! some prediction matches.
//!
//! **Reported speech.** The gold reports are the Content spans with at least
//! [`MIN_QUOTE_WORDS`] words outside quotation marks; our reported quotes are the
//! predictions, matched as quotes are (row `reported`); row `rep-tight` also asks that
//! [`REPORTED_TIGHTNESS`] of the prediction's own words are gold.
//!
//! **Speakers.** On matched pairs whose gold Source is a name, our speaker must name
//! the same actor (pronoun and descriptive sources are not scored): speaker accuracy
//! is the share right of those pairs; source precision the share right of the
//! speakers we give on them; source recall the share of gold items with a named
//! source found with that source.
//!
//! The time is that of the text stages (text layer, actors, quotes) per article.

mod gold;
mod matching;
mod report;

use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;

use crate::actors::{self, Hints};
use crate::analysis::QuoteKind;
use crate::eval::polnear::{self, Compartment};
use crate::quotes::{self, Found};
use crate::text::Doc;

pub use matching::{Errors, Example, Scores};

/// The fewest words of a gold quote or report.
pub const MIN_QUOTE_WORDS: usize = 4;

/// The share of a gold item's words a prediction must cover to match it.
pub const MATCH_COVERAGE: f64 = 0.8;

/// The share of a reported prediction's words that must be gold in row `rep-tight`.
pub const REPORTED_TIGHTNESS: f64 = 0.5;

/// The command line's choices for `lede eval quotes`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Settings {
    /// The PolNeAR folder (with `dev/` and `train/`, or one of them); by default
    /// `corpus/polnear` in the shared data folder.
    pub corpus: Option<String>,
    /// `dev` or `train`; both when `None`.
    pub split: Option<String>,
    /// How many mistakes of each kind to list.
    pub worst: usize,
    /// Keep only the first N texts of each compartment, in name order.
    pub limit: Option<usize>,
}

/// The figures on every compartment.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The folder read.
    pub dir: PathBuf,
    /// The choices it ran with.
    pub settings: Settings,
    /// One entry per compartment.
    pub compartments: Vec<CompartmentReport>,
}

/// The figures on one compartment.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CompartmentReport {
    /// `dev`, `train`, or the folder's name.
    pub name: String,
    /// Texts scored.
    pub texts: usize,
    /// Texts left out, with the reason.
    pub skipped: Vec<String>,
    /// Direct and partial quotes.
    pub direct: Row,
    /// Reported speech, matched by coverage of the gold words.
    pub reported: Row,
    /// Reported speech, matched by coverage and [`REPORTED_TIGHTNESS`].
    pub reported_tight: Row,
    /// Median time of the text stages per article, in milliseconds.
    pub median_ms: f64,
    /// 90th percentile of that time.
    pub p90_ms: f64,
}

/// One row of figures: the counts and every mistake.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Row {
    /// The counts.
    pub scores: Scores,
    /// The mistakes (listed with `--worst`).
    #[serde(skip)]
    pub errors: Errors,
}

impl Row {
    fn add(&mut self, (scores, errors): (Scores, Errors)) {
        self.scores.add(&scores);
        self.errors.add(errors);
    }
}

/// Scores Lede on the PolNeAR corpus the settings select.
pub fn evaluate(settings: &Settings) -> Result<Report, String> {
    let dir = match &settings.corpus {
        Some(d) if d != "polnear" => PathBuf::from(d),
        _ => crate::eval::corpus::shared_dir()
            .join("corpus")
            .join("polnear"),
    };
    if !dir.is_dir() {
        return Err(format!("{}: no such folder", dir.display()));
    }
    let compartments = polnear::compartments(&dir, settings.split.as_deref())?
        .iter()
        .map(|c| compartment(c, settings.limit))
        .collect();
    Ok(Report {
        dir,
        settings: settings.clone(),
        compartments,
    })
}

/// Scores one compartment.
fn compartment(c: &Compartment, limit: Option<usize>) -> CompartmentReport {
    let mut out = CompartmentReport {
        name: c.name.clone(),
        ..CompartmentReport::default()
    };
    let mut texts = polnear::texts(c);
    if let Some(limit) = limit {
        texts.truncate(limit);
    }
    let mut times = Vec::new();
    for t in texts {
        let (text, standoff) = match &t.content {
            Ok(content) => content,
            Err(reason) => {
                out.skipped.push(format!("{}: {reason}", t.stem));
                continue;
            }
        };
        let scored = score_text(&t.stem, text, standoff);
        times.push(scored.millis);
        out.direct.add(scored.direct);
        out.reported.add(scored.reported);
        out.reported_tight.add(scored.reported_tight);
        out.texts += 1;
    }
    times.sort_by(f64::total_cmp);
    out.median_ms = percentile(&times, 0.5);
    out.p90_ms = percentile(&times, 0.9);
    out
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

struct TextScores {
    direct: (Scores, Errors),
    reported: (Scores, Errors),
    reported_tight: (Scores, Errors),
    millis: f64,
}

/// Scores one text against its attributions.
fn score_text(stem: &str, text: &str, standoff: &str) -> TextScores {
    let chars: Vec<char> = text.chars().collect();
    let (direct_gold, reported_gold) = gold::items(&chars, &polnear::attributions(standoff));
    let (paragraphed, offsets) = paragraphs_of_lines(text);
    let started = Instant::now();
    let doc = Doc::new(&paragraphed);
    let hints = Hints {
        title: text.lines().next(),
        lang: Some("en"),
        site: None,
    };
    let found_actors = actors::find(&doc, &hints);
    let found = quotes::find_located(&doc, &found_actors);
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    let predicted = |kinds: &[QuoteKind]| -> Vec<matching::Predicted> {
        found
            .iter()
            .filter(|f| kinds.contains(&f.quote.kind))
            .filter_map(|f| predicted_item(&doc, &offsets, &chars, &found_actors, f))
            .collect()
    };
    let direct_predicted = predicted(&[QuoteKind::Direct, QuoteKind::Partial]);
    let reported_predicted = predicted(&[QuoteKind::Reported]);
    let compare = |gold: &[gold::Gold], ours: &[matching::Predicted], tightness: f64| {
        matching::compare(stem, &chars, gold, ours, tightness)
    };
    TextScores {
        direct: compare(&direct_gold, &direct_predicted, 0.0),
        reported: compare(&reported_gold, &reported_predicted, 0.0),
        reported_tight: compare(&reported_gold, &reported_predicted, REPORTED_TIGHTNESS),
        millis,
    }
}

fn predicted_item(
    doc: &Doc,
    offsets: &CharOffsets,
    chars: &[char],
    found_actors: &actors::Actors,
    f: &Found,
) -> Option<matching::Predicted> {
    if f.first >= f.end || f.end > doc.tokens.len() {
        return None;
    }
    let start = offsets.char_at(doc.tokens[f.first].start);
    let end = offsets.char_at(doc.tokens[f.end - 1].end);
    let mut names: Vec<String> = Vec::new();
    if let Some(e) = f.entity.and_then(|e| found_actors.entities.get(e)) {
        names.push(e.name.clone());
        names.extend(e.aliases.iter().cloned());
    }
    Some(matching::Predicted {
        start,
        end,
        words: gold::words_in(chars, start, end).len(),
        speaker: f.quote.speaker.clone(),
        names,
        text: f.quote.text.clone(),
    })
}

/// PolNeAR writes one paragraph a line, where Lede's text (what the extractor gives the
/// text stages) separates paragraphs with a blank line: the text with every line break
/// doubled, and the map from its byte offsets back to code points of `text`.
fn paragraphs_of_lines(text: &str) -> (String, CharOffsets) {
    let mut out = String::with_capacity(text.len() + text.len() / 64);
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        bytes.push(out.len());
        out.push(c);
        if c == '\n' {
            out.push('\n');
        }
    }
    (out, CharOffsets { bytes })
}

/// Byte offsets of a text to code point offsets of the text it was made from.
struct CharOffsets {
    /// The byte offset of each code point of the original text.
    bytes: Vec<usize>,
}

impl CharOffsets {
    fn char_at(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }
}
