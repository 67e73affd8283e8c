//! The three extractors, each called the way its own documentation shows, from the
//! page's bytes to its main text: parsing is part of what is timed.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

/// One of the extractors compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extractor {
    /// Lede's whole pipeline (`lede::analyze_html`): parse, metadata, extraction,
    /// detection, actors and quotes.
    Lede,
    /// rs-trafilatura's `extract_bytes_with_options` (its default options, the URL set).
    Trafilatura,
    /// dom_smoothie's `Readability::new(..).parse()`, text in its `Formatted` mode.
    Smoothie,
}

impl Extractor {
    /// Every extractor, in report order.
    pub const ALL: [Extractor; 3] = [Extractor::Lede, Extractor::Trafilatura, Extractor::Smoothie];

    /// The name reports use.
    pub fn name(self) -> &'static str {
        match self {
            Extractor::Lede => "lede",
            Extractor::Trafilatura => "rs-trafilatura",
            Extractor::Smoothie => "dom_smoothie",
        }
    }

    /// The extractor called `name` on the command line.
    pub fn from_name(name: &str) -> Option<Extractor> {
        Extractor::ALL.into_iter().find(|e| e.name() == name)
    }
}

/// What one call gave.
pub struct Output {
    /// The main text, or why there is none.
    pub text: Result<String, String>,
    /// The whole call.
    pub time: Duration,
    /// Lede only: the part spent parsing HTML into its `Page` (html5ever).
    pub parse: Option<Duration>,
}

/// Runs `extractor` on one page; a panic is caught and reported as an error.
pub fn run(extractor: Extractor, html: &[u8], url: Option<&str>) -> Output {
    let start = Instant::now();
    let mut parse = None;
    let text = catch_unwind(AssertUnwindSafe(|| match extractor {
        Extractor::Lede => {
            let page = lede::page::from_html::parse_bytes(html, url);
            parse = Some(start.elapsed());
            let analysis = lede::analyze(&page, &lede::Options::default());
            Ok(analysis.text)
        }
        Extractor::Trafilatura => {
            let options = rs_trafilatura::Options {
                url: url.map(str::to_string),
                ..rs_trafilatura::Options::default()
            };
            rs_trafilatura::extract_bytes_with_options(html, &options)
                .map(|r| r.content_text)
                .map_err(|e| e.to_string())
        }
        Extractor::Smoothie => {
            // dom_smoothie takes text, not bytes.
            let text = String::from_utf8_lossy(html);
            let config = dom_smoothie::Config {
                text_mode: dom_smoothie::TextMode::Formatted,
                ..dom_smoothie::Config::default()
            };
            dom_smoothie::Readability::new(text.as_ref(), url, Some(config))
                .and_then(|mut r| r.parse())
                .map(|article| article.text_content.to_string())
                .map_err(|e| e.to_string())
        }
    }));
    let time = start.elapsed();
    let text = text.unwrap_or_else(|panic| Err(format!("panicked: {}", panic_message(&*panic))));
    Output { text, time, parse }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".into())
}

/// Keeps panics of the extractors off standard error: they are counted as errors.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|_| {}));
}
