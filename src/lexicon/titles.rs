//! Titles, honorifics, role nouns and the office words of job titles: what stands
//! before or beside a name and says what the person is.
//!
//! Sources: the titles and ranks of the AP Stylebook, the Chicago Manual of Style and
//! the French, German and Spanish government and press protocol lists, written out by
//! hand; role nouns were checked against the appositions of the seed article and the
//! PolNeAR training texts. Lowercase, without periods. The word lists are strings of
//! words separated by spaces, read into sets at first use.

use super::names::Gender;
use super::WordSet;
use crate::text::ToLower;

/// Honorifics before a name, with the gender they imply.
pub const HONORIFICS: &[(&str, Gender)] = &[
    ("mr", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("mx", Gender::Unknown),
    ("dr", Gender::Unknown),
    ("prof", Gender::Unknown),
    ("sir", Gender::Male),
    ("dame", Gender::Female),
    ("lord", Gender::Male),
    ("lady", Gender::Female),
    ("m", Gender::Male),
    ("mme", Gender::Female),
    ("mlle", Gender::Female),
    ("monsieur", Gender::Male),
    ("madame", Gender::Female),
    ("herr", Gender::Male),
    ("frau", Gender::Female),
    ("sr", Gender::Male),
    ("sra", Gender::Female),
    ("srta", Gender::Female),
    ("señor", Gender::Male),
    ("señora", Gender::Female),
    ("don", Gender::Male),
    ("doña", Gender::Female),
];

/// Titles and ranks written before a name, often capitalised ("President Vladimir
/// Putin", "Sen. Claire McCaskill", "Bundeskanzler Olaf Scholz").
#[rustfmt::skip]
pub const TITLES: &str = concat!(
    "president pres vice premier minister ministers secretary senator ",
    "sen sens representative rep reps congressman congresswoman ",
    "delegate governor gov lieutenant mayor chancellor king queen ",
    "prince princess pope emperor empress sheikh sheik emir sultan ",
    "crown general gen admiral adm colonel col lt captain capt ",
    "major maj sergeant sgt commander cmdr corporal cpl private ",
    "pvt brigadier marshal judge justice chief director chairman ",
    "chairwoman chairperson chair ambassador amb spokesman spokeswoman ",
    "spokesperson attorney reverend rev father bishop archbishop ",
    "cardinal rabbi imam ayatollah patriarch speaker leader deputy ",
    "commissioner superintendent inspector detective officer sheriff ",
    "coach professor doctor ceo treasurer comptroller councilman ",
    "councilwoman councillor councilor alderman assemblyman assemblywoman ",
    "candidate nominee chancellor dean provost superintendent warden ",
    "counsel solicitor prosecutor envoy secretary-general director-general ",
    "president-elect ex-president ",
    // French
    "président présidente ministre sénateur sénatrice député députée ",
    "maire chancelière porte-parole général secrétaire ambassadeur ",
    "ambassadrice juge procureur directeur directrice ",
    // German
    "präsident präsidentin bundespräsident bundeskanzler bundeskanzlerin ",
    "kanzler kanzlerin ministerin ministerpräsident ministerpräsidentin ",
    "bürgermeister bürgermeisterin sprecher sprecherin regierungssprecher ",
    "regierungssprecherin vorsitzende vorsitzender generalsekretär botschafter ",
    "botschafterin abgeordnete abgeordneter senatorin außenminister ",
    "außenministerin innenminister innenministerin verteidigungsminister ",
    "verteidigungsministerin finanzminister finanzministerin wirtschaftsminister ",
    "wirtschaftsministerin gesundheitsminister gesundheitsministerin chef ",
    "chefin ",
    // Spanish
    "presidenta ministro ministra secretario secretaria senador senadora ",
    "diputado diputada alcalde alcaldesa canciller gobernador ",
    "gobernadora portavoz embajador embajadora juez jueza fiscal jefe ",
    "jefa líder rey reina ",
    "kämmerer kämmerin trainer trainerin stadtrat stadträtin landrat ",
    "landrätin gemeinderat gemeinderätin ",
);

/// German compound role endings: `Regierungssprecher`, `Bundesaußenministerin`.
#[rustfmt::skip]
pub const GERMAN_ROLE_SUFFIXES: &[&str] = &[
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin",
    "kanzler", "kanzlerin", "vorsitzende", "vorsitzender", "chef", "chefin", "experte",
    "expertin", "botschafter", "botschafterin", "sekretär", "sekretärin", "führer",
    "führerin", "leiter", "leiterin", "vertreter", "vertreterin", "kämmerer", "kämmerin",
    "trainer", "trainerin", "direktor", "direktorin", "geschäftsführer",
    "geschäftsführerin",
];

/// Role nouns of appositions and pre-name descriptions ("Kremlin spokesman",
/// "a North Korea expert", "senior consultant"), in addition to [`TITLES`].
#[rustfmt::skip]
pub const ROLE_NOUNS: &str = concat!(
    "spokesman spokeswoman spokesperson spokespeople leader expert ",
    "analyst consultant adviser advisor official head nominee ",
    "candidate envoy diplomat lawmaker legislator lawyer attorney ",
    "researcher scientist economist strategist pollster manager editor ",
    "reporter correspondent columnist author founder co-founder ",
    "cofounder executive owner member activist campaigner organizer ",
    "organiser operative aide staffer chairman fellow scholar ",
    "historian lecturer physician surgeon nurse priest pastor ",
    "dictator ruler monarch whip administrator negotiator mediator ",
    "specialist engineer entrepreneur investor banker businessman ",
    "businesswoman billionaire mogul tycoon comedian writer novelist ",
    "journalist anchor host producer president minister secretary ",
    "senator governor mayor chancellor director chief commander ",
    "ambassador judge prosecutor professor premier representative ",
    "congressman congresswoman deputy commissioner chairwoman chairperson ",
    "chair ceo cfo coo cto partner president-elect vice-president ",
    "counselor counsellor surrogate supporter critic opponent rival ",
    "challenger incumbent mate veteran officer agent investigator ",
    "detective sheriff coach teacher student doctor architect ",
    "designer artist singer actor actress star officeholder ",
    "bureaucrat technocrat general admiral colonel captain sergeant ",
    "lieutenant soldier pilot mother father wife husband son ",
    "daughter brother sister widow friend neighbor neighbour resident ",
    "voter delegate donor fundraiser lobbyist director manager ",
    "observer watcher commentator pundit blogger speaker chef ",
    "coordinator planner researcher professor dean president treasurer ",
    "clerk counsel contender frontrunner front-runner hopeful running ",
    "successor predecessor ally confidant confidante loyalist backer ",
    "figure elder ",
    // French
    "porte-parole président présidente ministre secrétaire sénateur ",
    "député députée maire dirigeant dirigeante responsable expert ",
    "experte analyste conseiller conseillère directeur directrice avocat ",
    "avocate juge procureur professeur chercheur chercheuse économiste ",
    "ambassadeur patron patronne fondateur fondatrice chancelière chef ",
    "cheffe spécialiste politologue syndicaliste ",
    // German
    "sprecher sprecherin präsident präsidentin minister ministerin ",
    "kanzler kanzlerin bundeskanzler bundeskanzlerin bürgermeister experte ",
    "expertin analyst analystin berater beraterin direktor direktorin ",
    "vorsitzende vorsitzender abgeordnete abgeordneter richter richterin ",
    "anwalt anwältin professorin botschafter generalsekretär ",
    "ministerpräsident regierungssprecher politologe politologin ökonom ",
    "ökonomin forscher forscherin chefin ",
    // Spanish
    "portavoz presidente presidenta ministro ministra secretario ",
    "secretaria senador senadora diputado diputada alcalde alcaldesa ",
    "jefe jefa líder dirigente experto experta analista asesor ",
    "asesora director directora abogado abogada juez jueza fiscal ",
    "profesor profesora investigador investigadora economista embajador ",
    "fundador fundadora canciller gobernador gobernadora politólogo ",
    "politóloga vocero vocera ",
);

/// Words that make up job titles around the title word itself ("Secretary of *State*",
/// "*Defense* Minister", "*White House* *press* secretary", "*Attorney General*"). In a
/// run of capitalised words they belong to the role, not to the name.
#[rustfmt::skip]
pub const OFFICE_WORDS: &str = concat!(
    "state defense defence foreign interior justice finance treasury ",
    "staff affairs health education homeland security national ",
    "intelligence energy agriculture labor labour commerce ",
    "transportation housing veterans economy economic trade war navy ",
    "army air force prime vice deputy chief senior former ",
    "acting interim majority minority house senate communications ",
    "press campaign supreme federal district executive assistant ",
    "associate principal first lady general secretary attorney ",
    "minister foreign environment culture development immigration home ",
    "exterior relations public works information digital social ",
    "welfare employment industry science technology research sports ",
    "tourism transport infrastructure emergency emergencies climate ex ",
    "then incoming outgoing lead top head co council committee ",
    "party opposition parliamentary presidential vice-presidential ",
    "republican democratic democrat gop conservative liberal socialist ",
    "labour green independent libertarian new current longtime ",
    "veteran retired ",
);

/// Collective nouns and party names that are capitalised but name groups, never one
/// speaker ("Republicans said", "Critics say").
#[rustfmt::skip]
pub const GROUPS: &str = concat!(
    "democrats republicans democrat republican independents conservatives ",
    "liberals progressives libertarians socialists communists critics ",
    "analysts experts officials aides supporters opponents voters ",
    "sources observers investigators prosecutors authorities protesters ",
    "lawmakers residents witnesses scientists economists researchers ",
    "advocates activists delegates senators governors leaders members ",
    "evangelicals catholics muslims christians jews latinos hispanics ",
    "millennials americans europeans others many some both most ",
    "dems pundits grünen grüne linken linke sozialdemokraten ",
    "liberalen konservativen polls pollsters donors insiders staffers ",
);

/// True when `word` (any case) names a group ("Republicans", "Critics").
pub fn is_group(word: &str) -> bool {
    static SET: WordSet = WordSet::new(GROUPS);
    SET.contains(&bare(word))
}

/// The gender a role noun implies, when it implies one.
pub const GENDERED_ROLES: &[(&str, Gender)] = &[
    ("spokesman", Gender::Male),
    ("spokeswoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("chairman", Gender::Male),
    ("chairwoman", Gender::Female),
    ("businessman", Gender::Male),
    ("businesswoman", Gender::Female),
    ("king", Gender::Male),
    ("queen", Gender::Female),
    ("prince", Gender::Male),
    ("princess", Gender::Female),
    ("actress", Gender::Female),
    ("mother", Gender::Female),
    ("father", Gender::Male),
    ("wife", Gender::Female),
    ("husband", Gender::Male),
    ("son", Gender::Male),
    ("daughter", Gender::Female),
    ("brother", Gender::Male),
    ("sister", Gender::Female),
    ("widow", Gender::Female),
    ("présidente", Gender::Female),
    ("chancelière", Gender::Female),
    ("kanzlerin", Gender::Female),
    ("bundeskanzlerin", Gender::Female),
    ("ministerin", Gender::Female),
    ("präsidentin", Gender::Female),
    ("sprecherin", Gender::Female),
    ("presidenta", Gender::Female),
    ("ministra", Gender::Female),
    ("alcaldesa", Gender::Female),
];

fn bare(word: &str) -> String {
    word.trim_end_matches('.').to_lower()
}

/// The gender an honorific implies, if `word` is an honorific.
pub fn honorific(word: &str) -> Option<Gender> {
    let w = bare(word);
    HONORIFICS.iter().find(|(h, _)| *h == w).map(|&(_, g)| g)
}

/// True when `word` is a title or rank (any case, period optional), including German
/// compound roles.
pub fn is_title(word: &str) -> bool {
    let w = bare(word);
    TITLE_SET.contains(&w) || is_german_compound_role(&w)
}

static TITLE_SET: WordSet = WordSet::new(TITLES);

/// True when `word` is a role noun or a title.
pub fn is_role_noun(word: &str) -> bool {
    let w = bare(word);
    let w = w.trim_end_matches("’s").trim_end_matches("'s");
    static SET: WordSet = WordSet::new(ROLE_NOUNS);
    SET.contains(w) || TITLE_SET.contains(w) || is_german_compound_role(w)
}

fn is_german_compound_role(w: &str) -> bool {
    w.chars().count() > 9 && GERMAN_ROLE_SUFFIXES.iter().any(|s| w.ends_with(s))
}

/// Role nouns that say what someone is to another person, not what they do ("his
/// father", "a friend"): said of someone the text does not name, they tell a reader
/// nothing.
#[rustfmt::skip]
pub const RELATIONS: &str = concat!(
    "mother father wife husband son daughter brother sister widow widower friend ",
    "neighbor neighbour mate ally confidant confidante successor predecessor ",
);

/// True when `word` (any case) is one of the [`RELATIONS`].
pub fn is_relation(word: &str) -> bool {
    static SET: WordSet = WordSet::new(RELATIONS);
    SET.contains(&bare(word))
}

/// True when `word` belongs to job titles beside the title word.
pub fn is_office_word(word: &str) -> bool {
    static SET: WordSet = WordSet::new(OFFICE_WORDS);
    SET.contains(&bare(word))
}

/// The gender a role noun implies.
pub fn role_gender(word: &str) -> Gender {
    let w = bare(word);
    GENDERED_ROLES
        .iter()
        .find(|(r, _)| *r == w)
        .map_or(Gender::Unknown, |&(_, g)| g)
}
