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
places = Places
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
figures_data = Figures (CSV)
# How the language switcher is named to screen readers.
languages = Languages
# On a brief shown in its original language because it has no translation into the page's:
# `$language` is one of the names below.
untranslated = This page has not been translated yet: it is shown in { $language }.
# The languages, as the untranslated notice names them.
language_en = English
language_fr = French
language_ru = Russian
language_hy = Armenian
language_az = Azerbaijani
language_ar = Arabic

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
# A quotation in a claim, in the language's marks; the mark before it (after the verb or
# the paraphrase) and the stop that ends the claim's sentence.
# A paraphrase after the claimant: "says the fighting goes on"; a language that needs a
# conjunction ("заявляет, что") writes it here, and claim texts are written without it.
claim_paraphrase = { $verb } { $text }
claim_quote = “{ $quote }”
claim_colon = :
claim_stop = .
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
home_all_events = { $count ->
        [one] The full timeline: one event
       *[other] The full timeline: all { $count } events
    }
story_so_far = The story so far
key_parties = Key parties
home_all_parties = { $count ->
        [one] Who’s who: one party
       *[other] Who’s who: all { $count } parties
    }
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
# What timeline.js says when a filter is on: `$shown` of the `$total` events the page lists.
filter_shown = { $shown } of { $total } { $total ->
        [one] event
       *[other] events
    } shown.
filter_shown_on_page = { $shown } of { $total } { $total ->
        [one] event
       *[other] events
    } on this page shown.
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

## A place (place.html) and the gazetteer (places.html)
places_description = Every place this explainer names, with the events that happened there.
# `$count` places on the gazetteer's first line.
places_dek = { $count ->
        [one] One place, with the events there and the parties seated there.
       *[other] { $count } places, with the events there and the parties seated there.
    }
other_places = Other places
other_names = Other names
within = Within
coordinates = Coordinates
events_here = Events here
# Before a place within this one where an event happened, which is a link: "(at Shusha)".
at = at
seated_here = Seated here
places_within = Places within it
place_status = Status:
# What a reader is told of a place marked `disputed: true` without a note.
place_disputed = Its status is disputed.
# After a place's kind in the gazetteer.
disputed_short = disputed
# Above a place's list of events when it shows only the latest of them; the timeline link follows.
place_events_latest = The latest { $shown } of { $total } events; all of them are on the

## Locator maps (visuals/locator.rs)
map_place_caption = Where { $name } is
map_event_caption = Where it happened
map_places_caption = The places of this explainer
map_home_caption = Where it is happening
# A map's description for screen readers: the places it shows, in a list.
map_description = A map of { $places }.
# After a map's caption when some labels had no room: `$places` lists them.
map_unlabelled = Not labelled for lack of room: { $places }.
# When a map of many places shows only the busiest.
map_busiest = The { $shown } places with the most events, of { $total }.
map_key_primary = This place
map_key_latest = A place of the latest events
map_key_place = Another place of this explainer
map_key_sized = A place, sized by its number of events
map_key_context = The places of the larger event it is part of
map_key_disputed_place = A place of disputed status (dashed ring)
map_key_disputed_area = A territory of disputed status (dashed outline)
map_column_place = Place
map_column_kind = Kind
map_column_coordinates = Coordinates
map_column_events = Events
map_table_summary = { $count ->
        [one] The place on this map
       *[other] The { $count } places on this map
    }
# Under every map: whose shapes it is drawn on.
map_credit = Map data: { $credit }

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
# What search.js says as the reader types. `$query` is what they typed; `$limit` how many
# results are listed at most.
search_prompt = Type a name, a place or a topic.
search_none = Nothing found for “{ $query }”.
search_found = { $count ->
        [one] { $count } brief found.
       *[other] { $count } briefs found.
    }
search_found_more = { $count } briefs found; the first { $limit } are shown.

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
# `$kind` is the kind of place, lower-cased: "Stepanakert (city in Nagorno-Karabakh)."
place_description = { $name } ({ $kind }).
place_description_within = { $name } ({ $kind } in { $within }).
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
tagged_places = Places
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

## The relationship map and a party's neighbourhood (visuals/relations.rs, bundle.rs, sides.rs)
# `$number` is `plural` for a name that takes a plural verb ("the Karabakh authorities"),
# else `singular`. `$n`, `$parties` and `$connected` are numbers as the page prints them ("1,500").
map_title = How the parties are linked
# `$kinds` is a list of `map_count_*`, joined by semicolons.
map_desc = { $parties } parties: side A on the left, side B on the right, those on neither side between them; joined by { $links } links: { $kinds }. Arrows point from a backer, proxy, mediator or member to the other party. The table after the chart lists every link.
map_note = Showing { $parties } of the { $connected } parties with links (those most often on a side of an event first, then the most connected) and the links between them.
map_table = { $count ->
        [one] The link as a table
       *[other] The { $n } links as a table
    }
map_column_relation = Relation
map_column_other_party = Other party
map_column_dates = Dates
map_column_link = Link
# The column headings of the map.
map_side_a = Side A
map_neither_side = Neither side
map_side_b = Side B
# A line's tooltip: "Turkey backs Azerbaijan (according to Armenia)"; `$verb` is a `map_verb_*`.
map_link = { $from } { $verb } { $to }
map_link_claimed = { $from } { $verb } { $to } (according to { $claimant })
# A link in the table with the role a member holds: "is a member of (chair)".
map_link_role = { $link } ({ $role })
# How a membership reads in a party's table, from the member and from the group.
map_member_of = Member of
map_has_member = Has as member
# Between two names.
map_verb_ally = { $number ->
        [plural] are allies of
       *[singular] is an ally of
    }
map_verb_adversary = { $number ->
        [plural] are adversaries of
       *[singular] is an adversary of
    }
map_verb_rival = { $number ->
        [plural] are rivals of
       *[singular] is a rival of
    }
map_verb_backer = { $number ->
        [plural] back
       *[singular] backs
    }
map_verb_proxy = { $number ->
        [plural] are proxies of
       *[singular] is a proxy of
    }
map_verb_mediator = { $number ->
        [plural] mediate for
       *[singular] mediates for
    }
map_verb_other = { $number ->
        [plural] are linked to
       *[singular] is linked to
    }
map_verb_member = { $number ->
        [plural] are members of
       *[singular] is a member of
    }
# The key under the map.
map_legend_ally = Allies
map_legend_adversary = Adversaries
map_legend_rival = Rivals
map_legend_backer = Backs (arrow to the one backed)
map_legend_proxy = Proxy of (arrow to the patron)
map_legend_mediator = Mediates for (arrow to the side)
map_legend_other = Other link
map_legend_member = Member of (arrow to the group)
# How many links of a kind the map draws, in its description.
map_count_ally = allies: { $count }
map_count_adversary = adversaries: { $count }
map_count_rival = rivals: { $count }
map_count_backer = backing: { $count }
map_count_proxy = proxies: { $count }
map_count_mediator = mediation: { $count }
map_count_other = other links: { $count }
map_count_member = membership: { $count }
# Many links of one kind into one party, drawn as one arrow with their count.
map_bundle_backers = { $n } { $count ->
        [one] backer
       *[other] backers
    }
map_bundle_proxies = { $n } { $count ->
        [one] proxy
       *[other] proxies
    }
map_bundle_mediators = { $n } { $count ->
        [one] mediator
       *[other] mediators
    }
map_bundle_links = { $n } { $count ->
        [one] link
       *[other] links
    }
map_bundle_members = { $n } { $count ->
        [one] member
       *[other] members
    }
# The bundle's tooltip: "12 members of NATO"; `$links` is a `map_bundle_*`.
map_bundle_of = { $links } of { $name }
neighbourhood_caption = Who { $name } { $number ->
        [plural] are
       *[singular] is
    } linked to
neighbourhood_title = { $subject } and the parties linked to { $number ->
        [plural] them
       *[singular] it
    }
neighbourhood_around = { $count ->
        [one] one linked party
       *[other] { $n } linked parties
    }
# `$around` is `neighbourhood_around`; `$kinds` a list of `map_count_*`.
neighbourhood_desc = { $subject }, marked, with { $around }, side A on the left, side B on the right, those on neither side between them: { $kinds }. Arrows point from a backer, proxy, mediator or member to the other party. The table after the chart lists every link.
neighbourhood_note = Showing { $shown } of the { $n } parties linked to { $name }: { $number ->
        [plural] their
       *[singular] its
    } own relations and memberships first, then the most connected. The table lists every link.

## The timeline chart (visuals/timeline.rs, timeline/counts.rs, timeline/vertical.rs, axis.rs)
# `$n` is the number of events as the page prints it ("1,500").
timeline_chart_caption = The timeline at a glance
overview_chart_caption = The story at a glance
timeline_chart_title = Timeline of { $n } events
timeline_chart_counted = { $n } events are too many to draw one by one: the bars count the events that start in each period.
# `$first` and `$last` are dates; `$groups` is a list of `timeline_chart_lane_count`, joined by semicolons.
timeline_chart_desc = { $n } events from { $first } to { $last }, in { $lanes } lanes: { $groups }.
timeline_chart_desc_marks = Filled marks are dates known to the day; hollow bars are dates known only to the month or year; dashed outlines are approximate or uncertain dates; an arrow means still going on. The table after the chart lists every event.
timeline_chart_desc_bars = Bars count the events that start in each period; the table after the chart sums up each lane.
# Where the timeline starts when its first event has no start.
timeline_chart_open_start = an open start
timeline_chart_lane_count = { $name } ({ $count })
# The lane of the events that belong to no larger one: in the description, as a heading, and
# over its column on a phone.
timeline_chart_other_events_lower = other events
timeline_chart_other_events = Other events
timeline_chart_other = Other
# A mark's tooltip: "3. Ceasefire agreed, 10 November 2020".
timeline_chart_mark = { $mark }. { $title }, { $date }
# A lane's heading: its umbrella event's number, title and date.
timeline_chart_lane = { $mark }. { $title } ({ $date })
# After a lane's name on the counting chart, after a space: "Other events · 1,204 events".
timeline_chart_lane_events = · { $n } events
# A bar's tooltip on the counting chart: "Other events: 12 in Oct 2020".
timeline_chart_bin = { $lane }: { $count } in { $period }
# The key.
timeline_chart_exact_day = Exact day
timeline_chart_period = Period, from day to day
timeline_chart_coarse = Known only to the month or year (spans it)
timeline_chart_qualified = Approximate or uncertain
timeline_chart_still_going_on = Still going on
# How a date is given, in the table: the words joined by commas ("month only, approximate").
timeline_chart_precision_day = exact day
timeline_chart_precision_month = month only
timeline_chart_precision_year = year only
timeline_chart_precision_period = period
timeline_chart_precision_coarse_ends = ends known only to the month or year
timeline_chart_precision_open_end = still going on
timeline_chart_precision_no_start = start not known
timeline_chart_precision_approximate = approximate
timeline_chart_precision_uncertain = uncertain
timeline_chart_table = The { $n } events as a table
timeline_chart_lanes_table = The lanes of the chart as a table
timeline_chart_column_number = No.
timeline_chart_column_given_as = Date given as
timeline_chart_column_lane = Lane
timeline_chart_column_first = First
timeline_chart_column_last = Last
# The months' short names on the time axis ("27 Sep 2020", "Oct 2020").
month_short_1 = Jan
month_short_2 = Feb
month_short_3 = Mar
month_short_4 = Apr
month_short_5 = May
month_short_6 = Jun
month_short_7 = Jul
month_short_8 = Aug
month_short_9 = Sep
month_short_10 = Oct
month_short_11 = Nov
month_short_12 = Dec

## The words of front-matter vocabularies (src/model/vocabulary.rs)
# Each key is the vocabulary's prefix and the word writers use: `kind: de_facto_state` is
# `party_kind_de_facto_state`. A test holds this list to the vocabularies.
party_kind_state = State
party_kind_de_facto_state = De facto state
party_kind_government = Government
party_kind_person = Person
party_kind_armed_group = Armed group
party_kind_alliance = Alliance
party_kind_organisation = Organisation
party_kind_other = Other
place_kind_city = City
place_kind_town = Town
place_kind_village = Village
place_kind_region = Region
place_kind_country = Country
place_kind_area = Area
place_kind_site = Site
place_kind_other = Place
autolink_true = Linked where it stands alone
autolink_false = Never linked
autolink_always = Linked, even a name that is a common word
relation_kind_ally = Ally
relation_kind_backer = Backer
relation_kind_adversary = Adversary
relation_kind_mediator = Mediator
relation_kind_rival = Rival
relation_kind_proxy = Proxy
relation_kind_other = Other relation
event_kind_clash = Clash
event_kind_strike = Strike
event_kind_shelling = Shelling
event_kind_statement = Statement
event_kind_agreement = Agreement
event_kind_ceasefire = Ceasefire
event_kind_summit = Summit
event_kind_declaration = Declaration
event_kind_election = Election
event_kind_appeal = Appeal
event_kind_accusation = Accusation
event_kind_other = Event
role_side_a = Side A
role_side_b = Side B
role_attacker = Attacker
role_defender = Defender
role_backer = Backer
role_mediator = Mediator
role_signatory = Signatory
role_speaker = Speaker
role_target = Target
role_host = Host
role_observer = Observer
role_other = Other role
role_participant = Participant
# How a party page introduces its events in a role, as a heading.
role_phrase_side_a = On side A
role_phrase_side_b = On side B
role_phrase_attacker = As attacker
role_phrase_defender = As defender
role_phrase_backer = As backer
role_phrase_mediator = As mediator
role_phrase_signatory = As signatory
role_phrase_speaker = As speaker
role_phrase_target = As target
role_phrase_host = As host
role_phrase_observer = As observer
role_phrase_other = In another role
role_phrase_participant = As participant
casualty_kind_killed = Killed
casualty_kind_wounded = Wounded
casualty_kind_missing = Missing
casualty_kind_displaced = Displaced
casualty_kind_captured = Captured
# The verb after a claimant's name: "Armenia says", then after a plural one: "the Karabakh
# authorities say".
stance_asserts = says
stance_denies = denies
stance_disputes = disputes
stance_admits = admits
stance_plural_asserts = say
stance_plural_denies = deny
stance_plural_disputes = dispute
stance_plural_admits = admit
# Before a figure: "nearly 200".
qualifier_nearly = nearly
qualifier_about = about
qualifier_at_least = at least
qualifier_more_than = more than
qualifier_fewer_than = fewer than
qualifier_up_to = up to
figure_status_recorded = Recorded
figure_status_claimed = Claimed
figure_status_estimate = Estimate
figure_status_provisional = Provisional
correction_kind_correction = Correction
correction_kind_clarification = Clarification
correction_kind_update = Update
# Whom a figure counts, when not a party.
group_civilians = Civilians
group_military = Military personnel
group_unknown = Not specified

## Dates as readers see them (src/model/date/human.rs, read by src/strings/dates.rs)
# Each argument is text: `$day` and `$year` are digits, `$month` a month's name below.
month_1 = January
month_2 = February
month_3 = March
month_4 = April
month_5 = May
month_6 = June
month_7 = July
month_8 = August
month_9 = September
month_10 = October
month_11 = November
month_12 = December
# A date the writer gives as "circa" (`~`): "c. 1994".
date_approximate = c. { $date }
# A date the writer is not sure of (`?`): "1991 (uncertain)".
date_uncertain = { $date } (uncertain)
# An interval with an open end: "since 27 September 2020".
date_since = since { $date }
# An interval with an open start: "until 1994".
date_until = until { $date }
date_day_month_year = { $day } { $month } { $year }
# The first day of a range whose year the last one gives: "27 September" of
# "27 September – 10 November 2020".
date_day_month = { $day } { $month }
date_month_year = { $month } { $year }
# From one date to the other: "27 September – 10 November 2020", "c. 1991 – 1994".
date_range = { $start } – { $end }
# Days of one month: "27–30 September 2020".
date_day_range = { $first }–{ $last } { $month } { $year }
# Whole years: "1991–1994".
date_year_range = { $start }–{ $end }
# An earlier value of a figure, shown beside the latest: “171 (158 on 2 October 2020)”.
figure_previous = { $amount } on { $date }
figure_status = Status
# What kind of number a figure is, and what to keep in mind: “Estimate: excludes the missing”.
figure_note = { $status }: { $caveat }
# The chart of one figure's values over time.
series_caption_claimed = { $kind } ({ $counted }) according to { $claimant }, over time
series_caption = { $kind } ({ $counted }), over time
series_of_event = { $event }: { $caption }
series_description = { $count } values from { $first } to { $last }: from { $from } to { $to }.
series_key_value = An earlier value, held until the next
series_key_latest = The latest value
series_key_range = From low to high
series_table = The { $count } values as a table
# Corrections, clarifications and updates, on each page and on their own page.
corrections = Corrections
corrections_title = Corrections
corrections_intro = Every correction, clarification and update made to this explainer, newest first. Each is also shown on the page it concerns.
corrections_feed = Corrections feed
correction_on = { $kind } to { $brief }
# The banner of a site built as it stood on a day (`build --as-of`).
as_of_banner = This is the explainer as it stood on { $date }: figures, claims and events published later are left out.
# A brief's history: the commits of the site's git repository that changed its file.
history = History
history_more = { $count ->
    [one] One earlier change is not listed.
   *[other] { $count } earlier changes are not listed.
}
