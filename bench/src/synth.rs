//! Synthetic news pages of a chosen size, for the scaling runs.
//!
//! A page has the usual parts of a news article page (a site header with a menu, the
//! headline, byline and date, the story with subheadings, links, emphasis, figures and
//! quotes, a related-links sidebar, a comment thread and a footer), and all of them
//! grow together with the node count, so a large page is a long story with a long
//! thread, not only a bigger menu. The output is the same for the same size on every
//! run (a fixed-seed generator), and nothing separates tags but the tags themselves, so
//! every text node the generator counts is one a browser builds.

/// A generated page.
pub struct Synthetic {
    /// The HTML.
    pub html: String,
    /// DOM nodes below the document (elements and text nodes from `<html>` down), as
    /// a browser builds them from this HTML.
    pub nodes: usize,
}

/// Nodes of one "block", on average: a subheading and six paragraphs, a quote, a
/// figure every other block, three related links and three comments.
const BLOCK_NODES: usize = 78;
/// Nodes outside the blocks (head, header, headline, byline, footer).
const FIXED_NODES: usize = 77;

/// The page with about `target` nodes (at most one block's worth more).
pub fn page(target: usize) -> Synthetic {
    let blocks = target
        .saturating_sub(FIXED_NODES)
        .div_ceil(BLOCK_NODES)
        .max(1);
    let mut g = Gen::new(0x1ede_5eed ^ target as u64);
    g.raw("<!DOCTYPE html>");
    g.open("html", r#"lang="en""#);
    g.open("head", "");
    g.void("meta", r#"charset="utf-8""#);
    g.open("title", "");
    g.text("City council approves the new harbour plan after a long night | The Daily Bench");
    g.close("title");
    g.void("meta", r#"property="og:title" content="City council approves the new harbour plan after a long night""#);
    g.void(
        "meta",
        r#"property="og:site_name" content="The Daily Bench""#,
    );
    g.void("meta", r#"name="author" content="Maria Keller""#);
    g.void(
        "meta",
        r#"property="article:published_time" content="2024-05-02T08:30:00Z""#,
    );
    g.close("head");
    g.open("body", r#"class="single-post""#);
    header(&mut g);
    g.open("main", r#"id="main""#);
    g.open("article", r#"class="post""#);
    g.open("h1", r#"class="entry-title""#);
    g.text("City council approves the new harbour plan after a long night");
    g.close("h1");
    g.open("p", r#"class="byline""#);
    g.text("By ");
    g.open("a", r#"href="/authors/maria-keller" rel="author""#);
    g.text("Maria Keller");
    g.close("a");
    g.text(", ");
    g.open("time", r#"datetime="2024-05-02T08:30:00Z""#);
    g.text("2 May 2024");
    g.close("time");
    g.close("p");
    g.open("div", r#"class="entry-content""#);
    for b in 0..blocks {
        story_block(&mut g, b);
    }
    g.close("div");
    g.close("article");
    g.open("aside", r#"class="sidebar related-posts""#);
    g.open("h3", "");
    g.text("Related stories");
    g.close("h3");
    g.open("ul", "");
    for i in 0..blocks * 3 {
        g.open("li", "");
        g.open("a", &format!(r#"href="/news/{i}""#));
        let title = g.sentence(6, 10);
        g.text(&title);
        g.close("a");
        g.close("li");
    }
    g.close("ul");
    g.close("aside");
    g.open("section", r#"id="comments" class="comments-area""#);
    g.open("h3", "");
    g.text("Comments");
    g.close("h3");
    for i in 0..blocks * 3 {
        g.open("div", r#"class="comment""#);
        g.open("span", r#"class="comment-author""#);
        g.text(&format!("reader{i}"));
        g.close("span");
        g.open("p", "");
        let text = g.sentence(8, 20);
        g.text(&text);
        g.close("p");
        g.close("div");
    }
    g.close("section");
    g.close("main");
    footer(&mut g);
    g.close("body");
    g.close("html");
    Synthetic {
        html: g.out,
        nodes: g.nodes,
    }
}

fn header(g: &mut Gen) {
    g.open("header", r#"class="site-header""#);
    g.open("a", r#"href="/" class="logo""#);
    g.text("The Daily Bench");
    g.close("a");
    g.open("nav", r#"class="main-menu""#);
    g.open("ul", "");
    for item in MENU {
        g.open("li", "");
        g.open("a", &format!(r#"href="/{}""#, item.to_lowercase()));
        g.text(item);
        g.close("a");
        g.close("li");
    }
    g.close("ul");
    g.close("nav");
    g.close("header");
}

fn footer(g: &mut Gen) {
    g.open("footer", r#"class="site-footer""#);
    g.open("ul", "");
    for item in ["About us", "Contact", "Privacy", "Terms", "Advertise"] {
        g.open("li", "");
        g.open("a", r##"href="#""##);
        g.text(item);
        g.close("a");
        g.close("li");
    }
    g.close("ul");
    g.open("p", "");
    g.text("© 2024 The Daily Bench. All rights reserved.");
    g.close("p");
    g.close("footer");
}

/// One block of the story: a subheading and six paragraphs (50 nodes), a quote (2)
/// and every other block a figure (4); its three related links (9 nodes) and three
/// comments (15) are written by the caller, in the sidebar and the thread.
fn story_block(g: &mut Gen, b: usize) {
    g.open("h2", "");
    let heading = g.sentence(4, 8);
    g.text(&heading);
    g.close("h2");
    for _ in 0..6 {
        // p, text, a, text, text, em, text, text: 8 nodes.
        g.open("p", "");
        let s = g.sentence(10, 22);
        g.text(&format!("{s} "));
        g.open("a", &format!(r#"href="/topics/{b}""#));
        let link = g.sentence(2, 4);
        g.text(&link);
        g.close("a");
        let s = g.sentence(6, 14);
        g.text(&format!(" {s} "));
        g.open("em", "");
        let em = g.sentence(1, 3);
        g.text(&em);
        g.close("em");
        let s = g.sentence(8, 18);
        g.text(&format!(" {s}."));
        g.close("p");
    }
    // The quote: p and its text.
    g.open("p", "");
    let (name, role) = PEOPLE[g.below(PEOPLE.len())];
    let said = g.sentence(8, 16);
    g.text(&format!("“{said},” said {name}, {role}."));
    g.close("p");
    if b.is_multiple_of(2) {
        g.open("figure", "");
        g.void("img", &format!(r#"src="/img/{b}.jpg" alt="Harbour view""#));
        g.open("figcaption", "");
        let caption = g.sentence(5, 10);
        g.text(&caption);
        g.close("figcaption");
        g.close("figure");
    }
}

const MENU: &[&str] = &[
    "News", "Politics", "Business", "Sport", "Culture", "Science", "Opinion", "Weather",
];

const PEOPLE: &[(&str, &str)] = &[
    ("Maria Keller", "the city's finance director"),
    ("Tom Okafor", "a harbour pilot"),
    ("Ana Duarte", "the mayor"),
    ("Jonas Berg", "an engineer at the port authority"),
    ("Lena Fischer", "who runs a bakery on the quay"),
];

const WORDS: &[&str] = &[
    "the",
    "council",
    "harbour",
    "plan",
    "vote",
    "city",
    "budget",
    "residents",
    "port",
    "ships",
    "workers",
    "night",
    "meeting",
    "years",
    "new",
    "old",
    "million",
    "cost",
    "said",
    "would",
    "could",
    "after",
    "before",
    "during",
    "under",
    "against",
    "public",
    "support",
    "opposition",
    "members",
    "committee",
    "report",
    "water",
    "bridge",
    "road",
    "traffic",
    "quay",
    "market",
    "fishing",
    "boats",
    "families",
    "schools",
    "housing",
    "project",
    "design",
    "engineers",
    "funding",
    "state",
    "government",
    "local",
    "local",
    "change",
    "future",
    "argued",
    "agreed",
    "rejected",
    "approved",
    "delayed",
    "weeks",
    "months",
    "summer",
    "winter",
    "storm",
    "flood",
    "wall",
    "repair",
    "build",
    "open",
    "close",
    "and",
    "of",
    "to",
    "in",
    "for",
    "on",
    "with",
    "by",
    "at",
    "a",
    "an",
    "its",
    "their",
    "this",
    "that",
    "more",
    "less",
    "than",
    "many",
    "most",
    "some",
    "first",
];

/// Writes HTML and counts the nodes it makes.
struct Gen {
    out: String,
    nodes: usize,
    rng: u64,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen {
            out: String::new(),
            nodes: 0,
            rng: seed | 1,
        }
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn open(&mut self, tag: &str, attrs: &str) {
        self.nodes += 1;
        self.out.push('<');
        self.out.push_str(tag);
        if !attrs.is_empty() {
            self.out.push(' ');
            self.out.push_str(attrs);
        }
        self.out.push('>');
    }

    fn void(&mut self, tag: &str, attrs: &str) {
        self.open(tag, attrs);
    }

    fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// A text node; the callers never put two in a row.
    fn text(&mut self, text: &str) {
        self.nodes += 1;
        for ch in text.chars() {
            match ch {
                '<' => self.out.push_str("&lt;"),
                '&' => self.out.push_str("&amp;"),
                _ => self.out.push(ch),
            }
        }
    }

    /// xorshift64*: small, fast and the same everywhere.
    fn next(&mut self) -> u64 {
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        self.rng.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Between `min` and `max` words, the first capitalised.
    fn sentence(&mut self, min: usize, max: usize) -> String {
        let n = min + self.below(max - min + 1);
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            let w = WORDS[self.below(WORDS.len())];
            if i == 0 {
                let mut chars = w.chars();
                if let Some(c) = chars.next() {
                    s.extend(c.to_uppercase());
                    s.push_str(chars.as_str());
                }
            } else {
                s.push_str(w);
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_close_to_the_target_and_stable() {
        for target in [1_000, 10_000, 200_000] {
            let p = page(target);
            assert!(
                p.nodes.abs_diff(target) <= BLOCK_NODES + FIXED_NODES,
                "{target}: {}",
                p.nodes
            );
            assert_eq!(p.html, page(target).html);
        }
    }

    #[test]
    fn every_counted_node_is_in_the_parsed_tree() {
        // html5ever builds exactly the elements and text nodes counted (the doctype
        // aside), so the count is what a browser's DOM holds.
        let p = page(2_000);
        let lede_page = lede::page::from_html::parse(&p.html, None);
        // Lede's arena holds the document node too, and may leave out some nodes
        // (comments, whitespace); it must never hold more than the DOM.
        assert!(
            lede_page.len() <= p.nodes + 1,
            "{} > {}",
            lede_page.len(),
            p.nodes + 1
        );
        assert!(lede_page.len() * 10 >= p.nodes * 9);
    }
}
