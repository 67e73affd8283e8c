//! Quotes in French, German and Spanish: one small page each, with that language's
//! quotation marks and speech verbs.

mod common;

use common::quotes::{assert_quote, holding, listing};
use lede::analysis::QuoteKind;
use lede::Analysis;

fn analyse(html: &str, url: &str) -> Analysis {
    lede::analyze_html(html.as_bytes(), Some(url), &lede::Options::default())
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
