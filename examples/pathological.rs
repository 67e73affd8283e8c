//! Times the native front door and the pipeline on pathological pages: deep nesting,
//! a page of 200k nodes, one huge text node, thousands of attributes, very long
//! attribute values. Prints, for each page, its size, the nodes of its `Page`, and the
//! median of a few runs of parsing (`from_html::parse`) and of `lede::analyze`.
//!
//! ```sh
//! cargo run --release --example pathological            # every case
//! cargo run --release --example pathological -- deep    # the cases whose name has "deep"
//! ```

use std::time::{Duration, Instant};

use lede::page::from_html;

/// A short paragraph of prose, so pages have a story to find.
const PROSE: &str = "The council voted on Tuesday to close the old bridge after engineers \
found cracks in two of its piers, officials said. “We cannot take the risk,” said Maria \
Lopez, the mayor.";

fn article(body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>Bridge closed</title></head><body>\
         <article><h1>Bridge closed</h1><p>{PROSE}</p>{body}<p>{PROSE}</p></article></body></html>"
    )
}

fn nested(tag: &str, depth: usize) -> String {
    let mut s = String::new();
    for _ in 0..depth {
        s.push_str(&format!("<{tag}>"));
    }
    s.push_str(PROSE);
    for _ in 0..depth {
        s.push_str(&format!("</{tag}>"));
    }
    article(&s)
}

fn cases() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for depth in [5_000, 20_000, 100_000] {
        out.push((format!("deep <div> x{depth}"), nested("div", depth)));
    }
    out.push(("deep <span> x20000".into(), nested("span", 20_000)));
    out.push(("deep <b> x20000".into(), nested("b", 20_000)));
    out.push((
        "deep <blockquote> unclosed x20000".into(),
        article(&"<blockquote>x".repeat(20_000)),
    ));
    out.push((
        "deep <table><tr><td> x5000".into(),
        article(&"<table><tr><td>".repeat(5_000)),
    ));
    out.push((
        "200k nodes (100k <p>)".into(),
        article(&"<p>word and more words</p>".repeat(100_000)),
    ));
    out.push((
        "200k nodes (<span> runs)".into(),
        article(&format!("<p>{}</p>", "<span>a</span> ".repeat(100_000))),
    ));
    for mb in [1, 2, 8] {
        out.push((
            format!("one text node of {mb} MB"),
            article(&format!(
                "<p>{}</p>",
                PROSE.repeat((mb << 20) / PROSE.len())
            )),
        ));
    }
    out.push((
        "one text node of 8 MB, no spaces".into(),
        article(&format!("<p>{}</p>", "x".repeat(8 << 20))),
    ));
    let attrs: String = (0..20_000).map(|i| format!(" data-a{i}=\"v\"")).collect();
    out.push((
        "20k attributes on one element".into(),
        article(&format!("<p{attrs}>{PROSE}</p>")),
    ));
    out.push((
        "20k attributes, all the same".into(),
        article(&format!("<p{}>{PROSE}</p>", " class=x".repeat(20_000))),
    ));
    out.push((
        "8 MB class attribute".into(),
        article(&format!(
            "<p class=\"{}\">{PROSE}</p>",
            "a ".repeat(4 << 20)
        )),
    ));
    out.push((
        "8 MB href".into(),
        article(&format!(
            "<p><a href=\"https://a.example/{}\">link</a> {PROSE}</p>",
            "a".repeat(8 << 20)
        )),
    ));
    out
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let options = lede::Options::default();
    println!("| page | MB | nodes | parse ms | analyze ms | is_article | text chars |");
    println!("| --- | ---: | ---: | ---: | ---: | --- | ---: |");
    for (name, html) in cases() {
        if !name.contains(&filter) {
            continue;
        }
        let mut parse = Vec::new();
        let mut analyze = Vec::new();
        let mut last = None;
        for _ in 0..3 {
            let start = Instant::now();
            let page = from_html::parse(&html, Some("https://news.example.com/2024/story.html"));
            parse.push(start.elapsed());
            let start = Instant::now();
            let analysis = lede::analyze(&page, &options);
            analyze.push(start.elapsed());
            last = Some((page.len(), analysis));
        }
        let (nodes, analysis) = last.expect("three runs");
        println!(
            "| {name} | {:.1} | {nodes} | {:.0} | {:.0} | {} | {} |",
            html.len() as f64 / 1e6,
            median(parse).as_secs_f64() * 1e3,
            median(analyze).as_secs_f64() * 1e3,
            analysis.is_article,
            analysis.text.chars().count(),
        );
    }
}
