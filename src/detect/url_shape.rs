//! The shape of the page's address: how deep its path is, whether its last segment is
//! a headline turned into a slug, whether it carries a date or an id, and which
//! conventional words (`/docs/`, `/product/`, `/t/`) its segments are.
//!
//! Only the path is read: hosts name sites, and query strings carry tracking noise.

use crate::lexicon::page_kinds::{PathGroup, PATH_GROUPS, PATH_SEGMENTS};

/// What the URL's path says.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct UrlShape {
    /// True when the page has a URL at all.
    pub known: bool,
    /// Non-empty path segments.
    pub depth: u32,
    /// Words in the wordiest segment (`why-the-sky-is-blue` has five).
    pub slug_words: u32,
    /// A segment is a year (1990..2039) or the path holds a `YYYY-MM-DD` date.
    pub date: bool,
    /// A segment holds a run of five digits or more (an article or product id).
    pub long_number: bool,
    /// Which [`PathGroup`]s the segments name, by group index.
    pub groups: [bool; PATH_GROUPS],
}

/// Reads the shape of `url`'s path; an absent URL gives the empty shape.
pub fn shape(url: Option<&str>) -> UrlShape {
    let Some(url) = url else {
        return UrlShape::default();
    };
    let mut out = UrlShape {
        known: true,
        ..UrlShape::default()
    };
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("", |i| &after_scheme[i..])
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        out.depth += 1;
        read_segment(segment, &mut out);
    }
    out
}

fn read_segment(segment: &str, out: &mut UrlShape) {
    let stem = match segment.rsplit_once('.') {
        Some((stem, ext)) if (2..=5).contains(&ext.len()) => stem,
        _ => segment,
    };
    let words = stem
        .split(['-', '_', '+', ' '])
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count() as u32;
    out.slug_words = out.slug_words.max(words);
    out.long_number |= longest_digit_run(stem) >= 5;
    out.date |= is_year(stem) || holds_iso_date(stem);
    if let Some(group) = path_group(stem) {
        out.groups[group as usize] = true;
    }
}

fn path_group(stem: &str) -> Option<PathGroup> {
    PATH_SEGMENTS
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(stem))
        .map(|(_, g)| *g)
}

fn longest_digit_run(s: &str) -> usize {
    s.split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0)
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1990..2040).contains(&y))
}

/// `YYYY-MM-DD` anywhere in the segment (`2024-05-17-storm-hits-coast`).
fn holds_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(10).any(|w| {
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dated_slug() {
        let s = shape(Some(
            "https://news.example/2024/05/17/storm-hits-the-coast-overnight/?utm=x",
        ));
        assert!(s.known && s.date && !s.long_number);
        assert_eq!((s.depth, s.slug_words), (4, 5));
    }

    #[test]
    fn conventional_segments() {
        let s = shape(Some("https://forum.example/t/some-topic/68911"));
        assert!(s.groups[PathGroup::Discussion as usize] && s.long_number);
        let s = shape(Some("https://shop.example/products/blue-kettle.html"));
        assert!(s.groups[PathGroup::Product as usize] && s.slug_words == 2);
        assert_eq!(shape(Some("https://example.com")).depth, 0);
        // Blogs and newsletters keep their posts under `/post/`, `/posts/` and `/p/`.
        let s = shape(Some("https://blog.example/post/proofs-as-types"));
        assert!(s.groups[PathGroup::Story as usize]);
        let s = shape(Some("https://letter.example/p/why-we-moved"));
        assert!(!s.groups[PathGroup::Product as usize]);
        assert!(!shape(None).known);
    }
}
