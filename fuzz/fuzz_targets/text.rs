//! Any text through the text stages directly: the text layer (paragraphs, sentences,
//! tokens), actors and quotes, as `lede::analyze` runs them on an article's text.
//!
//! The first byte picks the language hint (none, English, German, French, Spanish);
//! the first line of the rest is the headline hint, its first word the site's name, and
//! the whole rest is the article text. Besides "never panics", it asserts that every offset and index the stages
//! hand out points inside the text, on a character boundary, in order. The same text
//! also goes through the core's JSON reader, which must accept exactly what
//! serde_json accepts.

#![no_main]

use lede::text::Doc;
use libfuzzer_sys::fuzz_target;

const LANGS: [Option<&str>; 5] = [None, Some("en"), Some("de"), Some("fr"), Some("es")];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let title = text.lines().next();
    let hints = lede::actors::Hints {
        title,
        lang: LANGS[usize::from(first) % LANGS.len()],
        site: title.and_then(|t| t.split_whitespace().next()),
    };
    let ours = lede::json::parse(&text).is_some();
    match serde_json::from_str::<serde_json::Value>(&text) {
        // Numbers are kept as written, so ours reads one too large for a float.
        Err(e) if e.to_string().starts_with("number out of range") => assert!(ours),
        serde => assert_eq!(ours, serde.is_ok(), "the JSON readers disagree"),
    }
    let doc = Doc::new(&text);
    check_doc(&doc);
    let actors = lede::actors::find(&doc, &hints);
    check_actors(&doc, &actors);
    let found = lede::quotes::find_located(&doc, &actors);
    for f in &found {
        assert!(
            f.first <= f.end && f.end <= doc.tokens.len(),
            "quote tokens out of range"
        );
        assert!(
            f.quote.paragraph < doc.paragraphs.len(),
            "quote paragraph out of range"
        );
        assert!(
            f.entity.is_none_or(|e| e < actors.entities.len()),
            "quote speaker out of range"
        );
    }
});

fn check_doc(doc: &Doc) {
    let text = doc.text;
    let mut last = 0;
    for p in &doc.paragraphs {
        assert!(
            last <= p.start && p.start < p.end && p.end <= text.len(),
            "paragraph {p:?}"
        );
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        last = p.end;
    }
    assert_eq!(doc.paragraph_tokens.len(), doc.paragraphs.len());
    let mut last = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        assert!(
            last <= t.start && t.start < t.end && t.end <= text.len(),
            "token {t:?}"
        );
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(
            t.sentence < doc.sentences.len(),
            "token {i} in sentence {}",
            t.sentence
        );
        last = t.end;
    }
    for s in &doc.sentences {
        assert!(
            s.first < s.end && s.end <= doc.tokens.len(),
            "sentence {s:?}"
        );
        assert!(s.paragraph < doc.paragraphs.len());
        assert!(s.span.start <= s.span.end && s.span.end <= text.len());
        let _ = doc.slice(s.span);
    }
}

fn check_actors(doc: &Doc, actors: &lede::actors::Actors) {
    let mut last = 0;
    for m in &actors.mentions {
        assert!(
            last <= m.first && m.first < m.end && m.end <= doc.tokens.len(),
            "mention {m:?}"
        );
        assert!(m.entity < actors.entities.len());
        last = m.end;
    }
    for e in &actors.entities {
        assert!(!e.name.trim().is_empty(), "an actor without a name");
        for &at in &e.forms {
            assert!(
                at <= doc.text.len() && doc.text.is_char_boundary(at),
                "form at {at}"
            );
        }
    }
}
