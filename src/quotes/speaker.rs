//! From a speaker's noun phrase to an actor: a name mentioned in it, a pronoun resolved
//! to the nearest compatible actor before it, or a description matched against the
//! roles the text gave ("the Kremlin spokesman" → Dmitry Peskov).

use crate::hash::{HashMap, HashMapExt};

use super::frames::{Np, Reader};
use crate::actors::{Actors, Kind, Mention};
use crate::lexicon::function_words::{self, PronounKind};
use crate::lexicon::names::Gender;
use crate::lexicon::{speech, titles};
use crate::text::fold;
use crate::text::ToLower;

/// How many compatible names back a pronoun weighs subjects against nearness.
const PRONOUN_CANDIDATES: usize = 3;

/// How many paragraphs back a pronoun looks for its antecedent.
const PRONOUN_REACH: usize = 3;

/// How far into a clause its subject's name may start (after a title and a
/// description: "Clinton Communications Director Jennifer Palmieri").
const SUBJECT_REACH: usize = 6;

/// Prepositions whose object is no agent.
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "to", "with", "by", "of", "for", "from", "about", "against", "like", "than",
    "between", "into", "over", "under", "after", "before", "toward", "towards",
];

/// Words that open a phrase set before a sentence's subject ("During the debate, …").
const FRONTED: &[&str] = &[
    "during",
    "in",
    "at",
    "on",
    "after",
    "before",
    "when",
    "while",
    "as",
    "since",
    "following",
    "despite",
    "with",
    "without",
    "for",
    "from",
    "under",
    "amid",
    "although",
    "though",
    "because",
    "if",
    "speaking",
    "asked",
    "earlier",
    "later",
];

/// Abbreviated titles as the roles spell them out.
const TITLE_SPELLINGS: &[(&str, &str)] = &[
    ("sen.", "senator"),
    ("sen", "senator"),
    ("gov.", "governor"),
    ("gov", "governor"),
    ("rep.", "representative"),
    ("rep", "representative"),
    ("gen.", "general"),
    ("pres.", "president"),
    ("amb.", "ambassador"),
];

/// A resolved speaker.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Speaker {
    /// The actor, when the phrase names or refers to one.
    pub entity: Option<usize>,
    /// The phrase describes the speaker ("a spokesman for the Pentagon") without
    /// naming them: the description, as a role.
    pub description: Option<String>,
}

/// Resolves speaker phrases against the actors.
pub struct Resolver<'r, 'd, 'a> {
    /// Token reader.
    pub reader: &'r Reader<'d, 'a>,
    /// The actors and their mentions.
    pub actors: &'r Actors,
    /// Persons by each word of their role, spelled out (see [`role_index`]).
    pub roles: &'r HashMap<String, Vec<usize>>,
}

/// Persons with a role, by each word of it spelled out ("senator" for "Sen.").
pub fn role_index(actors: &Actors) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    for (id, e) in actors.entities.iter().enumerate() {
        let Some(role) = e.role.as_deref().filter(|_| e.kind == Kind::Person) else {
            continue;
        };
        for word in role.split(' ') {
            let ids = out.entry(spelled_out(word)).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    out
}

impl Resolver<'_, '_, '_> {
    /// The actor a speaker phrase refers to.
    pub fn resolve(&self, np: Np) -> Speaker {
        let doc = self.reader.doc;
        if np.nearest {
            return Speaker {
                entity: self.nearest(np),
                description: None,
            };
        }
        if np.end - np.first == 1 {
            let w = self.reader.word(np.first);
            if matches!(w, "who" | "which" | "qui" | "der" | "die" | "quien" | "que") {
                return Speaker {
                    entity: self.antecedent(np.first),
                    description: None,
                };
            }
            let pronoun = function_words::pronoun(w).or_else(|| {
                self.reader
                    .glued_pronoun(np.first)
                    .then(|| w.rsplit('-').next().and_then(function_words::pronoun))
                    .flatten()
            });
            if let Some(kind) = pronoun {
                return Speaker {
                    entity: self.pronoun(kind, np.first),
                    description: None,
                };
            }
        }
        if let Some(m) = self.actors.mention_at(np.end - 1) {
            // "Rep. Tom Cole of Oklahoma", "Mr. Morgan of the Sierra Club": a place or
            // an organisation at the end qualifies the person named before it.
            let qualified = match self.actors.entities[m.entity].kind {
                Kind::Place => true,
                Kind::Organization => self.after_of(np.first, m.first),
                Kind::Person => false,
            };
            let person = self
                .actors
                .mentions_within(np.first, m.first)
                .iter()
                .rfind(|o| self.actors.entities[o.entity].kind != Kind::Place);
            let entity = match person {
                Some(p)
                    if qualified
                        && (self.actors.entities[m.entity].kind == Kind::Place
                            || self.actors.entities[p.entity].kind == Kind::Person) =>
                {
                    p.entity
                }
                _ => m.entity,
            };
            return Speaker {
                entity: Some(entity),
                description: None,
            };
        }
        if let Some(id) = self.named_within_reach(np) {
            return Speaker {
                entity: Some(id),
                description: None,
            };
        }
        let description = self.description(np);
        if let Some(id) = self.by_role(np) {
            return Speaker {
                entity: Some(id),
                description: None,
            };
        }
        let organisation = self
            .actors
            .mentions_within(np.first, np.end)
            .iter()
            .find(|m| self.actors.entities[m.entity].kind == Kind::Organization)
            .map(|m| m.entity);
        let _ = doc;
        Speaker {
            entity: organisation,
            description,
        }
    }

    /// True when "of", "at" or "from" (and "the") comes right before token `at`, after
    /// token `first`.
    fn after_of(&self, first: usize, at: usize) -> bool {
        let mut k = at;
        while k > first && self.reader.word(k - 1) == "the" {
            k -= 1;
        }
        k > first && matches!(self.reader.word(k - 1), "of" | "at" | "from")
    }

    /// After an inverted cue, the first person (else organisation) named before the
    /// clause ends: "said former Pennsylvania Gov. and DNC Chairman *Ed Rendell*".
    fn named_within_reach(&self, np: Np) -> Option<usize> {
        if np.reach <= np.end {
            return None;
        }
        let within = self.actors.mentions_within(np.first, np.reach);
        let of_kind = |kind: Kind| {
            within
                .iter()
                .find(|m| self.actors.entities[m.entity].kind == kind)
                .map(|m| m.entity)
        };
        of_kind(Kind::Person).or_else(|| of_kind(Kind::Organization))
    }

    /// The actor a relative pronoun at `at` stands for: named right before it, a comma
    /// between ("Sam Solovey, who …").
    fn antecedent(&self, at: usize) -> Option<usize> {
        let mut k = at;
        while k > 0 && self.reader.word(k - 1) == "," {
            k -= 1;
        }
        let m = self.actors.mention_at(k.checked_sub(1)?)?;
        (self.actors.entities[m.entity].kind != Kind::Place).then_some(m.entity)
    }

    /// The subject of the sentence `[first, end)`: a person or organisation named in
    /// its first words.
    pub fn subject(&self, first: usize, end: usize) -> Option<usize> {
        self.actors
            .mentions_within(first, end)
            .iter()
            .take_while(|m| m.first < first + SUBJECT_REACH)
            .filter(|m| !self.reader.quoted[m.first])
            .find(|m| self.actors.entities[m.entity].kind != Kind::Place)
            .map(|m| m.entity)
    }

    /// The last person or organisation in `[first, end)` that is not the object of a
    /// preposition: the agent of "When Wallace died, *President Clinton* released the
    /// following statement:".
    pub fn last_agent(&self, first: usize, end: usize) -> Option<usize> {
        let doc = self.reader.doc;
        self.actors
            .mentions_within(first, end)
            .iter()
            .rev()
            .filter(|m| !self.reader.quoted[m.first])
            .filter(|m| self.actors.entities[m.entity].kind != Kind::Place)
            .find(|m| {
                let before = (first..m.first)
                    .rev()
                    .find(|&i| !crate::lexicon::titles::is_title(doc.word(i)));
                before.is_none_or(|i| !PREPOSITIONS.contains(&doc.word(i).to_lower().as_str()))
            })
            .map(|m| m.entity)
    }

    /// The subject of the clause `[first, end)`: a person or organisation named in its
    /// first words, else the one named last before `end`, outside quotations.
    fn nearest(&self, np: Np) -> Option<usize> {
        let within = self.actors.mentions_within(np.first, np.end);
        let speaking = |m: &&Mention| {
            !self.reader.quoted[m.first] && self.actors.entities[m.entity].kind != Kind::Place
        };
        // "During a speech in Ohio, Trump attacked Clinton…, saying": after a phrase set
        // before the subject, the clause starts at its comma.
        let opener = self.reader.word(np.first).to_lower();
        let clause = FRONTED
            .contains(&opener.as_str())
            .then(|| (np.first..np.end).find(|&k| self.reader.word(k) == ","))
            .flatten()
            .map(|k| k + 1);
        let subject = within.iter().filter(speaking).find(|m| match clause {
            Some(c) => m.first >= c && m.first < c + SUBJECT_REACH,
            None => m.first < np.first + SUBJECT_REACH,
        });
        subject
            .or_else(|| within.iter().rev().find(speaking))
            .map(|m| m.entity)
    }

    /// The phrase as a role, without its determiner: "spokesman for the Pentagon".
    fn description(&self, np: Np) -> Option<String> {
        let mut a = np.first;
        while a < np.end && function_words::is_determiner(self.reader.word(a)) {
            a += 1;
        }
        let has_role = (a..np.end).any(|i| titles::is_role_noun(self.reader.word(i)));
        (has_role && a < np.end).then(|| crate::actors::name_text(self.reader.doc, a, np.end))
    }

    /// The person whose role the phrase repeats ("the Kremlin spokesman", "the
    /// senator"), the one mentioned last before the phrase.
    fn by_role(&self, np: Np) -> Option<usize> {
        let words: Vec<String> = (np.first..np.end)
            .map(|i| self.reader.word(i))
            .filter(|w| !function_words::is_determiner(w))
            .map(spelled_out)
            .collect();
        let head = words.last()?;
        let written = self.reader.word(np.end - 1);
        if !titles::is_role_noun(written) || speech::is_statement_noun(written) {
            return None;
        }
        let phrase = words.join(" ");
        let at = self.reader.doc.tokens[np.first].start;
        let mut best: Option<(usize, usize)> = None;
        for &id in self.roles.get(head.as_str()).into_iter().flatten() {
            let e = &self.actors.entities[id];
            let Some(role) = &e.role else { continue };
            let role: String = role
                .split(' ')
                .map(spelled_out)
                .collect::<Vec<_>>()
                .join(" ");
            let fits =
                role.contains(&phrase) || words.len() == 1 && role.split(' ').any(|w| w == head);
            if !fits {
                continue;
            }
            // Forms are sorted: the last one before the phrase.
            let last = e
                .forms
                .partition_point(|&f| f < at)
                .checked_sub(1)
                .map_or(0, |i| e.forms[i] + 1);
            if best.is_none_or(|(_, b)| last > b) {
                best = Some((id, last));
            }
        }
        best.filter(|&(_, last)| last > 0).map(|(id, _)| id)
    }

    /// The nearest actor before token `at` a pronoun of `kind` can stand for: a person
    /// of a compatible gender for he/she, an organisation for it; outside quotations,
    /// in the same paragraph or the few before.
    pub fn pronoun(&self, kind: PronounKind, at: usize) -> Option<usize> {
        let doc = self.reader.doc;
        let paragraph = doc.tokens[at].paragraph;
        let before = self.actors.mentions.partition_point(|m| m.end <= at);
        let candidates: Vec<&Mention> = self.actors.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| paragraph - doc.tokens[m.first].paragraph <= PRONOUN_REACH)
            .filter(|m| !self.reader.quoted[m.first])
            .filter(|m| compatible(kind, &self.actors.entities[m.entity]))
            .take(PRONOUN_CANDIDATES)
            .collect();
        // A subject or speaker outranks a nearer name in object position: "…,” said
        // Ian Solomon, who nominated Mr. Kim. He called…" is Solomon.
        candidates
            .iter()
            .find(|m| self.is_subject(m))
            .or(candidates.first())
            .map(|m| m.entity)
    }

    /// True when a mention is a clause's subject: it opens its sentence (after a few
    /// words of title), speaks, or is the source "according to" names.
    fn is_subject(&self, m: &Mention) -> bool {
        let doc = self.reader.doc;
        let sentence = doc.sentence_of(m.first);
        let source = (m.first.saturating_sub(3)..m.first)
            .any(|j| self.reader.according_to(j) == Some(m.first - j));
        m.first < sentence.first + SUBJECT_REACH
            || source
            || crate::actors::speech_adjacent(doc, m.first, m.end)
    }
}

fn compatible(kind: PronounKind, e: &crate::actors::Entity) -> bool {
    match kind {
        PronounKind::Male => e.kind == Kind::Person && e.gender != Gender::Female,
        PronounKind::Female => e.kind == Kind::Person && e.gender != Gender::Male,
        PronounKind::Neuter => e.kind == Kind::Organization,
        PronounKind::Plural | PronounKind::Speech => false,
    }
}

/// A role word folded, with abbreviated titles spelled out ("Sen." → "senator").
fn spelled_out(word: &str) -> String {
    let w = fold(word);
    TITLE_SPELLINGS
        .iter()
        .find(|(short, _)| *short == w)
        .map_or(w, |(_, long)| long.to_string())
}
