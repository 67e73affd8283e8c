//! Words and their overlap: the tokenizer behind the extraction scores.
//!
//! A word is a maximal run of Unicode word characters, lowercased: the tokens of the
//! regular expression `\w+` with Unicode semantics, as the usual extraction benchmarks
//! count them. Text is compared as a multiset (bag) of such words, so order does not
//! matter and a word repeated three times in the gold text must be found three times.

use std::collections::HashMap;

use serde::Serialize;

/// Splits `text` into lowercase words (`\w+`, Unicode).
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for ch in text.chars() {
        if is_word_char(ch) {
            word.extend(ch.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// True for the characters `\w` matches: letters, digits, combining marks, connector
/// punctuation (`_`) and the zero-width joiners.
pub fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || in_ranges(ch, CONNECTORS) || is_mark(ch)
}

/// Connector punctuation (general category Pc) and the joiners ZWNJ and ZWJ.
const CONNECTORS: &[(char, char)] = &[
    ('_', '_'),
    ('\u{200C}', '\u{200D}'),
    ('\u{203F}', '\u{2040}'),
    ('\u{2054}', '\u{2054}'),
    ('\u{FE33}', '\u{FE34}'),
    ('\u{FE4D}', '\u{FE4F}'),
    ('\u{FF3F}', '\u{FF3F}'),
];

/// Combining marks that are not already `Alphabetic` in Rust's sense. The standard
/// library has no general-category lookup, so this lists the blocks that matter for
/// web text: accents written as combining characters (decomposed Latin, Greek,
/// Cyrillic), Hebrew and Arabic points, Thai tone marks, Japanese voicing marks and
/// variation selectors. Indic scripts are handled apart (see [`is_mark`]).
const MARKS: &[(char, char)] = &[
    ('\u{0300}', '\u{036F}'),
    ('\u{0483}', '\u{0489}'),
    ('\u{0591}', '\u{05BD}'),
    ('\u{05BF}', '\u{05BF}'),
    ('\u{05C1}', '\u{05C2}'),
    ('\u{05C4}', '\u{05C5}'),
    ('\u{05C7}', '\u{05C7}'),
    ('\u{0610}', '\u{061A}'),
    ('\u{064B}', '\u{065F}'),
    ('\u{0670}', '\u{0670}'),
    ('\u{06D6}', '\u{06DC}'),
    ('\u{06DF}', '\u{06E4}'),
    ('\u{06E7}', '\u{06E8}'),
    ('\u{06EA}', '\u{06ED}'),
    ('\u{0E31}', '\u{0E31}'),
    ('\u{0E34}', '\u{0E3A}'),
    ('\u{0E47}', '\u{0E4E}'),
    ('\u{1AB0}', '\u{1AFF}'),
    ('\u{1DC0}', '\u{1DFF}'),
    ('\u{20D0}', '\u{20FF}'),
    ('\u{3099}', '\u{309A}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FE20}', '\u{FE2F}'),
];

fn is_mark(ch: char) -> bool {
    in_ranges(ch, MARKS) || is_indic_sign(ch)
}

/// In the Indic blocks (Devanagari to Sinhala, U+0900..U+0DFF) nearly every character
/// that is not a letter or digit is a vowel sign, virama or nukta inside a word; the
/// exceptions are the dandas (sentence ends) and the abbreviation signs.
fn is_indic_sign(ch: char) -> bool {
    ('\u{0900}'..='\u{0DFF}').contains(&ch)
        && !matches!(
            ch,
            '\u{0964}' | '\u{0965}' | '\u{0970}' | '\u{09FD}' | '\u{0DF4}'
        )
}

fn in_ranges(ch: char, ranges: &[(char, char)]) -> bool {
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&ch))
}

/// A multiset of words with its size.
#[derive(Clone, Debug, Default)]
pub struct Bag {
    counts: HashMap<String, u32>,
    total: usize,
}

impl Bag {
    /// The words of `text`, counted.
    pub fn of(text: &str) -> Bag {
        let mut bag = Bag::default();
        for word in words(text) {
            *bag.counts.entry(word).or_insert(0) += 1;
            bag.total += 1;
        }
        bag
    }

    /// How many words the bag holds, repeats included.
    pub fn len(&self) -> usize {
        self.total
    }

    /// True when the bag holds no word.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The size of the multiset intersection: each word counts as often as it occurs
    /// in both bags.
    pub fn overlap(&self, other: &Bag) -> usize {
        let (small, large) = if self.counts.len() <= other.counts.len() {
            (self, other)
        } else {
            (other, self)
        };
        small
            .counts
            .iter()
            .map(|(word, &n)| n.min(large.counts.get(word).copied().unwrap_or(0)) as usize)
            .sum()
    }
}

/// Precision, recall and their harmonic mean, each in 0..1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Share of our words that are in the gold text.
    pub precision: f64,
    /// Share of the gold words that we found.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Prf {
    /// Scores from counts: `hits` of our `found` items are right, out of `expected`.
    /// An empty side scores 0 rather than being undefined, so an empty extraction of a
    /// page with gold text counts as a complete miss.
    pub fn from_counts(hits: usize, found: usize, expected: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (precision, recall) = (ratio(hits, found), ratio(hits, expected));
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }

    /// The mean of each measure over `scores` (a macro average); zero for none.
    pub fn mean<'a>(scores: impl IntoIterator<Item = &'a Prf>) -> Prf {
        let (mut sum, mut n) = (Prf::default(), 0usize);
        for s in scores {
            sum.precision += s.precision;
            sum.recall += s.recall;
            sum.f1 += s.f1;
            n += 1;
        }
        if n == 0 {
            return sum;
        }
        let n = n as f64;
        Prf {
            precision: sum.precision / n,
            recall: sum.recall / n,
            f1: sum.f1 / n,
        }
    }
}

/// Word-level scores of `ours` against `gold`, or `None` when the gold text has no
/// word (such a page cannot be scored and is left out of the averages).
pub fn word_scores(gold: &Bag, ours: &Bag) -> Option<Prf> {
    if gold.is_empty() {
        return None;
    }
    Some(Prf::from_counts(gold.overlap(ours), ours.len(), gold.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_non_word_characters_and_lowercases() {
        assert_eq!(
            words("Don't stop—the U.S. snake_case 3.14!"),
            ["don", "t", "stop", "the", "u", "s", "snake_case", "3", "14"]
        );
    }

    #[test]
    fn keeps_unicode_words_whole() {
        assert_eq!(words("Élysée Straße"), ["élysée", "straße"]);
        assert_eq!(words("Москва, Αθήνα"), ["москва", "αθήνα"]);
        // "café" with a combining acute accent (decomposed) is still one word.
        assert_eq!(words("cafe\u{301} noir"), ["cafe\u{301}", "noir"]);
        // Devanagari with a vowel sign and a virama, then a danda.
        assert_eq!(words("हिन्दी। भाषा"), ["हिन्दी", "भाषा"]);
        // A run of Han characters is one `\w+` token, as with the regular expression.
        assert_eq!(words("東京 2024年"), ["東京", "2024年"]);
    }

    #[test]
    fn empty_and_punctuation_only_text_has_no_words() {
        assert!(words("").is_empty());
        assert!(words(" — … «» ").is_empty());
    }

    #[test]
    fn repeated_words_count_as_a_multiset() {
        let gold = Bag::of("the the the cat");
        let ours = Bag::of("The cat cat");
        assert_eq!(gold.overlap(&ours), 2);
        let s = word_scores(&gold, &ours).expect("gold has words");
        assert!((s.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.recall - 0.5).abs() < 1e-12);
        assert!((s.f1 - 4.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn identical_text_scores_one_and_disjoint_text_zero() {
        let gold = Bag::of("Zürich is in Switzerland");
        let same = word_scores(&gold, &Bag::of("ZÜRICH, is in switzerland.")).expect("words");
        assert_eq!(same, Prf::from_counts(4, 4, 4));
        assert_eq!(same.f1, 1.0);
        let other = word_scores(&gold, &Bag::of("nothing alike")).expect("words");
        assert_eq!(other, Prf::default());
    }

    #[test]
    fn empty_extraction_scores_zero_and_empty_gold_is_not_scored() {
        assert_eq!(
            word_scores(&Bag::of("some words"), &Bag::of("")),
            Some(Prf::default())
        );
        assert_eq!(word_scores(&Bag::of(" — "), &Bag::of("words")), None);
    }

    #[test]
    fn mean_is_a_macro_average() {
        let m = Prf::mean(&[Prf::from_counts(1, 1, 1), Prf::default()]);
        assert_eq!(
            m,
            Prf {
                precision: 0.5,
                recall: 0.5,
                f1: 0.5
            }
        );
        assert_eq!(Prf::mean(&[]), Prf::default());
    }
}
