//! Metadata figures: how often our title, byline, site name, language, direction and
//! date equal the gold ones, each field under a stated normalisation.

use serde::Serialize;

use crate::lexicon::metadata::BYLINE_LABELS;
use crate::page::collapse_whitespace;

use super::corpus::{CorpusKind, Gold};
use super::run::{Ours, Run};
use super::table::{percent, Table};
use super::Settings;

/// The first line of the text report.
pub const HEADLINE: &str = "\
metadata: exact matches with the gold metadata, after the normalisation named per field
  matched = gold has a value and ours equals it; missing = gold has one, we have none;
  wrong = both have one and they differ; extra = gold is null, we give one;
  agree = matched, or both null (how Readability's own tests compare)";

/// How a field's values are made comparable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Norm {
    /// Whitespace runs collapsed and trimmed; curly quotes and apostrophes read as
    /// straight ones (`’` is `'`, `“` is `"`); case and other punctuation kept.
    Text,
    /// As `Text`, and a gold title that is ours followed by a separator and a short
    /// name (`How to Build a Terrarium | eHow`, `Mozilla - Wikipedia`) also matches:
    /// the site's or author's name the page appends to its `<title>`, which Lede
    /// leaves out of the headline. Reported beside the strict `Text` row, never
    /// instead of it.
    TitleSuffix,
    /// As `Text`, after a leading byline label (`By`, `Par`, `Written by`) is dropped
    /// from both: `By Ana Sandoiu` and `Ana Sandoiu` name the same author. The names
    /// are compared as a list, in order, whatever joins them (`A, B, and C`, `A, B
    /// & C` and `A, B, C` are equal).
    Byline,
    /// As `Byline`, on the gold's first line only: Readability's byline is the text
    /// of the page's byline element, which often holds a dateline or a label on a
    /// line of its own below the name (`By Nathan Willis⏎March 25, 2015`, `By Kelli
    /// Miller⏎WebMD Health News`). Lede's byline names people only. Reported beside
    /// the strict `Byline` row, never instead of it.
    BylineFirstLine,
    /// The primary language subtag, lowercase (`en-US` and `en` are equal).
    Lang,
    /// Trimmed and lowercased.
    Lower,
    /// The date part only, as written (`2015-07-24T05:36:09+01:00` is `2015-07-24`):
    /// no time-zone conversion. A gold value with month precision (`2023-10`) matches
    /// any day of that month.
    Date,
}

impl Norm {
    /// The normalisation in words, for the report.
    pub fn describe(self) -> &'static str {
        match self {
            Norm::Text => "whitespace collapsed, quotes straightened",
            Norm::TitleSuffix => "as title, gold's trailing \" | Site\" aside",
            Norm::Byline => "as title, leading \"By\" dropped, \"A, B and C\" = \"A, B, C\"",
            Norm::BylineFirstLine => "as byline, gold's first line only",
            Norm::Lang => "primary subtag, lowercase",
            Norm::Lower => "lowercase",
            Norm::Date => "date part, no time-zone conversion",
        }
    }

    /// True when `ours` equals `gold` under this normalisation.
    pub fn same(self, gold: &str, ours: &str) -> bool {
        match self {
            Norm::Text => text(gold) == text(ours),
            Norm::TitleSuffix => {
                let (g, o) = (text(gold), text(ours));
                g == o || g.strip_prefix(&o).is_some_and(is_name_suffix)
            }
            Norm::Byline => {
                let (g, o) = (text(gold), text(ours));
                names(without_label(&g)) == names(without_label(&o))
            }
            Norm::BylineFirstLine => {
                let first = gold.lines().find(|l| !l.trim().is_empty()).unwrap_or(gold);
                Norm::Byline.same(first, ours)
            }
            Norm::Lang => primary_subtag(gold) == primary_subtag(ours),
            Norm::Lower => gold.trim().to_lowercase() == ours.trim().to_lowercase(),
            Norm::Date => {
                let (g, o) = (date_part(gold), date_part(ours));
                !g.is_empty() && o.starts_with(g)
            }
        }
    }
}

/// Whitespace collapsed, typographic quotes straightened.
fn text(value: &str) -> String {
    collapse_whitespace(value)
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect()
}

/// Separators a page puts between its headline and its site's name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " / ", " » "];

/// A separator then a name of at most a few words: what a page appends to a title.
fn is_name_suffix(rest: &str) -> bool {
    TITLE_SEPARATORS.iter().any(|sep| {
        rest.strip_prefix(sep)
            .is_some_and(|name| (1..=8).contains(&name.split_whitespace().count()))
    })
}

/// The names of a byline, in order, whatever joins them (`,`, `;`, `and`, `&`).
fn names(byline: &str) -> Vec<&str> {
    byline
        .split([',', ';'])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" & ")))
        .map(|n| n.trim().trim_start_matches("and ").trim())
        .filter(|n| !n.is_empty())
        .collect()
}

/// A byline without its leading label (`By`, `Par`, `Written by`), any case.
fn without_label(byline: &str) -> &str {
    let lower = byline.to_lowercase();
    for label in BYLINE_LABELS {
        if lower.starts_with(label) && lower.is_char_boundary(label.len()) {
            let rest = &byline[label.len()..];
            if rest.starts_with([' ', ':']) && byline.is_char_boundary(label.len()) {
                return rest.trim_start_matches([' ', ':']);
            }
        }
    }
    byline
}

fn primary_subtag(tag: &str) -> String {
    let tag = tag.trim();
    tag.split(['-', '_']).next().unwrap_or(tag).to_lowercase()
}

/// The leading `YYYY-MM-DD` (or `YYYY-MM`) of an ISO 8601 date or date-time.
fn date_part(value: &str) -> &str {
    let value = value.trim();
    let end = value
        .char_indices()
        .take_while(|&(i, c)| i < 10 && (c.is_ascii_digit() || c == '-'))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    value[..end].trim_end_matches('-')
}

/// A compared field: which of our fields, under which normalisation, against which
/// gold field (named as each corpus names it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Title,
    /// The title again, where the gold's title may carry the site's (or the author's)
    /// name after a separator and ours does not: see [`Norm::TitleSuffix`].
    TitleSuffixAside,
    Byline,
    /// The byline again, on the gold's first line: see [`Norm::BylineFirstLine`].
    BylineFirstLine,
    SiteName,
    Lang,
    Dir,
    Date,
}

const READABILITY_FIELDS: &[Field] = &[
    Field::Title,
    Field::TitleSuffixAside,
    Field::Byline,
    Field::BylineFirstLine,
    Field::SiteName,
    Field::Lang,
    Field::Dir,
    Field::Date,
];

const WCXB_FIELDS: &[Field] = &[
    Field::Title,
    Field::TitleSuffixAside,
    Field::Byline,
    Field::Date,
];

impl Field {
    /// The gold field's name in a corpus.
    fn gold_name(self, kind: CorpusKind) -> &'static str {
        match (self, kind) {
            (Field::Title, _) => "title",
            (Field::TitleSuffixAside, _) => "title*",
            (Field::Byline, CorpusKind::Readability) => "byline",
            (Field::BylineFirstLine, CorpusKind::Readability) => "byline*",
            (Field::BylineFirstLine, CorpusKind::Wcxb) => "author*",
            (Field::Byline, CorpusKind::Wcxb) => "author",
            (Field::SiteName, _) => "siteName",
            (Field::Lang, _) => "lang",
            (Field::Dir, _) => "dir",
            (Field::Date, CorpusKind::Readability) => "publishedTime",
            (Field::Date, CorpusKind::Wcxb) => "publish_date",
        }
    }

    /// Our field it is compared with.
    fn ours_name(self) -> &'static str {
        match self {
            Field::Title | Field::TitleSuffixAside => "title",
            Field::Byline | Field::BylineFirstLine => "byline",
            Field::SiteName => "site_name",
            Field::Lang => "lang",
            Field::Dir => "dir",
            Field::Date => "published (else published_time)",
        }
    }

    fn norm(self) -> Norm {
        match self {
            Field::Title | Field::SiteName => Norm::Text,
            Field::TitleSuffixAside => Norm::TitleSuffix,
            Field::Byline => Norm::Byline,
            Field::BylineFirstLine => Norm::BylineFirstLine,
            Field::Lang => Norm::Lang,
            Field::Dir => Norm::Lower,
            Field::Date => Norm::Date,
        }
    }

    fn gold_value(self, g: &Gold) -> Option<String> {
        match self {
            Field::Title | Field::TitleSuffixAside => g.title.clone(),
            Field::Byline | Field::BylineFirstLine => g.byline.clone(),
            Field::SiteName => g.site_name.clone(),
            Field::Lang => g.lang.clone(),
            Field::Dir => g.dir.clone(),
            Field::Date => g.published.clone(),
        }
    }

    fn our_value(self, o: &Ours) -> Option<String> {
        match self {
            Field::Title | Field::TitleSuffixAside => o.title.clone(),
            Field::Byline | Field::BylineFirstLine => o.byline.clone(),
            Field::SiteName => o.site_name.clone(),
            Field::Lang => o.lang.clone(),
            Field::Dir => o.dir.clone(),
            Field::Date => our_date(o),
        }
    }
}

/// Our date: `published`, or else the date part of `published_time`.
fn our_date(o: &Ours) -> Option<String> {
    o.published
        .clone()
        .or_else(|| {
            o.published_time
                .as_deref()
                .map(|t| date_part(t).to_string())
        })
        .filter(|d| !d.is_empty())
}

/// The metadata figures on one corpus.
#[derive(Clone, Debug, Serialize)]
pub struct Figures {
    /// One row per compared field.
    pub fields: Vec<FieldRow>,
    /// Up to `--worst N` pages per field where we do not agree.
    pub mismatches: Vec<Mismatch>,
}

/// The counts for one field.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FieldRow {
    /// The gold field's name.
    pub field: String,
    /// Our field it is compared with.
    pub ours: String,
    /// The normalisation applied to both.
    pub normalisation: String,
    /// Pages compared.
    pub pages: usize,
    /// Pages where the gold has a value.
    pub gold_present: usize,
    /// Gold has a value and ours equals it.
    pub matched: usize,
    /// Gold has a value, we have none.
    pub missing: usize,
    /// Both have a value and they differ.
    pub wrong: usize,
    /// Gold has none, we give one.
    pub extra: usize,
    /// Matched, or both null.
    pub agree: usize,
    /// `matched / gold_present`.
    pub match_rate: f64,
    /// `agree / pages`.
    pub agree_rate: f64,
}

/// A page where we do not agree on a field.
#[derive(Clone, Debug, Serialize)]
pub struct Mismatch {
    /// The gold field.
    pub field: String,
    /// The page's id.
    pub id: String,
    /// The gold value.
    pub gold: Option<String>,
    /// Ours.
    pub ours: Option<String>,
}

/// Computes the figures of one run.
pub fn figures(run: &Run, kind: CorpusKind, settings: &Settings) -> Figures {
    let fields = match kind {
        CorpusKind::Wcxb => WCXB_FIELDS,
        CorpusKind::Readability => READABILITY_FIELDS,
    };
    let mut figures = Figures {
        fields: Vec::new(),
        mismatches: Vec::new(),
    };
    for &field in fields {
        let (row, mismatches) = compare(run, field, kind, settings.worst);
        figures.fields.push(row);
        figures.mismatches.extend(mismatches);
    }
    figures
}

fn compare(run: &Run, field: Field, kind: CorpusKind, worst: usize) -> (FieldRow, Vec<Mismatch>) {
    let name = field.gold_name(kind);
    let mut row = FieldRow {
        field: name.into(),
        ours: field.ours_name().into(),
        normalisation: field.norm().describe().into(),
        ..FieldRow::default()
    };
    let mut mismatches = Vec::new();
    for o in &run.outcomes {
        let (gold, ours) = (field.gold_value(&o.gold), field.our_value(&o.ours));
        let agree = tally(&mut row, field.norm(), gold.as_deref(), ours.as_deref());
        if !agree && mismatches.len() < worst {
            mismatches.push(Mismatch {
                field: name.into(),
                id: o.gold.id.clone(),
                gold,
                ours,
            });
        }
    }
    let ratio = |a: usize, n: usize| if n == 0 { 0.0 } else { a as f64 / n as f64 };
    row.match_rate = ratio(row.matched, row.gold_present);
    row.agree_rate = ratio(row.agree, row.pages);
    (row, mismatches)
}

/// Counts one page into `row`; returns whether we agree with the gold.
fn tally(row: &mut FieldRow, norm: Norm, gold: Option<&str>, ours: Option<&str>) -> bool {
    row.pages += 1;
    let agree = match (gold, ours) {
        (Some(g), Some(o)) if norm.same(g, o) => {
            row.matched += 1;
            true
        }
        (Some(_), Some(_)) => {
            row.wrong += 1;
            false
        }
        (Some(_), None) => {
            row.missing += 1;
            false
        }
        (None, Some(_)) => {
            row.extra += 1;
            false
        }
        (None, None) => true,
    };
    row.gold_present += usize::from(gold.is_some());
    row.agree += usize::from(agree);
    agree
}

impl Figures {
    /// Writes the figures as text tables.
    pub fn write_text(&self, out: &mut String) {
        let mut t = Table::new(&[
            "field",
            "ours",
            "normalisation",
            "gold set",
            "matched",
            "match %",
            "missing",
            "wrong",
            "extra",
            "agree %",
        ]);
        for r in &self.fields {
            t.row(vec![
                r.field.clone(),
                r.ours.clone(),
                r.normalisation.clone(),
                r.gold_present.to_string(),
                r.matched.to_string(),
                percent(r.matched, r.gold_present),
                r.missing.to_string(),
                r.wrong.to_string(),
                r.extra.to_string(),
                percent(r.agree, r.pages),
            ]);
        }
        out.push_str(&t.render(2));
        if self.mismatches.is_empty() {
            return;
        }
        out.push_str("  disagreements (first by id, per field):\n");
        let mut t = Table::new(&["field", "id", "gold", "ours"]);
        let show = |v: &Option<String>| v.as_deref().map_or("null".into(), |s| format!("{s:?}"));
        for m in &self.mismatches {
            t.row(vec![
                m.field.clone(),
                m.id.clone(),
                show(&m.gold),
                show(&m.ours),
            ]);
        }
        out.push_str(&t.render(4));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisations() {
        assert!(Norm::Text.same("A  title\n here", " A title here"));
        assert!(!Norm::Text.same("A title", "a title"));
        assert!(Norm::Text.same("Here\u{2019}s how", "Here's how"));
        assert!(Norm::TitleSuffix.same(
            "How to Build a Terrarium | eHow",
            "How to Build a Terrarium"
        ));
        assert!(!Norm::Text.same(
            "How to Build a Terrarium | eHow",
            "How to Build a Terrarium"
        ));
        assert!(!Norm::TitleSuffix.same("How to Build a Terrarium", "How to Build"));
        assert!(!Norm::TitleSuffix.same("Mozilla", "Mozilla - Wikipedia"));
        assert!(Norm::Byline.same("By\n\t Scott Cunningham", "Scott Cunningham"));
        assert!(Norm::Byline.same("Par Sébastien Farcis", "Sébastien Farcis"));
        assert!(!Norm::Byline.same("Byron Smith", "ron Smith"));
        assert!(Norm::Byline.same("Ann Lee, Bo Ma, and Cy Wu", "Ann Lee, Bo Ma, Cy Wu"));
        assert!(Norm::Byline.same("Ann Lee & Bo Ma", "Ann Lee, Bo Ma"));
        assert!(!Norm::Byline.same("Ann Lee, Bo Ma", "Bo Ma, Ann Lee"));
        assert!(!Norm::Byline.same("By Nathan Willis March 25, 2015", "Nathan Willis"));
        let dated = "By Nathan Willis\n      March 25, 2015";
        assert!(!Norm::Byline.same(dated, "Nathan Willis"));
        assert!(Norm::BylineFirstLine.same(dated, "Nathan Willis"));
        assert!(!Norm::BylineFirstLine.same(dated, "March 25, 2015"));
        assert!(!Norm::BylineFirstLine.same("Jong, Michiel de", "Michiel de Jong"));
        assert!(Norm::Lang.same("en-US", "en"));
        assert!(Norm::Lang.same("pt_BR", "PT"));
        assert!(!Norm::Lang.same("en", "fr"));
        assert!(Norm::Lower.same("RTL", "rtl"));
        assert!(Norm::Date.same("2015-07-24T05:36:09+01:00", "2015-07-24"));
        assert!(Norm::Date.same("2019-04-28 06:01:07", "2019-04-28"));
        assert!(Norm::Date.same("2023-10", "2023-10-18"));
        assert!(!Norm::Date.same("2023-10-17", "2023-10-18"));
        assert!(!Norm::Date.same("March 3", "2023-10-18"));
    }

    #[test]
    fn date_parts() {
        assert_eq!(date_part("2017-11-03 03:01:00.000000"), "2017-11-03");
        assert_eq!(date_part("2023-10"), "2023-10");
        assert_eq!(date_part("Tuesday"), "");
    }

    #[test]
    fn tallies_every_case() {
        let mut row = FieldRow::default();
        let n = Norm::Text;
        assert!(tally(&mut row, n, Some("a"), Some("a")));
        assert!(!tally(&mut row, n, Some("a"), Some("b")));
        assert!(!tally(&mut row, n, Some("a"), None));
        assert!(!tally(&mut row, n, None, Some("b")));
        assert!(tally(&mut row, n, None, None));
        assert_eq!(
            (
                row.pages,
                row.gold_present,
                row.matched,
                row.wrong,
                row.missing,
                row.extra,
                row.agree
            ),
            (5, 3, 1, 1, 1, 1, 2)
        );
    }
}
