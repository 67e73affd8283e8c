//! The vocabulary of page metadata: month and weekday names for reading written dates,
//! the labels and credits around bylines ("By", "Written by", "Par", "Staff Writer"),
//! placeholder author values that name nobody, and the named HTML entities that sites
//! leave escaped inside meta tags and JSON-LD.
//!
//! Sources: month and weekday names and their press abbreviations from the CLDR
//! calendars of English, French, German, Spanish, Portuguese, Italian, Dutch and Czech;
//! byline labels, credits and placeholders from the bylines of Mozilla Readability's
//! 130 test pages and the WCXB dev set (`lede eval metadata --worst`); entities from
//! the HTML named character references, only those seen double-escaped in those pages
//! and their close relatives. Lowercase, except the entity names, which are
//! case-sensitive.

use super::WordSet;
use crate::text::{lower_char, ToLower};

/// Month names and abbreviations with the month's number. Abbreviations are written
/// without their period. "ago" (Spanish, Portuguese and Italian August) is left out:
/// it is the English word of relative times ("2 hours ago").
#[rustfmt::skip]
pub const MONTHS: &[(&str, u8)] = &[
    // English
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7),
    ("jul", 7), ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9),
    ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12),
    ("dec", 12),
    // French
    ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fév", 2),
    ("mars", 3), ("avril", 4), ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
    ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
    ("novembre", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    // German
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("mär", 3), ("juni", 6),
    ("juli", 7), ("oktober", 10), ("okt", 10), ("dezember", 12), ("dez", 12),
    // Spanish
    ("enero", 1), ("ene", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("abr", 4),
    ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8), ("septiembre", 9),
    ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12), ("dic", 12),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("fev", 2), ("março", 3), ("maio", 5),
    ("junho", 6), ("julho", 7), ("setembro", 9), ("set", 9), ("outubro", 10),
    ("out", 10), ("novembro", 11), ("dezembro", 12),
    // Italian
    ("gennaio", 1), ("gen", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5),
    ("mag", 5), ("giugno", 6), ("giu", 6), ("luglio", 7), ("lug", 7), ("settembre", 9),
    ("ottobre", 10), ("ott", 10), ("dicembre", 12),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8),
    ("oktober", 10),
    // Czech (nominative and the genitive of dates: "5. května 2015")
    ("leden", 1), ("ledna", 1), ("únor", 2), ("února", 2), ("březen", 3), ("března", 3),
    ("duben", 4), ("dubna", 4), ("květen", 5), ("května", 5), ("červen", 6),
    ("června", 6), ("červenec", 7), ("července", 7), ("srpen", 8), ("srpna", 8),
    ("září", 9), ("říjen", 10), ("října", 10), ("listopad", 11), ("listopadu", 11),
    ("prosinec", 12), ("prosince", 12),
];

/// Weekday names and abbreviations: a byline's name ends where its date begins.
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
];

/// Labels written before a byline's names, longest first so that "written by" is
/// taken whole before "by". Matched case-insensitively, followed by a space, a colon
/// or (for those ending in "by") a capital glued on by the page's markup ("ByAmy").
#[rustfmt::skip]
pub const BYLINE_LABELS: &[&str] = &[
    "view all posts by", "more articles by", "posts by", "written by", "posted by",
    "published by", "authored by", "article by", "story by", "text by", "words by",
    "recipe by", "guide by", "review by", "report by", "reporting by", "insights from",
    "post by",
    "author", "authors", "by", "par", "von", "por", "door", "autor", "autorin", "auteur",
];

/// Words that end the name part of a byline: what follows is its date, its place or
/// its credits ("BeauHD *on* Friday", "Sarah *in* Travel", "Idle *says*:",
/// "Benjamin Preston *Updated* by", "Aleš Vávra *před* 2 hodinami").
#[rustfmt::skip]
pub const BYLINE_STOPS: &[&str] = &[
    "on", "at", "in", "says", "said", "wrote", "from", "via", "posted", "updated",
    "published", "last", "modified", "reviewed", "edited", "fact", "sponsored",
    "photos", "photo", "photography", "illustration", "illustrations", "video",
    "read", "follow", "share", "email", "contact", "more", "min", "mins", "minute",
    "minutes", "hour", "hours", "ago", "yesterday", "today",
    "le", "publié", "mis", "il", "am", "um", "vor", "aktualisiert", "veröffentlicht",
    "el", "hace", "actualizado", "publicado", "há", "em", "před", "aktualizováno",
];

/// Labels that open a picture's credit line ("*Credit* Chang W. Lee/The New York
/// Times", "*Photo*: Jane Doe"): no part of the name after them.
#[rustfmt::skip]
pub const CREDIT_LABELS: &[&str] = &[
    "credit", "credits", "photo", "photos", "photograph", "photographs", "foto", "fotos",
    "crédit", "crédito", "créditos",
];

/// Job-title words that follow a name in visible bylines ("Rachel MacDonald *Writer*",
/// "Keith Barry *Senior* Autos Reporter", "Daniel Kahn Gillmor, *Senior* Staff
/// Technologist"): the name ends before them.
#[rustfmt::skip]
pub const BYLINE_ROLES: &str = concat!(
    "editor writer reporter correspondent columnist contributor contributing senior ",
    "junior freelance journalist photographer producer analyst expert founder co-founder ",
    "cofounder director manager chief technologist specialist consultant coordinator ",
    "advisor adviser strategist researcher scientist professor instructor engineer ",
    "developer designer copywriter blogger reviewer moderator ceo cto cfo president ",
    "executive assistant associate intern rédacteur rédactrice journaliste correspondant ",
    "correspondante envoyé envoyée redakteur redakteurin korrespondent korrespondentin ",
    "periodista corresponsal redactor redactora",
);

/// Fragments of class names that mark something beside a byline rather than the
/// byline itself: its date, the author's biography box, avatar, follow button or
/// comments (`author-bio`, `byline-date`, `author-avatar`, `comment-author`).
#[rustfmt::skip]
pub const NOT_BYLINE_CLASS_FRAGMENTS: &[&str] = &[
    "date", "time", "reading", "box", "bio", "avatar", "description", "follow", "about",
    "more", "image", "img", "photo", "social", "comment",
];

/// Words of collective credits: "Staff", "Our Foreign Staff", "Editorial Team". Such a
/// byline names no one, so a source that names a person is preferred to it.
#[rustfmt::skip]
pub const STAFF_WORDS: &[&str] = &[
    "staff", "team", "editorial", "editors", "desk", "newsroom", "contributors",
    "redaktion", "rédaction", "redacción", "redação", "redazione", "wire", "wires",
    "agencies",
];

/// News agencies credited as authors of wire copy: a credit, not a person.
#[rustfmt::skip]
pub const WIRE_AGENCIES: &[&str] = &[
    "afp", "agence france-presse", "ap", "associated press", "the associated press",
    "reuters", "dpa", "efe", "ansa", "upi", "pa", "press association", "apa", "sda",
    "kyodo", "xinhua", "tass", "anadolu", "belga", "europa press",
];

/// Credentials written after a name and a comma ("Angela Holliday-Bell, MD"): they
/// belong to the name before them, not to another author.
#[rustfmt::skip]
pub const CREDENTIALS: &[&str] = &[
    "md", "m.d.", "phd", "ph.d.", "dvm", "vmd", "rn", "bsn", "msn", "np", "pa-c", "rd",
    "ld", "rdn", "cpt", "mba", "ma", "ms", "msc", "ba", "bs", "bsc", "mw", "cpa", "cfa",
    "cfp", "esq", "esq.", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "mbe", "obe",
    "cbe", "facs", "faap", "dabom", "foma", "lvt", "vts", "dacvb", "e-ryt", "ryt",
];

/// Author values that name nobody: form labels, template leftovers, link texts.
#[rustfmt::skip]
pub const PLACEHOLDER_AUTHORS: &[&str] = &[
    "admin", "administrator", "author", "authors", "the author", "name", "name *",
    "name*", "your name", "unknown", "undefined", "null", "none", "nobody", "webmaster",
    "guest", "user", "follow", "follow the author", "follow author", "get in touch",
    "view all posts", "read more", "about the author", "about", "by", "posted",
    "written by", "anonymous", "page.head.extra.author", "full bio", "bio", "visit",
    "home", "post", "topic", "profile",
];

/// Words before a visible date that make it the date of the last change rather than
/// of publication.
#[rustfmt::skip]
pub const MODIFIED_LABELS: &[&str] = &[
    "updated", "update", "modified", "revised", "edited", "reviewed", "refreshed",
    "mis à jour", "actualisé", "aktualisiert", "geändert", "actualizado",
    "atualizado", "aggiornato", "bijgewerkt", "aktualizováno",
];

/// Named HTML character references found escaped twice in meta tags and JSON-LD
/// ("Budget Traveler&#8217;s", "Maria &amp; Katerina", "&bull; The Nutrition Source").
#[rustfmt::skip]
pub const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''),
    ("nbsp", '\u{a0}'), ("ndash", '–'), ("mdash", '—'), ("hellip", '…'),
    ("lsquo", '‘'), ("rsquo", '’'), ("sbquo", '‚'), ("ldquo", '“'), ("rdquo", '”'),
    ("bdquo", '„'), ("laquo", '«'), ("raquo", '»'), ("lsaquo", '‹'), ("rsaquo", '›'),
    ("bull", '•'), ("middot", '·'), ("reg", '®'), ("trade", '™'), ("copy", '©'),
    ("deg", '°'), ("times", '×'), ("euro", '€'), ("pound", '£'), ("cent", '¢'),
    ("yen", '¥'), ("sect", '§'), ("para", '¶'), ("dagger", '†'), ("shy", '\u{ad}'),
    ("iexcl", '¡'), ("iquest", '¿'), ("aacute", 'á'), ("Aacute", 'Á'),
    ("agrave", 'à'), ("Agrave", 'À'), ("acirc", 'â'), ("auml", 'ä'), ("Auml", 'Ä'),
    ("aring", 'å'), ("atilde", 'ã'), ("ccedil", 'ç'), ("Ccedil", 'Ç'),
    ("eacute", 'é'), ("Eacute", 'É'), ("egrave", 'è'), ("Egrave", 'È'),
    ("ecirc", 'ê'), ("euml", 'ë'), ("iacute", 'í'), ("igrave", 'ì'), ("icirc", 'î'),
    ("iuml", 'ï'), ("ntilde", 'ñ'), ("Ntilde", 'Ñ'), ("oacute", 'ó'), ("Oacute", 'Ó'),
    ("ograve", 'ò'), ("ocirc", 'ô'), ("ouml", 'ö'), ("Ouml", 'Ö'), ("otilde", 'õ'),
    ("oslash", 'ø'), ("uacute", 'ú'), ("Uacute", 'Ú'), ("ugrave", 'ù'), ("ucirc", 'û'),
    ("uuml", 'ü'), ("Uuml", 'Ü'), ("szlig", 'ß'), ("yacute", 'ý'),
];

/// The month number of a month name or abbreviation (any case, trailing period
/// allowed).
pub fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    // The longest name is "septiembre"; most words are ruled out without a look-up.
    if !(3..=20).contains(&w.len()) || !w.starts_with(char::is_alphabetic) {
        return None;
    }
    MONTHS
        .iter()
        .find(|(m, _)| same_word(m, w))
        .map(|&(_, n)| n)
}

/// `word` equals the lowercase `entry` in any case, without allocating for ASCII.
fn same_word(entry: &str, word: &str) -> bool {
    if word.is_ascii() {
        return entry.eq_ignore_ascii_case(word);
    }
    entry.chars().count() == word.chars().count()
        && entry
            .chars()
            .zip(word.chars())
            .all(|(e, w)| lower_char(w) == e)
}

/// True for a weekday name or abbreviation (any case, trailing period or comma
/// allowed).
pub fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    (3..=20).contains(&w.len()) && WEEKDAYS.iter().any(|d| same_word(d, w))
}

/// True for a word that ends the name part of a byline.
pub fn is_byline_stop(word: &str) -> bool {
    BYLINE_STOPS.contains(&word.trim_end_matches([':', '.']).to_lower().as_str())
}

/// True for a job-title word of bylines.
pub fn is_byline_role(word: &str) -> bool {
    static SET: WordSet = WordSet::new(BYLINE_ROLES);
    SET.contains(&word.trim_end_matches([',', '.']).to_lower())
}

/// True for a word of collective credits.
pub fn is_staff_word(word: &str) -> bool {
    STAFF_WORDS.contains(&word.to_lower().as_str())
}

/// True for a label that opens a byline ("By", "Von", "Author"), in any case.
pub fn is_byline_label(word: &str) -> bool {
    BYLINE_LABELS.iter().any(|l| word.eq_ignore_ascii_case(l))
}

/// True for a label that opens a picture's credit line ("Credit", "Photo").
pub fn is_credit_label(word: &str) -> bool {
    CREDIT_LABELS.contains(&word.trim_end_matches(':').to_lower().as_str())
}

/// True when a name is a news agency's.
pub fn is_wire_agency(name: &str) -> bool {
    let n = name.trim().trim_end_matches('.').to_lower();
    WIRE_AGENCIES.contains(&n.as_str())
}

/// True for a credential written after a name.
pub fn is_credential(word: &str) -> bool {
    CREDENTIALS.contains(&word.trim_end_matches(',').to_lower().as_str())
}

/// True when a whole author value is a placeholder.
pub fn is_placeholder_author(value: &str) -> bool {
    let v = value.trim().trim_end_matches(':').to_lower();
    PLACEHOLDER_AUTHORS.contains(&v.as_str())
}

/// The character a named reference stands for.
pub fn entity(name: &str) -> Option<char> {
    ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}
