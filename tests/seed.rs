//! The seed article (a WordPress news page with the usual clutter) against its gold
//! expectations in `shared/fixtures/seed-article/expected.json`.

mod common;

use common::{shared_dir, Expected};

const SEED_URL: &str = "https://www.awutar.example/news/europe/kim-jong-un-to-meet-putin-to-discuss-arms-sales-us-officials-say/";

fn seed() -> (lede::Page, lede::Analysis, Expected) {
    let dir = shared_dir().join("fixtures/seed-article");
    let html = std::fs::read(dir.join("page.html")).expect("seed page.html is readable");
    let page = lede::page::from_html::parse_bytes(&html, Some(SEED_URL));
    let analysis = lede::analyze(&page, &lede::Options::default());
    (page, analysis, Expected::load(&dir.join("expected.json")))
}

#[test]
fn seed_article_meets_its_gold_metadata_and_body() {
    let (page, analysis, expected) = seed();
    let failures = expected.check(&page, &analysis);
    assert!(
        failures.is_empty(),
        "seed article:\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn seed_article_byline_is_not_the_site_name() {
    // The page credits "Awutar" (the site) as author everywhere; that is no byline.
    let (_, analysis, _) = seed();
    assert_eq!(analysis.metadata.byline, None);
}

#[test]
fn seed_article_lazy_image_resolves_to_its_real_source() {
    let (_, analysis, _) = seed();
    assert!(
        analysis.html.contains(
            "src=\"https://www.awutar.example/wp-content/uploads/2023/09/kim-shoigu-weapons-d"
        ),
        "the figure's data-src should replace its placeholder gif"
    );
    assert!(!analysis.html.contains("data:image/gif"));
}

#[test]
fn seed_article_boilerplate_is_labelled_by_kind() {
    use lede::analysis::BoilerplateKind as K;
    let (_, analysis, _) = seed();
    let kinds: Vec<K> = analysis.boilerplate.iter().map(|b| b.kind).collect();
    for kind in [
        K::Ad,
        K::ReadAlso,
        K::Comments,
        K::Cookie,
        K::Share,
        K::Related,
        K::Breadcrumb,
    ] {
        assert!(
            kinds.contains(&kind),
            "no {kind:?} block found in {kinds:?}"
        );
    }
}

#[test]
#[ignore = "prints the clean page's text for a human to read"]
fn print_seed_visible_text() {
    let (page, analysis, _) = seed();
    println!("{}", common::visible_text(&page, &analysis));
}

#[test]
fn seed_article_byline_line_stays_whole_on_the_clean_page() {
    // "By Awutar - September 5, 2023": the author link is part of the byline, not a
    // list of links to hide.
    let (page, analysis, _) = seed();
    let visible = common::visible_text(&page, &analysis);
    assert!(
        visible.contains("By Awutar"),
        "{}",
        &visible[..300.min(visible.len())]
    );
}

#[test]
fn seed_article_read_from_a_file_has_no_empty_figure() {
    // Opened from a file, the page has no address to resolve its relative lead image
    // against, so the image goes; its link and figure must go with it rather than
    // leave an empty box at the top of the reader.
    let html = std::fs::read(shared_dir().join("fixtures/seed-article/page.html"))
        .expect("seed page.html is readable");
    let page = lede::page::from_html::parse_bytes(&html, None);
    let analysis = lede::analyze(&page, &lede::Options::default());
    assert!(
        !analysis.html.contains("<a></a>"),
        "{}",
        &analysis.html[..300]
    );
    assert!(!analysis.html.contains("<figure></figure>"));
    assert!(analysis
        .html
        .contains("<figcaption>The North Korean leader"));
}
