//! Metadata figures: how often our title, byline, site name, language, direction and
//! date equal the gold ones, each field under a stated normalisation.

use serde::Serialize;

use crate::page::collapse_whitespace;

use super::corpus::{CorpusKind, Gold};
use super::run::{Ours, Outcome, Run};
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
    /// Whitespace runs collapsed and trimmed; case and punctuation kept.
    Text,
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
            Norm::Text => "whitespace collapsed",
            Norm::Lang => "primary subtag, lowercase",
            Norm::Lower => "lowercase",
            Norm::Date => "date part, no time-zone conversion",
        }
    }

    /// True when `ours` equals `gold` under this normalisation.
    pub fn same(self, gold: &str, ours: &str) -> bool {
        match self {
            Norm::Text => collapse_whitespace(gold) == collapse_whitespace(ours),
            Norm::Lang => primary_subtag(gold) == primary_subtag(ours),
            Norm::Lower => gold.trim().to_lowercase() == ours.trim().to_lowercase(),
            Norm::Date => {
                let (g, o) = (date_part(gold), date_part(ours));
                !g.is_empty() && o.starts_with(g)
            }
        }
    }
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

/// One compared field.
struct Field {
    gold: &'static str,
    ours: &'static str,
    norm: Norm,
    gold_value: fn(&Gold) -> Option<String>,
    our_value: fn(&Ours) -> Option<String>,
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

const DATE_OURS: &str = "published (else published_time)";

const READABILITY_FIELDS: &[Field] = &[
    Field {
        gold: "title",
        ours: "title",
        norm: Norm::Text,
        gold_value: |g| g.title.clone(),
        our_value: |o| o.title.clone(),
    },
    Field {
        gold: "byline",
        ours: "byline",
        norm: Norm::Text,
        gold_value: |g| g.byline.clone(),
        our_value: |o| o.byline.clone(),
    },
    Field {
        gold: "siteName",
        ours: "site_name",
        norm: Norm::Text,
        gold_value: |g| g.site_name.clone(),
        our_value: |o| o.site_name.clone(),
    },
    Field {
        gold: "lang",
        ours: "lang",
        norm: Norm::Lang,
        gold_value: |g| g.lang.clone(),
        our_value: |o| o.lang.clone(),
    },
    Field {
        gold: "dir",
        ours: "dir",
        norm: Norm::Lower,
        gold_value: |g| g.dir.clone(),
        our_value: |o| o.dir.clone(),
    },
    Field {
        gold: "publishedTime",
        ours: DATE_OURS,
        norm: Norm::Date,
        gold_value: |g| g.published.clone(),
        our_value: our_date,
    },
];

const WCXB_FIELDS: &[Field] = &[
    Field {
        gold: "title",
        ours: "title",
        norm: Norm::Text,
        gold_value: |g| g.title.clone(),
        our_value: |o| o.title.clone(),
    },
    Field {
        gold: "author",
        ours: "byline",
        norm: Norm::Text,
        gold_value: |g| g.byline.clone(),
        our_value: |o| o.byline.clone(),
    },
    Field {
        gold: "publish_date",
        ours: DATE_OURS,
        norm: Norm::Date,
        gold_value: |g| g.published.clone(),
        our_value: our_date,
    },
];

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
    for field in fields {
        let (row, mismatches) = compare(run, field, settings.worst);
        figures.fields.push(row);
        figures.mismatches.extend(mismatches);
    }
    figures
}

fn compare(run: &Run, field: &Field, worst: usize) -> (FieldRow, Vec<Mismatch>) {
    let mut row = FieldRow {
        field: field.gold.into(),
        ours: field.ours.into(),
        normalisation: field.norm.describe().into(),
        ..FieldRow::default()
    };
    let mut mismatches = Vec::new();
    for o in &run.outcomes {
        let (gold, ours) = ((field.gold_value)(&o.gold), (field.our_value)(&o.ours));
        let agree = tally(&mut row, field.norm, gold.as_deref(), ours.as_deref());
        if !agree && mismatches.len() < worst {
            mismatches.push(mismatch(field, o, gold, ours));
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

fn mismatch(field: &Field, o: &Outcome, gold: Option<String>, ours: Option<String>) -> Mismatch {
    Mismatch {
        field: field.gold.into(),
        id: o.gold.id.clone(),
        gold,
        ours,
    }
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
