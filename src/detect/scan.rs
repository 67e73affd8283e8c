//! The scan of one text node: characters, sentence ends, commas, digits and currency
//! marks, and whether a short text is a price label.

use crate::lexicon::metadata::{month, BYLINE_LABELS};
use crate::lexicon::page_kinds::{CALLS_TO_ACTION, CURRENCY_CODES, CURRENCY_SIGNS};

/// What one text node holds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct TextScan {
    pub(super) chars: u32,
    pub(super) sentence_ends: u32,
    pub(super) commas: u32,
    pub(super) digits: u32,
    pub(super) currency: u32,
    pub(super) amounts: u32,
}

/// Counts a text's characters, sentence ends, commas, digits and currency marks. This
/// sees every character of the page, so it works on bytes: one branch-free pass counts
/// the characters (every byte but spaces and UTF-8 continuation bytes), and a second
/// pass stops only at the few bytes that can start a mark worth counting (ASCII
/// punctuation, digits, `$`, and the lead bytes of CJK and Arabic punctuation and of
/// the other currency signs). Non-ASCII spaces count as characters.
pub(super) fn scan_text(text: &str) -> TextScan {
    let bytes = text.as_bytes();
    let mut s = TextScan {
        chars: count_chars(bytes),
        ..TextScan::default()
    };
    if s.chars == 0 {
        return s;
    }
    for (i, &b) in bytes.iter().enumerate() {
        if !MARK_BYTES[usize::from(b)] {
            continue;
        }
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        match b {
            b'.' | b'!' | b'?' => {
                let prev_word =
                    i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80);
                let next_blank = i + 1 == bytes.len() || next(1).is_ascii_whitespace();
                s.sentence_ends += u32::from(prev_word && next_blank);
            }
            b',' => s.commas += 1,
            b'0'..=b'9' => s.digits += 1,
            b'$' => s.currency_at(text, i, 1),
            // 。、 and ！，？ (full-width), then the Arabic comma.
            0xE3 if next(1) == 0x80 => match next(2) {
                0x82 => s.sentence_ends += 1,
                0x81 => s.commas += 1,
                _ => {}
            },
            0xEF if next(1) == 0xBC => match next(2) {
                0x81 | 0x9F => s.sentence_ends += 1,
                0x8C => s.commas += 1,
                _ => {}
            },
            0xD8 if next(1) == 0x8C => s.commas += 1,
            0xC2 | 0xE0 | 0xE2 => {
                if let Some(ch) = text.get(i..).and_then(|t| t.chars().next()) {
                    if is_currency(ch) {
                        s.currency_at(text, i, ch.len_utf8());
                    }
                }
            }
            _ => {}
        }
    }
    s
}

/// The characters of `bytes` that are not ASCII spaces, weighed ([`char_weight`]):
/// every byte but spaces and UTF-8 continuation bytes. Whole blocks of 32 bytes are
/// counted with plain compares, which the compiler turns into vector instructions; the
/// rest (all of most texts, which are short) a byte at a time from a table.
fn count_chars(bytes: &[u8]) -> u32 {
    let mut blocks = bytes.chunks_exact(32);
    let mut total = 0;
    for block in &mut blocks {
        let n = block.iter().fold(0u8, |n, &b| n + char_weight(b));
        total += u32::from(n);
    }
    let rest = blocks.remainder();
    total
        + rest
            .iter()
            .map(|&b| u32::from(CHAR_WEIGHTS[usize::from(b)]))
            .sum::<u32>()
}

/// What the byte `b` adds to a text's length: 0 for ASCII whitespace (' ', '\t',
/// '\n', '\x0C', '\r'; not '\x0B') and UTF-8 continuation bytes (0x80..=0xBF, below
/// -64 as signed bytes); 3 for the lead byte of a character of Chinese, Japanese or
/// Korean (U+3000..U+DFFF: 0xE3..=0xED), which are written without spaces and say
/// about as much as a short word, so that a paragraph's length means the same in
/// every script (80 characters of prose are about 27 of Chinese); 1 otherwise.
const fn char_weight(b: u8) -> u8 {
    let space = b == b' ' || (b.wrapping_sub(b'\t') < 5 && b != 0x0B);
    if space || (b as i8) < -64 {
        0
    } else if b.wrapping_sub(0xE3) <= 0xED - 0xE3 {
        3
    } else {
        1
    }
}

/// [`char_weight`] of every byte.
const CHAR_WEIGHTS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = char_weight(b as u8);
        b += 1;
    }
    table
};

/// The bytes at which [`scan_text`] looks closer.
const MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b".!?,$0123456789";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table[0xC2] = true;
    table[0xD8] = true;
    table[0xE0] = true;
    table[0xE2] = true;
    table[0xE3] = true;
    table[0xEF] = true;
    table
};

impl TextScan {
    /// A currency sign at `text[at..at + len]`: an amount when a digit stands next to
    /// it, spaces aside (`$5`, `5 €`).
    fn currency_at(&mut self, text: &str, at: usize, len: usize) {
        self.currency += 1;
        let before = text[..at].trim_end().bytes().next_back();
        let after = text[at + len..].trim_start().bytes().next();
        if before.is_some_and(|b| b.is_ascii_digit()) || after.is_some_and(|b| b.is_ascii_digit()) {
            self.amounts += 1;
        }
    }
}

/// A short text with a digit that shows a currency sign or code.
pub(super) fn is_price_label(text: &str, scan: &TextScan) -> bool {
    scan.currency > 0
        || text
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| CURRENCY_CODES.contains(&w))
}

/// A short text that reads as a date: a year (1990..2039) with a month's name or
/// with a day and month in figures ("17 Dec 2025", "December 17, 2025",
/// "17.12.2025", "2025-12-17"). Only texts with four digits or more get here.
pub(super) fn is_date_label(text: &str) -> bool {
    let words = || {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    let figures = |w: &&str| w.bytes().all(|b| b.is_ascii_digit());
    let mut year = false;
    let mut day_or_month = 0;
    for word in words().filter(figures) {
        let is_year =
            word.len() == 4 && word.parse::<u32>().is_ok_and(|y| (1990..2040).contains(&y));
        year |= is_year;
        day_or_month += usize::from(!is_year && word.len() <= 2);
    }
    // Month names are looked up last: most texts with four digits hold no year.
    year && (day_or_month >= 2 || words().any(|w| !figures(&w) && month(w).is_some()))
}

/// A short text that opens with a byline label, alone ("By ", the name in a link
/// after it) or before a capitalised name ("Written by Ann Lee").
pub(super) fn is_byline_label(text: &str) -> bool {
    let t = text.trim_start();
    if !first_word_fits(t, &LABEL_SHAPES) {
        return false;
    }
    BYLINE_LABELS.iter().any(|label| {
        let Some(rest) = t
            .get(..label.len())
            .filter(|head| head.eq_ignore_ascii_case(label))
        else {
            return false;
        };
        let rest = t[rest.len()..].trim_start_matches(':');
        let after = rest.trim_start();
        (after.is_empty() || rest.len() > after.len())
            && (after.is_empty() || after.starts_with(char::is_uppercase))
    })
}

/// A short link or button text that opens with a call to action, to a word's end
/// ("Get started →", "Request a quote"; not "Schedules of the league").
pub(super) fn is_call_to_action(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !first_word_fits(t, &ACTION_SHAPES) {
        return false;
    }
    CALLS_TO_ACTION.iter().any(|phrase| {
        t.get(..phrase.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(phrase))
            && !t[phrase.len()..].starts_with(char::is_alphanumeric)
    })
}

/// The shapes of the first words of a list of phrases: for each initial letter, a
/// bit per word length. Most texts are ruled out by their first word's shape before
/// any phrase is compared: these look-ups run on nearly every short text of a page.
type Shapes = [u32; 26];

const LABEL_SHAPES: Shapes = shapes(BYLINE_LABELS);
const ACTION_SHAPES: Shapes = shapes(CALLS_TO_ACTION);

const fn shapes(phrases: &[&str]) -> Shapes {
    let mut table = [0u32; 26];
    let mut i = 0;
    while i < phrases.len() {
        let bytes = phrases[i].as_bytes();
        let mut len = 0;
        while len < bytes.len() && bytes[len].is_ascii_alphabetic() {
            len += 1;
        }
        assert!(len > 0 && len < 32 && bytes[0].is_ascii_lowercase());
        table[(bytes[0] - b'a') as usize] |= 1 << len;
        i += 1;
    }
    table
}

/// True when the first word of `text` (its leading ASCII letters) has the shape of
/// a first word in `shapes`.
fn first_word_fits(text: &str, shapes: &Shapes) -> bool {
    let bytes = text.as_bytes();
    let Some(first) = bytes.first().filter(|b| b.is_ascii_alphabetic()) else {
        return false;
    };
    let len = bytes
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    len < 32 && shapes[usize::from(first.to_ascii_lowercase() - b'a')] & (1 << len) != 0
}

fn is_currency(c: char) -> bool {
    CURRENCY_SIGNS.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_scan_counts_prose_marks_and_prices() {
        let s = scan_text("It rained. Then, it stopped!  Really?");
        assert_eq!((s.chars, s.sentence_ends, s.commas), (31, 3, 1));
        let s = scan_text("Was $5, now 4,50 € or v1.2");
        assert_eq!((s.currency, s.amounts, s.sentence_ends), (2, 2, 0));
        // Fourteen characters of Japanese weigh three each.
        let s = scan_text("雨が降った。止んだ、たぶん。");
        assert_eq!((s.chars, s.sentence_ends, s.commas), (42, 2, 1));
    }

    #[test]
    fn characters_are_counted_across_blocks() {
        let weight = |c: char| {
            if ('\u{3000}'..='\u{D7FF}').contains(&c) {
                3
            } else {
                1
            }
        };
        let plain = |t: &str| {
            t.chars()
                .filter(|c| !c.is_ascii_whitespace())
                .map(weight)
                .sum::<u32>()
        };
        let long = "Ein Satz über Öl, Brücken\tund\x0bé. 雨が降った。한국어\r\n ".repeat(7);
        for end in 0..long.len() {
            if let Some(t) = long.get(..end) {
                assert_eq!(count_chars(t.as_bytes()), plain(t), "{t:?}");
            }
        }
    }

    #[test]
    fn currency_signs_start_with_the_bytes_the_scan_decodes() {
        for c in CURRENCY_SIGNS.iter().filter(|c| !c.is_ascii()) {
            let first = c.to_string().as_bytes()[0];
            assert!(matches!(first, 0xC2 | 0xE0 | 0xE2), "{c}");
        }
    }

    #[test]
    fn date_labels_take_a_year_and_a_month() {
        for date in [
            "17 Dec 2025",
            "December 17, 2025",
            "17.12.2025",
            "2025-12-17",
        ] {
            assert!(is_date_label(date), "{date}");
        }
        for other in ["$2,025.00", "Call 555 2025", "2025 models", "1200 x 800"] {
            assert!(!is_date_label(other), "{other}");
        }
    }

    #[test]
    fn calls_to_action_open_a_link_text() {
        for action in [
            "Get Started",
            "→ Request a free quote",
            "Book a demo",
            "Schedule",
        ] {
            assert!(is_call_to_action(action), "{action}");
        }
        for other in ["Schedules", "Getting started with Rust", "Contact"] {
            assert!(!is_call_to_action(other), "{other}");
        }
    }

    #[test]
    fn byline_labels_open_a_short_text() {
        for byline in ["By ", "by Ann Lee", "Written by: Ann Lee", "Author:"] {
            assert!(is_byline_label(byline), "{byline}");
        }
        for other in ["Byron Bay", "by the sea", "Authority", "Sort by"] {
            assert!(!is_byline_label(other), "{other}");
        }
    }

    #[test]
    fn price_labels_take_signs_or_codes() {
        let label = |t: &str| is_price_label(t, &scan_text(t));
        assert!(label("$19.99") && label("USD 20") && !label("20 items"));
    }
}
