//! Resolving the relative URLs a page contains against the page's own URL.
//!
//! Only what article markup needs: absolute, scheme-relative, root-relative and
//! path-relative references, with `.` and `..` segments. Anything that is not http(s)
//! is returned as it is, for the sanitiser to judge.

/// Resolves `reference` against `base`; without a usable base, returns `reference`.
pub fn resolve(base: Option<&str>, reference: &str) -> String {
    // Browsers drop tabs and newlines anywhere in a URL ("java\tscript:" is
    // "javascript:"), so Lede reads URLs the same way before judging their scheme.
    let cleaned: String = reference
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let reference = cleaned.trim();
    if has_scheme(reference) {
        return reference.to_string();
    }
    let Some((scheme, rest)) = base.and_then(|b| b.split_once("://")) else {
        return reference.to_string();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let path = rest[authority_end..]
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    if let Some(r) = reference.strip_prefix("//") {
        return format!("{scheme}://{r}");
    }
    if reference.is_empty() || reference.starts_with('#') || reference.starts_with('?') {
        let base_no_fragment = base
            .unwrap_or_default()
            .split('#')
            .next()
            .unwrap_or_default();
        return format!("{base_no_fragment}{reference}");
    }
    let joined = if reference.starts_with('/') {
        reference.to_string()
    } else {
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        let dir = if dir.is_empty() { "/" } else { dir };
        format!("{dir}{reference}")
    };
    format!("{scheme}://{authority}{}", remove_dot_segments(&joined))
}

/// True when `s` starts with a URL scheme (`https:`, `data:`, `javascript:`).
pub fn has_scheme(s: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s[..colon];
    !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn remove_dot_segments(path: &str) -> String {
    let (path, suffix) = match path.find(['?', '#']) {
        Some(i) => path.split_at(i),
        None => (path, ""),
    };
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let mut joined = out.join("/");
    if !joined.starts_with('/') {
        joined.insert(0, '/');
    }
    joined + suffix
}

#[cfg(test)]
mod tests {
    use super::resolve;

    const BASE: &str = "https://news.example/world/europe/story.html?x=1#top";

    #[test]
    fn resolves_the_reference_forms_article_markup_uses() {
        assert_eq!(
            resolve(Some(BASE), "/img/a.jpg"),
            "https://news.example/img/a.jpg"
        );
        assert_eq!(
            resolve(Some(BASE), "b.jpg"),
            "https://news.example/world/europe/b.jpg"
        );
        assert_eq!(
            resolve(Some(BASE), "../b.jpg"),
            "https://news.example/world/b.jpg"
        );
        assert_eq!(
            resolve(Some(BASE), "//cdn.example/c.png"),
            "https://cdn.example/c.png"
        );
        assert_eq!(
            resolve(Some(BASE), "http://other.example/"),
            "http://other.example/"
        );
        assert_eq!(resolve(None, "/img/a.jpg"), "/img/a.jpg");
        assert_eq!(
            resolve(Some("https://h.example"), "a.png"),
            "https://h.example/a.png"
        );
    }
}
