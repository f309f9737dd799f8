//! What readers can find: a party some other brief points at, and pages a reader can reach
//! by following links from the home page.

use std::collections::VecDeque;

use crate::diagnostics::Diagnostic;

use super::Lint;

pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    unlinked_parties(lint, out);
    unreachable_pages(lint, out);
}

/// A party no other brief names or links to is cut off from the explainer: often a brief
/// written ahead of the events it belongs to.
fn unlinked_parties(lint: &Lint, out: &mut Vec<Diagnostic>) {
    let graph = lint.graph;
    let mut pointed_at = vec![false; graph.site.briefs.len()];
    for (b, brief) in lint.briefs() {
        let named = brief.named().into_iter().filter_map(|n| graph.index_of(n.id));
        for target in named.chain(graph.bodies[b].links.iter().copied()) {
            if target != b {
                pointed_at[target] = true;
            }
        }
    }
    for &target in graph.home_body.iter().flat_map(|body| &body.links) {
        pointed_at[target] = true;
    }
    for (i, brief) in lint.briefs().filter(|(i, b)| b.as_party().is_some() && !pointed_at[*i]) {
        out.push(
            Diagnostic::warning("unlinked-party", format!("nothing links to the party `{}`", brief.id))
                .at(lint.value(i, "name"))
                .help(format!("name it where it plays a part (an event's participants, claims or casualties, another party's relations or member_of), or mention it in a text as [[{}]]; if it plays no part in this explainer, delete the file", brief.id)),
        );
    }
}

/// Pages are the only briefs a reader may have no way to: every party is on the who's who,
/// every event on the timeline, every tagged brief on its tag page. The rest of the way is
/// links: the home page's intro, the menu, links in texts, `related`, and the "Mentioned in"
/// list on each page, which links back to every brief whose text links there.
fn unreachable_pages(lint: &Lint, out: &mut Vec<Diagnostic>) {
    let graph = lint.graph;
    let count = graph.site.briefs.len();
    let mut reached = vec![false; count];
    let mut queue: VecDeque<usize> = VecDeque::new();
    let listed = lint.briefs().filter(|(_, b)| b.as_page().is_none() || !b.tags.is_empty()).map(|(i, _)| i);
    let home_links = graph.home_body.iter().flat_map(|body| body.links.iter().copied());
    for i in listed.chain(graph.menu.iter().copied()).chain(home_links) {
        if !reached[i] {
            reached[i] = true;
            queue.push_back(i);
        }
    }
    while let Some(b) = queue.pop_front() {
        let derived = &graph.derived[b];
        let related = lint.brief(b).as_event().into_iter().flat_map(|e| &e.related).filter_map(|id| graph.index_of(id));
        let links = graph.bodies[b].links.iter().chain(&derived.mentioned_in).chain(&derived.related_in).copied();
        for next in links.chain(related) {
            if !reached[next] {
                reached[next] = true;
                queue.push_back(next);
            }
        }
    }
    for (i, brief) in lint.briefs().filter(|(i, b)| b.as_page().is_some() && !reached[*i]) {
        out.push(
            Diagnostic::warning("unreachable-page", format!("no link leads to the page `{}` from the home page", brief.id))
                .at(lint.value(i, "title"))
                .help(format!("add `menu: true` to list it in the navigation, or link to it as [[{}]] from the home page or another brief", brief.id)),
        );
    }
}
