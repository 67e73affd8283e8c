//! What a reader sees of the story's structure: headings, lists, quotes, figures,
//! tables, code and images survive extraction; what could run code does not.

fn analyze(body: &str) -> lede::Analysis {
    let html = format!(
        "<!doctype html><html lang=en><head><title>Story</title></head><body>\
         <nav class=menu><a href=/>Home</a><a href=/world>World</a></nav>\
         <article><h1>Story</h1>{body}</article><footer class=site-footer>© Paper</footer>\
         </body></html>"
    );
    lede::analyze_html(
        html.as_bytes(),
        Some("https://news.example/world/story.html"),
        &lede::Options::default(),
    )
}

const PROSE: &str = "<p>The council met on Tuesday evening, and after a long debate it voted to \
    keep the old library open for another year, a decision that pleased most residents.</p>\
    <p>Supporters had gathered outside the hall since the afternoon, holding signs and \
    handing out leaflets about the library's history, its readers and its future.</p>";

#[test]
fn headings_keep_their_levels_and_paragraphs_their_order() {
    let a = analyze(&format!(
        "{PROSE}<h2>What comes next</h2>{PROSE}<h3>Costs</h3><p>It costs money, \
        a great deal of it, and nobody yet knows where the money will come from.</p>"
    ));
    assert!(a.html.contains("<h2>What comes next</h2>"), "{}", a.html);
    assert!(a.html.contains("<h3>Costs</h3>"));
    let first = a
        .text
        .find("The council met")
        .expect("first paragraph kept");
    let heading = a.text.find("What comes next").expect("heading kept");
    let last = a
        .text
        .find("nobody yet knows")
        .expect("closing paragraph kept");
    assert!(first < heading && heading < last);
    assert!(
        a.text.contains("\n\nWhat comes next\n\n"),
        "headings are paragraphs of the text"
    );
}

#[test]
fn lists_quotes_and_tables_are_kept() {
    let a = analyze(&format!(
        "{PROSE}<ul><li>Opening hours extended</li><li>New children's corner</li></ul>\
         <blockquote><p>A library is the heart of a town.</p></blockquote>\
         <table><caption>Visitors</caption><thead><tr><th>Year</th><th>Visits</th></tr></thead>\
         <tbody><tr><td>2023</td><td>41,000</td></tr></tbody></table>"
    ));
    for fragment in [
        "<ul><li>Opening hours extended</li>",
        "<blockquote><p>A library is the heart of a town.</p></blockquote>",
        "<caption>Visitors</caption>",
        "<th>Year</th>",
        "<td>41,000</td>",
    ] {
        assert!(
            a.html.contains(fragment),
            "missing {fragment} in {}",
            a.html
        );
    }
}

#[test]
fn code_blocks_keep_their_whitespace() {
    let a = analyze(&format!(
        "{PROSE}<pre><code>fn main() {{\n    println!(\"hi\");\n}}</code></pre>"
    ));
    assert!(
        a.html
            .contains("<pre><code>fn main() {\n    println!(\"hi\");\n}</code></pre>"),
        "{}",
        a.html
    );
    assert!(
        a.text.contains("fn main() {\n    println!(\"hi\");\n}"),
        "{:?}",
        a.text
    );
}

#[test]
fn figures_keep_caption_and_lazy_images_their_real_source() {
    let a = analyze(&format!(
        "{PROSE}<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/hall.jpg' alt='The hall'>\
         <figcaption>The hall on Tuesday.</figcaption></figure>\
         <figure><img src='data:image/gif;base64,R0lGOD'><noscript><img src=\"/img/crowd.jpg\"></noscript></figure>\
         <p><img srcset='/img/sign-480.jpg 480w, /img/sign-960.jpg 960w'></p>"
    ));
    assert!(
        a.html
            .contains("<img src=\"https://news.example/img/hall.jpg\" alt=\"The hall\">"),
        "{}",
        a.html
    );
    assert!(a
        .html
        .contains("<figcaption>The hall on Tuesday.</figcaption>"));
    assert!(
        a.html
            .contains("src=\"https://news.example/img/crowd.jpg\""),
        "noscript fallback: {}",
        a.html
    );
    assert!(
        a.html
            .contains("src=\"https://news.example/img/sign-480.jpg\""),
        "srcset: {}",
        a.html
    );
    assert!(!a.html.contains("data:image/gif"));
}

#[test]
fn a_caption_its_credit_label_and_the_photographer_stay_apart() {
    // The caption, the "Credit" label and the name sit in sibling spans with no space
    // between (Readability's nytimes-5 has one per photo); a word split across
    // elements with no capital after the split stays one word.
    let a = analyze(&format!(
        "{PROSE}<figure><img src='/img/hall.jpg'><figcaption><span>The hall on Tuesday.</span>\
         <span><span>Credit</span><span>Ana Ruiz for the Paper</span></span></figcaption></figure>\
         <p>The <b>vote</b>s were counted by <span>mid</span>night, the clerk said.</p>"
    ));
    assert!(
        a.text
            .contains("The hall on Tuesday. Credit Ana Ruiz for the Paper"),
        "{}",
        a.text
    );
    assert!(
        a.html.contains(
            "<figcaption>The hall on Tuesday. Credit Ana Ruiz for the Paper</figcaption>"
        ),
        "{}",
        a.html
    );
    assert!(
        a.text.contains("The votes were counted by midnight"),
        "{}",
        a.text
    );
}

#[test]
fn nothing_that_runs_code_survives() {
    let a = analyze(&format!(
        "{PROSE}<p onclick='alert(1)'>Click <a href='javascript:alert(2)'>here</a> or \
         <a href='/more' onmouseover='alert(3)'>there</a>.<script>alert(4)</script></p>\
         <iframe src='https://evil.example/'></iframe><form action=/x><input name=q></form>\
         <img src='javascript:alert(5)'><style>body{{display:none}}</style>\
         <svg><script>alert(6)</script></svg>"
    ));
    for bad in [
        "onclick",
        "javascript:",
        "onmouseover",
        "<script",
        "alert(",
        "<iframe",
        "<form",
        "<input",
        "<style",
        "<svg",
    ] {
        assert!(!a.html.contains(bad), "{bad} survived in {}", a.html);
    }
    assert!(
        a.html
            .contains("<a href=\"https://news.example/more\">there</a>"),
        "{}",
        a.html
    );
}
