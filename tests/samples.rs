//! The bundled sample pages (www/samples/), each written in another site layout and
//! language than the seed, against the expectations beside it (`NAME.expected.json`).

mod common;

use std::path::{Path, PathBuf};

use common::Expected;

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples")
}

/// Analyses one sample and returns its failures.
fn check(name: &str) -> Vec<String> {
    let dir = samples_dir();
    let html = std::fs::read(dir.join(format!("{name}.html"))).expect("sample page is readable");
    let url = format!("https://samples.lede.example/{name}.html");
    let page = lede::page::from_html::parse_bytes(&html, Some(&url));
    let analysis = lede::analyze(&page, &lede::Options::default());
    Expected::load(&dir.join(format!("{name}.expected.json"))).check(&page, &analysis)
}

fn assert_sample(name: &str) {
    let failures = check(name);
    assert!(failures.is_empty(), "{name}:\n  {}", failures.join("\n  "));
}

#[test]
fn french_national_daily() {
    assert_sample("lemonde-style-fr");
}

#[test]
fn german_regional_paper() {
    assert_sample("zeitung-style-de");
}

#[test]
fn spanish_magazine_blog() {
    assert_sample("blog-style-es");
}

#[test]
fn english_wire_story_with_microdata() {
    assert_sample("wire-style-en");
}

#[test]
fn section_front_is_not_an_article() {
    assert_sample("listing-style-en");
}

#[test]
fn every_sample_has_a_test() {
    let mut names: Vec<String> = std::fs::read_dir(samples_dir())
        .expect("www/samples exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".expected.json").map(str::to_string))
        .collect();
    names.sort();
    let tested = [
        "blog-style-es",
        "lemonde-style-fr",
        "listing-style-en",
        "wire-style-en",
        "zeitung-style-de",
    ];
    assert_eq!(names, tested, "add a test for each new sample");
}

#[test]
fn wire_story_byline_stays_on_the_clean_page() {
    // The byline is mostly a link to the author's page; link density alone would hide it.
    let html = std::fs::read(samples_dir().join("wire-style-en.html")).expect("sample exists");
    let page = lede::page::from_html::parse_bytes(&html, None);
    let analysis = lede::analyze(&page, &lede::Options::default());
    assert!(common::visible_text(&page, &analysis).contains("By Daniel Okafor"));
    assert_eq!(analysis.metadata.byline.as_deref(), Some("Daniel Okafor"));
}

/// The page the extension's `warm_up` analyses before a click's first analysis
/// (src/web/warm_up.html) must keep reaching every stage, or the warm-up stops
/// compiling the code the click then runs.
#[test]
fn warm_up_page_reaches_every_stage() {
    let html = include_str!("../src/web/warm_up.html");
    let page = lede::page::from_html::parse(html, Some("https://example.org/local/warm-up"));
    let analysis = lede::analyze(&page, &lede::Options::default());
    assert!(analysis.is_article, "read as {:?}", analysis.page_kind);
    assert!(analysis.metadata.byline.is_some() && analysis.metadata.published.is_some());
    assert!(analysis.html.contains("<figure") && analysis.html.contains("<li"));
    assert!(!analysis.boilerplate.is_empty());
    assert!(analysis.people.len() >= 2 && !analysis.organizations.is_empty());
    let attributed = analysis.quotes.iter().filter(|q| q.speaker.is_some());
    assert!(attributed.count() >= 2, "quotes: {:?}", analysis.quotes);
}
