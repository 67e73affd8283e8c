//! `lede eval quotes`: the PolNeAR standoff reader and the scores, on a corpus written
//! here and on a slice of the shared one.

mod common;

use common::shared_dir;

/// Code point offsets of `part` in `text`, as brat standoff writes them.
fn char_span(text: &str, part: &str) -> (usize, usize) {
    let byte = text.find(part).expect("the part is in the text");
    let start = text[..byte].chars().count();
    (start, start + part.chars().count())
}

/// `lede eval quotes` on a two-text corpus written here: the standoff files are read,
/// the quote and its named source are scored, and a wrong speaker is counted as one.
#[test]
fn quotes_eval_reads_standoff_and_scores_speakers() {
    let dir = std::env::temp_dir().join(format!("lede-polnear-{}", std::process::id()));
    let text_dir = dir.join("dev/text");
    let ann_dir = dir.join("dev/attributions");
    std::fs::create_dir_all(&text_dir).expect("temp dir");
    std::fs::create_dir_all(&ann_dir).expect("temp dir");
    let one = "Mayor wins again\n\nMayor Ann Lee spoke on Friday.\n\n\u{201c}We will fix every road in this city by spring,\u{201d} Lee said.\n";
    let (c0, c1) = char_span(
        one,
        "\u{201c}We will fix every road in this city by spring,\u{201d}",
    );
    let (s0, s1) = char_span(one, "Lee said");
    let ann_one = format!(
        "T1\tSource {s0} {}\tLee\nT2\tCue {} {s1}\tsaid\nT3\tContent {c0} {c1}\tquote\n\
         E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        s0 + 3,
        s1 - 4
    );
    let two = "Budget vote\n\nTom Hart met Ann Lee.\n\n\u{201c}The budget is a disgrace to the whole council,\u{201d} said Ann Lee.\n";
    let (c0, c1) = char_span(
        two,
        "\u{201c}The budget is a disgrace to the whole council,\u{201d}",
    );
    // The gold gives the quote to Hart: ours (Lee) is a wrong speaker.
    let (h0, h1) = char_span(two, "Tom Hart");
    let ann_two = format!(
        "T1\tSource {h0} {h1}\tTom Hart\nT3\tContent {c0} {c1}\tquote\nE1\tAttribution:T1 Content:T3 Source:T1\n"
    );
    for (name, text, ann) in [("a", one, ann_one), ("b", two, ann_two)] {
        std::fs::write(text_dir.join(format!("{name}.txt")), text).expect("write text");
        std::fs::write(ann_dir.join(format!("{name}_x1.ann")), ann).expect("write ann");
    }
    let settings = lede::eval::quotes::Settings {
        corpus: Some(dir.display().to_string()),
        split: Some("dev".into()),
        worst: 5,
        limit: None,
    };
    let report = lede::eval::quotes::evaluate(&settings).expect("the eval runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(report.compartments.len(), 1);
    let dev = &report.compartments[0];
    assert_eq!(dev.texts, 2, "{:?}", dev.skipped);
    let s = &dev.direct.scores;
    assert_eq!((s.gold, s.predicted, s.gold_found), (2, 2, 2));
    assert_eq!((s.speakers_scored, s.speakers_right), (2, 1));
    assert_eq!(dev.direct.errors.wrong_speaker.len(), 1);
    let text = report.to_text();
    assert!(text.contains("wrong speaker (1 in all)"), "{text}");
    assert!(report.to_json().contains("\"speakers_right\": 1"));
}

/// `lede eval quotes` on the first texts of PolNeAR's dev set, when the shared corpus
/// is there: figures in range, mistakes listed.
#[test]
fn quotes_eval_on_a_polnear_slice() {
    let dir = shared_dir().join("corpus/polnear");
    if !dir.is_dir() {
        println!("note: {} not found; skipping", dir.display());
        return;
    }
    let settings = lede::eval::quotes::Settings {
        corpus: Some(dir.display().to_string()),
        split: Some("dev".into()),
        worst: 3,
        limit: Some(4),
    };
    let report = lede::eval::quotes::evaluate(&settings).expect("the eval runs");
    let dev = &report.compartments[0];
    assert_eq!(dev.texts + dev.skipped.len(), 4);
    let s = &dev.direct.scores;
    assert!(s.gold > 0 && s.predicted > 0);
    for x in [s.precision(), s.recall(), s.speaker_accuracy()] {
        assert!((0.0..=1.0).contains(&x), "{x}");
    }
    assert!(report.to_text().contains("dev direct, missed"));
}
