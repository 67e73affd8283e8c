//! The words that mark speech: cue verbs with every inflected form, the "according
//! to" prepositions, the nouns of statements, and the words that open reported content.
//!
//! Sources: the reporting verbs of English, French, German and Spanish news style
//! guides and grammars (Quirk et al.'s reporting verbs; Grevisse's verbes
//! introducteurs; Duden's Redeeinleitungen; the RAE's verbos de habla), written out by
//! hand with their inflected forms, and checked against the cues annotated in the
//! PolNeAR training set. Lowercase.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How strongly a verb signals speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// A verb of saying: it introduces reported speech on its own
    /// ("Kirby said arms talks advance").
    Saying,
    /// A verb that is a cue next to a quotation or before "that", but has other uses
    /// ("added", "noted", "asked", "believes").
    Weak,
}

/// One cue verb: its lemma, strength and every form that counts.
pub struct CueVerb {
    /// The dictionary form.
    pub lemma: &'static str,
    /// Saying or weak.
    pub strength: Strength,
    /// The inflected forms, lowercase.
    pub forms: &'static [&'static str],
}

const fn saying(lemma: &'static str, forms: &'static [&'static str]) -> CueVerb {
    CueVerb {
        lemma,
        strength: Strength::Saying,
        forms,
    }
}

const fn weak(lemma: &'static str, forms: &'static [&'static str]) -> CueVerb {
    CueVerb {
        lemma,
        strength: Strength::Weak,
        forms,
    }
}

/// English cue verbs.
pub const ENGLISH: &[CueVerb] = &[
    saying("say", &["say", "says", "said", "saying"]),
    saying("tell", &["tell", "tells", "told", "telling"]),
    saying("state", &["states", "stated", "stating"]),
    saying("declare", &["declare", "declares", "declared", "declaring"]),
    saying(
        "announce",
        &["announce", "announces", "announced", "announcing"],
    ),
    saying(
        "explain",
        &["explain", "explains", "explained", "explaining"],
    ),
    saying("insist", &["insist", "insists", "insisted", "insisting"]),
    saying("argue", &["argue", "argues", "argued", "arguing"]),
    saying("claim", &["claims", "claimed", "claiming"]),
    saying("stress", &["stresses", "stressed", "stressing"]),
    saying("warn", &["warn", "warns", "warned", "warning"]),
    saying("write", &["writes", "wrote", "written", "writing"]),
    // "Tweeted" is often capitalised mid-sentence.
    saying(
        "tweet",
        &["tweets", "tweeted", "tweeting", "Tweeted", "Tweets"],
    ),
    saying("assert", &["assert", "asserts", "asserted", "asserting"]),
    saying(
        "contend",
        &["contend", "contends", "contended", "contending"],
    ),
    saying("maintain", &["maintains", "maintained", "maintaining"]),
    saying(
        "emphasize",
        &[
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasizing",
            "emphasise",
            "emphasises",
            "emphasised",
            "emphasising",
        ],
    ),
    saying("affirm", &["affirms", "affirmed", "affirming"]),
    saying("reiterate", &["reiterates", "reiterated", "reiterating"]),
    saying("allege", &["alleges", "alleged", "alleging"]),
    saying(
        "testify",
        &["testify", "testifies", "testified", "testifying"],
    ),
    saying(
        "acknowledge",
        &[
            "acknowledge",
            "acknowledges",
            "acknowledged",
            "acknowledging",
        ],
    ),
    saying("admit", &["admit", "admits", "admitted", "admitting"]),
    saying("concede", &["concede", "concedes", "conceded", "conceding"]),
    saying(
        "confirm",
        &["confirm", "confirms", "confirmed", "confirming"],
    ),
    saying("deny", &["denies", "denied", "denying"]),
    saying("report", &["reports", "reported", "reporting"]),
    saying(
        "predict",
        &["predict", "predicts", "predicted", "predicting"],
    ),
    saying(
        "suggest",
        &["suggest", "suggests", "suggested", "suggesting"],
    ),
    saying("indicate", &["indicates", "indicated", "indicating"]),
    saying("underline", &["underlines", "underlined", "underlining"]),
    saying("boast", &["boasts", "boasted", "boasting"]),
    saying(
        "complain",
        &["complain", "complains", "complained", "complaining"],
    ),
    saying("charge", &["charged"]),
    saying("counter", &["countered", "counters"]),
    saying("retort", &["retorted", "retorts"]),
    saying("quip", &["quipped", "quips"]),
    saying("fume", &["fumed"]),
    saying("boom", &["boomed"]),
    saying("thunder", &["thundered"]),
    saying("muse", &["mused"]),
    saying("scoff", &["scoffed"]),
    saying("gush", &["gushed"]),
    saying("joke", &["joked", "jokes"]),
    saying("exclaim", &["exclaimed", "exclaims"]),
    saying("proclaim", &["proclaimed", "proclaims"]),
    saying("vow", &["vowed", "vows"]),
    saying("promise", &["promised", "promises"]),
    saying("recount", &["recounted", "recounts"]),
    saying("reply", &["replied", "replies", "replying"]),
    saying("respond", &["responded", "responds", "responding"]),
    saying("add", &["add", "adds", "added", "adding"]),
    saying("note", &["notes", "noted", "noting"]),
    saying("observe", &["observes", "observed", "observing"]),
    saying("remark", &["remarked", "remarks"]),
    saying("comment", &["commented", "comments"]),
    saying("conclude", &["concluded", "concludes"]),
    saying("recall", &["recalled", "recalls", "recalling"]),
    saying("remember", &["remembered", "remembers"]),
    saying("continue", &["continued", "continues"]),
    saying("ask", &["ask", "asks", "asked", "asking"]),
    saying("answer", &["answered", "answers"]),
    saying("reveal", &["revealed", "reveals"]),
    saying("disclose", &["disclosed", "discloses"]),
    saying("inform", &["informed", "informs"]),
    saying("assure", &["assured", "assures"]),
    saying("caution", &["cautioned", "cautions"]),
    saying("mention", &["mentioned", "mentions"]),
    saying("shout", &["shouted", "shouts"]),
    saying("yell", &["yelled", "yells"]),
    saying("whisper", &["whispered", "whispers"]),
    saying("muse", &["mused", "muses"]),
    saying("scoff", &["scoffed", "scoffs"]),
    saying("snap", &["snapped"]),
    saying("urge", &["urged", "urges"]),
    saying("demand", &["demanded", "demands"]),
    saying("declare", &["declared"]),
    weak("post", &["posted"]),
    saying("opine", &["opined", "opines"]),
    saying("point", &["pointed"]),
    saying("agree", &["agreed", "agrees"]),
    saying("repeat", &["repeated", "repeats"]),
    saying("wonder", &["wondered", "wonders"]),
    saying("lament", &["lamented", "laments"]),
    saying("speculate", &["speculated", "speculates"]),
    saying("estimate", &["estimated", "estimates"]),
    // Verbs that frame a quoted phrase as someone's words: "called it “a disgrace”".
    weak("call", &["called", "calls", "calling"]),
    weak("describe", &["described", "describes", "describing"]),
    weak("dub", &["dubbed", "dubs"]),
    weak(
        "label",
        &["labeled", "labelled", "labels", "labeling", "labelling"],
    ),
    weak("brand", &["branded", "brands"]),
    weak("accuse", &["accused", "accuses", "accusing"]),
    weak("blast", &["blasted", "blasts"]),
    weak("slam", &["slammed", "slams"]),
    weak("praise", &["praised", "praises", "praising"]),
    weak(
        "criticize",
        &[
            "criticized",
            "criticised",
            "criticizes",
            "criticises",
            "criticizing",
        ],
    ),
    weak("attack", &["attacked"]),
    weak("mock", &["mocked", "mocks"]),
    weak("condemn", &["condemned", "condemns"]),
    weak("decry", &["decried", "decries"]),
    weak("dismiss", &["dismissed", "dismisses"]),
    weak("defend", &["defended", "defends"]),
    weak("question", &["questioned", "questioning"]),
    weak("interject", &["interjected"]),
    weak("propose", &["proposed", "proposes"]),
    weak("bemoan", &["bemoaned", "bemoans"]),
    weak("tout", &["touted", "touts"]),
    weak("pledge", &["pledged", "pledges", "pledging"]),
    weak("deride", &["derided"]),
    weak("ridicule", &["ridiculed"]),
    weak("lambaste", &["lambasted"]),
    weak("hail", &["hailed"]),
    weak("characterize", &["characterized", "characterised"]),
    weak("refer", &["referred"]),
    weak("vow", &["vowing"]),
    weak("promise", &["promising"]),
    weak("warn", &["warning"]),
    weak("thank", &["thanked", "thanks"]),
    weak("applaud", &["applauded", "applauds"]),
    weak("blame", &["blamed", "blames"]),
    weak("laud", &["lauded", "lauds"]),
    weak("commend", &["commended"]),
    weak("recommend", &["recommended"]),
    weak("encourage", &["encouraged"]),
    weak("celebrate", &["celebrated"]),
    // Verbs of belief report a clause as the subject's view, with or without "that".
    saying("believe", &["believe", "believes", "believed"]),
    saying("think", &["think", "thinks"]),
    weak("think", &["thought"]),
    weak("feel", &["feels", "felt"]),
    weak("hope", &["hopes", "hoped"]),
    weak("fear", &["fears", "feared"]),
    weak("expect", &["expects", "expected"]),
    weak("show", &["shows", "showed", "shown"]),
    weak("find", &["found", "finds"]),
    weak("learn", &["learned", "learnt"]),
    weak("conclude", &["concluding"]),
    weak("acknowledge", &["acknowledges"]),
];

/// French cue verbs (verbes introducteurs), with the forms used after a quote
/// (`a-t-il dit` is read as `a`, `il`, `dit`).
pub const FRENCH: &[CueVerb] = &[
    saying(
        "dire",
        &["dit", "dire", "disait", "dira", "disent", "déclare"],
    ),
    saying(
        "déclarer",
        &["déclaré", "déclarait", "déclarent", "déclarée"],
    ),
    saying(
        "affirmer",
        &["affirme", "affirmé", "affirmait", "affirment", "affirmée"],
    ),
    saying(
        "ajouter",
        &["ajoute", "ajouté", "ajoutait", "ajoutent", "ajoutée"],
    ),
    saying(
        "expliquer",
        &[
            "explique",
            "expliqué",
            "expliquait",
            "expliquent",
            "expliquée",
        ],
    ),
    saying(
        "estimer",
        &["estime", "estimé", "estimait", "estiment", "estimée"],
    ),
    saying(
        "souligner",
        &[
            "souligne",
            "souligné",
            "soulignait",
            "soulignent",
            "soulignée",
        ],
    ),
    saying(
        "indiquer",
        &["indique", "indiqué", "indiquait", "indiquent", "indiquée"],
    ),
    saying(
        "préciser",
        &["précise", "précisé", "précisait", "précisent", "précisée"],
    ),
    saying(
        "assurer",
        &["assure", "assuré", "assurait", "assurent", "assurée"],
    ),
    saying("répondre", &["répond", "répondu", "répondait", "répondent"]),
    saying(
        "annoncer",
        &["annonce", "annoncé", "annonçait", "annoncent", "annoncée"],
    ),
    saying("lancer", &["lance", "lancé", "lançait", "lancée"]),
    saying("confier", &["confie", "confié", "confiait", "confiée"]),
    saying(
        "rappeler",
        &["rappelle", "rappelé", "rappelait", "rappelée"],
    ),
    saying("insister", &["insiste", "insisté", "insistait"]),
    saying("avertir", &["avertit", "averti", "avertie"]),
    saying("prévenir", &["prévient", "prévenu", "prévenue"]),
    saying(
        "reconnaître",
        &["reconnaît", "reconnait", "reconnu", "reconnue"],
    ),
    saying("admettre", &["admet", "admis", "admise"]),
    saying("poursuivre", &["poursuit", "poursuivi", "poursuivie"]),
    saying("conclure", &["conclut", "conclu", "conclue"]),
    saying("juger", &["juge", "jugé", "jugée"]),
    saying("dénoncer", &["dénonce", "dénoncé", "dénoncée"]),
    saying("marteler", &["martèle", "martelé", "martelée"]),
    saying("raconter", &["raconte", "raconté", "racontée"]),
    saying("regretter", &["regrette", "regretté", "regrettée"]),
    saying("confirmer", &["confirme", "confirmé", "confirmée"]),
    saying("écrire", &["écrit", "écrite"]),
    saying("commenter", &["commente", "commenté", "commentée"]),
    saying("observer", &["observe", "observé", "observée"]),
    saying("souffler", &["souffle", "soufflé", "soufflée"]),
    saying("glisser", &["glisse", "glissé", "glissée"]),
    saying("résumer", &["résume", "résumé", "résumée"]),
    saying("témoigner", &["témoigne", "témoigné", "témoignée"]),
    saying("nier", &["nie", "nié", "niée"]),
    saying("démentir", &["dément", "démenti", "démentie"]),
    saying("s'exclamer", &["exclame", "exclamé", "exclamée"]),
    saying("interroger", &["interroge", "interrogé", "interrogée"]),
    saying("s'inquiéter", &["inquiète", "inquiété", "inquiétée"]),
    saying("réagir", &["réagit", "réagi", "réagie"]),
    saying("promettre", &["promet", "promis", "promise"]),
    saying("prédire", &["prédit"]),
    saying("déplorer", &["déplore", "déploré", "déplorée"]),
    saying("plaider", &["plaide", "plaidé"]),
    saying("ironiser", &["ironise", "ironisé", "ironisée"]),
    saying("fustiger", &["fustige", "fustigé", "fustigée"]),
    saying("tacler", &["tacle", "taclé", "taclée"]),
    saying("lâcher", &["lâche", "lâché", "lâchée"]),
    saying("railler", &["raille", "raillé", "raillée"]),
    saying("soupirer", &["soupire", "soupiré", "soupirée"]),
    saying("saluer", &["salue", "salué", "saluée"]),
    saying("critiquer", &["critique", "critiqué", "critiquée"]),
    saying("tonner", &["tonne", "tonné"]),
    saying("répliquer", &["réplique", "répliqué", "répliquée"]),
    saying("rétorquer", &["rétorque", "rétorqué", "rétorquée"]),
    saying("féliciter", &["félicite", "félicité", "félicitée"]),
];

/// German cue verbs (Redeeinleitungen); separable verbs by their finite part
/// (`fügte ... hinzu`, `teilte ... mit`).
pub const GERMAN: &[CueVerb] = &[
    saying(
        "sagen",
        &["sagt", "sagte", "sagten", "gesagt", "sage", "sagen"],
    ),
    saying("erklären", &["erklärt", "erklärte", "erklärten", "erkläre"]),
    saying("betonen", &["betont", "betonte", "betonten"]),
    saying("meinen", &["meint", "meinte", "meinten"]),
    saying("hinzufügen", &["fügte", "fügt", "hinzugefügt"]),
    saying("mitteilen", &["teilte", "mitgeteilt"]),
    saying("berichten", &["berichtet", "berichtete", "berichteten"]),
    saying("warnen", &["warnt", "warnte", "warnten", "gewarnt"]),
    saying(
        "kritisieren",
        &["kritisiert", "kritisierte", "kritisierten"],
    ),
    saying("äußern", &["äußerte", "äußert", "geäußert"]),
    saying("schreiben", &["schreibt", "schrieb", "geschrieben"]),
    saying("antworten", &["antwortet", "antwortete", "geantwortet"]),
    saying("fragen", &["fragt", "fragte", "gefragt"]),
    saying("versichern", &["versichert", "versicherte"]),
    saying("unterstreichen", &["unterstrich", "unterstreicht"]),
    saying("bestätigen", &["bestätigt", "bestätigte"]),
    saying("erläutern", &["erläutert", "erläuterte"]),
    saying("einräumen", &["räumte", "räumt", "eingeräumt"]),
    saying("behaupten", &["behauptet", "behauptete"]),
    saying("fordern", &["fordert", "forderte"]),
    saying("ankündigen", &["kündigte", "angekündigt"]),
    saying("heißen", &["hieß", "heißt"]),
    saying("sprechen", &["sprach"]),
    saying("verkünden", &["verkündete", "verkündet"]),
    saying("zitieren", &["zitiert", "zitierte"]),
    saying("ergänzen", &["ergänzte", "ergänzt"]),
    saying("bekräftigen", &["bekräftigte", "bekräftigt"]),
    saying("mahnen", &["mahnte", "mahnt"]),
    saying("klagen", &["klagte", "klagt"]),
    saying("rufen", &["rief", "ruft"]),
    saying("vorwerfen", &["warf", "wirft", "vorgeworfen"]),
    saying("bilanzieren", &["bilanzierte", "bilanziert"]),
    saying("resümieren", &["resümierte", "resümiert"]),
    saying("klarstellen", &["stellte"]),
    saying("entgegnen", &["entgegnete", "entgegnet"]),
    saying("hinweisen", &["wies", "weist", "hingewiesen"]),
];

/// Spanish cue verbs (verbos de habla).
pub const SPANISH: &[CueVerb] = &[
    saying(
        "decir",
        &["dijo", "dice", "dicen", "dijeron", "decía", "dicho"],
    ),
    saying(
        "afirmar",
        &["afirmó", "afirma", "afirman", "afirmaron", "afirmado"],
    ),
    saying(
        "declarar",
        &["declaró", "declara", "declararon", "declarado"],
    ),
    saying(
        "asegurar",
        &["aseguró", "asegura", "aseguran", "aseguraron", "asegurado"],
    ),
    saying(
        "explicar",
        &["explicó", "explica", "explican", "explicaron", "explicado"],
    ),
    saying(
        "señalar",
        &["señaló", "señala", "señalan", "señalaron", "señalado"],
    ),
    saying("añadir", &["añadió", "añade", "añaden", "añadido"]),
    saying("agregar", &["agregó", "agrega", "agregan", "agregado"]),
    saying("indicar", &["indicó", "indica", "indican", "indicado"]),
    saying("sostener", &["sostuvo", "sostiene", "sostienen"]),
    saying("manifestar", &["manifestó", "manifiesta"]),
    saying("subrayar", &["subrayó", "subraya"]),
    saying("destacar", &["destacó", "destaca"]),
    saying("advertir", &["advirtió", "advierte"]),
    saying("reconocer", &["reconoció", "reconoce"]),
    saying("admitir", &["admitió", "admite"]),
    saying("apuntar", &["apuntó", "apunta"]),
    saying("comentar", &["comentó", "comenta"]),
    saying("expresar", &["expresó", "expresa"]),
    saying("anunciar", &["anunció", "anuncia"]),
    saying("informar", &["informó", "informa"]),
    saying("recordar", &["recordó", "recuerda"]),
    saying("insistir", &["insistió", "insiste"]),
    saying("responder", &["respondió", "responde"]),
    saying("preguntar", &["preguntó", "pregunta"]),
    saying("criticar", &["criticó", "critica"]),
    saying("denunciar", &["denunció", "denuncia"]),
    saying("confirmar", &["confirmó", "confirma"]),
    saying("negar", &["negó", "niega"]),
    saying("escribir", &["escribió", "escribe"]),
    saying("precisar", &["precisó", "precisa"]),
    saying("concluir", &["concluyó", "concluye"]),
    saying("relatar", &["relató", "relata"]),
    saying("contar", &["contó", "cuenta"]),
    saying("aseverar", &["aseveró", "asevera"]),
    saying("puntualizar", &["puntualizó", "puntualiza"]),
    saying("lamentar", &["lamentó", "lamenta"]),
    saying("exclamar", &["exclamó", "exclama"]),
    saying("ironizar", &["ironizó", "ironiza"]),
    saying("replicar", &["replicó", "replica"]),
    saying("zanjar", &["zanjó"]),
    saying("apostillar", &["apostilló"]),
    saying("sentenciar", &["sentenció"]),
    saying("remarcar", &["remarcó"]),
    saying("aclarar", &["aclaró", "aclara"]),
    saying("detallar", &["detalló", "detalla"]),
    saying("recalcar", &["recalcó", "recalca"]),
];

/// Cue forms that are as often plural nouns ("previous *claims*", "his *remarks*"):
/// they count as verbs only after a name or a pronoun.
#[rustfmt::skip]
pub const NOUN_LIKE: &[&str] = &[
    "claims", "reports", "comments", "remarks", "notes", "states", "answers", "replies",
    "promises", "vows", "demands", "charges", "warns", "posts", "tweets", "estimates",
    "fears", "hopes", "shows", "finds", "statements", "jokes", "counters", "urges",
    "repeats", "proclaims", "mentions", "stresses",
];

/// True when a cue form is also a plural noun.
pub fn is_noun_like(word: &str) -> bool {
    NOUN_LIKE.contains(&word)
}

/// Words that bring in a source after or before the content: "according to X",
/// "selon X", "laut X", "según X". Each entry is the words in order, lowercase.
pub const ACCORDING_TO: &[&[&str]] = &[
    &["according", "to"],
    &["selon"],
    &["d’après"],
    &["d'après"],
    &["laut"],
    &["nach", "angaben", "von"],
    &["según"],
    &["de", "acuerdo", "con"],
];

/// German postposition: "dem Minister zufolge" (the source comes before it).
pub const ACCORDING_TO_AFTER: &[&str] = &["zufolge"];

/// Cue words that follow a quotation with the source after them and are no verbs:
/// German `„…“, so Scholz`.
pub const AFTER_QUOTE_CUES: &[&str] = &["so"];

/// Nouns of statements: "the statement from X", "in a statement", "le communiqué".
#[rustfmt::skip]
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement", "statements", "announcement", "communiqué", "communique", "release",
    "report", "interview", "tweet", "post", "letter", "note", "message", "speech",
    "remarks", "comments", "testimony", "declaration", "memo", "email", "op-ed",
    "déclaration", "mitteilung", "erklärung", "stellungnahme", "comunicado", "declaración",
    "nota",
];

/// Words that open reported content after a cue: "said that", "a dit que",
/// "sagte, dass", "dijo que".
pub const COMPLEMENTIZERS: &[&str] = &["that", "que", "qu’", "qu'", "dass", "daß"];

/// Subject pronouns glued to a French verb after a quote: `dit-il`, `a-t-elle`.
pub const FRENCH_INVERTED_PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on"];

/// Object pronouns set before an inverted verb: "«…», *le* contó", "*lui* a dit".
pub const CLITICS: &[&str] = &[
    "le", "les", "me", "te", "se", "nos", "lui", "leur", "nous", "vous", "m’", "t’", "s’",
];

/// Auxiliaries and modal words between a speaker and the cue, or before a participle
/// (`has said`, `a déclaré`, `hat gesagt`, `ha dicho`).
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "did",
    "does", "do", "also", "later", "then", "once", "previously", "again", "further",
    "repeatedly", "publicly", "privately", "recently", "earlier", "often", "always",
    "never", "not", "now", "just", "still", "even", "first", "a", "avait", "aurait", "hat",
    "hatte", "habe", "ha", "había", "han", "ont", "auch", "noch", "bereits", "zudem",
    "dann", "yet", "already", "reportedly", "allegedly", "apparently", "only", "initially",
    "originally", "ultimately", "finally", "simply", "quickly", "flatly", "pointedly",
    "bluntly", "candidly", "openly", "privately", "explicitly", "directly", "long", "sich",
];

fn index() -> &'static HashMap<&'static str, (&'static str, Strength)> {
    static INDEX: OnceLock<HashMap<&'static str, (&'static str, Strength)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for verb in ENGLISH.iter().chain(FRENCH).chain(GERMAN).chain(SPANISH) {
            for form in verb.forms {
                map.entry(*form).or_insert((verb.lemma, verb.strength));
            }
        }
        map
    })
}

/// The lemma and strength of a cue verb form, written in lowercase (a capitalised
/// "States" or "Post" is a name, not a verb; lowercase a sentence-initial word first).
pub fn cue(word: &str) -> Option<(&'static str, Strength)> {
    index().get(word).copied()
}

/// True when `word` (any case) is a statement noun.
pub fn is_statement_noun(word: &str) -> bool {
    STATEMENT_NOUNS.contains(&word.to_lowercase().as_str())
}

/// True for auxiliaries and adverbs that may sit between a speaker and the cue.
pub fn is_auxiliary(word: &str) -> bool {
    let lower = word.to_lowercase();
    AUXILIARIES.contains(&lower.as_str())
}
