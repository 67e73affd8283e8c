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
/// (`1 << group as u16`). Words are runs of ASCII letters, split at every other byte
/// and before a capital that follows a small letter (`addToCart`). This reads every
/// class and id of a page, so each byte costs two compares: a word is looked up, as
/// a slice of `value`, only when it ends.
pub fn class_groups(value: &str) -> u16 {
    let bytes = value.as_bytes();
    let mut mask = 0u16;
    let mut start = 0;
    let mut prev_lower = false;
    for (i, &b) in bytes.iter().enumerate() {
        let lower = b.is_ascii_lowercase();
        if !lower {
            if b.is_ascii_uppercase() {
                if prev_lower {
                    mask |= word_group(&bytes[start..i]);
                    start = i;
                }
            } else {
                mask |= word_group(&bytes[start..i]);
                start = i + 1;
            }
        }
        prev_lower = lower;
    }
    mask | word_group(&bytes[start..])
}

/// The class groups of class and id values of eight bytes or more read before, by a
/// hash of their length and ends: cards, tiles, posts and list items repeat one class value many
/// times on a page, and comparing a value with the one seen before in its slot costs
/// less than splitting it into words again.
pub struct ClassMemo<'a> {
    slots: [(&'a str, u16); MEMO_SLOTS],
}

/// Slots of [`ClassMemo`]: a power of two.
const MEMO_SLOTS: usize = 64;

impl Default for ClassMemo<'_> {
    fn default() -> Self {
        ClassMemo {
            slots: [("", 0); MEMO_SLOTS],
        }
    }
}

impl<'a> ClassMemo<'a> {
    /// [`class_groups`] of `value`, remembered.
    pub fn class_groups(&mut self, value: &'a str) -> u16 {
        let bytes = value.as_bytes();
        let (Some(head), Some(tail)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) else {
            return class_groups(value);
        };
        let key = u64::from_le_bytes(*head) ^ u64::from_le_bytes(*tail).rotate_left(29);
        let key = (key ^ bytes.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = &mut self.slots[(key >> 58) as usize & (MEMO_SLOTS - 1)];
        if slot.0 != value {
            *slot = (value, class_groups(value));
        }
        slot.1
    }
}

/// The bit of the group `word` (ASCII letters, any case) names, or 0.
fn word_group(word: &[u8]) -> u16 {
    if !(2..=MAX_WORD).contains(&word.len()) {
        return 0;
    }
    let mut slot = word_slot(word);
    loop {
        match WORD_TABLE[slot] {
            0 => return 0,
            i => {
                let (w, group) = CLASS_WORDS[usize::from(i) - 1];
                if w.as_bytes().eq_ignore_ascii_case(word) {
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
        let mut slot = word_slot(CLASS_WORDS[i].0.as_bytes());
        while table[slot] != 0 {
            slot = (slot + 1) & (WORD_SLOTS - 1);
        }
        table[slot] = (i + 1) as u8;
        i += 1;
    }
    table
}

/// The first slot of a word of two letters or more, in any case: a hash of its
/// length and its first, second and last letters (lowercased), which tells the
/// table's words apart without reading every letter.
const fn word_slot(word: &[u8]) -> usize {
    let len = word.len();
    let key = (len as u32) << 24
        | ((word[0] | 0x20) as u32) << 16
        | ((word[1] | 0x20) as u32) << 8
        | (word[len - 1] | 0x20) as u32;
    (key.wrapping_mul(0x9E37_79B1) >> 23) as usize & (WORD_SLOTS - 1)
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
/// hidden`), spaces and case ignored. Only the colons are sought (a fast search), and
/// the words on either side of each compared.
pub fn style_hides(style: &str) -> bool {
    let bytes = style.as_bytes();
    style.match_indices(':').any(|(colon, _)| {
        let (before, after) = (&bytes[..colon], &bytes[colon + 1..]);
        (compact_ends_with(before, b"display") && compact_starts_with(after, b"none"))
            || (compact_ends_with(before, b"visibility") && compact_starts_with(after, b"hidden"))
    })
}

/// True when `haystack`, lowercased and with its whitespace removed, starts with
/// `needle`.
fn compact_starts_with(haystack: &[u8], needle: &[u8]) -> bool {
    let mut rest = haystack
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase);
    needle.iter().all(|&n| rest.next() == Some(n))
}

/// True when `haystack`, lowercased and with its whitespace removed, ends with
/// `needle`.
fn compact_ends_with(haystack: &[u8], needle: &[u8]) -> bool {
    let mut rest = haystack
        .iter()
        .rev()
        .filter(|b| !b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase);
    needle.iter().rev().all(|&n| rest.next() == Some(n))
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
        assert!(style_hides("dis play:NONE !important"));
        assert!(style_hides("color:red;visibility : hidden;"));
        assert!(!style_hides("display:block; none: x; visibility: visible"));
        assert!(!style_hides("background:url(data:image/png;base64,AAAA)"));
    }

    #[test]
    fn remembered_class_values_keep_their_groups() {
        let values = [
            "product-card product-card--wide",
            "comment-body js-comment",
            "a",
            "product-card product-card--wide",
            "site-header__navigation",
            "comment-body js-comment",
            "btn",
        ];
        let mut memo = ClassMemo::default();
        for value in values.iter().cycle().take(40) {
            assert_eq!(memo.class_groups(value), class_groups(value), "{value}");
        }
    }
}
