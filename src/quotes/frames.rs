//! Attribution frames: a cue verb and the noun phrase of its speaker.
//!
//! The speaker stands before the cue ("Peskov simply responded", "the Ministry
//! stressed", "Smith, a spokesman for X, said") or after it ("said Russian Defense
//! Minister Sergei Shoigu", "added the statement from the Cuban Government", French
//! "dit-il", "a déclaré le ministre"). "According to X", "selon X", "laut X", "según X"
//! and German "…“, so X" name a source without a verb.

use crate::lexicon::{function_words, speech, titles};
use crate::text::words::{is_ly_adverb, strip_possessive};
use crate::text::ToLower;
use crate::text::{is_quote_mark, Doc, TokenKind};

mod before;

/// Commas and dashes set asides off: "Jason Sims — a teacher from Mount Pleasant —
/// says".
fn is_aside_mark(word: &str) -> bool {
    matches!(word, "," | "—" | "–")
}

/// A party-and-state tag of a US politician: `D-N.Y.`, `R-Ky.`, `I-Vt.`.
pub fn is_party_tag(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    matches!(parts.next(), Some("D" | "R" | "I"))
        && parts
            .next()
            .is_some_and(|s| s.chars().next().is_some_and(char::is_uppercase))
}

/// Words that open a subordinate clause: a cue after them is not the attribution of
/// the quotation before them.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "because", "while", "before", "since", "although", "though", "until",
    "whereas", "if",
];

/// How far after a quotation its cue verb may come, in tokens.
const AFTER_QUOTE_REACH: usize = 28;

/// The fewest words of a quotation that a speaker between two quotations continues.
const MIN_QUOTED_WORDS: usize = 4;

/// The longest speaker noun phrase read, in tokens.
const MAX_NP: usize = 10;

/// A speaker's noun phrase: tokens `[first, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// For a speaker after the cue: the end of the clause, up to which the name may
    /// come after a long title ("said former Pennsylvania Gov. and DNC Chairman Ed
    /// Rendell"). Equal to `end` otherwise.
    pub reach: usize,
    /// No phrase was found: the speaker is the actor named last in `[first, end)`.
    pub nearest: bool,
}

impl Np {
    /// The phrase `[first, end)`.
    pub fn new(first: usize, end: usize) -> Np {
        Np {
            first,
            end,
            reach: end,
            nearest: false,
        }
    }
}

/// A cue and its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The cue word's token (the verb, or the first word of "according to").
    pub cue: usize,
    /// The speaker.
    pub speaker: Np,
}

/// Reads tokens with knowledge of which ones are inside quotes.
pub struct Reader<'d, 'a> {
    /// The document.
    pub doc: &'d Doc<'a>,
    /// For each token, whether it is inside a quoted stretch (marks included).
    pub quoted: &'d [bool],
}

impl<'a> Reader<'_, 'a> {
    /// The word of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lower()
    }

    fn is_punct(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Punct
    }

    /// The cue verb at token `i`, outside quotes: lowercase, or sentence-initial.
    pub fn cue(&self, i: usize) -> Option<(&'static str, speech::Strength)> {
        if self.quoted[i] || self.is_punct(i) {
            return None;
        }
        let w = self.word(i);
        // "as the prosecutor put it, “…”"
        if matches!(w, "put" | "puts")
            && self.doc.tokens.get(i + 1).is_some()
            && self.word(i + 1) == "it"
        {
            return Some(("put it", speech::Strength::Weak));
        }
        if let Some(c) = speech::cue(w) {
            return Some(c);
        }
        if self.doc.tokens[i].sentence_initial {
            return speech::cue(&w.to_lower());
        }
        // French inversion glued by hyphens: "dit-il", "a-t-elle".
        let parts: Vec<&str> = w.split('-').collect();
        if parts.len() >= 2 && speech::FRENCH_INVERTED_PRONOUNS.contains(&parts[parts.len() - 1]) {
            return speech::cue(parts[0]);
        }
        None
    }

    /// A French inverted pronoun glued to token `i` ("dit-il", "a-t-il"): its token.
    pub fn glued_pronoun(&self, i: usize) -> bool {
        let w = self.word(i);
        w.contains('-')
            && w.rsplit('-')
                .next()
                .is_some_and(|p| speech::FRENCH_INVERTED_PRONOUNS.contains(&p))
    }

    /// A function word as the text uses it: lowercase, or capitalised at a sentence
    /// start ("US" and "It" mid-sentence are names).
    pub fn is_function(&self, i: usize) -> bool {
        let w = strip_possessive(self.word(i)).0;
        function_words::is_function_word(w)
            && (w.chars().next().is_some_and(char::is_lowercase)
                || self.doc.tokens[i].sentence_initial)
    }

    /// A time phrase between a speaker and the cue: "Beck *on Wednesday* called",
    /// "Trump *Tuesday night* said".
    pub fn is_time(&self, i: usize) -> bool {
        let w = self.word(i);
        let lower = w.to_lower();
        function_words::is_calendar(w)
            || matches!(
                lower.as_str(),
                "night" | "morning" | "evening" | "afternoon" | "week" | "month" | "year"
            ) && i > 0
                && (function_words::is_calendar(self.word(i - 1))
                    || matches!(self.word(i - 1), "last" | "this"))
            || matches!(lower.as_str(), "on" | "last" | "this")
                && self.doc.tokens.get(i + 1).is_some_and(|_| {
                    function_words::is_calendar(self.word(i + 1))
                        || matches!(self.word(i + 1), "week" | "month" | "year")
                })
    }

    fn is_skippable_between(&self, i: usize) -> bool {
        let w = self.word(i);
        speech::is_auxiliary(w) || is_ly_adverb(w) && !self.quoted[i]
    }

    /// The speaker phrase before cue `cue`, not reaching before token `limit`: the
    /// words before the cue (auxiliaries and adverbs skipped, appositions and relative
    /// clauses between commas jumped over).
    pub fn np_before(&self, cue: usize, limit: usize) -> Option<Np> {
        let mut end = cue;
        let mut skipped = false;
        let mut asided = false;
        loop {
            while end > limit && (self.is_skippable_between(end - 1) || self.is_time(end - 1)) {
                end -= 1;
            }
            // "Roger Wicker (R-Miss.) said": a parenthesis after the name.
            if end > limit && self.word(end - 1) == ")" {
                if let Some(open) = (limit..end - 1).rev().find(|&k| self.word(k) == "(") {
                    end = open;
                    continue;
                }
            }
            if end <= limit || !is_aside_mark(self.word(end - 1)) {
                break;
            }
            // Segments between commas, from the cue backwards: asides are jumped
            // over ("Clinton, 35, the daughter of …, said"); the first segment that is
            // a name, or that follows an aside, is the subject.
            let comma = end - 1;
            let previous = (limit..comma).rev().find(|&k| is_aside_mark(self.word(k)));
            let start = previous.map_or(limit, |p| p + 1);
            if start >= comma {
                return None;
            }
            // "Harry Bond, 30, of Raleigh, N.C., said": ages, places and party tags.
            let of_place = start + 1 < comma
                && matches!(self.word(start), "of" | "from" | "in")
                && self.is_place(start + 1, comma);
            let age_or_place = self.doc.tokens[start].kind == TokenKind::Number
                || self.is_place(start, comma)
                || of_place
                || is_party_tag(self.word(start));
            if !age_or_place && self.is_name_segment(start, comma) {
                return Some(Np::new(start, self.before_parenthesis(start, comma)));
            }
            // "Dean Johnson, a salesman from Sumter, South Carolina, says": a place or an
            // age, and one aside, are jumped over.
            if age_or_place || !asided && previous.is_some() && self.is_aside(start, comma) {
                asided |= !age_or_place;
                end = start;
                skipped = true;
                continue;
            }
            let subject_like =
                function_words::is_determiner(self.word(start)) || !self.is_function(start);
            if skipped && subject_like {
                return Some(Np::new(start, comma));
            }
            return None;
        }
        let mut a = end;
        while a > limit && end - a < MAX_NP {
            let i = a - 1;
            let w = self.word(i);
            if self.is_punct(i) || self.quoted[i] || self.cue(i).is_some() {
                break;
            }
            let stem = strip_possessive(w).0;
            if function_words::is_determiner(stem) {
                a = i;
                break;
            }
            // A pronoun, or a relative one standing for the name before it ("four in
            // 10 who said…", "Bannon, who Beck called…").
            let relative = matches!(w, "who" | "which" | "qui" | "der" | "die" | "quien" | "que");
            if (function_words::pronoun(w).is_some() || relative) && a == end {
                a = i;
                break;
            }
            // "Rep. Tom Cole of Oklahoma said": a place after "of" belongs to the name.
            let of_place = matches!(w, "of" | "from") && self.is_place(i + 1, end);
            if (self.is_function(i) || w == "that") && !of_place {
                break;
            }
            a = i;
        }
        (a < end).then_some(Np::new(a, end))
    }

    /// True when tokens `[a, b)` are a name and nothing else: capitalised words and
    /// name particles ("the CGT's leader, *Philippe Martinez*, said").
    pub fn is_name_segment(&self, a: usize, mut b: usize) -> bool {
        // "Gov. John Kasich (R-OH)": a party and state in parentheses after the name.
        if b > a && self.word(b - 1) == ")" {
            if let Some(open) = (a..b).rev().find(|&k| self.word(k) == "(") {
                b = open;
            }
        }
        a < b
            && (a..b).all(|i| {
                let w = self.word(i);
                self.doc.tokens[i].kind == TokenKind::Word
                    && (crate::text::words::is_capitalised(w)
                        || crate::lexicon::names::is_particle(w))
            })
            && crate::text::words::is_capitalised(self.word(a))
    }

    /// The end of the phrase `[a, b)` without a parenthesis closing it ("Gov. John
    /// Kasich (R-OH)").
    fn before_parenthesis(&self, a: usize, b: usize) -> usize {
        if b > a && self.word(b - 1) == ")" {
            if let Some(open) = (a..b).rev().find(|&k| self.word(k) == "(") {
                return open;
            }
        }
        b
    }

    /// True when tokens `[a, b)` spell a place of the gazetteer ("Sumter, *South
    /// Carolina*, says").
    fn is_place(&self, a: usize, b: usize) -> bool {
        let text = crate::actors::name_text(self.doc, a, b);
        crate::lexicon::places::place(&text).is_some()
    }

    /// True when tokens `[a, b)` between commas are an aside the subject carries: an
    /// apposition ("a spokesman for X"), a relative clause ("which cited officials"), an
    /// age, or a single adverb ("meanwhile").
    fn is_aside(&self, a: usize, b: usize) -> bool {
        if a >= b {
            return false;
        }
        let first = self.lower(a);
        let relative = matches!(
            first.as_str(),
            "who"
                | "which"
                | "whose"
                | "whom"
                | "where"
                | "qui"
                | "que"
                | "quien"
                | "quienes"
                | "die"
                | "der"
                | "das"
                | "dont"
        );
        // "now 81 and retired in Cambridge": an age early in the segment.
        let aged = (a..b.min(a + 3)).any(|i| self.doc.tokens[i].kind == TokenKind::Number);
        relative
            || b - a == 1
            || aged
            || function_words::is_determiner(&first)
            || self.doc.tokens[a].kind == TokenKind::Number
            || (a..b).any(|i| titles::is_role_noun(self.word(i)))
            || function_words::is_function_word(&first) && b - a <= 4
    }

    /// The speaker phrase after an inverted cue at `cue` ("said Russian Defense
    /// Minister Sergei Shoigu"), up to token `limit`.
    pub fn np_after(&self, cue: usize, limit: usize) -> Option<Np> {
        let mut a = cue + 1;
        while a < limit
            && (self.is_skippable_between(a) || function_words::is_calendar(self.word(a)))
        {
            a += 1;
        }
        let mut b = a;
        let mut statement = false;
        let mut named = false;
        while b < limit && b - a < MAX_NP {
            let w = self.word(b);
            if self.is_punct(b) || self.quoted[b] || self.cue(b).is_some() {
                break;
            }
            let lower = w.to_lower();
            if b == a && function_words::pronoun(w).is_some() {
                b += 1;
                break;
            }
            let capital = crate::text::words::is_capitalised(w);
            let describes = titles::is_role_noun(w) || titles::is_office_word(w);
            if named && !capital && !describes && !crate::lexicon::names::is_particle(w) {
                // "said Monmouth University political scientist Patrick Murray": the
                // organisation qualifies a role and the person's name follows.
                let role = (b..(b + 3).min(limit))
                    .take_while(|&j| !self.is_punct(j) && !self.quoted[j])
                    .find(|&j| titles::is_role_noun(self.word(j)));
                if let Some(j) = role.filter(|&j| {
                    j + 1 < limit && crate::text::words::is_capitalised(self.word(j + 1))
                }) {
                    b = j + 1;
                    continue;
                }
                // The name is complete: "a déclaré Élisabeth Borne devant les députés".
                break;
            }
            named |= capital;
            let determiner = function_words::is_determiner(w);
            if self.is_function(b) && !determiner {
                let pp = statement
                    && matches!(
                        lower.as_str(),
                        "from" | "of" | "by" | "de" | "du" | "des" | "von" | "del"
                    );
                if !pp {
                    break;
                }
            }
            statement |= speech::is_statement_noun(w);
            b += 1;
        }
        if b == a {
            return None;
        }
        // The clause the name may still come in: up to the next punctuation, or past
        // a name in apposition ("a déclaré le ministre délégué, Julien Ferrand, lors…").
        let clause_end = |from: usize| {
            (from..limit)
                .find(|&i| {
                    matches!(self.word(i), "," | "." | ";" | "(" | "—" | "–") || self.quoted[i]
                })
                .unwrap_or(limit)
        };
        let mut reach = clause_end(b);
        let apposition = reach < limit
            && self.word(reach) == ","
            && reach + 1 < limit
            && crate::text::words::is_capitalised(self.word(reach + 1));
        if apposition && !(a..b).any(|i| crate::text::words::is_capitalised(self.word(i))) {
            reach = clause_end(reach + 1);
        }
        Some(Np {
            first: a,
            end: b,
            reach,
            nearest: false,
        })
    }

    /// The frame after a quotation ending before token `from`, in the same sentence (or
    /// in a short next sentence that is only an attribution: `“…” Sanders said.`).
    pub fn after_quote(&self, from: usize) -> Option<Frame> {
        let n = self.doc.tokens.len();
        let mut k = from;
        while k < n && matches!(self.word(k), "," | "—" | "–" | "―" | ")" | "-") {
            k += 1;
        }
        if k >= n
            || self.quoted[k]
            || self.doc.tokens[k].paragraph != self.doc.tokens[from.saturating_sub(1)].paragraph
        {
            return None;
        }
        let sentence = self.doc.sentence_of(k);
        let limit = sentence.end;
        let new_sentence =
            from > 0 && self.doc.tokens[from - 1].sentence != self.doc.tokens[k].sentence;
        // "“Can’t argue with it!” Murphy, the head of the group, tweeted": after a
        // quotation ending in "!" or "?", a capitalised name starts the attribution.
        let exclaimed = from >= 2
            && matches!(self.word(from - 2), "!" | "?")
            && self.quoted[from - 1]
            && crate::text::words::is_capitalised(self.word(k));
        if new_sentence && limit - k > 12 && !exclaimed {
            // "“…” He bemoaned that…": a pronoun and a cue open the next sentence.
            let pronoun = matches!(self.lower(k).as_str(), "he" | "she");
            let cue = (k + 1..(k + 3).min(limit))
                .find(|&i| self.cue(i).is_some())
                .filter(|&i| (k + 1..i).all(|j| self.is_skippable_between(j)));
            return cue.filter(|_| pronoun).map(|cue| Frame {
                cue,
                speaker: Np::new(k, k + 1),
            });
        }
        if let Some(frame) = self.source_word(k, limit) {
            return Some(frame);
        }
        if let Some(frame) = self.dash_name(from, k, limit) {
            return Some(frame);
        }
        // "“…,” when Clinton blasted him": a cue in a subordinate clause after the
        // quotation is no attribution of it.
        if SUBORDINATORS.contains(&self.lower(k).as_str()) {
            return None;
        }
        if self.glued_pronoun(k) {
            // "dit-il", or an auxiliary before the participle: "a-t-il ajouté".
            let cue = if self.cue(k).is_none() && k + 1 < limit && self.cue(k + 1).is_some() {
                k + 1
            } else {
                k
            };
            return Some(Frame {
                cue,
                speaker: Np::new(k, k + 1),
            });
        }
        // Room for a long apposition: "…," Valdez Anderson, who works at a heating
        // and air-conditioning company in Sacramento, said.
        let window = limit.min(k + AFTER_QUOTE_REACH);
        let cue = self.cue_within(k, window)?;
        // Only auxiliaries before the cue ("a déclaré X"): the speaker comes after it;
        // an article there opens the speaker's phrase ("a spokesman said").
        let inverted = (k..cue).all(|i| {
            let clitic = speech::CLITICS.contains(&self.word(i));
            clitic
                || self.is_skippable_between(i)
                    && (!function_words::is_determiner(self.word(i)) || i + 1 == cue)
        });
        if inverted {
            if self.glued_pronoun(cue) {
                return Some(Frame {
                    cue,
                    speaker: Np::new(cue, cue + 1),
                });
            }
            let speaker = self.np_after(cue, limit)?;
            return Some(Frame { cue, speaker });
        }
        let speaker = self.np_before(cue, k)?;
        Some(Frame { cue, speaker })
    }

    /// The first cue in `[from, to)`, before the clause ends or a quotation starts;
    /// a parenthesis is stepped over whole ("Rep. Gwen Moore (D-Wis.) said").
    fn cue_within(&self, from: usize, to: usize) -> Option<usize> {
        let mut i = from;
        while i < to {
            if self.quoted[i] || matches!(self.word(i), "." | ";" | "?" | "!") {
                return None;
            }
            if self.word(i) == "(" {
                if let Some(close) = (i + 1..to).find(|&j| self.word(j) == ")") {
                    i = close + 1;
                    continue;
                }
            }
            if self.cue(i).is_some() {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// "“…” ― Sonya Herridge": a dash right after the quotation and a name closing the
    /// sentence or the line, as collected testimonies and epigraphs attribute. The
    /// frame's cue is the dash.
    fn dash_name(&self, from: usize, k: usize, limit: usize) -> Option<Frame> {
        let dash = k.checked_sub(1).filter(|&d| d >= from)?;
        if !self.word(dash).chars().all(crate::text::is_dash) || self.is_punct(k) {
            return None;
        }
        let mut e = k;
        while e < limit
            && !self.quoted[e]
            && self.doc.tokens[e].kind == TokenKind::Word
            && (crate::text::words::is_capitalised(self.word(e))
                || crate::lexicon::names::is_particle(self.word(e)))
            && !self.line_break_before(e, k)
        {
            e += 1;
        }
        let closes = e >= limit
            || self.quoted[e]
            || self.line_break_before(e, k)
            || matches!(self.word(e), "." | "," | "(" | ";");
        (e > k && e - k <= 4 && closes && self.is_name_segment(k, e)).then(|| Frame {
            cue: dash,
            speaker: Np::new(k, e),
        })
    }

    /// True when a line break comes between token `k` and the one before it (and `k`
    /// is past `start`).
    fn line_break_before(&self, k: usize, start: usize) -> bool {
        k > start
            && k < self.doc.tokens.len()
            && self.doc.text[self.doc.tokens[k - 1].end..self.doc.tokens[k].start].contains('\n')
    }

    /// "according to X" / "selon X" / "laut X" / "según X" / German "so X" at token `k`.
    fn source_word(&self, k: usize, limit: usize) -> Option<Frame> {
        let len = self.according_to(k)?;
        let speaker = self.np_after(k + len - 1, limit)?;
        Some(Frame { cue: k, speaker })
    }

    /// The number of words of an "according to" formula starting at `k`.
    pub fn according_to(&self, k: usize) -> Option<usize> {
        if self.quoted[k] {
            return None;
        }
        for words in speech::ACCORDING_TO {
            let matches = words.iter().enumerate().all(|(o, w)| {
                k + o < self.doc.tokens.len() && self.word(k + o).eq_ignore_ascii_case(w)
            });
            if matches {
                return Some(words.len());
            }
        }
        let after_quote =
            k > 0 && (self.word(k - 1) == "," || self.word(k - 1).chars().all(is_quote_mark));
        (after_quote && speech::AFTER_QUOTE_CUES.contains(&self.word(k))).then_some(1)
    }
}
