//! The walk's vocabulary hits: class and id words, ARIA roles, microdata, meta tags
//! and JSON-LD types, each looked up in `lexicon::page_kinds` (through `markup`) and
//! counted into the page's [`Counts`](super::counts::Counts). What is declared, not
//! what is laid out.

use crate::lexicon::page_kinds::SchemaGroup;
use crate::page::{Attr, Node, NodeData, NodeId};

use super::markup::{json_ld_types, og_group, schema_group};
use super::walk::{Region, Walk};

impl<'a> Walk<'a> {
    pub(super) fn attributes(&mut self, id: NodeId, node: &'a Node) {
        let NodeData::Element { attrs, .. } = &node.data else {
            return;
        };
        let mut groups = 0u16;
        for (attr, value) in attrs {
            match attr {
                Attr::Class | Attr::Id => groups |= self.classes.class_groups(value),
                Attr::Role => self.role(id, node.end, value),
                Attr::Itemprop => self.itemprop(id, node.end, value),
                Attr::Itemtype => {
                    for name in value.split_whitespace() {
                        if let Some(g) = schema_group(name) {
                            self.counts.microdata[g as usize] += 1;
                            self.counts.schema[g as usize] = true;
                        }
                    }
                }
                _ => {}
            }
        }
        if groups != 0 {
            for (g, count) in self.counts.class_groups.iter_mut().enumerate() {
                *count += u32::from(groups >> g & 1);
            }
        }
    }

    pub(super) fn role(&mut self, id: NodeId, end: NodeId, role: &str) {
        match role.trim() {
            "navigation" | "banner" | "contentinfo" | "complementary" => {
                self.enter(Region::Chrome, id, end)
            }
            "main" => {
                self.counts.main_landmark = true;
                self.enter(Region::Main, id, end);
            }
            "search" => self.counts.search_inputs += 1,
            "button" => self.counts.buttons += 1,
            _ => {}
        }
    }

    pub(super) fn itemprop(&mut self, id: NodeId, end: NodeId, value: &str) {
        for prop in value.split_whitespace() {
            match prop {
                "articleBody" => {
                    self.counts.article_body = true;
                    self.enter(Region::Main, id, end);
                }
                "price" => self.counts.itemprop_prices += 1,
                _ => {}
            }
        }
    }

    pub(super) fn meta(&mut self, node: &Node) {
        let Some(key) = node.attr(Attr::Property).or_else(|| node.attr(Attr::Name)) else {
            return;
        };
        let content = node.attr(Attr::Content).unwrap_or_default();
        let key = key.trim();
        if key.eq_ignore_ascii_case("og:type") {
            if let Some(g) = og_group(content) {
                self.counts.schema[g as usize] = true;
            }
        } else if key.eq_ignore_ascii_case("article:published_time") {
            self.counts.published_meta = true;
        } else if key.eq_ignore_ascii_case("author") || key.eq_ignore_ascii_case("article:author") {
            self.counts.author_meta |= !content.trim().is_empty();
        } else if key.eq_ignore_ascii_case("product:price:amount")
            || key.eq_ignore_ascii_case("og:price:amount")
        {
            self.counts.schema[SchemaGroup::Product as usize] = true;
        }
    }

    /// JSON-LD blocks: the types they declare. (Other scripts hold no text in a Page.)
    pub(super) fn script(&mut self, id: NodeId, node: &Node) {
        let c = &mut self.counts;
        for child in self.page.descendants(id) {
            if let Some(text) = self.page.node(child).text() {
                json_ld_types(text, |name| {
                    if let Some(g) = schema_group(name) {
                        c.schema[g as usize] = true;
                    }
                });
                c.ld_date_published |= text.contains("\"datePublished\"");
                c.ld_author |= text.contains("\"author\"");
            }
        }
        self.skip_until = node.end;
    }
}
