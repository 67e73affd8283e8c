//! What the whole text says about its words, read once before any run of capitalised
//! words is classified: the words it writes in lowercase, the acronyms it defines as
//! terms, its headline paragraphs and the entries of a reference list.

use crate::hash::{HashSet, HashSetExt};

use super::is_link;
use crate::lexicon::organisations;
use crate::text::words::{is_all_caps, is_capitalised};
use crate::text::{Doc, ToLower, TokenKind};

/// Every word the text writes in lowercase somewhere (folded), to spot common words
/// that open sentences and words in capitals that are no acronym ("JOIN", "BEST"). A
/// part of an address is no such use: "nist.gov", "cdc.gov/niosh", "@veja".
pub(super) fn lowercase_words(doc: &Doc) -> HashSet<String> {
    (0..doc.tokens.len())
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word && !in_address(doc, i))
        .map(|i| doc.word(i))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(ToLower::to_lower)
        .collect()
}

/// True when word `i` is glued to the punctuation of an address: after a `/`, `@`,
/// `.` or `]`, or before a `/`, `@`, `[`, or a `.` glued to another word.
fn in_address(doc: &Doc, i: usize) -> bool {
    let glued = |k: usize| k < doc.tokens.len() && !doc.tokens[k].space_before;
    let after = glued(i) && i > 0 && matches!(doc.word(i - 1), "/" | "@" | "." | "]");
    let before = glued(i + 1)
        && match doc.word(i + 1) {
            "/" | "@" | "[" => true,
            "." => glued(i + 2) && doc.tokens[i + 2].kind == TokenKind::Word,
            _ => false,
        };
    after || before
}

/// Acronyms the text defines as terms, not names: "(SD)" after "standard deviation",
/// "(GDP)" after "gross domestic product", "(GIS)" after "geographic information
/// system", or a glossary line "GLM: general linear model". The words spell the
/// acronym by their initials (connectors may be skipped, a hyphenated word gives one
/// letter a part), and at least one is written in lowercase: a name in title case,
/// "Coordinadora Arauco-Malleco (CAM)" or "National Security Council (NSC)", may be
/// an organisation's, so its acronym stays a name.
pub(super) fn defined_terms(doc: &Doc) -> HashSet<String> {
    let mut out = HashSet::new();
    for i in 0..doc.tokens.len() {
        let acronym = doc.word(i);
        if !is_all_caps(acronym) {
            continue;
        }
        let letters: Vec<char> = acronym
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(crate::text::lower_char)
            .collect();
        if !(2..=6).contains(&letters.len()) {
            continue;
        }
        let bracketed = i > 0
            && matches!(doc.word(i - 1), "(" | "[")
            && matches!(doc.word_at(i + 1), ")" | "]");
        let glossary =
            doc.word_at(i + 1) == ":" && doc.paragraph_tokens.iter().any(|&(first, _)| first == i);
        if bracketed && spells(doc, (0..i - 1).rev(), &letters, true)
            || glossary && spells(doc, i + 2..doc.tokens.len(), &letters, false)
        {
            out.insert(acronym.to_string());
        }
    }
    out
}

/// True when the words of `tokens`, read in the order given (backwards when
/// `backwards`, with `letters` reversed too), spell `letters` by their initials
/// (hyphenated parts and connectors as `defined_terms` says), one of them is written
/// in lowercase, and none is an organisation's head word.
fn spells(
    doc: &Doc,
    tokens: impl Iterator<Item = usize>,
    letters: &[char],
    backwards: bool,
) -> bool {
    let mut wanted: Vec<char> = letters.to_vec();
    if !backwards {
        wanted.reverse();
    }
    // `wanted` is popped from its end: the next letter to match.
    let mut lowercase = false;
    for i in tokens.take(12) {
        if wanted.is_empty() {
            break;
        }
        let word = doc.word(i);
        if doc.tokens[i].kind != TokenKind::Word || organisations::is_head_word(word) {
            return false;
        }
        if is_link(&word.to_lower()) {
            continue;
        }
        lowercase |= word.chars().next().is_some_and(char::is_lowercase);
        let mut parts: Vec<&str> = word.split('-').collect();
        if backwards {
            parts.reverse();
        }
        for part in parts {
            let initial = part.chars().next().map(crate::text::lower_char);
            if initial.is_none() || initial != wanted.pop() {
                return false;
            }
        }
    }
    lowercase && wanted.is_empty()
}

/// Paragraphs written in title case (headlines, including PolNeAR's title line): at
/// least four words, seven in ten of them capitalised. German sentences, with their
/// capitalised nouns, stay below that; English title case is above it.
pub(super) fn headline_paragraphs(doc: &Doc) -> Vec<bool> {
    doc.paragraph_tokens
        .iter()
        .map(|&(first, end)| {
            let words: Vec<&str> = (first..end)
                .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
                .map(|i| doc.word(i))
                .collect();
            let capitalised = words.iter().filter(|w| is_capitalised(w)).count();
            // A name, a comma and a role, ending in a colon, introduces who speaks next
            // ("Richard Hayden, Senior Director of Horticulture at the High Line:"): no
            // headline.
            let introduces =
                end > first && doc.word(end - 1) == ":" && (first..end).any(|i| doc.word(i) == ",");
            words.len() >= 4 && capitalised * 10 >= words.len() * 7 && !introduces
        })
        .collect()
}

/// Paragraphs that are entries of a reference list ("Liu CH, Stevens C, Wong SHM. The
/// prevalence of… Depress Anxiety 2019;36(1):8-17."): they open with an author written
/// as a surname and initials and give a year. Their authors and journals are not the
/// story's actors.
pub(super) fn reference_paragraphs(doc: &Doc) -> Vec<bool> {
    let is = |i: usize, kind: TokenKind| doc.tokens.get(i).is_some_and(|t| t.kind == kind);
    let initials = |i: usize| {
        is(i, TokenKind::Word) && {
            // The text layer keeps an initial's full stop in its token ("J.").
            let w = doc.word(i);
            let letters = w.strip_suffix('.').unwrap_or(w);
            (1..=3).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase())
        }
    };
    doc.paragraph_tokens
        .iter()
        .map(|&(first, end)| {
            // "Liu CH," / "Pero J." (Vancouver) or "Smith, J." (APA).
            let surname = is(first, TokenKind::Word)
                && is_capitalised(doc.word(first))
                && doc.word(first).chars().skip(1).any(char::is_lowercase);
            let closed = |i: usize| {
                initials(i)
                    && (doc.word(i).ends_with('.') || matches!(doc.word_at(i + 1), "," | "."))
            };
            let vancouver = closed(first + 1);
            let apa = doc.word_at(first + 1) == "," && closed(first + 2);
            surname && (vancouver || apa) && (first..end).any(|i| locator_at(doc, i))
        })
        .collect()
}

/// A mark of a bibliographic entry at token `i`: a volume and issue ("36(1)"), a
/// year and volume ("2019;36"), "et al", a DOI, or a web address's label and date of
/// access ("URL:", "accessed", "Retrieved").
fn locator_at(doc: &Doc, i: usize) -> bool {
    let number = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
    };
    match doc.word(i) {
        "(" => i > 0 && number(i - 1) && number(i + 1) && doc.word_at(i + 2) == ")",
        ";" => i > 0 && number(i - 1) && number(i + 1),
        "et" => matches!(doc.word_at(i + 1), "al" | "al."),
        w => matches!(w, "doi" | "DOI" | "URL" | "accessed" | "Retrieved"),
    }
}
