//! `lede eval` on a few pages of each shared corpus: it runs, scores every page and
//! prints figures in range, as text and as JSON. Skipped, with a note, when the shared
//! data folder is not there.

use std::path::PathBuf;
use std::process::Command;

use lede::eval::{corpus, evaluate, Eval, Figures, Settings};

const LIMIT: usize = 5;

/// The corpus folder, or `None` (with a note) when the shared data is absent.
fn corpus_dir(name: &str) -> Option<PathBuf> {
    let dir = corpus::shared_dir().join("corpus").join(name);
    if dir.is_dir() {
        return Some(dir);
    }
    println!(
        "note: {} not found (set LEDE_SHARED); skipping the {name} smoke test",
        dir.display()
    );
    None
}

fn settings(corpus: &str) -> Settings {
    Settings {
        corpus: Some(corpus.into()),
        limit: Some(LIMIT),
        worst: 3,
        jobs: Some(2),
        ..Settings::default()
    }
}

fn smoke_extraction(name: &str, corpus: &str) {
    if corpus_dir(name).is_none() {
        return;
    }
    let report = evaluate(Eval::Extraction, &settings(corpus)).expect("the eval runs");
    assert_eq!(report.corpora.len(), 1);
    let run = &report.corpora[0];
    assert_eq!(run.pages + run.skipped.len(), LIMIT, "{:?}", run.skipped);
    let Figures::Extraction(figures) = &run.figures else {
        panic!("extraction figures expected, got {:?}", run.figures);
    };
    let all = &figures.overall;
    assert!(all.pages > 0 && all.pages <= LIMIT);
    for x in [all.scores.precision, all.scores.recall, all.scores.f1] {
        assert!((0.0..=1.0).contains(&x), "score out of range: {x}");
    }
    assert_eq!(figures.worst.len(), 3);
    assert!(figures
        .worst
        .windows(2)
        .all(|w| w[0].scores.f1 <= w[1].scores.f1));
    let text = report.to_text();
    assert!(
        text.contains("precision") && text.contains("lowest F1"),
        "{text}"
    );
}

#[test]
fn extraction_on_five_wcxb_pages() {
    smoke_extraction("wcxb-dev", "wcxb");
}

#[test]
fn extraction_on_five_readability_pages() {
    smoke_extraction("readability", "readability");
}

#[test]
fn cli_prints_json_for_every_evaluation() {
    if corpus_dir("readability").is_none() {
        return;
    }
    for eval in ["extraction", "detection", "metadata"] {
        let out = Command::new(env!("CARGO_BIN_EXE_lede"))
            .args([
                "eval",
                eval,
                "--corpus",
                "readability",
                "--limit",
                "3",
                "--json",
            ])
            .output()
            .expect("lede runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        assert_eq!(json["eval"], eval);
        assert_eq!(json["corpora"][0]["pages"], 3);
    }
}

#[test]
fn cli_rejects_bad_eval_arguments_in_one_line() {
    for args in [
        &["eval"][..],
        &["eval", "speed"],
        &["eval", "extraction", "--limit", "ten"],
        &["eval", "extraction", "--bogus"],
        &["eval", "extraction", "--corpus", "/nonexistent/corpus"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_lede"))
            .args(args)
            .output()
            .expect("lede runs");
        assert!(!out.status.success(), "{args:?} should fail");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("lede: "), "{stderr}");
    }
}

/// A WCXB-shaped corpus made on the spot: one good page, and one each of a corrupt
/// gzip, a missing page, bad JSON and a page without gold text.
#[test]
fn unreadable_pages_are_reported_and_skipped() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("lede-eval-test-{}", std::process::id()));
    let (truth, html) = (dir.join("ground-truth"), dir.join("html"));
    std::fs::create_dir_all(&truth).expect("temp dir");
    std::fs::create_dir_all(&html).expect("temp dir");
    let gold = |text: &str| {
        format!(
            r#"{{"url": "https://example.com/a", "ground_truth": {{"main_content": "{text}",
            "title": "A", "author": "None", "publish_date": null}},
            "_internal": {{"page_type": {{"primary": "article"}}}}}}"#
        )
    };
    let gzip = |body: &str| {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(body.as_bytes()).expect("gzip");
        enc.finish().expect("gzip")
    };
    let page = "<html><body><article><h1>A</h1><p>The council voted on Tuesday to \
                rebuild the old bridge, which had been closed since the spring floods.</p>\
                </article></body></html>";
    let write = |path: PathBuf, bytes: &[u8]| std::fs::write(path, bytes).expect("write");
    write(
        truth.join("0001.json"),
        gold("The council voted on Tuesday").as_bytes(),
    );
    write(html.join("0001.html.gz"), &gzip(page));
    write(truth.join("0002.json"), gold("x").as_bytes());
    write(html.join("0002.html.gz"), b"not gzip at all");
    write(truth.join("0003.json"), gold("x").as_bytes());
    write(truth.join("0004.json"), b"{ not json");
    write(truth.join("0005.json"), gold("").as_bytes());
    write(html.join("0005.html.gz"), &gzip(page));

    let settings = Settings {
        corpus: Some(dir.display().to_string()),
        worst: 5,
        ..Settings::default()
    };
    let report = evaluate(Eval::Extraction, &settings).expect("the eval runs");
    std::fs::remove_dir_all(&dir).ok();
    let run = &report.corpora[0];
    let skipped: Vec<&str> = run.skipped.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(skipped, ["0002", "0003", "0004"], "{:?}", run.skipped);
    assert_eq!(run.pages, 2);
    let Figures::Extraction(figures) = &run.figures else {
        panic!("extraction figures expected");
    };
    assert_eq!(figures.no_gold_text, ["0005"]);
    // Scored, whatever the extractor makes of so small a page.
    assert_eq!(figures.overall.pages, 1);
}
