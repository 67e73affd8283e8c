//! The hash maps and sets the core uses: std's, with foldhash's hasher in place of
//! SipHash. Their keys are short strings (words, names, class names) hashed many times
//! per page, and SipHash took about a twentieth of a page's analysis natively.
//!
//! Neither hasher resists a page built to make its keys collide (in wasm std's SipHash
//! keys are fixed, and foldhash's seed is not secret): such a page costs time, never a
//! wrong answer, and the extension runs the analysis on a click, per page.

pub use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
