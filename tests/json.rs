//! The browser's JSON (`Analysis::to_json`, written by hand) is the CLI's (serde_json):
//! the same bytes for every page of Readability's test corpus and a slice of WCXB dev,
//! so the extension, the demo and `lede analyze` keep printing one format. And the
//! core's JSON reader (`lede::json::parse`) reads what serde_json reads, on awkward
//! input and on every JSON-LD script of those pages. The corpus tests are skipped, with
//! a note, when the shared folder is not beside the checkout.

mod common;

use std::path::PathBuf;

use lede::eval::run::read_html;
use lede::json::Json;

fn same_json(name: &str, html: &[u8], url: Option<&str>) {
    let analysis = lede::analyze_html(html, url, &lede::Options::default());
    let serde = serde_json::to_string(&analysis).expect("the analysis serialises");
    assert!(analysis.to_json() == serde, "{name}: the JSON differs");
}

/// The pages of Readability's test corpus (`source.html` of each folder) or of WCXB
/// dev (`html/*.html.gz`), sorted; none, with a note, when the corpus is missing.
fn corpus_pages(corpus: &str) -> Vec<PathBuf> {
    let (dir, file) = match corpus {
        "readability" => ("corpus/readability", Some("source.html")),
        _ => ("corpus/wcxb-dev/html", None),
    };
    let dir = common::shared_dir().join(dir);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} missing; skipped", dir.display());
        return Vec::new();
    };
    let mut pages: Vec<PathBuf> = entries
        .flatten()
        .map(|e| file.map_or(e.path(), |f| e.path().join(f)))
        .collect();
    pages.sort();
    pages
}

#[test]
fn readability_pages_give_serde_json_bytes() {
    let pages = corpus_pages("readability");
    for path in &pages {
        let Ok(html) = std::fs::read(path) else {
            continue;
        };
        same_json(
            &path.display().to_string(),
            &html,
            Some("http://fakehost/test/page.html"),
        );
    }
    assert!(
        pages.is_empty() || pages.len() > 100,
        "only {} pages read",
        pages.len()
    );
}

#[test]
fn wcxb_pages_give_serde_json_bytes() {
    let paths = corpus_pages("wcxb");
    for path in paths.iter().take(150) {
        let html = read_html(path).expect("page");
        same_json(&path.display().to_string(), &html, None);
    }
}

#[test]
fn awkward_values_give_serde_json_bytes() {
    use lede::analysis::{Actor, Boilerplate, BoilerplateKind, PageKind, Quote, QuoteKind};
    let mut a = lede::Analysis {
        article_score: 0.007,
        reasons: vec!["a \"quoted\" reason\twith\u{1}controls\\".to_string()],
        text: "Ünïcode — \u{2028} and \u{7f}".to_string(),
        ..Default::default()
    };
    a.metadata.title = Some("</script>".to_string());
    a.metadata.bylines = vec!["A".to_string(), "B".to_string()];
    for (i, kind) in [
        BoilerplateKind::Nav,
        BoilerplateKind::Breadcrumb,
        BoilerplateKind::Ad,
        BoilerplateKind::Related,
        BoilerplateKind::ReadAlso,
        BoilerplateKind::Share,
        BoilerplateKind::Comments,
        BoilerplateKind::CommentForm,
        BoilerplateKind::Subscribe,
        BoilerplateKind::Cookie,
        BoilerplateKind::AuthorBox,
        BoilerplateKind::Tags,
        BoilerplateKind::Footer,
        BoilerplateKind::Header,
        BoilerplateKind::Widget,
        BoilerplateKind::Other,
    ]
    .into_iter()
    .enumerate()
    {
        a.boilerplate.push(Boilerplate {
            kind,
            text_chars: i * 1000,
            node: i as u32,
        });
    }
    a.people.push(Actor {
        name: "Ana".to_string(),
        role: Some("mayor".to_string()),
        aliases: vec!["Ruiz".to_string()],
        mentions: 3,
    });
    a.places.push(Actor {
        name: "Lyon".to_string(),
        role: None,
        aliases: vec![],
        mentions: 1,
    });
    for kind in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Reported] {
        a.quotes.push(Quote {
            text: "\"Yes\"".to_string(),
            speaker: None,
            speaker_role: Some("x".to_string()),
            kind,
            cue: Some("said".to_string()),
            paragraph: 12,
        });
    }
    for page_kind in lede::detect::model::ALL_KINDS {
        a.page_kind = page_kind;
        a.is_article = page_kind == PageKind::Article;
        let serde = serde_json::to_string(&a).expect("the analysis serialises");
        assert_eq!(a.to_json(), serde);
    }
}

/// Our value as serde_json's, to compare the two readers.
fn as_serde(value: &Json) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => serde_json::from_str(n).unwrap_or(Value::Null),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(as_serde).collect()),
        Json::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), as_serde(v)))
                .collect(),
        ),
    }
}

/// Both readers accept `text` or both refuse it, and agree on the value; the one
/// difference allowed is a number too large for a float, which serde_json refuses and
/// ours keeps as written.
fn reads_as_serde_json(text: &str) {
    let ours = lede::json::parse(text);
    match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) if e.to_string().starts_with("number out of range") => {
            assert!(ours.is_some(), "{text:?}");
        }
        serde => assert_eq!(ours.as_ref().map(as_serde), serde.ok(), "{text:?}"),
    }
}

#[test]
fn awkward_json_reads_as_serde_json_reads_it() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    for text in [
        "",
        " ",
        "null",
        "true",
        "false",
        "nul",
        "truex",
        "0",
        "-0",
        "12",
        "-12.5e3",
        "1E+2",
        "1e-2",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "+1",
        "[]",
        "[1,]",
        "[,1]",
        "[1 2]",
        "{}",
        r#"{"a":1,}"#,
        r#"{"a" 1}"#,
        r#"{a:1}"#,
        r#"{"a":1,"a":2}"#,
        r#"{"@graph":[{"@type":"NewsArticle","headline":"A \"quoted\" \/ title"}]}"#,
        r#""\u00e9\u4e2d\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ude00\ud83d""#,
        r#""\x""#,
        r#""\u12""#,
        "\"tab\there\"",
        "\"line\nbreak\"",
        "\"é ü 中\"",
        "[1] x",
        " {} ",
        r#"{"a":[true,false,null,{"b":"c"}]}"#,
        "18446744073709551616",
        "[\"a\"\r\n]",
        "1e400",
        "-1e400",
        "1e-400",
        "123456789012345678901234567890",
    ] {
        reads_as_serde_json(text);
    }
    for depth in [127, 128, 100_000] {
        reads_as_serde_json(&nested(depth));
    }
}

#[test]
fn every_json_ld_script_of_the_corpora_reads_as_serde_json_reads_it() {
    let mut pages = corpus_pages("readability");
    pages.extend(corpus_pages("wcxb"));
    let mut scripts = 0;
    for path in &pages {
        let Ok(html) = read_html(path) else { continue };
        let page = lede::page::from_html::parse_bytes(&html, None);
        for text in lede::meta::json_ld_scripts(&page) {
            reads_as_serde_json(text.trim());
            scripts += 1;
        }
    }
    if !pages.is_empty() {
        assert!(scripts > 500, "only {scripts} scripts read");
    }
    eprintln!("{scripts} JSON-LD scripts of {} pages", pages.len());
}
