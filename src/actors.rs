//! Actors: the people, organisations and places a story is about.
//!
//! Not built yet: it returns no actors rather than guessed ones.

use crate::analysis::Actor;

/// People, organisations and places found in the article text.
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// People.
    pub people: Vec<Actor>,
    /// Organisations.
    pub organizations: Vec<Actor>,
    /// Places.
    pub places: Vec<Actor>,
}

/// Finds the actors in the article text (paragraphs separated by blank lines).
pub fn find(_text: &str) -> Actors {
    Actors::default()
}
