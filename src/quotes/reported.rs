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
        let report = according_to(reader, s, i).or_else(|| cue_report(reader, s, i));
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

/// True when most of the content's words are inside quotation marks: it is a direct
/// quote, reported by the quote finder.
fn mostly_quoted(reader: &Reader, a: usize, b: usize) -> bool {
    let words = content_words(reader, a, b);
    let quoted = (a..b)
        .filter(|&i| reader.doc.tokens[i].kind != TokenKind::Punct && reader.quoted[i])
        .count();
    quoted * 10 >= words * 6
}

fn is_clause_comma(reader: &Reader, i: usize) -> bool {
    matches!(reader.word(i), "," | "—" | "–" | ";" | ":")
}

/// The report framed by the cue verb at `i`, if it is one.
fn cue_report(reader: &Reader, s: &Sentence, i: usize) -> Option<Report> {
    let (lemma, strength) = reader.cue(i)?;
    let word = reader.word(i);
    if word.ends_with("ing") && word != "saying"
        || word == "saying" && i > s.first && reader.word(i - 1) != ","
    {
        return None;
    }
    let mut b = i;
    while b > s.first && speech::is_auxiliary(reader.word(b - 1)) && !reader.quoted[b - 1] {
        b -= 1;
    }
    if b > s.first && PASSIVE.contains(&reader.word(b - 1).to_lowercase().as_str()) {
        return None;
    }
    let that_follows = i + 1 < s.end
        && speech::COMPLEMENTIZERS.contains(&reader.word(i + 1).to_lowercase().as_str());
    if b > s.first && is_clause_comma(reader, b - 1) && !that_follows {
        // "Elmendorf, a top Clinton fundraiser, says the goal is…": a subject and its
        // aside before the cue, content after it. Otherwise "…, said Lankov".
        let aside = reader.np_before(i, s.first).filter(|np| np.end + 1 < b);
        match aside {
            Some(speaker) if i + 1 < s.end && is_clause_start(reader, i + 1, false) => {
                let end = trim_end(reader, i + 1, s.end);
                return Some(Report {
                    cue: i,
                    speaker,
                    first: i + 1,
                    end,
                });
            }
            _ => return inverted(reader, s, i, b - 1),
        }
    }
    let speaker = reader
        .np_before(i, s.first)
        .or_else(|| shared_subject(reader, s, b))?;
    if speech::is_noun_like(word) && !names_someone(reader, speaker) {
        return None;
    }
    if speaker.first > s.first
        && is_clause_comma(reader, speaker.first - 1)
        && tail_is_short(reader, s, i)
    {
        // "…, officials said." — the content comes first.
        if !opens_clause(reader, s.first) {
            return None;
        }
        let end = trim_end(reader, s.first, speaker.first - 1);
        return Some(Report {
            cue: i,
            speaker,
            first: s.first,
            end,
        });
    }
    let first = content_start(reader, s, i, lemma, strength)?;
    let end = trim_end(reader, first, content_end(reader, s, speaker, first));
    Some(Report {
        cue: i,
        speaker,
        first,
        end,
    })
}

/// "He endorsed Clinton, but told The Huffington Post that…": a verb coordinated
/// with an earlier one shares its subject, the actor named first in the sentence.
fn shared_subject(reader: &Reader, s: &Sentence, b: usize) -> Option<Np> {
    let coordinated = b > s.first
        && matches!(
            reader.word(b - 1),
            "and" | "but" | "et" | "mais" | "und" | "aber" | "y" | "pero"
        );
    coordinated.then_some(Np {
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
    let subordinate = (s.first..speaker.first.min(s.end))
        .any(|k| SUBORDINATORS.contains(&reader.word(k).to_lowercase().as_str()));
    if !subordinate {
        return s.end;
    }
    (first..s.end)
        .find(|&k| reader.word(k) == "," && !reader.quoted[k])
        .unwrap_or(s.end)
}

/// True when a phrase ends in a name or is a pronoun: what a subject looks like.
fn names_someone(reader: &Reader, np: Np) -> bool {
    let head = reader.word(np.end - 1);
    crate::text::words::is_capitalised(head) || function_words::pronoun(head).is_some()
}

/// "…, said Andrei Lankov, a North Korea expert." and "…, Peskov said.": the cue
/// after a comma, near the sentence end; the content is what precedes the comma.
fn inverted(reader: &Reader, s: &Sentence, cue: usize, comma: usize) -> Option<Report> {
    let speaker = reader.np_after(cue, s.end)?;
    if comma <= s.first || !opens_clause(reader, s.first) {
        return None;
    }
    let end = trim_end(reader, s.first, comma);
    Some(Report {
        cue,
        speaker,
        first: s.first,
        end,
    })
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
    let w = reader.word(k);
    let lower = w.to_lowercase();
    let preposition = function_words::is_function_word(&lower)
        && !function_words::is_determiner(&lower)
        && function_words::pronoun(&lower).is_none()
        && !matches!(
            lower.as_str(),
            "there"
                | "it"
                | "no"
                | "some"
                | "many"
                | "all"
                | "both"
                | "most"
                | "one"
                | "this"
                | "that"
        );
    let participle = lower.ends_with("ing") && lower.len() > 5;
    reader.quoted[k] || !preposition && !participle
}

/// True when little follows the cue: a prepositional phrase or an apposition, no new
/// clause ("said in a statement", "said Monday").
fn tail_is_short(reader: &Reader, s: &Sentence, cue: usize) -> bool {
    let rest = s.end - cue - 1;
    rest <= 8
        || (cue + 1..s.end)
            .take_while(|&k| reader.word(k) != ",")
            .count()
            <= 8
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
    let reach = (cue + 1 + THAT_REACH).min(s.end);
    for k in cue + 1..reach {
        let w = reader.word(k);
        if strength != Strength::Saying && k > cue + 1 {
            // A weak cue takes "that" right after it: "warned that", not "called the
            // idea that".
            break;
        }
        if reader.quoted[k] && k == cue + 1 {
            return None;
        }
        if speech::COMPLEMENTIZERS.contains(&w.to_lowercase().as_str()) {
            return Some(k + 1);
        }
        if matches!(w, "." | ";" | "?" | "!") || reader.quoted[k] || reader.cue(k).is_some() {
            break;
        }
    }
    if strength != Strength::Saying {
        return None;
    }
    let mut k = cue + 1;
    if OBJECT_FIRST.contains(&lemma) {
        k = skip_object(reader, s, k)?;
    }
    while k < s.end && reader.word(k) == "," {
        k += 1;
    }
    (k < s.end && is_clause_start(reader, k, false)).then_some(k)
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
    if is_clause_comma(reader, i - 1) {
        let speaker = reader.np_after(i + len - 1, s.end)?;
        let end = trim_end(reader, s.first, i - 1);
        return Some(Report {
            cue: i,
            speaker,
            first: s.first,
            end,
        });
    }
    None
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
    Some(Report {
        cue: i,
        speaker,
        first,
        end,
    })
}
