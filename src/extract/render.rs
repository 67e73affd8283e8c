//! Renders the story once into plain text and sanitised HTML.
//!
//! The HTML is built from an allowlist: known-safe tags keep a few known-safe
//! attributes, unknown wrappers are dropped but their text kept, and anything that can
//! run code, load a document or post a form is dropped whole. Links must be http(s) or
//! mailto; images must be http(s) (or `data:` images). Lazy images are resolved from
//! `data-src`, `data-lazy-src` or `srcset` when `src` is a placeholder.

use crate::analysis::Boilerplate;

use super::stats::PageStats;
use crate::page::{push_collapsed, url, Attr, NodeData, NodeId, Page, Tag};

/// The rendered story.
pub struct Rendered {
    pub text: String,
    pub html: String,
    pub paragraphs: usize,
}

/// Tags copied into the reader HTML (others are unwrapped or dropped).
fn kept_tag(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::P
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Ul
            | Tag::Ol
            | Tag::Li
            | Tag::Dl
            | Tag::Dt
            | Tag::Dd
            | Tag::Blockquote
            | Tag::Figure
            | Tag::Figcaption
            | Tag::Img
            | Tag::A
            | Tag::Em
            | Tag::Strong
            | Tag::B
            | Tag::I
            | Tag::U
            | Tag::S
            | Tag::Sub
            | Tag::Sup
            | Tag::Mark
            | Tag::Small
            | Tag::Q
            | Tag::Cite
            | Tag::Abbr
            | Tag::Code
            | Tag::Pre
            | Tag::Kbd
            | Tag::Samp
            | Tag::Var
            | Tag::Br
            | Tag::Hr
            | Tag::Time
    ) || is_table_part(tag)
}

/// A table and the parts that give it its rows and columns.
fn is_table_part(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Table
            | Tag::Caption
            | Tag::Thead
            | Tag::Tbody
            | Tag::Tfoot
            | Tag::Tr
            | Tag::Th
            | Tag::Td
    )
}

/// Tags dropped with everything inside them. (A `<form>` is unwrapped, not dropped:
/// forums and whole sites wrap their content in one, and small forms inside the story
/// are hidden as boilerplate before rendering; its controls are dropped here.)
fn dropped_tag(tag: Tag) -> bool {
    !tag.holds_readable_text()
        || matches!(
            tag,
            Tag::Input | Tag::Embed | Tag::Frame | Tag::Frameset | Tag::Link | Tag::Meta
        )
}

fn is_void(tag: Tag) -> bool {
    matches!(tag, Tag::Img | Tag::Br | Tag::Hr)
}

/// Whether an element left with nothing inside (its image unresolvable, its text all
/// boilerplate) is dropped rather than copied as an empty box. Table cells and rows
/// stay: an empty cell still holds its column.
fn dropped_when_empty(tag: Tag) -> bool {
    !is_table_part(tag)
}

/// Renders the story's pieces in order, minus the boilerplate inside them.
pub fn render(
    page: &Page,
    stats: &PageStats,
    pieces: &[NodeId],
    boilerplate: &[Boilerplate],
    base: Option<&str>,
) -> Rendered {
    let mut r = Renderer {
        page,
        stats,
        base,
        text: String::new(),
        para: String::new(),
        html: String::new(),
        paragraphs: 0,
        pre_depth: 0,
        open: Vec::new(),
    };
    let mut skipped: Vec<NodeId> = boilerplate.iter().map(|b| b.node).collect();
    crate::order::by_key(&mut skipped, |&n| (u64::from(n), 0));
    r.walk(pieces, &skipped);
    r.flush();
    Rendered {
        text: r.text,
        html: r.html,
        paragraphs: r.paragraphs,
    }
}

struct Renderer<'a> {
    page: &'a Page,
    stats: &'a PageStats,
    base: Option<&'a str>,
    text: String,
    para: String,
    html: String,
    paragraphs: usize,
    pre_depth: usize,
    /// For each open element copied into the HTML: where its start tag begins and ends.
    open: Vec<(usize, usize)>,
}

enum Step {
    Open(NodeId),
    Close(NodeId),
}

/// True when a run of text `next` meets the text before it at an element boundary
/// with no space between, the text before ending a word or a sentence and `next`
/// starting with a capital: pieces the page's style sets apart, such as a caption,
/// its "Credit" label and the photographer's name, which read as one word otherwise
/// ("underground.CreditChang W. Lee").
fn set_apart(before: &str, next: &str) -> bool {
    let ends = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || matches!(c, '.' | '!' | '?'));
    ends && next.chars().next().is_some_and(char::is_uppercase)
}

impl Renderer<'_> {
    /// Walks the pieces with an explicit stack, so deep nesting cannot overflow.
    fn walk(&mut self, pieces: &[NodeId], skipped: &[NodeId]) {
        let mut stack: Vec<Step> = pieces.iter().rev().copied().map(Step::Open).collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Close(id) => self.close(id),
                Step::Open(id) => {
                    if skipped.binary_search(&id).is_ok() {
                        continue;
                    }
                    let node = self.page.node(id);
                    match &node.data {
                        NodeData::Text(t) => self.push_text(t),
                        NodeData::Element { tag, .. } => {
                            if dropped_tag(*tag) || self.stats.is_hidden(id) {
                                continue;
                            }
                            self.open(id, *tag);
                            stack.push(Step::Close(id));
                            let children: Vec<NodeId> = self.page.children(id).collect();
                            stack.extend(children.into_iter().rev().map(Step::Open));
                        }
                        NodeData::Document => {}
                    }
                }
            }
        }
    }

    fn open(&mut self, id: NodeId, tag: Tag) {
        if tag.is_block() {
            self.flush();
        }
        if tag == Tag::Pre {
            self.pre_depth += 1;
        }
        let start = self.html.len();
        if tag.heading_level() == Some(1) {
            // The headline is shown by the reader's header; keep the level structure.
            self.html.push_str("<h2>");
            self.open.push((start, self.html.len()));
            return;
        }
        if !kept_tag(tag) {
            return;
        }
        if tag == Tag::Img {
            if let Some(src) = self.image_src(id) {
                self.html.push_str("<img src=\"");
                escape_into(&mut self.html, &src, true);
                self.html.push('"');
                if let Some(alt) = self.page.node(id).attr(Attr::Alt) {
                    self.html.push_str(" alt=\"");
                    escape_into(&mut self.html, alt, true);
                    self.html.push('"');
                }
                self.html.push('>');
            }
            return;
        }
        self.html.push('<');
        self.html.push_str(tag.name());
        if tag == Tag::A {
            if let Some(href) = self
                .page
                .node(id)
                .attr(Attr::Href)
                .map(|h| url::resolve(self.base, h))
            {
                if is_safe_link(&href) {
                    self.html.push_str(" href=\"");
                    escape_into(&mut self.html, &href, true);
                    self.html.push('"');
                }
            }
        }
        if tag == Tag::Time {
            if let Some(dt) = self.page.node(id).attr(Attr::Datetime) {
                self.html.push_str(" datetime=\"");
                escape_into(&mut self.html, dt, true);
                self.html.push('"');
            }
        }
        self.html.push('>');
        if tag == Tag::Br {
            self.para.push('\n');
        } else if !is_void(tag) {
            self.open.push((start, self.html.len()));
        }
    }

    fn close(&mut self, id: NodeId) {
        let Some(tag) = self.page.node(id).tag() else {
            return;
        };
        if tag == Tag::Pre {
            self.pre_depth = self.pre_depth.saturating_sub(1);
        }
        let copied = tag.heading_level() == Some(1) || (kept_tag(tag) && !is_void(tag));
        if copied {
            let (start, inside) = self
                .open
                .pop()
                .unwrap_or((self.html.len(), self.html.len()));
            if dropped_when_empty(tag) && self.html[inside..].trim().is_empty() {
                // A space inside stays, so the words either side do not run together.
                let spaced = inside < self.html.len();
                self.html.truncate(start);
                if spaced {
                    self.html.push(' ');
                }
            } else if tag.heading_level() == Some(1) {
                self.html.push_str("</h2>");
            } else {
                self.html.push_str("</");
                self.html.push_str(tag.name());
                self.html.push('>');
            }
        }
        if tag.is_block() {
            self.flush();
        }
    }

    fn push_text(&mut self, t: &str) {
        if self.pre_depth > 0 {
            self.para.push_str(t);
            escape_into(&mut self.html, t, false);
            return;
        }
        if set_apart(&self.para, t) {
            self.para.push(' ');
            self.html.push(' ');
        }
        push_collapsed(&mut self.para, t);
        let mut collapsed = String::with_capacity(t.len());
        let mut last_space = false;
        for ch in t.chars() {
            if ch.is_whitespace() {
                if !last_space {
                    collapsed.push(' ');
                }
                last_space = true;
            } else {
                collapsed.push(ch);
                last_space = false;
            }
        }
        escape_into(&mut self.html, &collapsed, false);
    }

    /// Ends the current paragraph of the plain text.
    fn flush(&mut self) {
        let para = self.para.trim();
        if !para.is_empty() {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            self.text.push_str(para);
            self.paragraphs += 1;
        }
        self.para.clear();
    }

    /// The image's real source: `src` unless it is a placeholder, else the lazy-load
    /// attributes, else the first `srcset` candidate.
    fn image_src(&self, id: NodeId) -> Option<String> {
        let node = self.page.node(id);
        let usable = |v: &&str| !v.trim().is_empty() && !v.trim_start().starts_with("data:");
        // Lazy-loading scripts keep the real source in data-src and a placeholder in
        // src, so the data attributes come first.
        let src = node
            .attr(Attr::DataSrc)
            .filter(usable)
            .or_else(|| node.attr(Attr::DataLazySrc).filter(usable))
            .or_else(|| node.attr(Attr::Src).filter(usable))
            .or_else(|| {
                node.attr(Attr::Srcset)
                    .and_then(|s| s.split(',').next())
                    .and_then(|c| c.split_whitespace().next())
            })
            .map(str::to_string)
            .or_else(|| self.noscript_fallback(id))?;
        let resolved = url::resolve(self.base, &src);
        is_http(&resolved).then_some(resolved)
    }

    /// The `src` of the `<img>` in a `<noscript>` right after a placeholder image, the
    /// fallback lazy-loading sites give browsers without scripts. The noscript's
    /// content is raw text in the snapshot (as in a browser with scripts on).
    fn noscript_fallback(&self, id: NodeId) -> Option<String> {
        let parent = self.page.node(id).parent?;
        let next = self
            .page
            .children(parent)
            .skip_while(|&c| c != id)
            .skip(1)
            .find(|&c| {
                self.page
                    .node(c)
                    .text()
                    .is_none_or(|t| !t.trim().is_empty())
            })?;
        if self.page.node(next).tag() != Some(Tag::Noscript) {
            return None;
        }
        let markup: String = self
            .page
            .descendants(next)
            .filter_map(|d| self.page.node(d).text())
            .collect();
        attribute_value(&markup, "src")
    }
}

/// The value of the first `name="…"` (or `name='…'`) in a run of markup.
fn attribute_value(markup: &str, name: &str) -> Option<String> {
    let mut rest = markup;
    while let Some(at) = rest.find(name) {
        let before_ok = rest[..at].ends_with(|c: char| c.is_whitespace());
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(value) = after.strip_prefix('=').map(str::trim_start) {
                let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'');
                let value = match quote {
                    Some(q) => value[1..].split(q).next().unwrap_or_default(),
                    None => value
                        .split(|c: char| c.is_whitespace() || c == '>')
                        .next()
                        .unwrap_or_default(),
                };
                if !value.is_empty() {
                    return Some(value.to_string());
                }
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

fn is_http(u: &str) -> bool {
    let lower = u.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

fn is_safe_link(u: &str) -> bool {
    is_http(u) || u.trim_start().to_ascii_lowercase().starts_with("mailto:")
}

/// Escapes text for HTML; in attributes quotes are escaped too.
/// One paragraph of plain text as reader HTML (nothing for no text).
pub fn paragraph_html(text: &str) -> String {
    let mut out = String::new();
    if !text.is_empty() {
        out.push_str("<p>");
        escape_into(&mut out, text, false);
        out.push_str("</p>");
    }
    out
}

fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
}
