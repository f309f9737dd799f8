# The reader-facing strings of the default theme, in English (Fluent syntax, projectfluent.org).
# A second language is a second file with the same keys.
#
# A template reads a string without arguments as `{{ text.key }}` (in a component, which must
# list `@text` among its arguments) and one with arguments as `{{ t(key="key", count=n) }}`.
# `$count`, `$shown` and `$total` are numbers: a plural selects on them. Other arguments
# are text. Keys use `_`, so that `text.key` reads in tera.
#
# One string, one line: Fluent keeps the line break of a string continued on the next line.
# Spaces at either end of a string are dropped, so the spaces around it stay in the template,
# and so does markup (links, dates): a sentence around a link is cut into the words before it.

## The sections, wherever they are named: menu links, breadcrumbs, headings
home = Home
timeline = Timeline
whos_who = Who’s who
tags = Tags
search = Search

## Every page (base.html)
skip_to_content = Skip to content
sections = Sections
search_label = Search
search_placeholder = Search
search_button = Search
feed = Feed (Atom)
data = Data (JSON)

## Shared pieces (components.html)
# How a screen reader names a citation mark such as [3], before its number: "Source 3". It is
# not made with an argument because a page can have hundreds, and the plain strings cost
# nothing to read.
cite = Source
sources = Sources
mentioned_in = Mentioned in
tags_label = Tags:
# Before the date of the last change.
last_updated = Last updated
pages = Pages
previous = ‹ Previous
next = Next ›
# After a heading, in brackets, and after a party's name on its list pages.
in_all = { $count } in all
# Before the party that alleges a role, which is a link.
alleged_by = alleged by
# Before the event a claim was made on, which is a link.
claim_on = On
event = Event
counted = Counted
kind = Kind
figure = Figure
as_of = As of
source = Source
# A party's list cut short; `$what` is events or claims.
more_latest = The latest { $shown } of { $count } { $what ->
        [claims] claims
       *[events] events
    }.
more_all = All { $count } { $what ->
        [claims] claims
        [figures] figures
       *[events] events
    } ›
more_figures = The { $shown } biggest of { $count } figures.

## The home page (index.html)
latest_events = Latest events
home_all_events = The full timeline: all { $count } events
story_so_far = The story so far
key_parties = Key parties
home_all_parties = Who’s who: all { $count } parties
background = Background

## The timeline (events.html)
timeline_dek = { $count } { $count ->
        [one] event
       *[other] events
    }, earliest first.
period_dek = { $count } { $count ->
        [one] event
       *[other] events
    } of { $total }, earliest first.
timeline_by_period = The timeline is told period by period.
timeline_grouped = Events that belong to a larger one are grouped under it.
periods = Periods
party = Party
all_parties = All parties
all_kinds = All kinds
# An umbrella event that began in an earlier period: "(continued; May 2020)".
continued = continued
# An umbrella event of a later period: "(May 2020, in a later period)".
in_a_later_period = in a later period
not_part_of_larger = Not part of a larger event

## The who’s who (parties.html)
parties_on_page = { $count } { $count ->
        [one] party
       *[other] parties
    } on this page.
parties_dek = { $count } { $count ->
        [one] party
       *[other] parties
    } in this explainer, grouped by kind.
kinds_of_party = Kinds of party
whos_who_parts = Parts of the who’s who
event_count = { $count } { $count ->
        [one] event
       *[other] events
    }

## A party (party.html)
at_a_glance = At a glance
short_name = Short name
position = Position
seat = Seat
also_known_as = Also known as
member_of = Member of
events = Events
party_event_count = { $count } in this explainer
relations = Relations
# Before the party that claims a relation, which is a link.
claimed_by = according to
connections = Connections
# Before the member through whom a party took part in an event, which is a link.
through = through

## An event (event.html)
breadcrumb = Breadcrumb
date = Date
place = Place
part_of = Part of
who_says_what = Who says what
casualty_figures = Casualty figures
casualty_note = Each figure is shown as its claimant published it, in its words (“nearly 200”, “more than 30”) or as a range from low to high. Figures from different claimants are listed apart and never added up.
# Before the party or source a group of figures comes from, which is a link.
according_to = According to
not_attributed = Not attributed to a party or a source
events_within = Events within it
related = Related
# Before the umbrella event, which is a link.
earlier_later_within = Earlier and later within
pager_within = Within { $name }
earlier = Earlier
later = Later

## Tags (tags.html, tag.html)
tags_dek = Briefs by topic.
no_tags = No brief has tags yet.
tag_dek = { $count } briefs carry this tag.

## Search (search.html)
search_dek = Find a party, an event or a page by its name, another name, a place, a role or a topic.
search_this = Search this explainer
search_noscript = Search runs in your browser and needs JavaScript, which is off. Every brief can also be reached from these lists:
browse_instead = Browse instead
browse = Browse
browse_parties = every party, grouped by kind
browse_events = every event, in order
browse_tags = briefs by topic

## A page that is not there (404.html)
not_found = Page not found
not_found_dek = There is no page at this address. It may have been renamed or removed.

## Charts (visuals.html)
chart_key = Key

## Page titles and descriptions (render/mod.rs)
parties_description = Every party in this explainer, grouped by kind.
# A part of a long who’s who: "Who’s who: People, A–C".
who_part_title = Who’s who: { $part }
who_part_description = Who’s who: { $part }.
timeline_description = Every event in this explainer, in order.
# A period of a long timeline: "Timeline: March 1992".
period_title = Timeline: { $period }
period_description = The events of { $period }, in order.
# `$page` is `later_page` on a tag's second page and after, else empty.
tag_title = Tag: { $name }{ $page }
tag_description = Briefs tagged “{ $name }”{ $page }.
# After the title of a list's second page and after: "Tag: Ceasefire, page 2".
later_page = , page { $n }
# A party's full list of events, claims or figures; `$heading` is its heading.
party_list_description = { $heading }: all { $count } of them.
search_description = Find a party, an event or a page of this explainer by name, place or topic.

## The description of a brief without a summary (meta.rs)
# `$role` is a person's position.
party_description_role = { $name }: { $role }.
# `$kind` is the kind of party, lower-cased: "Armenia (state)."
party_description = { $name } ({ $kind }).
# `$kind` is the kind of event, lower-cased: "Fall of Shusha: battle, 8 November 2020."
event_description = { $title }: { $kind }, { $date }.
event_description_place = { $title }: { $kind }, { $date } in { $place }.
# A casualty figure in structured data: "Civilians: 30 killed (as of 2 October 2020), according to Armenia".
figure_as_of = (as of { $date })
figure_according_to = { $figure }, according to { $by }

## The who’s who and tag pages (lists.rs, paging.rs)
# The who’s who heads each kind of party with these.
whos_who_states = States
whos_who_de_facto_states = De facto states
whos_who_governments = Governments
whos_who_people = People
whos_who_armed_groups = Armed groups
whos_who_alliances = Alliances
whos_who_organisations = Organisations
whos_who_other_parties = Other parties
# On the index of a long who’s who, the one page of a kind that is not cut by initials.
whos_who_all = All
# The groups of a tag's page.
tagged_parties = Parties
tagged_events = Events
tagged_pages = Pages
# The period of a long timeline that holds the events without a start date.
open_start = Open start
# The period of the events of a crowded year dated by the year alone: "1992, month not given".
year_without_month = { $year }, month not given
# A crowded period cut in numbered parts: "March 1992, part 2".
period_part = { $period }, part { $n }

## A party (party.rs, party_lists.rs)
# How a relation reads on a party's page, before the other party: from the party that lists
# it ("Backs"), and from the other one ("Backed by").
ally_of = Ally of
backs = Backs
backed_by = Backed by
adversary_of = Adversary of
mediator_for = Mediator for
mediated_by = Mediated by
rival_of = Rival of
proxy_of = Proxy of
has_as_proxy = Has as proxy
linked_to = Linked to
# Beside a person's dates, and beside anyone else's.
born = Born
died = Died
founded = Founded
dissolved = Dissolved
# The members of a state or government, and of any other party.
officials_and_members = Officials and members
party_members = Members
# The events a party took part in through its members, by the number the party takes.
through_their_people = Through their people
through_its_people = Through its people
# `$party` is the party's name inside a sentence, `$says` the verb that agrees with it:
# "What the Karabakh authorities say".
claims_title = What { $party } { $says }
figures_title = Figures published by { $party }
party_events_title = Events { $party } took part in

## Casualty figures (figures.rs)
# Whom a figure counts when it says only whose side they were on, before that party's name.
on_the_side_of = On the side of
# A group, before the party its people are of: "Military personnel of".
group_of = { $group } of
# A figure in words. The numbers come with their thousands separators; `$qualifier` is
# "nearly", "more than"...
amount_qualified = { $qualifier } { $n }
amount_range = { $low }–{ $high }
amount_range_best = { $low }–{ $high } (best estimate { $best })
amount_at_least = at least { $low }
amount_up_to = up to { $high }
amount_about = about { $best }
amount_at_least_best = at least { $low } (best estimate { $best })
amount_about_up_to = about { $best } (up to { $high })
# The heading of the figures no party claims, a source's own: "AFP and Reuters’ own count".
# The last name takes the possessive, `possessive_s` when it ends in s.
possessive = { $name }’s
possessive_s = { $name }’
own_count = own count
# Before the last of several names.
and = and

## Shared pieces (views.rs, search.rs)
# The kind of a free page, where a party or an event shows its kind.
page_kind = Page
# When a membership or a relation held.
span_from_to = { $since } – { $until }
span_since = since { $date }
span_until = until { $date }

## The timeline export (exports.rs)
# The link under each event of `data/timeline.json`, to its page.
read_the_brief = Read the brief
