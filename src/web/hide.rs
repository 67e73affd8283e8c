//! Hiding boilerplate in place, and putting the page back exactly as it was.
//!
//! A hidden block gets `display: none !important` through its inline style (through
//! the CSSOM, which pages' CSP allows); its original `style` attribute, or its absence,
//! is remembered and written back on restore, so the page's markup is unchanged.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::analysis::Boilerplate;
use crate::page::from_dom::LivePage;

/// The blocks Lede hid, with each one's original `style` attribute.
#[derive(Default)]
pub struct Hidden {
    blocks: Vec<(HtmlElement, Option<String>)>,
}

impl Hidden {
    /// Hides every boilerplate block of `live`.
    pub fn apply(live: &LivePage, boilerplate: &[Boilerplate]) -> Hidden {
        let blocks = boilerplate
            .iter()
            .filter_map(|b| live.element(b.node))
            .filter_map(|e: &Element| e.dyn_ref::<HtmlElement>().cloned())
            .map(|e| {
                let original = e.get_attribute("style");
                (e, original)
            })
            .collect();
        let hidden = Hidden { blocks };
        hidden.resume();
        hidden
    }

    /// Hides the blocks (again).
    pub fn resume(&self) {
        for (element, _) in &self.blocks {
            // Failing to hide one block leaves it visible; nothing else depends on it.
            let _ = element
                .style()
                .set_property_with_priority("display", "none", "important");
            // Chromium writes a CSSOM change back to the `style` attribute lazily; if
            // the attribute is removed before that happens, an empty `style=""`
            // reappears later. Reading it now makes the write-back happen here.
            let _ = element.get_attribute("style");
        }
    }

    /// Shows the blocks with their original style, keeping the list for `resume`.
    pub fn suspend(&self) {
        for (element, original) in self.blocks.iter().rev() {
            let _ = match original {
                Some(value) => element.set_attribute("style", value),
                None => element.remove_attribute("style"),
            };
        }
    }

    /// Puts every block back as it was.
    pub fn restore(self) {
        self.suspend();
    }
}
