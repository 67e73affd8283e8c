//! The browser's JSON (`Analysis::to_json`, written by hand) is the CLI's (serde_json):
//! the same bytes for every page of Readability's test corpus and a slice of WCXB dev,
//! so the extension, the demo and `lede analyze` keep printing one format. Skipped,
//! with a note, when the shared folder is not beside the checkout.

mod common;

use lede::eval::run::read_html;

fn same_json(name: &str, html: &[u8], url: Option<&str>) {
    let analysis = lede::analyze_html(html, url, &lede::Options::default());
    let serde = serde_json::to_string(&analysis).expect("the analysis serialises");
    assert!(analysis.to_json() == serde, "{name}: the JSON differs");
}

#[test]
fn readability_pages_give_serde_json_bytes() {
    let dir = common::shared_dir().join("corpus/readability");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} missing; skipped", dir.display());
        return;
    };
    let mut pages = 0;
    for entry in entries.flatten() {
        let Ok(html) = std::fs::read(entry.path().join("source.html")) else {
            continue;
        };
        let name = entry.file_name().to_string_lossy().to_string();
        same_json(&name, &html, Some("http://fakehost/test/page.html"));
        pages += 1;
    }
    assert!(pages > 100, "only {pages} pages read");
}

#[test]
fn wcxb_pages_give_serde_json_bytes() {
    let dir = common::shared_dir().join("corpus/wcxb-dev/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} missing; skipped", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
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
