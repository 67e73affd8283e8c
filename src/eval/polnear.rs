//! PolNeAR: our quotes and reported speech against the attributions annotated in the
//! PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018), natively.
//!
//! The corpus folder holds `train/` and `dev/` (or is one of them), each with
//! `text/<file>.txt` (title line, blank line, paragraphs) and
//! `attributions/<file>_<annotator>.ann` (brat standoff, offsets in code points). Each
//! text is scored against one annotator: the first `.ann` file in name order.
//!
//! **Direct quotes.** The gold quotes are, within each attribution's Content span, every
//! stretch in quotation marks of at least [`MIN_QUOTE_WORDS`] words that is not all
//! capitalised (shorter or capitalised stretches are scare quotes and titles). An
//! opening mark with no closing one runs to the end of the span; a closing mark with no
//! opening one runs from its start (the Content began inside the quotation). Our
//! direct and partial quotes are the predictions. A prediction matches a gold quote
//! when it covers at least [`MATCH_COVERAGE`] of the gold quote's words; precision
//! counts the predictions that match some gold quote, recall the gold quotes some
//! prediction matches.
//!
//! **Reported speech.** The gold reports are the Content spans with at least
//! [`MIN_QUOTE_WORDS`] words outside quotation marks (indirect and mixed
//! attributions); our reported quotes are the predictions. A prediction matches when
//! it covers [`MATCH_COVERAGE`] of the gold content's words, as for quotes (row
//! `reported`); row `rep-tight` also asks that at least [`REPORTED_TIGHTNESS`] of the
//! prediction's own words lie in the gold content, so that a whole sentence is no match
//! for one clause of it.
//!
//! **Speakers.** On matched pairs whose gold Source is a name (its last word
//! capitalised and no pronoun: "Sen. Claire McCaskill", "The New York Post"; not "he",
//! "officials" or "the Clinton campaign"), our speaker must name the same person or
//! organisation: the last word of our speaker's name or of one of its aliases equals
//! the last word of the gold name (accents and case folded). Pronoun and descriptive
//! sources are not scored.
//!
//! The time is that of the text pipeline (text layer, actors, quotes) per article.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use crate::actors::{self, Hints};
use crate::analysis::QuoteKind;
use crate::lexicon::function_words;
use crate::quotes::{self, Found};
use crate::text::{fold, Doc};

/// The fewest words of a gold quote or report.
pub const MIN_QUOTE_WORDS: usize = 4;

/// The share of a gold quote's words a prediction must cover to match it.
pub const MATCH_COVERAGE: f64 = 0.8;

/// The share of a reported prediction's words that must lie in the gold content.
pub const REPORTED_TIGHTNESS: f64 = 0.5;

/// How many examples of each kind of error a report keeps.
const EXAMPLES: usize = 40;

/// The figures for every compartment of the corpus.
#[derive(Clone, Debug, Default, Serialize)]
pub struct PolnearReport {
    /// Where the corpus was read.
    pub dir: PathBuf,
    /// `dev` and `train` (in that order), or the one folder given.
    pub compartments: Vec<CompartmentReport>,
}

/// The figures for one compartment.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CompartmentReport {
    /// `dev`, `train`, or the folder's name.
    pub name: String,
    /// Texts scored.
    pub texts: usize,
    /// Texts left out, with the reason.
    pub skipped: Vec<String>,
    /// Direct and partial quotes.
    pub direct: Scores,
    /// Reported speech, matched by coverage of the gold words alone (the rule of the
    /// direct quotes).
    pub reported: Scores,
    /// Reported speech, matched by coverage and [`REPORTED_TIGHTNESS`].
    pub reported_tight: Scores,
    /// Median time of the text pipeline per article, in milliseconds.
    pub median_ms: f64,
    /// 90th percentile of that time.
    pub p90_ms: f64,
}

/// Counts behind precision, recall, F1 and speaker accuracy.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    /// Gold items.
    pub gold: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items some prediction matches.
    pub gold_found: usize,
    /// Predictions that match some gold item.
    pub predicted_right: usize,
    /// Matched predictions whose gold source is a name.
    pub speakers_scored: usize,
    /// Of those, the ones whose speaker names the same actor.
    pub speakers_right: usize,
    /// Examples of errors, for reading.
    pub examples: Examples,
}

/// Examples of each kind of error: `file: text` lines.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Examples {
    /// Gold items no prediction matched.
    pub missed: Vec<String>,
    /// Predictions that matched no gold item.
    pub spurious: Vec<String>,
    /// Matched predictions with another speaker than the gold name.
    pub wrong_speaker: Vec<String>,
}

impl Scores {
    /// Share of predictions that are right.
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_right, self.predicted)
    }

    /// Share of gold items found.
    pub fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Share of scored speakers that are right.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.speakers_scored)
    }

    fn add(&mut self, other: Scores) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.gold_found += other.gold_found;
        self.predicted_right += other.predicted_right;
        self.speakers_scored += other.speakers_scored;
        self.speakers_right += other.speakers_right;
        keep(&mut self.examples.missed, other.examples.missed);
        keep(&mut self.examples.spurious, other.examples.spurious);
        keep(
            &mut self.examples.wrong_speaker,
            other.examples.wrong_speaker,
        );
    }
}

fn keep(into: &mut Vec<String>, more: Vec<String>) {
    let room = EXAMPLES.saturating_sub(into.len());
    into.extend(more.into_iter().take(room));
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores Lede on the PolNeAR folder `dir` (with `dev/` and `train/`, or one of them).
pub fn evaluate(dir: &Path) -> PolnearReport {
    let mut report = PolnearReport {
        dir: dir.to_path_buf(),
        compartments: Vec::new(),
    };
    if dir.join("text").is_dir() {
        let name = dir.file_name().map_or_else(
            || "polnear".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        report.compartments.push(compartment(dir, name));
    } else {
        for name in ["dev", "train"] {
            if dir.join(name).join("text").is_dir() {
                report
                    .compartments
                    .push(compartment(&dir.join(name), name.to_string()));
            }
        }
    }
    report
}

/// Scores one compartment.
fn compartment(dir: &Path, name: String) -> CompartmentReport {
    let mut out = CompartmentReport {
        name,
        ..CompartmentReport::default()
    };
    let annotations = first_annotations(&dir.join("attributions"));
    let mut texts: Vec<PathBuf> = std::fs::read_dir(dir.join("text"))
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    texts.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    texts.sort();
    let mut times = Vec::new();
    for path in texts {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(ann) = annotations.get(&stem) else {
            out.skipped.push(format!("{stem}: no .ann file"));
            continue;
        };
        let (Ok(text), Ok(standoff)) =
            (std::fs::read_to_string(&path), std::fs::read_to_string(ann))
        else {
            out.skipped.push(format!("{stem}: unreadable"));
            continue;
        };
        let scored = score_text(&stem, &text, &standoff);
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

/// For each text stem, its first annotation file in name order.
fn first_annotations(dir: &Path) -> HashMap<String, PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ann"));
    files.sort();
    let mut out = HashMap::new();
    for f in files {
        let name = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some((stem, _annotator)) = name.rsplit_once('_') {
            out.entry(stem.to_string()).or_insert(f);
        }
    }
    out
}

/// One attribution of the gold: its content fragments and source text, in code points.
#[derive(Clone, Debug, Default)]
struct Attribution {
    content: Vec<(usize, usize)>,
    source: Option<String>,
}

/// A text-bound annotation: its fragments and its surface text.
type Bound<'a> = (Vec<(usize, usize)>, &'a str);

/// Reads the attribution relations of a brat standoff file.
fn attributions(standoff: &str) -> Vec<Attribution> {
    let mut spans: HashMap<&str, Bound> = HashMap::new();
    let mut relations = Vec::new();
    for line in standoff.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let surface = cols.next().unwrap_or_default();
            if let Some((_kind, ranges)) = body.split_once(' ') {
                spans.insert(id, (fragments(ranges), surface));
            }
        } else if id.starts_with('E') {
            relations.push(body);
        }
    }
    let mut out = Vec::new();
    for body in relations {
        let mut attribution = Attribution::default();
        for arg in body.split_whitespace() {
            let Some((role, target)) = arg.split_once(':') else {
                continue;
            };
            let Some((frags, surface)) = spans.get(target) else {
                continue;
            };
            match role {
                "Content" => attribution.content = frags.clone(),
                "Source" => attribution.source = Some((*surface).to_string()),
                _ => {}
            }
        }
        if !attribution.content.is_empty() {
            out.push(attribution);
        }
    }
    out
}

/// `"12 20;25 30"` as `[(12, 20), (25, 30)]`.
fn fragments(ranges: &str) -> Vec<(usize, usize)> {
    ranges
        .split(';')
        .filter_map(|r| {
            let mut n = r.split_whitespace().map(str::parse::<usize>);
            match (n.next(), n.next()) {
                (Some(Ok(a)), Some(Ok(b))) if a < b => Some((a, b)),
                _ => None,
            }
        })
        .collect()
}

/// A gold item: a quote or a report, as a code point range, with its source.
#[derive(Clone, Debug)]
struct Gold {
    start: usize,
    end: usize,
    words: Vec<(usize, usize)>,
    source: Option<String>,
}

/// A prediction as a code point range.
#[derive(Clone, Debug)]
struct Predicted {
    start: usize,
    end: usize,
    words: usize,
    speaker: Option<String>,
    names: Vec<String>,
    text: String,
}

struct TextScores {
    direct: Scores,
    reported: Scores,
    reported_tight: Scores,
    millis: f64,
}

/// Scores one text against its attributions.
fn score_text(stem: &str, text: &str, standoff: &str) -> TextScores {
    let chars: Vec<char> = text.chars().collect();
    let (direct_gold, reported_gold) = gold_items(&chars, &attributions(standoff));
    let started = Instant::now();
    let doc = Doc::new(text);
    let title = text.lines().next();
    let found_actors = actors::find(
        &doc,
        &Hints {
            title,
            lang: Some("en"),
        },
    );
    let found = quotes::find_located(&doc, &found_actors);
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    let offsets = CharOffsets::new(text);
    let predicted = |kinds: &[QuoteKind]| -> Vec<Predicted> {
        found
            .iter()
            .filter(|f| kinds.contains(&f.quote.kind))
            .filter_map(|f| predicted_item(&doc, &offsets, &chars, &found_actors, f))
            .collect()
    };
    let direct_predicted = predicted(&[QuoteKind::Direct, QuoteKind::Partial]);
    let reported_predicted = predicted(&[QuoteKind::Reported]);
    let direct = compare(stem, &chars, &direct_gold, &direct_predicted, 0.0);
    let reported = compare(stem, &chars, &reported_gold, &reported_predicted, 0.0);
    let reported_tight = compare(
        stem,
        &chars,
        &reported_gold,
        &reported_predicted,
        REPORTED_TIGHTNESS,
    );
    TextScores {
        direct,
        reported,
        reported_tight,
        millis,
    }
}

fn predicted_item(
    doc: &Doc,
    offsets: &CharOffsets,
    chars: &[char],
    found_actors: &actors::Actors,
    f: &Found,
) -> Option<Predicted> {
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
    Some(Predicted {
        start,
        end,
        words: words_in(chars, start, end).len(),
        speaker: f.quote.speaker.clone(),
        names,
        text: f.quote.text.clone(),
    })
}

/// Byte offsets to code point offsets.
struct CharOffsets {
    bytes: Vec<usize>,
}

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        CharOffsets {
            bytes: text.char_indices().map(|(b, _)| b).collect(),
        }
    }

    fn char_at(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }
}

/// The gold quotes (quoted stretches of the contents) and reports (contents with
/// enough words outside quotation marks), each once.
fn gold_items(chars: &[char], attributions: &[Attribution]) -> (Vec<Gold>, Vec<Gold>) {
    let mut direct: Vec<Gold> = Vec::new();
    let mut reported: Vec<Gold> = Vec::new();
    // Shortest contents first: a stretch inside nested attributions takes the source
    // of the innermost one.
    let mut order: Vec<&Attribution> = attributions.iter().collect();
    order.sort_by_key(|a| a.content.iter().map(|(s, e)| e - s).sum::<usize>());
    for a in order {
        let mut quoted_words = 0;
        let mut all_words = 0;
        for &(s, e) in &a.content {
            let e = e.min(chars.len());
            all_words += words_in(chars, s, e).len();
            for (qs, qe) in quoted_stretches(chars, s, e) {
                let words = words_in(chars, qs, qe);
                quoted_words += words.len();
                if words.len() < MIN_QUOTE_WORDS || all_capitalised(chars, &words) {
                    continue;
                }
                if !direct.iter().any(|g| g.start == qs && g.end == qe) {
                    direct.push(Gold {
                        start: qs,
                        end: qe,
                        words,
                        source: a.source.clone(),
                    });
                }
            }
        }
        let (Some(&(start, _)), Some(&(_, end))) = (a.content.first(), a.content.last()) else {
            continue;
        };
        if all_words.saturating_sub(quoted_words) < MIN_QUOTE_WORDS {
            continue;
        }
        let end = end.min(chars.len());
        if !reported.iter().any(|g| g.start == start && g.end == end) {
            let words = a
                .content
                .iter()
                .flat_map(|&(s, e)| words_in(chars, s, e.min(chars.len())))
                .collect();
            reported.push(Gold {
                start,
                end,
                words,
                source: a.source.clone(),
            });
        }
    }
    direct.sort_by_key(|g| g.start);
    reported.sort_by_key(|g| g.start);
    (direct, reported)
}

/// The words (runs of letters and digits) of code points `[a, b)`.
fn words_in(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate().take(b.min(chars.len())).skip(a) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, b.min(chars.len())));
    }
    out
}

/// Every word starting with a letter is capitalised, but short lowercase function
/// words ("The Art of the Deal"): a title or a name, not a quote.
fn all_capitalised(chars: &[char], words: &[(usize, usize)]) -> bool {
    words.iter().all(|&(s, e)| {
        let word: String = chars[s..e].iter().collect();
        let first = chars[s];
        !first.is_alphabetic()
            || first.is_uppercase()
            || word.chars().count() <= 4 && function_words::is_function_word(&word)
    })
}

/// The quoted stretches inside code points `[a, b)`, marks excluded.
fn quoted_stretches(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, bool)> = None; // (content start, double?)
    let mut seen_mark = false;
    let mut i = a;
    while i < b {
        let Some(mark) = gold_mark(chars, i, open.map(|o| o.1)) else {
            i += 1;
            continue;
        };
        match open {
            None if mark.opens => open = Some((i + mark.len, mark.double)),
            None if !seen_mark && mark.double => out.push((a, i)),
            Some((start, d)) if !mark.opens && d == mark.double => {
                out.push((start, i));
                open = None;
            }
            _ => {}
        }
        seen_mark = true;
        i += mark.len;
    }
    if let Some((start, _)) = open {
        out.push((start, b));
    }
    out.retain(|(s, e)| s < e);
    out
}

/// A quotation mark in the gold text.
struct GoldMark {
    opens: bool,
    double: bool,
    /// In code points: two for `''` and ``` `` ```.
    len: usize,
}

/// Whether code point `i` starts a quotation mark. `open` is the family of the
/// stretch being read (`Some(true)` for double marks).
fn gold_mark(chars: &[char], i: usize, open: Option<bool>) -> Option<GoldMark> {
    let c = chars[i];
    let before = if i == 0 { ' ' } else { chars[i - 1] };
    let after = chars.get(i + 1).copied().unwrap_or(' ');
    let spaced_before = before.is_whitespace() || "([{—–-/".contains(before);
    let mark = |opens: bool, double: bool| {
        Some(GoldMark {
            opens,
            double,
            len: 1,
        })
    };
    match c {
        // Two straight single quotes or backticks stand for a double quote (the New
        // York Times' archive text).
        '\'' | '`' if after == c => Some(GoldMark {
            opens: spaced_before,
            double: true,
            len: 2,
        }),
        '“' | '«' | '„' => mark(true, true),
        '”' | '»' => mark(false, true),
        '"' => mark(spaced_before, true),
        '‘' if !after.is_ascii_digit() => mark(true, false),
        '’' | '\'' if open == Some(false) && !after.is_alphanumeric() => mark(false, false),
        '\'' if spaced_before && after.is_alphabetic() && open.is_none() => mark(true, false),
        _ => None,
    }
}

/// Matches predictions with gold items and counts.
fn compare(
    stem: &str,
    chars: &[char],
    gold: &[Gold],
    predicted: &[Predicted],
    tightness: f64,
) -> Scores {
    let mut scores = Scores {
        gold: gold.len(),
        predicted: predicted.len(),
        ..Scores::default()
    };
    let matches = |g: &Gold, p: &Predicted| -> bool {
        let covered = g
            .words
            .iter()
            .filter(|&&(s, e)| p.start <= s && e <= p.end)
            .count();
        let inside = g
            .words
            .iter()
            .filter(|&&(s, e)| s >= p.start && e <= p.end)
            .count();
        let coverage = ratio(covered, g.words.len());
        coverage >= MATCH_COVERAGE && ratio(inside, p.words) >= tightness
    };
    let snippet = |s: usize, e: usize| -> String {
        let e = e.min(chars.len());
        let text: String = chars[s.min(e)..e].iter().take(140).collect();
        format!(
            "{stem}: {}",
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    };
    for g in gold {
        let best = predicted.iter().find(|p| matches(g, p));
        let Some(p) = best else {
            scores.examples.missed.push(snippet(g.start, g.end));
            continue;
        };
        scores.gold_found += 1;
        let Some(name) = g.source.as_deref().and_then(source_name) else {
            continue;
        };
        scores.speakers_scored += 1;
        if same_actor(&name, p) {
            scores.speakers_right += 1;
        } else {
            scores.examples.wrong_speaker.push(format!(
                "{} — gold {:?}, ours {:?}",
                snippet(g.start, g.end),
                g.source.as_deref().unwrap_or_default(),
                p.speaker
            ));
        }
    }
    for p in predicted {
        if gold.iter().any(|g| matches(g, p)) {
            scores.predicted_right += 1;
        } else {
            scores.examples.spurious.push(format!(
                "{stem}: {}",
                p.text.chars().take(140).collect::<String>()
            ));
        }
    }
    truncate(&mut scores.examples);
    scores
}

fn truncate(examples: &mut Examples) {
    examples.missed.truncate(EXAMPLES);
    examples.spurious.truncate(EXAMPLES);
    examples.wrong_speaker.truncate(EXAMPLES);
}

/// The last word of a gold source that is a name, folded; `None` for pronouns and
/// descriptions ("he", "officials", "the Clinton campaign").
fn source_name(source: &str) -> Option<String> {
    let name = source.split(['(', ',']).next().unwrap_or_default();
    // "Sen. Tom Carper of Delaware", "Mr. Nevins of Showtime": the name is before
    // "of", unless only a title is ("Secretary of State John Kerry").
    let name = match name.split_once(" of ") {
        Some((before, _)) if before.split_whitespace().any(is_name_word) => before,
        _ => name,
    };
    let first = name.split_whitespace().next()?;
    let first = first.split(['’', '\'']).next().unwrap_or(first);
    let described = matches!(
        first.to_lowercase().as_str(),
        "a" | "an" | "one" | "another" | "some" | "two" | "three"
    );
    if function_words::pronoun(first).is_some() || described {
        return None;
    }
    let last = name
        .split_whitespace()
        .last()?
        .trim_matches(|c: char| !c.is_alphanumeric());
    let last = last
        .strip_suffix("’s")
        .or_else(|| last.strip_suffix("'s"))
        .unwrap_or(last);
    let capital = last.chars().next().is_some_and(char::is_uppercase);
    let name_like =
        capital && function_words::pronoun(last).is_none() && !function_words::is_calendar(last);
    name_like.then(|| fold(last))
}

/// A capitalised word that is no title: part of a name.
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !crate::lexicon::titles::is_title(word)
        && !crate::lexicon::titles::is_office_word(word)
        && crate::lexicon::titles::honorific(word).is_none()
}

/// True when our speaker (or one of its names) ends with the gold name's last word.
fn same_actor(gold_last: &str, p: &Predicted) -> bool {
    p.speaker
        .iter()
        .chain(&p.names)
        .filter_map(|n| n.split_whitespace().last())
        .any(|last| {
            let last = last.trim_matches(|c: char| !c.is_alphanumeric());
            fold(last) == gold_last
        })
}

impl fmt::Display for PolnearReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "polnear: quotes and reported speech against PolNeAR's attributions ({})",
            self.dir.display()
        )?;
        writeln!(
            f,
            "  gold quotes: quoted stretches of {MIN_QUOTE_WORDS}+ words, not all capitalised, inside Content spans;"
        )?;
        writeln!(
            f,
            "  a prediction matches when it covers {:.0}% of the gold words (rep-tight: and {:.0}% of its own words are gold);",
            MATCH_COVERAGE * 100.0,
            REPORTED_TIGHTNESS * 100.0
        )?;
        writeln!(
            f,
            "  speaker accuracy on matches whose gold Source is a name (last word compared)."
        )?;
        writeln!(
            f,
            "  {:<9} {:>5}  {:<9} {:>6} {:>6} {:>6}  {:>6} {:>6}  {:>7}  {:>8} {:>7}",
            "set", "texts", "kind", "P", "R", "F1", "gold", "ours", "speaker", "median", "p90"
        )?;
        for c in &self.compartments {
            for (kind, s) in [
                ("direct", &c.direct),
                ("reported", &c.reported),
                ("rep-tight", &c.reported_tight),
            ] {
                writeln!(
                    f,
                    "  {:<9} {:>5}  {:<9} {:>6.3} {:>6.3} {:>6.3}  {:>6} {:>6}  {:>7.3}  {:>6.2}ms {:>5.2}ms",
                    c.name,
                    c.texts,
                    kind,
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.gold,
                    s.predicted,
                    s.speaker_accuracy(),
                    c.median_ms,
                    c.p90_ms
                )?;
            }
            for skipped in &c.skipped {
                writeln!(f, "  skipped {skipped}")?;
            }
        }
        if f.alternate() {
            for c in &self.compartments {
                for (kind, s) in [
                    ("direct", &c.direct),
                    ("reported", &c.reported),
                    ("rep-tight", &c.reported_tight),
                ] {
                    for (what, list) in [
                        ("missed", &s.examples.missed),
                        ("spurious", &s.examples.spurious),
                        ("wrong speaker", &s.examples.wrong_speaker),
                    ] {
                        writeln!(f, "\n  {} {kind}, {what}:", c.name)?;
                        for line in list {
                            writeln!(f, "    {line}")?;
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn gold_quotes_are_long_uncapitalised_stretches_of_the_content() {
        let text = chars("He said “we will win this one” and ‘Make America Great Again’ and “short one” then \"an open quote to the end");
        let stretches = quoted_stretches(&text, 0, text.len());
        let words: Vec<usize> = stretches
            .iter()
            .map(|&(s, e)| words_in(&text, s, e).len())
            .collect();
        assert_eq!(words, [5, 4, 2, 6]);
        let (s, e) = stretches[1];
        assert!(all_capitalised(&text, &words_in(&text, s, e)));
    }

    #[test]
    fn a_content_starting_inside_a_quote_runs_from_its_start() {
        let text = chars("rest of the quote here,” he said");
        assert_eq!(quoted_stretches(&text, 0, text.len()), [(0, 23)]);
    }

    #[test]
    fn sources_that_are_names() {
        assert_eq!(
            source_name("Sen. Claire McCaskill (D-Mo.)").as_deref(),
            Some("mccaskill")
        );
        assert_eq!(source_name("The New York Post").as_deref(), Some("post"));
        assert_eq!(source_name("he"), None);
        assert_eq!(source_name("the Clinton campaign"), None);
    }

    #[test]
    fn standoff_relations_are_read() {
        let ann = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;22 30\tx\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        let a = attributions(ann);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].content, [(11, 20), (22, 30)]);
        assert_eq!(a[0].source.as_deref(), Some("Smith"));
    }
}
