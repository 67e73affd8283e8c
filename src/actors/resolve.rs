//! Resolution: candidate names become actors. Full names are grouped (the same name
//! with or without a middle name, or with a one-letter typo: "Kim Jon-Un" is "Kim
//! Jong-Un"); surnames, given names and East Asian family names link to the full name
//! mentioned nearest before them; short organisation names and acronyms link to the
//! longer name that contains them ("Foreign Ministry" → "Cuban Ministry of Foreign
//! Affairs"); bare heads ("the Ministry") to the last organisation with that head.

use crate::hash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::cell::RefCell;
use std::rc::Rc;

use super::candidates::{name_text, Candidate, Class};
use super::{Entity, Kind, Mention};
use crate::lexicon::names::{self, Gender};
use crate::lexicon::{function_words, organisations, places, speech};
use crate::text::words::{edit_distance, is_all_caps, is_ly_adverb};
use crate::text::ToLower;
use crate::text::{fold, Doc};

/// Words left out when comparing organisation names.
const ORG_STOP: &[&str] = &[
    "of", "the", "and", "for", "affairs", "de", "del", "la", "le", "des", "du", "für", "&",
];

/// Builds the entities and their mentions from the candidates.
pub fn resolve(
    doc: &Doc,
    candidates: &[Candidate],
    strict: bool,
    site: Option<&str>,
) -> (Vec<Entity>, Vec<Mention>) {
    let mut r = Resolver {
        doc,
        strict,
        site: site.map(fold).filter(|s| !s.is_empty()),
        memo: RefCell::default(),
        entities: Vec::new(),
        mentions: Vec::new(),
        keys: HashMap::new(),
        index: Index::default(),
        strong_forms: Vec::new(),
    };
    let orgs = r.organisation_forms(candidates);
    let rest: Vec<&Candidate> = candidates.iter().filter(|c| !r.strong(c, &orgs)).collect();
    r.strong_forms = r.entities.iter().map(|e| e.forms.len()).collect();
    for c in rest {
        r.weak(c);
    }
    crate::order::by_key(&mut r.mentions, |m| (m.first as u64, 0));
    for m in &r.mentions {
        r.entities[m.entity].mentions += 1;
    }
    for e in &mut r.entities {
        crate::order::by_key(&mut e.forms, |&f| (f as u64, 0));
    }
    (r.entities, r.mentions)
}

/// Where to look names up without visiting every actor: each map goes from a folded
/// word or name to the actors that have it (an actor may be listed twice).
#[derive(Default)]
struct Index {
    /// Persons by the first word of each of their full names, with that name's words.
    person_first: HashMap<String, Vec<NameOf>>,
    /// Persons by the last word of each of their names.
    person_last: HashMap<String, Vec<usize>>,
    /// Persons by an East Asian family name that opens one of their names.
    person_family: HashMap<String, Vec<usize>>,
    /// Organisations and places by their folded name and aliases.
    other_keys: HashMap<String, Vec<usize>>,
    /// Organisations by each word of their name.
    org_words: HashMap<String, Vec<usize>>,
    /// Names already indexed, per actor.
    seen: HashSet<(usize, String)>,
}

/// A person's id and the folded words of one of its names.
type NameOf = (usize, Rc<Vec<String>>);

fn push_id(map: &mut HashMap<String, Vec<usize>>, key: &str, id: usize) {
    let ids = map.entry(key.to_string()).or_default();
    if ids.last() != Some(&id) {
        ids.push(id);
    }
}

struct Resolver<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The language capitalises nouns: speech verbs prove no name.
    strict: bool,
    /// The site's name, folded.
    site: Option<String>,
    /// Names already cut into folded words: the same few names are compared many
    /// times.
    memo: RefCell<HashMap<String, Rc<Vec<String>>>>,
    entities: Vec<Entity>,
    mentions: Vec<Mention>,
    keys: HashMap<(Kind, String), usize>,
    index: Index,
    /// For each actor made by the strong pass, how many of its forms (sorted) that
    /// pass gave; the weak pass appends the rest, also in text order.
    strong_forms: Vec<usize>,
}

/// A name's words, folded, without Arabic article prefixes ("al-Assad" = "Assad").
fn tokens_of(name: &str) -> Vec<String> {
    name.split(' ')
        .map(|w| {
            let w = fold(w);
            names::ARTICLE_PREFIXES
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .map_or_else(|| w.clone(), str::to_string)
        })
        .collect()
}

fn org_content(name: &str) -> Vec<String> {
    tokens_of(name)
        .into_iter()
        .filter(|t| !ORG_STOP.contains(&t.as_str()))
        .collect()
}

impl Resolver<'_, '_> {
    /// [`tokens_of`], remembered.
    fn tokens(&self, name: &str) -> Rc<Vec<String>> {
        if let Some(t) = self.memo.borrow().get(name) {
            return Rc::clone(t);
        }
        let t = Rc::new(tokens_of(name));
        self.memo
            .borrow_mut()
            .insert(name.to_string(), Rc::clone(&t));
        t
    }

    /// The folded form of a name, as one string.
    fn key(&self, name: &str) -> String {
        self.tokens(name).join(" ")
    }

    fn text(&self, c: &Candidate) -> String {
        name_text(self.doc, c.first, c.end)
    }

    /// Records a full name of person `id`, in its entity and in the index.
    fn add_person_name(&mut self, id: usize, name: String) {
        if self.index.seen.insert((id, name.clone())) {
            let t = self.tokens(&name);
            if let (Some(first), Some(last)) = (t.first(), t.last()) {
                push_id(&mut self.index.person_last, last, id);
                if t.len() > 1 && first_word_names(&name) {
                    push_id(&mut self.index.person_family, first, id);
                }
                self.index
                    .person_first
                    .entry(first.clone())
                    .or_default()
                    .push((id, Rc::clone(&t)));
            }
        }
        self.entities[id].names.push(name);
    }

    /// Records a name or alias of organisation or place `id` in the index.
    fn add_other_key(&mut self, id: usize, name: &str) {
        let key = self.key(name);
        push_id(&mut self.index.other_keys, &key, id);
    }

    /// The position of the last form of actor `id` before byte `start` (at it too
    /// unless `strict`).
    fn nearest_form(&self, id: usize, start: usize, strict: bool) -> Option<usize> {
        let forms = &self.entities[id].forms;
        let split = self
            .strong_forms
            .get(id)
            .copied()
            .unwrap_or(0)
            .min(forms.len());
        let before = |f: usize| if strict { f < start } else { f <= start };
        let strong = forms[..split]
            .partition_point(|&f| before(f))
            .checked_sub(1)
            .map(|i| forms[i]);
        let weak = forms[split..].iter().rev().copied().find(|&f| before(f));
        strong.max(weak)
    }

    fn add_mention(&mut self, c: &Candidate, entity: usize) {
        let surface = self.text(c);
        let e = &self.entities[entity];
        if surface != e.name && !e.aliases.contains(&surface) {
            if e.kind != Kind::Person {
                self.add_other_key(entity, &surface);
            }
            self.entities[entity].aliases.push(surface);
        }
        let e = &mut self.entities[entity];
        e.forms.push(self.doc.tokens[c.first].start);
        if e.gender == Gender::Unknown {
            e.gender = c.gender;
        }
        self.mentions.push(Mention {
            first: c.first,
            end: c.end,
            entity,
        });
    }

    fn new_entity(&mut self, kind: Kind, name: String, c: &Candidate) -> usize {
        let id = self.entities.len();
        self.keys.insert((kind, fold(&name)), id);
        if kind != Kind::Person {
            self.add_other_key(id, &name);
        }
        if kind == Kind::Organization {
            for word in self.tokens(&name).iter() {
                push_id(&mut self.index.org_words, word, id);
            }
        }
        self.entities.push(Entity {
            kind,
            name,
            role: None,
            aliases: Vec::new(),
            mentions: 0,
            gender: c.gender,
            first_token: c.first,
            score: 0.0,
            forms: Vec::new(),
            names: Vec::new(),
        });
        id
    }

    /// Organisation names in the text mapped to their canonical form: the longest
    /// name containing them (same head word), or the long name an acronym abbreviates.
    fn organisation_forms(&self, candidates: &[Candidate]) -> HashMap<String, String> {
        let mut forms: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        for c in candidates
            .iter()
            .filter(|c| c.class == Class::Organization && !c.headline)
        {
            let name = self.org_name(c);
            if seen.insert(name.clone()) {
                forms.push(name);
            }
        }
        let contents: Vec<Vec<String>> = forms.iter().map(|f| org_content(f)).collect();
        // The forms holding each content word, and the forms by their initials.
        let mut holding: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, content) in contents.iter().enumerate() {
            for t in content {
                let list = holding.entry(t.as_str()).or_default();
                if list.last() != Some(&k) {
                    list.push(k);
                }
            }
            by_initials.entry(initials(&forms[k])).or_default().push(k);
        }
        let mut map = HashMap::new();
        for (name, content) in forms.iter().zip(&contents) {
            let mut others: Vec<usize> = Vec::new();
            let rarest = content
                .iter()
                .filter_map(|t| holding.get(t.as_str()))
                .min_by_key(|list| list.len());
            others.extend(rarest.into_iter().flatten());
            if is_all_caps(name) && !name.contains(' ') {
                let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
                others.extend(by_initials.get(&letters).into_iter().flatten());
            }
            crate::order::by_key(&mut others, |&o| (o as u64, 0));
            others.dedup();
            let longer = others
                .into_iter()
                .map(|k| (&forms[k], &contents[k]))
                .filter(|(_, o)| o.len() > content.len())
                .filter(|(other, o)| {
                    content.iter().all(|t| o.contains(t)) && content.len() >= 2
                        || is_acronym_of(name, other)
                        || country_before(other, name)
                })
                .max_by_key(|(_, o)| o.len())
                .map(|(other, _)| other);
            map.insert(name.clone(), longer.unwrap_or(name).clone());
        }
        map
    }

    fn org_name(&self, c: &Candidate) -> String {
        if let Some(name) = c.canonical {
            return name.to_string();
        }
        let text = self.text(c);
        let starts_sentence = self.doc.tokens[c.first].sentence_initial;
        match text.strip_prefix("The ") {
            Some(rest) if starts_sentence => rest.to_string(),
            _ => text,
        }
    }

    /// Full names, organisations and places: each joins its entity or starts one.
    /// Returns false for the candidates left to [`Resolver::weak`].
    fn strong(&mut self, c: &Candidate, orgs: &HashMap<String, String>) -> bool {
        if c.weak {
            return false;
        }
        match c.class {
            Class::Place => {
                let name = c.canonical.map_or_else(|| self.text(c), str::to_string);
                let id = self.entity_for(Kind::Place, name, c);
                self.add_mention(c, id);
            }
            Class::Organization if !c.headline || c.canonical.is_some() => {
                let name = self.org_name(c);
                let name = orgs.get(&name).cloned().unwrap_or(name);
                let id = self.entity_for(Kind::Organization, name, c);
                self.add_mention(c, id);
            }
            Class::Person | Class::Unknown if c.end - c.first >= 2 && !c.headline => {
                if c.class == Class::Unknown && !self.person_evidence(c) {
                    return false;
                }
                let name = self.text(c);
                if self.is_site(&name) {
                    let id = self.entity_for(Kind::Organization, name, c);
                    self.add_mention(c, id);
                    return true;
                }
                let id = match self
                    .same_person(&name)
                    .or_else(|| self.nearest_person_ending(&name, c.first))
                {
                    Some(id) => id,
                    None => self.new_entity(Kind::Person, name.clone(), c),
                };
                self.add_person_name(id, name);
                self.add_mention(c, id);
            }
            _ => return false,
        }
        true
    }

    fn entity_for(&mut self, kind: Kind, name: String, c: &Candidate) -> usize {
        match self.keys.get(&(kind, fold(&name))) {
            Some(&id) => id,
            None => self.new_entity(kind, name, c),
        }
    }

    /// True when `name` is the site's: its publisher, not a person. A site named after
    /// a person ("Rick Steves", "Melissa K. Norris") is that person's.
    fn is_site(&self, name: &str) -> bool {
        self.site.as_deref() == Some(fold(name).as_str())
            && name
                .split(' ')
                .next()
                .is_none_or(|first| names::given_name(first).is_none())
    }

    /// The person entity a full name belongs to: the same folded name, or the same
    /// first and last words, or the same words but for one typo.
    fn same_person(&self, name: &str) -> Option<usize> {
        // Names of the same person share their first word (see `same_full_name`).
        let t = self.tokens(name);
        self.index
            .person_first
            .get(t.first()?)?
            .iter()
            .filter(|(_, n)| same_full_name(&t, n))
            .map(|&(id, _)| id)
            .min()
    }

    /// The person, mentioned nearest before token `at`, one of whose full names ends
    /// in the words of `name` (two or more) and has more words before them: "Harden
    /// Bradford" after "Joy Harden Bradford", "López Obrador" after "Andrés Manuel
    /// López Obrador". A name that opens with a given name is someone else's ("Ann
    /// Smith" after "Mary Ann Smith").
    fn nearest_person_ending(&self, name: &str, at: usize) -> Option<usize> {
        let parts = self.tokens(name);
        let first = name.split(' ').next()?;
        if parts.len() < 2 || names::given_name(first).is_some() {
            return None;
        }
        let parts = parts.as_slice();
        let ids = self.index.person_last.get(parts.last()?)?;
        let start = self.doc.tokens[at].start;
        ids.iter()
            .copied()
            .filter(|&id| {
                self.entities[id].names.iter().any(|n| {
                    let t = self.tokens(n);
                    t.len() > parts.len() && t.ends_with(parts)
                })
            })
            .filter_map(|id| self.nearest_form(id, start, true).map(|f| (id, f)))
            .max_by_key(|&(_, f)| f)
            .map(|(id, _)| id)
    }

    /// Evidence that an unknown run of two or three capitalised words is a person:
    /// a speech verb right next to it, or a role noun before it or in an apposition.
    fn person_evidence(&self, c: &Candidate) -> bool {
        c.end - c.first <= 3
            && (!self.strict && speech_adjacent(self.doc, c.first, c.end)
                || super::roles::stated_role(self.doc, c).is_some())
    }

    /// Single words, headlines, sentence-initial words and bare heads: each links to an
    /// actor found by `strong`, or (for a speaker or a titled surname) starts one.
    fn weak(&mut self, c: &Candidate) {
        let single = c.end - c.first == 1;
        if c.class == Class::Generic {
            if let Some(id) = self.generic_target(c) {
                self.add_mention(c, id);
            }
            return;
        }
        let text = self.text(c);
        if c.class == Class::Descriptor {
            // "Cuban said": a demonym that is also the surname of a person named in
            // full ("Mark Cuban"). Not a word in capitals ("AI", "CTO").
            let person = (!is_all_caps(&text))
                .then(|| self.link_name(&text, c.first))
                .flatten()
                .filter(|&id| self.entities[id].kind == Kind::Person);
            if let Some(id) = person {
                self.add_mention(c, id);
            }
            return;
        }
        if let Some(id) = self.link_name(&text, c.first) {
            self.add_mention(c, id);
            return;
        }
        let titled = c.title.is_some() || c.class == Class::Person;
        let speaker = !self.strict && speech_adjacent(self.doc, c.first, c.end);
        // "Frequently asked questions": a sentence's opening adverb before a cue.
        let plain_word = function_words::is_function_word(&text)
            || is_ly_adverb(&text.to_lower()) && names::given_name(&text).is_none();
        let may_create = !c.weak && (titled || speaker) || c.weak && speaker && !plain_word;
        if single && may_create && !c.headline && !is_all_caps(&text) {
            if self.is_site(&text) {
                let id = self.entity_for(Kind::Organization, text, c);
                self.add_mention(c, id);
                return;
            }
            let id = self.new_entity(Kind::Person, text.clone(), c);
            self.add_person_name(id, text);
            self.add_mention(c, id);
        }
    }

    /// The actor a short name refers to: a person whose last word (or first word, for
    /// East Asian names and given names) it is, the one mentioned nearest before `at`;
    /// otherwise an organisation or place of that name or alias.
    fn link_name(&self, text: &str, at: usize) -> Option<usize> {
        let parts = self.tokens(text);
        let key = parts.join(" ");
        let mut ids: Vec<usize> = Vec::new();
        if parts.len() == 1 {
            ids.extend(self.index.person_last.get(&key).into_iter().flatten());
            ids.extend(self.index.person_family.get(&key).into_iter().flatten());
        } else if let Some(list) = parts.first().and_then(|f| self.index.person_first.get(f)) {
            ids.extend(
                list.iter()
                    .filter(|(_, n)| same_full_name(&parts, n))
                    .map(|&(id, _)| id),
            );
        }
        ids.extend(self.index.other_keys.get(&key).into_iter().flatten());
        crate::order::by_key(&mut ids, |&id| (id as u64, 0));
        ids.dedup();
        let start = self.doc.tokens[at].start;
        let mut best: Option<(usize, usize)> = None;
        for id in ids {
            let rank = self.nearest_form(id, start, false).map_or(0, |f| f + 1);
            if best.is_none_or(|(_, r)| rank > r) {
                best = Some((id, rank));
            }
        }
        best.map(|(id, _)| id)
    }

    /// The organisation a bare head ("the Ministry", "the Government") refers to: the
    /// last one mentioned before it whose name has that head word.
    fn generic_target(&self, c: &Candidate) -> Option<usize> {
        let head = fold(crate::text::words::strip_possessive(self.doc.word(c.end - 1)).0);
        let start = self.doc.tokens[c.first].start;
        self.index
            .org_words
            .get(&head)?
            .iter()
            .filter_map(|&id| self.nearest_form(id, start, true).map(|f| (id, f)))
            .max_by_key(|&(_, f)| f)
            .map(|(id, _)| id)
    }
}

/// True when a name's first word is the one people are called by alone: an East
/// Asian family name ("Kim Jong-Un" → "Kim").
fn first_word_names(name: &str) -> bool {
    name.split(' ')
        .next()
        .is_some_and(names::is_east_asian_family_name)
}

/// True when two full names (folded words) name the same person.
fn same_full_name(a: &[String], b: &[String]) -> bool {
    if a == b {
        return true;
    }
    if a.len() < 2 || b.len() < 2 {
        return false;
    }
    if a.len() != b.len() {
        return a.first() == b.first() && a.last() == b.last();
    }
    let mut exact = 0;
    for (x, y) in a.iter().zip(b) {
        if x == y {
            exact += 1;
        } else if x.chars().count() < 4 || edit_distance(x, y) > 1 {
            return false;
        }
    }
    exact >= 1 && a[0] == b[0]
}

/// True when `long` is a country's name before `short` ("US Congress", "Congress"):
/// the body the story names without its country the second time.
fn country_before(long: &str, short: &str) -> bool {
    long.strip_suffix(short)
        .and_then(|country| country.strip_suffix(' '))
        .and_then(places::place)
        .is_some_and(|(_, kind)| kind == places::PlaceKind::Country)
}

/// True when `short` is the acronym of `long` ("NSC", "National Security Council").
fn is_acronym_of(short: &str, long: &str) -> bool {
    if !is_all_caps(short) || short.contains(' ') {
        return false;
    }
    let initials = initials(long);
    let letters: String = short.chars().filter(|c| c.is_alphabetic()).collect();
    initials.len() >= 2 && initials == letters
}

/// The first letters of a name's words but connectors and legal forms ("NSC").
fn initials(long: &str) -> String {
    long.split(' ')
        .filter(|w| !ORG_STOP.contains(&w.to_lower().as_str()) && !organisations::is_legal_form(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// True when tokens `[first, end)` speak: a cue verb follows them (adverbs and
/// auxiliaries allowed between, "Peskov simply responded"; an aside between commas too,
/// "Clinton, 68, the former secretary of state, said"), or comes right before them
/// after a comma or closing quote ("…,” said Keir Giles").
pub fn speech_adjacent(doc: &Doc, first: usize, end: usize) -> bool {
    let sentence = doc.tokens[end - 1].sentence;
    let cue_at = |mut j: usize| {
        while j < doc.tokens.len() && {
            let w = doc.word(j);
            speech::is_auxiliary(w) || is_ly_adverb(w)
        } {
            j += 1;
        }
        j < doc.tokens.len()
            && doc.tokens[j].sentence == sentence
            && speech::cue(doc.word(j)).is_some_and(|(_, s)| s == speech::Strength::Saying)
            && !speech::is_noun_like(doc.word(j))
            && function_words::pronoun(doc.word(j)).is_none()
    };
    let aside = end < doc.tokens.len() && doc.word(end) == "," && {
        (end + 1..(end + ASIDE_REACH).min(doc.tokens.len()))
            .take_while(|&k| doc.tokens[k].sentence == sentence)
            .filter(|&k| doc.word(k) == ",")
            .any(|k| cue_at(k + 1))
    };
    let before = first >= 2 && speech::cue(doc.word(first - 1)).is_some() && {
        let p = doc.word(first - 2);
        p == "," || p.chars().all(crate::text::is_quote_mark)
    };
    // "“…” ― Sonya Herridge": a dash right after a quotation, then the name.
    let signed = first >= 2
        && doc.word(first - 1).chars().all(crate::text::is_dash)
        && doc.word(first - 2).chars().all(crate::text::is_quote_mark);
    // "Ross Eisenbrey of the Economic Policy Institute said": past where they work.
    let employer_end = if end < doc.tokens.len() && matches!(doc.word(end), "of" | "at") {
        let mut k = end + 1;
        while k < doc.tokens.len()
            && k - end <= 6
            && doc.tokens[k].sentence == sentence
            && (doc.word(k) == "the" || crate::text::words::is_capitalised(doc.word(k)))
        {
            k += 1;
        }
        (k > end + 1).then_some(k)
    } else {
        None
    };
    cue_at(end) || aside || before || signed || employer_end.is_some_and(cue_at)
}

/// How far an aside between a name and its speech verb may run, in tokens.
const ASIDE_REACH: usize = 16;
