//! Shows what detection counted on one page and the verdict with its reasons.
//!
//! ```sh
//! cargo run --release --example detect_page -- 0501              # a WCXB dev page by id
//! cargo run --release --example detect_page -- page.html [URL]   # any file (.gz too)
//! ```

use lede::detect::{decide, walk::count, MODEL};
use lede::eval::corpus::shared_dir;
use lede::eval::run::read_html;
use lede::page::from_html;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(first) = args.first() else {
        eprintln!("usage: detect_page WCXB-ID | FILE [URL]");
        std::process::exit(2);
    };
    let (path, url) = if first.chars().all(|c| c.is_ascii_digit()) {
        let dir = shared_dir().join("corpus/wcxb-dev");
        let gold: serde_json::Value =
            std::fs::read_to_string(dir.join(format!("ground-truth/{first}.json")))
                .ok()
                .and_then(|t| serde_json::from_str(&t).ok())
                .unwrap_or_default();
        println!("gold: {}", gold["_internal"]["page_type"]["primary"]);
        let url = gold["url"].as_str().map(str::to_string);
        (dir.join(format!("html/{first}.html.gz")), url)
    } else {
        (first.into(), args.get(1).cloned())
    };
    let html = match read_html(&path) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let counts = count(&from_html::parse_bytes(&html, url.as_deref()));
    println!("url: {}", url.unwrap_or_default());
    println!("{counts:#?}");
    let d = decide(&counts, &MODEL);
    println!(
        "is_article {} score {} kind {:?}",
        d.is_article, d.score, d.kind
    );
    for r in d.reasons {
        println!("  {r}");
    }
}
