//! Frames before a quotation: the nearest cue of its sentence with its speaker, a
//! name and a colon ("Bush: “…”"), a speaker between two quotations ("“…,” said
//! Solovey, “…”") and an inverted cue ("Said Sanders: “…”").

use crate::text::TokenKind;

use super::{Frame, Np, Reader, MIN_QUOTED_WORDS};

impl Reader<'_, '_> {
    /// The frame before a quotation opening at token `open`: the nearest cue before it
    /// in its sentence with its subject ("Watson said: “…”", "X said a lot of voters
    /// would find it “very hard”"), or an "according to" formula.
    pub fn before_quote(&self, open: usize) -> Option<Frame> {
        self.name_colon(open)
            .or_else(|| self.before_quote_from(open, open))
    }

    /// The nearest cue of the sentence of the quotation opening at `open`, before token
    /// `from`, with its speaker.
    pub fn before_quote_from(&self, open: usize, from: usize) -> Option<Frame> {
        let start = self.doc.sentence_of(open).first;
        for i in (start..from).rev() {
            if self.quoted[i] {
                continue;
            }
            if let Some(len) = self.according_to(i) {
                if let Some(speaker) = self.np_after(i + len - 1, open) {
                    return Some(Frame { cue: i, speaker });
                }
            }
            if self.cue(i).is_none() {
                continue;
            }
            // A participle ("…by warning that", "…saying") has no subject of its own:
            // the speaker is the actor named last before it in the sentence.
            let participle = self.word(i).ends_with("ing");
            // "Sanders was asked by host Bill Maher, “…”": the agent after "by" speaks.
            let passive = i > start
                && i + 1 < open
                && self.word(i + 1) == "by"
                && matches!(
                    self.word(i - 1),
                    "was" | "were" | "is" | "are" | "been" | "being"
                );
            if passive {
                if let Some(speaker) = self.np_after(i + 1, open) {
                    return Some(Frame { cue: i, speaker });
                }
            }
            // "Spicer said, adding, “…”": a participle after a cue shares its speaker.
            if participle {
                let adjacent = |f: &Frame| {
                    i - f.cue <= 5
                        && (f.cue + 1..i).all(|k| {
                            matches!(self.word(k), "," | "and")
                                || self.is_skippable_between(k)
                                || self.is_time(k)
                        })
                };
                if let Some(earlier) = self
                    .before_quote_from(open, i)
                    .filter(|f| !f.speaker.nearest && adjacent(f))
                {
                    return Some(Frame {
                        cue: i,
                        speaker: earlier.speaker,
                    });
                }
            }
            let speaker = (!participle)
                .then(|| self.np_before(i, start))
                .flatten()
                .or_else(|| self.inverted_before(i, open))
                .or_else(|| self.between_quotes(i, open))
                .unwrap_or(Np {
                    first: start,
                    end: i,
                    reach: i,
                    nearest: true,
                });
            return Some(Frame { cue: i, speaker });
        }
        None
    }

    /// True when a "that" between cues `outer` and `inner` (before any stop) makes
    /// the inner one part of what the outer one reports: "saying that Clinton had
    /// shown…".
    pub fn reported_by(&self, outer: usize, inner: usize) -> bool {
        (outer + 1..inner)
            .take_while(|&k| !matches!(self.word(k), "." | ";" | "?" | "!"))
            .any(|k| matches!(self.word(k), "that" | "que" | "dass"))
    }

    /// "Bush: “The mission is…”", "Chris Matthews: …": a name and a colon before the
    /// quotation, as transcripts and debate write-ups attribute.
    fn name_colon(&self, open: usize) -> Option<Frame> {
        if open < 2 || self.word(open - 1) != ":" {
            return None;
        }
        let colon = open - 1;
        let mut a = colon;
        while a > 0
            && colon - a < 4
            && self.doc.tokens[a - 1].paragraph == self.doc.tokens[colon].paragraph
        {
            let w = self.word(a - 1);
            if self.doc.tokens[a - 1].kind != TokenKind::Word
                || !crate::text::words::is_capitalised(w)
            {
                break;
            }
            a -= 1;
        }
        // A full name may stand anywhere ("…doesn’t surprise Republican pollster Daron
        // Shaw: “…”"); a single word only at a clause start ("Bush: “…”").
        let full_name = colon - a >= 2;
        let starts_clause = full_name
            || a == 0
            || self.doc.tokens[a - 1].paragraph != self.doc.tokens[a].paragraph
            || matches!(self.word(a - 1), "." | "?" | "!")
            || self.quoted[a - 1];
        (a < colon && starts_clause).then(|| Frame {
            cue: colon,
            speaker: Np::new(a, colon),
        })
    }

    /// "“…,” said Solovey, “…”": a cue right after a quotation and its speaker before
    /// the next one.
    fn between_quotes(&self, cue: usize, open: usize) -> Option<Np> {
        let mut k = cue;
        while k > 0 && matches!(self.word(k - 1), "," | "—" | "–") {
            k -= 1;
        }
        // The quotation before is a quote, not a quoted title in the subject
        // ("Washington, star of “Scandal,” thanked Obama for “…”").
        let quoted_words = (0..k)
            .rev()
            .take_while(|&i| self.quoted[i])
            .filter(|&i| !self.is_punct(i))
            .count();
        if quoted_words < MIN_QUOTED_WORDS || self.word(cue).ends_with("ing") {
            return None;
        }
        self.np_after(cue, open)
    }

    /// "Said Sanders: “…”": a sentence-initial cue with its speaker after it.
    fn inverted_before(&self, cue: usize, open: usize) -> Option<Np> {
        if !self.doc.tokens[cue].sentence_initial {
            return None;
        }
        self.np_after(cue, open)
    }
}
