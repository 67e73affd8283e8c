//! Element tags as a closed enum, so stages match on `Tag::P` instead of strings.

macro_rules! tags {
    ($($variant:ident => $name:literal,)*) => {
        /// An HTML element's tag; tags Lede has no rule for are `Other`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Tag {
            $($variant,)*
            Other,
        }

        impl Tag {
            /// The tag for a lowercase element name.
            pub fn from_name(name: &str) -> Tag {
                match name {
                    $($name => Tag::$variant,)*
                    _ => Tag::Other,
                }
            }

            /// The lowercase element name (`"other"` for unknown tags).
            pub fn name(self) -> &'static str {
                match self {
                    $(Tag::$variant => $name,)*
                    Tag::Other => "other",
                }
            }
        }
    };
}

tags! {
    A => "a", Abbr => "abbr", Address => "address", Article => "article", Aside => "aside",
    Audio => "audio", B => "b", Blockquote => "blockquote", Body => "body", Br => "br",
    Button => "button", Canvas => "canvas", Caption => "caption", Cite => "cite",
    Code => "code", Dd => "dd", Del => "del", Details => "details", Dialog => "dialog",
    Div => "div", Dl => "dl", Dt => "dt", Em => "em", Embed => "embed",
    Fieldset => "fieldset", Font => "font", Figcaption => "figcaption", Figure => "figure",
    Footer => "footer", Form => "form", Frame => "frame", Frameset => "frameset",
    H1 => "h1", H2 => "h2", H3 => "h3", H4 => "h4", H5 => "h5", H6 => "h6",
    Head => "head", Header => "header", Hr => "hr", Html => "html", I => "i",
    Iframe => "iframe", Img => "img", Input => "input", Ins => "ins", Kbd => "kbd",
    Label => "label", Legend => "legend", Li => "li", Link => "link", Main => "main",
    Mark => "mark", Math => "math", Menu => "menu", Meta => "meta", Nav => "nav",
    Noscript => "noscript", Object => "object", Ol => "ol", Option => "option",
    Output => "output", P => "p", Picture => "picture", Pre => "pre", Q => "q", S => "s",
    Samp => "samp", Script => "script", Section => "section", Select => "select",
    Small => "small", Source => "source", Span => "span", Strong => "strong",
    Style => "style", Sub => "sub", Summary => "summary", Sup => "sup", Svg => "svg",
    Table => "table", Tbody => "tbody", Td => "td", Template => "template",
    Textarea => "textarea", Tfoot => "tfoot", Th => "th", Thead => "thead",
    Time => "time", Title => "title", Tr => "tr", U => "u", Ul => "ul", Var => "var",
    Video => "video", Wbr => "wbr",
}

impl Tag {
    /// Headings `h1`..`h6`, with their level.
    pub fn heading_level(self) -> Option<u8> {
        match self {
            Tag::H1 => Some(1),
            Tag::H2 => Some(2),
            Tag::H3 => Some(3),
            Tag::H4 => Some(4),
            Tag::H5 => Some(5),
            Tag::H6 => Some(6),
            _ => None,
        }
    }

    /// False for elements whose text is never read as prose (scripts, styles, forms'
    /// controls, embedded documents).
    pub fn holds_readable_text(self) -> bool {
        !matches!(
            self,
            Tag::Script
                | Tag::Style
                | Tag::Noscript
                | Tag::Template
                | Tag::Textarea
                | Tag::Select
                | Tag::Option
                | Tag::Button
                | Tag::Svg
                | Tag::Math
                | Tag::Iframe
                | Tag::Object
                | Tag::Canvas
                | Tag::Head
                | Tag::Title
        )
    }

    /// Elements that start a new line of text when rendered.
    pub fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Body
                | Tag::Dd
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
                | Tag::Fieldset
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Header
                | Tag::Hr
                | Tag::Li
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Section
                | Tag::Summary
                | Tag::Table
                | Tag::Tbody
                | Tag::Td
                | Tag::Tfoot
                | Tag::Th
                | Tag::Thead
                | Tag::Tr
                | Tag::Ul
                | Tag::Br
                | Tag::Caption
        )
    }
}
