//! Quotes and their speakers: the seed article against its gold expectations
//! (`shared/fixtures/seed-article/expected.json`: quotes, not-quotes, reported
//! speech), and one small page each in French, German and Spanish with that language's
//! quotation marks and speech verbs.

mod common;

use common::{readability_page, shared_dir, wcxb_page, Expected};
use lede::analysis::{Quote, QuoteKind};
use lede::page::collapse_whitespace;
use lede::Analysis;

const SEED_URL: &str = "https://www.awutar.example/news/europe/kim-jong-un-to-meet-putin-to-discuss-arms-sales-us-officials-say/";

fn seed() -> (Analysis, Expected) {
    let dir = shared_dir().join("fixtures/seed-article");
    let html = std::fs::read(dir.join("page.html")).expect("seed page.html is readable");
    let analysis = lede::analyze_html(&html, Some(SEED_URL), &lede::Options::default());
    (analysis, Expected::load(&dir.join("expected.json")))
}

fn analyse(html: &str, url: &str) -> Analysis {
    lede::analyze_html(html.as_bytes(), Some(url), &lede::Options::default())
}

fn listing(quotes: &[Quote]) -> String {
    quotes
        .iter()
        .map(|q| {
            format!(
                "[{:?}] {:?} ({:?}, {:?}): {}",
                q.kind, q.speaker, q.speaker_role, q.cue, q.text
            )
        })
        .collect::<Vec<_>>()
        .join("\n    ")
}

fn field<'a>(v: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(|x| x.as_str())
}

/// Every gold quote is found, with its speaker, the speaker's role and kind.
fn check_quotes(analysis: &Analysis, expected: &Expected, failures: &mut Vec<String>) {
    let empty = Vec::new();
    for want in expected.json["quotes"].as_array().unwrap_or(&empty) {
        let starts = collapse_whitespace(field(want, "starts").unwrap_or_default());
        let Some(q) = analysis.quotes.iter().find(|q| {
            q.kind != QuoteKind::Reported && collapse_whitespace(&q.text).starts_with(&starts)
        }) else {
            failures.push(format!("no quote starts with: {starts}"));
            continue;
        };
        let speaker = field(want, "speaker");
        if q.speaker.as_deref() != speaker {
            failures.push(format!(
                "quote {starts:?}: speaker {:?}, want {speaker:?}",
                q.speaker
            ));
        }
        if let Some(role) = field(want, "role_contains") {
            if !q.speaker_role.as_deref().unwrap_or_default().contains(role) {
                failures.push(format!(
                    "quote {starts:?}: role {:?} lacks {role:?}",
                    q.speaker_role
                ));
            }
        }
        if field(want, "speaker_kind") == Some("organization")
            && !analysis
                .organizations
                .iter()
                .any(|o| Some(o.name.as_str()) == speaker)
        {
            failures.push(format!(
                "quote {starts:?}: {speaker:?} is not an organisation"
            ));
        }
    }
}

/// Titles and scare quotes are no quotes.
fn check_not_quotes(analysis: &Analysis, expected: &Expected, failures: &mut Vec<String>) {
    for not in expected.strings("not_quotes") {
        let bare = |t: &str| collapse_whitespace(t.trim_matches(|c: char| !c.is_alphanumeric()));
        if analysis.quotes.iter().any(|q| bare(&q.text) == not) {
            failures.push(format!("not a quote, but reported as one: {not}"));
        }
    }
}

/// Reported speech is found with its speaker.
fn check_reported(analysis: &Analysis, expected: &Expected, failures: &mut Vec<String>) {
    let empty = Vec::new();
    for want in expected.json["reported_speech"]
        .as_array()
        .unwrap_or(&empty)
    {
        let contains = collapse_whitespace(field(want, "contains").unwrap_or_default());
        let speaker = field(want, "speaker");
        let found = analysis.quotes.iter().any(|q| {
            q.kind == QuoteKind::Reported
                && collapse_whitespace(&q.text).contains(&contains)
                && q.speaker.as_deref() == speaker
        });
        if !found {
            failures.push(format!(
                "no reported speech by {speaker:?} containing: {contains}"
            ));
        }
    }
}

#[test]
fn seed_article_quotes_meet_their_gold() {
    let (analysis, expected) = seed();
    let mut failures = Vec::new();
    check_quotes(&analysis, &expected, &mut failures);
    check_not_quotes(&analysis, &expected, &mut failures);
    check_reported(&analysis, &expected, &mut failures);
    assert!(
        failures.is_empty(),
        "seed article:\n  {}\n  quotes found:\n    {}",
        failures.join("\n  "),
        listing(&analysis.quotes)
    );
}

#[test]
fn seed_article_quote_paragraphs_index_the_text() {
    let (analysis, _) = seed();
    let paragraphs: Vec<String> = analysis
        .text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(collapse_whitespace)
        .collect();
    for q in &analysis.quotes {
        let first_words: String = collapse_whitespace(&q.text).chars().take(30).collect();
        let holder = paragraphs
            .get(q.paragraph)
            .map(String::as_str)
            .unwrap_or_default();
        assert!(
            holder.contains(&first_words),
            "paragraph {} lacks {first_words:?}",
            q.paragraph
        );
    }
}

/// Finds the quote whose text starts with `starts`.
fn quote<'a>(analysis: &'a Analysis, starts: &str) -> &'a Quote {
    analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| {
            panic!(
                "no quote starts with {starts:?}:\n    {}",
                listing(&analysis.quotes)
            )
        })
}

/// The quotes whose text holds `words`.
fn holding<'a>(quotes: &'a [Quote], words: &str) -> Vec<&'a Quote> {
    quotes.iter().filter(|q| q.text.contains(words)).collect()
}

fn assert_quote(analysis: &Analysis, starts: &str, kind: QuoteKind, speaker: &str, cue: &str) {
    let q = quote(analysis, starts);
    assert_eq!(
        (q.kind, q.speaker.as_deref(), q.cue.as_deref()),
        (kind, Some(speaker), Some(cue)),
        "{starts:?}:\n    {}",
        listing(&analysis.quotes)
    );
}

const FRENCH: &str = r#"<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Retraites : le gouvernement défend sa réforme</title></head><body><main><article>
<h1>Retraites : le gouvernement défend sa réforme</h1>
<p>La Première ministre Élisabeth Borne a défendu mardi la réforme des retraites devant l’Assemblée nationale, sous les huées de l’opposition.</p>
<p>« Nous irons jusqu’au bout de cette réforme, parce qu’elle est juste et nécessaire », a déclaré Élisabeth Borne devant les députés.</p>
<p>Le secrétaire général de la CGT, Philippe Martinez, a estimé que le texte était « une provocation pour tous les salariés de ce pays ».</p>
<p>« C’est un passage en force, et nous ne l’accepterons pas », a-t-il ajouté à la sortie de l’hémicycle.</p>
<p>Selon le ministre du Travail, Olivier Dussopt, la mesure concernera près de deux millions de personnes dès l’an prochain.</p>
</article></main></body></html>"#;

#[test]
fn french_guillemets_and_verbs() {
    let a = analyse(FRENCH, "https://exemple.fr/politique/retraites-reforme");
    assert_quote(
        &a,
        "Nous irons jusqu’au bout",
        QuoteKind::Direct,
        "Élisabeth Borne",
        "déclaré",
    );
    assert_quote(
        &a,
        "une provocation pour tous",
        QuoteKind::Partial,
        "Philippe Martinez",
        "estimé",
    );
    // "a-t-il ajouté": the pronoun is the man quoted just before, not the minister.
    assert_quote(
        &a,
        "C’est un passage en force",
        QuoteKind::Direct,
        "Philippe Martinez",
        "ajouté",
    );
    assert_quote(
        &a,
        "la mesure concernera",
        QuoteKind::Reported,
        "Olivier Dussopt",
        "selon",
    );
    let borne = a
        .people
        .iter()
        .find(|p| p.name == "Élisabeth Borne")
        .expect("Borne is a person");
    assert_eq!(borne.role.as_deref(), Some("Première ministre"));
}

const GERMAN: &str = r#"<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Scholz verteidigt den Haushalt im Bundestag</title></head><body><main><article>
<h1>Scholz verteidigt den Haushalt im Bundestag</h1>
<p>Bundeskanzler Olaf Scholz hat am Mittwoch im Bundestag den Haushalt für das kommende Jahr verteidigt.</p>
<p>„Wir werden die Schuldenbremse einhalten, auch wenn es uns schwerfällt“, sagte Scholz vor den Abgeordneten.</p>
<p>Oppositionsführer Friedrich Merz warf der Regierung vor, sie habe „keinen Plan für die Zukunft des Landes“.</p>
<p>„Das ist ein Haushalt der verpassten Chancen“, so Merz.</p>
<p>Finanzminister Christian Lindner erklärte, dass die Ausgaben im nächsten Jahr deutlich sinken würden.</p>
</article></main></body></html>"#;

#[test]
fn german_low_high_quotes_and_verbs() {
    let a = analyse(GERMAN, "https://beispiel.de/politik/haushalt-scholz");
    assert_quote(
        &a,
        "Wir werden die Schuldenbremse",
        QuoteKind::Direct,
        "Olaf Scholz",
        "sagte",
    );
    // The quoted words inside what Merz is reported to have said are listed once, in
    // that report.
    let merz = holding(&a.quotes, "keinen Plan für die Zukunft");
    assert_eq!(merz.len(), 1, "{}", listing(&a.quotes));
    assert_eq!(
        (
            merz[0].kind,
            merz[0].speaker.as_deref(),
            merz[0].cue.as_deref()
        ),
        (QuoteKind::Reported, Some("Friedrich Merz"), Some("warf")),
        "{}",
        listing(&a.quotes)
    );
    assert_quote(
        &a,
        "Das ist ein Haushalt",
        QuoteKind::Direct,
        "Friedrich Merz",
        "so",
    );
    assert_quote(
        &a,
        "die Ausgaben im nächsten Jahr",
        QuoteKind::Reported,
        "Christian Lindner",
        "erklärte",
    );
    let lindner = a
        .people
        .iter()
        .find(|p| p.name == "Christian Lindner")
        .expect("Lindner is a person");
    assert_eq!(lindner.role.as_deref(), Some("Finanzminister"));
}

const SPANISH: &str = r#"<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>El Gobierno presenta los presupuestos</title></head><body><main><article>
<h1>El Gobierno presenta los presupuestos</h1>
<p>El presidente del Gobierno, Pedro Sánchez, presentó este martes los nuevos presupuestos generales en el Congreso.</p>
<p>«Son los presupuestos más sociales de nuestra historia», afirmó Sánchez ante los diputados.</p>
<p>La portavoz del Partido Popular, Cuca Gamarra, dijo que las cuentas son «un engaño para todos los españoles».</p>
<p>Según la ministra de Hacienda, María Jesús Montero, el déficit bajará al tres por ciento el año próximo.</p>
</article></main></body></html>"#;

#[test]
fn spanish_angle_quotes_and_verbs() {
    let a = analyse(SPANISH, "https://ejemplo.es/politica/presupuestos");
    assert_quote(
        &a,
        "Son los presupuestos más sociales",
        QuoteKind::Direct,
        "Pedro Sánchez",
        "afirmó",
    );
    assert_quote(
        &a,
        "un engaño para todos",
        QuoteKind::Partial,
        "Cuca Gamarra",
        "dijo",
    );
    assert_quote(
        &a,
        "el déficit bajará",
        QuoteKind::Reported,
        "María Jesús Montero",
        "según",
    );
    let sanchez = a
        .people
        .iter()
        .find(|p| p.name == "Pedro Sánchez")
        .expect("Sánchez is a person");
    assert_eq!(sanchez.role.as_deref(), Some("presidente del Gobierno"));
}

/// The quotes of a plain text (paragraphs separated by blank lines), with speakers.
fn quotes_of(text: &str) -> Vec<Quote> {
    let doc = lede::text::Doc::new(text);
    let found = lede::actors::find(&doc, &lede::actors::Hints::default());
    lede::quotes::find(&doc, &found)
}

fn said_by(quotes: &[Quote], starts: &str) -> (QuoteKind, Option<String>) {
    let q = quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starts with {starts:?}:\n    {}", listing(quotes)));
    (q.kind, q.speaker.clone())
}

#[test]
fn speakers_before_after_inverted_and_across_asides() {
    let quotes = quotes_of(
        "Senate Majority Leader Mitch McConnell spoke first. \"We will hold the vote this \
         week,\" McConnell, who has led the chamber since 2015, told reporters.\n\n\
         \"It is a serious mistake,\" said former Pennsylvania Gov. and party chairman Ed \
         Rendell.\n\n\
         Clinton, 68, the former secretary of state, said: \"I am ready for this fight.\"",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    assert_eq!(who("We will hold"), Some("Mitch McConnell".into()));
    assert_eq!(who("It is a serious"), Some("Ed Rendell".into()));
    assert_eq!(who("I am ready"), Some("Clinton".into()));
}

#[test]
fn pronouns_previous_paragraphs_and_running_quotes() {
    let quotes = quotes_of(
        "Angela Merkel met Joe Biden in Berlin on Monday.\n\n\
         \u{201c}The alliance stands,\u{201d} she said. \u{201c}Nobody should doubt it.\u{201d}\n\n\
         \u{201c}We agree on every point that matters to us here.\n\n\
         \u{201c}And we will say so in Brussels next week,\u{201d} Biden added.\n\n\
         Biden later released the following statement:\n\n\
         \u{201c}Our friendship with Germany is older than both of us.\u{201d}",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    assert_eq!(who("The alliance stands"), Some("Angela Merkel".into()));
    assert_eq!(who("Nobody should doubt it"), Some("Angela Merkel".into()));
    // One quote over two paragraphs: opened, not closed, reopened.
    let running = said_by(&quotes, "We agree on every point");
    assert_eq!(running, (QuoteKind::Direct, Some("Joe Biden".into())));
    assert!(quotes
        .iter()
        .any(|q| q.text.contains("matters to us here. And we will say so")));
    assert_eq!(who("Our friendship"), Some("Joe Biden".into()));
}

/// "according to X" names a source: a pronoun in the next sentence is that source,
/// not an earlier speaker whose first name says nothing of gender (the warm-up page of
/// the extension, src/web/warm_up.html, read "She said" as the harbour master).
#[test]
fn a_pronoun_after_according_to_is_that_source() {
    let quotes = quotes_of(
        "\u{201c}We have waited all winter for this morning,\u{201d} said Tomas Reyes, \
         the harbour master.\n\n\
         The repairs cost the council more than it had planned, according to Helen Marsh, \
         who chairs its transport committee. She said the council would ask the ministry \
         for help.",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    assert_eq!(who("We have waited"), Some("Tomas Reyes".into()));
    assert_eq!(who("the council would ask"), Some("Helen Marsh".into()));
}

/// A quote run on into the next paragraph and attributed there ("…,” added X) gives
/// its speaker to the unframed quotes after it in that paragraph, not the speaker of
/// the paragraph it opened in.
#[test]
fn quotes_after_a_running_quote_follow_its_last_paragraph() {
    let quotes = quotes_of(
        "\u{201c}The harbour needs the gates,\u{201d} council member Ana Ruiz said on \
         Monday. \u{201c}Every winter the water comes further in.\n\n\
         \u{201c}We have waited twenty years for a plan like this one,\u{201d} added \
         Peter Holm, the engineer who drew the first design. \u{201c}The pumps are the \
         easy part of the whole project.\u{201d}",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    assert_eq!(who("The harbour needs"), Some("Ana Ruiz".into()));
    assert_eq!(who("Every winter"), Some("Peter Holm".into()));
    assert_eq!(who("The pumps are"), Some("Peter Holm".into()));
}

#[test]
fn scare_quotes_titles_and_quoted_words_are_no_quotes() {
    let quotes = quotes_of(
        "The senator called the plan \u{201c}dead\u{201d} and quoted \u{2018}The Art of the \
         Deal\u{2019} and the \"Make America Great Again\" slogan in a ''so-called'' debate.",
    );
    assert!(
        quotes.iter().all(|q| q.kind == QuoteKind::Reported),
        "{}",
        listing(&quotes)
    );
}

#[test]
fn reported_speech_with_that_inverted_and_according_to() {
    let quotes = quotes_of(
        "White House spokesman John Kirby stressed that the talks were moving forward quickly.\n\n\
         The deal will be signed before the summer, said Andrei Lankov, a Korea expert.\n\n\
         According to Reuters, the shipments began in the spring of last year.",
    );
    let reported: Vec<(&str, Option<&str>)> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        reported,
        [
            ("the talks were moving forward quickly", Some("John Kirby")),
            (
                "The deal will be signed before the summer",
                Some("Andrei Lankov")
            ),
            (
                "the shipments began in the spring of last year",
                Some("Reuters")
            ),
        ]
    );
}

#[test]
fn doubled_single_quotes_are_double_quotes() {
    // The New York Times archive writes ''…'' for “…”.
    let quotes = quotes_of("''Free trade really helps working people,'' Mr. Autor said.");
    assert_eq!(
        said_by(&quotes, "Free trade really helps"),
        (QuoteKind::Direct, Some("Autor".into()))
    );
}

#[test]
fn speakers_past_parentheses_ages_places_and_asides() {
    let quotes = quotes_of(
        "\u{201c}It is a dog whistle to every voter in this country,\u{201d} Rep. Jane Doe (D-Ore.) \
         said Friday.\n\n\
         After the vote in Salem, Gov. John Smith (R-OH), said, \u{201c}I am getting ready to \
         ride a covered wagon west.\u{201d}\n\n\
         Ray Johnson, a salesman from Sumter, South Carolina, says Cruz will \u{201c}leave here \
         with real momentum.\u{201d}\n\n\
         \u{201c}Both of them scare me a great deal,\u{201d} Harry Bond, 30, of Raleigh, N.C., said \
         in an interview.",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    assert_eq!(who("It is a dog whistle"), Some("Jane Doe".into()));
    assert_eq!(who("I am getting ready"), Some("John Smith".into()));
    assert_eq!(who("leave here with"), Some("Ray Johnson".into()));
    assert_eq!(who("Both of them scare"), Some("Harry Bond".into()));
}

#[test]
fn the_cue_that_frames_a_quote_is_the_one_naming_its_speaker() {
    let quotes = quotes_of(
        "Hillary Clinton mocked the complaint, saying anybody who complains about the sound \
         \u{201c}is not having a good night at all.\u{201d}\n\n\
         Donald Trump posted a message saying that Clinton had shown poor judgment in picking \
         her \u{201c}as a model of virtue for everyone.\u{201d}\n\n\
         Donald Trump said during the debate, \u{201c}That makes me very smart,\u{201d} when \
         Clinton attacked him over his taxes.\n\n\
         During a speech in Ohio, Trump attacked Clinton over her record, saying, \u{201c}She \
         is not ready for the job.\u{201d}\n\n\
         Paul Ryan and Trump will meet next week, Sean Spicer said, adding, \u{201c}They need \
         to sit down and have a talk.\u{201d}",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    // A cue inside a relative clause names nobody: the one before it frames the quote.
    assert_eq!(who("is not having"), Some("Hillary Clinton".into()));
    // A weak verb inside what a speech verb reports: the reporter speaks.
    assert_eq!(who("as a model of virtue"), Some("Donald Trump".into()));
    // A cue in a subordinate clause after the quote is no attribution of it.
    assert_eq!(who("That makes me"), Some("Donald Trump".into()));
    // After a phrase set before the subject, the subject follows its comma.
    assert_eq!(who("She is not ready"), Some("Donald Trump".into()));
    // A participle right after "X said," shares its speaker.
    assert_eq!(who("They need to sit"), Some("Sean Spicer".into()));
}

#[test]
fn signed_quotes_employers_roles_and_passive_askers() {
    let quotes = quotes_of(
        "Voters told us what they think.\n\n\
         \u{201c}We need leaders who listen to us and not to their donors.\u{201d} \u{2015} Maria Lopez\n\
         \u{201c}He does not understand how hard we work every day.\u{201d} \u{2015} Jacklyn Ashby\n\n\
         \u{201c}This is a big step for working people,\u{201d} said Ross Palmer of the Economic \
         Policy Institute.\n\n\
         \u{201c}It just was never meant to be,\u{201d} said Monmouth University pollster Patrick \
         Murray.\n\n\
         \u{201c}We cannot argue with that one!\u{201d} Mike Murphy, the head of the committee, \
         tweeted on Friday.\n\n\
         Sanders was asked by host Bill Maher, \u{201c}Are you tired of the emails by now?\u{201d}\n\n\
         \u{201c}If they were serious, they would have passed it,\u{201d} Pat Toomey fumed.",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    // "“…” ― Name": a dash and a name closing the line, a name known nowhere else.
    assert_eq!(who("We need leaders"), Some("Maria Lopez".into()));
    assert_eq!(who("He does not understand"), Some("Jacklyn Ashby".into()));
    // "X of Organisation": the person speaks; the organisation is an actor of its own.
    assert_eq!(who("This is a big step"), Some("Ross Palmer".into()));
    // An organisation qualifying a role before the name.
    assert_eq!(who("It just was never"), Some("Patrick Murray".into()));
    // After "!" or "?" closing a quotation, a name starts its attribution.
    assert_eq!(who("We cannot argue"), Some("Mike Murphy".into()));
    // "was asked by X": the agent speaks.
    assert_eq!(who("Are you tired"), Some("Bill Maher".into()));
    assert_eq!(who("If they were serious"), Some("Pat Toomey".into()));
}

#[test]
fn a_pronoun_and_a_cue_after_a_quotation_and_nested_straight_quotes() {
    let quotes = quotes_of(
        "Senator Ann Lee spoke in Dover on Monday.\n\n\
         \u{201c}The costs keep rising for every family in this state.\u{201d} She bemoaned that \
         the costs of health care in the country are far greater than anywhere else.\n\n\
         ''We are told all the time, 'this is a special case,''' Mr. Putin said.",
    );
    let who = |s: &str| said_by(&quotes, s).1;
    assert_eq!(who("The costs keep rising"), Some("Ann Lee".into()));
    assert_eq!(who("We are told"), Some("Putin".into()));
}

#[test]
fn a_person_of_an_organisation_is_two_actors() {
    let doc = lede::text::Doc::new(
        "\u{201c}This is a big step for working people,\u{201d} said Ross Palmer of the Economic \
         Policy Institute. Mr. Morgan of the Sierra Club agreed.",
    );
    let found = lede::actors::find(&doc, &lede::actors::Hints::default());
    let people: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
    let orgs: Vec<&str> = found
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert!(
        people.contains(&"Ross Palmer") && people.contains(&"Morgan"),
        "{people:?}"
    );
    assert!(
        orgs.contains(&"Economic Policy Institute") && orgs.contains(&"Sierra Club"),
        "{orgs:?}"
    );
}

/// Code point offsets of `part` in `text`, as brat standoff writes them.
fn char_span(text: &str, part: &str) -> (usize, usize) {
    let byte = text.find(part).expect("the part is in the text");
    let start = text[..byte].chars().count();
    (start, start + part.chars().count())
}

/// `lede eval quotes` on a two-text corpus written here: the standoff files are read,
/// the quote and its named source are scored, and a wrong speaker is counted as one.
#[test]
fn quotes_eval_reads_standoff_and_scores_speakers() {
    let dir = std::env::temp_dir().join(format!("lede-polnear-{}", std::process::id()));
    let text_dir = dir.join("dev/text");
    let ann_dir = dir.join("dev/attributions");
    std::fs::create_dir_all(&text_dir).expect("temp dir");
    std::fs::create_dir_all(&ann_dir).expect("temp dir");
    let one = "Mayor wins again\n\nMayor Ann Lee spoke on Friday.\n\n\u{201c}We will fix every road in this city by spring,\u{201d} Lee said.\n";
    let (c0, c1) = char_span(
        one,
        "\u{201c}We will fix every road in this city by spring,\u{201d}",
    );
    let (s0, s1) = char_span(one, "Lee said");
    let ann_one = format!(
        "T1\tSource {s0} {}\tLee\nT2\tCue {} {s1}\tsaid\nT3\tContent {c0} {c1}\tquote\n\
         E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        s0 + 3,
        s1 - 4
    );
    let two = "Budget vote\n\nTom Hart met Ann Lee.\n\n\u{201c}The budget is a disgrace to the whole council,\u{201d} said Ann Lee.\n";
    let (c0, c1) = char_span(
        two,
        "\u{201c}The budget is a disgrace to the whole council,\u{201d}",
    );
    // The gold gives the quote to Hart: ours (Lee) is a wrong speaker.
    let (h0, h1) = char_span(two, "Tom Hart");
    let ann_two = format!(
        "T1\tSource {h0} {h1}\tTom Hart\nT3\tContent {c0} {c1}\tquote\nE1\tAttribution:T1 Content:T3 Source:T1\n"
    );
    for (name, text, ann) in [("a", one, ann_one), ("b", two, ann_two)] {
        std::fs::write(text_dir.join(format!("{name}.txt")), text).expect("write text");
        std::fs::write(ann_dir.join(format!("{name}_x1.ann")), ann).expect("write ann");
    }
    let settings = lede::eval::quotes::Settings {
        corpus: Some(dir.display().to_string()),
        split: Some("dev".into()),
        worst: 5,
        limit: None,
    };
    let report = lede::eval::quotes::evaluate(&settings).expect("the eval runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(report.compartments.len(), 1);
    let dev = &report.compartments[0];
    assert_eq!(dev.texts, 2, "{:?}", dev.skipped);
    let s = &dev.direct.scores;
    assert_eq!((s.gold, s.predicted, s.gold_found), (2, 2, 2));
    assert_eq!((s.speakers_scored, s.speakers_right), (2, 1));
    assert_eq!(dev.direct.errors.wrong_speaker.len(), 1);
    let text = report.to_text();
    assert!(text.contains("wrong speaker (1 in all)"), "{text}");
    assert!(report.to_json().contains("\"speakers_right\": 1"));
}

/// `lede eval quotes` on the first texts of PolNeAR's dev set, when the shared corpus
/// is there: figures in range, mistakes listed.
#[test]
fn quotes_eval_on_a_polnear_slice() {
    let dir = shared_dir().join("corpus/polnear");
    if !dir.is_dir() {
        println!("note: {} not found; skipping", dir.display());
        return;
    }
    let settings = lede::eval::quotes::Settings {
        corpus: Some(dir.display().to_string()),
        split: Some("dev".into()),
        worst: 3,
        limit: Some(4),
    };
    let report = lede::eval::quotes::evaluate(&settings).expect("the eval runs");
    let dev = &report.compartments[0];
    assert_eq!(dev.texts + dev.skipped.len(), 4);
    let s = &dev.direct.scores;
    assert!(s.gold > 0 && s.predicted > 0);
    for x in [s.precision(), s.recall(), s.speaker_accuracy()] {
        assert!((0.0..=1.0).contains(&x), "{x}");
    }
    assert!(report.to_text().contains("dev direct, missed"));
}

#[test]
fn words_quoted_inside_a_quote_of_the_same_speaker_are_listed_once() {
    // Readability's bbc-1 reports what Barack Obama said with his own words in
    // quotation marks inside ("…because of the failure to pass \u{201c}common sense gun
    // safety laws\u{201d}…"); each of those five phrases was listed a second time on its
    // own under his name.
    let Some(bbc) = readability_page("bbc-1") else {
        return;
    };
    for words in [
        "common sense gun safety laws",
        "most frustrated and most stymied",
    ] {
        let obama = holding(&bbc.quotes, words);
        assert_eq!(obama.len(), 1, "{words:?}:\n    {}", listing(&bbc.quotes));
        assert_eq!(obama[0].speaker.as_deref(), Some("Barack Obama"));
        assert_ne!(
            obama[0].text, words,
            "the report that holds the words is kept"
        );
    }
    // WCXB dev 0161 is a radio transcript: in Travis Cantwell's line "…and I think that
    // education is No. 1.", the clause after "think" was listed again, with no speaker.
    // A reporter's line that reports what Cantwell says keeps both speakers.
    let Some(npr) = wcxb_page("0161") else {
        return;
    };
    let education = holding(&npr.quotes, "education is No. 1");
    assert_eq!(education.len(), 1, "{}", listing(&npr.quotes));
    assert_eq!(education[0].speaker.as_deref(), Some("Travis Cantwell"));
    let toilets: Vec<Option<&str>> = holding(&npr.quotes, "knows everything about toilets")
        .iter()
        .map(|q| q.speaker.as_deref())
        .collect();
    assert!(
        toilets.contains(&Some("Travis Cantwell")) && toilets.len() == 2,
        "{toilets:?}"
    );
}

#[test]
fn reported_speech_ends_where_an_attribution_closes_the_sentence() {
    // WCXB dev 4560: "It suggests a way to look at their negative thoughts with less
    // judgment, explains Hoge." The speech reported after "suggests" ran on to the
    // end of the sentence and took in ", explains Hoge".
    let Some(npr) = wcxb_page("4560") else {
        return;
    };
    let holding = holding(&npr.quotes, "negative thoughts");
    assert!(!holding.is_empty(), "{}", listing(&npr.quotes));
    for q in &holding {
        assert!(!q.text.contains("explains"), "{}", listing(&npr.quotes));
    }
    // A participle after a comma is part of a list, not an attribution.
    let quotes = quotes_of(
        "Jane Smith said the renovation requires hiring a plumber, adding plumbing lines, \
         and buying fixtures.",
    );
    let (_, speaker) = said_by(&quotes, "the renovation requires");
    assert_eq!(speaker.as_deref(), Some("Jane Smith"));
    assert!(
        quotes.iter().any(|q| q.text.ends_with("buying fixtures")),
        "{}",
        listing(&quotes)
    );
}
