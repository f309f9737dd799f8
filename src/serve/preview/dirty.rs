//! Which files an edit can have changed: the preview's choice of jobs, from the pending
//! files, the signatures of the last good render and what each page read then.

use std::collections::HashSet;
use std::sync::Arc;

use rayon::prelude::*;

use super::{Preview, Signature, signature};
use crate::markdown::Body;
use crate::render::Renderer;
use crate::resolve::Graph;
use crate::routes::{self, Job};

impl Preview {
    /// The files to render: everything, or what the pending changes can have touched.
    pub(super) fn jobs(
        &self,
        graph: &Graph,
        renderer: &Renderer,
        signatures: &[Signature],
        everything: bool,
    ) -> Vec<Job> {
        if everything {
            return renderer.plan().jobs();
        }
        // Briefs whose front-matter changed (or which came or went): pages that showed
        // something of them follow. A body-only edit touches only its own page, and the
        // pages its links add or remove "mentioned in" entries on.
        let mut changed: HashSet<&str> = HashSet::new();
        for id in &self.pending {
            let now = graph.index_of(id).map(|i| signatures[i].front);
            if now != self.last.briefs.get(id).map(|s| s.signature.front) {
                changed.insert(id);
            }
        }
        // Briefs whose derived links changed, with their front-matter or without (an event
        // edit that puts a party on a side): pages that read those links follow.
        let derived_changed: HashSet<&str> = (0..graph.site.briefs.len())
            .into_par_iter()
            .filter_map(|i| {
                let id = graph.site.briefs[i].id.as_str();
                let shown = self.last.briefs.get(id)?;
                (shown.signature.derived != signatures[i].derived).then_some(id)
            })
            .collect();
        let names_changed = self.last.names != Some(graph.names.fingerprint());
        let states: Vec<(bool, bool)> = (0..graph.site.briefs.len())
            .into_par_iter()
            .map(|i| {
                let brief = &graph.site.briefs[i];
                let Some(shown) = self.last.briefs.get(&brief.id) else { return (true, true) };
                let links_changed =
                    shown.signature.derived != signatures[i].derived || shown.signature.links != signatures[i].links;
                let dirty = links_changed
                    || self.pending.contains(&brief.id)
                    || (!Arc::ptr_eq(&shown.brief, brief) && shown.file != routes::output_file(&routes::brief(brief)))
                    || !same_body(&shown.body, &graph.bodies[i])
                    || shown.reads.stale(&changed, &derived_changed, names_changed);
                (dirty, links_changed)
            })
            .collect();
        // Lists, exports and the home page show every brief's front-matter and links.
        let site_wide = self.home_changed
            || !changed.is_empty()
            || graph.site.briefs.len() != self.last.briefs.len()
            || states.iter().any(|&(_, links)| links);
        let mut jobs = if site_wide { renderer.plan().site_wide_jobs() } else { Vec::new() };
        for (slug, tag) in &graph.tags {
            let same = self.last.tags.get(slug) == Some(&signature::tag(graph, &tag.briefs));
            if !same || tag.briefs.iter().any(|&i| changed.contains(graph.site.briefs[i].id.as_str())) {
                jobs.extend(renderer.plan().tag_jobs(slug));
            }
        }
        // A brief's page and its party lists read the same briefs (noted together under the
        // brief), so they are rendered together.
        jobs.extend(
            states.iter().enumerate().filter(|(_, (dirty, _))| *dirty).flat_map(|(i, _)| renderer.plan().brief_jobs(i)),
        );
        jobs
    }
}

fn same_body(a: &Arc<Body>, b: &Arc<Body>) -> bool {
    Arc::ptr_eq(a, b) || (a.html == b.html && a.headings.len() == b.headings.len())
}
