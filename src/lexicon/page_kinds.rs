//! The vocabulary detection reads to tell page kinds apart: words in class and id
//! names, words in URL paths, schema.org types, and currency marks.
//!
//! Sources: schema.org's type hierarchy (CreativeWork, Product, ItemList,
//! DiscussionForumPosting, TechArticle, ...), the class names of the common CMS and
//! shop themes (WordPress, Shopify, WooCommerce, Magento), forum engines (Discourse,
//! phpBB, vBulletin, XenForo, MyBB) and documentation generators (Sphinx, MkDocs,
//! Docusaurus, rustdoc, highlight.js, Pygments), and the URL layouts those same engines
//! generate. No entry names a site: each is a convention shared by many.

/// A group of class/id words; one element counts once per group it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassGroup {
    /// Shops: prices, carts, product tiles.
    Commerce,
    /// Discussion: posts, replies, votes, user cards.
    Discussion,
    /// Reader comments under a story.
    Comments,
    /// Documentation: tables of contents, highlighted code, admonitions.
    Docs,
    /// Teaser cards of a listing or grid.
    Teaser,
    /// The parts of a single story: byline, dateline, story body.
    Story,
    /// Marketing pages: hero banners, calls to action, pricing plans, testimonials.
    Marketing,
    /// Links and elements styled as buttons.
    Button,
    /// Share buttons and bars, which stories carry and other pages rarely do.
    Share,
    /// Authors' names and boxes (one on a story, one per post on a forum).
    Author,
    /// Boxes of related and recommended stories.
    Related,
}

/// Number of [`ClassGroup`]s (at most 16: detection keeps them as bits of a `u16`).
pub const CLASS_GROUPS: usize = 11;

/// Whole words of class and id names (split at `-`, `_`, digits and camel-case humps,
/// compared lowercase) and the group each announces; sorted, so duplicates show.
pub const CLASS_WORDS: &[(&str, ClassGroup)] = &[
    ("admonition", ClassGroup::Docs),
    ("answer", ClassGroup::Discussion),
    ("answers", ClassGroup::Discussion),
    ("api", ClassGroup::Docs),
    ("article", ClassGroup::Story),
    ("author", ClassGroup::Author),
    ("authors", ClassGroup::Author),
    ("avatar", ClassGroup::Discussion),
    ("basket", ClassGroup::Commerce),
    ("benefits", ClassGroup::Marketing),
    ("blog", ClassGroup::Story),
    ("btn", ClassGroup::Button),
    ("button", ClassGroup::Button),
    ("buttons", ClassGroup::Button),
    ("byline", ClassGroup::Story),
    ("card", ClassGroup::Teaser),
    ("cards", ClassGroup::Teaser),
    ("cart", ClassGroup::Commerce),
    ("checkout", ClassGroup::Commerce),
    ("clients", ClassGroup::Marketing),
    ("codehilite", ClassGroup::Docs),
    ("comment", ClassGroup::Comments),
    ("commentlist", ClassGroup::Comments),
    ("comments", ClassGroup::Comments),
    ("cta", ClassGroup::Marketing),
    ("dateline", ClassGroup::Story),
    ("demo", ClassGroup::Marketing),
    ("discussion", ClassGroup::Discussion),
    ("docs", ClassGroup::Docs),
    ("docstring", ClassGroup::Docs),
    ("documentation", ClassGroup::Docs),
    ("entry", ClassGroup::Story),
    ("feature", ClassGroup::Marketing),
    ("features", ClassGroup::Marketing),
    ("feed", ClassGroup::Teaser),
    ("forum", ClassGroup::Discussion),
    ("forums", ClassGroup::Discussion),
    ("headline", ClassGroup::Story),
    ("hero", ClassGroup::Marketing),
    ("highlight", ClassGroup::Docs),
    ("hljs", ClassGroup::Docs),
    ("logos", ClassGroup::Marketing),
    ("message", ClassGroup::Discussion),
    ("messages", ClassGroup::Discussion),
    ("plan", ClassGroup::Marketing),
    ("plans", ClassGroup::Marketing),
    ("postbit", ClassGroup::Discussion),
    ("price", ClassGroup::Commerce),
    ("prices", ClassGroup::Commerce),
    ("pricing", ClassGroup::Marketing),
    ("product", ClassGroup::Commerce),
    ("products", ClassGroup::Commerce),
    ("promo", ClassGroup::Teaser),
    ("prose", ClassGroup::Story),
    ("qty", ClassGroup::Commerce),
    ("quantity", ClassGroup::Commerce),
    ("rating", ClassGroup::Commerce),
    ("recirculation", ClassGroup::Related),
    ("recommended", ClassGroup::Related),
    ("related", ClassGroup::Related),
    ("replies", ClassGroup::Discussion),
    ("reply", ClassGroup::Discussion),
    ("share", ClassGroup::Share),
    ("sharer", ClassGroup::Share),
    ("sharing", ClassGroup::Share),
    ("sku", ClassGroup::Commerce),
    ("sourcecode", ClassGroup::Docs),
    ("standfirst", ClassGroup::Story),
    ("stars", ClassGroup::Commerce),
    ("story", ClassGroup::Story),
    ("swatch", ClassGroup::Commerce),
    ("swatches", ClassGroup::Commerce),
    ("syntax", ClassGroup::Docs),
    ("teaser", ClassGroup::Teaser),
    ("teasers", ClassGroup::Teaser),
    ("testimonial", ClassGroup::Marketing),
    ("testimonials", ClassGroup::Marketing),
    ("thread", ClassGroup::Discussion),
    ("threads", ClassGroup::Discussion),
    ("tile", ClassGroup::Teaser),
    ("tiles", ClassGroup::Teaser),
    ("toc", ClassGroup::Docs),
    ("toctree", ClassGroup::Docs),
    ("topic", ClassGroup::Discussion),
    ("topics", ClassGroup::Discussion),
    ("trial", ClassGroup::Marketing),
    ("upvote", ClassGroup::Discussion),
    ("userinfo", ClassGroup::Discussion),
    ("username", ClassGroup::Discussion),
    ("variant", ClassGroup::Commerce),
    ("variants", ClassGroup::Commerce),
    ("vote", ClassGroup::Discussion),
    ("votes", ClassGroup::Discussion),
    ("wishlist", ClassGroup::Commerce),
];

/// A group of schema.org types (JSON-LD `@type`, microdata `itemtype`, `og:type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemaGroup {
    /// A single story or post.
    Story,
    /// A product or its offer.
    Product,
    /// A list of things: item lists, collection and search pages.
    List,
    /// Discussion: forum posts, questions and answers, comments.
    Discussion,
    /// Technical writing and software.
    Technical,
    /// An organisation, a service or an application offered.
    Offering,
}

/// Number of [`SchemaGroup`]s.
pub const SCHEMA_GROUPS: usize = 6;

/// schema.org type names and their group. Types every kind of page carries (`WebPage`,
/// `WebSite`, `BreadcrumbList`, `Organization` as a publisher) are left out.
pub const SCHEMA_TYPES: &[(&str, SchemaGroup)] = &[
    ("Article", SchemaGroup::Story),
    ("NewsArticle", SchemaGroup::Story),
    ("ReportageNewsArticle", SchemaGroup::Story),
    ("AnalysisNewsArticle", SchemaGroup::Story),
    ("OpinionNewsArticle", SchemaGroup::Story),
    ("BackgroundNewsArticle", SchemaGroup::Story),
    ("ReviewNewsArticle", SchemaGroup::Story),
    ("BlogPosting", SchemaGroup::Story),
    ("LiveBlogPosting", SchemaGroup::Story),
    ("Report", SchemaGroup::Story),
    ("ScholarlyArticle", SchemaGroup::Story),
    ("Recipe", SchemaGroup::Story),
    ("HowTo", SchemaGroup::Story),
    ("Product", SchemaGroup::Product),
    ("ProductGroup", SchemaGroup::Product),
    ("Offer", SchemaGroup::Product),
    ("AggregateOffer", SchemaGroup::Product),
    ("IndividualProduct", SchemaGroup::Product),
    ("Vehicle", SchemaGroup::Product),
    ("ItemList", SchemaGroup::List),
    ("CollectionPage", SchemaGroup::List),
    ("SearchResultsPage", SchemaGroup::List),
    ("OfferCatalog", SchemaGroup::List),
    ("DiscussionForumPosting", SchemaGroup::Discussion),
    ("SocialMediaPosting", SchemaGroup::Discussion),
    ("QAPage", SchemaGroup::Discussion),
    ("Question", SchemaGroup::Discussion),
    ("Answer", SchemaGroup::Discussion),
    ("Comment", SchemaGroup::Discussion),
    ("UserComments", SchemaGroup::Discussion),
    ("TechArticle", SchemaGroup::Technical),
    ("APIReference", SchemaGroup::Technical),
    ("SoftwareSourceCode", SchemaGroup::Technical),
    ("Service", SchemaGroup::Offering),
    ("ProfessionalService", SchemaGroup::Offering),
    ("SoftwareApplication", SchemaGroup::Offering),
    ("WebApplication", SchemaGroup::Offering),
    ("LocalBusiness", SchemaGroup::Offering),
    ("FAQPage", SchemaGroup::Offering),
    ("ContactPage", SchemaGroup::Offering),
    ("AboutPage", SchemaGroup::Offering),
    ("Course", SchemaGroup::Offering),
    ("EducationalOrganization", SchemaGroup::Offering),
];

/// `og:type` values and their group (`website` says nothing and is left out).
pub const OG_TYPES: &[(&str, SchemaGroup)] = &[
    ("article", SchemaGroup::Story),
    ("blog", SchemaGroup::Story),
    ("product", SchemaGroup::Product),
    ("product.item", SchemaGroup::Product),
    ("product.group", SchemaGroup::Product),
    ("og:product", SchemaGroup::Product),
];

/// What a word of the URL path suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathGroup {
    /// One product: `/product/`, `/item/`, `/dp/`. (Not `/p/`: blogs and newsletters
    /// put their posts there as often as shops their items.)
    Product,
    /// A shop's category: `/collections/`, `/category/`, `/c/`, `/shop/`.
    Collection,
    /// Documentation: `/docs/`, `/reference/`, `/api/`, `/manual/`.
    Docs,
    /// Discussion: `/forum/`, `/t/`, `/topic/`, `/thread/`, `/questions/`.
    Discussion,
    /// Stories: `/news/`, `/blog/`, `/article/`, `/story/`.
    Story,
    /// Service pages: `/services/`, `/pricing/`, `/solutions/`, `/login`, `/contact`.
    Service,
}

/// Number of [`PathGroup`]s.
pub const PATH_GROUPS: usize = 6;

/// Whole path segments (between `/`, lowercase, extension removed) and their group.
/// Short segments such as `p` or `t` count only as a whole segment, never as a word.
pub const PATH_SEGMENTS: &[(&str, PathGroup)] = &[
    ("product", PathGroup::Product),
    ("products", PathGroup::Product),
    ("dp", PathGroup::Product),
    ("item", PathGroup::Product),
    ("itm", PathGroup::Product),
    ("collections", PathGroup::Collection),
    ("collection", PathGroup::Collection),
    ("category", PathGroup::Collection),
    ("categories", PathGroup::Collection),
    ("c", PathGroup::Collection),
    ("cp", PathGroup::Collection),
    ("shop", PathGroup::Collection),
    ("catalog", PathGroup::Collection),
    ("browse", PathGroup::Collection),
    ("docs", PathGroup::Docs),
    ("doc", PathGroup::Docs),
    ("documentation", PathGroup::Docs),
    ("reference", PathGroup::Docs),
    ("api", PathGroup::Docs),
    ("manual", PathGroup::Docs),
    ("guide", PathGroup::Docs),
    ("guides", PathGroup::Docs),
    ("tutorial", PathGroup::Docs),
    ("library", PathGroup::Docs),
    ("wiki", PathGroup::Docs),
    ("support", PathGroup::Docs),
    ("forum", PathGroup::Discussion),
    ("forums", PathGroup::Discussion),
    ("community", PathGroup::Discussion),
    ("t", PathGroup::Discussion),
    ("topic", PathGroup::Discussion),
    ("thread", PathGroup::Discussion),
    ("threads", PathGroup::Discussion),
    ("questions", PathGroup::Discussion),
    ("discussion", PathGroup::Discussion),
    ("discussions", PathGroup::Discussion),
    ("comments", PathGroup::Discussion),
    ("viewtopic", PathGroup::Discussion),
    ("showthread", PathGroup::Discussion),
    ("news", PathGroup::Story),
    ("blog", PathGroup::Story),
    ("blogs", PathGroup::Story),
    ("article", PathGroup::Story),
    ("articles", PathGroup::Story),
    ("story", PathGroup::Story),
    ("post", PathGroup::Story),
    ("posts", PathGroup::Story),
    ("stories", PathGroup::Story),
    ("insights", PathGroup::Story),
    ("services", PathGroup::Service),
    ("service", PathGroup::Service),
    ("solutions", PathGroup::Service),
    ("pricing", PathGroup::Service),
    ("plans", PathGroup::Service),
    ("login", PathGroup::Service),
    ("signin", PathGroup::Service),
    ("signup", PathGroup::Service),
    ("register", PathGroup::Service),
    ("account", PathGroup::Service),
    ("contact", PathGroup::Service),
    ("about", PathGroup::Service),
    ("search", PathGroup::Service),
    ("cart", PathGroup::Service),
    ("checkout", PathGroup::Service),
];

/// Calls to action: how a link or button of a landing page opens ("Get started",
/// "Request a quote", "Book a demo"). Stories link to other stories instead.
/// Lowercase; matched at the start of a short link or button text, to a word's end.
#[rustfmt::skip]
pub const CALLS_TO_ACTION: &[&str] = &[
    "apply now", "book a", "book now", "book online", "book your", "buy now",
    "call now", "call us", "contact us", "enroll", "enrol", "free consultation",
    "free quote", "get a quote", "get a demo", "get in touch", "get quote", "get started",
    "get your", "join now", "order now", "request a", "request info", "schedule",
    "shop now", "sign up", "start free", "start now", "start your", "talk to",
    "try for free", "try it", "start a free",
];

/// Currency signs that mark a price when a digit stands next to them.
pub const CURRENCY_SIGNS: &[char] = &[
    '$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₴', '₪', '₫', '₱', '฿', '¢',
];

/// ISO 4217 codes that sites print beside amounts instead of a sign.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "INR", "SEK", "NOK", "DKK", "PLN", "CZK",
    "BRL", "MXN", "CNY", "RUB",
];
