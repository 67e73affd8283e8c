//! What Lede's panels say, as plain strings: the interface's messages by key (with the
//! English text as fallback), the reader's preferences, quotes grouped by speaker, a
//! quote as a citation and all quotes as Markdown.
//!
//! Pure Rust, so the CLI's tests cover it; `src/web/` puts these strings on the page.

use crate::json::Json as Value;

use crate::analysis::{Metadata, Quote};
use crate::json::Object;

/// Every interface string: its key in `extension/_locales/*/messages.json` and its
/// English text. `{name}` marks a value filled in at run time.
pub const MESSAGES: &[(&str, &str)] = &[
    // The language tag of the strings themselves, for the panel's `lang`.
    ("sidebarLanguage", "en"),
    ("sidebarLabel", "Lede: who is in this story"),
    ("sidebarArticle", "Article"),
    ("sidebarNotArticle", "Not an article"),
    ("sidebarClose", "Close Lede and restore the page"),
    (
        "sidebarNoArticle",
        "No article found here. Lede shows the page as it is.",
    ),
    ("sidebarReaderButton", "Reader view"),
    (
        "sidebarReaderButtonLabel",
        "Open the story in Lede's reader view",
    ),
    ("sidebarPeople", "People"),
    ("sidebarOrganizations", "Organisations"),
    ("sidebarPlaces", "Places"),
    ("sidebarQuotes", "Quotes"),
    ("sidebarNobody", "Nobody identified in this story yet."),
    (
        "sidebarNoOrganizations",
        "No organisations named in this story.",
    ),
    ("sidebarNoPlaces", "No places named in this story."),
    ("sidebarNoQuotes", "No quotes found in this story yet."),
    ("sidebarMentionsOne", "1 mention"),
    ("sidebarMentionsMany", "{count} mentions"),
    ("sidebarQuotesOne", "1 quote"),
    ("sidebarQuotesMany", "{count} quotes"),
    ("sidebarUnattributed", "Unattributed"),
    ("sidebarShowMentions", "Highlight {name} in the page"),
    ("sidebarShowQuote", "Show this quote in the page"),
    ("sidebarCopyQuote", "Copy"),
    ("sidebarCopyQuoteLabel", "Copy this quote as a citation"),
    ("sidebarCopied", "Copied to the clipboard."),
    (
        "sidebarCopyFailed",
        "Could not copy: the browser refused the clipboard.",
    ),
    (
        "sidebarNotFound",
        "This text could not be found in the page.",
    ),
    (
        "sidebarMentionsShown",
        "{count} mentions highlighted in the page.",
    ),
    ("sidebarQuoteShown", "Quote highlighted in the page."),
    ("sidebarExportCopy", "Copy all quotes as Markdown"),
    ("sidebarExportDownload", "Download as Markdown"),
    ("sidebarDockLeft", "Move the panel to the left"),
    ("sidebarDockRight", "Move the panel to the right"),
    ("sidebarCollapse", "Collapse the panel"),
    ("sidebarExpand", "Expand the panel"),
    ("sidebarResize", "Panel width"),
    ("readerLabel", "Lede reader view"),
    ("readerSettings", "Reading settings"),
    ("readerFont", "Typeface"),
    ("readerSize", "Text size"),
    ("readerLeading", "Line spacing"),
    ("readerMeasure", "Column width"),
    ("readerTheme", "Theme"),
    ("readerSerif", "Serif"),
    ("readerSerifLabel", "Serif type"),
    ("readerSans", "Sans"),
    ("readerSansLabel", "Sans-serif type"),
    ("readerReadable", "Readable"),
    (
        "readerReadableLabel",
        "Type for easier reading, with wider spacing",
    ),
    // The five sizes, named as on the options page.
    ("optionsSizeSmallest", "Smallest"),
    ("optionsSizeSmall", "Small"),
    ("optionsSizeNormal", "Normal"),
    ("optionsSizeLarge", "Large"),
    ("optionsSizeLargest", "Largest"),
    ("readerLeadingTight", "Tighter lines"),
    ("readerLeadingNormal", "Normal line spacing"),
    ("readerLeadingLoose", "Looser lines"),
    ("readerNarrow", "Narrow"),
    ("readerNarrowLabel", "Narrow column"),
    ("readerMedium", "Medium"),
    ("readerMediumLabel", "Medium column"),
    ("readerWide", "Wide"),
    ("readerWideLabel", "Wide column"),
    ("readerAuto", "Auto"),
    ("readerAutoLabel", "Theme follows the system"),
    ("readerLight", "Light"),
    ("readerLightLabel", "Light theme"),
    ("readerSepia", "Sepia"),
    ("readerSepiaLabel", "Sepia theme"),
    ("readerDark", "Dark"),
    ("readerDarkLabel", "Dark theme"),
    ("readerClose", "Close reader"),
    ("readerCloseLabel", "Close the reader view"),
    ("readerMinutes", "{count} min read"),
    ("readerContents", "Contents"),
];

/// The interface strings of one locale: the browser's translations where it has them,
/// the English text otherwise.
#[derive(Clone, Debug, Default)]
pub struct Messages {
    /// Key and translation; a short list, searched in order.
    table: Vec<(String, String)>,
}

impl Messages {
    /// Messages from translations (key, text); empty texts are ignored.
    pub fn new(table: impl IntoIterator<Item = (String, String)>) -> Messages {
        let table = table
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .collect();
        Messages { table }
    }

    /// The text for `key`: the translation, else the English text, else the key.
    pub fn get(&self, key: &str) -> String {
        if let Some((_, text)) = self.table.iter().find(|(k, _)| k == key) {
            return text.clone();
        }
        MESSAGES
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(key, |(_, english)| english)
            .to_string()
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn format(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key);
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// "1 mention" / "3 mentions": the `One` or `Many` form of `key` for `count`.
    pub fn count(&self, key: &str, count: usize) -> String {
        let form = if count == 1 { "One" } else { "Many" };
        self.format(&format!("{key}{form}"), &[("count", &count.to_string())])
    }
}

/// Which side of the window the sidebar sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "lowercase"))]
pub enum Dock {
    /// The left edge.
    Left,
    /// The right edge.
    Right,
}

/// The narrowest and widest sidebar, in CSS pixels.
pub const SIDEBAR_WIDTH: (u32, u32) = (260, 720);
/// The sidebar's width until the reader chooses another.
pub const DEFAULT_SIDEBAR_WIDTH: u32 = 380;

/// The reader's choices, kept by the extension between pages. Unknown or out-of-range
/// values read as the defaults.
///
/// Read and written as JSON by hand (as serde would with `#[serde(default)]`, which
/// the tests check): serde's derived reader was 8 KB of the wasm.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(default))]
pub struct Preferences {
    /// Sidebar side; `None` follows the page (left on right-to-left pages).
    pub dock: Option<Dock>,
    /// The sidebar shows only its bar.
    pub collapsed: bool,
    /// Sidebar width in CSS pixels.
    pub width: Option<u32>,
    /// Reader typeface: `serif`, `sans` or `readable`.
    pub font: Option<String>,
    /// Reader text size, 1 to 5.
    pub size: Option<u8>,
    /// Reader line spacing: `tight`, `normal` or `loose`.
    pub leading: Option<String>,
    /// Reader column: `narrow`, `medium` or `wide`.
    pub measure: Option<String>,
    /// Reader theme: `auto`, `light`, `sepia` or `dark`.
    pub theme: Option<String>,
}

fn one_of(value: &Option<String>, allowed: &[&'static str]) -> &'static str {
    value
        .as_deref()
        .and_then(|v| allowed.iter().find(|a| **a == v))
        .copied()
        .unwrap_or(allowed[0])
}

impl Preferences {
    /// The fields, in the order of the JSON.
    const FIELDS: [&'static str; 8] = [
        "dock",
        "collapsed",
        "width",
        "font",
        "size",
        "leading",
        "measure",
        "theme",
    ];

    /// Reads preferences from JSON (an object, or an array of the fields in order);
    /// anything unreadable gives the defaults, a missing field its default.
    pub fn from_json(json: &str) -> Preferences {
        let read = |value: Value| {
            let mut p = Preferences::default();
            match value {
                Value::Object(members) => {
                    for (key, value) in &members {
                        p.set(key, value)?;
                    }
                }
                Value::Array(items) if items.len() <= Self::FIELDS.len() => {
                    for (key, value) in Self::FIELDS.iter().zip(&items) {
                        p.set(key, value)?;
                    }
                }
                _ => return None,
            }
            Some(p)
        };
        crate::json::parse(json).and_then(read).unwrap_or_default()
    }

    /// Sets field `key` from `value`; `None` when the value does not fit the field.
    fn set(&mut self, key: &str, value: &Value) -> Option<()> {
        fn nullable<T>(value: &Value, read: impl FnOnce(&Value) -> Option<T>) -> Option<Option<T>> {
            if value.is_null() {
                Some(None)
            } else {
                read(value).map(Some)
            }
        }
        let text = |v: &Value| v.as_str().map(str::to_string);
        match key {
            "dock" => {
                self.dock = nullable(value, |v| match v.as_str()? {
                    "left" => Some(Dock::Left),
                    "right" => Some(Dock::Right),
                    _ => None,
                })?;
            }
            "collapsed" => self.collapsed = value.as_bool()?,
            "width" => self.width = nullable(value, |v| u32::try_from(v.as_u64()?).ok())?,
            "size" => self.size = nullable(value, |v| u8::try_from(v.as_u64()?).ok())?,
            "font" => self.font = nullable(value, text)?,
            "leading" => self.leading = nullable(value, text)?,
            "measure" => self.measure = nullable(value, text)?,
            "theme" => self.theme = nullable(value, text)?,
            _ => {}
        }
        Some(())
    }

    /// The preferences as JSON, every field present (`null` when unset).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut o = Object::open(&mut out);
        o.opt_str(
            "dock",
            self.dock.map(|d| match d {
                Dock::Left => "left",
                Dock::Right => "right",
            }),
        );
        o.bool("collapsed", self.collapsed);
        let number = |o: &mut Object, name: &str, value: Option<u64>| match value {
            Some(n) => o.uint(name, n),
            None => o.opt_str(name, None),
        };
        number(&mut o, "width", self.width.map(u64::from));
        o.opt_str("font", self.font.as_deref());
        number(&mut o, "size", self.size.map(u64::from));
        o.opt_str("leading", self.leading.as_deref());
        o.opt_str("measure", self.measure.as_deref());
        o.opt_str("theme", self.theme.as_deref());
        o.close();
        out
    }

    /// The sidebar's side on a page written in direction `dir`.
    pub fn dock_for(&self, dir: Option<&str>) -> Dock {
        self.dock.unwrap_or(if dir == Some("rtl") {
            Dock::Left
        } else {
            Dock::Right
        })
    }

    /// The sidebar's width, within [`SIDEBAR_WIDTH`].
    pub fn sidebar_width(&self) -> u32 {
        self.width
            .unwrap_or(DEFAULT_SIDEBAR_WIDTH)
            .clamp(SIDEBAR_WIDTH.0, SIDEBAR_WIDTH.1)
    }

    /// The reader's typeface.
    pub fn font(&self) -> &'static str {
        one_of(&self.font, &["serif", "sans", "readable"])
    }

    /// The reader's text size, 1 to 5 (3 is normal).
    pub fn size(&self) -> u8 {
        self.size.unwrap_or(3).clamp(1, 5)
    }

    /// The reader's line spacing.
    pub fn leading(&self) -> &'static str {
        one_of(&self.leading, &["normal", "tight", "loose"])
    }

    /// The reader's column width.
    pub fn measure(&self) -> &'static str {
        one_of(&self.measure, &["medium", "narrow", "wide"])
    }

    /// The reader's theme.
    pub fn theme(&self) -> &'static str {
        one_of(&self.theme, &["auto", "light", "sepia", "dark"])
    }
}

/// The quotes of one speaker (or the unattributed ones), in text order.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerQuotes<'a> {
    /// The speaker's name; `None` for quotes without a speaker.
    pub speaker: Option<&'a str>,
    /// The speaker's role, from the first quote that gives one.
    pub role: Option<&'a str>,
    /// Indices into the analysis' quotes.
    pub quotes: Vec<usize>,
}

/// Quotes grouped by speaker: the most quoted speaker first (ties in order of first
/// quote), the unattributed quotes last.
pub fn group_by_speaker(quotes: &[Quote]) -> Vec<SpeakerQuotes<'_>> {
    let mut groups: Vec<SpeakerQuotes> = Vec::new();
    for (i, quote) in quotes.iter().enumerate() {
        let speaker = quote.speaker.as_deref();
        match groups.iter_mut().find(|g| g.speaker == speaker) {
            Some(group) => {
                group.quotes.push(i);
                if group.role.is_none() {
                    group.role = quote.speaker_role.as_deref();
                }
            }
            None => groups.push(SpeakerQuotes {
                speaker,
                role: quote.speaker_role.as_deref(),
                quotes: vec![i],
            }),
        }
    }
    // A stable sort keeps the order of first quotes among equals.
    crate::order::by_key(&mut groups, |g| {
        (
            u64::from(g.speaker.is_none()),
            crate::order::descending(g.quotes.len()),
        )
    });
    groups
}

/// Where a citation comes from: the page's metadata and address.
pub struct Source<'a> {
    /// Title, site and date.
    pub metadata: &'a Metadata,
    /// The page's address.
    pub url: Option<&'a str>,
}

/// A quote as a one-line citation: “Words,” Speaker, role. Title, Site, date. URL
pub fn citation(quote: &Quote, source: &Source, messages: &Messages) -> String {
    let mut out = format!("“{}”", quote.text.trim());
    let speaker = quote
        .speaker
        .clone()
        .unwrap_or_else(|| messages.get("sidebarUnattributed"));
    out.push_str(" — ");
    out.push_str(&speaker);
    if let Some(role) = &quote.speaker_role {
        out.push_str(", ");
        out.push_str(role);
    }
    out.push('.');
    let meta = source.metadata;
    let place: Vec<&str> = [
        meta.title.as_deref(),
        meta.site_name.as_deref(),
        meta.published.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !place.is_empty() {
        out.push(' ');
        out.push_str(&place.join(", "));
        out.push('.');
    }
    if let Some(url) = source.url {
        out.push(' ');
        out.push_str(url);
    }
    out
}

/// Escapes the characters Markdown would read as markup.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Every quote as Markdown: a heading per speaker, each quote a block quote, the story's
/// title, site, date and address on top.
pub fn quotes_markdown(quotes: &[Quote], source: &Source, messages: &Messages) -> String {
    let meta = source.metadata;
    let mut out = format!(
        "# {}",
        markdown_escape(
            meta.title
                .as_deref()
                .unwrap_or(&messages.get("sidebarQuotes"))
        )
    );
    out.push_str("\n\n");
    let line: Vec<String> = [
        meta.byline.as_deref(),
        meta.site_name.as_deref(),
        meta.published.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(markdown_escape)
    .chain(source.url.map(|u| format!("<{u}>")))
    .collect();
    if !line.is_empty() {
        out.push_str(&line.join(" · "));
        out.push_str("\n\n");
    }
    for group in group_by_speaker(quotes) {
        let name = group
            .speaker
            .map_or_else(|| messages.get("sidebarUnattributed"), markdown_escape);
        out.push_str("## ");
        out.push_str(&name);
        if let Some(role) = group.role {
            out.push_str(&format!(" ({})", markdown_escape(role)));
        }
        out.push_str("\n\n");
        for &i in &group.quotes {
            out.push_str(&format!("> {}\n\n", markdown_escape(quotes[i].text.trim())));
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::QuoteKind;

    fn quote(text: &str, speaker: Option<&str>, role: Option<&str>) -> Quote {
        Quote {
            text: text.to_string(),
            speaker: speaker.map(str::to_string),
            speaker_role: role.map(str::to_string),
            kind: QuoteKind::Direct,
            cue: Some("said".to_string()),
            paragraph: 0,
        }
    }

    #[test]
    fn a_translation_wins_and_english_fills_the_gaps() {
        let table = [
            ("sidebarPeople".to_string(), "Personnes".to_string()),
            ("sidebarPlaces".to_string(), " ".to_string()),
        ];
        let messages = Messages::new(table);
        assert_eq!(messages.get("sidebarPeople"), "Personnes");
        assert_eq!(messages.get("sidebarPlaces"), "Places");
        assert_eq!(messages.count("sidebarMentions", 1), "1 mention");
        assert_eq!(messages.count("sidebarMentions", 4), "4 mentions");
    }

    /// Every key the interface uses is in every bundled locale, with the same
    /// `{placeholders}`, and the English file says what the code's fallback says.
    #[test]
    fn every_locale_has_every_key() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("extension/_locales");
        let placeholders = |s: &str| -> Vec<String> {
            let mut found: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_string()))
                .collect();
            found.sort();
            found
        };
        for locale in ["en", "fr", "de", "es"] {
            let path = dir.join(locale).join("messages.json");
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            for (key, english) in MESSAGES {
                let message = json[key]["message"].as_str();
                assert!(message.is_some(), "{key} missing in {}", path.display());
                let message = message.unwrap_or_default();
                assert_eq!(
                    placeholders(message),
                    placeholders(english),
                    "{locale} {key}"
                );
                if locale == "en" {
                    assert_eq!(message, *english, "en {key}");
                }
            }
        }
    }

    /// The hand-written reader and writer agree with serde's derived ones on every
    /// input, well-formed or not.
    #[test]
    fn preferences_read_and_write_as_serde_does() {
        let inputs = [
            "",
            "not json",
            "null",
            "3",
            r#""left""#,
            "{}",
            "[]",
            r#"["left", true, 400]"#,
            r#"["left", true, 400, "sans", 2, "tight", "wide", "dark", 1]"#,
            r#"{"dock": "left", "collapsed": true, "width": 500, "font": "sans"}"#,
            r#"{"dock": "up"}"#,
            r#"{"dock": null, "width": null, "size": null, "theme": null}"#,
            r#"{"collapsed": null}"#,
            r#"{"collapsed": "yes"}"#,
            r#"{"width": -1}"#,
            r#"{"width": 1.5}"#,
            r#"{"width": 4294967296}"#,
            r#"{"size": 255, "leading": "loose"}"#,
            r#"{"size": 256}"#,
            r#"{"font": 5}"#,
            r#"{"measure": "narrow", "unknown": {"deep": [1, 2, {"x": null}]}}"#,
            r#"{"theme": "sepia"} trailing"#,
            r#"  {"theme": "sepia"}  "#,
            r#"{"theme": "é
"q""}"#,
        ];
        for input in inputs {
            let ours = Preferences::from_json(input);
            let serde: Preferences = serde_json::from_str(input).unwrap_or_default();
            assert_eq!(ours, serde, "{input}");
            assert_eq!(
                ours.to_json(),
                serde_json::to_string(&serde).unwrap_or_default(),
                "{input}"
            );
        }
    }

    #[test]
    fn preferences_survive_bad_input() {
        assert_eq!(Preferences::from_json("not json"), Preferences::default());
        let p = Preferences::from_json(r#"{"width": 99999, "font": "comic", "size": 9}"#);
        assert_eq!(p.sidebar_width(), SIDEBAR_WIDTH.1);
        assert_eq!(p.font(), "serif");
        assert_eq!(p.size(), 5);
        assert_eq!(p.dock_for(Some("rtl")), Dock::Left);
        assert_eq!(p.dock_for(None), Dock::Right);
        let back = Preferences::from_json(&p.to_json());
        assert_eq!(back, p);
    }

    #[test]
    fn quotes_group_by_speaker_most_quoted_first() {
        let quotes = [
            quote("One.", Some("Ana Ruiz"), None),
            quote("Two.", None, None),
            quote("Three.", Some("Tom Lee"), Some("mayor")),
            quote("Four.", Some("Tom Lee"), None),
        ];
        let groups = group_by_speaker(&quotes);
        let order: Vec<_> = groups
            .iter()
            .map(|g| (g.speaker, g.quotes.clone()))
            .collect();
        assert_eq!(
            order,
            [
                (Some("Tom Lee"), vec![2, 3]),
                (Some("Ana Ruiz"), vec![0]),
                (None, vec![1])
            ]
        );
        assert_eq!(groups[0].role, Some("mayor"));
    }

    #[test]
    fn a_citation_names_speaker_role_story_and_address() {
        let meta = Metadata {
            title: Some("Ferry returns".into()),
            site_name: Some("Coastline Gazette".into()),
            published: Some("2024-03-02".into()),
            ..Metadata::default()
        };
        let source = Source {
            metadata: &meta,
            url: Some("https://example.org/ferry"),
        };
        let messages = Messages::default();
        let q = quote("We are back", Some("Tom Lee"), Some("harbour master"));
        assert_eq!(
            citation(&q, &source, &messages),
            "“We are back” — Tom Lee, harbour master. Ferry returns, Coastline Gazette, \
             2024-03-02. https://example.org/ferry"
        );
        let md = quotes_markdown(&[q, quote("*Maybe*", None, None)], &source, &messages);
        assert!(md.starts_with("# Ferry returns\n\nCoastline Gazette · 2024-03-02 · <https://example.org/ferry>\n\n## Tom Lee (harbour master)\n\n> We are back\n\n## Unattributed\n\n> \\*Maybe\\*\n"), "{md}");
    }
}
