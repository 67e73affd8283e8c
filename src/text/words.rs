//! Shapes of single words: capitals, possessives, initials, acronyms.

use crate::lexicon::names::ARTICLE_PREFIXES;

/// True when the word starts with a capital letter, after an Arabic article prefix
/// (`al-Assad`) if it has one.
pub fn is_capitalised(word: &str) -> bool {
    let rest = ARTICLE_PREFIXES
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// The word without a possessive ending (`Kim’s` → `Kim`, `Sanders’` stays: its
/// apostrophe is a token of its own), and whether it had one.
pub fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (word, false)
}

/// True for all-capital words of two letters or more (`NATO`, `KCNA`, `U.S.`).
pub fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// True for initials: `W.`, `H.R.`, `J.K.`.
pub fn is_initial(word: &str) -> bool {
    word.ends_with('.')
        && word
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// True for a lowercase word ending in `-ly` (an English manner adverb: `simply`).
pub fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.chars().all(|c| c.is_lowercase())
}

/// The part of a hyphenated word after its first hyphen is all lowercase (`US-led`).
pub fn has_lowercase_tail(word: &str) -> bool {
    match word.split_once('-') {
        Some((_, tail)) => tail.chars().next().is_some_and(char::is_lowercase),
        None => false,
    }
}

/// Levenshtein distance between two short strings, counted in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(is_capitalised("al-Assad") && is_capitalised("Élysée") && !is_capitalised("de"));
        assert_eq!(strip_possessive("Kim’s"), ("Kim", true));
        assert!(is_all_caps("U.S.") && is_all_caps("NATO") && !is_all_caps("I"));
        assert!(is_initial("W.") && is_initial("H.R.") && !is_initial("Dr."));
        assert_eq!(edit_distance("Jon-Un", "Jong-Un"), 1);
        assert!(has_lowercase_tail("US-led") && !has_lowercase_tail("Jong-Un"));
    }
}
