//! From a speaker's noun phrase to an actor: a name mentioned in it, a pronoun resolved
//! to the nearest compatible actor before it, or a description matched against the
//! roles the text gave ("the Kremlin spokesman" → Dmitry Peskov).

use super::frames::{Np, Reader};
use crate::actors::{Actors, Kind, Mention};
use crate::lexicon::function_words::{self, PronounKind};
use crate::lexicon::names::Gender;
use crate::lexicon::{speech, titles};
use crate::text::fold;

/// How many paragraphs back a pronoun looks for its antecedent.
const PRONOUN_REACH: usize = 3;

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
}

impl Resolver<'_, '_, '_> {
    /// The actor a speaker phrase refers to.
    pub fn resolve(&self, np: Np) -> Speaker {
        let doc = self.reader.doc;
        if np.end - np.first == 1 {
            let w = self.reader.word(np.first);
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
            if m.first >= np.first || self.is_speaking_kind(m) {
                return Speaker {
                    entity: Some(m.entity),
                    description: None,
                };
            }
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
            .mentions
            .iter()
            .filter(|m| m.first >= np.first && m.end <= np.end)
            .find(|m| self.actors.entities[m.entity].kind == Kind::Organization)
            .map(|m| m.entity);
        let _ = doc;
        Speaker {
            entity: organisation,
            description,
        }
    }

    fn is_speaking_kind(&self, m: &Mention) -> bool {
        self.actors.entities[m.entity].kind != Kind::Place
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
        if !titles::is_role_noun(head) || speech::is_statement_noun(head) {
            return None;
        }
        let phrase = words.join(" ");
        let at = self.reader.doc.tokens[np.first].start;
        let mut best: Option<(usize, usize)> = None;
        for (id, e) in self.actors.entities.iter().enumerate() {
            let Some(role) = &e.role else { continue };
            let role: String = role
                .split(' ')
                .map(spelled_out)
                .collect::<Vec<_>>()
                .join(" ");
            let fits =
                role.contains(&phrase) || words.len() == 1 && role.split(' ').any(|w| w == head);
            if !fits || e.kind != Kind::Person {
                continue;
            }
            let last = e
                .forms
                .iter()
                .filter(|&&f| f < at)
                .max()
                .map_or(0, |f| f + 1);
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
        self.actors.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| paragraph - doc.tokens[m.first].paragraph <= PRONOUN_REACH)
            .filter(|m| !self.reader.quoted[m.first])
            .find(|m| compatible(kind, &self.actors.entities[m.entity]))
            .map(|m| m.entity)
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
