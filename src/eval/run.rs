//! Runs Lede over a corpus's pages on a few threads, and keeps per page only what the
//! reports need: the word scores, the metadata and verdicts, and the timings.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::analysis::PageKind;
use crate::page::{from_html, NodeData, Page, Tag};
use crate::{analyze, Analysis, Options};

use super::corpus::{Corpus, Gold, GoldText, PageRef, Skip};
use super::tokens::{word_scores, Bag, Prf};

/// What Lede said about a page, reduced to what is compared.
#[derive(Clone, Debug, Default)]
pub struct Ours {
    /// `metadata.title`
    pub title: Option<String>,
    /// `metadata.byline`
    pub byline: Option<String>,
    /// `metadata.site_name`
    pub site_name: Option<String>,
    /// `metadata.lang`
    pub lang: Option<String>,
    /// `metadata.dir`
    pub dir: Option<String>,
    /// `metadata.published` (`YYYY-MM-DD`)
    pub published: Option<String>,
    /// `metadata.published_time`
    pub published_time: Option<String>,
    /// `is_article`
    pub is_article: bool,
    /// `article_score`
    pub article_score: f64,
    /// `page_kind`
    pub page_kind: PageKind,
}

/// Word scores of one page's text.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// Precision, recall and F1; `None` when the gold text has no word.
    pub scores: Option<Prf>,
    /// Words in the gold text.
    pub gold: usize,
    /// Words in our text.
    pub ours: usize,
}

/// One page evaluated.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// What the corpus says.
    pub gold: Gold,
    /// What Lede says.
    pub ours: Ours,
    /// How our text compares with the gold text.
    pub words: Words,
    /// Size of the page's HTML after decompression.
    pub bytes: usize,
    /// Time to parse the HTML into a `Page` (html5ever).
    pub parse: Duration,
    /// Time of `analyze` on the parsed page.
    pub analyze: Duration,
}

/// A corpus run: every page's outcome in id order, and the pages skipped.
#[derive(Clone, Debug)]
pub struct Run {
    /// Outcomes in id order.
    pub outcomes: Vec<Outcome>,
    /// Pages that could not be read or analysed (ground truth included).
    pub skipped: Vec<Skip>,
    /// Wall time of the whole run.
    pub wall: Duration,
    /// Worker threads used.
    pub jobs: usize,
}

/// Evaluates every page of `corpus` on `jobs` threads.
pub fn run(corpus: &Corpus, jobs: usize) -> Run {
    let start = Instant::now();
    let jobs = jobs.clamp(1, corpus.pages.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<Outcome, Skip>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(page) = corpus.pages.get(i) else {
                            return done;
                        };
                        done.push((i, evaluate(page)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    let mut run = Run {
        outcomes: Vec::with_capacity(results.len()),
        skipped: corpus.skipped.clone(),
        wall: Duration::ZERO,
        jobs,
    };
    for (_, result) in results {
        match result {
            Ok(outcome) => run.outcomes.push(outcome),
            Err(skip) => run.skipped.push(skip),
        }
    }
    run.skipped.sort_by(|a, b| a.id.cmp(&b.id));
    run.wall = start.elapsed();
    run
}

/// Reads, analyses and scores one page; any failure, a panic included, skips it.
fn evaluate(page: &PageRef) -> Result<Outcome, Skip> {
    let skip = |reason: String| Skip {
        id: page.gold.id.clone(),
        reason,
    };
    let html = read_html(&page.html).map_err(skip)?;
    let gold_text = gold_text(&page.text).map_err(skip)?;
    let url = page.gold.url.as_deref();
    let analysed = catch_unwind(AssertUnwindSafe(|| {
        let start = Instant::now();
        let parsed = from_html::parse_bytes(&html, url);
        let parse = start.elapsed();
        let start = Instant::now();
        let analysis = analyze(&parsed, &Options::default());
        (analysis, parse, start.elapsed())
    }));
    let (analysis, parse, analyze) =
        analysed.map_err(|panic| skip(format!("Lede panicked: {}", panic_message(&*panic))))?;
    let (gold_bag, our_bag) = (Bag::of(&gold_text), Bag::of(&analysis.text));
    Ok(Outcome {
        gold: page.gold.clone(),
        ours: ours(analysis),
        words: Words {
            scores: word_scores(&gold_bag, &our_bag),
            gold: gold_bag.len(),
            ours: our_bag.len(),
        },
        bytes: html.len(),
        parse,
        analyze,
    })
}

fn ours(analysis: Analysis) -> Ours {
    let m = analysis.metadata;
    Ours {
        title: m.title,
        byline: m.byline,
        site_name: m.site_name,
        lang: m.lang,
        dir: m.dir,
        published: m.published,
        published_time: m.published_time,
        is_article: analysis.is_article,
        article_score: analysis.article_score,
        page_kind: analysis.page_kind,
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".into())
}

/// The page's bytes, gunzipped when the file name ends in `.gz`.
pub fn read_html(path: &Path) -> Result<Vec<u8>, String> {
    let raw = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if path.extension().and_then(|e| e.to_str()) != Some("gz") {
        return Ok(raw);
    }
    let mut html = Vec::with_capacity(raw.len() * 6);
    flate2::read::MultiGzDecoder::new(raw.as_slice())
        .read_to_end(&mut html)
        .map_err(|e| format!("cannot decompress {}: {e}", path.display()))?;
    Ok(html)
}

fn gold_text(text: &GoldText) -> Result<String, String> {
    match text {
        GoldText::Inline(text) => Ok(text.clone()),
        GoldText::Html(path) => {
            let html =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok(body_text(&from_html::parse_bytes(&html, None)))
        }
    }
}

/// The text of the page's body, with a space at every block boundary so that words in
/// adjacent cells or paragraphs never run together; what is never read as text
/// (scripts, styles, form controls) is left out.
pub fn body_text(page: &Page) -> String {
    let Some(body) = page.first_with_tag(Tag::Body) else {
        return String::new();
    };
    let mut out = String::new();
    let mut skip_until = 0;
    let mut block_ends: Vec<u32> = Vec::new();
    for id in page.descendants(body) {
        while block_ends.last().is_some_and(|&end| id >= end) {
            block_ends.pop();
            out.push(' ');
        }
        if id < skip_until {
            continue;
        }
        let node = page.node(id);
        match &node.data {
            NodeData::Element { tag, .. } if !tag.holds_readable_text() => skip_until = node.end,
            NodeData::Element { tag, .. } if tag.is_block() => {
                out.push(' ');
                block_ends.push(node.end);
            }
            NodeData::Text(text) => out.push_str(text),
            _ => {}
        }
    }
    crate::page::collapse_whitespace(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_separates_blocks_but_not_inline_runs() {
        let page = from_html::parse(
            "<body><script>x()</script><p>One <b>t</b>wo</p><p>three</p>\
             <table><tr><td>four</td><td>five</td></tr></table>six<br>seven</body>",
            None,
        );
        assert_eq!(body_text(&page), "One two three four five six seven");
    }
}
