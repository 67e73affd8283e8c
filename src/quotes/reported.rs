//! Reported speech: what someone said, without quotation marks.
//!
//! Three shapes: the speaker and cue before the content ("Kirby stressed that his
//! government is concerned…", "a dit que…", "sagte, dass…", "dijo que…"); the content
//! first and the attribution closing the sentence ("…, said Andrei Lankov, a North
//! Korea expert", "…, officials said."); and "according to X" on either side. Content
//! that is already a direct quotation is left to the quote finder.

use super::frames::{Np, Reader};
use crate::lexicon::function_words;
use crate::lexicon::speech::{self, Strength};
use crate::text::ToLower;
use crate::text::{Sentence, TokenKind};

/// The fewest words reported content needs: shorter is a fragment ("he said so").
pub const MIN_WORDS: usize = 4;

/// Verbs whose object comes before the content: "told *reporters* that…".
const OBJECT_FIRST: &[&str] = &[
    "tell", "inform", "assure", "warn", "remind", "ask", "urge", "caution",
];

/// Forms of "to be" before a participle: "is said to", "was told": the subject is no
/// speaker.
const PASSIVE: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "get", "got", "gets",
];

/// How far after a cue "that" may come ("said on Monday in a statement that").
const THAT_REACH: usize = 20;

/// One piece of reported speech: its frame and content tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report {
    /// The cue's token.
    pub cue: usize,
    /// The speaker's phrase.
    pub speaker: Np,
    /// First content token.
    pub first: usize,
    /// One past the last content token.
    pub end: usize,
    /// The report stands only if its speaker names an actor ("Sanders: …" in a
    /// headline, not "Sources: …").
    pub named_only: bool,
}

impl Report {
    /// A report that stands whoever its speaker is.
    fn new(cue: usize, speaker: Np, first: usize, end: usize) -> Report {
        Report {
            cue,
            speaker,
            first,
            end,
            named_only: false,
        }
    }
}

/// Every piece of reported speech in the document.
pub fn find(reader: &Reader) -> Vec<Report> {
    let mut out = Vec::new();
    for sentence in &reader.doc.sentences {
        find_in(reader, sentence, &mut out);
    }
    out
}

fn find_in(reader: &Reader, s: &Sentence, out: &mut Vec<Report>) {
    let mut taken_until = s.first;
    for i in s.first..s.end {
        if i < taken_until {
            continue;
        }
        let report = according_to(reader, s, i)
            .or_else(|| headline_colon(reader, s, i))
            .or_else(|| asked(reader, s, i))
            .or_else(|| cue_report(reader, s, i));
        if let Some(r) = report {
            if content_words(reader, r.first, r.end) >= MIN_WORDS
                && !mostly_quoted(reader, r.first, r.end)
            {
                taken_until = r.cue.max(r.end.min(r.cue + 1));
                out.push(r);
            }
        }
    }
}

fn content_words(reader: &Reader, a: usize, b: usize) -> usize {
    (a..b)
        .filter(|&i| reader.doc.tokens[i].kind != TokenKind::Punct)
        .count()
}

/// True when fewer than [`MIN_WORDS`] of the content's words are outside quotation
/// marks: it is a direct quote, reported by the quote finder.
fn mostly_quoted(reader: &Reader, a: usize, b: usize) -> bool {
    let unquoted = (a..b)
        .filter(|&i| reader.doc.tokens[i].kind != TokenKind::Punct && !reader.quoted[i])
        .count();
    unquoted < MIN_WORDS
}

fn is_clause_comma(reader: &Reader, i: usize) -> bool {
    matches!(reader.word(i), "," | "—" | "–" | ";" | ":")
}

/// The report framed by the cue verb at `i`, if it is one.
fn cue_report(reader: &Reader, s: &Sentence, i: usize) -> Option<Report> {
    let (lemma, strength) = reader.cue(i)?;
    let word = reader.word(i);
    if word.ends_with("ing") {
        return participle(reader, s, i, lemma, strength);
    }
    let mut b = i;
    while b > s.first && speech::is_auxiliary(reader.word(b - 1)) && !reader.quoted[b - 1] {
        b -= 1;
    }
    if b > s.first && PASSIVE.contains(&reader.word(b - 1).to_lower().as_str()) {
        return None;
    }
    if b > s.first && is_clause_comma(reader, b - 1) {
        // "Elmendorf, a top Clinton fundraiser, says the goal is…": a subject and its
        // aside before the cue, content after it. Otherwise "…, said Lankov".
        let forward = reader.np_before(i, s.first).and_then(|speaker| {
            let first = content_start(reader, s, i, lemma, strength)?;
            Some((speaker, first))
        });
        return match forward {
            Some((speaker, first)) => {
                let end = trim_end(reader, first, content_end(reader, s, speaker, first));
                Some(Report::new(i, speaker, first, end))
            }
            None => inverted(reader, s, i, b - 1),
        };
    }
    let speaker = reader
        .np_before(i, s.first)
        .or_else(|| shared_subject(reader, s, b))?;
    if speech::is_noun_like(word) && !names_someone(reader, speaker) {
        return None;
    }
    if speaker.first > s.first && ends_clause(reader, speaker.first - 1) && tail_ok(reader, s, i) {
        // "…, officials said." — the content comes first; or it surrounds the
        // attribution: "Six months ago, the senator said, the media considered him…".
        if !opens_clause(reader, s.first) || mostly_quoted(reader, s.first, speaker.first - 1) {
            return None;
        }
        let around = i + 2 < s.end
            && reader.word(i + 1) == ","
            && content_words(reader, i + 2, s.end) >= MIN_WORDS;
        let end = if around { s.end } else { speaker.first - 1 };
        let end = trim_end(reader, s.first, end);
        return Some(Report::new(i, speaker, s.first, end));
    }
    let first = content_start(reader, s, i, lemma, strength)?;
    let end = trim_end(reader, first, content_end(reader, s, speaker, first));
    Some(Report::new(i, speaker, first, end))
}

/// "Sanders: Clinton Email Story Has Moved": a headline giving a name, a colon and
/// what the person said.
fn headline_colon(reader: &Reader, s: &Sentence, i: usize) -> Option<Report> {
    if i != s.first {
        return None;
    }
    let colon = (s.first..s.end.min(s.first + 5)).find(|&k| reader.word(k) == ":")?;
    let long_enough = colon > s.first && reader.word(s.first).chars().count() > 1;
    if !long_enough || !reader.is_name_segment(s.first, colon) || colon + 1 >= s.end {
        return None;
    }
    let end = trim_end(reader, colon + 1, s.end);
    Some(Report {
        cue: colon,
        speaker: Np::new(s.first, colon),
        first: colon + 1,
        end,
        named_only: true,
    })
}

/// "Asked if she believed Putin wanted Trump to win, Clinton said…": the question is
/// reported for the subject of the main clause; "X asked whether…" for X.
fn asked(reader: &Reader, s: &Sentence, i: usize) -> Option<Report> {
    if !reader.word(i).eq_ignore_ascii_case("asked") || reader.quoted[i] || i + 1 >= s.end {
        return None;
    }
    let question = matches!(
        reader.word(i + 1),
        "if" | "whether" | "about" | "what" | "why" | "how" | "who" | "when" | "where"
    );
    if !question {
        return None;
    }
    let first = i + 1;
    let opening = i == s.first || matches!(reader.word(i - 1), "when" | "When" | ",");
    if opening {
        let comma = (first..s.end).find(|&k| reader.word(k) == "," && !reader.quoted[k])?;
        let speaker = Np {
            first: comma + 1,
            end: s.end,
            reach: s.end,
            nearest: true,
        };
        return Some(Report::new(i, speaker, first, comma));
    }
    let speaker = reader.np_before(i, s.first)?;
    let end = trim_end(reader, first, s.end);
    Some(Report::new(i, speaker, first, end))
}

/// A clause ends before token `k`: a comma, or a comma inside the closing quotation
/// mark ("…disenfranchisement,\" the lawsuit says").
fn ends_clause(reader: &Reader, k: usize) -> bool {
    is_clause_comma(reader, k) || reader.quoted[k] && k > 0 && reader.word(k - 1) == ","
}

/// ", saying the positives would outweigh…", "…by arguing that…": a participle after
/// a comma reports for the subject of the sentence.
fn participle(
    reader: &Reader,
    s: &Sentence,
    i: usize,
    lemma: &str,
    strength: Strength,
) -> Option<Report> {
    let after_comma = i > s.first && matches!(reader.word(i - 1), "," | "by" | "—");
    if !after_comma {
        return None;
    }
    let speaker = Np {
        first: s.first,
        end: i - 1,
        reach: i - 1,
        nearest: true,
    };
    let first = content_start(reader, s, i, lemma, strength)?;
    let end = trim_end(reader, first, content_end(reader, s, speaker, first));
    Some(Report::new(i, speaker, first, end))
}

/// "He endorsed Clinton, but told The Huffington Post that…": a verb coordinated
/// with an earlier one shares its subject, the actor named first in the sentence.
fn shared_subject(reader: &Reader, s: &Sentence, b: usize) -> Option<Np> {
    let coordinated = b > s.first
        && matches!(
            reader.word(b - 1),
            "and" | "but" | "et" | "mais" | "und" | "aber" | "y" | "pero"
        );
    coordinated.then(|| Np {
        first: s.first,
        end: b - 1,
        reach: b - 1,
        nearest: true,
    })
}

/// Subordinating words: a cue inside the clause they open reports only that clause
/// ("Years after Clinton claimed that the era of big government was over, Obama won").
const SUBORDINATORS: &[&str] = &[
    "after", "when", "while", "as", "because", "since", "although", "though", "if", "before",
    "until", "once", "whereas", "whether",
];

/// Where reported content ends: at the sentence end, or at the comma closing a
/// subordinate clause the cue stands in.
fn content_end(reader: &Reader, s: &Sentence, speaker: Np, first: usize) -> usize {
    // A dash or an opening parenthesis starts an aside of the writer's; "but added"
    // or "and said" a second attribution, and so does a cue right after a comma
    // ("It suggests a way to look at them, explains Hoge.").
    let aside = (first..s.end)
        .find(|&k| {
            let w = reader.word(k);
            let mark = matches!(w, "—" | "–" | "(");
            let next_cue = matches!(w, "but" | "and")
                && (k + 1..(k + 3).min(s.end)).any(|j| reader.cue(j).is_some());
            let closing_cue = w == ","
                && k + 1 < s.end
                && !reader.word(k + 1).ends_with("ing")
                && reader
                    .cue(k + 1)
                    .is_some_and(|(_, st)| st == Strength::Saying)
                && reader.np_after(k + 1, s.end).is_some_and(|np| {
                    (np.end..s.end).all(|j| reader.doc.tokens[j].kind == TokenKind::Punct)
                        || reader.word(np.end) == ","
                });
            (mark || next_cue || closing_cue) && !reader.quoted[k]
        })
        .unwrap_or(s.end);
    let subordinate = (s.first..speaker.first.min(s.end))
        .any(|k| SUBORDINATORS.contains(&reader.word(k).to_lower().as_str()));
    if !subordinate {
        return aside;
    }
    (first..aside)
        .find(|&k| reader.word(k) == "," && !reader.quoted[k])
        .unwrap_or(aside)
}

/// True when a phrase ends in a name or is a pronoun: what a subject looks like.
fn names_someone(reader: &Reader, np: Np) -> bool {
    let head = reader.word(np.end - 1);
    let name = crate::text::words::is_capitalised(head) && !function_words::is_function_word(head);
    name || function_words::pronoun(head).is_some()
}

/// "…, said Andrei Lankov, a North Korea expert." and "…, Peskov said.": the cue
/// after a comma, near the sentence end; the content is what precedes the comma.
fn inverted(reader: &Reader, s: &Sentence, cue: usize, comma: usize) -> Option<Report> {
    let speaker = reader.np_after(cue, s.end)?;
    if comma <= s.first || !opens_clause(reader, s.first) || mostly_quoted(reader, s.first, comma) {
        return None;
    }
    let end = trim_end(reader, s.first, comma);
    Some(Report::new(cue, speaker, s.first, end))
}

/// True when the words from `k` can be reported content: not a prepositional or
/// participial phrase set before the subject ("In a message to Clinton, Tanden
/// wrote", "Speaking on CNBC, he said").
fn opens_clause(reader: &Reader, k: usize) -> bool {
    // A sentence adverb and its comma ("Now, Kim is likely…") open nothing themselves.
    let adverb = k + 2 < reader.doc.tokens.len()
        && reader.word(k + 1) == ","
        && function_words::is_function_word(reader.word(k));
    let k = if adverb { k + 2 } else { k };
    let lower = reader.word(k).to_lower();
    let preposition = PHRASE_OPENERS.contains(&lower.as_str());
    let participle = lower.ends_with("ing") && lower.len() > 5;
    reader.quoted[k] || !preposition && !participle
}

/// Prepositions that open a phrase set before a sentence's subject, not a clause.
const PHRASE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "with",
    "without",
    "for",
    "from",
    "by",
    "under",
    "over",
    "among",
    "amid",
    "despite",
    "following",
    "according",
    "unlike",
    "like",
    "throughout",
    "within",
    "into",
    "to",
    "of",
    "about",
    "against",
    "upon",
    "dans",
    "pendant",
    "après",
    "avant",
    "avec",
    "pour",
    "selon",
    "im",
    "am",
    "nach",
    "mit",
    "bei",
    "während",
    "en",
    "tras",
    "durante",
    "con",
    "para",
];

/// True when no object follows the cue, only a prepositional phrase, a time or the
/// sentence end ("said in a statement", "said Monday"), as when the content came
/// first; not "announced *his resignation*".
fn tail_ok(reader: &Reader, s: &Sentence, cue: usize) -> bool {
    let mut k = cue + 1;
    while k < s.end && (speech::is_auxiliary(reader.word(k)) || reader.is_time(k)) {
        k += 1;
    }
    k >= s.end
        || reader.quoted[k]
        || matches!(reader.word(k), "." | "," | ";" | ":" | "!" | "?")
        || PHRASE_OPENERS.contains(&reader.word(k).to_lower().as_str())
}

/// Where the content starts after a cue: after "that" (within reach), after the object
/// of "told", or right after a verb of saying when a clause follows.
fn content_start(
    reader: &Reader,
    s: &Sentence,
    cue: usize,
    lemma: &str,
    strength: Strength,
) -> Option<usize> {
    let mut k = cue + 1;
    while k < s.end && reader.is_time(k) {
        k += 1;
    }
    while k < s.end && reader.word(k) == "," {
        k += 1;
    }
    if k >= s.end || reader.quoted[k] {
        return None;
    }
    if is_complementizer(reader, k) {
        return Some(k + 1);
    }
    if strength != Strength::Saying {
        // A weak cue takes "that" right after it: "warned that", not "called the idea
        // that".
        return None;
    }
    let object_first = OBJECT_FIRST.contains(&lemma);
    let preposition = PHRASE_OPENERS.contains(&reader.word(k).to_lower().as_str());
    if object_first || preposition {
        // "told reporters that", "said in a statement that".
        if let Some(that) = that_within_reach(reader, s, k) {
            return Some(that + 1);
        }
        if preposition {
            return None;
        }
        k = skip_object(reader, s, k)?;
        while k < s.end && reader.word(k) == "," {
            k += 1;
        }
    }
    (k < s.end && is_clause_start(reader, k, false)).then_some(k)
}

fn is_complementizer(reader: &Reader, k: usize) -> bool {
    speech::COMPLEMENTIZERS.contains(&reader.word(k).to_lower().as_str())
}

/// The "that" a few words after a cue, before the clause ends.
fn that_within_reach(reader: &Reader, s: &Sentence, from: usize) -> Option<usize> {
    let reach = (from + THAT_REACH).min(s.end);
    (from..reach)
        .take_while(|&k| {
            !matches!(reader.word(k), "." | ";" | "?" | "!" | ",")
                && !reader.quoted[k]
                && reader.cue(k).is_none()
        })
        .find(|&k| is_complementizer(reader, k))
}

/// After "told": the object ("reporters", "the AP", "him") up to the subject of the
/// content, which starts with a pronoun, a determiner or "there".
fn skip_object(reader: &Reader, s: &Sentence, mut k: usize) -> Option<usize> {
    let start = k;
    if k < s.end && function_words::is_determiner(reader.word(k)) {
        k += 1;
    }
    while k < s.end && k - start <= 4 {
        if k > start && is_clause_start(reader, k, true) {
            return Some(k);
        }
        if reader.doc.tokens[k].kind == TokenKind::Punct {
            return None;
        }
        k += 1;
    }
    None
}

/// True when token `k` can open a clause: a determiner, a pronoun, a name, a number.
fn is_clause_start(reader: &Reader, k: usize, after_object: bool) -> bool {
    let w = reader.word(k);
    if reader.quoted[k] {
        return false;
    }
    let t = &reader.doc.tokens[k];
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => false,
        TokenKind::Word => {
            function_words::is_determiner(w)
                || function_words::pronoun(w).is_some()
                || matches!(
                    w,
                    "there"
                        | "it"
                        | "no"
                        | "some"
                        | "many"
                        | "all"
                        | "both"
                        | "most"
                        | "if"
                        | "one"
                )
                || !after_object && w.chars().next().is_some_and(char::is_uppercase)
                || !after_object
                    && !function_words::is_function_word(w)
                    && reader.cue(k).is_none()
                    && !w.ends_with("ly")
        }
    }
}

/// `end` without trailing punctuation.
fn trim_end(reader: &Reader, first: usize, mut end: usize) -> usize {
    while end > first
        && reader.doc.tokens[end - 1].kind == TokenKind::Punct
        && !reader.quoted[end - 1]
    {
        end -= 1;
    }
    end
}

/// "According to X, …" and "…, according to X." (and "selon", "laut", "según").
fn according_to(reader: &Reader, s: &Sentence, i: usize) -> Option<Report> {
    let len = reader.according_to(i)?;
    if reader.word(i) == "so" {
        return None;
    }
    if i == s.first || reader.doc.tokens[i].sentence_initial {
        return according_to_first(reader, s, i, len);
    }
    if !is_clause_comma(reader, i - 1) {
        return None;
    }
    let speaker = reader.np_after(i + len - 1, s.end)?;
    // "But the next day, according to Roffman, Trump made further demands": the
    // source inside the sentence; the content is around it.
    let after = (speaker.end..s.end)
        .find(|&k| reader.word(k) == ",")
        .map(|k| k + 1);
    let around = after.filter(|&k| content_words(reader, k, s.end) >= MIN_WORDS);
    let (first, end) = match around {
        Some(k) if content_words(reader, s.first, i - 1) < MIN_WORDS => (k, s.end),
        Some(_) => (s.first, s.end),
        None => (s.first, i - 1),
    };
    let end = trim_end(reader, first, end);
    Some(Report::new(i, speaker, first, end))
}

/// "According to the ministry, …", "Según la ministra de Hacienda, María Jesús Montero,
/// …": the source runs to the comma, or to the next one when a name follows as an
/// apposition.
fn according_to_first(reader: &Reader, s: &Sentence, i: usize, len: usize) -> Option<Report> {
    let from = i + len;
    let comma = (from..s.end).find(|&k| reader.word(k) == ",")?;
    let mut speaker = Np::new(from, comma);
    let mut first = comma + 1;
    if let Some(next) = (comma + 1..s.end).find(|&k| reader.word(k) == ",") {
        if reader.is_name_segment(comma + 1, next) {
            speaker = Np::new(comma + 1, next);
            first = next + 1;
        }
    }
    let end = trim_end(reader, first, s.end);
    Some(Report::new(i, speaker, first, end))
}
