//! Actors: the people, organisations and places a story is about, with their roles,
//! the other names the text gives them, and how prominent they are.
//!
//! Names are found without a model: runs of capitalised words
//! ([`candidates`]), classified with the word lists of [`crate::lexicon`] (given names,
//! titles, organisation head words, places), then grouped into actors ([`resolve`]) and
//! given the role the text states ([`roles`]). The quote finder reads the mentions to
//! attribute quotes; the sidebar shows the lists.

mod candidates;
mod resolve;
mod roles;

use crate::analysis::Actor;
use crate::hash::{HashMap, HashMapExt};
use crate::lexicon::names::Gender;
use crate::text::{fold, Doc};

pub use candidates::name_text;
pub use resolve::speech_adjacent;

/// What the analysis knows about the article beyond its text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Hints<'a> {
    /// The headline: actors named in it are more prominent.
    pub title: Option<&'a str>,
    /// The page's language (`de`, `en`), when known.
    pub lang: Option<&'a str>,
    /// The site's name: a name that is the site's is its publisher, an organisation
    /// ("Nethermind leads in both tests", on Nethermind's blog).
    pub site: Option<&'a str>,
}

/// Languages that capitalise every noun: a capital there is no evidence of a name,
/// so a lone capitalised word next to a speech verb is not taken for a person.
const NOUN_CAPITALISING: &[&str] = &["de", "lb"];

/// An actor's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A place.
    Place,
}

/// One actor with everything the quote finder needs.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Person, organisation or place.
    pub kind: Kind,
    /// Canonical name.
    pub name: String,
    /// Role or title, when the text gives one.
    pub role: Option<String>,
    /// Other names used for it.
    pub aliases: Vec<String>,
    /// How often it is mentioned.
    pub mentions: usize,
    /// The gender its given name, honorific or role implies.
    pub gender: Gender,
    /// Token of its first mention.
    pub first_token: usize,
    /// Prominence: mentions, weighted up in the headline and the lead.
    pub score: f64,
    /// Byte offsets of its mentions.
    pub forms: Vec<usize>,
    /// Full names written for it (persons).
    pub names: Vec<String>,
}

/// One mention of an actor: tokens `[first, end)` of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Index into [`Actors::entities`].
    pub entity: usize,
}

/// People, organisations and places found in the article text.
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// People, most prominent first.
    pub people: Vec<Actor>,
    /// Organisations, most prominent first.
    pub organizations: Vec<Actor>,
    /// Places, most prominent first.
    pub places: Vec<Actor>,
    /// Every actor, in order of first mention.
    pub entities: Vec<Entity>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

impl Actors {
    /// The mention covering token `token`, if any.
    pub fn mention_at(&self, token: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.end <= token);
        self.mentions.get(i).filter(|m| m.first <= token)
    }

    /// The mentions inside tokens `[first, end)`, in text order.
    pub fn mentions_within(&self, first: usize, end: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.first < first);
        let b = a + self.mentions[a..].partition_point(|m| m.first < end);
        let mut b = b;
        // A mention starting inside but running past `end` is left out, and so are the
        // ones after it (mentions do not overlap).
        while b > a && self.mentions[b - 1].end > end {
            b -= 1;
        }
        &self.mentions[a..b]
    }
}

/// Weight of a mention in the headline, relative to one in the body.
const TITLE_WEIGHT: f64 = 3.0;
/// Extra weight of a mention in the lead paragraph.
const LEAD_WEIGHT: f64 = 2.0;

/// Finds the actors in the article text.
pub fn find(doc: &Doc, hints: &Hints) -> Actors {
    let found = candidates::find(doc);
    let strict = hints.lang.is_some_and(|l| NOUN_CAPITALISING.contains(&l));
    let (mut entities, mentions) = resolve::resolve(doc, &found, strict, hints.site);
    for c in &found {
        let at = mentions.partition_point(|m| m.first < c.first);
        if let Some(m) = mentions.get(at).filter(|m| m.first == c.first) {
            let e = &mut entities[m.entity];
            if e.kind == Kind::Person && e.role.is_none() && !c.headline {
                e.role = roles::role(doc, c);
            }
        }
    }
    for e in &mut entities {
        e.name = canonical_name(e);
        e.aliases.retain(|a| *a != e.name);
    }
    score(doc, hints, &mut entities, &mentions);
    let list = |kind: Kind| -> Vec<Actor> {
        let mut chosen: Vec<&Entity> = entities
            .iter()
            .filter(|e| e.kind == kind && e.mentions > 0)
            .collect();
        crate::order::by_key(&mut chosen, |e| {
            (
                crate::order::float_descending(e.score),
                e.first_token as u64,
            )
        });
        chosen
            .into_iter()
            .map(|e| Actor {
                name: e.name.clone(),
                role: e.role.clone(),
                aliases: e.aliases.clone(),
                mentions: e.mentions,
            })
            .collect()
    };
    Actors {
        people: list(Kind::Person),
        organizations: list(Kind::Organization),
        places: list(Kind::Place),
        entities,
        mentions,
    }
}

/// A person's canonical name: the full name written most often (the first on a tie),
/// leaving out the names that are the last words of a longer one ("Harden Bradford"
/// of "Joy Harden Bradford"). Other actors keep the name they were created with.
fn canonical_name(e: &Entity) -> String {
    if e.kind != Kind::Person || e.names.is_empty() {
        return e.name.clone();
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for n in &e.names {
        *counts.entry(n.as_str()).or_default() += 1;
    }
    let ends_longer = |n: &str| {
        counts
            .keys()
            .any(|o| o.len() > n.len() && o.ends_with(n) && o[..o.len() - n.len()].ends_with(' '))
    };
    let mut best = &e.names[0];
    let mut best_count = 0;
    for n in e.names.iter().filter(|n| !ends_longer(n)) {
        let count = counts.get(n.as_str()).copied().unwrap_or(0);
        if count > best_count
            || count == best_count && n.split(' ').count() > best.split(' ').count()
        {
            best = n;
            best_count = count;
        }
    }
    best.clone()
}

/// Prominence: one point a mention, more in the lead paragraph and the headline.
fn score(doc: &Doc, hints: &Hints, entities: &mut [Entity], mentions: &[Mention]) {
    let lead = lead_paragraph(doc);
    for m in mentions {
        let in_lead = doc.tokens[m.first].paragraph == lead;
        entities[m.entity].score += 1.0 + if in_lead { LEAD_WEIGHT } else { 0.0 };
    }
    let Some(title) = hints.title else {
        return;
    };
    let words: Vec<String> = Doc::new(title)
        .tokens
        .iter()
        .map(|t| fold(crate::text::words::strip_possessive(&title[t.start..t.end]).0))
        .collect();
    for e in entities.iter_mut() {
        let named = std::iter::once(&e.name).chain(&e.aliases).any(|n| {
            let parts: Vec<String> = n.split(' ').map(fold).collect();
            words.windows(parts.len()).any(|w| w == parts.as_slice())
        });
        if named {
            e.score += TITLE_WEIGHT;
        }
    }
}

/// The lead: the first paragraph of more than twelve words (a title line or a dateline
/// is no lead).
fn lead_paragraph(doc: &Doc) -> usize {
    doc.paragraph_tokens
        .iter()
        .position(|&(a, b)| b - a > 12)
        .unwrap_or(0)
}
