//! `lede-bench stages`: where Lede's time goes, stage by stage, natively.
//!
//! Runs the steps of `lede::analyze` one after the other on the synthetic pages (or on
//! one HTML file), each timed on its own: parsing (html5ever), metadata, detection,
//! extraction, the text stages (paragraphs, sentences, tokens), actors, quotes, and the
//! JSON the extension and the CLI print. A size's figure is the median of `--reps` runs
//! of each stage. It prints figures and asserts nothing.

use std::time::Instant;

use serde_json::{json, Value};

use crate::stats::median;
use crate::synth;

/// The stages, in pipeline order.
pub const STAGES: &[&str] = &[
    "parse", "meta", "detect", "extract", "text", "actors", "quotes", "json",
];

/// Times each stage once on `html`; returns milliseconds in [`STAGES`] order.
pub fn time_once(html: &[u8], url: Option<&str>) -> Vec<f64> {
    let mut out = Vec::with_capacity(STAGES.len());
    let mut clock = Instant::now();
    let lap = |out: &mut Vec<f64>, clock: &mut Instant| {
        let now = Instant::now();
        out.push(now.duration_since(*clock).as_secs_f64() * 1000.0);
        *clock = now;
    };
    let page = lede::page::from_html::parse_bytes(html, url);
    lap(&mut out, &mut clock);
    let found = lede::meta::read(&page);
    lap(&mut out, &mut clock);
    let detection = lede::detect::detect(&page);
    lap(&mut out, &mut clock);
    let extraction = lede::extract::extract(&page, found.title_node, detection.kind);
    lap(&mut out, &mut clock);
    let doc = lede::text::Doc::new(&extraction.text);
    lap(&mut out, &mut clock);
    let hints = lede::actors::Hints {
        title: found.metadata.title.as_deref(),
        lang: found.metadata.lang.as_deref(),
        site: found.metadata.site_name.as_deref(),
    };
    let actors = lede::actors::find(&doc, &hints);
    lap(&mut out, &mut clock);
    let quotes = lede::quotes::find(&doc, &actors);
    lap(&mut out, &mut clock);
    std::hint::black_box((detection, quotes));
    // The JSON of the whole Analysis (the pipeline is run again, untimed, to get it).
    let analysis = lede::analyze(&page, &lede::Options::default());
    clock = Instant::now();
    let json = serde_json::to_string(&analysis).unwrap_or_default();
    lap(&mut out, &mut clock);
    std::hint::black_box(json);
    out
}

/// The medians over `reps` runs of every stage, for one page.
pub fn medians(html: &[u8], url: Option<&str>, reps: usize) -> Vec<f64> {
    let runs: Vec<Vec<f64>> = (0..reps.max(1)).map(|_| time_once(html, url)).collect();
    (0..STAGES.len())
        .map(|s| median(&runs.iter().map(|r| r[s]).collect::<Vec<_>>()))
        .collect()
}

/// Prints one row per size (or for `file`) and returns the figures as JSON.
pub fn run(sizes: &[usize], file: Option<&str>, reps: usize) -> Result<Value, String> {
    let url = "https://bench.example/news/harbour-plan";
    let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
    match file {
        Some(path) => pages.push((
            path.to_string(),
            std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
        )),
        None => {
            for &n in sizes {
                let p = synth::page(n);
                pages.push((p.nodes.to_string(), p.html.into_bytes()));
            }
        }
    }
    println!("\n## Lede's stages, natively (ms, median of {reps} runs)\n");
    println!("| page | {} | total |", STAGES.join(" | "));
    println!("| ---: |{} ---: |", " ---: |".repeat(STAGES.len()));
    let mut rows = Vec::new();
    for (label, html) in &pages {
        eprintln!("  stages on {label} ...");
        let m = medians(html, Some(url), reps);
        let total: f64 = m.iter().sum();
        let cells: Vec<String> = m.iter().map(|x| format!("{x:.2}")).collect();
        println!("| {label} | {} | {total:.2} |", cells.join(" | "));
        let by_stage: serde_json::Map<String, Value> = STAGES
            .iter()
            .zip(&m)
            .map(|(s, x)| (s.to_string(), json!(x)))
            .collect();
        rows.push(json!({ "page": label, "bytes": html.len(), "ms": by_stage, "total_ms": total }));
    }
    Ok(json!({ "reps": reps, "rows": rows }))
}
