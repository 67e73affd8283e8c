//! Helpers shared by the integration tests: locating the shared data sets and reading
//! gold expectations.

#![allow(dead_code)]

pub mod actors;
pub mod quotes;

use std::path::PathBuf;

use lede::page::{collapse_whitespace, NodeData, NodeId, Page};
use lede::Analysis;

/// The shared data folder: `$LEDE_SHARED`, or `../shared` beside the checkout.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("LEDE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// The analysis of WCXB dev page `id`, or `None` (with a note) when the corpus is not
/// beside the checkout.
pub fn wcxb_page(id: &str) -> Option<Analysis> {
    let dir = shared_dir().join("corpus/wcxb-dev");
    let Ok(html) = lede::eval::run::read_html(&dir.join(format!("html/{id}.html.gz"))) else {
        eprintln!("note: no WCXB corpus beside the checkout; test skipped");
        return None;
    };
    Some(lede::analyze_html(&html, None, &lede::Options::default()))
}

/// The analysis of one of Readability's test pages, or `None` (with a note) when the
/// corpus is not beside the checkout.
pub fn readability_page(name: &str) -> Option<Analysis> {
    let dir = shared_dir().join("corpus/readability").join(name);
    let Ok(html) = std::fs::read(dir.join("source.html")) else {
        eprintln!("note: no Readability corpus beside the checkout; test skipped");
        return None;
    };
    Some(lede::analyze_html(&html, None, &lede::Options::default()))
}

/// The page as a reader sees it after clean mode: the body's text with every
/// boilerplate block (and what the page itself hides) left out.
pub fn visible_text(page: &Page, analysis: &Analysis) -> String {
    let mut hidden: Vec<NodeId> = analysis.boilerplate.iter().map(|b| b.node).collect();
    hidden.sort_unstable();
    let Some(body) = page.first_with_tag(lede::page::Tag::Body) else {
        return String::new();
    };
    let mut out = String::new();
    let mut skip_until = 0;
    for id in page.descendants(body) {
        if id < skip_until {
            continue;
        }
        let node = page.node(id);
        match &node.data {
            NodeData::Element { tag, .. } => {
                if hidden.binary_search(&id).is_ok() || !tag.holds_readable_text() {
                    skip_until = node.end;
                } else if tag.is_block() {
                    out.push(' ');
                }
            }
            NodeData::Text(t) => out.push_str(t),
            NodeData::Document => {}
        }
    }
    collapse_whitespace(&out)
}

/// Expectations in the shape of the seed fixture's `expected.json`.
pub struct Expected {
    pub json: serde_json::Value,
}

impl Expected {
    pub fn load(path: &std::path::Path) -> Expected {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        Expected {
            json: serde_json::from_str(&text).expect("expected.json is valid JSON"),
        }
    }

    pub fn strings(&self, key: &str) -> Vec<String> {
        self.json[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str())
                    .map(collapse_whitespace)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Checks metadata, body inclusions and exclusions; returns every failure.
    pub fn check(&self, page: &Page, analysis: &Analysis) -> Vec<String> {
        let mut failures = Vec::new();
        if let Some(want) = self.json["is_article"].as_bool() {
            if analysis.is_article != want {
                failures.push(format!(
                    "is_article: want {want}, got {}",
                    analysis.is_article
                ));
            }
        }
        let meta = serde_json::to_value(&analysis.metadata).expect("metadata serialises");
        if let Some(fields) = self.json["metadata"].as_object() {
            for (key, want) in fields {
                if meta[key] != *want {
                    failures.push(format!("metadata.{key}: want {want}, got {}", meta[key]));
                }
            }
        }
        let text = collapse_whitespace(&analysis.text);
        let visible = visible_text(page, analysis);
        for line in self.strings("body_must_include") {
            if !text.contains(&line) {
                failures.push(format!("text lacks: {line}"));
            }
            if !visible.contains(&line) {
                failures.push(format!("clean page hides: {line}"));
            }
        }
        for line in self.strings("body_must_exclude") {
            if text.contains(&line) {
                failures.push(format!("text has boilerplate: {line}"));
            }
            if visible.contains(&line) {
                failures.push(format!("clean page shows boilerplate: {line}"));
            }
        }
        failures
    }
}
