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
