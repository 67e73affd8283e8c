//! The gold items of one PolNeAR text: direct quotes (quoted stretches of the Content
//! spans) and reports (Content spans with words outside quotation marks), with the
//! Source each attribution gives.

use super::MIN_QUOTE_WORDS;
use crate::eval::polnear::Attribution;
use crate::lexicon::function_words;

/// A gold item: a quote or a report, as a code point range, with its words and source.
#[derive(Clone, Debug)]
pub struct Gold {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Its words, as code point ranges.
    pub words: Vec<(usize, usize)>,
    /// The Source span's text.
    pub source: Option<String>,
}

/// The gold quotes (quoted stretches of the contents) and reports (contents with
/// enough words outside quotation marks), each once, in text order.
pub fn items(chars: &[char], attributions: &[Attribution]) -> (Vec<Gold>, Vec<Gold>) {
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
pub fn words_in(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let b = b.min(chars.len());
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate().take(b).skip(a) {
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
        out.push((s, b));
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

/// The quoted stretches inside code points `[a, b)`, marks excluded. An opening mark
/// with no closing one runs to `b`; a closing double mark before any opening one runs
/// from `a` (the Content began inside the quotation).
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
        let attribution = Attribution {
            content: vec![(0, text.len())],
            source: Some("He".into()),
        };
        let (direct, reported) = items(&text, &[attribution]);
        assert_eq!(direct.len(), 2, "{direct:?}");
        assert_eq!(reported.len(), 1);
    }

    #[test]
    fn a_content_starting_inside_a_quote_runs_from_its_start() {
        let text = chars("rest of the quote here,” he said");
        assert_eq!(quoted_stretches(&text, 0, text.len()), [(0, 23)]);
    }
}
