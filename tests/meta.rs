//! Metadata on the corpus pages its rules were written for: each rule names the page
//! it fixed. Pages are read from the shared corpora (`$LEDE_SHARED`, or `../shared`
//! beside the checkout) and never copied; without them the tests are skipped with a
//! note.

use std::path::PathBuf;

use lede::analysis::Metadata;
use lede::eval::run::read_html;

fn corpus(name: &str) -> Option<PathBuf> {
    let dir = lede::eval::corpus::shared_dir().join("corpus").join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} is absent; metadata corpus tests skipped",
            dir.display()
        );
        None
    }
}

/// Our metadata of Readability test page `name`, served from Readability's test URL.
fn readability(name: &str) -> Option<Metadata> {
    let dir = corpus("readability")?.join(name);
    let html = std::fs::read(dir.join("source.html")).expect("source.html");
    let url = Some(lede::eval::corpus::READABILITY_URL);
    Some(lede::analyze_html(&html, url, &lede::Options::default()).metadata)
}

/// Our metadata of WCXB dev page `id`, served from the URL its ground truth gives.
fn wcxb(id: &str) -> Option<Metadata> {
    let dir = corpus("wcxb-dev")?;
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("ground-truth/{id}.json"))).expect("gold"),
    )
    .expect("gold JSON");
    let html = read_html(&dir.join(format!("html/{id}.html.gz"))).expect("page");
    Some(lede::analyze_html(&html, gold["url"].as_str(), &lede::Options::default()).metadata)
}

/// Checks one field of a page's metadata, when the page is there.
macro_rules! expect {
    ($page:expr, $field:ident, $want:expr) => {
        if let Some(m) = $page {
            assert_eq!(
                m.$field.as_deref(),
                $want,
                "{} of {}",
                stringify!($field),
                stringify!($page)
            );
        }
    };
}

#[test]
fn dublin_core_and_property_keys_come_first() {
    // Readability's 003-metadata-preferred: property="dc:title" over name="DC.title",
    // og:title and the rest; dc:creator over meta name=author.
    let page = readability("003-metadata-preferred");
    expect!(page.clone(), title, Some("Dublin Core property title"));
    expect!(page, byline, Some("Dublin Core property author"));
    // 004 and metadata-content-missing: space-separated keys in one property.
    let page = readability("004-metadata-space-separated-properties");
    expect!(page.clone(), title, Some("Preferred title"));
    expect!(page, byline, Some("Creator Name"));
    let page = readability("metadata-content-missing");
    expect!(page.clone(), title, Some("My title"));
    expect!(page, byline, Some("Creator Name"));
}

#[test]
fn parsely_keys_are_read() {
    let page = readability("parsely-metadata");
    expect!(page.clone(), title, Some("Some Other Title"));
    expect!(page.clone(), byline, Some("Jane Doe"));
    expect!(page.clone(), published, Some("2024-04-20"));
    expect!(page, published_time, Some("2024-04-20T04:20:00.000Z"));
}

#[test]
fn json_ld_wrapped_in_cdata_is_read() {
    // aclu, wikipedia-2, gitlab-blog: `<![CDATA[ ... ]]>` around the JSON.
    expect!(readability("aclu"), published, Some("2018-04-05"));
    let page = readability("wikipedia-2");
    expect!(page.clone(), site_name, Some("Wikimedia Foundation, Inc."));
    expect!(page, byline, Some("Contributors to Wikimedia projects"));
    let page = readability("gitlab-blog");
    expect!(page.clone(), published, Some("2024-06-25"));
    expect!(page, site_name, Some("GitLab"));
}

#[test]
fn json_ld_with_raw_line_breaks_is_read() {
    // WCXB 0019: a raw newline inside the description string.
    expect!(wcxb("0019"), byline, Some("Stephen Jesudunsin"));
}

#[test]
fn json_ld_name_wins_over_a_headline_unlike_the_title() {
    // Wikipedia's `headline` is the short description.
    expect!(readability("wikipedia-2"), title, Some("New Zealand"));
    expect!(readability("wikipedia-3"), title, Some("Hermitian matrix"));
}

#[test]
fn json_ld_postings_give_their_dates() {
    expect!(readability("tumblr"), published, Some("2014-09-02"));
}

#[test]
fn the_publisher_named_in_json_ld_is_the_site() {
    expect!(readability("videos-2"), site_name, Some("Libération"));
    expect!(
        readability("lazy-image-1"),
        site_name,
        Some("Voodoo Engineering")
    );
}

#[test]
fn entities_escaped_twice_are_decoded() {
    expect!(wcxb("0009"), byline, Some("Maria & Katerina"));
    expect!(
        wcxb("0071"),
        title,
        Some("Budget Traveler’s Guide To Travel Insurance")
    );
}

#[test]
fn dates_handles_and_labels_leave_the_byline() {
    expect!(readability("ars-1"), byline, Some("Dan Goodin"));
    expect!(readability("aktualne"), byline, Some("Aleš Vávra"));
    expect!(readability("cnet"), byline, Some("Steven Musil"));
    expect!(readability("001"), byline, Some("Nicolas Perriault"));
    expect!(readability("wikia"), byline, Some("James Akinaka"));
    expect!(readability("blogger"), byline, Some("Andrew Zonenberg"));
    expect!(readability("simplyfound-1"), byline, Some("Joe Wee"));
    expect!(readability("wordpress"), byline, Some("Sarah Gooding"));
    // breitbart: name, date and comment count in three elements, no spaces between.
    expect!(readability("breitbart"), byline, Some("Lucas Nolan"));
    // lwn-1: `FeatureByline`, a class naming the byline inside a longer word.
    expect!(readability("lwn-1"), byline, Some("Nathan Willis"));
}

#[test]
fn job_titles_after_a_comma_are_not_authors() {
    expect!(readability("aclu"), byline, Some("Daniel Kahn Gillmor"));
}

#[test]
fn several_authors_are_listed() {
    let page = readability("schema-org-context-object");
    expect!(page.clone(), byline, Some("Stella Kim, Jennifer Jett"));
    if let Some(m) = page {
        assert_eq!(m.bylines, vec!["Stella Kim", "Jennifer Jett"]);
    }
    expect!(
        readability("videos-2"),
        byline,
        Some("Alexandre Hervaud, Jérémy Piette")
    );
    // lemonde-1: "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)": three
    // authors, the line written as the page writes it.
    if let Some(m) = readability("lemonde-1") {
        assert_eq!(
            m.bylines,
            vec!["Martin Untersinger", "Damien Leloup", "Morgane Tual"]
        );
        assert_eq!(
            m.byline.as_deref(),
            Some("Martin Untersinger (avec Damien Leloup et Morgane Tual)")
        );
    }
    // ietf-1: one DC.Creator per author, each surname first ("Kooman, F.").
    if let Some(m) = readability("ietf-1") {
        assert_eq!(m.bylines, vec!["F. Kooman", "Michiel de Jong"]);
    }
    // WCXB 4117: "Dieter Hogen with Uta Pippig".
    if let Some(m) = wcxb("4117") {
        assert_eq!(m.bylines, vec!["Dieter Hogen", "Uta Pippig"]);
    }
}

#[test]
fn credits_give_way_to_people() {
    // WCXB 0096: the publisher in JSON-LD, the dietitian in the byline.
    expect!(wcxb("0096"), byline, Some("Tracy Parker, Dietitian"));
    // liberation-1: "AFP" over a related story, the reporter further down.
    expect!(
        readability("liberation-1"),
        byline,
        Some("Sébastien Farcis")
    );
    // WCXB 4612: a staff credit is kept when no one is named.
    expect!(wcxb("4612"), byline, Some("Marketing Team"));
    // bbc-1 (og:article:author) and heise (DC.creator): the site credits itself and
    // names no one else; the organisation's credit is the byline.
    expect!(readability("bbc-1"), byline, Some("BBC News"));
    expect!(readability("heise"), byline, Some("Mac & i"));
    // toc-missing: a personal site named after its author, whom JSON-LD types as a
    // Person: the name is the site's and the author's.
    expect!(readability("toc-missing"), byline, Some("Haki Benita"));
}

#[test]
fn bylines_without_a_byline_class_are_found() {
    // WCXB 0302: twitter:label1 "Written by", twitter:data1 the author.
    expect!(wcxb("0302"), byline, Some("Tyler Brown"));
    // WCXB 0058 and 4045: a "Written by" / "By" text after the headline.
    expect!(wcxb("0058"), byline, Some("Edzel Tabing"));
    expect!(wcxb("4045"), byline, Some("Amy Wilhelm"));
}

#[test]
fn sentences_and_link_texts_are_not_bylines() {
    // WCXB 0230: an author-classed block holding a headline; 4373: "View more posts".
    if let Some(m) = wcxb("0230") {
        assert_ne!(
            m.byline.as_deref(),
            Some("What Workforce Optimization Firms Actually Do")
        );
    }
    if let Some(m) = wcxb("4373") {
        assert_ne!(m.byline.as_deref(), Some("View"));
    }
}

#[test]
fn site_names_leave_the_title() {
    // WCXB 0205: "| WRAL", the host's name; 0207: "| WFA", the initials of
    // "World Future Awards"; 4304: "| DianaHR" inside getdianahr.com.
    expect!(
        wcxb("0205"),
        title,
        Some("Vehicle rental News and Reporting Coverage")
    );
    expect!(
        wcxb("0207"),
        title,
        Some("2025 TOP 100 Blockchain and Web3 Companies")
    );
    expect!(
        wcxb("4304"),
        title,
        Some("Top 5 HR Management Software in 2026")
    );
    // title-en-dash: the document title cut the way Readability cuts it.
    expect!(
        readability("title-en-dash"),
        title,
        Some("Lorem ipsum dolor sit amet")
    );
    // WCXB 4642: a separator left alone at the end.
    expect!(
        wcxb("4642"),
        title,
        Some("Top Home Gym Must Haves For Every Budget And Fitness Level")
    );
}

#[test]
fn a_heading_that_shows_part_of_the_title_is_the_headline() {
    // WCXB 0680: "Charges | Stripe API Reference" above the h1 "Charges".
    expect!(wcxb("0680"), title, Some("Charges"));
    // pixnet: the heading "痞客邦 PIXNET" is the site's logo, not the headline.
    expect!(
        readability("pixnet"),
        title,
        Some("新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::")
    );
}

#[test]
fn a_home_page_titled_by_its_site_keeps_that_title() {
    expect!(wcxb("4762"), title, Some("Glossier"));
}

#[test]
fn dates_come_from_the_url_path() {
    expect!(wcxb("0137"), published, Some("2016-02-09"));
}

#[test]
fn dates_come_from_the_visible_dateline() {
    // WCXB 0085: the dateline under the h1, whose text differs from og:title.
    expect!(wcxb("0085"), published, Some("2019-08-16"));
    // WCXB 4456: Blogger's date-header, a heading that is only a date.
    expect!(wcxb("4456"), published, Some("2008-09-08"));
    // WCXB 0019: "Last updated: Dec 12, 2025" is the modified date, not publication.
    let page = wcxb("0019");
    expect!(page.clone(), modified, Some("2025-12-12"));
    expect!(page, published, None);
}

#[test]
fn dates_inside_titles_and_fact_tables_are_not_the_story_s() {
    // lwn-1: "Weekly Edition for March 26, 2015" is a heading; the story is of March 25.
    expect!(readability("lwn-1"), published, Some("2015-03-25"));
    // wikipedia: "Founded | February 28, 1998" in the infobox.
    expect!(readability("wikipedia"), published, None);
}

#[test]
fn written_meta_dates_are_read() {
    // WCXB 0244: name="published" content="July 17, 2025"; WCXB 0064: "Thu,
    // 09/25/2025 - 11:38"; herald-sun-1: ctime's "Fri Mar 13 21:30:09 EST 2015".
    expect!(wcxb("0244"), published, Some("2025-07-17"));
    expect!(wcxb("0064"), published, Some("2025-09-25"));
    expect!(readability("herald-sun-1"), published, Some("2015-03-13"));
}

#[test]
fn modified_dates_are_their_own_field() {
    let page = wcxb("0007");
    expect!(page.clone(), published, Some("2025-01-29"));
    expect!(page, modified, Some("2025-08-19"));
}

#[test]
fn text_direction_is_the_story_s() {
    // rtl-2: ltr on <html>, rtl on <body>; rtl-3: rtl on <main> only.
    expect!(readability("rtl-2"), dir, Some("rtl"));
    expect!(readability("rtl-3"), dir, Some("rtl"));
}
