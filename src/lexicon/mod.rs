//! Word lists as data, one place per concern.
//!
//! Stages read these tables; they never spell out vocabulary inline. Each list says
//! where its entries came from.

pub mod boilerplate;
