# Հայերեն (hy, արևելահայերեն, ուղղագրությունը՝ ընդունված ժամանակակից): the reader-facing strings of the default theme, in Armenian.
# The reader-facing strings of the default theme (Fluent syntax, projectfluent.org).
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
#
# Armenian notes: names reach these strings in the nominative, without case endings, so a
# name after a fragment is set off with the Armenian apposition mark "՝" ("Աղբյուրը՝ X")
# rather than given a case ending. A noun after a numeral stays singular ("5 իրադարձություն").
# CLDR plural categories of hy: one (0 and 1), other. Full stop "։", quotation marks «».

## The sections, wherever they are named: menu links, breadcrumbs, headings
home = Գլխավոր
timeline = Ժամանակագրություն
whos_who = Ով ով է
places = Վայրեր
tags = Պիտակներ
search = Որոնում

## Every page (base.html)
skip_to_content = Անցնել բովանդակությանը
sections = Բաժիններ
search_label = Որոնում
search_placeholder = Որոնել
search_button = Որոնել
feed = Լրահոս (Atom)
data = Տվյալներ (JSON)
figures_data = Թվեր (CSV)
# How the language switcher is named to screen readers.
languages = Լեզուներ
# On a brief shown in its original language because it has no translation into the page's:
# `$language` is one of the names below.
untranslated = Այս էջը դեռ թարգմանված չէ։ Այն ներկայացված է բնագրի լեզվով՝ { $language }։
# The languages, as the untranslated notice names them.
language_en = անգլերեն
language_fr = ֆրանսերեն
language_ru = ռուսերեն
language_hy = հայերեն
language_az = ադրբեջաներեն
language_ar = արաբերեն

## Shared pieces (components.html)
# How a screen reader names a citation mark such as [3], before its number: "Source 3". It is
# not made with an argument because a page can have hundreds, and the plain strings cost
# nothing to read.
cite = Աղբյուր
sources = Աղբյուրներ
mentioned_in = Հիշատակվում է
tags_label = Պիտակներ՝
# Before the date of the last change.
last_updated = Վերջին թարմացումը՝
pages = Էջեր
previous = ‹ Նախորդ
next = Հաջորդ ›
# After a heading, in brackets, and after a party's name on its list pages.
in_all = ընդամենը՝ { $count }
# Before the party that alleges a role, which is a link.
alleged_by = պնդողը՝
# Before the event a claim was made on, which is a link.
claim_on = Իրադարձությունը՝
claim_paraphrase = { $verb }, որ { $text }
claim_quote = «{ $quote }»
claim_colon = .
claim_stop = ։
event = Իրադարձություն
counted = Ում է վերաբերում
kind = Տեսակ
figure = Թիվ
as_of = Դրությամբ
source = Աղբյուր
# A party's list cut short; `$what` is events or claims.
more_latest = Ցուցադրված է վերջին { $shown } { $what ->
        [claims] պնդումը
       *[events] իրադարձությունը
    }՝ ընդհանուր { $count }-ից։
more_all = Բոլոր { $count } { $what ->
        [claims] պնդումները
        [figures] թվերը
       *[events] իրադարձությունները
    } ›
more_figures = Ցուցադրված է { $shown } ամենամեծ թիվը՝ ընդհանուր { $count }-ից։

## The home page (index.html)
latest_events = Վերջին իրադարձությունները
home_all_events = { $count ->
        [one] Ամբողջ ժամանակագրությունը՝ { $count } իրադարձություն
       *[other] Ամբողջ ժամանակագրությունը՝ բոլոր { $count } իրադարձությունները
    }
story_so_far = Զարգացումները մինչ օրս
key_parties = Հիմնական դերակատարները
home_all_parties = { $count ->
        [one] Ով ով է՝ { $count } դերակատար
       *[other] Ով ով է՝ բոլոր { $count } դերակատարները
    }
background = Նախապատմություն

## The timeline (events.html)
timeline_dek = { $count } { $count ->
        [one] իրադարձություն
       *[other] իրադարձություն
    }՝ սկսած ամենավաղից։
period_dek = { $count } { $count ->
        [one] իրադարձություն
       *[other] իրադարձություն
    }՝ ընդհանուր { $total }-ից, սկսած ամենավաղից։
timeline_by_period = Ժամանակագրությունը ներկայացված է ըստ ժամանակահատվածների։
timeline_grouped = Ավելի մեծ իրադարձության մաս կազմող իրադարձությունները խմբավորված են դրա ներքո։
# What timeline.js says when a filter is on: `$shown` of the `$total` events the page lists.
filter_shown = Ցուցադրված է { $shown } { $total ->
        [one] իրադարձություն
       *[other] իրադարձություն
    }՝ { $total }-ից։
filter_shown_on_page = Այս էջում ցուցադրված է { $shown } { $total ->
        [one] իրադարձություն
       *[other] իրադարձություն
    }՝ { $total }-ից։
periods = Ժամանակահատվածներ
party = Դերակատար
all_parties = Բոլոր դերակատարները
all_kinds = Բոլոր տեսակները
# An umbrella event that began in an earlier period: "(continued; May 2020)".
continued = շարունակություն
# An umbrella event of a later period: "(May 2020, in a later period)".
in_a_later_period = ավելի ուշ ժամանակահատվածում
not_part_of_larger = Ավելի մեծ իրադարձության մաս չի կազմում

## The who’s who (parties.html)
parties_on_page = Այս էջում՝ { $count } { $count ->
        [one] դերակատար
       *[other] դերակատար
    }։
parties_dek = { $count } { $count ->
        [one] դերակատար
       *[other] դերակատար
    } այս տեղեկատուում՝ խմբավորված ըստ տեսակի։
kinds_of_party = Դերակատարների տեսակները
whos_who_parts = «Ով ով է» բաժնի մասերը
event_count = { $count } { $count ->
        [one] իրադարձություն
       *[other] իրադարձություն
    }

## A party (party.html)
at_a_glance = Համառոտ
short_name = Կարճ անվանում
position = Պաշտոն
seat = Նստավայր
also_known_as = Հայտնի է նաև որպես
member_of = Անդամակցություն
events = Իրադարձություններ
party_event_count = այս տեղեկատուում՝ { $count }
relations = Հարաբերություններ
# Before the party that claims a relation, which is a link.
claimed_by = պնդողը՝
connections = Կապեր
# Before the member through whom a party took part in an event, which is a link.
through = ում միջոցով՝

## A place (place.html) and the gazetteer (places.html)
places_description = Այս տեղեկատուում նշված բոլոր վայրերը և այնտեղ տեղի ունեցած իրադարձությունները։
# `$count` places on the gazetteer's first line.
places_dek = { $count ->
        [one] { $count } վայր՝ այնտեղ տեղի ունեցած իրադարձություններով և այնտեղ նստավայր ունեցող դերակատարներով։
       *[other] { $count } վայր՝ այնտեղ տեղի ունեցած իրադարձություններով և այնտեղ նստավայր ունեցող դերակատարներով։
    }
other_places = Այլ վայրեր
other_names = Այլ անվանումներ
within = Գտնվում է
coordinates = Կոորդինատներ
events_here = Այստեղ տեղի ունեցած իրադարձությունները
# Before a place within this one where an event happened, which is a link: "(at Shusha)".
at = վայրը՝
seated_here = Այստեղ նստավայր ունեցողները
places_within = Ներառված վայրերը
place_status = Կարգավիճակը՝
# What a reader is told of a place marked `disputed: true` without a note.
place_disputed = Կարգավիճակը վիճելի է։
# After a place's kind in the gazetteer.
disputed_short = վիճելի կարգավիճակ
# Above a place's list of events when it shows only the latest of them; the timeline link follows.
place_events_latest = Ցուցադրված է վերջին { $shown } իրադարձությունը՝ ընդհանուր { $total }-ից։ Բոլորը տե՛ս այստեղ՝

## Locator maps (visuals/locator.rs)
map_place_caption = { $name }՝ քարտեզի վրա
map_event_caption = Իրադարձության վայրը
map_places_caption = Այս տեղեկատուի վայրերը
map_home_caption = Որտեղ են տեղի ունենում իրադարձությունները
# A map's description for screen readers: the places it shows, in a list.
map_description = Քարտեզ, որում նշված են՝ { $places }։
# After a map's caption when some labels had no room: `$places` lists them.
map_unlabelled = Տեղի սղության պատճառով անվանումները նշված չեն՝ { $places }։
# When a map of many places shows only the busiest.
map_busiest = Ամենաշատ իրադարձություններով { $shown } վայրը՝ ընդհանուր { $total }-ից։
map_key_primary = Այս վայրը
map_key_latest = Վերջին իրադարձությունների վայր
map_key_place = Այս տեղեկատուի այլ վայր
map_key_sized = Վայր (չափը՝ ըստ իրադարձությունների քանակի)
map_key_context = Այն ավելի մեծ իրադարձության վայրերը, որի մաս է կազմում
map_key_disputed_place = Վիճելի կարգավիճակով վայր (ընդհատ օղակ)
map_key_disputed_area = Վիճելի կարգավիճակով տարածք (ընդհատ եզրագիծ)
map_column_place = Վայր
map_column_kind = Տեսակ
map_column_coordinates = Կոորդինատներ
map_column_events = Իրադարձություններ
map_table_summary = { $count ->
        [one] Քարտեզում նշված { $count } վայրը
       *[other] Քարտեզում նշված { $count } վայրը
    }
# Under every map: whose shapes it is drawn on.
map_credit = Քարտեզի տվյալները՝ { $credit }

## An event (event.html)
breadcrumb = Նավիգացիոն ուղի
date = Ամսաթիվ
place = Վայր
part_of = Մաս է կազմում
who_says_what = Ով ինչ է ասում
casualty_figures = Կորուստների և տուժածների թվերը
casualty_note = Յուրաքանչյուր թիվ ներկայացված է այնպես, ինչպես այն հրապարակել է աղբյուրը՝ իր ձևակերպմամբ («մոտ 200», «ավելի քան 30») կամ որպես միջակայք՝ նվազագույնից առավելագույն։ Տարբեր աղբյուրների թվերը ներկայացված են առանձին և երբեք չեն գումարվում։
# Before the party or source a group of figures comes from, which is a link.
according_to = Տվյալների աղբյուրը՝
not_attributed = Չի վերագրվում որևէ դերակատարի կամ աղբյուրի
events_within = Ներառված իրադարձությունները
related = Առնչվող նյութեր
# Before the umbrella event, which is a link.
earlier_later_within = Նախորդ և հաջորդ իրադարձություններն ընտրված են հետևյալի շրջանակում՝
pager_within = Շրջանակը՝ { $name }
earlier = Ավելի վաղ
later = Ավելի ուշ

## Tags (tags.html, tag.html)
tags_dek = Նյութերն ըստ թեմաների։
no_tags = Դեռ ոչ մի նյութ պիտակ չունի։
tag_dek = { $count } նյութ ունի այս պիտակը։

## Search (search.html)
search_dek = Գտեք դերակատար, իրադարձություն կամ էջ՝ ըստ անվան, այլ անվանման, վայրի, դերի կամ թեմայի։
search_this = Որոնել այս տեղեկատուում
search_noscript = Որոնումն աշխատում է ձեր դիտարկիչում և պահանջում է JavaScript, որն անջատված է։ Յուրաքանչյուր նյութ կարելի է գտնել նաև այս ցանկերից՝
browse_instead = Դիտել ցանկերը
browse = Դիտել
browse_parties = բոլոր դերակատարները՝ ըստ տեսակի
browse_events = բոլոր իրադարձությունները՝ ըստ հերթականության
browse_tags = նյութերն ըստ թեմաների
# What search.js says as the reader types. `$query` is what they typed; `$limit` how many
# results are listed at most.
search_prompt = Մուտքագրեք անուն, վայր կամ թեմա։
search_none = «{ $query }» հարցմամբ ոչինչ չի գտնվել։
search_found = { $count ->
        [one] Գտնվել է { $count } նյութ։
       *[other] Գտնվել է { $count } նյութ։
    }
search_found_more = Գտնվել է { $count } նյութ։ Ցուցադրված է առաջին { $limit } նյութը։

## A page that is not there (404.html)
not_found = Էջը չի գտնվել
not_found_dek = Այս հասցեով էջ չկա։ Հնարավոր է՝ այն վերանվանվել կամ հեռացվել է։

## Charts (visuals.html)
chart_key = Պայմանական նշաններ

## Page titles and descriptions (render/mod.rs)
parties_description = Այս տեղեկատուի բոլոր դերակատարները՝ խմբավորված ըստ տեսակի։
# A part of a long who’s who: "Who’s who: People, A–C".
who_part_title = Ով ով է՝ { $part }
who_part_description = Ով ով է՝ { $part }։
timeline_description = Այս տեղեկատուի բոլոր իրադարձությունները՝ ըստ հերթականության։
# A period of a long timeline: "Timeline: March 1992".
period_title = Ժամանակագրություն՝ { $period }
period_description = Իրադարձությունները՝ { $period }, ըստ հերթականության։
# `$page` is `later_page` on a tag's second page and after, else empty.
tag_title = Պիտակ՝ { $name }{ $page }
tag_description = «{ $name }» պիտակով նյութեր{ $page }։
# After the title of a list's second page and after: "Tag: Ceasefire, page 2".
later_page = , էջ { $n }
# A party's full list of events, claims or figures; `$heading` is its heading.
party_list_description = { $heading }՝ ամբողջական ցանկ (ընդամենը՝ { $count })։
search_description = Գտեք այս տեղեկատուի դերակատար, իրադարձություն կամ էջ՝ ըստ անվան, վայրի կամ թեմայի։

## The description of a brief without a summary (meta.rs)
# `$role` is a person's position.
party_description_role = { $name }՝ { $role }։
# `$kind` is the kind of party, lower-cased: "Armenia (state)."
party_description = { $name } ({ $kind })։
# `$kind` is the kind of event, lower-cased: "Fall of Shusha: battle, 8 November 2020."
event_description = { $title }՝ { $kind }, { $date }։
event_description_place = { $title }՝ { $kind }, { $date }, վայրը՝ { $place }։
# `$kind` is the kind of place, lower-cased: "Stepanakert (city in Nagorno-Karabakh)."
place_description = { $name } ({ $kind })։
place_description_within = { $name } ({ $kind }, { $within })։
# A casualty figure in structured data: "Civilians: 30 killed (as of 2 October 2020), according to Armenia".
figure_as_of = ({ $date } դրությամբ)
figure_according_to = { $figure }, աղբյուրը՝ { $by }

## The who’s who and tag pages (lists.rs, paging.rs)
# The who’s who heads each kind of party with these.
whos_who_states = Պետություններ
whos_who_de_facto_states = Դե ֆակտո պետություններ
whos_who_governments = Կառավարություններ
whos_who_people = Անձինք
whos_who_armed_groups = Զինված խմբավորումներ
whos_who_alliances = Դաշինքներ
whos_who_organisations = Կազմակերպություններ
whos_who_other_parties = Այլ դերակատարներ
# On the index of a long who’s who, the one page of a kind that is not cut by initials.
whos_who_all = Բոլորը
# The groups of a tag's page.
tagged_parties = Դերակատարներ
tagged_events = Իրադարձություններ
tagged_places = Վայրեր
tagged_pages = Էջեր
# The period of a long timeline that holds the events without a start date.
open_start = Առանց սկզբի ամսաթվի
# The period of the events of a crowded year dated by the year alone: "1992, month not given".
year_without_month = { $year }, ամիսը նշված չէ
# A crowded period cut in numbered parts: "March 1992, part 2".
period_part = { $period }, մաս { $n }

## A party (party.rs, party_lists.rs)
# How a relation reads on a party's page, before the other party: from the party that lists
# it ("Backs"), and from the other one ("Backed by").
ally_of = Դաշնակից՝
backs = Աջակցում է՝
backed_by = Աջակից՝
adversary_of = Հակառակորդ՝
mediator_for = Միջնորդում է՝
mediated_by = Միջնորդ՝
rival_of = Մրցակից՝
proxy_of = Պրոքսի ուժ է, հովանավորը՝
has_as_proxy = Պրոքսի ուժը՝
linked_to = Կապված է՝
# Beside a person's dates, and beside anyone else's.
born = Ծնվել է
died = Մահացել է
founded = Հիմնադրվել է
dissolved = Լուծարվել է
# The members of a state or government, and of any other party.
officials_and_members = Պաշտոնատար անձինք և անդամներ
party_members = Անդամներ
# The events a party took part in through its members, by the number the party takes.
through_their_people = Իրենց ներկայացուցիչների միջոցով
through_its_people = Իր ներկայացուցիչների միջոցով
# `$party` is the party's name inside a sentence, `$says` the verb that agrees with it:
# "What the Karabakh authorities say".
claims_title = Այն, ինչ { $party } { $says }
figures_title = { $party }՝ հրապարակված թվեր
party_events_title = { $party }՝ մասնակցություն իրադարձություններին

## Casualty figures (figures.rs)
# Whom a figure counts when it says only whose side they were on, before that party's name.
on_the_side_of = Կողմը՝
# A group, before the party its people are of: "Military personnel of".
group_of = { $group }, կողմը՝
# A figure in words. The numbers come with their thousands separators; `$qualifier` is
# "nearly", "more than"...
amount_qualified = { $qualifier } { $n }
amount_range = { $low }–{ $high }
amount_range_best = { $low }–{ $high } (առավել հավանականը՝ { $best })
amount_at_least = առնվազն { $low }
amount_up_to = մինչև { $high }
amount_about = մոտ { $best }
amount_at_least_best = առնվազն { $low } (առավել հավանականը՝ { $best })
amount_about_up_to = մոտ { $best } (մինչև { $high })
# The heading of the figures no party claims, a source's own: "AFP and Reuters’ own count".
# The last name takes the possessive, `possessive_s` when it ends in s.
# Armenian: no possessive ending on a name; the heading reads "AFP և Reuters (սեփական հաշվարկ)".
possessive = { $name }
possessive_s = { $name }
own_count = (սեփական հաշվարկ)
# Before the last of several names.
and = և

## Shared pieces (views.rs, search.rs)
# The kind of a free page, where a party or an event shows its kind.
page_kind = Էջ
# When a membership or a relation held.
span_from_to = { $since } – { $until }
span_since = { $date }-ից
span_until = մինչև { $date }

## The timeline export (exports.rs)
# The link under each event of `data/timeline.json`, to its page.
read_the_brief = Կարդալ նյութը

## The relationship map and a party's neighbourhood (visuals/relations.rs, bundle.rs, sides.rs)
# `$number` is `plural` for a name that takes a plural verb ("the Karabakh authorities"),
# else `singular`. `$n`, `$parties` and `$connected` are numbers as the page prints them ("1,500").
map_title = Ինչպես են կապված դերակատարները
# `$kinds` is a list of `map_count_*`, joined by semicolons.
map_desc = { $parties } դերակատար՝ կողմ Ա-ն ձախից, կողմ Բ-ն աջից, ոչ մի կողմին չպատկանողները՝ մեջտեղում։ Նրանց միացնում է { $links } կապ՝ { $kinds }։ Սլաքներն ուղղված են աջակցից, պրոքսի ուժից, միջնորդից կամ անդամից դեպի մյուս դերակատարը։ Գծապատկերից հետո աղյուսակում թվարկված են բոլոր կապերը։
map_note = Ցուցադրված են { $parties } դերակատար՝ կապեր ունեցող { $connected }-ից (նախ՝ իրադարձություններում ամենահաճախ որևէ կողմում հանդես եկողները, ապա՝ ամենաշատ կապեր ունեցողները), և նրանց միջև կապերը։
map_table = { $count ->
        [one] { $n } կապը՝ աղյուսակի տեսքով
       *[other] { $n } կապը՝ աղյուսակի տեսքով
    }
map_column_relation = Հարաբերություն
map_column_other_party = Մյուս դերակատարը
map_column_dates = Ամսաթվեր
map_column_link = Կապ
# The column headings of the map.
map_side_a = Կողմ Ա
map_neither_side = Ոչ մի կողմ
map_side_b = Կողմ Բ
# A line's tooltip: "Turkey backs Azerbaijan (according to Armenia)"; `$verb` is a `map_verb_*`.
map_link = { $from } → { $to }՝ { $verb }
map_link_claimed = { $from } → { $to }՝ { $verb } (պնդողը՝ { $claimant })
# A link in the table with the role a member holds: "is a member of (chair)".
map_link_role = { $link } ({ $role })
# How a membership reads in a party's table, from the member and from the group.
map_member_of = Անդամ է
map_has_member = Ներառում է որպես անդամ
# Between two names.
map_verb_ally = { $number ->
        [plural] դաշնակից են
       *[singular] դաշնակից է
    }
map_verb_adversary = { $number ->
        [plural] հակառակորդ են
       *[singular] հակառակորդ է
    }
map_verb_rival = { $number ->
        [plural] մրցակից են
       *[singular] մրցակից է
    }
map_verb_backer = { $number ->
        [plural] աջակցում են
       *[singular] աջակցում է
    }
map_verb_proxy = { $number ->
        [plural] պրոքսի ուժ են
       *[singular] պրոքսի ուժ է
    }
map_verb_mediator = { $number ->
        [plural] միջնորդում են
       *[singular] միջնորդում է
    }
map_verb_other = { $number ->
        [plural] կապված են
       *[singular] կապված է
    }
map_verb_member = { $number ->
        [plural] անդամ են
       *[singular] անդամ է
    }
# The key under the map.
map_legend_ally = Դաշնակիցներ
map_legend_adversary = Հակառակորդներ
map_legend_rival = Մրցակիցներ
map_legend_backer = Աջակցում է (սլաքը՝ դեպի աջակցություն ստացողը)
map_legend_proxy = Պրոքսի ուժ (սլաքը՝ դեպի հովանավորը)
map_legend_mediator = Միջնորդում է (սլաքը՝ դեպի կողմը)
map_legend_other = Այլ կապ
map_legend_member = Անդամ է (սլաքը՝ դեպի կառույցը)
# How many links of a kind the map draws, in its description.
map_count_ally = դաշնակցային կապեր՝ { $count }
map_count_adversary = հակառակորդներ՝ { $count }
map_count_rival = մրցակիցներ՝ { $count }
map_count_backer = աջակցություն՝ { $count }
map_count_proxy = պրոքսի կապեր՝ { $count }
map_count_mediator = միջնորդություն՝ { $count }
map_count_other = այլ կապեր՝ { $count }
map_count_member = անդամակցություն՝ { $count }
# Many links of one kind into one party, drawn as one arrow with their count.
map_bundle_backers = { $n } { $count ->
        [one] աջակից
       *[other] աջակից
    }
map_bundle_proxies = { $n } { $count ->
        [one] պրոքսի ուժ
       *[other] պրոքսի ուժ
    }
map_bundle_mediators = { $n } { $count ->
        [one] միջնորդ
       *[other] միջնորդ
    }
map_bundle_links = { $n } { $count ->
        [one] կապ
       *[other] կապ
    }
map_bundle_members = { $n } { $count ->
        [one] անդամ
       *[other] անդամ
    }
# The bundle's tooltip: "12 members of NATO"; `$links` is a `map_bundle_*`.
map_bundle_of = { $name }՝ { $links }
neighbourhood_caption = { $name }՝ ում հետ { $number ->
        [plural] են
       *[singular] է
    } կապված
neighbourhood_title = { $subject } և { $number ->
        [plural] նրանց
       *[singular] նրա
    } հետ կապված դերակատարները
neighbourhood_around = { $count ->
        [one] { $n } կապված դերակատար
       *[other] { $n } կապված դերակատար
    }
# `$around` is `neighbourhood_around`; `$kinds` a list of `map_count_*`.
neighbourhood_desc = { $subject } (ընդգծված) և { $around }՝ կողմ Ա-ն ձախից, կողմ Բ-ն աջից, ոչ մի կողմին չպատկանողները՝ մեջտեղում։ Կապերը՝ { $kinds }։ Սլաքներն ուղղված են աջակցից, պրոքսի ուժից, միջնորդից կամ անդամից դեպի մյուս դերակատարը։ Գծապատկերից հետո աղյուսակում թվարկված են բոլոր կապերը։
neighbourhood_note = { $name }՝ { $n } կապված դերակատար։ Ցուցադրված է { $shown } դերակատար՝ նախ { $number ->
        [plural] նրանց
       *[singular] նրա
    } սեփական հարաբերությունների և անդամակցությունների մասնակիցները, ապա՝ ամենաշատ կապեր ունեցողները։ Աղյուսակում թվարկված են բոլոր կապերը։

## The timeline chart (visuals/timeline.rs, timeline/counts.rs, timeline/vertical.rs, axis.rs)
# `$n` is the number of events as the page prints it ("1,500").
timeline_chart_caption = Ժամանակագրությունը մեկ հայացքով
overview_chart_caption = Զարգացումները մեկ հայացքով
timeline_chart_title = { $n } իրադարձության ժամանակագրություն
timeline_chart_counted = { $n } իրադարձությունը չափազանց շատ է՝ առանձին-առանձին պատկերելու համար։ Սյուները ցույց են տալիս յուրաքանչյուր ժամանակահատվածում սկսվող իրադարձությունների քանակը։
# `$first` and `$last` are dates; `$groups` is a list of `timeline_chart_lane_count`, joined by semicolons.
timeline_chart_desc = { $n } իրադարձություն ({ $first } – { $last }) { $lanes } շերտում՝ { $groups }։
timeline_chart_desc_marks = Լցված նշանները օրվա ճշտությամբ հայտնի ամսաթվեր են, դատարկ սյուները՝ միայն ամսվա կամ տարվա ճշտությամբ հայտնի ամսաթվեր, ընդհատ եզրագծերը՝ մոտավոր կամ անստույգ ամսաթվեր։ Սլաքը նշանակում է, որ իրադարձությունը դեռ շարունակվում է։ Գծապատկերից հետո աղյուսակում թվարկված են բոլոր իրադարձությունները։
timeline_chart_desc_bars = Սյուները ցույց են տալիս յուրաքանչյուր ժամանակահատվածում սկսվող իրադարձությունների քանակը, իսկ գծապատկերից հետո աղյուսակում ամփոփված է յուրաքանչյուր շերտը։
# Where the timeline starts when its first event has no start.
timeline_chart_open_start = անորոշ սկիզբ
timeline_chart_lane_count = { $name } ({ $count })
# The lane of the events that belong to no larger one: in the description, as a heading, and
# over its column on a phone.
timeline_chart_other_events_lower = այլ իրադարձություններ
timeline_chart_other_events = Այլ իրադարձություններ
timeline_chart_other = Այլ
# A mark's tooltip: "3. Ceasefire agreed, 10 November 2020".
timeline_chart_mark = { $mark }. { $title }, { $date }
# A lane's heading: its umbrella event's number, title and date.
timeline_chart_lane = { $mark }. { $title } ({ $date })
# After a lane's name on the counting chart, after a space: "Other events · 1,204 events".
timeline_chart_lane_events = · { $n } իրադարձություն
# A bar's tooltip on the counting chart: "Other events: 12 in Oct 2020".
timeline_chart_bin = { $lane }, { $period }՝ { $count }
# The key.
timeline_chart_exact_day = Ճշգրիտ օր
timeline_chart_period = Ժամանակահատված՝ օրից օր
timeline_chart_coarse = Հայտնի է միայն ամիսը կամ տարին (ընդգրկում է այն ամբողջությամբ)
timeline_chart_qualified = Մոտավոր կամ անստույգ
timeline_chart_still_going_on = Դեռ շարունակվում է
# How a date is given, in the table: the words joined by commas ("month only, approximate").
timeline_chart_precision_day = ճշգրիտ օր
timeline_chart_precision_month = միայն ամիս
timeline_chart_precision_year = միայն տարի
timeline_chart_precision_period = ժամանակահատված
timeline_chart_precision_coarse_ends = սկիզբն ու ավարտը հայտնի են միայն ամսվա կամ տարվա ճշտությամբ
timeline_chart_precision_open_end = դեռ շարունակվում է
timeline_chart_precision_no_start = սկիզբն անհայտ է
timeline_chart_precision_approximate = մոտավոր
timeline_chart_precision_uncertain = անստույգ
timeline_chart_table = { $n } իրադարձությունը՝ աղյուսակի տեսքով
timeline_chart_lanes_table = Գծապատկերի շերտերը՝ աղյուսակի տեսքով
timeline_chart_column_number = Հ/հ
timeline_chart_column_given_as = Ամսաթվի ճշտությունը
timeline_chart_column_lane = Շերտ
timeline_chart_column_first = Առաջին
timeline_chart_column_last = Վերջին
# The months' short names on the time axis ("27 Sep 2020", "Oct 2020").
month_short_1 = հնվ
month_short_2 = փտվ
month_short_3 = մրտ
month_short_4 = ապր
month_short_5 = մյս
month_short_6 = հնս
month_short_7 = հլս
month_short_8 = օգս
month_short_9 = սեպ
month_short_10 = հոկ
month_short_11 = նոյ
month_short_12 = դեկ

## The words of front-matter vocabularies (src/model/vocabulary.rs)
# Each key is the vocabulary's prefix and the word writers use: `kind: de_facto_state` is
# `party_kind_de_facto_state`. A test holds this list to the vocabularies.
party_kind_state = Պետություն
party_kind_de_facto_state = Դե ֆակտո պետություն
party_kind_government = Կառավարություն
party_kind_person = Անձ
party_kind_armed_group = Զինված խմբավորում
party_kind_alliance = Դաշինք
party_kind_organisation = Կազմակերպություն
party_kind_other = Այլ
place_kind_city = Քաղաք
place_kind_town = Ավան
place_kind_village = Գյուղ
place_kind_region = Տարածաշրջան
place_kind_country = Երկիր
place_kind_area = Տարածք
place_kind_site = Օբյեկտ
place_kind_other = Վայր
autolink_true = Հղվում է, երբ առանձին բառ է
autolink_false = Երբեք չի հղվում
autolink_always = Միշտ հղվում է, նույնիսկ եթե անունը սովորական բառ է
relation_kind_ally = Դաշնակից
relation_kind_backer = Աջակից
relation_kind_adversary = Հակառակորդ
relation_kind_mediator = Միջնորդ
relation_kind_rival = Մրցակից
relation_kind_proxy = Պրոքսի ուժ
relation_kind_other = Այլ հարաբերություն
event_kind_clash = Բախում
event_kind_strike = Հարված
event_kind_shelling = Հրետակոծություն
event_kind_statement = Հայտարարություն
event_kind_agreement = Համաձայնագիր
event_kind_ceasefire = Հրադադար
event_kind_summit = Գագաթնաժողով
event_kind_declaration = Հռչակագիր
event_kind_election = Ընտրություններ
event_kind_appeal = Կոչ
event_kind_accusation = Մեղադրանք
event_kind_other = Իրադարձություն
role_side_a = Կողմ Ա
role_side_b = Կողմ Բ
role_attacker = Հարձակվող կողմ
role_defender = Պաշտպանվող կողմ
role_backer = Աջակից
role_mediator = Միջնորդ
role_signatory = Ստորագրող կողմ
role_speaker = Հայտարարող կողմ
role_target = Թիրախ
role_host = Հյուրընկալող կողմ
role_observer = Դիտորդ
role_other = Այլ դեր
role_participant = Մասնակից
# How a party page introduces its events in a role, as a heading.
role_phrase_side_a = Որպես կողմ Ա
role_phrase_side_b = Որպես կողմ Բ
role_phrase_attacker = Որպես հարձակվող կողմ
role_phrase_defender = Որպես պաշտպանվող կողմ
role_phrase_backer = Որպես աջակից
role_phrase_mediator = Որպես միջնորդ
role_phrase_signatory = Որպես ստորագրող կողմ
role_phrase_speaker = Որպես հայտարարող կողմ
role_phrase_target = Որպես թիրախ
role_phrase_host = Որպես հյուրընկալող կողմ
role_phrase_observer = Որպես դիտորդ
role_phrase_other = Այլ դերում
role_phrase_participant = Որպես մասնակից
casualty_kind_killed = Զոհված
casualty_kind_wounded = Վիրավոր
casualty_kind_missing = Անհետ կորած
casualty_kind_displaced = Տեղահանված
casualty_kind_captured = Գերեվարված
# The verb after a claimant's name: "Armenia says", then after a plural one: "the Karabakh
# authorities say".
stance_asserts = հայտարարում է
stance_denies = հերքում է
stance_disputes = վիճարկում է
stance_admits = ընդունում է
stance_plural_asserts = հայտարարում են
stance_plural_denies = հերքում են
stance_plural_disputes = վիճարկում են
stance_plural_admits = ընդունում են
# Before a figure: "nearly 200".
qualifier_nearly = գրեթե
qualifier_about = մոտ
qualifier_at_least = առնվազն
qualifier_more_than = ավելի քան
qualifier_fewer_than = պակաս, քան
qualifier_up_to = մինչև
figure_status_recorded = Գրանցված
figure_status_claimed = Հայտարարված
figure_status_estimate = Գնահատական
figure_status_provisional = Նախնական
correction_kind_correction = Ուղղում
correction_kind_clarification = Պարզաբանում
correction_kind_update = Թարմացում
# Whom a figure counts, when not a party.
group_civilians = Խաղաղ բնակիչներ
group_military = Զինծառայողներ
group_unknown = Նշված չէ

## Dates as readers see them (src/model/date/human.rs, read by src/strings/dates.rs)
# Each argument is text: `$day` and `$year` are digits, `$month` a month's name below.
# Armenian: the month names are the nominative; a day takes the month in the genitive, which
# is the name with "ի" ("սեպտեմբեր" → "27 սեպտեմբերի"), so the patterns add it.
month_1 = հունվար
month_2 = փետրվար
month_3 = մարտ
month_4 = ապրիլ
month_5 = մայիս
month_6 = հունիս
month_7 = հուլիս
month_8 = օգոստոս
month_9 = սեպտեմբեր
month_10 = հոկտեմբեր
month_11 = նոյեմբեր
month_12 = դեկտեմբեր
# A date the writer gives as "circa" (`~`): "c. 1994".
date_approximate = մոտ { $date }
# A date the writer is not sure of (`?`): "1991 (uncertain)".
# Armenian: before the date, so that "since" ("{ $date }-ից") can follow it.
date_uncertain = ենթադրաբար { $date }
# An interval with an open end: "since 27 September 2020".
date_since = { $date }-ից
# An interval with an open start: "until 1994".
date_until = մինչև { $date }
date_day_month_year = { $day } { $month }ի, { $year } թ.
# The first day of a range whose year the last one gives: "27 September" of
# "27 September – 10 November 2020".
date_day_month = { $day } { $month }ի
date_month_year = { $month }, { $year } թ.
# From one date to the other: "27 September – 10 November 2020", "c. 1991 – 1994".
date_range = { $start } – { $end }
# Days of one month: "27–30 September 2020".
date_day_range = { $first }–{ $last } { $month }ի, { $year } թ.
# Whole years: "1991–1994".
date_year_range = { $start }–{ $end } թթ.
figure_previous = { $amount }՝ { $date } դրությամբ
figure_status = Կարգավիճակ
figure_note = { $status }: { $caveat }
series_caption_claimed = { $kind } ({ $counted }), ըստ { $claimant }, ժամանակի ընթացքում
series_caption = { $kind } ({ $counted }), ժամանակի ընթացքում
series_of_event = { $event }: { $caption }
series_description = { $count } արժեք, { $first } – { $last }․ { $from } → { $to }։
series_key_value = Նախորդ արժեք՝ մինչև հաջորդը
series_key_latest = Վերջին արժեքը
series_key_range = Նվազագույնից առավելագույն
series_table = Արժեքները աղյուսակով ({ $count })
corrections = Ուղղումներ
corrections_title = Ուղղումներ
corrections_intro = Այս նյութում կատարված բոլոր ուղղումները, պարզաբանումները և թարմացումները՝ նորից հին։ Յուրաքանչյուրը ցույց է տրված նաև իր էջում։
corrections_feed = Ուղղումների հոսք
correction_on = { $kind }՝ { $brief }
as_of_banner = Նյութը՝ { $date } դրությամբ․ ավելի ուշ հրապարակված թվերը, հայտարարությունները և իրադարձությունները ներառված չեն։
history = Փոփոխությունների պատմություն
history_more = Չցուցադրված ավելի վաղ փոփոխություններ՝ { $count }։
