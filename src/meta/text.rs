//! Small text helpers shared by the metadata readers: entity decoding, comparison of
//! short texts, and the site's names as the URL spells them.

use std::borrow::Cow;

use crate::lexicon::metadata::entity;
use crate::page::collapse_whitespace;
use crate::text::lower_char;

/// Decodes character references left in a value ("Traveler&#8217;s", "Maria &amp;
/// Katerina"): sites escape twice, so the parsed attribute still holds them. Two
/// rounds undo "&amp;#8230;". Unknown references are kept as written.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let once = decode_once(s);
    if once.contains('&') {
        Cow::Owned(decode_once(&once))
    } else {
        Cow::Owned(once)
    }
}

fn decode_once(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let decoded = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .and_then(|(end, _)| Some((reference(&after[..end])?, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of one reference's body (`amp`, `#8217`, `#x3a`).
fn reference(body: &str) -> Option<char> {
    let number = body.strip_prefix('#');
    match number {
        Some(n) => {
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())
        }
        None => entity(body),
    }
}

/// A metadata value made readable: references decoded, whitespace collapsed.
pub fn clean_value(s: &str) -> String {
    collapse_whitespace(&decode_entities(s))
}

/// Letters and digits only, lowercase: the form in which two short texts are compared.
pub fn normalized(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .map(lower_char)
        .collect()
}

/// Case- and punctuation-insensitive equality of two short texts.
pub fn same_words(a: &str, b: &str) -> bool {
    let (a, b) = (normalized(a), normalized(b));
    !a.is_empty() && a == b
}

/// The names a URL gives its site: the host without `www.` ("salon.com") and its
/// label before the public suffix ("salon"), both normalized. Empty without a URL.
pub fn host_names(url: Option<&str>) -> Vec<String> {
    let Some(host) = url.and_then(host) else {
        return Vec::new();
    };
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut names = vec![normalized(host)];
    let labels: Vec<&str> = host.split('.').collect();
    // The label before a one- or two-part public suffix: "salon" of salon.com,
    // "bbc" of bbc.co.uk. Short second-level labels (co, com, org, ac, gov) are part
    // of the suffix.
    let registrable = match labels.as_slice() {
        [.., name, second, top] if second.len() <= 3 && top.len() == 2 => {
            Some([*name, *second, *top].join("."))
        }
        [.., name, top] => Some([*name, *top].join(".")),
        _ => None,
    };
    if let Some(domain) = registrable {
        let label = domain.split('.').next().map(normalized).unwrap_or_default();
        names.push(normalized(&domain));
        if label.len() >= 3 {
            names.push(label);
        }
    }
    names.dedup();
    names
}

/// The host part of an absolute URL, lowercase characters as written.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    Some(&rest[..end]).filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_left_escaped_are_decoded() {
        assert_eq!(
            decode_entities("Budget Traveler&#8217;s Guide"),
            "Budget Traveler’s Guide"
        );
        assert_eq!(decode_entities("Maria &amp; Katerina"), "Maria & Katerina");
        assert_eq!(
            decode_entities("And finally&amp;#8230; trouble"),
            "And finally… trouble"
        );
        assert_eq!(
            decode_entities("Code Kata&#x3a; Formatting"),
            "Code Kata: Formatting"
        );
        assert_eq!(
            decode_entities("AT&T & co &bogus; &"),
            "AT&T & co &bogus; &"
        );
    }

    #[test]
    fn host_names_drop_www_and_the_suffix() {
        assert_eq!(
            host_names(Some("https://www.salon.com/2015/x")),
            vec!["saloncom".to_string(), "salon".to_string()]
        );
        assert_eq!(
            host_names(Some("http://news.bbc.co.uk/a")),
            vec!["newsbbccouk", "bbccouk", "bbc"]
        );
        assert!(host_names(None).is_empty());
    }
}
