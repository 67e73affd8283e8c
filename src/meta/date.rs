//! Dates written the many ways pages write them, made ISO 8601 (`YYYY-MM-DD`).
//!
//! Machine dates (`2015-04-16T20:02:00Z`, `2025/4/29`) and written ones ("Apr 16,
//! 2015", "16. April 2015", "5 de mayo de 2015", "2017年3月10日", ctime's "Fri Mar 13
//! 21:30:09 EST 2015"). All-numeric dates whose day and month could be swapped
//! ("04/05/2018") are read only when the page's language says which comes first;
//! otherwise they stay unknown. Relative dates ("2 hours ago") are never read: the
//! time they count from is not on the page.

use crate::lexicon::metadata::month;

/// Earliest and latest years read; outside them a number is not a year.
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// Which of day and month comes first in an all-numeric date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumericOrder {
    /// 25/09/2025: most of the world.
    DayFirst,
    /// 09/25/2025: the United States.
    MonthFirst,
    /// Not known; ambiguous numeric dates are not read.
    Unknown,
}

impl NumericOrder {
    /// The order of a language tag: `en-US` is month first, `en` alone is unknown,
    /// other English regions and other languages are day first.
    pub fn for_lang(tag: Option<&str>) -> NumericOrder {
        let Some(tag) = tag else {
            return NumericOrder::Unknown;
        };
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        match (parts.next(), parts.next()) {
            (Some("en"), Some("us")) => NumericOrder::MonthFirst,
            (Some("en"), Some(_)) => NumericOrder::DayFirst,
            (Some("en"), None) | (None, _) => NumericOrder::Unknown,
            (Some(p), _) if (2..=3).contains(&p.len()) => NumericOrder::DayFirst,
            _ => NumericOrder::Unknown,
        }
    }
}

/// A date with the time as the source wrote it, when it wrote one in ISO 8601.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The source's ISO 8601 date-time, when it has a time part.
    pub time: Option<String>,
}

/// Reads a date value from metadata or a `datetime` attribute: ISO 8601 first, then
/// any written date inside it.
pub fn parse(raw: &str, order: NumericOrder) -> Option<Stamp> {
    let raw = raw.trim();
    if let Some(date) = iso_prefix(raw) {
        let time = (raw.len() > 10 && raw.as_bytes()[10] == b'T').then(|| raw.to_string());
        return Some(Stamp { date, time });
    }
    find_in_text(raw, order).map(|date| Stamp { date, time: None })
}

/// `YYYY-MM-DD` from a value that starts with a year-first date (`2015-04-16`,
/// `2025/4/29`, `2015.04.16`, `20150416`).
fn iso_prefix(raw: &str) -> Option<String> {
    let head: String = raw
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))
        .collect();
    let head = head.trim_end_matches(['-', '/', '.']);
    if head.len() == 8 && head.bytes().all(|b| b.is_ascii_digit()) {
        return ymd(&head[..4], &head[4..6], &head[6..]);
    }
    year_first(head)
}

/// `Y-M-D` with one separator kind and a four-digit year first.
fn year_first(token: &str) -> Option<String> {
    let sep = token.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = token.split(sep).collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => ymd(y, m, d),
        _ => None,
    }
}

/// The first date written in `text`, or `None`.
pub fn find_in_text(text: &str, order: NumericOrder) -> Option<String> {
    if let Some(date) = cjk(text) {
        return Some(date);
    }
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '|' | '•' | '·')))
        .filter(|t| !t.is_empty())
        .collect();
    tokens.iter().enumerate().find_map(|(i, token)| {
        numeric(token, order).or_else(|| {
            let m = month(token.trim_end_matches('.'))?;
            written(&tokens, i, m)
        })
    })
}

/// An all-numeric date token: year first, day first with dots, or by `order`.
fn numeric(token: &str, order: NumericOrder) -> Option<String> {
    let token = token.trim_end_matches(['.', ':', ';']);
    if !token.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Some(date) = year_first(token) {
        return Some(date);
    }
    let sep = token.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = token.split(sep).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (x, z): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let day_first = match (sep, order) {
        _ if x > 12 => true,
        _ if z > 12 => false,
        ('.', _) | (_, NumericOrder::DayFirst) => true,
        (_, NumericOrder::MonthFirst) => false,
        (_, NumericOrder::Unknown) => return None,
    };
    if day_first {
        ymd(y, b, a)
    } else {
        ymd(y, a, b)
    }
}

/// A date around the month name at `tokens[i]`: "Apr 16, 2015", "16 April 2015",
/// "16. April 2015", "5 de mayo de 2015", "Mar 13 21:30:09 EST 2015".
fn written(tokens: &[&str], i: usize, month: u8) -> Option<String> {
    let at = |k: isize| -> Option<&str> {
        let k = i as isize + k;
        (k >= 0).then(|| tokens.get(k as usize).copied()).flatten()
    };
    let is_de = |k: isize| at(k).is_some_and(|t| matches!(t, "de" | "del"));
    // Day before the month ("16 April", "5 de mayo").
    let before = at(-1).and_then(day).map(|d| (d, 1)).or_else(|| {
        is_de(-1)
            .then(|| at(-2).and_then(day))
            .flatten()
            .map(|d| (d, 1 + isize::from(is_de(1))))
    });
    let after = || at(1).and_then(day).map(|d| (d, 2));
    let (d, year_from) = match before {
        Some((d, next)) => (d, next),
        None => after()?,
    };
    let y = (year_from..year_from + 4).find_map(|k| year(at(k)?))?;
    date_from(y, u32::from(month), d)
}

/// Chinese and Japanese dates: `2017年3月10日`.
fn cjk(text: &str) -> Option<String> {
    let (y_part, rest) = text.split_once('年')?;
    let (m_part, rest) = rest.split_once('月')?;
    let (d_part, _) = rest.split_once('日')?;
    let y: String = y_part
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    ymd(&y, m_part.trim(), d_part.trim())
}

fn day(token: &str) -> Option<u32> {
    let t = token.trim_end_matches(['.', ',']);
    let digits = t.trim_end_matches(|c: char| c.is_alphabetic() || c == 'º');
    let suffix = &t[digits.len()..];
    let suffix_ok = matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "er" | "º");
    (suffix_ok && (1..=2).contains(&digits.len()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year(token: &str) -> Option<u32> {
    let t = token.trim_end_matches(['.', ',']);
    (t.len() == 4)
        .then(|| t.parse().ok())
        .flatten()
        .filter(|y| YEARS.contains(y))
}

fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if y.len() != 4 || !all_digits(y) || !all_digits(m) || !all_digits(d) {
        return None;
    }
    date_from(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn date_from(y: u32, m: u32, d: u32) -> Option<String> {
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (YEARS.contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The date in a URL's path: `/2015/04/16/`, `/2015-04-16-slug`, `/20150416/`.
pub fn from_url(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = &path[path.find('/')?..];
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    for w in segments.windows(3) {
        let looks = w[0].len() == 4 && w[1].len() <= 2 && w[2].len() <= 2;
        if let Some(date) = looks.then(|| ymd(w[0], w[1], w[2])).flatten() {
            return Some(date);
        }
    }
    segments.iter().find_map(|s| {
        if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            return ymd(&s[..4], &s[4..6], &s[6..]);
        }
        s.split(|c: char| !c.is_ascii_digit() && c != '-')
            .find_map(|run| dashed(run.trim_matches('-')))
    })
}

/// `YYYY-MM-DD` inside a slug ("story-2015-04-16-title").
fn dashed(run: &str) -> Option<String> {
    run.match_indices('-').find_map(|(at, _)| {
        let start = at.checked_sub(4)?;
        let candidate = run.get(start..start + 10)?;
        let b = candidate.as_bytes();
        (b[4] == b'-' && b[7] == b'-')
            .then(|| ymd(&candidate[..4], &candidate[5..7], &candidate[8..]))?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const US: NumericOrder = NumericOrder::MonthFirst;
    const EU: NumericOrder = NumericOrder::DayFirst;
    const UNKNOWN: NumericOrder = NumericOrder::Unknown;

    fn found(text: &str, order: NumericOrder) -> Option<String> {
        find_in_text(text, order)
    }

    #[test]
    fn iso_values_keep_their_time() {
        let s = parse("2023-09-05T09:14:22+00:00", UNKNOWN);
        assert_eq!(s.as_ref().map(|s| s.date.as_str()), Some("2023-09-05"));
        assert_eq!(
            s.and_then(|s| s.time).as_deref(),
            Some("2023-09-05T09:14:22+00:00")
        );
        let date = |raw: &str| parse(raw, UNKNOWN).map(|s| (s.date, s.time));
        assert_eq!(date("2023-09-05"), Some(("2023-09-05".into(), None)));
        assert_eq!(date("2025/4/29"), Some(("2025-04-29".into(), None)));
        assert_eq!(date("2023-9-5x"), Some(("2023-09-05".into(), None)));
        assert_eq!(parse("2023-02-30", UNKNOWN), None);
    }

    #[test]
    fn written_dates_in_several_languages() {
        assert_eq!(
            found("Apr 16, 2015 8:02 pm UTC", UNKNOWN).as_deref(),
            Some("2015-04-16")
        );
        assert_eq!(
            found("Last updated: Dec 12, 2025", UNKNOWN).as_deref(),
            Some("2025-12-12")
        );
        assert_eq!(
            found("16 November 2017 • 2:15pm", UNKNOWN).as_deref(),
            Some("2017-11-16")
        );
        assert_eq!(
            found("Monday, February 29, 2016 @ 11:10 PM", UNKNOWN).as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(
            found("16. April 2015", UNKNOWN).as_deref(),
            Some("2015-04-16")
        );
        assert_eq!(
            found("5 de mayo de 2015", UNKNOWN).as_deref(),
            Some("2015-05-05")
        );
        assert_eq!(
            found("le 1er mars 2016", UNKNOWN).as_deref(),
            Some("2016-03-01")
        );
        assert_eq!(
            found("Fri Mar 13 21:30:09 EST 2015", UNKNOWN).as_deref(),
            Some("2015-03-13")
        );
        assert_eq!(
            found("2017年3月10日 17:00", UNKNOWN).as_deref(),
            Some("2017-03-10")
        );
        assert_eq!(found("Tom May", UNKNOWN), None);
        assert_eq!(found("May 2015", UNKNOWN), None);
        assert_eq!(found("2 hours ago", UNKNOWN), None);
    }

    #[test]
    fn numeric_dates_need_a_known_order_when_ambiguous() {
        assert_eq!(
            found("Thu, 09/25/2025 - 11:38", UNKNOWN).as_deref(),
            Some("2025-09-25")
        );
        assert_eq!(found("25.09.2025", UNKNOWN).as_deref(), Some("2025-09-25"));
        assert_eq!(found("04/05/2018", UNKNOWN), None);
        assert_eq!(found("04/05/2018", US).as_deref(), Some("2018-04-05"));
        assert_eq!(found("04/05/2018", EU).as_deref(), Some("2018-05-04"));
        assert_eq!(NumericOrder::for_lang(Some("en-US")), US);
        assert_eq!(NumericOrder::for_lang(Some("en")), UNKNOWN);
        assert_eq!(NumericOrder::for_lang(Some("fr-FR")), EU);
    }

    #[test]
    fn url_paths_give_their_date() {
        let u = |s: &str| from_url(s);
        assert_eq!(
            u("https://x.com/2015/04/16/story/").as_deref(),
            Some("2015-04-16")
        );
        assert_eq!(
            u("https://x.com/news/2015-04-16-story").as_deref(),
            Some("2015-04-16")
        );
        assert_eq!(
            u("https://x.com/a/20150416/b").as_deref(),
            Some("2015-04-16")
        );
        assert_eq!(u("https://x.com/2015/04/story"), None);
        assert_eq!(u("https://x.com/item/123456789"), None);
        assert_eq!(u("http://fakehost/test/page.html"), None);
    }
}
