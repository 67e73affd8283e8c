//! The vocabulary of page furniture: class/id words, ARIA roles and phrases that mark
//! a block as something other than the story.
//!
//! Sources: the class and id names of the major CMS themes (WordPress core and its
//! common news themes, Drupal, Ghost, Arc, Medium-style blogs), the WAI-ARIA landmark
//! roles, and the "read also" formulas of English, French, German, Spanish, Italian and
//! Portuguese news sites.

use crate::analysis::BoilerplateKind as K;

/// Class/id fragments matched anywhere inside a class or id token run (`"comment"` also
/// matches `comment-respond`). Checked in order: the first match decides the kind, so
/// more specific fragments come first.
pub const CLASS_FRAGMENTS: &[(&str, K)] = &[
    ("breadcrumb", K::Breadcrumb),
    ("crumbs", K::Breadcrumb),
    ("cookie", K::Cookie),
    ("consent", K::Cookie),
    ("gdpr", K::Cookie),
    // Consent managers' own prefixes.
    ("onetrust", K::Cookie),
    ("fides-", K::Cookie),
    ("didomi", K::Cookie),
    ("usercentrics", K::Cookie),
    ("truste-", K::Cookie),
    ("commentform", K::CommentForm),
    ("comment-form", K::CommentForm),
    ("comment-respond", K::CommentForm),
    ("reply-title", K::CommentForm),
    ("comment", K::Comments),
    ("kommentar", K::Comments),
    ("comentario", K::Comments),
    ("disqus", K::Comments),
    ("newsletter", K::Subscribe),
    ("subscribe", K::Subscribe),
    ("subscription", K::Subscribe),
    ("signup", K::Subscribe),
    ("paywall", K::Subscribe),
    ("advert", K::Ad),
    ("werbung", K::Ad),
    ("anzeige", K::Ad),
    ("publicidad", K::Ad),
    ("adsbygoogle", K::Ad),
    ("adslot", K::Ad),
    ("sponsor", K::Ad),
    ("dfp-", K::Ad),
    ("author-box", K::AuthorBox),
    ("authorbox", K::AuthorBox),
    ("author-bio", K::AuthorBox),
    ("about-author", K::AuthorBox),
    ("about-the-author", K::AuthorBox),
    ("related", K::Related),
    ("relacionad", K::Related),
    ("meistgelesen", K::Related),
    ("more-from", K::Related),
    ("recommend", K::Related),
    ("most-read", K::Related),
    ("most-popular", K::Related),
    ("trending", K::Related),
    ("next-prev", K::Nav),
    ("prev-next", K::Nav),
    ("post-navigation", K::Nav),
    ("pagination", K::Nav),
    ("share", K::Share),
    ("teilen", K::Share),
    ("partage", K::Share),
    ("compartir", K::Share),
    ("sharing", K::Share),
    ("social", K::Share),
    ("sidebar", K::Widget),
    ("widget", K::Widget),
    ("navbar", K::Nav),
    ("navigation", K::Nav),
    ("menu", K::Nav),
    ("masthead", K::Header),
    ("site-header", K::Header),
    ("top-bar", K::Header),
    ("topbar", K::Header),
    ("site-footer", K::Footer),
    ("footer", K::Footer),
    ("fusszeile", K::Footer),
    ("kopfzeile", K::Header),
    ("reading-time", K::Other),
];

/// Class/id tokens (split on `-`, `_` and spaces) that must match whole, because as
/// fragments they would hit ordinary words (`ad` inside `header`, `nav` inside
/// `canvas`).
pub const CLASS_TOKENS: &[(&str, K)] = &[
    ("ad", K::Ad),
    ("ads", K::Ad),
    ("promo", K::Ad),
    ("pub", K::Ad),
    ("nav", K::Nav),
    ("tags", K::Tags),
    ("tag", K::Tags),
    ("tagcloud", K::Tags),
    ("keywords", K::Tags),
];

/// Whole class or id words of a layer laid over the page: dialogs, pop-ups, consent
/// and sign-up overlays (`modal-dialog`, `popup-pin`, `fides-overlay`).
pub const OVERLAY_WORDS: &[&str] = &["modal", "popup", "overlay", "lightbox"];

/// Words that, before a furniture word inside one class, say the class describes the
/// page's state rather than naming a block (`has-sidebar`, `no-comments`,
/// `with-share-bar`).
pub const LAYOUT_STATE_WORDS: &[&str] = &["has", "no", "with", "without"];

/// Layout words (grid systems, wrappers, page regions). Before `sidebar` or `widget`
/// inside one class they name a layout that has a side rail (`c-layout-sidebar-left`,
/// `content-sidebar-wrap`), whose main column is inside it, not the rail itself.
pub const LAYOUT_WORDS: &[&str] = &[
    "layout",
    "grid",
    "col",
    "cols",
    "column",
    "columns",
    "row",
    "wrap",
    "wrapper",
    "container",
    "content",
    "main",
    "page",
];

/// ARIA landmark roles that are not the story.
pub const ROLES: &[(&str, K)] = &[
    ("navigation", K::Nav),
    ("banner", K::Header),
    ("contentinfo", K::Footer),
    ("complementary", K::Widget),
    ("search", K::Nav),
];

/// Class/id fragments that mark the story itself; they raise a block's content score.
pub const CONTENT_FRAGMENTS: &[&str] = &[
    "article",
    "story",
    "entry",
    "post-content",
    "post-body",
    "content",
    "body",
    "text",
    "main",
    "artikel",
    "contenu",
    "cuerpo",
];

/// How an inline link to another story starts, lowercase, in the languages Lede
/// supports. A paragraph that opens with one of these and is mostly link text is a
/// "read also" block, not part of the story.
pub const READ_ALSO_PHRASES: &[&str] = &[
    "read also",
    "also read",
    "read more",
    "see also",
    "related:",
    "related stories",
    "more on this",
    "recommended:",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "lesen sie auch",
    "lesen sie mehr",
    "mehr zum thema",
    "auch interessant",
    "lee también",
    "lea también",
    "leer más",
    "te puede interesar",
    "ver también",
    "leggi anche",
    "leia também",
    "leia mais",
];

/// Fragments of link targets that sign people up (newsletters, memberships). A short
/// box inside the story that links to one is a call to subscribe, not the story.
pub const SIGNUP_LINK_FRAGMENTS: &[&str] = &[
    "signup",
    "sign-up",
    "subscribe",
    "subscription",
    "newsletter",
    "membership",
    "/portal/",
    "abonnement",
    "abonnieren",
    "abonnez",
    "suscrib",
    "hazte-socio",
];

/// Phrases that, on their own in a short block, announce boilerplate (ad labels).
pub const AD_LABELS: &[&str] = &[
    "advertisement",
    "- advertisement -",
    "sponsored",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
];

/// Class/id words that, on a product page only, name a block beside the product:
/// customer reviews and the widgets that show them, carousels of other products and
/// the machinery of buying. Matched at the start of a word of
/// a class or id (`product-reviews`, `productReviews`, `add-to-cart`). Sources: the
/// class names of Shopify's, WooCommerce's, Magento's and BigCommerce's default themes
/// and of the common review widgets (Yotpo, Okendo, Judge.me, Bazaarvoice).
pub const PRODUCT_PAGE_FRAGMENTS: &[(&str, K)] = &[
    ("review", K::Comments),
    ("rating", K::Comments),
    ("yotpo", K::Comments),
    ("okendo", K::Comments),
    ("jdgm", K::Comments),
    ("bazaarvoice", K::Comments),
    ("upsell", K::Related),
    ("cross-sell", K::Related),
    ("crosssell", K::Related),
    ("recently-viewed", K::Related),
    ("recentlyviewed", K::Related),
    ("similar", K::Related),
    ("carousel", K::Related),
    ("cart", K::Other),
    ("wishlist", K::Other),
    ("swatch", K::Other),
    ("shipping", K::Other),
    ("delivery", K::Other),
];

/// How a forum or a question-and-answer site dates a post, lowercase, before the date:
/// "asked Jun 29, 2012 at 10:51", "edited 3 hours ago".
pub const POST_EVENTS: &[&str] = &["asked", "answered", "edited", "modified", "posted"];

/// The labels a forum's software sets beside each post, lowercase: its buttons, its
/// user statistics and its counters (phpBB, vBulletin, XenForo, Discourse, Invision,
/// Stack Exchange). A short line that is one of them, or one of them followed by a
/// colon and a value ("Posts: 4,032") or led by a count ("12 replies"), is the post's
/// furniture on a thread, not its text.
pub const POST_LABELS: &[&str] = &[
    "reply",
    "replies",
    "quote",
    "reply with quote",
    "multi-quote",
    "click to expand...",
    "report",
    "share",
    "like",
    "likes",
    "likes received",
    "online",
    "offline",
    "top",
    "permalink",
    "posts",
    "messages",
    "joined",
    "join date",
    "location",
    "reaction score",
    "trophy points",
    "points",
    "views",
];
