//! Quotation marks paired into quoted stretches.
//!
//! Every style is read: English “…” and ‘…’, straight "…" and '…', French « … »,
//! German „…“, ‚…‘ and »…«, Japanese 「…」 and 『…』. A curly mark's shape says whether it
//! opens or closes, except where languages disagree (German closes with “); a straight
//! mark opens when it is glued to the word after it and closes when glued to the word
//! before. Marks nest (a single-quoted title inside a double-quoted quote); only the
//! outermost stretches are returned. A quote left open at the end of a paragraph
//! continues when the next paragraph opens with a mark of the same family (the
//! convention for quotes of several paragraphs); otherwise it ends with its paragraph.

use crate::text::{Doc, TokenKind};

/// Families of marks: a closing mark only closes an opening mark of its family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

/// What a mark does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Either: decided by what is open.
    Either,
}

/// One quoted stretch: the words between an opening mark and its closing mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stretch {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark, or `None` when the quote runs to the end of its
    /// (last) paragraph.
    pub close: Option<usize>,
    /// First token inside the marks.
    pub first: usize,
    /// One past the last token inside the marks.
    pub end: usize,
}

impl Stretch {
    /// The first token after the stretch (after its closing mark).
    pub fn after(&self) -> usize {
        self.close.map_or(self.end, |c| c + 1)
    }
}

/// The mark a token is, if it is one: its family and role, from its shape and the
/// space around it.
fn classify(doc: &Doc, i: usize) -> Option<(Family, Role)> {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Punct {
        return None;
    }
    let word = doc.word(i);
    let c = match word {
        "''" | "``" => '"',
        _ => {
            let mut chars = word.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            c
        }
    };
    let flank = flanking(doc, i);
    let role = match c {
        '“' | '„' | '‟' | '«' | '「' | '『' | '‹' => Role::Open,
        '”' | '»' | '」' | '』' | '›' => Role::Close,
        '"' | '＂' => flank,
        '‘' | '‚' | '‛' => {
            let next_is_digit = doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| !n.space_before && n.kind == TokenKind::Number);
            if next_is_digit {
                return None;
            }
            Role::Open
        }
        '’' | '\'' => {
            if flank == Role::Open && c == '\'' {
                Role::Open
            } else if flank == Role::Close || flank == Role::Either && t.space_before {
                Role::Close
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let family = match c {
        '“' | '”' | '„' | '‟' | '"' | '＂' => Family::Double,
        '‘' | '’' | '‚' | '‛' | '\'' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '」' => Family::Corner,
        _ => Family::WhiteCorner,
    };
    Some((family, role))
}

/// Open when glued to the next word only, close when glued to the previous word only.
fn flanking(doc: &Doc, i: usize) -> Role {
    let t = &doc.tokens[i];
    let first_in_paragraph = i == 0 || doc.tokens[i - 1].paragraph != t.paragraph;
    let spaced_before = t.space_before || first_in_paragraph || opens_context(doc, i);
    let next = doc.tokens.get(i + 1).filter(|n| n.paragraph == t.paragraph);
    let spaced_after = next
        .is_none_or(|n| n.space_before || n.kind == TokenKind::Punct && closes_context(doc, i + 1));
    match (spaced_before, spaced_after) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// The previous token is an opening bracket or dash glued to the mark: `(“`, `—"`.
fn opens_context(doc: &Doc, i: usize) -> bool {
    i > 0 && matches!(doc.word(i - 1), "(" | "[" | "—" | "–" | "-" | "/" | ":")
}

/// The next token is punctuation that ends a clause: `",` `".` `")`.
fn closes_context(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.word(i),
        "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "…" | "—" | "–"
    )
}

/// German and Swiss usage: after „ a “ closes, and after » a « closes.
fn closes_by_usage(c: &str, open: &str) -> bool {
    matches!(
        (open, c),
        ("„", "“") | ("„", "”") | ("»", "«") | ("‚", "‘") | ("‚", "’") | ("›", "‹")
    )
}

/// Every outermost quoted stretch of the document, in order.
pub fn stretches(doc: &Doc) -> Vec<Stretch> {
    let mut out = Vec::new();
    // The stack of open marks: (token, family).
    let mut stack: Vec<(usize, Family)> = Vec::new();
    // The outermost quote's first content token, kept across paragraphs.
    let mut outer_first: Option<(usize, usize)> = None;
    for (p, &(first, end)) in doc.paragraph_tokens.iter().enumerate() {
        if let Some((open, content)) = outer_first {
            let continues = first < end
                && classify(doc, first).is_some_and(|(f, r)| {
                    r != Role::Close && Some(f) == stack.first().map(|s| s.1)
                });
            if !continues {
                let prev_end = doc.paragraph_tokens[p - 1].1;
                out.push(Stretch {
                    open,
                    close: None,
                    first: content,
                    end: prev_end,
                });
                outer_first = None;
                stack.clear();
            } else {
                // The re-opening mark is the same quote going on; inner marks reset.
                stack.truncate(1);
            }
        }
        let start = if outer_first.is_some() {
            first + 1
        } else {
            first
        };
        for i in start..end {
            let Some((family, role)) = classify(doc, i) else {
                continue;
            };
            let mark = doc.word(i);
            let top = stack.last().copied();
            let closes_top = top.is_some_and(|(t, f)| {
                f == family && role != Role::Open || closes_by_usage(mark, doc.word(t))
            });
            let is_close = role == Role::Close
                || role == Role::Either && closes_top
                || closes_top && !doc.tokens[i].space_before;
            if is_close {
                if let Some(depth) = stack
                    .iter()
                    .rposition(|&(t, f)| f == family || closes_by_usage(mark, doc.word(t)))
                {
                    if depth == 0 {
                        if let Some((open, content)) = outer_first.take() {
                            out.push(Stretch {
                                open,
                                close: Some(i),
                                first: content,
                                end: i,
                            });
                        }
                    }
                    stack.truncate(depth);
                }
                continue;
            }
            if role == Role::Close {
                continue;
            }
            if stack.is_empty() {
                outer_first = Some((i, i + 1));
            }
            stack.push((i, family));
        }
        // A single quote left open is an apostrophe or a typo: forget it.
        while stack.len() > 1 && stack.last().is_some_and(|s| s.1 == Family::Single) {
            stack.pop();
        }
        if stack.first().is_some_and(|s| s.1 == Family::Single) {
            stack.clear();
            outer_first = None;
        }
    }
    if let Some((open, content)) = outer_first {
        let end = doc.paragraph_tokens.last().map_or(content, |p| p.1);
        out.push(Stretch {
            open,
            close: None,
            first: content,
            end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        stretches(&doc)
            .iter()
            .map(|s| {
                if s.first >= s.end {
                    return String::new();
                }
                let a = doc.tokens[s.first].start;
                let b = doc.tokens[s.end - 1].end;
                text[a..b].to_string()
            })
            .collect()
    }

    #[test]
    fn every_style_pairs() {
        assert_eq!(
            quoted("“One two,” he said. \"Three four\". « Cinq six », a-t-il dit. „Sieben acht“, sagte er. 「九十」"),
            ["One two,", "Three four", "Cinq six", "Sieben acht", "九十"]
        );
    }

    #[test]
    fn nested_singles_and_apostrophes() {
        assert_eq!(
            quoted("“He called it ‘a disgrace’ and the voters’ choice,” she said. Kim’s ‘technical’ talk."),
            ["He called it ‘a disgrace’ and the voters’ choice,", "technical"]
        );
    }

    #[test]
    fn a_quote_reopened_in_the_next_paragraph_continues() {
        let text =
            "“First part of it.\n\n“Second part,” he said.\n\n“Unclosed here.\n\nPlain text.";
        let doc = Doc::new(text);
        let s = stretches(&doc);
        assert_eq!(s.len(), 2);
        assert_eq!(doc.tokens[s[0].first].paragraph, 0);
        assert_eq!(doc.tokens[s[0].end - 1].paragraph, 1);
        assert_eq!(s[1].close, None);
        assert_eq!(doc.tokens[s[1].end - 1].paragraph, 2);
    }
}
