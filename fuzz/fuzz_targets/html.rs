//! Any bytes as an HTML page: parsed by the native front door (UTF-8, or Windows-1252
//! when the bytes are not UTF-8, as `lede analyze` reads files), analysed, and the
//! reader view's HTML checked to be inert.
//!
//! Besides "never panics", it asserts what must hold for every page:
//! - the sanitised HTML, tokenised again by html5ever, holds only the reader view's
//!   tags, only `href`, `src`, `alt` and `datetime` attributes, links only to
//!   http(s) or mailto and images only from http(s); so no script, no event handler,
//!   no `javascript:` URL, no comment or doctype;
//! - the analysis survives its JSON form unchanged (the sidebar reads that JSON);
//! - the article score is a number in 0..=1 and every quote points at a paragraph of
//!   the text.

#![no_main]

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};
use html5ever::TokenizerResult;
use libfuzzer_sys::fuzz_target;

const URL: &str = "https://news.example.com/world/2024/05/17/story.html";

fuzz_target!(|data: &[u8]| {
    let analysis = lede::analyze_html(data, Some(URL), &lede::Options::default());
    check_reader_html(&analysis.html);
    check_analysis(&analysis);
});

/// Elements the reader view may show: the tests' own list, shared with
/// `tests/sanitize.rs`.
fn safe_tag(name: &str) -> bool {
    include_str!("../../tests/xss/reader-tags.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|t| t == name)
}

fn check_reader_html(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(
        !lower.contains("<script"),
        "script tag in reader HTML: {html}"
    );
    let tokens = tokenize(html);
    for token in &tokens {
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                assert!(safe_tag(name), "unexpected <{name}> in reader HTML");
                if tag.kind == TagKind::EndTag {
                    assert!(tag.attrs.is_empty(), "attributes on </{name}>");
                    continue;
                }
                for attr in &tag.attrs {
                    let attr_name: &str = &attr.name.local;
                    let value: &str = &attr.value;
                    assert!(
                        !attr_name.starts_with("on"),
                        "event handler {attr_name} on <{name}>"
                    );
                    match (name, attr_name) {
                        ("a", "href") => assert!(
                            scheme_is(value, &["http:", "https:", "mailto:"]),
                            "unsafe link {value:?}"
                        ),
                        ("img", "src") => assert!(
                            scheme_is(value, &["http:", "https:"]),
                            "unsafe image source {value:?}"
                        ),
                        ("img", "alt") | ("time", "datetime") => {}
                        _ => panic!("unexpected attribute {attr_name} on <{name}>"),
                    }
                }
            }
            Token::CommentToken(_) => panic!("comment in reader HTML: {html}"),
            Token::DoctypeToken(_) => panic!("doctype in reader HTML: {html}"),
            _ => {}
        }
    }
}

/// True when the URL, read the way a browser reads it (leading and trailing C0 controls
/// and spaces stripped, tabs and newlines removed), starts with one of `schemes`.
fn scheme_is(url: &str, schemes: &[&str]) -> bool {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    schemes.iter().any(|s| cleaned.starts_with(s))
}

struct Collect(RefCell<Vec<Token>>);

impl TokenSink for Collect {
    type Handle = ();
    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if !matches!(token, Token::ParseError(_)) {
            self.0.borrow_mut().push(token);
        }
        TokenSinkResult::Continue
    }
}

fn tokenize(html: &str) -> Vec<Token> {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Collect(RefCell::new(Vec::new())), Default::default());
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    tokenizer.sink.0.take()
}

fn check_analysis(analysis: &lede::Analysis) {
    assert!(
        (0.0..=1.0).contains(&analysis.article_score),
        "article score {} out of range",
        analysis.article_score
    );
    let paragraphs = lede::text::paragraphs(&analysis.text).len();
    for quote in &analysis.quotes {
        assert!(
            quote.paragraph < paragraphs,
            "quote in paragraph {} of {paragraphs}",
            quote.paragraph
        );
    }
    let json = serde_json::to_string(analysis).expect("the analysis serialises");
    let back: lede::Analysis = serde_json::from_str(&json).expect("the JSON reads back");
    let mut expected = analysis.clone();
    // A float may come back one unit in the last place off; node ids are not part of
    // the JSON.
    assert!((back.article_score - expected.article_score).abs() < 1e-12);
    expected.article_score = back.article_score;
    for b in &mut expected.boilerplate {
        b.node = 0;
    }
    assert_eq!(back, expected, "the analysis changed through JSON");
}
