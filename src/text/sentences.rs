//! Sentence boundaries.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, together with the closing quotes
//! and brackets glued to it (`neighbors.”`), when what follows can start a sentence: a
//! capital, a digit, an opening quote or bracket, or the end of the paragraph. So
//! `“Is it?” he asked` stays one sentence and `Giles. , senior consultant` too. A word's
//! abbreviation period (`Dr.`, `Jan.`, `W.`) ends a sentence only for the abbreviations
//! that often close one (`U.S.`, `Inc.`, `Jr.`) and only before a word that typically
//! opens one (`The`, `He`, `But`). Quotes that span sentences are cut like any other
//! text; the quote finder pairs marks across sentences itself.

use super::{Sentence, Span, Token, TokenKind};
use crate::lexicon::{abbreviations, function_words};

/// Splits every paragraph's tokens into sentences; fills in each token's `sentence`
/// and `sentence_initial`.
pub fn split(text: &str, tokens: &mut [Token], paragraphs: &[(usize, usize)]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, &(first, end)) in paragraphs.iter().enumerate() {
        let mut start = first;
        let mut i = first;
        while i < end {
            if ends_sentence(text, tokens, i, end) {
                let next = skip_closers(text, tokens, i + 1, end);
                if next == end || opens_sentence(text, tokens, next, end) {
                    push(&mut out, tokens, index, start, next);
                    start = next;
                    i = next;
                    continue;
                }
            }
            i += 1;
        }
        if start < end {
            push(&mut out, tokens, index, start, end);
        }
    }
    mark_initials(text, tokens);
    out
}

fn push(out: &mut Vec<Sentence>, tokens: &mut [Token], paragraph: usize, first: usize, end: usize) {
    let number = out.len();
    for t in &mut tokens[first..end] {
        t.sentence = number;
    }
    out.push(Sentence {
        span: Span {
            start: tokens[first].start,
            end: tokens[end - 1].end,
        },
        paragraph,
        first,
        end,
    });
}

fn text_of<'t>(text: &'t str, t: &Token) -> &'t str {
    &text[t.start..t.end]
}

/// True when token `i` may end a sentence.
fn ends_sentence(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let t = &tokens[i];
    let s = text_of(text, t);
    match t.kind {
        TokenKind::Punct => {
            matches!(s, "." | "!" | "?" | "…" | "。" | "！" | "？" | "‼") || s.starts_with("..")
        }
        TokenKind::Word if t.abbreviation => {
            let bare = s.trim_end_matches('.');
            let may_end = abbreviations::may_end_sentence(bare);
            let next = skip_closers(text, tokens, i + 1, end);
            may_end
                && (next == end
                    || tokens[next].kind == TokenKind::Word
                        && function_words::starts_sentence(text_of(text, &tokens[next])))
        }
        _ => false,
    }
}

/// Skips the closing quotes and brackets glued to the end of a sentence (and further
/// terminal marks, as in `?!` or `.”)`).
fn skip_closers(text: &str, tokens: &[Token], mut i: usize, end: usize) -> usize {
    while i < end {
        let t = &tokens[i];
        let s = text_of(text, t);
        let glued = !t.space_before;
        let closer = t.kind == TokenKind::Punct
            && (matches!(s, ")" | "]" | "!" | "?" | "." | "…")
                || glued && s.chars().all(super::is_quote_mark));
        if !closer || (!glued && !matches!(s, "!" | "?" | "…")) {
            break;
        }
        i += 1;
    }
    i
}

/// True when token `i` can be the first of a sentence.
fn opens_sentence(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let t = &tokens[i];
    let s = text_of(text, t);
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => s.chars().next().is_some_and(char::is_uppercase),
        TokenKind::Punct => {
            let opener = s.chars().all(super::is_quote_mark)
                || matches!(s, "(" | "[" | "¿" | "¡" | "—" | "–" | "-" | "…" | "•");
            opener && (i + 1 == end || opens_sentence(text, tokens, i + 1, end))
        }
    }
}

/// Marks the first word of each sentence, and the first word after a colon or of a
/// quotation opened after a colon or comma, as sentence-initial.
fn mark_initials(text: &str, tokens: &mut [Token]) {
    let mut previous_sentence = usize::MAX;
    let mut clause_start = true;
    for i in 0..tokens.len() {
        if tokens[i].sentence != previous_sentence {
            previous_sentence = tokens[i].sentence;
            clause_start = true;
        }
        if tokens[i].kind != TokenKind::Punct {
            tokens[i].sentence_initial = clause_start;
            clause_start = false;
            continue;
        }
        let s = text_of(text, &tokens[i]);
        let quote = s.chars().all(super::is_quote_mark);
        let leading = quote || matches!(s, "(" | "[" | "¿" | "¡" | "—" | "–" | "-" | "•" | "…");
        let opens_quote = quote && tokens[i].space_before;
        let after_break = i > 0 && matches!(text_of(text, &tokens[i - 1]), ":" | "," | "—" | "–");
        clause_start = clause_start && leading || s == ":" || opens_quote && after_break;
    }
}
