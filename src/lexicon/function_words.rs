//! Function words, sentence adverbs, months, weekdays and pronouns of English, French,
//! German and Spanish: words that are never a name, whatever their capitals.
//!
//! Sources: the closed word classes (articles, pronouns, prepositions, conjunctions,
//! auxiliaries) of each language's reference grammar, and the sentence adverbs that
//! open news sentences ("However", "Meanwhile", "Precisely"), written out by hand and
//! checked against the seed article and the PolNeAR training texts. Lowercase.

use super::WordSet;
use crate::text::ToLower;

/// Words that are never names, lowercase, all four languages, separated by spaces.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &str = concat!(
    // English: articles, determiners, pronouns
    "a an the this that these those some any many much ",
    "most more few fewer less least several all both each ",
    "every either neither no none other another such own same ",
    "i me my mine myself you your yours yourself he him ",
    "his himself she her hers herself it its itself we us ",
    "our ours ourselves they them their theirs themselves one ",
    "someone somebody something anyone anybody anything everyone ",
    "everybody everything nobody nothing who whom whose which what ",
    "whatever whoever whichever where when why how whether ",
    // English: prepositions and conjunctions
    "about above across after against along alongside amid amidst ",
    "among amongst around as at before behind below beneath ",
    "beside besides between beyond by despite down during except ",
    "for from in inside into like near of off on onto out ",
    "outside over past per since through throughout to toward ",
    "towards under underneath unlike until till up upon via ",
    "with within without and or but nor so yet if unless ",
    "because although though while whilst whereas once than then ",
    "following according regarding concerning including excluding given ",
    "plus minus ",
    // English: auxiliaries and frequent verbs that open sentences
    "is are was were be been being am have has had having ",
    "do does did done will would shall should can could may ",
    "might must let asked speaking asked told ",
    // English: sentence adverbs and connectives
    "however meanwhile precisely moreover furthermore nevertheless ",
    "nonetheless indeed instead thus therefore hence still also ",
    "even just only now today yesterday tomorrow tonight recently ",
    "earlier later previously currently finally eventually ultimately ",
    "initially first firstly second secondly third thirdly last ",
    "lastly next again already perhaps maybe probably possibly ",
    "certainly clearly obviously apparently reportedly allegedly ",
    "unfortunately fortunately interestingly notably specifically similarly ",
    "likewise additionally otherwise accordingly consequently overall ",
    "altogether anyway well yes oh ok okay please thanks here ",
    "there not never always often sometimes rarely seldom ever ",
    "too very quite rather almost nearly usually generally ",
    "typically especially particularly essentially basically actually ",
    "really simply frankly honestly sadly luckily surprisingly ",
    "importantly ironically separately elsewhere afterward afterwards ",
    "amid throughout along unlike whereby nowadays hopefully ",
    "undoubtedly admittedly evidently presumably supposedly mostly ",
    "partly mainly largely overnight soon meantime thereafter ",
    "regardless ",
    // English: numbers in words
    "two three four five six seven eight nine ten eleven ",
    "twelve twenty thirty forty fifty hundred hundreds thousand ",
    "thousands million millions billion billions dozens half ",
    // French
    "le la les l un une des du de d au aux ce cet ",
    "cette ces mon ton son ma ta sa mes tes ses notre ",
    "votre leur leurs nos vos je j tu il elle on nous ",
    "vous ils elles lui y en qui que qu quoi dont où ",
    "quand comment pourquoi et ou mais donc or ni car si ",
    "comme lorsque lorsqu puisque quoique parce pour par avec ",
    "sans sous sur dans chez entre vers depuis pendant avant ",
    "après selon contre malgré parmi dès jusque jusqu ainsi ",
    "alors aussi encore déjà toujours jamais puis ensuite enfin ",
    "cependant pourtant toutefois néanmoins certes même très trop ",
    "plus moins bien mal tout tous toute toutes aucun aucune ",
    "chaque plusieurs certains certaines autre autres est sont ",
    "était étaient été être ont avait avoir fait ne pas oui ",
    "non ici là hier demain désormais notamment surtout voici ",
    "voilà c cela ceci celui celle ceux celles ça d’ailleurs ",
    "aujourd’hui quant outre face lors afin tandis ",
    "devant derrière auprès envers durant hors sauf près loin ",
    // German
    "der die das den dem des ein eine einen einem einer ",
    "eines kein keine dieser diese dieses diesem diesen jener ",
    "jede jeder jedes allen alle mein meine sein seine seinen ",
    "seinem seiner ihr ihre ihren ihrem ihrer unser unsere euer ",
    "ich du er sie es wir man mich dich sich uns euch ",
    "ihm ihn ihnen und oder aber denn sondern doch dass daß ",
    "weil wenn als ob obwohl während nachdem bevor damit sodass ",
    "wie wo wer was wann warum wieso welche welcher welches ",
    "im ins an am ans auf aus bei beim mit nach seit ",
    "von vom zu zum zur für gegen ohne um durch über ",
    "unter vor hinter neben zwischen trotz wegen laut zufolge ",
    "gemäß ist sind war waren gewesen hat haben hatte hatten ",
    "wird werden wurde wurden worden kann können konnte muss ",
    "müssen soll sollen wollen nicht auch noch schon nur sehr ",
    "dann danach jetzt nun heute gestern morgen hier dort da ",
    "damals bereits immer nie niemals zudem außerdem jedoch ",
    "dennoch trotzdem allerdings zwar deshalb daher darum inzwischen ",
    "mittlerweile unterdessen indes ebenfalls ebenso etwa rund fast ",
    "kaum vielleicht wohl ja nein bitte dabei dafür dagegen ",
    "darauf darüber davon dazu sowohl weder entweder zunächst ",
    "zuletzt schließlich immerhin demnach offenbar anschließend ",
    "gleichzeitig zugleich ",
    "dessen deren denen welchem welchen ",
    // Spanish
    "el los las lo una unos unas al del este esta estos ",
    "estas ese esa esos esas aquel aquella mi su sus nuestro ",
    "nuestra yo tú él ella ello nosotros vosotros ellos ellas ",
    "usted ustedes te se os le les qué quien quién quienes ",
    "cual cuál cuando cuándo donde dónde como cómo porque por ",
    "para con sin sobre hacia hasta desde durante según ante ",
    "bajo tras mediante e o u pero sino aunque mientras pues ",
    "también tampoco además embargo sí ya aún todavía muy más ",
    "menos tan tanto todo toda todos todas cada otro otra ",
    "otros otras ningún ninguna algún alguna algunos algunas es ",
    "son era eran fue fueron ser sido está están estaba ha ",
    "han había hay hoy ayer mañana ahora entonces luego después ",
    "antes así aquí allí allá incluso solo sólo asimismo ",
    "finalmente cuyo cuya tras ",
);

/// Months and weekdays in the four languages, lowercase: dates are never actors.
/// Separated by spaces.
#[rustfmt::skip]
pub const CALENDAR: &str = concat!(
    "january february march april may june july august september ",
    "october november december monday tuesday wednesday thursday ",
    "friday saturday sunday janvier février mars avril mai juin ",
    "juillet août septembre octobre novembre décembre lundi mardi ",
    "mercredi jeudi vendredi samedi dimanche januar februar märz ",
    "juni juli oktober dezember montag dienstag mittwoch donnerstag ",
    "freitag samstag sonntag enero febrero marzo abril mayo junio ",
    "julio agosto septiembre octubre noviembre diciembre lunes martes ",
    "miércoles jueves viernes sábado domingo jan feb mar apr ",
    "jun jul aug sep sept oct nov dec gmt utc cet cest edt pst pdt ",
);

/// Determiners and possessives that open a noun phrase ("*the* Kremlin spokesman",
/// "*a* North Korea expert", "*le* ministre", "*der* Sprecher", "*el* portavoz").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "le", "la", "les", "l’", "l'", "un", "une", "des", "ce", "cette", "son", "sa",
    "ses", "leur", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
    "einem", "einer", "el", "los", "las", "una", "unos", "unas", "su", "sus",
];

/// True when `word` (any case) is a determiner or possessive.
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word.to_lower().as_str())
}

/// What a personal pronoun can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounKind {
    /// he, il, er, él
    Male,
    /// she, elle, sie (singular), ella
    Female,
    /// they, ils, elles
    Plural,
    /// it (an organisation or a country)
    Neuter,
    /// I, we, you: the speaker or the reader, never a third party
    Speech,
}

/// Subject pronouns that can stand for a speaker, lowercase.
pub const PRONOUNS: &[(&str, PronounKind)] = &[
    ("he", PronounKind::Male),
    ("she", PronounKind::Female),
    ("they", PronounKind::Plural),
    ("it", PronounKind::Neuter),
    ("il", PronounKind::Male),
    ("elle", PronounKind::Female),
    ("ils", PronounKind::Plural),
    ("elles", PronounKind::Plural),
    ("er", PronounKind::Male),
    ("sie", PronounKind::Female),
    ("él", PronounKind::Male),
    ("ella", PronounKind::Female),
    ("ellos", PronounKind::Plural),
    ("ellas", PronounKind::Plural),
    ("i", PronounKind::Speech),
    ("we", PronounKind::Speech),
    ("you", PronounKind::Speech),
    ("je", PronounKind::Speech),
    ("nous", PronounKind::Speech),
    ("ich", PronounKind::Speech),
    ("wir", PronounKind::Speech),
    ("yo", PronounKind::Speech),
    ("nosotros", PronounKind::Speech),
];

static FUNCTION_SET: WordSet = WordSet::new(FUNCTION_WORDS);
static CALENDAR_SET: WordSet = WordSet::new(CALENDAR);

/// True when `word` (any case) is a function word.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_SET.contains(&word.to_lower())
}

/// True when `word` is a function word contracted with an auxiliary or a negation
/// ("I'd", "We’ll", "You've", "Don't"): no name either.
pub fn is_contraction(word: &str) -> bool {
    let lower = word.to_lower();
    let Some((stem, ending)) = lower.rsplit_once(['\'', '’']) else {
        return false;
    };
    match ending {
        "t" => stem.ends_with('n'),
        "d" | "ll" | "m" | "re" | "ve" | "s" => FUNCTION_SET.contains(stem),
        _ => false,
    }
}

/// True when `word` (any case) is a month or weekday.
pub fn is_calendar(word: &str) -> bool {
    CALENDAR_SET.contains(word.to_lower().trim_end_matches('.'))
}

/// True when `word` is a capitalised function word, the kind that opens sentences.
pub fn starts_sentence(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && is_function_word(word)
}

/// The kind of a subject pronoun, if `word` is one.
pub fn pronoun(word: &str) -> Option<PronounKind> {
    let lower = word.to_lower();
    PRONOUNS
        .iter()
        .find(|(p, _)| *p == lower)
        .map(|&(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_of_function_words_are_known() {
        for w in ["I'd", "I’m", "We’ll", "You've", "They're", "Don't", "Isn’t"] {
            assert!(is_contraction(w), "{w}");
        }
        for w in ["O'Neill", "D’Angelo", "Lloyd's", "N'Golo", "I"] {
            assert!(!is_contraction(w), "{w}");
        }
    }
}
