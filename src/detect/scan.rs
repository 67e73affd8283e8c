//! The scan of one text node: characters, sentence ends, commas, digits and currency
//! marks, and whether a short text is a price label.

use crate::lexicon::page_kinds::{CURRENCY_CODES, CURRENCY_SIGNS};

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
        chars: bytes
            .iter()
            .map(|&b| u32::from(!b.is_ascii_whitespace() && b & 0xC0 != 0x80))
            .sum(),
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
        let s = scan_text("雨が降った。止んだ、たぶん。");
        assert_eq!((s.chars, s.sentence_ends, s.commas), (14, 2, 1));
    }

    #[test]
    fn currency_signs_start_with_the_bytes_the_scan_decodes() {
        for c in CURRENCY_SIGNS.iter().filter(|c| !c.is_ascii()) {
            let first = c.to_string().as_bytes()[0];
            assert!(matches!(first, 0xC2 | 0xE0 | 0xE2), "{c}");
        }
    }

    #[test]
    fn price_labels_take_signs_or_codes() {
        let label = |t: &str| is_price_label(t, &scan_text(t));
        assert!(label("$19.99") && label("USD 20") && !label("20 items"));
    }
}
