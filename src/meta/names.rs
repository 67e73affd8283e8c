//! Names in a byline value: the labels, dates, handles and job titles around them
//! dropped, several authors told apart.
//!
//! A value is read as tokens: words, commas, separators (`|`, `•`, `—`) and, for the
//! page's bylines, the boundaries between text nodes, which the markup puts between a
//! name and its date or role. Declared values (JSON-LD, meta tags) are meant to be
//! names and are read leniently; visible ones are read strictly, since a byline
//! element may hold a headline or a link text instead.

use crate::lexicon::function_words::is_function_word;
use crate::lexicon::metadata::{
    is_byline_role, is_byline_stop, is_credential, is_placeholder_author, is_staff_word,
    is_weekday, month, BYLINE_LABELS,
};
use crate::lexicon::names::is_particle;
use crate::page::url;

use super::date::{find_in_text, NumericOrder};
use crate::text::ToLower;

/// Words, after their labels, before a name ends in a written value: enough for
/// "Maria de los Ángeles García Pérez".
const MAX_NAME_WORDS: usize = 6;

/// How a value was given: declared values (JSON-LD, meta tags) are meant to be names;
/// visible ones (the byline element) carry labels, dates and roles around them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trust {
    /// Given as an author's name.
    Declared,
    /// Shown on the page.
    Visible,
}

/// Names read from one value.
#[derive(Debug, PartialEq)]
pub struct Parsed {
    /// The names as one line, joined as the value joins them.
    pub text: String,
    /// Each name.
    pub names: Vec<String>,
}

/// One token of a byline value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tok<'a> {
    /// A word.
    Word(&'a str),
    /// `,` or `;`: between two authors, or before a credential.
    Comma,
    /// `|`, `•`, `—` and the like: what follows is not a name.
    Sep,
    /// The boundary between two text nodes.
    Break,
}

/// Reads the names in `pieces` (the text nodes of a byline element, or one value).
pub fn parse(pieces: &[&str], trust: Trust) -> Option<Parsed> {
    let tokens = tokenize(pieces);
    let start = names_start(&tokens)?;
    let mut reader = Reader::new(trust);
    let mut i = start;
    while i < tokens.len() {
        i = match reader.step(&tokens, i) {
            Some(next) => next,
            None => break,
        };
    }
    reader.finish()
}

/// The tokens of `pieces`, with a break between two pieces.
pub fn tokenize<'a>(pieces: &[&'a str]) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    for (n, piece) in pieces.iter().enumerate() {
        if n > 0 {
            out.push(Tok::Break);
        }
        for word in piece.split_whitespace() {
            push_word(word, &mut out);
        }
    }
    out
}

const SEPARATOR_CHARS: &[char] = &['|', '•', '·', '—', '–', '-', '/', '»', '~', '*', '✉', ':'];

fn push_word<'a>(word: &'a str, out: &mut Vec<Tok<'a>>) {
    let word = word.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '«' | '»'));
    if word.is_empty() {
        return;
    }
    if word.chars().all(|c| SEPARATOR_CHARS.contains(&c)) {
        out.push(Tok::Sep);
        return;
    }
    let lead = word.len() - word.trim_start_matches(SEPARATOR_CHARS).len();
    if lead > 0 {
        out.push(Tok::Sep);
    }
    let word = &word[lead..];
    if word.contains("://") || word.starts_with("www.") {
        out.push(Tok::Word(word));
        return;
    }
    // "ByAmy", "byClemson", "By:Cazzy": a label glued to the name by the markup.
    if let Some((label, rest)) = glued_label(word) {
        out.push(Tok::Word(label));
        push_word(rest, out);
        return;
    }
    // "Published:August": a word glued to the next after a colon.
    if let Some((head, rest)) = word
        .split_once(':')
        .filter(|(h, r)| !h.is_empty() && !r.is_empty())
    {
        if !head.bytes().all(|b| b.is_ascii_digit()) {
            push_word(head, out);
            out.push(Tok::Sep);
            push_word(rest, out);
            return;
        }
    }
    let end = word.trim_end_matches([',', ';', '|', '-', '*', ':', '•']);
    if !end.is_empty() {
        out.push(Tok::Word(end.trim_end_matches(['"', '”'])));
    }
    match word[end.len()..].chars().next() {
        Some(',' | ';') => out.push(Tok::Comma),
        Some(_) => out.push(Tok::Sep),
        None => {}
    }
}

fn glued_label(word: &str) -> Option<(&str, &str)> {
    let rest = word
        .strip_prefix("By")
        .or_else(|| word.strip_prefix("by"))
        .or_else(|| word.strip_prefix("BY"))?;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    rest.starts_with(char::is_uppercase)
        .then(|| (&word[..2], rest))
}

/// Where the names begin: after leading separators and labels; when the value opens
/// with something else (a date, "Updated"), after the first label further on.
fn names_start(tokens: &[Tok]) -> Option<usize> {
    let mut i = 0;
    loop {
        while matches!(tokens.get(i), Some(Tok::Sep | Tok::Comma | Tok::Break)) {
            i += 1;
        }
        match label_at(tokens, i) {
            Some(len) => i += len,
            None => break,
        }
    }
    let first = match tokens.get(i) {
        Some(Tok::Word(w)) => *w,
        _ => return None,
    };
    if !ends_names(first, next_word(tokens, i)) && !is_byline_stop(first) {
        return Some(i);
    }
    let after_label = (i..tokens.len()).find_map(|k| label_at(tokens, k).map(|len| k + len))?;
    let mut k = after_label;
    while matches!(tokens.get(k), Some(Tok::Sep | Tok::Break)) {
        k += 1;
    }
    Some(k)
}

/// The number of tokens of a byline label starting at `i`.
pub fn label_at(tokens: &[Tok], i: usize) -> Option<usize> {
    let Some(Tok::Word(first)) = tokens.get(i) else {
        return None;
    };
    let first = first.trim_end_matches(':');
    BYLINE_LABELS.iter().find_map(|label| {
        let mut words = label.split(' ');
        if !words
            .next()
            .is_some_and(|lw| first.eq_ignore_ascii_case(lw))
        {
            return None;
        }
        let mut len = 1;
        for lw in words {
            match tokens.get(i + len) {
                Some(Tok::Word(w)) if w.trim_end_matches(':').eq_ignore_ascii_case(lw) => len += 1,
                _ => return None,
            }
        }
        Some(len)
    })
}

fn next_word<'a>(tokens: &[Tok<'a>], i: usize) -> Option<&'a str> {
    tokens[i + 1..].iter().find_map(|t| match t {
        Tok::Word(w) => Some(*w),
        _ => None,
    })
}

/// True when `word` begins what follows the names: a date, a time, a handle, an
/// address.
fn ends_names(word: &str, next: Option<&str>) -> bool {
    let starts_digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    word.starts_with(|c: char| c.is_ascii_digit())
        || word.starts_with('@')
        || word.contains("://")
        || word.starts_with("www.")
        || (word.contains('@') && word.contains('.'))
        || is_weekday(word) && word.chars().count() > 3
        || is_weekday(word)
            && (word.ends_with(',') || next.is_some_and(|n| starts_digit(n) || month(n).is_some()))
        || month(word).is_some() && next.is_some_and(starts_digit)
}

/// Collects names token by token.
struct Reader<'a> {
    trust: Trust,
    names: Vec<Name<'a>>,
    current: Vec<&'a str>,
    /// What joins the current name to the previous one (`, `, ` and `).
    joiner: String,
    after_break: bool,
    /// The first name ran on into lowercase words: the text is a sentence.
    sentence: bool,
    /// The names ended on a number that is no date or on a label: a lone capitalised
    /// word before it ("Top 10 …", "Driven by expertise") is no name.
    weak_end: bool,
    /// Inside co-authors credited in parentheses ("(avec Damien Leloup et Morgane
    /// Tual)"): the closing parenthesis ends the names.
    in_parens: bool,
}

#[derive(Debug)]
struct Name<'a> {
    joiner: String,
    words: Vec<&'a str>,
    credentials: Vec<&'a str>,
}

impl<'a> Reader<'a> {
    fn new(trust: Trust) -> Self {
        Reader {
            trust,
            names: Vec::new(),
            current: Vec::new(),
            joiner: String::new(),
            after_break: false,
            sentence: false,
            weak_end: false,
            in_parens: false,
        }
    }

    /// Reads the token at `i`; returns the next index, or `None` when the names end.
    fn step(&mut self, tokens: &[Tok<'a>], i: usize) -> Option<usize> {
        match tokens[i] {
            Tok::Break => {
                self.after_break = true;
                Some(i + 1)
            }
            Tok::Sep => {
                if self.current.is_empty() && self.names.is_empty() {
                    Some(i + 1)
                } else {
                    None
                }
            }
            Tok::Comma => {
                self.close();
                if self.names.is_empty() {
                    return None;
                }
                let credentials = self.credentials_after(tokens, i + 1);
                if credentials > 0 {
                    return Some(i + 1 + credentials);
                }
                self.joiner = ", ".into();
                Some(i + 1)
            }
            Tok::Word(w) => self.word(w, tokens, i),
        }
    }

    fn word(&mut self, w: &'a str, tokens: &[Tok<'a>], i: usize) -> Option<usize> {
        let first_word = self.current.is_empty() && self.names.is_empty();
        let visible = self.trust == Trust::Visible;
        if let Some(joiner) = joiner_word(w) {
            if !self.current.is_empty() {
                self.close();
                self.joiner = format!(" {joiner} ");
            } else if !self.names.is_empty() {
                self.joiner = format!(", {joiner} ");
            }
            self.after_break = false;
            return Some(i + 1);
        }
        // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in
        // parentheses after a joiner are authors too (Readability's `lemonde-1`).
        let coauthors = w.strip_prefix('(').and_then(joiner_word);
        if let Some(joiner) = coauthors.filter(|_| !first_word && !self.in_parens) {
            self.close();
            self.joiner = format!(" ({joiner} ");
            self.in_parens = true;
            self.after_break = false;
            return Some(i + 1);
        }
        if let Some(last) = w.strip_suffix(')').filter(|_| self.in_parens) {
            if !last.is_empty() {
                self.current.push(last);
            }
            return None;
        }
        if visible && self.after_break && self.joiner.is_empty() && !first_word {
            return None;
        }
        self.after_break = false;
        let has_letter = w.chars().any(char::is_alphabetic);
        let digit_ok = first_word && has_letter;
        if ends_names(w, next_word(tokens, i)) && !digit_ok {
            self.weak_end = w.starts_with(|c: char| c.is_ascii_digit()) && !starts_date(tokens, i);
            return None;
        }
        if visible && !first_word && (label_at(tokens, i).is_some() || w.starts_with(['(', '['])) {
            self.weak_end = true;
            return None;
        }
        if is_byline_stop(w) && !first_word {
            // "BeauHD on Friday": a stop before a date ends a name; "View more posts"
            // is a link text.
            self.weak_end = !starts_date(tokens, i + 1);
            return None;
        }
        let role_ends = visible || (self.current.is_empty() && !self.names.is_empty());
        if is_byline_role(w) && role_ends {
            if !self.names.is_empty() {
                self.current.clear();
            }
            return None;
        }
        let lowercase = w.starts_with(|c: char| c.is_lowercase()) && !is_particle(w);
        if visible && lowercase && !first_word {
            // "Introducing our new…": a sentence, not a name followed by its credits.
            self.sentence = self.names.is_empty();
            return None;
        }
        if self.current.len() >= MAX_NAME_WORDS && visible {
            return None;
        }
        self.current.push(w);
        Some(i + 1)
    }

    /// How many tokens after a comma are credentials of the name before it.
    fn credentials_after(&mut self, tokens: &[Tok<'a>], from: usize) -> usize {
        let words: Vec<&'a str> = tokens[from..]
            .iter()
            .take_while(|t| matches!(t, Tok::Word(_) | Tok::Comma))
            .filter_map(|t| match t {
                Tok::Word(w) => Some(*w),
                _ => None,
            })
            .take_while(|w| is_credential(w))
            .collect();
        if words.is_empty() {
            return 0;
        }
        let taken = tokens[from..]
            .iter()
            .scan(0, |seen, t| {
                if *seen == words.len() {
                    return None;
                }
                if matches!(t, Tok::Word(_)) {
                    *seen += 1;
                }
                Some(())
            })
            .count();
        if let Some(last) = self.names.last_mut() {
            last.credentials.extend(words);
        }
        taken
    }

    fn close(&mut self) {
        if self.current.is_empty() {
            return;
        }
        let words = std::mem::take(&mut self.current);
        let joiner = std::mem::take(&mut self.joiner);
        self.names.push(Name {
            joiner,
            words,
            credentials: Vec::new(),
        });
    }

    fn finish(mut self) -> Option<Parsed> {
        if self.sentence {
            return None;
        }
        self.close();
        let lone_word = self.names.len() == 1 && self.names[0].words.len() == 1;
        if self.trust == Trust::Visible && self.weak_end && lone_word {
            return None;
        }
        let trust = self.trust;
        let all_plausible = self
            .names
            .iter()
            .enumerate()
            .all(|(n, name)| is_plausible(&name.words, trust, n == 0));
        if trust == Trust::Declared && !all_plausible && self.names.len() > 1 {
            // "Mac & i": a declared value that does not split into names is one name.
            let words: Vec<&str> = self
                .names
                .iter()
                .flat_map(|n| n.words.iter().copied())
                .collect();
            let joined = self
                .names
                .iter()
                .enumerate()
                .fold(String::new(), |mut acc, (n, name)| {
                    if n > 0 {
                        acc.push_str(if name.joiner.is_empty() {
                            ", "
                        } else {
                            &name.joiner
                        });
                    }
                    acc.push_str(&name.words.join(" "));
                    acc
                });
            return is_plausible(&words, trust, true).then(|| Parsed {
                names: vec![joined.clone()],
                text: joined,
            });
        }
        let mut kept: Vec<Name> = Vec::new();
        for (n, name) in self.names.into_iter().enumerate() {
            if !is_plausible(&name.words, trust, n == 0) {
                if n == 0 {
                    return None;
                }
                break;
            }
            kept.push(name);
        }
        let mut text = String::new();
        let mut names = Vec::new();
        for (n, name) in kept.iter().enumerate() {
            let mut one = name.words.join(" ");
            for c in &name.credentials {
                one.push_str(", ");
                one.push_str(c);
            }
            if n > 0 {
                text.push_str(if name.joiner.is_empty() {
                    ", "
                } else {
                    &name.joiner
                });
            }
            text.push_str(&one);
            names.push(one);
        }
        // The parenthesis the co-authors opened closes after the last of them.
        if kept.iter().any(|n| n.joiner.starts_with(" (")) {
            text.push(')');
        }
        (!names.is_empty()).then_some(Parsed { text, names })
    }
}

/// True when the words from `i` read as a date ("8 December 2025", "12/19/2025").
fn starts_date(tokens: &[Tok], i: usize) -> bool {
    let words: Vec<&str> = tokens[i..]
        .iter()
        .filter_map(|t| match t {
            Tok::Word(w) => Some(*w),
            _ => None,
        })
        .take(4)
        .collect();
    let first = words.first().copied().unwrap_or("");
    let relative = first.ends_with(['h', 'm', 'd'])
        && first[..first.len() - 1].bytes().all(|b| b.is_ascii_digit());
    relative
        || first.contains(':')
        || find_in_text(&words.join(" "), NumericOrder::Unknown).is_some()
}

/// "and" in the languages of the lexicon, `&`, and "with" ("Dieter Hogen with Uta
/// Pippig").
fn joiner_word(w: &str) -> Option<&str> {
    matches!(
        w,
        "and" | "&" | "und" | "et" | "y" | "e" | "og" | "och" | "with" | "avec" | "mit" | "con"
    )
    .then_some(w)
}

/// Could these words be one author's name?
fn is_plausible(words: &[&str], trust: Trust, first: bool) -> bool {
    let text = words.join(" ");
    let chars = text.chars().count();
    if !(2..=100).contains(&chars) || is_placeholder_author(&text) || url::has_scheme(&text) {
        return false;
    }
    if !text.chars().any(char::is_alphabetic) {
        return false;
    }
    if trust == Trust::Declared {
        return true;
    }
    if text.contains(['(', ')', '（', '）']) {
        return false;
    }
    let capitalised = words
        .first()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    let determiner = words
        .first()
        .is_some_and(|w| matches!(w.to_lower().as_str(), "the" | "a" | "an" | "our"));
    if words.iter().all(|w| is_function_word(&w.to_lower())) {
        return false;
    }
    // "What Workforce Optimization Firms Actually Do" is a headline; "Our Foreign
    // Staff" is a credit.
    let opens_with_function_word = words
        .first()
        .is_some_and(|w| is_function_word(&w.to_lower()));
    if opens_with_function_word && !words.iter().any(|w| is_staff_word(w)) {
        return false;
    }
    // A single lowercase word is a user name ("jsteinhardt"); several must look like
    // a name. After the first author, "The Commercial Appeal" is the publication.
    (capitalised || (words.len() == 1 && first)) && (!determiner || first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(value: &str) -> Option<String> {
        parse(&[value], Trust::Visible).map(|p| p.text)
    }

    fn names(pieces: &[&str]) -> Vec<String> {
        parse(pieces, Trust::Visible).map_or_else(Vec::new, |p| p.names)
    }

    #[test]
    fn dates_handles_and_labels_around_names_are_dropped() {
        assert_eq!(
            read("Dan Goodin - Apr 16, 2015 8:02 pm UTC").as_deref(),
            Some("Dan Goodin")
        );
        assert_eq!(
            read("Aleš Vávra před 2 hodinami").as_deref(),
            Some("Aleš Vávra")
        );
        assert_eq!(
            read("Posted by Andrew Zonenberg").as_deref(),
            Some("Andrew Zonenberg")
        );
        assert_eq!(
            read("Nicolas Perriault —").as_deref(),
            Some("Nicolas Perriault")
        );
        assert_eq!(
            read("Steven Musil January 18, 2017 11:00 PM PST @stevenmusil").as_deref(),
            Some("Steven Musil")
        );
        assert_eq!(read("James Akinaka • 8h").as_deref(), Some("James Akinaka"));
        assert_eq!(
            read("Written ByStephen Jesudunsin").as_deref(),
            Some("Stephen Jesudunsin")
        );
        assert_eq!(
            read("16 December 2025 by Sam O'Brien").as_deref(),
            Some("Sam O'Brien")
        );
        assert_eq!(
            read("Posted by BeauHD on Friday December 19, 2025 @08:00PM").as_deref(),
            Some("BeauHD")
        );
        assert_eq!(read("By").as_deref(), None);
        assert_eq!(read("Name *").as_deref(), None);
    }

    #[test]
    fn job_titles_after_a_comma_are_not_authors() {
        assert_eq!(
            read("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project")
                .as_deref(),
            Some("Daniel Kahn Gillmor")
        );
        assert_eq!(
            read("Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal").as_deref(),
            Some("Manoj Jain and Jagpreet Chhatwal")
        );
        assert_eq!(
            read("Mike Marshall, Shipping Expert").as_deref(),
            Some("Mike Marshall")
        );
        assert_eq!(
            read("Angela Holliday-Bell, MD").as_deref(),
            Some("Angela Holliday-Bell, MD")
        );
    }

    #[test]
    fn several_authors_are_each_a_name() {
        assert_eq!(
            names(&["Stella Kim and Jennifer Jett"]),
            vec!["Stella Kim", "Jennifer Jett"]
        );
        assert_eq!(
            names(&["By", "Jared Newman", "and", "Sam Singleton"]),
            vec!["Jared Newman", "Sam Singleton"]
        );
        assert_eq!(
            read("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen").as_deref(),
            Some("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen")
        );
        assert_eq!(
            names(&["Ben Silverman", "Games Editor"]),
            vec!["Ben Silverman"]
        );
    }
}
