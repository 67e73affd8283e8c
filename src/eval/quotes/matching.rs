//! Matching predictions with gold items, and whether the speakers agree.
//!
//! A prediction matches a gold item when it covers at least [`MATCH_COVERAGE`] of the
//! gold item's words (and, for the tight reported row, when that share of its own
//! words are gold). On matched pairs whose gold Source is a name ("Sen. Claire
//! McCaskill", "The New York Post"; not "he", "officials" or "the Clinton campaign"),
//! our speaker must name the same person or organisation: the last word of our
//! speaker's name or of one of its aliases equals the last word of the gold name
//! (accents and case folded).

use serde::Serialize;

use super::gold::Gold;
use super::MATCH_COVERAGE;
use crate::lexicon::{function_words, titles};
use crate::text::fold;

/// A prediction as a code point range, with the speaker we gave it.
#[derive(Clone, Debug)]
pub struct Predicted {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// How many words it holds.
    pub words: usize,
    /// The speaker's name.
    pub speaker: Option<String>,
    /// The speaker actor's names and aliases.
    pub names: Vec<String>,
    /// The quote's text.
    pub text: String,
}

/// Counts behind precision, recall, F1 and the speaker figures.
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
    /// Gold items whose source is a name.
    pub gold_named: usize,
    /// Matched gold items whose source is a name: the speakers scored.
    pub speakers_scored: usize,
    /// Of those, the ones where we give a speaker at all.
    pub speakers_given: usize,
    /// Of those, the ones whose speaker names the same actor.
    pub speakers_right: usize,
}

/// One mistake, for reading.
#[derive(Clone, Debug, Serialize)]
pub struct Example {
    /// The text's file stem.
    pub text: String,
    /// The words concerned, and the speakers for a wrong speaker.
    pub what: String,
}

/// Every mistake of one row, by kind.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Errors {
    /// Gold items no prediction matched.
    pub missed: Vec<Example>,
    /// Predictions that matched no gold item.
    pub spurious: Vec<Example>,
    /// Matched predictions with another speaker (or none) than the gold name.
    pub wrong_speaker: Vec<Example>,
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

    /// Share of scored speakers that are right (no speaker counts as wrong).
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.speakers_scored)
    }

    /// Share of the speakers we give on scored matches that are right.
    pub fn source_precision(&self) -> f64 {
        ratio(self.speakers_right, self.speakers_given)
    }

    /// Share of gold items with a named source that we find with that source.
    pub fn source_recall(&self) -> f64 {
        ratio(self.speakers_right, self.gold_named)
    }

    /// Adds another text's counts.
    pub fn add(&mut self, other: &Scores) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.gold_found += other.gold_found;
        self.predicted_right += other.predicted_right;
        self.gold_named += other.gold_named;
        self.speakers_scored += other.speakers_scored;
        self.speakers_given += other.speakers_given;
        self.speakers_right += other.speakers_right;
    }
}

impl Errors {
    /// Adds another text's mistakes.
    pub fn add(&mut self, other: Errors) {
        self.missed.extend(other.missed);
        self.spurious.extend(other.spurious);
        self.wrong_speaker.extend(other.wrong_speaker);
    }
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Matches the predictions of text `stem` with its gold items and counts; `tightness`
/// is the share of a prediction's own words that must be gold.
pub fn compare(
    stem: &str,
    chars: &[char],
    gold: &[Gold],
    predicted: &[Predicted],
    tightness: f64,
) -> (Scores, Errors) {
    let mut scores = Scores {
        gold: gold.len(),
        predicted: predicted.len(),
        ..Scores::default()
    };
    let mut errors = Errors::default();
    let matches = |g: &Gold, p: &Predicted| -> bool {
        let covered = g
            .words
            .iter()
            .filter(|&&(s, e)| p.start <= s && e <= p.end)
            .count();
        ratio(covered, g.words.len()) >= MATCH_COVERAGE && ratio(covered, p.words) >= tightness
    };
    let example = |what: String| Example {
        text: stem.to_string(),
        what,
    };
    let snippet = |s: usize, e: usize| -> String {
        let e = e.min(chars.len());
        let text: String = chars[s.min(e)..e].iter().take(140).collect();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    for g in gold {
        let name = g.source.as_deref().and_then(source_name);
        scores.gold_named += usize::from(name.is_some());
        let Some(p) = predicted.iter().find(|p| matches(g, p)) else {
            errors.missed.push(example(snippet(g.start, g.end)));
            continue;
        };
        scores.gold_found += 1;
        let Some(name) = name else {
            continue;
        };
        scores.speakers_scored += 1;
        scores.speakers_given += usize::from(p.speaker.is_some());
        if same_actor(&name, p) {
            scores.speakers_right += 1;
        } else {
            errors.wrong_speaker.push(example(format!(
                "{} — gold {:?}, ours {:?}",
                snippet(g.start, g.end),
                g.source.as_deref().unwrap_or_default(),
                p.speaker.as_deref().unwrap_or("(none)")
            )));
        }
    }
    for p in predicted {
        if gold.iter().any(|g| matches(g, p)) {
            scores.predicted_right += 1;
        } else {
            errors
                .spurious
                .push(example(p.text.chars().take(140).collect()));
        }
    }
    (scores, errors)
}

/// The last word of a gold source that is a name, folded; `None` for pronouns and
/// descriptions ("he", "officials", "the Clinton campaign").
pub fn source_name(source: &str) -> Option<String> {
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
        && !titles::is_title(word)
        && !titles::is_office_word(word)
        && titles::honorific(word).is_none()
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_match_covers_most_gold_words() {
        let chars: Vec<char> = "one two three four five".chars().collect();
        let gold = Gold {
            start: 0,
            end: chars.len(),
            words: super::super::gold::words_in(&chars, 0, chars.len()),
            source: Some("Smith".into()),
        };
        let ours = |start: usize, speaker: &str| Predicted {
            start,
            end: chars.len(),
            words: 5,
            speaker: Some(speaker.into()),
            names: Vec::new(),
            text: String::new(),
        };
        // Four of five words (80%) match; three of five do not.
        let (s, e) = compare(
            "t",
            &chars,
            std::slice::from_ref(&gold),
            &[ours(4, "Jane Smith")],
            0.0,
        );
        assert_eq!((s.gold_found, s.speakers_right), (1, 1));
        assert!(e.wrong_speaker.is_empty());
        let (s, e) = compare("t", &chars, &[gold], &[ours(8, "Jane Smith")], 0.0);
        assert_eq!((s.gold_found, s.predicted_right), (0, 0));
        assert_eq!((e.missed.len(), e.spurious.len()), (1, 1));
    }
}
