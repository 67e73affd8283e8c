//! Word tokens with byte offsets.
//!
//! A word is a run of letters and digits that may hold inner hyphens (`Jong-Un`),
//! apostrophes (`Kim’s`, `O'Brien`), dots (`U.S.`, `3.5`) and digit group commas
//! (`1,000`). A trailing period stays on the word when it is part of it: initials
//! (`W.`), dotted abbreviations (`U.S.`) and the abbreviations of
//! [`crate::lexicon::abbreviations`]. French elisions (`l’`, `qu’`) are words of their
//! own, so `l’Élysée` yields the name `Élysée`. Everything else is one punctuation
//! token per character, except `...`, which is one token.

use super::Span;
use crate::lexicon::abbreviations;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with the inner marks above).
    Word,
    /// Starts with a digit.
    Number,
    /// One punctuation character (or `...`).
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte in the text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Index of its sentence (set by the sentence splitter).
    pub sentence: usize,
    /// True for the first word of a sentence, and for the first word of a quotation
    /// opened at the start of a clause (`said: “The ...`): positions where any word is
    /// capitalised, so capitals prove nothing there.
    pub sentence_initial: bool,
    /// Whitespace (or the paragraph start) comes right before it.
    pub space_before: bool,
    /// The word carries a trailing period of an abbreviation or initial.
    pub abbreviation: bool,
}

/// True for the quotation marks Lede knows, single and double, of every style.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '＂'
            | '`'
    )
}

/// True for the characters used as apostrophes inside words.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// True for dashes and hyphens.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―')
}

fn is_inner_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// Combining diacritics written as separate code points (decomposed text).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// Appends the tokens of paragraph `paragraph` (bytes `span` of `text`) to `out`.
pub fn tokenize(text: &str, span: Span, paragraph: usize, out: &mut Vec<Token>) {
    let body = &text[span.start..span.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(body.len(), |&(b, _)| b);
    let mut i = 0;
    let mut space_before = true;
    while i < chars.len() {
        let c = chars[i].1;
        if is_space(c) {
            space_before = true;
            i += 1;
            continue;
        }
        let (end, kind, abbreviation) = if is_word_char(c) {
            let (end, abbreviation) = scan_word(body, &chars, i);
            let kind = if c.is_ascii_digit() || c.is_numeric() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            (end, kind, abbreviation)
        } else if c == '\''
            && !space_before
            && chars.get(i + 1).map(|p| p.1) == Some(c)
            && chars.get(i + 2).map(|p| p.1) == Some(c)
        {
            // Three straight quotes glued to a word (`special case,'''`): the single
            // quote inside closes first, then the doubled one.
            (i + 1, TokenKind::Punct, false)
        } else if (c == '\'' || c == '`') && chars.get(i + 1).map(|p| p.1) == Some(c) {
            // Two straight single quotes (or backticks) stand for a double quote, as in
            // the New York Times' archive text: ''Like this.''
            (i + 2, TokenKind::Punct, false)
        } else if c == '.' && chars.get(i + 1).map(|p| p.1) == Some('.') {
            let mut j = i;
            while chars.get(j).map(|p| p.1) == Some('.') {
                j += 1;
            }
            (j, TokenKind::Punct, false)
        } else {
            (i + 1, TokenKind::Punct, false)
        };
        out.push(Token {
            start: span.start + byte_at(i),
            end: span.start + byte_at(end),
            kind,
            paragraph,
            sentence: 0,
            sentence_initial: false,
            space_before,
            abbreviation,
        });
        space_before = false;
        i = end;
    }
}

/// Scans the word starting at char `i`; returns the char index one past it and whether
/// it ends with an abbreviation's period.
fn scan_word(body: &str, chars: &[(usize, char)], start: usize) -> (usize, bool) {
    let at = |i: usize| chars.get(i).map(|p| p.1);
    let mut i = start;
    let mut dotted = false;
    loop {
        match at(i) {
            Some(c) if is_word_char(c) => i += 1,
            Some(c) if is_inner_hyphen(c) && at(i + 1).is_some_and(is_word_char) => i += 1,
            Some(c) if is_apostrophe(c) && at(i + 1).is_some_and(char::is_alphabetic) => {
                if is_elision(&word_text(body, chars, start, i)) {
                    return (i + 1, false);
                }
                i += 1;
            }
            Some('.') if at(i + 1).is_some_and(char::is_alphanumeric) => {
                dotted = true;
                i += 1;
            }
            Some(',')
                if at(i - 1).is_some_and(|c| c.is_ascii_digit())
                    && at(i + 1).is_some_and(|c| c.is_ascii_digit()) =>
            {
                i += 1
            }
            _ => break,
        }
    }
    if at(i) == Some('.') {
        let word = word_text(body, chars, start, i);
        let letters = word.chars().count();
        let initial = letters == 1 && word.chars().all(char::is_uppercase);
        let dotted_word = dotted && word.chars().any(char::is_alphabetic);
        if initial || dotted_word || abbreviations::is_abbreviation(&word) {
            return (i + 1, true);
        }
    }
    (i, false)
}

fn word_text(body: &str, chars: &[(usize, char)], start: usize, end: usize) -> String {
    let from = chars[start].0;
    let to = chars.get(end).map_or(body.len(), |p| p.0);
    body[from..to].to_string()
}

/// French (and Italian) elided articles and pronouns: `l’`, `d’`, `qu’`, `dell’`.
fn is_elision(word: &str) -> bool {
    abbreviations::ELISIONS.contains(&word) || matches!(word, "L" | "Qu")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(
            text,
            Span {
                start: 0,
                end: text.len(),
            },
            0,
            &mut out,
        );
        out.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn words_keep_their_inner_marks() {
        assert_eq!(
            words("Kim Jong-Un’s U.S. trip cost $3.5 billion, or 1,000 Dr. W. Bush’s."),
            [
                "Kim",
                "Jong-Un’s",
                "U.S.",
                "trip",
                "cost",
                "$",
                "3.5",
                "billion",
                ",",
                "or",
                "1,000",
                "Dr.",
                "W.",
                "Bush’s",
                "."
            ]
        );
    }

    #[test]
    fn three_straight_quotes_after_a_word_close_single_then_double() {
        assert_eq!(
            words("''It is 'a case,''' he said"),
            ["''", "It", "is", "'", "a", "case", ",", "'", "''", "he", "said"]
        );
    }

    #[test]
    fn elisions_and_quotes_split() {
        assert_eq!(
            words("« l’Élysée » a dit qu’il… “Hi...”"),
            [
                "«", "l’", "Élysée", "»", "a", "dit", "qu’", "il", "…", "“", "Hi", "...", "”"
            ]
        );
    }
}
