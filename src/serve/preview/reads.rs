//! What a brief's pages read of other briefs, by id, kept from one rebuild to the next: the
//! preview renders them again when something they read has changed.
//!
//! Two kinds of read are told apart because they change at different times. A brief's
//! front-matter changes when its own file is edited; its derived links (events by role,
//! members, "mentioned in") change when another file is, as when an event puts a party on a
//! side. Most pages read only names and URLs, so an event edit renders again just the pages
//! that read the derived links that moved.

use std::collections::HashSet;

use crate::render::context::Reads;
use crate::resolve::Graph;

/// The briefs a brief's page (and its party lists) read, by id, sorted.
#[derive(Debug, Default)]
pub(super) struct ReadIds {
    briefs: Vec<String>,
    /// Those whose derived links were read too.
    derived: Vec<String>,
    /// The pages looked names up: they follow any change of any brief's names.
    looked_up_names: bool,
}

impl ReadIds {
    /// Adds what one rendered page of the brief read.
    pub fn add(&mut self, graph: &Graph, page: &Reads) {
        let id = |&i: &usize| graph.site.briefs[i].id.clone();
        self.briefs.extend(page.briefs.iter().map(id));
        self.derived.extend(page.derived.iter().map(id));
        self.looked_up_names |= page.looked_up_names;
    }

    /// Sorts the ids and keeps each once, after the last [`ReadIds::add`].
    pub fn settle(&mut self) {
        for ids in [&mut self.briefs, &mut self.derived] {
            ids.sort_unstable();
            ids.dedup();
        }
    }

    /// Whether the pages showed something a rebuild changed: the front-matter of a brief in
    /// `front`, the derived links of one in `derived`, or (`names`) any brief's names.
    pub fn stale(&self, front: &HashSet<&str>, derived: &HashSet<&str>, names: bool) -> bool {
        self.briefs.iter().any(|id| front.contains(id.as_str()))
            || self.derived.iter().any(|id| derived.contains(id.as_str()))
            || (self.looked_up_names && names)
    }
}
