//! Extraction: which block is the story, and what around and inside it is boilerplate.
//!
//! One bottom-up pass measures every element (`stats`), a Readability-style score
//! picks the content root (`score`), a run of same-shaped siblings replaces it on
//! listings, grids and threads (`repeat`), a sweep from the root outwards labels the
//! blocks around it and inside it (`classify`), and one walk of the root renders the
//! plain text and the sanitised HTML (`render`).

mod classify;
mod region;
mod render;
mod repeat;
mod score;
mod stats;

pub use stats::Stats;

use crate::analysis::{Boilerplate, PageKind};
use crate::page::{NodeId, Page, Tag};

/// What extraction found.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// The element holding the story, if any.
    pub root: Option<NodeId>,
    /// Blocks to hide, in document order.
    pub boilerplate: Vec<Boilerplate>,
    /// The story as plain text, paragraphs separated by a blank line.
    pub text: String,
    /// The story as sanitised HTML.
    pub html: String,
    /// Measurements of the root (zero when there is none).
    pub root_stats: Stats,
    /// Measurements of `<body>` (zero when there is none).
    pub body_stats: Stats,
    /// Number of paragraphs in `text`.
    pub paragraphs: usize,
}

/// A standfirst must be this long to count as part of the story.
const MIN_STANDFIRST_CHARS: u32 = 60;

/// A captioned image is a short text around a picture.
const MAX_CAPTION_CHARS: u32 = 400;

/// The parts of the story in document order: the content root, plus what the article's
/// header and footer hold that belongs to the story (the lead image with its caption, the
/// standfirst), which sit outside the root on most sites.
fn pieces(
    page: &Page,
    stats: &stats::PageStats,
    root: NodeId,
    container: NodeId,
    title_node: Option<NodeId>,
    boilerplate: &[Boilerplate],
) -> Vec<NodeId> {
    let mut hidden: Vec<NodeId> = boilerplate.iter().map(|b| b.node).collect();
    crate::order::by_key(&mut hidden, |&n| (u64::from(n), 0));
    let mut pieces = Vec::new();
    let mut skip_until = 0;
    // The container itself comes first: when it is the root, the root is the story.
    for id in std::iter::once(container).chain(page.descendants(container)) {
        if id < skip_until {
            continue;
        }
        let node = page.node(id);
        let Some(tag) = node.tag() else { continue };
        let s = stats.of(id);
        let skip =
            Some(id) == title_node || hidden.binary_search(&id).is_ok() || stats.is_hidden(id);
        let take = id == root
            || (!skip && is_captioned_image(page, id, tag, s.chars))
            || (!skip
                && tag == Tag::P
                && s.chars >= MIN_STANDFIRST_CHARS
                && s.link_density() < 0.3);
        if take {
            pieces.push(id);
        }
        if take || skip {
            skip_until = node.end;
        }
    }
    pieces
}

fn is_captioned_image(page: &Page, id: NodeId, tag: Tag, chars: u32) -> bool {
    let has_image = || {
        page.descendants(id)
            .any(|d| matches!(page.node(d).tag(), Some(Tag::Img | Tag::Picture)))
    };
    match tag {
        Tag::Figure | Tag::Picture | Tag::Img => true,
        Tag::Div | Tag::Section => chars <= MAX_CAPTION_CHARS && has_image(),
        _ => false,
    }
}

/// Finds the story on `page`. `title_node` is the heading that shows the headline,
/// when metadata found one: the branch holding it is the article's header, not clutter.
/// `kind` is what detection says the page is: on a product page the blocks beside the
/// product (reviews, carousels of other products) are hidden too; on product, service,
/// forum and listing pages, blocks repeating an earlier one; on a forum, the counts and
/// labels beside each post; on an article, a comment thread is never the story.
pub fn extract(page: &Page, title_node: Option<NodeId>, kind: PageKind) -> Extraction {
    let stats = stats::measure(page);
    let body_stats = page
        .first_with_tag(Tag::Body)
        .map(|body| stats.of(body))
        .unwrap_or_default();
    let furniture = score::furniture(page, &stats);
    let Some(root) = score::content_root(page, &stats, &furniture) else {
        return Extraction {
            body_stats,
            ..Extraction::default()
        };
    };
    // A collection page that also carries a long text of its own (a buying guide, its
    // questions and answers) is read as that text: its grid of products is the shop.
    let prose_stands =
        kind == PageKind::Collection && stats.of(root).para_chars >= score::COLLECTION_PROSE_CHARS;
    // A service page is many short sections (a pitch, its features, its offers, its
    // customers' words): its main region is read unless one block holds most of it.
    let wide = match kind {
        _ if prose_stands => root,
        PageKind::Service => {
            score::widen_below(page, &stats, root, score::SERVICE_WIDEN_BELOW_SHARE)
        }
        _ => score::widen(page, &stats, root),
    };
    // A run beside the pick replaces it only when the pick stands alone; on a page of
    // many short sections the whole region is read, run included.
    let run = repeat::listing_root(page, &stats, &furniture, root)
        .filter(|&run| !prose_stands && (wide == root || page.is_inside(root, run)));
    let root = run.unwrap_or(wide);
    // A short post whose replies outweigh it is a thread: the replies are read too,
    // unless detection calls the page an article, whose comments are not its story.
    let thread = repeat::thread_root(page, &stats, root).filter(|_| kind != PageKind::Article);
    let root = thread.unwrap_or(root);
    let container = classify::article_container(page, root, title_node);
    let mut boilerplate = classify::boilerplate(
        page,
        &stats,
        root,
        container,
        title_node,
        run.is_some(),
        run.is_some() || thread.is_some(),
    );
    region::beside_content(page, &stats, root, title_node, kind, &mut boilerplate);
    let pieces = pieces(page, &stats, root, container, title_node, &boilerplate);
    let rendered = render::render(page, &stats, &pieces, &boilerplate, page.url());
    Extraction {
        root: Some(root),
        root_stats: stats.of(root),
        body_stats,
        paragraphs: rendered.paragraphs,
        text: rendered.text,
        html: rendered.html,
        boilerplate,
    }
}

impl Extraction {
    /// When the story came out empty, the page's description (the metadata's
    /// `excerpt`) in its place: the shell of an application that scripts fill in, saved
    /// before they ran, says no more than that.
    pub fn or_excerpt(mut self, excerpt: Option<&str>) -> Self {
        if self.text.is_empty() {
            if let Some(text) = excerpt.filter(|e| !e.is_empty()) {
                let text = text.to_string();
                self.paragraphs = 1;
                self.html = render::paragraph_html(&text);
                self.text = text;
            }
        }
        self
    }
}

/// A readable account of the extraction, for developers: the content root, the story's
/// pieces and every hidden block with its kind, each named by tag, id and class.
pub fn explain(page: &Page, title_node: Option<NodeId>) -> String {
    use std::fmt::Write;
    let kind = crate::detect::detect(page).kind;
    let extraction = extract(page, title_node, kind);
    let label = |id: NodeId| {
        let node = page.node(id);
        let mut out = node.tag().map_or("text", Tag::name).to_string();
        if let Some(v) = node.attr(crate::page::Attr::Id) {
            let _ = write!(out, "#{v}");
        }
        if let Some(v) = node.attr(crate::page::Attr::Class) {
            let _ = write!(
                out,
                ".{}",
                v.split_whitespace().collect::<Vec<_>>().join(".")
            );
        }
        out
    };
    let snippet = |id: NodeId| page.text_of(id).chars().take(70).collect::<String>();
    let mut out = String::new();
    let _ = writeln!(out, "page kind: {kind:?}");
    match extraction.root {
        Some(root) => {
            let path: Vec<String> = page
                .ancestors(root)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .skip(1)
                .map(label)
                .collect();
            let _ = writeln!(out, "root: {} > {}", path.join(" > "), label(root));
            let _ = writeln!(out, "  {:?}", extraction.root_stats);
        }
        None => out.push_str("root: none (no block of prose found)\n"),
    }
    let _ = writeln!(
        out,
        "title heading: {}",
        title_node.map(label).unwrap_or_else(|| "none".into())
    );
    for b in &extraction.boilerplate {
        let _ = writeln!(
            out,
            "hidden {:?}: {} ({} chars) {}",
            b.kind,
            label(b.node),
            b.text_chars,
            snippet(b.node)
        );
    }
    out
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use super::*;
    use crate::page::from_html::parse;

    #[test]
    fn a_story_with_an_image_inside_keeps_its_text() {
        // Readability's "base-url" page: no headline heading, an <article> holding
        // images and paragraphs. The images once displaced the story itself.
        let html = "<body><article><p><img src='/a.png'>It is a long paragraph about the \
                    weather, with commas, and enough words to count as prose.</p><p>Another \
                    paragraph follows, again long enough to be read as a paragraph of text.</p>\
                    </article></body>";
        let page = parse(html, Some("https://example.com/story"));
        let extraction = extract(&page, None, PageKind::Article);
        assert!(
            extraction.text.contains("It is a long paragraph"),
            "{:?}",
            extraction.text
        );
        assert!(extraction.text.contains("Another paragraph follows"));
        assert!(extraction
            .html
            .contains("src=\"https://example.com/a.png\""));
    }

    #[test]
    fn a_page_saved_before_its_scripts_ran_reads_as_its_description() {
        let html = "<head><meta name=description content='Ignored when og:description is \
                    there.'><meta property='og:description' content='How far do your \
                    boards go?\n  Riders compare their range.'></head><body>\
                    <div id=app></div><script>start()</script></body>";
        let page = parse(html, Some("https://forum.example/t/range"));
        let excerpt = crate::meta::read(&page).metadata.excerpt;
        let extraction = extract(&page, None, PageKind::Forum).or_excerpt(excerpt.as_deref());
        assert_eq!(
            extraction.text,
            "How far do your boards go? Riders compare their range."
        );
        assert_eq!(extraction.paragraphs, 1);
        assert!(
            extraction.html.starts_with("<p>How far"),
            "{}",
            extraction.html
        );
        // A page with a story keeps it.
        let html = "<head><meta name=description content='A summary.'></head><body><p>The \
                    story itself, long enough to be read as a paragraph of its own.</p></body>";
        let page = parse(html, None);
        let excerpt = crate::meta::read(&page).metadata.excerpt;
        let text = extract(&page, None, PageKind::Article)
            .or_excerpt(excerpt.as_deref())
            .text;
        assert!(text.starts_with("The story itself"), "{text:?}");
    }

    #[test]
    fn a_grid_of_cards_is_read_whole_not_its_one_wordy_card() {
        let card = |name: &str, blurb: &str| {
            format!(
                "<li class='card card--{name}'><a href='/p/{name}'>{name} ceramic pot with \
                 drainage hole</a><span class=price>$12.00</span>{blurb}</li>"
            )
        };
        let mut cards = String::new();
        for name in ["alpha", "beta", "gamma", "delta", "epsilon"] {
            cards.push_str(&card(name, ""));
        }
        cards.push_str(&card(
            "zeta",
            "<p>Glazed by hand in small batches, each pot differs a little, which makes \
             every one of them unique.</p>",
        ));
        let html = format!(
            "<body><nav class=menu><a href=/>Home</a><a href=/pots>Pots</a></nav>\
             <main><h1>Pots</h1><ul class=grid>{cards}</ul></main>\
             <footer>© Shop</footer></body>"
        );
        let page = parse(&html, Some("https://shop.example/pots"));
        let text = extract(&page, None, PageKind::Article).text;
        for name in ["alpha", "delta", "zeta"] {
            assert!(
                text.contains(&format!("{name} ceramic pot")),
                "{name}: {text:?}"
            );
        }
        assert!(!text.contains("© Shop"), "{text:?}");
    }
}
