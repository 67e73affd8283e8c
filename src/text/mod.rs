//! The text layer: an article's plain text cut into paragraphs, sentences and word
//! tokens, all with byte offsets into the text.
//!
//! The input is the `text` of an [`Analysis`](crate::analysis::Analysis): paragraphs
//! separated by a blank line (PolNeAR's `.txt` files have the same shape). Actors and
//! quotes read this layer; it decides nothing about names or speech, only where words
//! and sentences begin and end.

mod case;
mod sentences;
mod tokens;
pub mod words;

pub use case::{lower_char, ToLower};
pub use tokens::{is_apostrophe, is_dash, is_quote_mark, Token, TokenKind};

/// A half-open byte range `[start, end)` of the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A sentence: its byte range and the range of its tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the sentence, from its first token to its last.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
    /// Its tokens: `tokens[first..end]` of the [`Doc`].
    pub first: usize,
    /// One past its last token.
    pub end: usize,
}

/// The article text cut into paragraphs, sentences and tokens.
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    /// The whole text.
    pub text: &'a str,
    /// The non-blank blocks between blank lines, in order; a paragraph's index is its
    /// position here (the `paragraph` of a quote).
    pub paragraphs: Vec<Span>,
    /// Token ranges of each paragraph, parallel to `paragraphs`: `(first, end)`.
    pub paragraph_tokens: Vec<(usize, usize)>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    /// Every token, in order.
    pub tokens: Vec<Token>,
}

impl<'a> Doc<'a> {
    /// Cuts `text` into paragraphs, tokens and sentences.
    pub fn new(text: &'a str) -> Doc<'a> {
        let paragraphs = paragraphs(text);
        let mut tokens = Vec::new();
        let mut paragraph_tokens = Vec::with_capacity(paragraphs.len());
        for (index, span) in paragraphs.iter().enumerate() {
            let first = tokens.len();
            tokens::tokenize(text, *span, index, &mut tokens);
            paragraph_tokens.push((first, tokens.len()));
        }
        let sentences = sentences::split(text, &mut tokens, &paragraph_tokens);
        Doc {
            text,
            paragraphs,
            paragraph_tokens,
            sentences,
            tokens,
        }
    }

    /// The text of a token.
    pub fn word(&self, token: usize) -> &'a str {
        let t = &self.tokens[token];
        &self.text[t.start..t.end]
    }

    /// The text of a token, or "" past the last one: for rules that look a few tokens
    /// ahead.
    pub fn word_at(&self, token: usize) -> &'a str {
        if token < self.tokens.len() {
            self.word(token)
        } else {
            ""
        }
    }

    /// The text of a byte range.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }

    /// The index of the paragraph holding byte `offset` (the last one starting at or
    /// before it).
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.start <= offset)
            .saturating_sub(1)
    }

    /// The index of the first token that ends after byte `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= offset)
    }

    /// The sentence holding token `token`.
    pub fn sentence_of(&self, token: usize) -> &Sentence {
        &self.sentences[self.tokens[token].sentence]
    }
}

/// `s` lowercased with the diacritics of Latin letters removed, for comparing names
/// written with and without accents (`Díaz` = `Diaz`) and with typographic apostrophes.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(match lower_char(c) {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'ł' | 'ľ' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '’' | 'ʼ' | '‘' => '\'',
            '‐' | '‑' => '-',
            other => other,
        });
    }
    out
}

/// The non-blank blocks of `text` separated by blank lines (a line holding only
/// whitespace counts as blank), trimmed.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(Span {
                    start: s,
                    end: last_end,
                });
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(offset + lead);
            }
            last_end = offset + lead + trimmed.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(Span {
            start: s,
            end: last_end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences_of(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        doc.sentences
            .iter()
            .map(|s| doc.slice(s.span).to_string())
            .collect()
    }

    #[test]
    fn paragraphs_are_blocks_between_blank_lines() {
        let text = "Title line\n\nFirst one.\nStill first.\n \n\nSecond.\n";
        let doc = Doc::new(text);
        let got: Vec<&str> = doc.paragraphs.iter().map(|p| doc.slice(*p)).collect();
        assert_eq!(got, ["Title line", "First one.\nStill first.", "Second."]);
        assert_eq!(doc.paragraph_at(text.find("Still").unwrap_or(0)), 1);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let got = sentences_of(
            "Gen. Mark Milley met Dr. Jane Roe on Jan. 5 in the U.S. capital. \
             George W. Bush said it cost $3.5 billion. The U.S. The end.",
        );
        assert_eq!(
            got,
            [
                "Gen. Mark Milley met Dr. Jane Roe on Jan. 5 in the U.S. capital.",
                "George W. Bush said it cost $3.5 billion.",
                "The U.S.",
                "The end."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let got = sentences_of(
            "“Why not, these are our neighbors. There is a saying,” said Sergei Shoigu. \
             “Is it?” he asked. «Oui.» Non.",
        );
        assert_eq!(
            got,
            [
                "“Why not, these are our neighbors.",
                "There is a saying,” said Sergei Shoigu.",
                "“Is it?” he asked.",
                "«Oui.»",
                "Non."
            ]
        );
    }

    #[test]
    fn a_stray_period_before_a_comma_ends_nothing() {
        let got = sentences_of("said Keir Giles. , senior consultant at the institute.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn sentence_initial_words_are_marked() {
        let doc = Doc::new("However, Kim said: “The talks go on.” Meanwhile Putin waited.");
        let initial: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.tokens[i].sentence_initial)
            .map(|i| doc.word(i))
            .collect();
        assert_eq!(initial, ["However", "The", "Meanwhile"]);
    }
}
