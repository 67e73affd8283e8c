//! Word lists as data, one place per concern.
//!
//! Stages read these tables; they never spell out vocabulary inline. Each list says
//! where its entries came from.

pub mod abbreviations;
pub mod boilerplate;
pub mod function_words;
pub mod metadata;
pub mod names;
pub mod organisations;
pub mod page_kinds;
pub mod places;
pub mod speech;
pub mod titles;

/// The words of a list written as one string, separated by spaces or newlines. One
/// string per list keeps the wasm build free of a pointer and a length per word.
pub(crate) fn word_set(words: &'static str) -> std::collections::HashSet<&'static str> {
    words.split_whitespace().collect()
}
