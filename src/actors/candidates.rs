//! Candidate names: runs of capitalised words in a sentence, cut at the right places
//! and classified as a person, an organisation, a place, a bare role or unknown.
//!
//! A run may hold name particles (`von der Leyen`, `bin Salman`) and connectors
//! (`Ministry of the Interior`, `Russia and Eurasia Program`); connectors are kept
//! only inside organisation names and job titles. Sentence-initial words that are
//! function words or appear lowercase elsewhere in the text ("However", "Arms") are
//! cut off, and a lone sentence-initial word nobody knows is only kept as a weak
//! candidate that counts if it names an actor found elsewhere.

mod document;

use crate::hash::HashSet;

use document::{defined_terms, headline_paragraphs, lowercase_words, reference_paragraphs};

use crate::lexicon::names::{self, Gender};
use crate::lexicon::{function_words, metadata, organisations, places, speech, titles};
use crate::text::words::{
    has_lowercase_tail, is_all_caps, is_capitalised, is_initial, strip_possessive,
};
use crate::text::ToLower;
use crate::text::{Doc, TokenKind};

/// What a candidate name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A person's name.
    Person,
    /// An organisation's name.
    Organization,
    /// A place.
    Place,
    /// An organisation's bare head word ("the Ministry"): a reference to one named
    /// elsewhere.
    Generic,
    /// A capitalised name of unknown kind.
    Unknown,
    /// A bare role or a demonym ("Russian Defense Minister", "North Korean"): no actor.
    Descriptor,
}

/// What follows a title in a run of capitalised words.
enum AfterTitle {
    /// A name, from this token ("President Vladimir Putin", "Secretary of State John
    /// Kerry", "Mr. Trump").
    Name(usize),
    /// What the title is "of" ("CEO of Orion", "Senior Director of Horticulture"): a
    /// role with its domain, no name; or a single letter ("Gen Z" is a generation, not
    /// General Z).
    NoName,
}

/// A candidate name in the text.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// First token of the name proper.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// Title tokens inside the run, before the name ("Russian Defense Minister").
    pub title: Option<(usize, usize)>,
    /// What it is.
    pub class: Class,
    /// The canonical name from a lexicon (known organisations and places).
    pub canonical: Option<&'static str>,
    /// The gender an honorific or given name implies.
    pub gender: Gender,
    /// A lone sentence-initial word: it counts only as a mention of a known actor.
    pub weak: bool,
    /// In a title-case paragraph (a headline): it counts only as a mention of a known
    /// actor.
    pub headline: bool,
}

/// Particles and connectors that may sit inside a run of capitalised words.
const LINKS: &[&str] = &[
    "of", "for", "and", "&", "the", "on", "van", "von", "der", "den", "de", "del", "della", "di",
    "da", "dos", "das", "du", "des", "bin", "ibn", "bint", "al", "el", "ben", "ter", "ten", "zu",
    "y", "für", "la", "le",
];

/// Links that join words of organisation names and titles only, never of personal
/// names.
const CONNECTORS: &[&str] = &["of", "for", "and", "&", "the", "on", "für"];

/// Romance prepositions that are name particles ("Charles de Gaulle") and connectors
/// of organisation names ("Ministerio de Defensa") alike.
const ROMANCE: &[&str] = &[
    "de", "del", "della", "des", "du", "di", "da", "dos", "das", "la", "le", "y",
];

/// German and Dutch articles: name particles only after `von` or `van` ("von der
/// Leyen", "van den Berg"), never connectors ("Bundestag den Haushalt").
const ARTICLE_PARTICLES: &[&str] = &["der", "den", "des", "das", "die", "dem", "ter", "ten"];

fn is_link(word: &str) -> bool {
    LINKS.contains(&word)
}

/// Finds and classifies every candidate name of the document.
pub fn find(doc: &Doc) -> Vec<Candidate> {
    let lowercase = lowercase_words(doc);
    let terms = defined_terms(doc);
    let headlines = headline_paragraphs(doc);
    let references = reference_paragraphs(doc);
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        if references.get(sentence.paragraph) == Some(&true) {
            continue;
        }
        let mut i = sentence.first;
        while i < sentence.end {
            if starts_name(doc, i) {
                let end = extend(doc, i, sentence.end);
                let before = out.len();
                let classifier = Classifier {
                    doc,
                    lowercase: &lowercase,
                    terms: &terms,
                };
                classifier.classify(i, end, &mut out);
                classifier.split_countries(before, &mut out);
                let headline = headlines.get(sentence.paragraph) == Some(&true);
                for c in &mut out[before..] {
                    c.headline = headline;
                }
                i = end;
            } else {
                i += 1;
            }
        }
    }
    out
}

fn starts_name(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    doc.tokens[i].kind == TokenKind::Word
        && is_capitalised(w)
        && (!has_lowercase_tail(w) || names::ARTICLE_PREFIXES.iter().any(|p| w.starts_with(p)))
}

fn possessive(doc: &Doc, i: usize) -> bool {
    strip_possessive(doc.word(i)).1
        || doc.tokens.get(i + 1).is_some_and(|n| {
            !n.space_before && matches!(doc.word(i + 1), "’" | "'") && doc.word(i).ends_with('s')
        })
}

/// The end of the run of capitalised words starting at `i`, with particles and
/// connectors between them.
fn extend(doc: &Doc, i: usize, sentence_end: usize) -> usize {
    let mut end = i + 1;
    if possessive(doc, i) {
        return end;
    }
    let mut j = end;
    while j < sentence_end {
        let w = doc.word(j);
        if doc.tokens[j].kind == TokenKind::Word && is_capitalised(w) {
            j += 1;
            end = j;
            if possessive(doc, j - 1) {
                break;
            }
            continue;
        }
        // "Insight Wealth Strategies, LLC": a legal form after a comma ends the name.
        if w == "," && j + 1 < sentence_end && organisations::is_legal_form(doc.word(j + 1)) {
            return j + 2;
        }
        let mut k = j;
        while k < sentence_end && k - j < 2 && is_link(doc.word(k)) {
            k += 1;
        }
        if k > j && k < sentence_end && starts_name(doc, k) {
            j = k;
            continue;
        }
        break;
    }
    end
}

struct Classifier<'d, 'a> {
    doc: &'d Doc<'a>,
    lowercase: &'d HashSet<String>,
    terms: &'d HashSet<String>,
}

impl Classifier<'_, '_> {
    /// Adds the country that prefixes an organisation's name (see
    /// [`Classifier::country_prefix`]) as a place candidate of its own.
    fn split_countries(&self, from: usize, out: &mut Vec<Candidate>) {
        let mut extra = Vec::new();
        for c in &out[from..] {
            if c.class != Class::Organization || c.first == 0 {
                continue;
            }
            let mut a = c.first;
            while a > 0
                && c.first - a < 3
                && self.doc.tokens[a - 1].sentence == self.doc.tokens[c.first].sentence
            {
                a -= 1;
                // A country already found on its own, in this run or the one before
                // ("Egypt’s Islamist Muslim Brotherhood"), is not added twice.
                // Candidates are disjoint and in order, so the last few before this run
                // are the only ones that can reach back here.
                let taken = out[from.saturating_sub(3)..]
                    .iter()
                    .chain(&extra)
                    .any(|o| o.first < c.first && a < o.end);
                if taken {
                    break;
                }
                if let Some((name, places::PlaceKind::Country)) =
                    places::place(&self.text(a, c.first))
                {
                    let mut place = self.candidate(a, c.first);
                    place.canonical = Some(name);
                    place.class = Class::Place;
                    extra.push(place);
                    break;
                }
            }
        }
        out.extend(extra);
        crate::order::by_key(&mut out[from..], |c| (c.first as u64, 0));
    }

    fn word(&self, i: usize) -> &str {
        strip_possessive(self.doc.word(i)).0
    }

    /// The name text of tokens `[a, b)`: words joined by single spaces, without a
    /// possessive ending.
    fn text(&self, a: usize, b: usize) -> String {
        name_text(self.doc, a, b)
    }

    fn classify(&self, mut a: usize, mut b: usize, out: &mut Vec<Candidate>) {
        while a < b && self.drop_leading(a, b) {
            a += 1;
        }
        while b > a && is_link(self.doc.word(b - 1)) {
            b -= 1;
        }
        if (a..b).all(|i| function_words::is_calendar(self.word(i))) {
            return;
        }
        if let Some((c, d)) = self.split_point(a, b) {
            self.classify(a, c, out);
            self.classify(d, b, out);
            return;
        }
        out.push(self.candidate(a, b));
    }

    /// True when the run's first token is no part of a name: a sentence-initial
    /// function word, a word the text writes lowercase elsewhere, a month or weekday.
    fn drop_leading(&self, a: usize, b: usize) -> bool {
        let w = self.word(a);
        let token = &self.doc.tokens[a];
        if is_link(self.doc.word(a)) || function_words::is_calendar(w) && b - a == 1 {
            return true;
        }
        // "Will wrote": a surname that is also a function word, before a speech verb.
        let speaks = b - a == 1
            && function_words::pronoun(w).is_none()
            && crate::actors::speech_adjacent(self.doc, a, b);
        if function_words::is_function_word(w) && (token.sentence_initial || b - a == 1) && !speaks
            || function_words::is_contraction(w)
        {
            return true;
        }
        let initial = token.sentence_initial;
        // "Credit Michael Appleton for The New York Times": a caption's credit label.
        if initial && b - a > 1 && metadata::is_credit_label(w) {
            return true;
        }
        initial
            && (speech::cue(&w.to_lower()).is_some() || self.lowercase.contains(&w.to_lower()))
            && self.lexicon_class(a, a + 1).is_none()
            && names::given_name(w).is_none()
    }

    /// Where to cut a run at a connector that does not belong to it: returns the
    /// connector's token range.
    fn split_point(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let mut c = a + 1;
        while c < b {
            if !is_link(self.doc.word(c)) {
                c += 1;
                continue;
            }
            let mut d = c;
            while d < b && is_link(self.doc.word(d)) {
                d += 1;
            }
            let mut right_end = d;
            while right_end < b && !is_link(self.doc.word(right_end)) {
                right_end += 1;
            }
            if !self.joins(a, c, d, right_end) {
                return Some((c, d));
            }
            c = d;
        }
        None
    }

    /// Whether links `[c, d)` join the words before them (from `a`) with `[d, e)`.
    fn joins(&self, a: usize, c: usize, d: usize, e: usize) -> bool {
        let links: Vec<&str> = (c..d).map(|i| self.doc.word(i)).collect();
        let connector = links.iter().any(|l| CONNECTORS.contains(l));
        let head = |x: usize, y: usize| (x..y).any(|i| organisations::is_head_word(self.word(i)));
        let right_is_person = names::given_name(self.word(d)).is_some() && !head(d, e);
        let right_is_descriptor = (d..e).all(|i| {
            let w = self.word(i);
            function_words::is_calendar(w) || places::demonym(w).is_some()
        });
        if connector {
            if right_is_person || right_is_descriptor {
                return false;
            }
            if links.contains(&"and") || links.contains(&"&") {
                // "Russia and Eurasia Program", "Bureau of Alcohol and Firearms"; not
                // "Ambassador John Bolton and Breitbart News".
                let left = (a..c)
                    .rev()
                    .find(|&i| is_link(self.doc.word(i)))
                    .map_or(a, |i| i + 1);
                let left_ok = head(left, c)
                    || c - left == 1
                        && names::given_name(self.word(left)).is_none()
                        && !titles::is_title(self.word(left));
                return left_ok
                    && head(d, e)
                    && (d..e).all(|i| !is_all_caps(self.word(i)) || head(i, i + 1));
            }
            let title_of = links[0] == "of" && titles::is_title(self.word(c - 1));
            // "Ross Eisenbrey of the Economic Policy Institute", "Mr. Morgan of the
            // Sierra Club", a photo credit's "Kirsten Luce for The New York Times": a
            // person and where they work are two actors.
            if matches!(links[0], "of" | "for") && self.person_before(a, c) {
                return false;
            }
            // "Founder of Perfect Earth Project": a bare role and the organisation it is
            // of are two, the role no actor; unless a name follows ("President of the
            // European Commission Ursula von der Leyen").
            let bare_role = (a..c).all(|i| titles::is_role_noun(self.word(i)));
            let named = (d..e).any(|i| names::given_name(self.word(i)).is_some());
            if links[0] == "of" && bare_role && head(d, e) && !named {
                return false;
            }
            return head(a, c) || head(d, e) || title_of;
        }
        // Name particles: "Charles de Gaulle", "von der Leyen"; Romance prepositions
        // also join organisation names ("Ministerio de Defensa").
        let romance = links.iter().all(|l| ROMANCE.contains(l));
        if romance && (head(a, c) || head(d, e)) {
            return true;
        }
        let article_ok = links.iter().enumerate().all(|(k, l)| {
            !ARTICLE_PARTICLES.contains(l) || k > 0 && matches!(links[k - 1], "von" | "van")
        });
        article_ok && c > a && self.name_like(c - 1) && (d..e).all(|i| self.name_like(i))
    }

    /// True when the words `[a, c)` (after any earlier link) are a personal name: a
    /// given name or an honorific or title, then name words.
    fn person_before(&self, a: usize, c: usize) -> bool {
        let mut x = (a..c)
            .rev()
            .find(|&i| is_link(self.doc.word(i)))
            .map_or(a, |i| i + 1);
        let mut titled = false;
        while x < c && (titles::honorific(self.word(x)).is_some() || titles::is_title(self.word(x)))
        {
            titled = true;
            x += 1;
        }
        let given =
            names::given_name(self.word(x.min(c.saturating_sub(1)))).is_some() && c - x >= 2;
        // A surname may also be a demonym ("David French").
        let surname = |i: usize| {
            self.name_like(i)
                || is_initial(self.doc.word(i))
                || places::demonym(self.word(i)).is_some()
        };
        x < c
            && (titled || given)
            && (x..c).all(|i| {
                if i == x && given {
                    self.name_like(i)
                } else {
                    surname(i)
                }
            })
            && !(x..c).any(|i| organisations::is_head_word(self.word(i)))
    }

    /// True for a token that can be part of a personal name.
    fn name_like(&self, i: usize) -> bool {
        let w = self.word(i);
        let token = &self.doc.tokens[i];
        if token.kind == TokenKind::Word && names::is_particle(w) {
            return true;
        }
        token.kind == TokenKind::Word
            && is_capitalised(w)
            && !titles::is_title(w)
            && titles::honorific(w).is_none()
            && !titles::is_office_word(w)
            && !organisations::is_head_word(w)
            && places::demonym(w).is_none()
            && !titles::is_group(w)
            && !function_words::is_function_word(w)
            && !function_words::is_calendar(w)
    }

    /// A known organisation or place spelled by tokens `[a, b)` (with or without a
    /// leading "The").
    fn lexicon_class(&self, a: usize, b: usize) -> Option<(Class, &'static str)> {
        let text = self.text(a, b);
        let bare = text.strip_prefix("The ").unwrap_or(&text);
        for t in [text.as_str(), bare] {
            if let Some(name) = organisations::known_organisation(t) {
                return Some((Class::Organization, name));
            }
            if let Some((name, _)) = places::place(t) {
                return Some((Class::Place, name));
            }
        }
        None
    }

    fn candidate(&self, a: usize, b: usize) -> Candidate {
        let mut c = Candidate {
            first: a,
            end: b,
            title: None,
            class: Class::Unknown,
            canonical: None,
            gender: Gender::Unknown,
            weak: false,
            headline: false,
        };
        if b - a == 1 && crate::quotes::is_party_tag(self.doc.word(a)) {
            // "(D-N.Y.)": a party and a state, no actor.
            c.class = Class::Descriptor;
            return c;
        }
        if let Some((class, name)) = self.lexicon_class(a, b) {
            c.class = class;
            c.canonical = Some(name);
            return c;
        }
        if self.credited(a) {
            // The photographer of a picture, not someone in the story.
            c.class = Class::Descriptor;
            return c;
        }
        if let Some(after_title) = self.name_after_title(a, b) {
            let AfterTitle::Name(start) = after_title else {
                c.class = Class::Descriptor;
                return c;
            };
            c.title = Some((a, start));
            c.first = start;
            c.class = Class::Person;
            c.gender = titles::honorific(self.word(start - 1)).unwrap_or(Gender::Unknown);
            if start - a == 1 && titles::honorific(self.word(a)).is_some() {
                c.title = None;
            }
            self.set_gender(&mut c);
            return c;
        }
        if let Some(start) = self.name_after_given_name(a, b) {
            c.title = Some((a, start));
            c.first = start;
            c.class = Class::Person;
            self.set_gender(&mut c);
            return c;
        }
        if let Some(split) = self.country_prefix(a, b) {
            c.first = split;
            c.class = Class::Organization;
            return c;
        }
        if (a..b).any(|i| organisations::is_head_word(self.word(i))) {
            // A head word alone ("Review", "Monitor", "TV") is generic: a reference to
            // an organisation named in full. With "The", only the generic heads are: "The
            // Guardian" names a paper, "the Ministry" none.
            let bare = if self.word(a) == "The" { a + 1 } else { a };
            let the = bare > a || a > 0 && matches!(self.doc.word(a - 1), "The" | "the");
            let generic = !the || organisations::is_generic_head(self.word(bare));
            c.class = if b - bare == 1 && generic {
                Class::Generic
            } else {
                Class::Organization
            };
            return c;
        }
        let w = self.word(a);
        let several = b - a >= 2;
        if several
            && (names::given_name(w).is_some()
                || is_initial(self.doc.word(a))
                || names::is_east_asian_family_name(w))
            && (a + 1..b).all(|i| self.name_like(i) || is_initial(self.doc.word(i)))
        {
            c.class = Class::Person;
            self.set_gender(&mut c);
            return c;
        }
        if (a..b).all(|i| {
            let w = self.word(i);
            places::demonym(w).is_some()
                || titles::is_group(w)
                || titles::is_title(w)
                || titles::is_office_word(w)
                || function_words::is_function_word(w)
        }) || places::demonym(&self.text(a, b)).is_some()
        {
            c.class = Class::Descriptor;
            return c;
        }
        if !several && is_all_caps(w) && w.chars().count() <= 6 {
            // "SACHA PFEIFFER, HOST:", "SERGIO MARTINEZ-BELTRAN, BYLINE:": in a
            // transcript, the word between a speaker's name and the colon is the
            // speaker's part in the programme.
            let labels_a_speaker = a > 0
                && self.doc.word(a - 1) == ","
                && b < self.doc.tokens.len()
                && self.doc.word(b) == ":";
            c.class = if self.terms.contains(w)
                || self.lowercase.contains(&w.to_lower())
                || speech::is_aside_label(w)
                || titles::is_role_noun(w)
                || organisations::is_thing_acronym(w)
                || labels_a_speaker
                || self.state_of_town(a)
            {
                Class::Descriptor
            } else {
                Class::Organization
            };
            return c;
        }
        c.weak = !several
            && (self.doc.tokens[a].sentence_initial || function_words::is_function_word(w));
        c
    }

    /// A given name inside the run followed by the rest of a name to its end, after
    /// words that describe the person ("Navy SEAL Charles Keating IV"): its token.
    fn name_after_given_name(&self, a: usize, b: usize) -> Option<usize> {
        let start =
            (a + 1..b.saturating_sub(1)).find(|&i| names::given_name(self.word(i)).is_some())?;
        let rest_is_name =
            (start + 1..b).all(|i| self.name_like(i) || is_initial(self.doc.word(i)));
        let prefix_plain = (a..start).all(|i| !is_link(self.doc.word(i)));
        let prefix_describes = (a..start).any(|i| {
            let w = self.word(i);
            organisations::is_head_word(w)
                || titles::is_role_noun(w)
                || titles::is_office_word(w)
                || is_all_caps(w)
        });
        (rest_is_name && prefix_plain && prefix_describes).then_some(start)
    }

    /// When an organisation's name starts with a country ("United States National
    /// Security Council"), the first token after it: the country is a place of its own.
    fn country_prefix(&self, a: usize, b: usize) -> Option<usize> {
        (a + 1..b.min(a + 4)).find(|&p| {
            b - p >= 2
                && places::place(&self.text(a, p))
                    .is_some_and(|(_, k)| k == places::PlaceKind::Country)
                && (p..b).any(|i| organisations::is_head_word(self.word(i)))
                && self
                    .lexicon_class(p, b)
                    .is_none_or(|(class, _)| class == Class::Organization)
        })
    }

    /// What follows a title in tokens `[a, b)`, when they open with one.
    fn name_after_title(&self, a: usize, b: usize) -> Option<AfterTitle> {
        let mut start = b;
        // An initial is part of the name, unless it is an honorific ("M. Macron"); after
        // a given name it is a middle initial even when it spells one ("Charles M. Blow").
        let initial = |i: usize| {
            is_initial(self.doc.word(i))
                && (titles::honorific(self.word(i)).is_none() || i > a && self.name_like(i - 1))
        };
        while start > a && (self.name_like(start - 1) || initial(start - 1)) {
            start -= 1;
        }
        while start < b && names::is_particle(self.doc.word(start)) {
            start += 1;
        }
        let titled = (a..start).any(|i| {
            let w = self.word(i);
            titles::is_title(w) || titles::honorific(w).is_some()
        });
        if !(start > a && start < b && titled) {
            return None;
        }
        let letter = b - start == 1 && self.word(start).chars().count() == 1;
        Some(if self.doc.word(start - 1) == "of" || letter {
            AfterTitle::NoName
        } else {
            AfterTitle::Name(start)
        })
    }

    /// True when token `a` is a US state's postal code after its town ("Austin, TX"):
    /// part of an address.
    fn state_of_town(&self, a: usize) -> bool {
        a > 1
            && self.doc.word(a - 1) == ","
            && is_capitalised(self.doc.word(a - 2))
            && places::is_us_state_code(self.doc.word(a))
    }

    /// True when the name at token `a` follows the label of a picture's credit line,
    /// which opens the sentence: "Credit Michael Appleton for …", "Photo: Jane Doe",
    /// "Photo by Jane Doe".
    fn credited(&self, a: usize) -> bool {
        let tokens = &self.doc.tokens;
        let same_sentence = |i: usize| tokens[i].sentence == tokens[a].sentence;
        let mut label = a;
        if label > 0
            && same_sentence(label - 1)
            && (self.doc.word(label - 1) == ":" || metadata::is_byline_label(self.word(label - 1)))
        {
            label -= 1;
        }
        label > 0
            && same_sentence(label - 1)
            && tokens[label - 1].sentence_initial
            && metadata::is_credit_label(self.word(label - 1))
    }

    fn set_gender(&self, c: &mut Candidate) {
        if c.gender == Gender::Unknown {
            c.gender = names::given_name(self.word(c.first)).unwrap_or(Gender::Unknown);
        }
        if let Some((x, y)) = c.title {
            for i in x..y {
                match titles::honorific(self.word(i)) {
                    Some(Gender::Unknown) | None => {}
                    Some(g) => c.gender = g,
                }
                if titles::role_gender(self.word(i)) != Gender::Unknown {
                    c.gender = titles::role_gender(self.word(i));
                }
            }
        }
    }
}

/// The name written by tokens `[a, b)`: words joined by single spaces, without a
/// possessive ending.
pub fn name_text(doc: &Doc, a: usize, b: usize) -> String {
    let mut out = String::new();
    for i in a..b {
        let w = doc.word(i);
        if !out.is_empty() && w != "," {
            out.push(' ');
        }
        out.push_str(if i + 1 == b { strip_possessive(w).0 } else { w });
    }
    out
}
