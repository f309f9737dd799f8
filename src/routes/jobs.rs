//! The job list: one job per output file, with the site path each is written to.
//!
//! Render decides how the long lists are split (`render::paging::Layout`) and how many pages
//! a tag or a party's list takes; it hands those counts and paths down in a [`Plan`], and
//! the plan lists the jobs of the whole site, of one tag or of one brief, in the same order
//! for the build, the sitemap and the preview.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use super::{PartyList, output_file};
use crate::model::{Brief, Date};

/// One output file to produce.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    Home,
    Parties,
    /// A part of a who's who too long for one page (an index into [`Plan::who`]).
    WhoPart(usize),
    Timeline,
    /// The gazetteer, on a site with places.
    Places,
    PlacesGeoJson,
    /// A period of a timeline too long for one page (an index into [`Plan::periods`]).
    Period(usize),
    Tags,
    /// Page `n` (from 1) of a tag.
    Tag(String, usize),
    Brief(usize),
    /// Page `n` (from 1) of a party's full list of events, claims or figures.
    PartyList(usize, PartyList, usize),
    NotFound,
    Search,
    SearchIndex,
    SiteJson,
    TimelineJson,
    GraphJson,
    FiguresCsv,
    FiguresJson,
    /// The corrections page and its feed, on a site with corrections.
    Corrections,
    CorrectionsFeed,
    Feed,
    Sitemap,
    Robots,
    /// A static file (an index into [`Plan::statics`]).
    Static(usize),
}

/// Every file of one render, in plain values: the briefs, and what render decided of the
/// lists it splits.
pub struct Plan<'a> {
    pub briefs: &'a [Arc<Brief>],
    /// Each tag's slug with the number of pages it takes.
    pub tags: BTreeMap<&'a str, usize>,
    /// By brief, the pages of each of its lists in [`PartyList::ALL`] order (none while its
    /// page shows the list whole).
    pub party_lists: Vec<[usize; 3]>,
    /// The site path of each part of the who's who, when it is split ([`super::who_part`]).
    pub who: Vec<String>,
    /// The site path of each period of the timeline, when it is split ([`super::period`]).
    pub periods: Vec<String>,
    /// The site path of each static file.
    pub statics: Vec<String>,
    /// Whether the site has places, and so a gazetteer.
    pub places: bool,
    /// Whether a brief has `corrections`, and so the site a corrections page.
    pub corrections: bool,
    /// Whether this render makes the files only the site's root has (`robots.txt`, the
    /// sitemap, the 404 page, the static files): not a render in a language after the first.
    pub root_files: bool,
}

impl Plan<'_> {
    /// The pages and files drawn from the whole site: lists (every page of them), exports,
    /// the home page.
    pub fn site_wide_jobs(&self) -> Vec<Job> {
        let mut jobs = vec![
            Job::Home,
            Job::Parties,
            Job::Timeline,
            Job::Tags,
            Job::NotFound,
            Job::Search,
            Job::SearchIndex,
            Job::SiteJson,
            Job::TimelineJson,
            Job::GraphJson,
            Job::FiguresCsv,
            Job::FiguresJson,
            Job::Feed,
            Job::Sitemap,
            Job::Robots,
        ];
        if self.places {
            jobs.extend([Job::Places, Job::PlacesGeoJson]);
        }
        if self.corrections {
            jobs.extend([Job::Corrections, Job::CorrectionsFeed]);
        }
        if !self.root_files {
            jobs.retain(|job| !matches!(job, Job::NotFound | Job::Sitemap | Job::Robots));
        }
        jobs.extend((0..self.who.len()).map(Job::WhoPart));
        jobs.extend((0..self.periods.len()).map(Job::Period));
        // A file of the site's own `static/` (its own `robots.txt`) takes the place of the one
        // briefing would make: one job per output file, and the writer's file wins, in the
        // build and in every rebuild of the preview.
        if !self.statics.is_empty() {
            jobs.retain(|job| {
                let file = output_file(&self.site_path(job));
                !self.statics.contains(&file)
            });
        }
        jobs
    }

    /// Every page of tag `slug` (none for a tag the site does not have).
    pub fn tag_jobs(&self, slug: &str) -> Vec<Job> {
        let pages = self.tags.get(slug).copied().unwrap_or(0);
        (1..=pages).map(|n| Job::Tag(slug.to_string(), n)).collect()
    }

    /// Brief `i`'s page and, for a party with long lists, every page of them.
    pub fn brief_jobs(&self, i: usize) -> Vec<Job> {
        let mut jobs = vec![Job::Brief(i)];
        for (list, pages) in PartyList::ALL.into_iter().zip(self.party_lists[i]) {
            jobs.extend((1..=pages).map(|n| Job::PartyList(i, list, n)));
        }
        jobs
    }

    /// Every file of the site, as jobs.
    pub fn jobs(&self) -> Vec<Job> {
        let mut jobs = self.site_wide_jobs();
        jobs.extend(self.tags.keys().flat_map(|t| self.tag_jobs(t)));
        jobs.extend((0..self.briefs.len()).flat_map(|i| self.brief_jobs(i)));
        if self.root_files {
            jobs.extend((0..self.statics.len()).map(Job::Static));
        }
        jobs
    }

    /// The files of the pages a long list is split into (who's who parts, periods, later
    /// pages of tags, party lists), the gazetteer's and the corrections', which only some
    /// sites have:
    /// the preview removes those a rebuild no longer makes.
    pub fn paged_files(&self) -> HashSet<String> {
        self.jobs()
            .iter()
            .filter(|job| {
                matches!(
                    job,
                    Job::WhoPart(_)
                        | Job::Period(_)
                        | Job::PartyList(..)
                        | Job::Tag(_, 2..)
                        | Job::Places
                        | Job::PlacesGeoJson
                        | Job::Corrections
                        | Job::CorrectionsFeed
                )
            })
            .map(|job| output_file(&self.site_path(job)))
            .collect()
    }

    /// Where a job's output lives on the site: `events/` for a page, `sitemap.xml` for a file.
    pub fn site_path(&self, job: &Job) -> String {
        match job {
            Job::Home => super::HOME.to_string(),
            Job::Parties => super::PARTIES.to_string(),
            Job::WhoPart(n) => self.who[*n].clone(),
            Job::Timeline => super::EVENTS.to_string(),
            Job::Period(n) => self.periods[*n].clone(),
            Job::Places => super::PLACES.to_string(),
            Job::PlacesGeoJson => super::PLACES_GEOJSON.to_string(),
            Job::Tags => super::TAGS.to_string(),
            Job::Tag(slug, n) => super::page(&super::tag(slug), *n),
            Job::Brief(i) => super::brief(&self.briefs[*i]),
            Job::PartyList(i, list, n) => super::page(&super::party_list(&self.briefs[*i], *list), *n),
            Job::NotFound => super::NOT_FOUND.to_string(),
            Job::Search => super::SEARCH.to_string(),
            Job::SearchIndex => super::SEARCH_INDEX.to_string(),
            Job::SiteJson => super::SITE_JSON.to_string(),
            Job::TimelineJson => super::TIMELINE_JSON.to_string(),
            Job::GraphJson => super::GRAPH_JSON.to_string(),
            Job::FiguresCsv => super::FIGURES_CSV.to_string(),
            Job::FiguresJson => super::FIGURES_JSON.to_string(),
            Job::Corrections => super::CORRECTIONS.to_string(),
            Job::CorrectionsFeed => super::CORRECTIONS_FEED.to_string(),
            Job::Feed => super::FEED.to_string(),
            Job::Sitemap => super::SITEMAP.to_string(),
            Job::Robots => super::ROBOTS.to_string(),
            Job::Static(n) => self.statics[*n].clone(),
        }
    }

    /// Every HTML page with its last-modified date, for the sitemap: a list is as new as the
    /// newest brief, a brief's pages as its own `updated`, and a tag's pages undated.
    /// The pages the sitemap lists: site path, last change, and the brief the page is about
    /// (in a language it may not be translated into).
    pub fn sitemap_pages(&self) -> Vec<(String, Option<Date>, Option<&str>)> {
        let newest = self.briefs.iter().filter_map(|b| b.updated).max();
        let lists = [super::HOME, super::PARTIES, super::EVENTS, super::TAGS].into_iter();
        let places = self.places.then_some(super::PLACES);
        let corrections = self.corrections.then_some(super::CORRECTIONS);
        let mut pages: Vec<(String, Option<Date>, Option<&str>)> =
            lists.chain(places).chain(corrections).map(|p| (p.to_string(), newest, None)).collect();
        // Every page of a split list, in job order, dated as its list is.
        for job in self.jobs() {
            let (date, brief) = match &job {
                Job::WhoPart(_) | Job::Period(_) => (newest, None),
                Job::Tag(..) => (None, None),
                Job::Brief(i) | Job::PartyList(i, ..) => (self.briefs[*i].updated, Some(self.briefs[*i].id.as_str())),
                _ => continue,
            };
            pages.push((self.site_path(&job), date, brief));
        }
        pages
    }
}
