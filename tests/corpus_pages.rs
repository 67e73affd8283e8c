//! Pages from the shared corpora that once came out wrong, each named with what went
//! wrong, scored the way `lede eval extraction` scores them (word F1 against the gold
//! main text). Skipped, with a note, when the shared folder is not beside the checkout.

use std::path::PathBuf;

use lede::eval::run::{body_text, read_html};
use lede::eval::tokens::{word_scores, Bag};

fn shared() -> Option<PathBuf> {
    let dir = lede::eval::corpus::shared_dir();
    if dir.join("corpus").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} has no corpus; corpus page tests skipped",
            dir.display()
        );
        None
    }
}

/// Word F1 of our text on WCXB dev page `id`.
fn wcxb_f1(id: &str) -> Option<f64> {
    let dir = shared()?.join("corpus/wcxb-dev");
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("ground-truth/{id}.json"))).expect("gold file"),
    )
    .expect("gold JSON");
    let html = read_html(&dir.join(format!("html/{id}.html.gz"))).expect("page");
    let analysis = lede::analyze_html(&html, gold["url"].as_str(), &lede::Options::default());
    let text = gold["ground_truth"]["main_content"]
        .as_str()
        .unwrap_or_default();
    word_scores(&Bag::of(text), &Bag::of(&analysis.text)).map(|s| s.f1)
}

/// Our text on Readability test page `name`.
fn readability_text(name: &str) -> Option<String> {
    let dir = shared()?.join("corpus/readability").join(name);
    let html = std::fs::read(dir.join("source.html")).expect("source.html");
    let url = Some("http://fakehost/test/page.html");
    Some(lede::analyze_html(&html, url, &lede::Options::default()).text)
}

/// Word F1 of our text on Readability test page `name`.
fn readability_f1(name: &str) -> Option<f64> {
    let text = readability_text(name)?;
    let dir = shared()?.join("corpus/readability").join(name);
    let expected = std::fs::read_to_string(dir.join("expected.html")).expect("expected.html");
    let gold = body_text(&lede::page::from_html::parse(&expected, None));
    word_scores(&Bag::of(&gold), &Bag::of(&text)).map(|s| s.f1)
}

fn assert_f1(page: &str, f1: Option<f64>, at_least: f64) {
    if let Some(f1) = f1 {
        assert!(f1 >= at_least, "{page}: word F1 {f1:.3} < {at_least}");
    }
}

#[test]
fn elementor_story_in_widget_classes_is_found() {
    // WCXB 0001: every wrapper of the story is an `elementor-widget-*`.
    assert_f1("wcxb 0001", wcxb_f1("0001"), 0.8);
}

#[test]
fn story_split_into_sibling_blocks_is_read_whole() {
    // WCXB 4106: sixty brand entries, each its own `article__block`.
    assert_f1("wcxb 4106", wcxb_f1("4106"), 0.8);
}

#[test]
fn recipe_page_whose_best_block_is_short_is_not_empty() {
    // WCXB 4163: the best-scoring block had too little prose and the page came out
    // empty; now the best block with enough prose is taken (still partial: 0.26).
    assert_f1("wcxb 4163", wcxb_f1("4163"), 0.2);
}

#[test]
fn story_holding_images_keeps_its_text() {
    // Readability's base-url: images inside the <article> once replaced the story.
    assert_f1("readability base-url", readability_f1("base-url"), 0.9);
}

#[test]
fn forum_thread_served_in_noscript_is_read() {
    // WCXB 0504: a Discourse thread whose posts are only in <noscript> for crawlers.
    assert_f1("wcxb 0504", wcxb_f1("0504"), 0.7);
}

#[test]
fn landing_page_of_short_sections_is_read_as_a_whole() {
    // WCXB 0696: a product landing page; the best single block held 3% of its text.
    assert_f1("wcxb 0696", wcxb_f1("0696"), 0.6);
}

#[test]
fn a_very_short_page_is_still_read() {
    // Readability's "ol": a list of 17 words, below any paragraph threshold.
    assert_f1("readability ol", readability_f1("ol"), 0.8);
}

/// Our text on WCXB dev page `id`.
fn wcxb_text(id: &str) -> Option<String> {
    let dir = shared()?.join("corpus/wcxb-dev");
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("ground-truth/{id}.json"))).expect("gold file"),
    )
    .expect("gold JSON");
    let html = read_html(&dir.join(format!("html/{id}.html.gz"))).expect("page");
    Some(lede::analyze_html(&html, gold["url"].as_str(), &lede::Options::default()).text)
}

#[test]
fn grid_of_product_cards_is_read_whole() {
    // WCXB 0658: an eBay category grid; the one card with a line of prose was taken
    // for the story and the other cards were hidden as clutter.
    assert_f1("wcxb 0658", wcxb_f1("0658"), 0.6);
    if let Some(text) = wcxb_text("0658") {
        assert!(text.contains("GABBIE CARTER #50"), "first card kept");
        assert!(text.contains("GABBIE CARTER #44"), "eleventh card kept");
    }
}

#[test]
fn topic_page_is_not_read_from_its_footer() {
    // WCXB 1310: a topic page of teasers; the only paragraph of prose was the site
    // footer's blurb, which won the score.
    assert_f1("wcxb 1310", wcxb_f1("1310"), 0.8);
}

#[test]
fn category_page_of_linked_entries_is_read() {
    // WCXB 3010: a Wikipedia category, one list of linked names; a short note above it
    // was taken for the whole content.
    assert_f1("wcxb 3010", wcxb_f1("3010"), 0.6);
}

#[test]
fn thread_is_read_whole_not_one_post() {
    // WCXB 0544: a forum thread whose longest post was taken for the story (and the
    // posts sit in a <form>, which rendering dropped).
    assert_f1("wcxb 0544", wcxb_f1("0544"), 0.8);
    // WCXB 0575: a thread of nested comments inside a <form>, which rendering dropped.
    assert_f1("wcxb 0575", wcxb_f1("0575"), 0.9);
}

#[test]
fn prose_in_a_modal_or_drawer_does_not_outvote_the_page() {
    // WCXB 0514: a site's terms dialog held the page's longest prose; the thread is
    // the content.
    assert_f1("wcxb 0514", wcxb_f1("0514"), 0.6);
    // WCXB 4112: a category page whose short texts lost to the site footer's prose.
    assert_f1("wcxb 4112", wcxb_f1("4112"), 0.8);
}

#[test]
fn story_in_a_layout_with_a_side_rail_is_not_the_rail() {
    // WCXB 4105: the story and its side menu share a `c-layout-sidebar-left` wrapper,
    // a layout with a rail, once taken for the rail itself and its prose outvoted.
    assert_f1("wcxb 4105", wcxb_f1("4105"), 0.9);
}

#[test]
fn product_description_in_an_aside_drawer_is_read() {
    // WCXB 0581: the product's description sits in an `<aside>` drawer, once hidden as
    // a side rail.
    assert_f1("wcxb 0581", wcxb_f1("0581"), 0.7);
    if let Some(text) = wcxb_text("0581") {
        assert!(text.contains("REDEFINING YOUR POTENTIAL"), "{text:?}");
    }
}

#[test]
fn product_cards_with_taxonomy_classes_are_not_tag_lists() {
    // WCXB 0659: a shop's grid of `<li class="product ... product_tag-reusable-cups">`
    // cards, once hidden as tag lists, leaving the newsletter form as the content.
    assert_f1("wcxb 0659", wcxb_f1("0659"), 0.9);
    // WCXB 2968: a news front page whose teasers carry their tags as classes.
    assert_f1("wcxb 2968", wcxb_f1("2968"), 0.6);
}

#[test]
fn items_whose_later_classes_differ_are_one_run() {
    // WCXB 4917 (a service page) and 0594 (a product's description): page-builder rows
    // (`wpb_row vc_row-fluid ...`) whose trailing classes vary; each page was read as
    // one of its rows.
    assert_f1("wcxb 4917", wcxb_f1("4917"), 0.9);
    assert_f1("wcxb 0594", wcxb_f1("0594"), 0.8);
}

#[test]
fn short_post_with_heavier_replies_is_read_with_them() {
    // WCXB 0573: a short post whose replies, a comment tree holding most of the page's
    // text, were hidden as a comment section.
    assert_f1("wcxb 0573", wcxb_f1("0573"), 0.8);
}

#[test]
fn long_legal_text_in_furniture_does_not_outvote_the_page() {
    // WCXB 0580: a product page whose footer holds the whole privacy policy in a modal;
    // WCXB 2974: a recipe listing under a consent dialog's long vendor notices. Even at
    // a quarter of the vote, that prose won over the page's own.
    assert_f1("wcxb 0580", wcxb_f1("0580"), 0.35);
    assert_f1("wcxb 2974", wcxb_f1("2974"), 0.9);
}

#[test]
fn large_block_inside_the_content_is_kept_whatever_its_class() {
    // WCXB 0556: a thread whose posts all sit in a moderation `<form>`; WCXB 0526: a
    // thread whose replies are a `section#comments`; WCXB 0651: a parts catalogue inside
    // a search `<form>`. Each block is most of the content, yet was hidden by its kind,
    // since the measurements left its prose out of the share meant to protect it.
    assert_f1("wcxb 0556", wcxb_f1("0556"), 0.8);
    assert_f1("wcxb 0526", wcxb_f1("0526"), 0.7);
    assert_f1("wcxb 0651", wcxb_f1("0651"), 0.7);
    // But a dialog laid over the page (WCXB 0514's terms of use) and a short
    // "submit a correction" box on a short page (WCXB 2864) stay hidden.
    assert_f1("wcxb 0514", wcxb_f1("0514"), 0.7);
    assert_f1("wcxb 2864", wcxb_f1("2864"), 0.78);
}

#[test]
fn short_text_beside_a_run_gives_way_to_the_run() {
    // WCXB 0570: a discussion whose summary sat beside the run of comments in their
    // shared parent, and was read alone; WCXB 4168: a product's test results, a run of
    // measurement sections beside a short summary that was read alone.
    assert_f1("wcxb 0570", wcxb_f1("0570"), 0.45);
    assert_f1("wcxb 4168", wcxb_f1("4168"), 0.7);
}

#[test]
fn grid_in_a_wrapper_named_widget_is_not_a_side_rail() {
    // WCXB 2920 and 2922: best-seller grids inside a `celwidget` wrapper that holds
    // most of the page's own text (beside preloaded mega-menus); read as a side rail,
    // the grid was skipped for a heading or a menu.
    assert_f1("wcxb 2920", wcxb_f1("2920"), 0.9);
    assert_f1("wcxb 2922", wcxb_f1("2922"), 0.7);
}

#[test]
fn grid_of_terse_cards_is_a_run() {
    // WCXB 0640: a grid of 159 cards of a name and a price (27 characters each);
    // WCXB 0847: a ranking of short entries. Both fell below the length that tells a run
    // of items from a menu, and a heading or a blurb was read instead.
    assert_f1("wcxb 0640", wcxb_f1("0640"), 0.8);
    assert_f1("wcxb 0847", wcxb_f1("0847"), 0.8);
}

#[test]
fn pop_ups_do_not_outvote_the_page() {
    // WCXB 0025: a sign-up form in a Popup Maker overlay (`pum-overlay`) was read
    // instead of the page; WCXB 4369: a brand list in a `brand_modal`; WCXB 4190: a
    // product grid whose page was read whole, promotional overlay included.
    assert_f1("wcxb 0025", wcxb_f1("0025"), 0.9);
    assert_f1("wcxb 4369", wcxb_f1("4369"), 0.5);
    assert_f1("wcxb 4190", wcxb_f1("4190"), 0.9);
    // WCXB 2971: a section front under a consent manager's banner (`fides-banner`),
    // whose vendor notices were taken for the story.
    assert_f1("wcxb 2971", wcxb_f1("2971"), 0.4);
    // Readability's yahoo-2: the story itself is shown in an overlay, and is kept.
    assert_f1("readability yahoo-2", readability_f1("yahoo-2"), 0.35);
}

#[test]
fn product_pages_hide_reviews_and_other_products() {
    // Product pages read as their whole main region, customer reviews and carousels of
    // other products included, where the gold keeps the name, price and description.
    // WCXB 2947: a reviews preview and a carousel of the model's variations; 4200: a
    // WooCommerce reviews tab and a row of review cards; 0622: review blocks and
    // recommendation panels beside the product's details.
    assert_f1("wcxb 2947", wcxb_f1("2947"), 0.55);
    assert_f1("wcxb 4200", wcxb_f1("4200"), 0.7);
    assert_f1("wcxb 0622", wcxb_f1("0622"), 0.55);
    // WCXB 0584: the size guide is the product's own, and was hidden with the cart.
    assert_f1("wcxb 0584", wcxb_f1("0584"), 0.85);
}

#[test]
fn blocks_rendered_twice_are_read_once() {
    // WCXB 2846 (a service's landing page): each section rendered once per screen size
    // and its quotes again as carousel clones; 0549 (a forum thread): every post
    // followed by its preview. Each copy was read again.
    assert_f1("wcxb 2846", wcxb_f1("2846"), 0.6);
    assert_f1("wcxb 0549", wcxb_f1("0549"), 0.8);
}

#[test]
fn service_page_of_short_sections_is_read_whole() {
    // WCXB 4464 and 0707: service landing pages whose best block (a feature, a hero)
    // held under half of the page's prose but over the share that widens a pick, so
    // the rest of the pitch was left out.
    assert_f1("wcxb 4464", wcxb_f1("4464"), 0.9);
    assert_f1("wcxb 0707", wcxb_f1("0707"), 0.85);
}

#[test]
fn story_paragraphs_classed_as_a_menu_are_kept() {
    // WCXB 0399 (a regional news site): every paragraph of the story is a
    // `<p class="contextmenu Body">`, and "menu" in that class hid them as navigation,
    // leaving the reader with the first three paragraphs.
    assert_f1("wcxb 0399", wcxb_f1("0399"), 0.9);
}

#[test]
fn comments_under_an_article_are_not_its_story() {
    // WCXB 4449 (a craft blog's post): a short post with a long comment section below
    // was read as a thread, comments and all.
    assert_f1("wcxb 4449", wcxb_f1("4449"), 0.9);
}

#[test]
fn counts_and_labels_beside_forum_posts_are_not_read() {
    // WCXB 0520 and 0518 (forum threads): each post's counters ("Posts: 1,204", vote
    // counts, "#12") and buttons ("Reply", "Quote") were read between the posts.
    assert_f1("wcxb 0520", wcxb_f1("0520"), 0.88);
    assert_f1("wcxb 0518", wcxb_f1("0518"), 0.52);
    // WCXB 0545 (a question and its answers): "asked …", "edited …" dated each post.
    assert_f1("wcxb 0545", wcxb_f1("0545"), 0.92);
}

#[test]
fn widget_repeated_in_every_card_of_a_listing_is_read_once() {
    // WCXB 2908 (a list of books): every entry carries the same rating widget ("Rate
    // this book", "Clear rating"), read once per book. WCXB 1371 (a rental shop's
    // list): the same prices in several cards are the cards' own and stay.
    assert_f1("wcxb 2908", wcxb_f1("2908"), 0.95);
    assert_f1("wcxb 1371", wcxb_f1("1371"), 0.95);
}

#[test]
fn collection_with_a_guide_of_its_own_is_read_as_the_guide() {
    // WCXB 0648 and 0647 (a furniture shop's categories): a long buying guide below the
    // grid of products, which the gold keeps alone; the grid was read with it.
    assert_f1("wcxb 0648", wcxb_f1("0648"), 0.95);
    assert_f1("wcxb 0647", wcxb_f1("0647"), 0.8);
}

#[test]
fn page_saved_before_its_scripts_ran_reads_as_its_description() {
    // WCXB 4278 and 2832: a forum thread and a landing page whose saved HTML is the
    // empty shell scripts fill in; the reader got nothing, now the page's description.
    assert_f1("wcxb 4278", wcxb_f1("4278"), 0.2);
    assert_f1("wcxb 2832", wcxb_f1("2832"), 0.2);
}

#[test]
fn segments_streamed_out_of_order_are_read() {
    // WCXB 4503 (an explainer), 2838 (a service's landing page) and 2923 (a shop's
    // category): React streams most of the page in `<div hidden id="S:n">` segments
    // that its script moves into place; saved before the move, they were read as
    // hidden and only the first segment's text came out.
    assert_f1("wcxb 4503", wcxb_f1("4503"), 0.8);
    assert_f1("wcxb 2838", wcxb_f1("2838"), 0.85);
    assert_f1("wcxb 2923", wcxb_f1("2923"), 0.85);
}

#[test]
fn pieces_the_page_sets_apart_are_not_glued_into_one_word() {
    // Readability's nytimes-5: each photo's caption, its "Credit" label and the
    // photographer sit in sibling spans with no space between, which read as
    // "CreditKevin Frayer". WCXB 2907: a sort menu's label and its value ("Sort
    // byRanking"). Both are separate words now.
    if let Some(text) = readability_text("nytimes-5") {
        assert!(
            text.contains("Credit Kevin Frayer/Getty Images"),
            "credit set apart"
        );
        assert!(!text.contains("CreditKevin"), "credit glued");
    }
    if let Some(text) = wcxb_text("2907") {
        assert!(text.contains("Sort by Ranking"), "menu label set apart");
    }
    assert_f1("wcxb 2907", wcxb_f1("2907"), 0.75);
}
