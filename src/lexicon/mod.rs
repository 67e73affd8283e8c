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
pub(crate) fn word_set(words: &'static str) -> crate::hash::HashSet<&'static str> {
    words.split_whitespace().collect()
}

/// A word list ([`word_set`]) read into a set the first time it is asked, for a
/// `static`: `static GROUPS: WordSet = WordSet::new(GROUP_WORDS);`.
pub(crate) struct WordSet {
    words: &'static str,
    set: std::sync::OnceLock<crate::hash::HashSet<&'static str>>,
}

impl WordSet {
    /// The set of `words`, not read yet.
    pub(crate) const fn new(words: &'static str) -> WordSet {
        WordSet {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    /// True when `word` (exactly as written) is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| word_set(self.words)).contains(word)
    }
}

/// A table of fragments ("sidebar", "breadcrumb", …) indexed by their first byte, to
/// find which of them occur in a class or id value in one pass over it. Testing each
/// fragment with `str::contains` instead prepares a general search per fragment and
/// reads the value once per fragment, which for a table of sixty, on every element of
/// a page, is a tenth of the analysis in WebAssembly.
pub struct FragmentIndex {
    fragments: Vec<&'static str>,
    /// The table positions of the fragments starting with byte `b` are
    /// `order[start[b]..start[b + 1]]`, in table order.
    start: Vec<u16>,
    order: Vec<u16>,
    /// The first empty fragment, which occurs in every value.
    empty: Option<usize>,
}

impl FragmentIndex {
    /// Indexes `fragments`, whose positions in that order are what [`Self::matches_in`] returns.
    pub fn new(fragments: impl IntoIterator<Item = &'static str>) -> FragmentIndex {
        let fragments: Vec<&'static str> = fragments.into_iter().collect();
        let mut start = vec![0u16; 257];
        for f in &fragments {
            if let Some(&b) = f.as_bytes().first() {
                start[b as usize + 1] += 1;
            }
        }
        for b in 0..256 {
            start[b + 1] += start[b];
        }
        let mut next = start.clone();
        let mut order = vec![0u16; start[256] as usize];
        for (k, f) in fragments.iter().enumerate() {
            if let Some(&b) = f.as_bytes().first() {
                order[next[b as usize] as usize] = k as u16;
                next[b as usize] += 1;
            }
        }
        let empty = fragments.iter().position(|f| f.is_empty());
        FragmentIndex {
            fragments,
            start,
            order,
            empty,
        }
    }

    /// The table positions of the fragments that occur in `haystack`, in table order.
    pub fn matches_in(&self, haystack: &str) -> Vec<usize> {
        let hay = haystack.as_bytes();
        let mut found: Vec<usize> = self.empty.into_iter().collect();
        for (i, &b) in hay.iter().enumerate() {
            let bucket =
                &self.order[self.start[b as usize] as usize..self.start[b as usize + 1] as usize];
            for &k in bucket {
                let k = k as usize;
                if hay[i..].starts_with(self.fragments[k].as_bytes()) && !found.contains(&k) {
                    found.push(k);
                }
            }
        }
        crate::order::by_key(&mut found, |&k| (k as u64, 0));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::boilerplate::{CLASS_FRAGMENTS, CONTENT_FRAGMENTS};
    use super::FragmentIndex;

    fn naive(fragments: &[&str], haystack: &str) -> Vec<usize> {
        (0..fragments.len())
            .filter(|&k| haystack.contains(fragments[k]))
            .collect()
    }

    #[test]
    fn finds_the_fragments_a_value_holds_in_table_order() {
        let values = [
            "",
            "a",
            "c-layout-sidebar-left",
            "share-bar social",
            "related-posts newsletter-signup",
            "article-body entry-content",
            "ééside-cookie",
            "post",
        ];
        let small = ["side", "", "ar", "sidebar-left", "é", "x"];
        let class_fragments: Vec<&str> = CLASS_FRAGMENTS.iter().map(|(f, _)| *f).collect();
        for table in [
            &small[..],
            &small[2..],
            &class_fragments[..],
            CONTENT_FRAGMENTS,
        ] {
            let index = FragmentIndex::new(table.iter().copied());
            for v in values {
                assert_eq!(index.matches_in(v), naive(table, v), "{v:?} in {table:?}");
            }
        }
    }
}
