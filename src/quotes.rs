//! Quotes: direct, partial and reported speech, each with its speaker.
//!
//! Quotation marks are paired into stretches ([`marks`]); a stretch of a few words in
//! title case or shorter than a clause is a title or scare quote, not a quote. Each
//! quote is attributed by its frame ([`frames`]): the cue verb and speaker after it
//! ("…,” Peskov simply responded") or before it ("Watson said: “…”"), else the speaker
//! of the quote before it in the paragraph, else the speaker introduced or quoted in
//! the paragraph before. Speaker phrases become actors through names, pronouns and
//! roles ([`speaker`]). Reported speech without marks is found apart ([`reported`]).
//! What a reader is shown lists words once: a quote inside another of the same
//! speaker is left to the one that holds it ([`outermost`]).

mod frames;
mod marks;
mod reported;
mod speaker;

use crate::actors::Actors;
use crate::analysis::{Quote, QuoteKind};
use crate::lexicon::function_words;
use crate::lexicon::speech::Strength;
use crate::text::words::is_capitalised;
use crate::text::{Doc, TokenKind};

use crate::text::ToLower;
pub use frames::is_party_tag;
use frames::{Frame, Reader};
use marks::Stretch;
use speaker::{Resolver, Speaker};

/// The fewest words of a quote inside a sentence: shorter quoted fragments are scare
/// quotes and terms ("technical-military"); the PolNeAR guidelines draw the same line.
pub const MIN_PARTIAL_WORDS: usize = 4;

/// The fewest words of a quote that stands as its own sentence with a speech verb
/// beside it (“Absolutely not,” he said).
pub const MIN_DIRECT_WORDS: usize = 2;

/// How many cues before a quotation are tried when the nearest one names nobody.
const MAX_EARLIER_CUES: usize = 3;

/// A quote with where it is: its words are tokens `[first, end)` of the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The quote as the analysis reports it.
    pub quote: Quote,
    /// First token of the quoted (or reported) words.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// The speaker's actor, an index into [`Actors::entities`].
    pub entity: Option<usize>,
    /// The quote has an attribution of its own (not one carried over from the quote
    /// before it).
    pub framed: bool,
}

/// Finds the quotes in the article text and attributes them to `actors`, as a reader
/// is shown them: a quote inside another of the same speaker (or of none) is left to
/// the one that holds it (see [`outermost`]).
pub fn find(doc: &Doc, actors: &Actors) -> Vec<Quote> {
    let found = find_located(doc, actors);
    let keep = outermost(&found);
    found
        .into_iter()
        .zip(keep)
        .filter_map(|(f, keep)| keep.then_some(f.quote))
        .collect()
}

/// For each quote, false when its words lie inside a longer quote and it says no more
/// than that quote about who spoke: the same speaker, or none. A partial quotation
/// inside the reported speech that frames it (Obama said the laws were “common sense
/// gun safety laws”), or a clause with a cue inside a quotation, would otherwise be
/// listed twice under one speaker. Kept: a quote of someone else inside a quote (what
/// one source says another said), and a whole quotation inside reported speech, which
/// stands as a statement of its own.
pub fn outermost(found: &[Found]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    // Outer before inner: by first token, the longer first.
    crate::order::by_key(&mut order, |&i| {
        (found[i].first as u64, u64::MAX - found[i].end as u64)
    });
    let mut keep = vec![true; found.len()];
    // The kept quote reaching furthest so far: every later quote starts inside or
    // after it.
    let mut holder: Option<usize> = None;
    for i in order {
        let f = &found[i];
        if let Some(h) = holder.filter(|&h| found[h].end >= f.end) {
            let statement =
                f.quote.kind == QuoteKind::Direct && found[h].quote.kind == QuoteKind::Reported;
            if (f.entity.is_none() || f.entity == found[h].entity) && !statement {
                keep[i] = false;
                continue;
            }
        }
        if holder.is_none_or(|h| f.end > found[h].end) {
            holder = Some(i);
        }
    }
    keep
}

/// Finds the quotes with their places in the text.
pub fn find_located(doc: &Doc, actors: &Actors) -> Vec<Found> {
    let stretches = marks::stretches(doc);
    let mut quoted = vec![false; doc.tokens.len()];
    for s in &stretches {
        for q in &mut quoted[s.open..s.after().min(doc.tokens.len())] {
            *q = true;
        }
    }
    let reader = Reader {
        doc,
        quoted: &quoted,
    };
    let roles = speaker::role_index(actors);
    let resolver = Resolver {
        reader: &reader,
        actors,
        roles: &roles,
    };
    let finder = Finder {
        reader: &reader,
        resolver: &resolver,
        actors,
    };
    let mut out: Vec<Found> = Vec::new();
    let mut pending = Vec::new();
    for s in stretches.iter().filter(|s| finder.is_quote(s)) {
        let frame = finder.frame(s);
        let found = finder.found(s, frame);
        if frame.is_none() {
            pending.push(out.len());
        }
        out.push(found);
    }
    for r in reported::find(&reader) {
        let found = finder.reported(&r);
        // A line opened by "Name:" quotes a person, or in a transcript a name in
        // capitals ("TAPPER:"); "Included Services:" or "Germany:" label what follows.
        let speaker = found.entity.map(|e| &actors.entities[e]);
        let named = speaker.is_some_and(|e| {
            e.kind == crate::actors::Kind::Person
                || crate::text::words::is_all_caps(&e.name) && !e.name.contains(' ')
        });
        if named || !r.named_only {
            out.push(found);
        }
    }
    crate::order::by_key(&mut out, |f| (f.first as u64, f.end as u64));
    for f in out.iter_mut() {
        f.quote.speaker = f.entity.map(|e| actors.entities[e].name.clone());
    }
    finder.continue_speakers(&mut out);
    out
}

struct Finder<'r, 'd, 'a> {
    reader: &'r Reader<'d, 'a>,
    resolver: &'r Resolver<'r, 'd, 'a>,
    actors: &'r Actors,
}

impl Finder<'_, '_, '_> {
    fn doc(&self) -> &Doc<'_> {
        self.reader.doc
    }

    fn words(&self, s: &Stretch) -> usize {
        (s.first..s.end)
            .filter(|&i| self.doc().tokens[i].kind != TokenKind::Punct)
            .count()
    }

    /// True when a stretch is a quote: long enough, and not a title in title case.
    fn is_quote(&self, s: &Stretch) -> bool {
        let words = self.words(s);
        if words == 0 || self.is_title_case(s) {
            return false;
        }
        if words >= MIN_PARTIAL_WORDS {
            return true;
        }
        words >= MIN_DIRECT_WORDS
            && self.kind(s) == QuoteKind::Direct
            && self.reader.after_quote(s.after()).is_some()
    }

    /// Every word capitalised but short function words: a title ("The New York
    /// Times", "Make America Great Again").
    fn is_title_case(&self, s: &Stretch) -> bool {
        (s.first..s.end)
            .filter(|&i| self.doc().tokens[i].kind == TokenKind::Word)
            .map(|i| self.doc().word(i))
            .filter(|w| w.chars().count() > 3 || !function_words::is_function_word(w))
            .all(is_capitalised)
    }

    /// Direct when the quote opens a clause with a capital (after the sentence start,
    /// a colon, a comma or a cue); partial when it sits inside a sentence.
    fn kind(&self, s: &Stretch) -> QuoteKind {
        let doc = self.doc();
        let first_word = (s.first..s.end).find(|&i| doc.tokens[i].kind != TokenKind::Punct);
        let capital = first_word.is_some_and(|i| {
            doc.tokens[i].kind == TokenKind::Number
                || doc.word(i).chars().next().is_some_and(char::is_uppercase)
        });
        let clause_start = s.open == 0
            || doc.tokens[s.open - 1].paragraph != doc.tokens[s.open].paragraph
            || doc.tokens[s.open - 1].sentence != doc.tokens[s.open].sentence
            || matches!(doc.word(s.open - 1), ":" | "," | "—" | "–" | "(")
            || self.reader.cue(s.open - 1).is_some()
            || doc.tokens[s.open - 1].kind == TokenKind::Punct && self.reader.quoted[s.open - 1];
        if capital && clause_start {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        }
    }

    /// The attribution of a stretch: after it when it ends mid-sentence, before it
    /// when it closes its sentence.
    fn frame(&self, s: &Stretch) -> Option<Frame> {
        let doc = self.doc();
        let after = s.after();
        let closes_sentence = after >= doc.tokens.len()
            || doc.tokens[after].sentence != doc.tokens[after - 1].sentence;
        if closes_sentence {
            self.before(s.open)
                .or_else(|| self.reader.after_quote(after))
        } else {
            self.reader
                .after_quote(after)
                .or_else(|| self.before(s.open))
        }
    }

    /// The frame before a quotation: the nearest cue of its sentence, unless its
    /// speaker names nobody ("anybody who complains “…”", "late-night tweets “…”")
    /// or it is a weak cue inside what an earlier cue reports ("saying that Clinton
    /// had shown … “…”"): then the earlier cue whose speaker is known.
    fn before(&self, open: usize) -> Option<Frame> {
        let nearest = self.reader.before_quote(open)?;
        let known = |f: &Frame| self.resolver.resolve(f.speaker).entity.is_some();
        let mut current = nearest;
        for _ in 0..MAX_EARLIER_CUES {
            if self.doc().word(current.cue) == ":" {
                break;
            }
            let Some(earlier) = self.reader.before_quote_from(open, current.cue) else {
                break;
            };
            let weak = self
                .reader
                .cue(current.cue)
                .is_some_and(|(_, s)| s == Strength::Weak);
            let embedded = weak
                && self
                    .reader
                    .cue(earlier.cue)
                    .is_some_and(|(_, s)| s == Strength::Saying)
                && self.reader.reported_by(earlier.cue, current.cue);
            if known(&current) && !embedded {
                break;
            }
            if known(&earlier) {
                return Some(earlier);
            }
            current = earlier;
        }
        Some(nearest)
    }

    fn found(&self, s: &Stretch, frame: Option<Frame>) -> Found {
        let doc = self.doc();
        let text = quote_text(doc, s.first, s.end);
        let (speaker, cue) = match frame {
            // "Bush: “The mission is…”", "“…” ― Sonya Herridge": a name and a colon or a
            // dash, no verb.
            Some(f)
                if self.reader.cue(f.cue).is_none()
                    && self.reader.according_to(f.cue).is_none() =>
            {
                (self.resolver.resolve(f.speaker), None)
            }
            Some(f) => (
                self.resolver.resolve(f.speaker),
                Some(cue_text(self.reader, f.cue)),
            ),
            None => (Speaker::default(), None),
        };
        Found {
            quote: Quote {
                text,
                speaker: None,
                speaker_role: self.role_of(&speaker),
                kind: self.kind(s),
                cue,
                paragraph: doc.tokens[s.open].paragraph,
            },
            first: s.first,
            end: s.end,
            entity: speaker.entity,
            framed: frame.is_some(),
        }
    }

    fn reported(&self, r: &reported::Report) -> Found {
        let doc = self.doc();
        let speaker = self.resolver.resolve(r.speaker);
        Found {
            quote: Quote {
                text: quote_text(doc, r.first, r.end),
                speaker: None,
                speaker_role: self.role_of(&speaker),
                kind: QuoteKind::Reported,
                cue: Some(cue_text(self.reader, r.cue)),
                paragraph: doc.tokens[r.first.min(doc.tokens.len() - 1)].paragraph,
            },
            first: r.first,
            end: r.end,
            entity: speaker.entity,
            framed: true,
        }
    }

    fn role_of(&self, speaker: &Speaker) -> Option<String> {
        speaker
            .entity
            .and_then(|e| self.actors.entities[e].role.clone())
            .or_else(|| speaker.description.clone())
    }

    /// Quotes without a frame take the speaker of the quote before them in the same
    /// paragraph; when they open their paragraph, the speaker the paragraph before
    /// introduces ("X released the following statement:"), or its last speaker, or the
    /// subject of its last sentence (a quote running on from a paragraph about its
    /// speaker).
    fn continue_speakers(&self, out: &mut [Found]) {
        let mut known: Vec<bool> = out.iter().map(|f| f.framed).collect();
        for k in 0..out.len() {
            if out[k].framed || out[k].quote.kind == QuoteKind::Reported {
                continue;
            }
            let paragraph = out[k].quote.paragraph;
            let opens = self.opens_paragraph(&out[k]);
            // Quotes are in text order: look back only over this paragraph and the one
            // before.
            // A quote running on over a paragraph break belongs, for what follows it,
            // to the paragraph it ends in.
            let ends_in = |j: usize| {
                let last = out[j].end.saturating_sub(1).max(out[j].first);
                self.doc()
                    .tokens
                    .get(last)
                    .map_or(out[j].quote.paragraph, |t| t.paragraph)
            };
            let previous = (0..k)
                .rev()
                .take_while(|&j| ends_in(j) + 1 >= paragraph)
                .find(|&j| {
                    let p = ends_in(j);
                    known[j] && (p == paragraph || p + 1 == paragraph && opens)
                });
            let source = if opens {
                self.introduction(paragraph)
                    .map(|e| (Some(e), None))
                    .or_else(|| {
                        previous.map(|j| (out[j].entity, out[j].quote.speaker_role.clone()))
                    })
                    .or_else(|| self.previous_subject(paragraph).map(|e| (Some(e), None)))
            } else {
                previous
                    .map(|j| (out[j].entity, out[j].quote.speaker_role.clone()))
                    .or_else(|| self.sentence_before(&out[k]).map(|e| (Some(e), None)))
            };
            if let Some((entity, role)) = source {
                known[k] = true;
                out[k].entity = entity;
                out[k].quote.speaker = entity.map(|e| self.actors.entities[e].name.clone());
                out[k].quote.speaker_role = entity
                    .and_then(|e| self.actors.entities[e].role.clone())
                    .or(role);
            }
        }
    }

    /// The subject of the sentence before a quote in its paragraph ("Bolton distanced
    /// himself from the movement. “I’m going to support him…”").
    fn sentence_before(&self, f: &Found) -> Option<usize> {
        let doc = self.doc();
        let open = f.first.checked_sub(1)?;
        let sentence = doc.tokens[open].sentence.checked_sub(1)?;
        let s = &doc.sentences[sentence];
        if s.paragraph != f.quote.paragraph {
            return None;
        }
        self.resolver.subject(s.first, s.end)
    }

    /// The subject of the last sentence of the paragraph before `paragraph`.
    fn previous_subject(&self, paragraph: usize) -> Option<usize> {
        let (first, end) = *self.doc().paragraph_tokens.get(paragraph.checked_sub(1)?)?;
        if first == end {
            return None;
        }
        let last = self.doc().sentence_of(end - 1);
        self.resolver.subject(last.first, last.end)
    }

    fn opens_paragraph(&self, f: &Found) -> bool {
        let doc = self.doc();
        let open = f.first.saturating_sub(1);
        doc.paragraph_tokens[f.quote.paragraph].0 >= open
    }

    /// The speaker the paragraph before `paragraph` introduces with a colon ("Sanders
    /// told the crowd:", "President Clinton released the following statement:").
    fn introduction(&self, paragraph: usize) -> Option<usize> {
        let (first, end) = *self.doc().paragraph_tokens.get(paragraph.checked_sub(1)?)?;
        if end == first || self.doc().word(end - 1) != ":" {
            return None;
        }
        let sentence = self.doc().sentence_of(end - 1);
        let cue = (sentence.first..end)
            .rev()
            .find(|&i| self.reader.cue(i).is_some());
        if let Some(np) = cue.and_then(|c| self.reader.np_before(c, sentence.first)) {
            if let Some(entity) = self.resolver.resolve(np).entity {
                return Some(entity);
            }
        }
        self.resolver.last_agent(sentence.first, end)
    }
}

/// The words of tokens `[first, end)` as the text writes them, paragraphs joined by a
/// space, without a trailing comma.
fn quote_text(doc: &Doc, first: usize, end: usize) -> String {
    if first >= end {
        return String::new();
    }
    let mut out = String::new();
    let mut start = doc.tokens[first].start;
    let mut paragraph = doc.tokens[first].paragraph;
    for i in first..end {
        let t = &doc.tokens[i];
        if t.paragraph != paragraph {
            out.push_str(&doc.text[start..doc.tokens[i - 1].end]);
            out.push(' ');
            // The mark that reopens the quote in its next paragraph is no part of it.
            let reopens = doc.word(i).chars().all(crate::text::is_quote_mark) && i + 1 < end;
            start = if reopens {
                doc.tokens[i + 1].start
            } else {
                t.start
            };
            paragraph = t.paragraph;
        }
    }
    let mut last = end;
    while last > first + 1 && matches!(doc.word(last - 1), "," | ";" | ":") {
        last -= 1;
    }
    out.push_str(&doc.text[start..doc.tokens[last - 1].end.max(start)]);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The cue as written: "said", "according to", "dit" for "dit-il".
fn cue_text(reader: &Reader, cue: usize) -> String {
    if let Some(len) = reader.according_to(cue) {
        return (cue..cue + len)
            .map(|i| reader.word(i).to_lower())
            .collect::<Vec<_>>()
            .join(" ");
    }
    let w = reader.word(cue).to_lower();
    match w.split_once('-') {
        Some((verb, _)) if reader.glued_pronoun(cue) => verb.to_string(),
        _ => w,
    }
}
