//! Roles: what the text says a person is, from a title inside the name's run
//! ("Russian Defense Minister Sergei Shoigu"), a description right before the name
//! ("Kremlin spokesman Dmitry Peskov"), or an apposition before or after it ("the
//! spokesperson for the National Security Council, Adrienne Watson"; "Andrei Lankov, a
//! North Korea expert at Kookmin University").

use super::candidates::{name_text, Candidate};
use crate::lexicon::{function_words, speech, titles};
use crate::text::words::strip_possessive;
use crate::text::ToLower;
use crate::text::{Doc, TokenKind};

/// Words that may sit inside a descriptive noun phrase between its determiner and its
/// end ("spokesperson *for the* Council", "expert *at* Kookmin University").
const NP_INSIDE: &[&str] = &[
    "of", "for", "at", "to", "in", "on", "from", "with", "and", "the", "a", "an", "de", "du",
    "des", "la", "le", "les", "der", "die", "das", "von", "für", "el", "los", "las", "del", "en",
    "&",
];

/// The longest role description kept, in words: beyond it an apposition is a clause.
const MAX_ROLE_WORDS: usize = 24;

/// The role the text gives the person named by candidate `c`, if any. A relation to
/// someone the role does not name ("watched by his father, Hori Parata") is none.
pub fn role(doc: &Doc, c: &Candidate) -> Option<String> {
    stated_role(doc, c).filter(|role| !relation_only(role))
}

/// True when a role's role nouns are all relations and it names no one they relate
/// to: "father", "longtime friend", but not "Obama's wife" or "friend of Vladimir
/// Putin".
fn relation_only(role: &str) -> bool {
    let words: Vec<&str> = role.split(' ').collect();
    let mut relation = false;
    for w in &words {
        if crate::text::words::is_capitalised(w) || w.ends_with("'s") || w.ends_with("’s") {
            return false;
        }
        if titles::is_relation(w) {
            relation = true;
        } else if titles::is_role_noun(w) {
            return false;
        }
    }
    relation
}

/// What the text says the person named by candidate `c` is, relations included: also
/// evidence that a run of capitalised words names a person ("his father, Hori
/// Parata").
pub fn stated_role(doc: &Doc, c: &Candidate) -> Option<String> {
    if let Some((a, b)) = c.title {
        let a = extend_title_left(doc, a);
        return Some(name_text(doc, a, b));
    }
    if modifies_next(doc, c.end) {
        // "a veteran Clinton adviser": the name qualifies the noun after it; the words
        // around are that noun's, not the name's.
        return None;
    }
    description_before(doc, c.first)
        .or_else(|| apposition_before(doc, c.first))
        .or_else(|| apposition_after(doc, c.end))
}

/// True when the word after a name is a lowercase role noun ("Clinton *adviser*").
fn modifies_next(doc: &Doc, end: usize) -> bool {
    end < doc.tokens.len()
        && doc.tokens[end].sentence == doc.tokens[end - 1].sentence
        && is_word(doc, end)
        && doc
            .word_at(end)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && titles::is_role_noun(doc.word_at(end))
}

/// A role noun at token `i`, unless capitalised inside a longer name ("Cabo *Mayor*").
fn role_noun_at(doc: &Doc, i: usize) -> bool {
    let w = doc.word_at(i);
    let in_name = crate::text::words::is_capitalised(w)
        && i > 0
        && same_sentence(doc, i - 1, i)
        && is_word(doc, i - 1)
        && crate::text::words::is_capitalised(doc.word_at(i - 1));
    titles::is_role_noun(w) && !in_name
}

fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
}

fn same_sentence(doc: &Doc, a: usize, b: usize) -> bool {
    doc.tokens[a].sentence == doc.tokens[b].sentence
}

/// Lowercase modifiers before a title: "*former* President Bill Clinton".
fn extend_title_left(doc: &Doc, mut a: usize) -> usize {
    while a > 0
        && same_sentence(doc, a - 1, a)
        && is_word(doc, a - 1)
        && titles::is_office_word(doc.word_at(a - 1))
        && doc
            .word_at(a - 1)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    {
        a -= 1;
    }
    a
}

/// "Kremlin spokesman Dmitry Peskov", "White House national security spokesman John
/// Kirby": words right before the name ending in a role noun.
fn description_before(doc: &Doc, first: usize) -> Option<String> {
    if first == 0 || !same_sentence(doc, first - 1, first) || !is_word(doc, first - 1) {
        return None;
    }
    if !titles::is_role_noun(doc.word_at(first - 1)) {
        return None;
    }
    let mut a = first - 1;
    while a > 0 && first - a < 7 && same_sentence(doc, a - 1, a) && is_word(doc, a - 1) {
        let w = doc.word_at(a - 1);
        let stem = strip_possessive(w).0;
        if function_words::is_function_word(stem)
            || function_words::is_determiner(stem)
            || speech::cue(w).is_some()
            || function_words::is_calendar(stem)
        {
            break;
        }
        a -= 1;
    }
    Some(name_text(doc, a, first))
}

/// "the spokesperson for the United States National Security Council, Adrienne
/// Watson": a noun phrase holding a role noun, then a comma, then the name.
fn apposition_before(doc: &Doc, first: usize) -> Option<String> {
    if first < 2 || doc.word_at(first - 1) != "," || !same_sentence(doc, first - 2, first) {
        return None;
    }
    let end = first - 1;
    let mut a = end;
    let mut has_role = false;
    while a > 0 && end - a < MAX_ROLE_WORDS && same_sentence(doc, a - 1, end) {
        let i = a - 1;
        if !is_word(doc, i) {
            break;
        }
        let w = doc.word_at(i);
        let lower = w.to_lower();
        if function_words::is_determiner(w) && has_role {
            break;
        }
        if speech::cue(w).is_some()
            || function_words::is_function_word(w) && !NP_INSIDE.contains(&lower.as_str())
        {
            break;
        }
        has_role |= role_noun_at(doc, i);
        a = i;
    }
    while a < end && function_words::is_determiner(doc.word_at(a)) {
        a += 1;
    }
    let start = (a..end).find(|&i| !NP_INSIDE.contains(&doc.word_at(i).to_lower().as_str()))?;
    let role_at = (start..end).position(|i| role_noun_at(doc, i))?;
    (role_at < 6).then(|| name_text(doc, start, end))
}

/// "Andrei Lankov, a North Korea expert at Kookmin University in Seoul, ...": after the
/// name, a comma and a noun phrase whose head (within its first words) is a role noun.
fn apposition_after(doc: &Doc, end: usize) -> Option<String> {
    let mut i = end;
    while i < doc.tokens.len() && doc.word_at(i) == "." {
        i += 1;
    }
    if i >= doc.tokens.len()
        || doc.word_at(i) != ","
        || doc.tokens[i].paragraph != doc.tokens[end.saturating_sub(1)].paragraph
    {
        return None;
    }
    let mut a = i + 1;
    while a < doc.tokens.len() && function_words::is_determiner(doc.word_at(a)) {
        a += 1;
    }
    let mut b = a;
    let mut role_at = None;
    while b < doc.tokens.len() && b - a < MAX_ROLE_WORDS && is_word(doc, b) {
        let w = doc.word_at(b);
        let lower = w.to_lower();
        if matches!(
            lower.as_str(),
            "who" | "which" | "whose" | "qui" | "que" | "quien"
        ) || speech::cue(w).is_some()
        {
            break;
        }
        if role_at.is_none() {
            // A capitalised role noun inside a longer name is no role ("vuelta en Cabo
            // *Mayor*").
            let in_name = crate::text::words::is_capitalised(w)
                && b > a
                && crate::text::words::is_capitalised(doc.word_at(b - 1));
            // Before its head, a description holds modifiers, not function words: in
            // "Parata, watched by his father, …" the words after the comma are a clause.
            let clause_word = NP_INSIDE.contains(&lower.as_str())
                || function_words::is_function_word(w) && !function_words::is_determiner(w);
            if titles::is_role_noun(w) && !in_name {
                role_at = Some(b - a);
            } else if clause_word && lower != "and" || b - a >= 5 {
                return None;
            }
        }
        b += 1;
    }
    if b < doc.tokens.len() && b - a >= MAX_ROLE_WORDS {
        return None;
    }
    role_at?;
    // "Donald Trump, former New York Mayor Rudy Giuliani and …" is a list, not a role:
    // the role noun titles another name. ("a spokesman for House Speaker Paul Ryan" is
    // a role.)
    let role_noun = a + role_at.unwrap_or(0);
    let names_someone = doc.tokens.get(role_noun + 1).is_some()
        && crate::lexicon::names::given_name(doc.word_at(role_noun + 1)).is_some();
    (b > a && !names_someone).then(|| name_text(doc, a, b))
}
