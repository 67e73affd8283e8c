//! The reader HTML holds only allowlisted tags, attributes and URLs, whatever the page
//! tries: every vector of `tests/xss/vectors.json` embedded in an article.

/// The tags the reader view may hold: the tests' own list, `tests/xss/reader-tags.txt`.
fn allowed_tag(name: &str) -> bool {
    include_str!("xss/reader-tags.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|t| t == name)
}

fn vectors() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/xss/vectors.json");
    let text = std::fs::read_to_string(path).expect("vectors.json is readable");
    serde_json::from_str(&text).expect("vectors.json is a list of strings")
}

/// An article whose paragraphs carry the vectors, each with its own hit URL.
fn article(vectors: &[String]) -> String {
    let mut html = String::from(
        "<!doctype html><html lang=en><head><title>Council keeps the library open</title></head>\
         <body><nav class=menu><a href=/>Home</a></nav><article><h1>Council keeps the library open</h1>",
    );
    for (i, v) in vectors.iter().enumerate() {
        let v = v.replace("{HIT}", &format!("https://hits.example/{i}"));
        html.push_str(&format!(
            "<p>Paragraph {i} of the story goes on about the council, the vote and the \
             library, with enough words to read as prose. {v} And it ends here.</p>"
        ));
    }
    html.push_str("</article><footer class=site-footer>Paper</footer></body></html>");
    html
}

/// Every problem with one tag of our serialiser's output (`<name attr="value" ...>`).
fn check_tag(tag: &str, problems: &mut Vec<String>) {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if !allowed_tag(&name) {
        problems.push(format!("tag {name:?} in {tag}"));
    }
    let mut rest = &inner[name.len()..];
    while let Some(eq) = rest.find("=\"") {
        let attr = rest[..eq].trim();
        let value_end = rest[eq + 2..].find('"').map_or(rest.len(), |e| eq + 2 + e);
        let value = &rest[eq + 2..value_end];
        let lower = value.to_ascii_lowercase();
        let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.contains("script:") {
            problems.push(format!("script URL {value:?} in {tag}"));
        }
        let ok = match attr {
            "href" => {
                lower.starts_with("https://")
                    || lower.starts_with("http://")
                    || lower.starts_with("mailto:")
            }
            "src" => lower.starts_with("https://") || lower.starts_with("http://"),
            "alt" | "datetime" => true,
            _ => false,
        };
        if !ok {
            problems.push(format!("attribute {attr}={value:?} in {tag}"));
        }
        rest = &rest[(value_end + 1).min(rest.len())..];
    }
    if !rest.trim().is_empty() {
        problems.push(format!("unparsed attribute text {rest:?} in {tag}"));
    }
}

#[test]
fn reader_html_holds_only_allowlisted_markup() {
    let vectors = vectors();
    assert!(
        vectors.len() >= 100,
        "the corpus should hold at least 100 vectors"
    );
    let html = article(&vectors);
    let analysis = lede::analyze_html(
        html.as_bytes(),
        Some("https://news.example/story.html"),
        &lede::Options::default(),
    );
    assert!(
        analysis.text.contains("Paragraph 0 of the story"),
        "the story was found"
    );
    let mut problems = Vec::new();
    let out = &analysis.html;
    let mut at = 0;
    while let Some(start) = out[at..].find('<') {
        let start = at + start;
        let end = out[start..].find('>').map_or(out.len(), |e| start + e + 1);
        check_tag(&out[start..end], &mut problems);
        at = end;
    }
    assert!(
        problems.is_empty(),
        "{} problems, first: {:#?}",
        problems.len(),
        &problems[..problems.len().min(10)]
    );
    // The vectors' text may stay, escaped, as text; what must not stay is markup.
    assert!(!out.contains("<script"), "a script element survived");
}

#[test]
fn the_checker_itself_catches_bad_markup() {
    for bad in [
        "<script>",
        "<img src=\"javascript:alert(1)\">",
        "<a href=\"https://x.example/\" onclick=\"alert(1)\">",
        "<iframe src=\"https://x.example/\">",
        "<a href=\"data:text/html,x\">",
    ] {
        let mut problems = Vec::new();
        check_tag(bad, &mut problems);
        assert!(!problems.is_empty(), "{bad} should be flagged");
    }
    let mut problems = Vec::new();
    check_tag("<a href=\"https://x.example/\">", &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
}
