//! The words that mark speech: cue verbs with every inflected form, the "according
//! to" prepositions, the nouns of statements, and the words that open reported content.
//!
//! Sources: the reporting verbs of English, French, German and Spanish news style
//! guides and grammars (Quirk et al.'s reporting verbs; Grevisse's verbes
//! introducteurs; Duden's Redeeinleitungen; the RAE's verbos de habla), written out by
//! hand with their inflected forms, and checked against the cues annotated in the
//! PolNeAR training set. Lowercase.

use super::WordSet;
use crate::hash::{HashMap, HashMapExt};
use crate::text::ToLower;
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

// The cue verbs are written one per line, `saying LEMMA: FORMS` or `weak LEMMA: FORMS`,
// with the inflected forms (lowercase) separated by spaces: one string per language
// keeps the wasm build free of a pointer per form.

/// The lines of the cue verb tables as (lemma, strength, forms).
fn cue_verbs(
    table: &'static str,
) -> impl Iterator<Item = (&'static str, Strength, std::str::SplitWhitespace<'static>)> {
    table.lines().filter_map(|line| {
        let (head, forms) = line.split_once(':')?;
        let (kind, lemma) = head.split_once(' ')?;
        let strength = if kind == "saying" {
            Strength::Saying
        } else {
            Strength::Weak
        };
        Some((lemma, strength, forms.split_whitespace()))
    })
}

/// English cue verbs.
pub const ENGLISH: &str = concat!(
    "saying say: say says said saying\n",
    "saying tell: tell tells told telling\n",
    "saying state: states stated stating\n",
    "saying declare: declare declares declared declaring\n",
    "saying announce: announce announces announced announcing\n",
    "saying explain: explain explains explained explaining\n",
    "saying insist: insist insists insisted insisting\n",
    "saying argue: argue argues argued arguing\n",
    "saying claim: claims claimed claiming\n",
    "saying stress: stresses stressed stressing\n",
    "saying warn: warn warns warned warning\n",
    "saying write: writes wrote written writing\n",
    // "Tweeted" is often capitalised mid-sentence.
    "saying tweet: tweets tweeted tweeting Tweeted Tweets\n",
    "saying assert: assert asserts asserted asserting\n",
    "saying contend: contend contends contended contending\n",
    "saying maintain: maintains maintained maintaining\n",
    "saying emphasize: emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising\n",
    "saying affirm: affirms affirmed affirming\n",
    "saying reiterate: reiterates reiterated reiterating\n",
    "saying allege: alleges alleged alleging\n",
    "saying testify: testify testifies testified testifying\n",
    "saying acknowledge: acknowledge acknowledges acknowledged acknowledging\n",
    "saying admit: admit admits admitted admitting\n",
    "saying concede: concede concedes conceded conceding\n",
    "saying confirm: confirm confirms confirmed confirming\n",
    "saying deny: denies denied denying\n",
    "saying report: reports reported reporting\n",
    "saying predict: predict predicts predicted predicting\n",
    "saying suggest: suggest suggests suggested suggesting\n",
    "saying indicate: indicates indicated indicating\n",
    "saying underline: underlines underlined underlining\n",
    "saying boast: boasts boasted boasting\n",
    "saying complain: complain complains complained complaining\n",
    "saying charge: charged\n",
    "saying counter: countered counters\n",
    "saying retort: retorted retorts\n",
    "saying quip: quipped quips\n",
    "saying fume: fumed\n",
    "saying boom: boomed\n",
    "saying thunder: thundered\n",
    "saying muse: mused\n",
    "saying scoff: scoffed\n",
    "saying gush: gushed\n",
    "saying joke: joked jokes\n",
    "saying exclaim: exclaimed exclaims\n",
    "saying proclaim: proclaimed proclaims\n",
    "saying vow: vowed vows\n",
    "saying promise: promised promises\n",
    "saying recount: recounted recounts\n",
    "saying reply: replied replies replying\n",
    "saying respond: responded responds responding\n",
    "saying add: add adds added adding\n",
    "saying note: notes noted noting\n",
    "saying observe: observes observed observing\n",
    "saying remark: remarked remarks\n",
    "saying comment: commented comments\n",
    "saying conclude: concluded concludes\n",
    "saying recall: recalled recalls recalling\n",
    "saying remember: remembered remembers\n",
    "saying continue: continued continues\n",
    "saying ask: ask asks asked asking\n",
    "saying answer: answered answers\n",
    "saying reveal: revealed reveals\n",
    "saying disclose: disclosed discloses\n",
    "saying inform: informed informs\n",
    "saying assure: assured assures\n",
    "saying caution: cautioned cautions\n",
    "saying mention: mentioned mentions\n",
    "saying shout: shouted shouts\n",
    "saying yell: yelled yells\n",
    "saying whisper: whispered whispers\n",
    "saying muse: mused muses\n",
    "saying scoff: scoffed scoffs\n",
    "saying snap: snapped\n",
    "saying urge: urged urges\n",
    "saying demand: demanded demands\n",
    "saying declare: declared\n",
    "weak post: posted\n",
    "saying opine: opined opines\n",
    "saying point: pointed\n",
    "saying agree: agreed agrees\n",
    "saying repeat: repeated repeats\n",
    "saying wonder: wondered wonders\n",
    "saying lament: lamented laments\n",
    "saying speculate: speculated speculates\n",
    "saying estimate: estimated estimates\n",
    // Verbs that frame a quoted phrase as someone's words: "called it “a disgrace”".
    "weak call: called calls calling\n",
    "weak describe: described describes describing\n",
    "weak dub: dubbed dubs\n",
    "weak label: labeled labelled labels labeling labelling\n",
    "weak brand: branded brands\n",
    "weak accuse: accused accuses accusing\n",
    "weak blast: blasted blasts\n",
    "weak slam: slammed slams\n",
    "weak praise: praised praises praising\n",
    "weak criticize: criticized criticised criticizes criticises criticizing\n",
    "weak attack: attacked\n",
    "weak mock: mocked mocks\n",
    "weak condemn: condemned condemns\n",
    "weak decry: decried decries\n",
    "weak dismiss: dismissed dismisses\n",
    "weak defend: defended defends\n",
    "weak question: questioned questioning\n",
    "weak interject: interjected\n",
    "weak propose: proposed proposes\n",
    "weak bemoan: bemoaned bemoans\n",
    "weak tout: touted touts\n",
    "weak pledge: pledged pledges pledging\n",
    "weak deride: derided\n",
    "weak ridicule: ridiculed\n",
    "weak lambaste: lambasted\n",
    "weak hail: hailed\n",
    "weak characterize: characterized characterised\n",
    "weak refer: referred\n",
    "weak vow: vowing\n",
    "weak promise: promising\n",
    "weak warn: warning\n",
    "weak thank: thanked thanks\n",
    "weak applaud: applauded applauds\n",
    "weak blame: blamed blames\n",
    "weak laud: lauded lauds\n",
    "weak commend: commended\n",
    "weak recommend: recommended\n",
    "weak encourage: encouraged\n",
    "weak celebrate: celebrated\n",
    // Verbs of belief report a clause as the subject's view, with or without "that".
    "saying believe: believe believes believed\n",
    "saying think: think thinks\n",
    "weak think: thought\n",
    "weak feel: feels felt\n",
    "weak hope: hopes hoped\n",
    "weak fear: fears feared\n",
    "weak expect: expects expected\n",
    "weak show: shows showed shown\n",
    "weak find: found finds\n",
    "weak learn: learned learnt\n",
    "weak conclude: concluding\n",
    "weak acknowledge: acknowledges\n",
);

/// French cue verbs (verbes introducteurs), with the forms used after a quote
/// (`a-t-il dit` is read as `a`, `il`, `dit`).
pub const FRENCH: &str = concat!(
    "saying dire: dit dire disait dira disent déclare\n",
    "saying déclarer: déclaré déclarait déclarent déclarée\n",
    "saying affirmer: affirme affirmé affirmait affirment affirmée\n",
    "saying ajouter: ajoute ajouté ajoutait ajoutent ajoutée\n",
    "saying expliquer: explique expliqué expliquait expliquent expliquée\n",
    "saying estimer: estime estimé estimait estiment estimée\n",
    "saying souligner: souligne souligné soulignait soulignent soulignée\n",
    "saying indiquer: indique indiqué indiquait indiquent indiquée\n",
    "saying préciser: précise précisé précisait précisent précisée\n",
    "saying assurer: assure assuré assurait assurent assurée\n",
    "saying répondre: répond répondu répondait répondent\n",
    "saying annoncer: annonce annoncé annonçait annoncent annoncée\n",
    "saying lancer: lance lancé lançait lancée\n",
    "saying confier: confie confié confiait confiée\n",
    "saying rappeler: rappelle rappelé rappelait rappelée\n",
    "saying insister: insiste insisté insistait\n",
    "saying avertir: avertit averti avertie\n",
    "saying prévenir: prévient prévenu prévenue\n",
    "saying reconnaître: reconnaît reconnait reconnu reconnue\n",
    "saying admettre: admet admis admise\n",
    "saying poursuivre: poursuit poursuivi poursuivie\n",
    "saying conclure: conclut conclu conclue\n",
    "saying juger: juge jugé jugée\n",
    "saying dénoncer: dénonce dénoncé dénoncée\n",
    "saying marteler: martèle martelé martelée\n",
    "saying raconter: raconte raconté racontée\n",
    "saying regretter: regrette regretté regrettée\n",
    "saying confirmer: confirme confirmé confirmée\n",
    "saying écrire: écrit écrite\n",
    "saying commenter: commente commenté commentée\n",
    "saying observer: observe observé observée\n",
    "saying souffler: souffle soufflé soufflée\n",
    "saying glisser: glisse glissé glissée\n",
    "saying résumer: résume résumé résumée\n",
    "saying témoigner: témoigne témoigné témoignée\n",
    "saying nier: nie nié niée\n",
    "saying démentir: dément démenti démentie\n",
    "saying s'exclamer: exclame exclamé exclamée\n",
    "saying interroger: interroge interrogé interrogée\n",
    "saying s'inquiéter: inquiète inquiété inquiétée\n",
    "saying réagir: réagit réagi réagie\n",
    "saying promettre: promet promis promise\n",
    "saying prédire: prédit\n",
    "saying déplorer: déplore déploré déplorée\n",
    "saying plaider: plaide plaidé\n",
    "saying ironiser: ironise ironisé ironisée\n",
    "saying fustiger: fustige fustigé fustigée\n",
    "saying tacler: tacle taclé taclée\n",
    "saying lâcher: lâche lâché lâchée\n",
    "saying railler: raille raillé raillée\n",
    "saying soupirer: soupire soupiré soupirée\n",
    "saying saluer: salue salué saluée\n",
    "saying critiquer: critique critiqué critiquée\n",
    "saying tonner: tonne tonné\n",
    "saying répliquer: réplique répliqué répliquée\n",
    "saying rétorquer: rétorque rétorqué rétorquée\n",
    "saying féliciter: félicite félicité félicitée\n",
);

/// German cue verbs (Redeeinleitungen); separable verbs by their finite part
/// (`fügte ... hinzu`, `teilte ... mit`).
pub const GERMAN: &str = concat!(
    "saying sagen: sagt sagte sagten gesagt sage sagen\n",
    "saying erklären: erklärt erklärte erklärten erkläre\n",
    "saying betonen: betont betonte betonten\n",
    "saying meinen: meint meinte meinten\n",
    "saying hinzufügen: fügte fügt hinzugefügt\n",
    "saying mitteilen: teilte mitgeteilt\n",
    "saying berichten: berichtet berichtete berichteten\n",
    "saying warnen: warnt warnte warnten gewarnt\n",
    "saying kritisieren: kritisiert kritisierte kritisierten\n",
    "saying äußern: äußerte äußert geäußert\n",
    "saying schreiben: schreibt schrieb geschrieben\n",
    "saying antworten: antwortet antwortete geantwortet\n",
    "saying fragen: fragt fragte gefragt\n",
    "saying versichern: versichert versicherte\n",
    "saying unterstreichen: unterstrich unterstreicht\n",
    "saying bestätigen: bestätigt bestätigte\n",
    "saying erläutern: erläutert erläuterte\n",
    "saying einräumen: räumte räumt eingeräumt\n",
    "saying behaupten: behauptet behauptete\n",
    "saying fordern: fordert forderte\n",
    "saying ankündigen: kündigte angekündigt\n",
    "saying heißen: hieß heißt\n",
    "saying sprechen: sprach\n",
    "saying verkünden: verkündete verkündet\n",
    "saying zitieren: zitiert zitierte\n",
    "saying ergänzen: ergänzte ergänzt\n",
    "saying bekräftigen: bekräftigte bekräftigt\n",
    "saying mahnen: mahnte mahnt\n",
    "saying klagen: klagte klagt\n",
    "saying rufen: rief ruft\n",
    "saying vorwerfen: warf wirft vorgeworfen\n",
    "saying bilanzieren: bilanzierte bilanziert\n",
    "saying resümieren: resümierte resümiert\n",
    "saying klarstellen: stellte\n",
    "saying entgegnen: entgegnete entgegnet\n",
    "saying hinweisen: wies weist hingewiesen\n",
);

/// Spanish cue verbs (verbos de habla).
pub const SPANISH: &str = concat!(
    "saying decir: dijo dice dicen dijeron decía dicho\n",
    "saying afirmar: afirmó afirma afirman afirmaron afirmado\n",
    "saying declarar: declaró declara declararon declarado\n",
    "saying asegurar: aseguró asegura aseguran aseguraron asegurado\n",
    "saying explicar: explicó explica explican explicaron explicado\n",
    "saying señalar: señaló señala señalan señalaron señalado\n",
    "saying añadir: añadió añade añaden añadido\n",
    "saying agregar: agregó agrega agregan agregado\n",
    "saying indicar: indicó indica indican indicado\n",
    "saying sostener: sostuvo sostiene sostienen\n",
    "saying manifestar: manifestó manifiesta\n",
    "saying subrayar: subrayó subraya\n",
    "saying destacar: destacó destaca\n",
    "saying advertir: advirtió advierte\n",
    "saying reconocer: reconoció reconoce\n",
    "saying admitir: admitió admite\n",
    "saying apuntar: apuntó apunta\n",
    "saying comentar: comentó comenta\n",
    "saying expresar: expresó expresa\n",
    "saying anunciar: anunció anuncia\n",
    "saying informar: informó informa\n",
    "saying recordar: recordó recuerda\n",
    "saying insistir: insistió insiste\n",
    "saying responder: respondió responde\n",
    "saying preguntar: preguntó pregunta\n",
    "saying criticar: criticó critica\n",
    "saying denunciar: denunció denuncia\n",
    "saying confirmar: confirmó confirma\n",
    "saying negar: negó niega\n",
    "saying escribir: escribió escribe\n",
    "saying precisar: precisó precisa\n",
    "saying concluir: concluyó concluye\n",
    "saying relatar: relató relata\n",
    "saying contar: contó cuenta\n",
    "saying aseverar: aseveró asevera\n",
    "saying puntualizar: puntualizó puntualiza\n",
    "saying lamentar: lamentó lamenta\n",
    "saying exclamar: exclamó exclama\n",
    "saying ironizar: ironizó ironiza\n",
    "saying replicar: replicó replica\n",
    "saying zanjar: zanjó\n",
    "saying apostillar: apostilló\n",
    "saying sentenciar: sentenció\n",
    "saying remarcar: remarcó\n",
    "saying aclarar: aclaró aclara\n",
    "saying detallar: detalló detalla\n",
    "saying recalcar: recalcó recalca\n",
);

/// Labels that open an aside rather than a speaker's line ("NOTE: I've included…",
/// "TIP:", "PS:", "EDIT:"): a line's label, never a name.
#[rustfmt::skip]
pub const ASIDE_LABELS: &str = concat!(
    "note nb tip ps pps edit update updated warning caution important disclaimer hint ",
    "reminder fyi bonus correction spoiler icymi watch listen read",
);

/// True for a label of an aside ([`ASIDE_LABELS`]), in any case.
pub fn is_aside_label(word: &str) -> bool {
    static SET: WordSet = WordSet::new(ASIDE_LABELS);
    SET.contains(&word.to_lower())
}

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
pub const STATEMENT_NOUNS: &str = concat!(
    "statement statements announcement communiqué communique release report interview ",
    "tweet post letter note message speech remarks comments testimony declaration memo ",
    "email op-ed déclaration mitteilung erklärung stellungnahme comunicado declaración ",
    "nota",
);

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
        for table in [ENGLISH, FRENCH, GERMAN, SPANISH] {
            for (lemma, strength, forms) in cue_verbs(table) {
                for form in forms {
                    map.entry(form).or_insert((lemma, strength));
                }
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
    static SET: WordSet = WordSet::new(STATEMENT_NOUNS);
    SET.contains(&word.to_lower())
}

/// True for auxiliaries and adverbs that may sit between a speaker and the cue.
pub fn is_auxiliary(word: &str) -> bool {
    let lower = word.to_lower();
    AUXILIARIES.contains(&lower.as_str())
}
