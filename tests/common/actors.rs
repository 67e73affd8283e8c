//! Helpers for the tests that read the sidebar's lists of actors.

use lede::actors::{self, Hints};
use lede::analysis::Actor;
use lede::text::Doc;

use super::wcxb_page;

/// The actors, one a line, with role, aliases and mentions: what a failure shows.
pub fn listing(actors: &[Actor]) -> String {
    actors
        .iter()
        .map(|a| format!("{} ({:?}) {:?} ×{}", a.name, a.role, a.aliases, a.mentions))
        .collect::<Vec<_>>()
        .join("\n    ")
}

pub fn named<'a>(actors: &'a [Actor], name: &str) -> Option<&'a Actor> {
    actors
        .iter()
        .find(|a| a.name == name || a.aliases.iter().any(|x| x == name))
}

/// The actor named `name` (or with it as an alias); fails, showing the list, when there
/// is none. `context` says where the list comes from.
pub fn listed<'a>(actors: &'a [Actor], name: &str, context: &str) -> &'a Actor {
    named(actors, name)
        .unwrap_or_else(|| panic!("{context}: no {name} in:\n    {}", listing(actors)))
}

/// Fails, showing the list, when an actor is named `name` (or has it as an alias).
pub fn unlisted(actors: &[Actor], name: &str, context: &str) {
    assert!(
        named(actors, name).is_none(),
        "{context}: {name} is listed in:\n    {}",
        listing(actors)
    );
}

/// Fails when a WCXB page lists any of its words as an organisation.
pub fn unlisted_organisations(pages: &[(&str, &[&str])]) {
    for &(page, words) in pages {
        let Some(analysis) = wcxb_page(page) else {
            return;
        };
        for word in words {
            unlisted(&analysis.organizations, word, page);
        }
    }
}

/// Fails unless the actor's role holds `part`.
pub fn role_holds(actor: &Actor, part: &str) {
    assert!(
        actor.role.as_deref().is_some_and(|r| r.contains(part)),
        "{}: role {:?} lacks {part:?}",
        actor.name,
        actor.role
    );
}

/// The people the actor stage finds in `text`, read as one document.
pub fn people_of(text: &str) -> Vec<Actor> {
    actors::find(&Doc::new(text), &Hints::default()).people
}

/// The person named exactly `name`; fails, showing the list, when there is none.
pub fn person<'a>(people: &'a [Actor], name: &str) -> &'a Actor {
    people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in:\n    {}", listing(people)))
}
