//! What a page's main region holds beside its content, on pages that are not stories.
//!
//! A product, service or listing page has little prose, so its content root is often
//! widened to the page's main region, which also holds what surrounds the content:
//!
//! - On product pages, the shop around the product: customer reviews, carousels of
//!   other products and the machinery of buying (cart forms, swatches, delivery
//!   notes). The product itself is its name, its price and its description. These are
//!   hidden only on pages detection calls product pages: on an article, a block classed
//!   `review` is the story.
//! - On product, service, forum and listing pages, blocks that repeat an
//!   earlier block word for word: shops and landing pages render their name, price,
//!   slogans and notes two or three times (for phones, for desktops, in a sticky bar, as
//!   the clones of a carousel), and the reader sees one of them.
//! - On forum pages, the furniture of each post: bare counts (votes, likes, the post's
//!   number) and the labels of the forum's software ("Reply", "Posts: 4,032").

use crate::hash::{HashMap, HashMapExt};

use crate::analysis::{Boilerplate, BoilerplateKind as K, PageKind};
use crate::lexicon::boilerplate::{POST_EVENTS, POST_LABELS, PRODUCT_PAGE_FRAGMENTS};
use crate::page::{Attr, NodeId, Page, Tag};

use super::stats::PageStats;
use crate::text::ToLower;

/// A run of product cards has at least this many members.
const MIN_CARDS: usize = 3;

/// A card is a picture, a name and a price: its members average less text than this.
const MAX_CARD_CHARS: u32 = 400;

/// Adds to `found` the blocks inside `root` that sit beside the content of a page of
/// `kind`: on a product page those named so by their class or id and runs of cards
/// that each show a picture and link to another page; on product, service, forum and
/// listing pages, repeats of an earlier block; on forum pages, the
/// counts and labels beside each post. The branch holding the headline
/// (`title`) is never hidden.
pub fn beside_content(
    page: &Page,
    stats: &PageStats,
    root: NodeId,
    title: Option<NodeId>,
    kind: PageKind,
    found: &mut Vec<Boilerplate>,
) {
    let product = kind == PageKind::Product;
    // Stories and documentation repeat their own words on purpose (a pull quote, a
    // table of contents, the same sentence in a summary and a section), and the cards
    // of a collection their swatches and prices.
    let repeats = matches!(
        kind,
        PageKind::Product | PageKind::Service | PageKind::Forum | PageKind::Listing
    );
    if !product && !repeats {
        return;
    }
    let forum = kind == PageKind::Forum;
    let mut hidden: Vec<NodeId> = found.iter().map(|b| b.node).collect();
    crate::order::by_key(&mut hidden, |&n| (u64::from(n), 0));
    let holds_title = |id: NodeId| title.is_some_and(|t| t == id || page.is_inside(t, id));
    // A run of cards holding most of the region is what the page shows (a collection
    // detected as a product, a comparison of the product's versions), not a carousel.
    let max_run_chars = stats.of(root).chars / 2;
    let mut skip_until = root + 1;
    let mut added = Vec::new();
    // The entries of a listing repeat their short labels and prices on purpose; only a
    // longer block said twice (an entry rendered for phones and again for desktops, the
    // same widget in every entry) is a repeat there.
    let mut seen = Seen {
        first: HashMap::new(),
        min_chars: if kind == PageKind::Listing {
            MIN_LISTING_REPEAT_CHARS
        } else {
            MIN_REPEAT_CHARS
        },
    };
    for id in page.descendants(root) {
        if id < skip_until {
            continue;
        }
        let node = page.node(id);
        let Some(tag) = node.tag() else { continue };
        if hidden.binary_search(&id).is_ok() || stats.is_hidden(id) || !tag.holds_readable_text() {
            skip_until = node.end;
            continue;
        }
        if holds_title(id) {
            continue;
        }
        let shop = product
            .then(|| {
                named_kind(page, id).or_else(|| {
                    (stats.of(id).chars <= max_run_chars && card_run(page, stats, id))
                        .then_some(K::Related)
                })
            })
            .flatten();
        let kind = shop
            .or_else(|| (repeats && seen.repeats(page, stats, id)).then_some(K::Other))
            .or_else(|| (forum && is_post_furniture(page, stats, id, tag)).then_some(K::Other));
        if let Some(kind) = kind {
            added.push(Boilerplate {
                kind,
                text_chars: stats.of(id).chars as usize,
                node: id,
            });
            skip_until = node.end;
        }
    }
    if !added.is_empty() {
        found.extend(added);
        crate::order::by_key(found, |b| (u64::from(b.node), 0));
    }
}

/// A block must hold this much text to count as a repeat of an earlier one: shorter
/// ones are labels ("Dimensions", "Features") that recur legitimately.
const MIN_REPEAT_CHARS: u32 = 25;

/// On listings, whose entries repeat their labels and prices, a repeat to hide is at
/// least this long.
const MIN_LISTING_REPEAT_CHARS: u32 = 60;

/// A single paragraph of prose this long is never a repeat to hide.
const REPEATED_PROSE: u32 = 200;

/// Longer blocks are not compared (their text would be read once per level).
const MAX_REPEAT_CHARS: u32 = 2000;

/// The texts of the blocks read so far, to find a block that repeats an earlier one:
/// shops render the name, price and delivery notes twice or three times (for phones,
/// for desktops, in a sticky bar), and the page shows one of them.
struct Seen {
    first: HashMap<String, NodeId>,
    /// The shortest text compared.
    min_chars: u32,
}

impl Seen {
    /// True when `id`'s text is that of an earlier block outside it; otherwise its text
    /// is noted.
    fn repeats(&mut self, page: &Page, stats: &PageStats, id: NodeId) -> bool {
        let chars = stats.of(id).chars;
        // A paragraph of prose said twice is the author's (a pull quote, a refrain).
        let s = stats.of(id);
        if page.node(id).tag() == Some(Tag::P)
            || (s.paragraphs == 1 && s.para_chars >= REPEATED_PROSE)
        {
            return false;
        }
        if !(self.min_chars..=MAX_REPEAT_CHARS).contains(&chars) {
            return false;
        }
        let text = page.text_of(id);
        match self.first.get(&text) {
            // A wrapper and the block it wraps have one text: that is not a repeat.
            // Nor is the same line twice in one box (the two faces of a flip card).
            Some(&earlier) => !page.is_inside(id, earlier),
            None => {
                self.first.insert(text, id);
                false
            }
        }
    }
}

/// A line of a post's furniture is at most this long ("Reply with quote", "Posts: 4,032").
const MAX_POST_LABEL_CHARS: u32 = 40;

/// True when `id` is a line of its own holding a bare count (votes, likes, the post's
/// number) or a label of the forum's software ([`POST_LABELS`]).
fn is_post_furniture(page: &Page, stats: &PageStats, id: NodeId, tag: Tag) -> bool {
    let chars = stats.of(id).chars;
    if chars == 0 || chars > MAX_POST_LABEL_CHARS {
        return false;
    }
    // A word inside a sentence is not a line of its own.
    let alone = tag.is_block()
        || matches!(tag, Tag::Li | Tag::Dd | Tag::Dt | Tag::Td)
        || page
            .node(id)
            .parent
            .is_some_and(|p| stats.of(p).chars == chars);
    if !alone {
        return false;
    }
    let text = page.text_prefix(id, 60, 64).to_lower();
    let text = text.trim();
    is_count(text) || names_post_label(text)
}

/// A number alone: `12`, `#12`, `+3`, `1,204`, `2.3k`.
fn is_count(text: &str) -> bool {
    let text = text.trim_start_matches(['#', '+']);
    let text = text.trim_end_matches(['k', 'm']);
    text.bytes().any(|b| b.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// A label of [`POST_LABELS`] alone, with a colon and a value, or led by a count; or a
/// post's date led by one of [`POST_EVENTS`].
fn names_post_label(text: &str) -> bool {
    let label = |t: &str| POST_LABELS.contains(&t);
    if label(text) {
        return true;
    }
    let dated = text.split_once(' ').is_some_and(|(event, rest)| {
        POST_EVENTS.contains(&event)
            && (rest.bytes().any(|b| b.is_ascii_digit()) || rest.ends_with(" ago"))
    });
    if dated {
        return true;
    }
    if let Some((name, _)) = text.split_once(':') {
        if label(name.trim()) {
            return true;
        }
    }
    text.split_once(' ')
        .is_some_and(|(count, name)| is_count(count) && label(name.trim()))
}

/// The kind a block's class or id names on a product page.
fn named_kind(page: &Page, id: NodeId) -> Option<K> {
    let node = page.node(id);
    [node.attr(Attr::Class), node.attr(Attr::Id)]
        .into_iter()
        .flatten()
        .find_map(kind_from_names)
}

/// Looks each fragment up at the start of a word of a class or id: `product-reviews`
/// and `productReviews` name reviews, `instock` does not name a stock notice.
fn kind_from_names(value: &str) -> Option<K> {
    value.split_whitespace().find_map(|class| {
        let words = class_words(class);
        PRODUCT_PAGE_FRAGMENTS
            .iter()
            .find(|(fragment, _)| {
                words
                    .match_indices(fragment)
                    .any(|(at, _)| at > 0 && words.as_bytes()[at - 1] == b'-')
            })
            .map(|(_, kind)| *kind)
    })
}

/// A class or id as lowercase words joined and led by `-`: `productReviews__list` is
/// `-product-reviews--list`.
fn class_words(class: &str) -> String {
    let mut out = String::with_capacity(class.len() + 4);
    out.push('-');
    let mut previous_lower = false;
    for c in class.chars() {
        if c == '_' || c == '-' {
            out.push('-');
            previous_lower = false;
        } else if c.is_ascii_uppercase() {
            if previous_lower {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            previous_lower = false;
        } else {
            out.push(c);
            previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// True when most of `id`'s children are cards of one shape, each a picture and a link
/// to another page with a little text: a carousel or grid of other products.
fn card_run(page: &Page, stats: &PageStats, id: NodeId) -> bool {
    let children: Vec<NodeId> = page
        .children(id)
        .filter(|&c| page.node(c).tag().is_some() && stats.of(c).chars > 0)
        .collect();
    if children.len() < MIN_CARDS {
        return false;
    }
    // Cards of one carousel share their tag, not always their classes (the visible
    // slide, the first of a row).
    let first = page.node(children[0]).tag();
    let same = children
        .iter()
        .filter(|&&c| page.node(c).tag() == first)
        .count();
    let cards = children
        .iter()
        .filter(|&&c| is_card(page, stats, c))
        .count();
    let total: u32 = children.iter().map(|&c| stats.of(c).chars).sum();
    same * 4 >= children.len() * 3
        && cards * 4 >= children.len() * 3
        && total / children.len() as u32 <= MAX_CARD_CHARS
}

/// A picture and a link away from the page, with some text.
fn is_card(page: &Page, stats: &PageStats, id: NodeId) -> bool {
    let s = stats.of(id);
    if s.chars == 0 || s.chars > MAX_CARD_CHARS * 2 {
        return false;
    }
    let mut image = false;
    let mut link = false;
    for d in std::iter::once(id).chain(page.descendants(id)) {
        let node = page.node(d);
        match node.tag() {
            Some(Tag::Img | Tag::Picture) => image = true,
            Some(Tag::A) => {
                link |= node.attr(Attr::Href).is_some_and(|h| {
                    !h.is_empty() && !h.starts_with('#') && !h.starts_with("javascript:")
                })
            }
            _ => {}
        }
        if image && link {
            return true;
        }
    }
    false
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use super::*;
    use crate::page::from_html::parse;

    #[test]
    fn fragments_are_found_at_the_start_of_a_word() {
        assert_eq!(kind_from_names("product-reviews"), Some(K::Comments));
        assert_eq!(kind_from_names("productReviews__list"), Some(K::Comments));
        assert_eq!(kind_from_names("js add-to-cart"), Some(K::Other));
        assert_eq!(kind_from_names("product-details instock"), None);
        assert_eq!(kind_from_names("preview"), None);
    }

    fn product_page() -> String {
        let card = |name: &str| {
            format!(
                "<li><a href='/p/{name}'><img src='/{name}.jpg'>{name} stoneware mug</a>\
                 <span>$18.00</span></li>"
            )
        };
        let cards: String = ["ash", "moss", "clay", "sand"]
            .iter()
            .map(|n| card(n))
            .collect();
        format!(
            "<body><main><h1>Speckled mug</h1><p class=price>$24.00</p>\
             <p>Thrown by hand from speckled stoneware, glazed inside and out, and fired \
             twice, this mug holds a generous 350 ml of coffee, tea or soup.</p>\
             <p>Dishwasher safe. Each piece differs a little in its glaze and speckles.</p>\
             <div class=product-reviews><p>Lovely mug, the glaze is even nicer than in \
             the pictures, and it keeps my tea warm.</p></div>\
             <h2>You may also like</h2><ul>{cards}</ul>\
             <p class=price>$24.00 Free delivery on orders over $50</p>\
             <div class=sticky-bar>Speckled mug $24.00 Free delivery on orders over $50</div>\
             </main></body>"
        )
    }

    #[test]
    fn a_product_page_keeps_the_product_not_its_reviews_or_other_products() {
        let page = parse(&product_page(), Some("https://shop.example/p/speckled"));
        let text = super::super::extract(&page, None, PageKind::Product).text;
        assert!(text.contains("Thrown by hand"), "{text:?}");
        assert!(text.contains("Dishwasher safe"), "{text:?}");
        assert!(!text.contains("Lovely mug"), "{text:?}");
        assert!(!text.contains("moss stoneware mug"), "{text:?}");
    }

    #[test]
    fn the_same_markup_on_an_article_keeps_its_review_and_cards() {
        let page = parse(&product_page(), Some("https://shop.example/p/speckled"));
        let text = super::super::extract(&page, None, PageKind::Article).text;
        assert!(text.contains("Lovely mug"), "{text:?}");
        assert!(text.contains("moss stoneware mug"), "{text:?}");
    }

    #[test]
    fn counts_and_labels_beside_posts_are_furniture() {
        for line in [
            "12",
            "#3",
            "+4",
            "1,204",
            "2.3k",
            "reply",
            "posts: 4,032",
            "12 replies",
        ] {
            assert!(is_count(line) || names_post_label(line), "{line}");
        }
        for line in [
            "a",
            "reply to this",
            "3 cats",
            "posts about cats: none",
            "v2",
        ] {
            assert!(!is_count(line) && !names_post_label(line), "{line}");
        }
    }

    #[test]
    fn a_thread_loses_its_counters_not_its_posts() {
        let post = |user: &str, text: &str, n: u32| {
            format!(
                "<div class=post><div class=user><a href=/u/{user}>{user}</a>\
                 <dl><dt>Posts:</dt><dd>1,204</dd></dl></div><div class=votes>{n}</div>\
                 <div class=body><p>{text}</p></div><ul class=actions><li>Reply</li>\
                 <li>Quote</li></ul></div>"
            )
        };
        let html = format!(
            "<body><main><h1>Which tent for the Alps?</h1>{}{}{}</main></body>",
            post(
                "ann",
                "I am looking for a light tent for a week in the Alps, ideally under two \
                 kilos, that stands up to wind and rain.",
                7
            ),
            post(
                "bob",
                "Take a tunnel tent with two poles: it stays up in strong wind, and the \
                 lighter ones weigh about a kilo and a half.",
                12
            ),
            post(
                "cy",
                "Agreed, and practise pitching it at home before you go.",
                3
            )
        );
        let page = parse(&html, Some("https://forum.example/t/tents"));
        let text = super::super::extract(&page, None, PageKind::Forum).text;
        assert!(text.contains("tunnel tent"), "{text:?}");
        assert!(text.contains("practise pitching"), "{text:?}");
        for furniture in ["Reply", "Quote", "1,204", "12"] {
            assert!(
                !text.split_whitespace().any(|w| w == furniture),
                "{furniture}: {text:?}"
            );
        }
    }

    #[test]
    fn a_block_repeating_an_earlier_one_is_read_once() {
        let html = "<body><main><h1>Planning, together</h1>\
                    <div class=desktop><p>Plan your launch with your whole team.</p>\
                    <span>Used by forty thousand teams worldwide</span></div>\
                    <div class=mobile><p>Plan your launch with your whole team.</p>\
                    <span>Used by forty thousand teams worldwide</span></div>\
                    <p>Boards, documents and diagrams in one place, shared with \
                    everyone who needs them, and kept in sync as they change.</p>\
                    <p>Start free, no card needed.</p><p>Start free, no card needed.</p>\
                    </main></body>";
        let page = parse(html, Some("https://service.example/"));
        let text = super::super::extract(&page, None, PageKind::Service).text;
        assert_eq!(text.matches("forty thousand teams").count(), 1, "{text:?}");
        assert_eq!(text.matches("Plan your launch").count(), 1, "{text:?}");
        assert!(text.contains("Boards, documents"), "{text:?}");
        // A paragraph said twice is the author's: it stays twice.
        assert_eq!(text.matches("Start free").count(), 2, "{text:?}");
    }
}
