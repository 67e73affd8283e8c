//! Detection: the verdict and the page kind on small pages written for each kind, on
//! corpus pages a detection rule was written for (skipped, with a note, when the shared
//! folder is absent), and a timing printout of detection against the whole analysis.

use lede::analysis::PageKind;
use lede::detect::{detect, Detection};
use lede::page::from_html;

fn detect_html(html: &str, url: &str) -> Detection {
    detect(&from_html::parse(html, Some(url)))
}

/// A paragraph of prose: several sentences with commas.
fn prose(topic: &str) -> String {
    format!(
        "<p>The council voted on {topic} late on Tuesday, after a debate that ran for more \
         than four hours. Residents, many of whom had waited since the afternoon, said the \
         decision would change how the town works. The mayor, speaking afterwards, called it \
         a difficult but necessary step, and promised a review within a year.</p>"
    )
}

fn article_page() -> String {
    let body: String = [
        "the budget",
        "the bridge",
        "the school",
        "the park",
        "the tram",
    ]
    .iter()
    .map(|t| prose(t))
    .collect();
    format!(
        r#"<html><head><meta property="og:type" content="article">
        <script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2024-05-17","author":{{"@type":"Person","name":"Ann Lee"}}}}</script>
        </head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
        <main><article><h1>Council approves the new town plan after a long debate</h1>
        <p class="byline">By Ann Lee</p><time datetime="2024-05-17">17 May</time>{body}</article></main>
        <footer><a href="/about">About</a></footer></body></html>"#
    )
}

fn listing_page() -> String {
    let cards: String = (0..24)
        .map(|i| {
            format!(
                r#"<article class="card"><h3><a href="/news/2024/05/story-{i}">Story number {i} about a town council and its long debate</a></h3>
                <time datetime="2024-05-17">17 May</time><p>A short teaser.</p></article>"#
            )
        })
        .collect();
    format!(
        r#"<html><head><meta property="og:type" content="website"></head><body>
        <nav><a href="/">Home</a></nav><main><h1>Latest news</h1>{cards}</main></body></html>"#
    )
}

fn product_page() -> String {
    r#"<html><head><meta property="og:type" content="product">
        <script type="application/ld+json">{"@type":"Product","name":"Blue kettle","offers":{"@type":"Offer","price":"29.99"}}</script>
        </head><body><main><div class="product"><h1>Blue kettle, 1.7 litres</h1>
        <span class="price">$29.99</span>
        <form><select name="colour"><option>Blue</option></select>
        <input type="number" name="quantity" value="1"><button class="btn add-to-cart">Add to cart</button></form>
        <p>A kettle that boils water quickly and quietly, with a cool-touch handle and an
        automatic switch that turns it off when the water boils.</p></div></main></body></html>"#
        .to_string()
}

#[test]
fn a_news_story_is_an_article() {
    let d = detect_html(
        &article_page(),
        "https://news.example/2024/05/17/council-approves-town-plan",
    );
    assert!(d.is_article, "{d:#?}");
    assert_eq!(d.kind, PageKind::Article);
    assert!(d.score > 0.5 && d.score <= 1.0);
    assert!(
        d.reasons.len() > 1,
        "the reasons name the inputs: {:?}",
        d.reasons
    );
}

#[test]
fn a_page_of_teaser_cards_is_a_listing() {
    let d = detect_html(&listing_page(), "https://news.example/");
    assert!(!d.is_article, "{d:#?}");
    assert_eq!(d.kind, PageKind::Listing, "{d:#?}");
}

#[test]
fn a_shop_page_for_one_item_is_a_product() {
    let d = detect_html(&product_page(), "https://shop.example/products/blue-kettle");
    assert!(!d.is_article, "{d:#?}");
    assert_eq!(d.kind, PageKind::Product, "{d:#?}");
}

#[test]
fn an_empty_page_is_other() {
    for html in ["", "<html><body></body></html>", "<p>Loading…</p>"] {
        let d = detect_html(html, "https://app.example/");
        assert!(!d.is_article);
        assert_eq!(d.kind, PageKind::Other);
        assert_eq!(d.score, 0.0);
    }
}

#[test]
fn detection_without_a_url_still_decides() {
    let d = detect(&from_html::parse(&article_page(), None));
    assert!(d.is_article, "{d:#?}");
}

#[test]
fn the_analysis_carries_the_detection() {
    let html = article_page();
    let url = "https://news.example/2024/05/17/council-approves-town-plan";
    let analysis = lede::analyze_html(html.as_bytes(), Some(url), &lede::Options::default());
    let d = detect_html(&html, url);
    assert_eq!(
        (
            analysis.is_article,
            analysis.article_score,
            analysis.page_kind
        ),
        (d.is_article, d.score, d.kind)
    );
    assert_eq!(analysis.reasons, d.reasons);
}

#[test]
fn paragraphs_written_as_bare_divs_are_one_block_of_prose() {
    // www/samples/zeitung-style-de.html: each paragraph is a `<div class="absatz">`
    // holding only its text. Such a div is the paragraph, so its text joins its
    // siblings' prose block; counted under the div itself, every paragraph looked like
    // a lone block, and the story read as a service page.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/samples/zeitung-style-de.html"
    );
    let html = std::fs::read_to_string(path).expect("the bundled sample");
    let d = detect_html(&html, "https://samples.lede.example/zeitung-style-de.html");
    assert!(d.is_article, "{d:#?}");
}

mod corpus {
    use std::path::PathBuf;

    use lede::analysis::PageKind;
    use lede::detect::{detect, Detection};
    use lede::eval::run::read_html;
    use lede::page::from_html;

    fn wcxb() -> Option<PathBuf> {
        let dir = lede::eval::corpus::shared_dir().join("corpus/wcxb-dev");
        if dir.is_dir() {
            Some(dir)
        } else {
            eprintln!(
                "note: {} is absent; corpus detection tests skipped",
                dir.display()
            );
            None
        }
    }

    /// Detection on WCXB dev page `id`, with the URL its ground truth gives.
    fn wcxb_detect(id: &str) -> Option<Detection> {
        let dir = wcxb()?;
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("ground-truth/{id}.json")))
                .expect("gold file"),
        )
        .expect("gold JSON");
        let html = read_html(&dir.join(format!("html/{id}.html.gz"))).expect("page");
        Some(detect(&from_html::parse_bytes(&html, gold["url"].as_str())))
    }

    #[test]
    fn discourse_threads_kept_in_noscript_are_forums() {
        // WCXB 0501 and 0504: Discourse serves the thread only inside <noscript>; the
        // native parser then reads it as elements, which the walk must enter instead
        // of skipping `noscript` as unread markup (it used to say `other`: no text).
        for id in ["0501", "0504"] {
            if let Some(d) = wcxb_detect(id) {
                assert_eq!(d.kind, PageKind::Forum, "{id}: {d:#?}");
            }
        }
    }

    #[test]
    fn segments_streamed_hidden_by_react_are_read() {
        // WCXB 0155: the whole post sits in `<div hidden id="S:0">`, which React's
        // script moves into the page at once; read as hidden, the page had no text
        // and was `other`.
        if let Some(d) = wcxb_detect("0155") {
            assert!(d.is_article, "{d:#?}");
        }
        // WCXB 0384 (LessWrong) streams its post the same way: it now has text to
        // weigh instead of none.
        if let Some(d) = wcxb_detect("0384") {
            assert_ne!(d.kind, PageKind::Other, "{d:#?}");
        }
    }

    #[test]
    fn a_dateline_or_byline_under_the_headline_marks_a_story() {
        // WCXB 0010, 0015 and 0353: dates (and a byline) between the h1 and the first
        // paragraph of prose; without that header they read as a product, a listing
        // and a service page. WCXB 4193: "By" labels before the authors' names.
        for id in ["0010", "0015", "0353", "4193"] {
            if let Some(d) = wcxb_detect(id) {
                assert!(d.is_article, "{id}: {d:#?}");
            }
        }
    }

    #[test]
    fn blog_paths_name_stories() {
        // WCXB 0431 (`/post/proofs-as-types`) read as a forum thread for its path;
        // WCXB 0074 (cdc.gov's `/features/`) was pushed to a service page by it.
        for id in ["0431", "0074"] {
            if let Some(d) = wcxb_detect(id) {
                assert!(d.is_article, "{id}: {d:#?}");
            }
        }
    }

    /// Fails unless each of Readability's pages `names`, read as a saved file with no
    /// address, is an article.
    fn articles_without_address(names: &[&str]) {
        let dir = lede::eval::corpus::shared_dir().join("corpus/readability");
        for name in names {
            let Ok(html) = std::fs::read(dir.join(name).join("source.html")) else {
                eprintln!("note: no Readability corpus beside the checkout; test skipped");
                return;
            };
            let d = detect(&from_html::parse_bytes(&html, None));
            assert!(d.is_article, "{name}: {d:#?}");
        }
    }

    #[test]
    fn a_saved_story_without_its_address_is_an_article() {
        // Readability's pages webmd-2, tmz-1, google-sre-book-1 and daringfireball-1,
        // read as `lede page.html` reads a saved file: with no address. An unknown
        // address used to count as a path with no slug words, which speaks against an
        // article; all four were `listing` or `service`.
        articles_without_address(&["webmd-2", "tmz-1", "google-sre-book-1", "daringfireball-1"]);
    }

    #[test]
    fn a_story_in_chinese_is_an_article() {
        // Readability's qq (a news story) and pixnet (a blog post): a paragraph of
        // Chinese says in about 27 characters what English says in 80, and counted as
        // English, neither page had more than two paragraphs of prose. Both were
        // `listing`.
        articles_without_address(&["qq", "pixnet"]);
    }

    #[test]
    fn a_story_split_into_sections_is_an_article() {
        // WCXB 0001: the story's paragraphs sit in many Elementor widgets, no two under
        // one parent; the densest prose block (not the largest run of sibling
        // paragraphs) is what finds it.
        if let Some(d) = wcxb_detect("0001") {
            assert!(d.is_article, "{d:#?}");
        }
    }
}

/// Median time of detection alone against the whole analysis on WCXB dev pages (every
/// fifth page), both on pages already parsed. Run with
/// `cargo test --release --test detect -- --ignored --nocapture`.
#[test]
#[ignore]
fn detection_time_against_the_whole_analysis() {
    use std::time::Instant;
    let dir = lede::eval::corpus::shared_dir().join("corpus/wcxb-dev/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} is absent; timing skipped", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    let (mut alone, mut whole, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for path in paths.iter().step_by(5) {
        let html = lede::eval::run::read_html(path).expect("page");
        let page = from_html::parse_bytes(&html, Some("https://example.com/a/b"));
        let time = |f: &dyn Fn()| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        };
        let d = time(&|| {
            std::hint::black_box(detect(&page));
        });
        let a = time(&|| {
            std::hint::black_box(lede::analyze(&page, &lede::Options::default()));
        });
        alone.push(d);
        whole.push(a);
        ratios.push(d / a);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let pages = alone.len();
    let (d, a, r) = (median(alone), median(whole), median(ratios));
    println!(
        "detection alone {d:.3} ms, whole analysis {a:.3} ms (medians over {pages} pages); \
         median per-page ratio {r:.3}, ratio of medians {:.3}",
        d / a
    );
}
