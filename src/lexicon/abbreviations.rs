//! Abbreviations whose period is part of the word, for the tokenizer and the sentence
//! splitter; and the elided articles that are words of their own.
//!
//! Sources: the abbreviation lists of English, French, German and Spanish newspaper
//! style guides (AP Stylebook titles, months and state abbreviations; Le Monde, Duden
//! and El País usages), written out by hand. Matching is case-sensitive: `Ill.` (the
//! state) is an abbreviation, `ill.` is a word ending a sentence.

/// Abbreviations that never end a sentence: titles before names, months before days,
/// and the like. The period stays on the word.
#[rustfmt::skip]
pub const NEVER_FINAL: &[&str] = &[
    // English titles and ranks
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Drs", "Prof", "Gen", "Lt", "Col", "Maj",
    "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Gov", "Govs", "Sen",
    "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "Det", "Atty",
    "Msgr", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "Lieut", "Gens",
    // months and weekdays as news style abbreviates them
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "No", "Nos", "Nr",
    "vs", "v", "Vol", "vol", "Fig", "fig", "pp", "approx", "ca", "cf", "Dept", "Univ",
    "Assn", "Ave", "Blvd", "Rd", "Sq", "Ln", "Hwy", "M", "MM", "Mme", "Mmes", "Mlle",
    "Mlles", "Me", "Mgr", "av", "apr", "env", "Hr", "Hrn", "Fr", "bzw", "usw", "vgl", "Str",
    "Hrsg", "Abs", "Dipl", "Ing",
    // Spanish
    "Sra", "Sras", "Srta", "Srs", "Dra", "Lic", "Av", "Ud", "Uds", "Gral", "Excmo", "Excma",
    "Dña", "Dn",
];

/// Abbreviations that often close a sentence too: the sentence ends after them when a
/// typical sentence opener follows.
#[rustfmt::skip]
pub const MAY_BE_FINAL: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "LLC", "Plc", "etc", "al", "Jr", "Sr",
    // U.S. state abbreviations (AP style)
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
    "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

/// Elided articles and pronouns written with an apostrophe and glued to the next word
/// (French `l’État`, `qu’il`; Italian `dell’Unione`). Lowercase; the tokenizer also
/// splits the capitalised `L’` and `Qu’` that open sentences.
#[rustfmt::skip]
pub const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu",
    "presqu", "dell", "dall", "nell", "sull", "all", "un",
];

/// True when `word` (without its period) is an abbreviation whose period belongs to it.
pub fn is_abbreviation(word: &str) -> bool {
    NEVER_FINAL.contains(&word) || MAY_BE_FINAL.contains(&word)
}

/// True when an abbreviation (without its final period) often ends a sentence: the
/// dotted ones (`U.S`, `a.m`) and [`MAY_BE_FINAL`].
pub fn may_end_sentence(word: &str) -> bool {
    let dotted = word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() > 1;
    dotted || MAY_BE_FINAL.contains(&word)
}
