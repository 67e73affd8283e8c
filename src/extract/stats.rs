//! One bottom-up pass that measures every element: text, link text, commas, the text
//! of real paragraphs, and the boilerplate kind its own markup announces.

use crate::analysis::BoilerplateKind;
use crate::page::{Attr, NodeData, NodeId, Page, Tag};

use super::classify::own_kind;
use crate::text::lower_char;

/// Measurements of one node's subtree.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// Visible non-whitespace characters.
    pub chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// Commas, a cheap sign of prose.
    pub commas: u32,
    /// Characters in paragraph-like blocks that read as prose, outside boilerplate.
    pub para_chars: u32,
    /// Number of such paragraphs.
    pub paragraphs: u32,
    /// Characters in prose paragraphs, boilerplate included: what a block holds
    /// whatever its own class or the classes around it say.
    pub all_para_chars: u32,
    /// Characters in text nodes that are direct children.
    pub direct_chars: u32,
}

impl Stats {
    /// Share of the text that is link text, 0..1.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            f64::from(self.link_chars) / f64::from(self.chars)
        }
    }
}

/// A paragraph shorter than this is a label or a caption, not prose. (Readability uses
/// 25 characters for the same decision.)
pub const MIN_PARAGRAPH_CHARS: u32 = 25;

/// A paragraph with more link text than this is navigation, not prose.
const MAX_PARAGRAPH_LINK_DENSITY: f64 = 0.5;

/// Every node's measurements plus each element's own boilerplate kind.
pub struct PageStats {
    stats: Vec<Stats>,
    kinds: Vec<Option<BoilerplateKind>>,
    hidden: Vec<bool>,
}

impl PageStats {
    /// The measurements of `id`'s subtree.
    pub fn of(&self, id: NodeId) -> Stats {
        self.stats[id as usize]
    }

    /// The boilerplate kind `id`'s own tag, role, class or id announces.
    pub fn own_kind(&self, id: NodeId) -> Option<BoilerplateKind> {
        self.kinds[id as usize]
    }

    /// True when the page itself hides `id` (`hidden`, inline `display: none`).
    pub fn is_hidden(&self, id: NodeId) -> bool {
        self.hidden[id as usize]
    }
}

/// Measures every node, children before parents (the arena is in pre-order, so a
/// reverse scan sees every subtree complete before its root).
pub fn measure(page: &Page) -> PageStats {
    let n = page.len();
    let mut stats = vec![Stats::default(); n];
    let mut kinds = vec![None; n];
    let mut hidden = vec![false; n];
    for i in (0..n).rev() {
        let id = i as NodeId;
        let node = page.node(id);
        let mut s = stats[i];
        match &node.data {
            NodeData::Text(text) => {
                (s.chars, s.commas) = chars_and_commas(text);
                s.direct_chars = s.chars;
            }
            NodeData::Element { tag, .. } => {
                hidden[i] = is_hidden_by_page(node);
                if !tag.holds_readable_text() || hidden[i] {
                    s = Stats::default();
                } else {
                    if *tag == Tag::A {
                        s.link_chars = s.chars;
                    }
                    count_paragraph(*tag, &mut s);
                    kinds[i] = own_kind(node, &s);
                    if kinds[i].is_some() {
                        s.para_chars = 0;
                        s.paragraphs = 0;
                    }
                }
            }
            NodeData::Document => {}
        }
        stats[i] = s;
        if let Some(parent) = node.parent {
            let p = &mut stats[parent as usize];
            p.chars += s.chars;
            p.link_chars += s.link_chars;
            p.commas += s.commas;
            p.para_chars += s.para_chars;
            p.all_para_chars += s.all_para_chars;
            p.paragraphs += s.paragraphs;
            if matches!(node.data, NodeData::Text(_)) {
                p.direct_chars += s.chars;
            }
        }
    }
    PageStats {
        stats,
        kinds,
        hidden,
    }
}

/// Containers that some sites fill with bare text (split by `<br>`) instead of
/// paragraphs; their own text counts as a paragraph.
pub fn holds_loose_text(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Div
            | Tag::Section
            | Tag::Article
            | Tag::Blockquote
            | Tag::Span
            | Tag::Font
            | Tag::Other
    )
}

/// Counts `s` as prose when its block holds prose itself: paragraphs, preformatted
/// text, table cells and list items count whole; a `div` or `section` counts only the
/// text directly inside it, since its children were counted on their own.
fn count_paragraph(tag: Tag, s: &mut Stats) {
    if s.chars < MIN_PARAGRAPH_CHARS || s.link_density() > MAX_PARAGRAPH_LINK_DENSITY {
        return;
    }
    match tag {
        Tag::P | Tag::Pre | Tag::Td | Tag::Dd | Tag::Li => {
            s.para_chars = s.chars;
            s.all_para_chars = s.chars;
            s.paragraphs = s.paragraphs.max(1);
        }
        t if holds_loose_text(t) && s.direct_chars >= MIN_PARAGRAPH_CHARS => {
            s.para_chars += s.direct_chars;
            s.all_para_chars += s.direct_chars;
            s.paragraphs += 1;
        }
        _ => {}
    }
}

/// The non-whitespace characters of `text` and its commas (Latin, Arabic, fullwidth
/// and the ideographic enumeration comma). Every text node of the page passes here, so
/// ASCII, most of most pages' text, is counted a byte at a time without decoding.
fn chars_and_commas(text: &str) -> (u32, u32) {
    // char::is_whitespace on ASCII: tab, line feed, vertical tab, form feed, carriage
    // return and space.
    let blank = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = text.as_bytes();
    if text.is_ascii() {
        let blanks = bytes.iter().filter(|&&b| blank(b)).count();
        let commas = bytes.iter().filter(|&&b| b == b',').count();
        return ((bytes.len() - blanks) as u32, commas as u32);
    }
    let (mut chars, mut commas) = (0u32, 0u32);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            chars += u32::from(!blank(b));
            commas += u32::from(b == b',');
            i += 1;
        } else if let Some(ch) = text.get(i..).and_then(|rest| rest.chars().next()) {
            chars += u32::from(!ch.is_whitespace());
            commas += u32::from(matches!(ch, '،' | '，' | '、'));
            i += ch.len_utf8();
        } else {
            break;
        }
    }
    (chars, commas)
}

/// Hidden from sight by the page's own markup. (`aria-hidden` is not: it hides from
/// screen readers only, and ads and decorations that carry it are on screen. Nor is a
/// segment React streams out of order, which is shown as soon as it arrives.)
fn is_hidden_by_page(node: &crate::page::Node) -> bool {
    (node.attr(Attr::Hidden).is_some() && !is_streamed_segment(node))
        || node.attr(Attr::Style).is_some_and(|style| {
            let compact: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(lower_char)
                .collect();
            compact.contains("display:none") || compact.contains("visibility:hidden")
        })
}

/// A segment of a page that React streams out of order (`<div hidden id="S:3">`): its
/// script moves it into place, visible, as soon as it arrives, so it is the page's own
/// content, only saved before the move.
fn is_streamed_segment(node: &crate::page::Node) -> bool {
    node.attr(Attr::Id).is_some_and(|id| {
        id.strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_segment_is_shown_a_hidden_block_is_not() {
        let page = crate::page::from_html::parse(
            "<body><div hidden id='S:3'>shown</div><div hidden id='S:x'>hidden</div>\
             <div hidden>hidden</div></body>",
            None,
        );
        let hidden: Vec<bool> = page
            .nodes()
            .iter()
            .filter(|n| n.tag() == Some(Tag::Div))
            .map(is_hidden_by_page)
            .collect();
        assert_eq!(hidden, vec![false, true, true]);
    }

    #[test]
    fn characters_and_commas_are_counted_as_the_characters_read() {
        // Each case against a count over decoded characters.
        for text in [
            "",
            "plain words, and a comma",
            " \t\n\u{b}\u{c}\r ",
            "caf\u{e9}\u{a0}au lait\u{3000}\u{2009}x",
            "\u{645}\u{631}\u{62d}\u{628}\u{627}\u{60c} \u{4f60}\u{ff0c}\u{6211}\u{3001}\u{1f600}",
        ] {
            let chars = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
            let commas = text
                .chars()
                .filter(|c| matches!(c, ',' | '،' | '，' | '、'))
                .count() as u32;
            assert_eq!(chars_and_commas(text), (chars, commas), "{text:?}");
        }
        assert_eq!(chars_and_commas("a, b\u{3001}c"), (5, 2));
    }
}
