//! Reading the few attribute values detection cares about, without allocating: the
//! words of class and id names, schema.org type names, and inline styles that hide.

use crate::lexicon::page_kinds::{
    ClassGroup, SchemaGroup, CLASS_GROUPS, CLASS_WORDS, OG_TYPES, SCHEMA_TYPES,
};

// Class groups are bits of a `u16`.
const _: () = assert!(CLASS_GROUPS <= 16);

/// The longest class word worth looking up (the longest entry has 13 letters).
const MAX_WORD: usize = 16;

/// The class groups named by the words of a class or id value, as bits
/// (`1 << group as u16`).
pub fn class_groups(value: &str) -> u16 {
    let mut mask = 0u16;
    let mut word = [0u8; MAX_WORD];
    let mut len = 0usize;
    let mut prev_lower = false;
    for &b in value.as_bytes() {
        let hump = b.is_ascii_uppercase() && prev_lower;
        if !b.is_ascii_alphabetic() || hump {
            mask |= word_group(&word, len);
            len = 0;
        }
        if b.is_ascii_alphabetic() {
            if len < MAX_WORD {
                word[len] = b.to_ascii_lowercase();
            }
            len += 1;
        }
        prev_lower = b.is_ascii_lowercase();
    }
    mask | word_group(&word, len)
}

/// The bit of the group `word[..len]` names, or 0.
fn word_group(word: &[u8; MAX_WORD], len: usize) -> u16 {
    if !(2..=MAX_WORD).contains(&len) {
        return 0;
    }
    let word = &word[..len];
    let mut slot = fnv(word) as usize & (WORD_SLOTS - 1);
    loop {
        match WORD_TABLE[slot] {
            0 => return 0,
            i => {
                let (w, group) = CLASS_WORDS[usize::from(i) - 1];
                if w.as_bytes() == word {
                    return 1 << group as u16;
                }
            }
        }
        slot = (slot + 1) & (WORD_SLOTS - 1);
    }
}

/// Slots of the class-word hash table: a power of two, several times the number of
/// words, so that a word that is not in it (nearly every class word) ends at its first
/// probe. Class words are looked up for every element, and a binary search over the
/// table was the walk's largest cost.
const WORD_SLOTS: usize = 512;

/// Open-addressing hash table over [`CLASS_WORDS`]: each slot holds a word's index
/// plus one, or 0 when empty. Built at compile time.
const WORD_TABLE: [u8; WORD_SLOTS] = word_table();

const fn word_table() -> [u8; WORD_SLOTS] {
    assert!(CLASS_WORDS.len() < WORD_SLOTS / 2 && CLASS_WORDS.len() < 255);
    let mut table = [0u8; WORD_SLOTS];
    let mut i = 0;
    while i < CLASS_WORDS.len() {
        let mut slot = fnv(CLASS_WORDS[i].0.as_bytes()) as usize & (WORD_SLOTS - 1);
        while table[slot] != 0 {
            slot = (slot + 1) & (WORD_SLOTS - 1);
        }
        table[slot] = (i + 1) as u8;
        i += 1;
    }
    table
}

/// FNV-1a, usable at compile time.
const fn fnv(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// The group of a schema.org type, given as a name (`NewsArticle`) or a URL
/// (`https://schema.org/NewsArticle`).
pub fn schema_group(name: &str) -> Option<SchemaGroup> {
    let name = name.trim().trim_end_matches('/');
    let name = name.rsplit(['/', ':', '#']).next().unwrap_or(name);
    SCHEMA_TYPES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(name))
        .map(|(_, g)| *g)
}

/// The group of an `og:type` value.
pub fn og_group(value: &str) -> Option<SchemaGroup> {
    let value = value.trim();
    OG_TYPES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(value))
        .map(|(_, g)| *g)
}

/// Calls `found` with every `@type` name in a JSON-LD text, scanning the text instead
/// of parsing it: a page's JSON-LD can be tens of kilobytes, and only the types matter.
pub fn json_ld_types(text: &str, mut found: impl FnMut(&str)) {
    let mut rest = text;
    while let Some(at) = rest.find("\"@type\"") {
        rest = rest[at + 7..].trim_start();
        let Some(after_colon) = rest.strip_prefix(':') else {
            continue;
        };
        rest = after_colon.trim_start();
        if let Some(list) = rest.strip_prefix('[') {
            let end = list.find(']').unwrap_or(list.len());
            list[..end].split(',').for_each(|t| found(unquote(t)));
            rest = &list[end..];
        } else if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            found(&quoted[..end]);
            rest = &quoted[end..];
        }
    }
}

fn unquote(s: &str) -> &str {
    s.trim().trim_matches('"')
}

/// True when an element with the `hidden` attribute is a segment that React's
/// streamed server rendering sends hidden and its script moves into place at once
/// (`<div hidden id="S:0">`, swapped for `<template id="B:0">`): a reader with
/// scripts on sees it, so it is read. Its id is `S:` and a number.
pub fn streamed_segment(id: Option<&str>) -> bool {
    id.and_then(|id| id.strip_prefix("S:"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// True when an inline style hides the element (`display: none`, `visibility:
/// hidden`), spaces and case ignored.
pub fn style_hides(style: &str) -> bool {
    compact_contains(style, b"display:none") || compact_contains(style, b"visibility:hidden")
}

/// True when `haystack`, lowercased and with its whitespace removed, contains `needle`.
fn compact_contains(haystack: &str, needle: &[u8]) -> bool {
    let bytes = haystack.as_bytes();
    (0..bytes.len()).any(|start| {
        let mut matched = 0;
        for &b in &bytes[start..] {
            if b.is_ascii_whitespace() {
                continue;
            }
            if b.to_ascii_lowercase() != needle[matched] {
                return false;
            }
            matched += 1;
            if matched == needle.len() {
                return true;
            }
        }
        false
    })
}

/// Bit of a class group in the masks [`class_groups`] returns.
pub fn class_bit(group: ClassGroup) -> u16 {
    1 << group as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_word_is_found_in_the_table() {
        for (word, group) in CLASS_WORDS {
            assert!(word.len() <= MAX_WORD && word.bytes().all(|b| b.is_ascii_lowercase()));
            assert_eq!(class_groups(word), class_bit(*group), "{word}");
        }
        assert!(
            CLASS_WORDS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, unique"
        );
    }

    #[test]
    fn class_values_split_into_words() {
        let commerce = class_bit(ClassGroup::Commerce);
        assert_eq!(
            class_groups("product-card__price"),
            commerce | class_bit(ClassGroup::Teaser)
        );
        let button = class_bit(ClassGroup::Button);
        assert_eq!(class_groups("addToCart btn"), commerce | button);
        assert_eq!(
            class_groups("comment-respond"),
            class_bit(ClassGroup::Comments)
        );
        assert_eq!(class_groups("products2 x"), commerce);
        assert_eq!(class_groups("priceless menu-item"), 0);
    }

    #[test]
    fn schema_types_are_read_from_names_and_urls() {
        assert_eq!(
            schema_group("https://schema.org/Product"),
            Some(SchemaGroup::Product)
        );
        assert_eq!(schema_group("NewsArticle"), Some(SchemaGroup::Story));
        assert_eq!(schema_group("WebPage"), None);
    }

    #[test]
    fn json_ld_types_are_found_in_objects_and_lists() {
        let mut types = Vec::new();
        json_ld_types(
            r#"{"@context":"https://schema.org","@graph":[{"@type" : "WebPage"},
               {"@type":["NewsArticle","Article"],"author":{"@type":"Person"}}]}"#,
            |t| types.push(t.to_string()),
        );
        assert_eq!(types, ["WebPage", "NewsArticle", "Article", "Person"]);
    }

    #[test]
    fn hiding_styles() {
        assert!(style_hides("color: red; DISPLAY : none"));
        assert!(style_hides("visibility:hidden"));
        assert!(!style_hides("display: block"));
    }
}
