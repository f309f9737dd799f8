# Arabic (Modern Standard Arabic, العربية الفصحى): the reader-facing strings of the default theme (Fluent syntax, projectfluent.org).
# The comments are kept in English, as in en.ftl; the keys are the same.
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
# Arabic: plurals use the CLDR categories zero, one, two, few (3–10), many (11–99), other (100…).
# A singular claimant's verb is in the feminine (states, governments, authorities), a plural
# one's in the masculine plural (a group of people); labels use the generic masculine.

## The sections, wherever they are named: menu links, breadcrumbs, headings
home = الرئيسية
timeline = التسلسل الزمني
whos_who = دليل الأطراف
places = الأماكن
tags = الوسوم
search = البحث

## Every page (base.html)
skip_to_content = الانتقال إلى المحتوى
sections = الأقسام
search_label = البحث
search_placeholder = ابحث
search_button = بحث
feed = الخلاصة (Atom)
data = البيانات (JSON)
figures_data = الأرقام (CSV)
# How the language switcher is named to screen readers.
languages = اللغات
# On a brief shown in its original language because it has no translation into the page's:
# `$language` is one of the names below.
untranslated = لم تُترجم هذه الصفحة بعد، لذا تُعرض باللغة { $language }.
# The languages, as the untranslated notice names them.
language_en = الإنجليزية
language_fr = الفرنسية
language_ru = الروسية
language_hy = الأرمينية
language_az = الأذربيجانية
language_ar = العربية

## Shared pieces (components.html)
# How a screen reader names a citation mark such as [3], before its number: "Source 3". It is
# not made with an argument because a page can have hundreds, and the plain strings cost
# nothing to read.
cite = المصدر
sources = المصادر
mentioned_in = ورد في
tags_label = الوسوم:
# Before the date of the last change.
last_updated = آخر تحديث في
pages = الصفحات
previous = ‹ السابق
next = التالي ›
# After a heading, in brackets, and after a party's name on its list pages.
in_all = المجموع: { $count }
# Before the party that alleges a role, which is a link.
alleged_by = وفق رواية
# Before the event a claim was made on, which is a link.
claim_on = بشأن
claim_paraphrase = { $verb } إن { $text }
claim_quote = «{ $quote }»
claim_colon = :
claim_stop = .
event = الحدث
counted = الفئة
kind = النوع
figure = العدد
as_of = حتى تاريخ
source = المصدر
# A party's list cut short; `$what` is events or claims.
more_latest = { $what ->
        [claims] أحدث التصريحات: { $shown } من أصل { $count }.
       *[events] أحدث الأحداث: { $shown } من أصل { $count }.
    }
more_all = { $what ->
        [claims] جميع التصريحات ({ $count }) ›
        [figures] جميع الأرقام ({ $count }) ›
       *[events] جميع الأحداث ({ $count }) ›
    }
more_figures = أكبر الأرقام: { $shown } من أصل { $count }.

## The home page (index.html)
latest_events = آخر الأحداث
home_all_events = { $count ->
        [zero] التسلسل الزمني الكامل: لا أحداث
        [one] التسلسل الزمني الكامل: حدث واحد
        [two] التسلسل الزمني الكامل: حدثان
        [few] التسلسل الزمني الكامل: { $count } أحداث
        [many] التسلسل الزمني الكامل: { $count } حدثًا
       *[other] التسلسل الزمني الكامل: { $count } حدث
    }
story_so_far = ما جرى حتى الآن
key_parties = الأطراف الرئيسية
home_all_parties = { $count ->
        [zero] دليل الأطراف: لا أطراف
        [one] دليل الأطراف: طرف واحد
        [two] دليل الأطراف: طرفان
        [few] دليل الأطراف: { $count } أطراف
        [many] دليل الأطراف: { $count } طرفًا
       *[other] دليل الأطراف: { $count } طرف
    }
background = خلفية

## The timeline (events.html)
timeline_dek = { $count ->
        [zero] لا أحداث.
        [one] حدث واحد.
        [two] حدثان، الأقدم أولًا.
        [few] { $count } أحداث، الأقدم أولًا.
        [many] { $count } حدثًا، الأقدم أولًا.
       *[other] { $count } حدث، الأقدم أولًا.
    }
period_dek = { $count ->
        [zero] لا أحداث من أصل { $total }.
        [one] حدث واحد من أصل { $total }.
        [two] حدثان من أصل { $total }، الأقدم أولًا.
        [few] { $count } أحداث من أصل { $total }، الأقدم أولًا.
        [many] { $count } حدثًا من أصل { $total }، الأقدم أولًا.
       *[other] { $count } حدث من أصل { $total }، الأقدم أولًا.
    }
timeline_by_period = يُعرض التسلسل الزمني فترةً تلو الأخرى.
timeline_grouped = تُجمع الأحداث التي تندرج ضمن حدث أكبر تحت ذلك الحدث.
# What timeline.js says when a filter is on: `$shown` of the `$total` events the page lists.
filter_shown = { $total ->
        [zero] لا أحداث.
        [one] يُعرض { $shown } من أصل حدث واحد.
        [two] يُعرض { $shown } من أصل حدثين.
        [few] يُعرض { $shown } من أصل { $total } أحداث.
        [many] يُعرض { $shown } من أصل { $total } حدثًا.
       *[other] يُعرض { $shown } من أصل { $total } حدث.
    }
filter_shown_on_page = { $total ->
        [zero] لا أحداث في هذه الصفحة.
        [one] يُعرض { $shown } من أصل حدث واحد في هذه الصفحة.
        [two] يُعرض { $shown } من أصل حدثين في هذه الصفحة.
        [few] يُعرض { $shown } من أصل { $total } أحداث في هذه الصفحة.
        [many] يُعرض { $shown } من أصل { $total } حدثًا في هذه الصفحة.
       *[other] يُعرض { $shown } من أصل { $total } حدث في هذه الصفحة.
    }
periods = الفترات
party = الطرف
all_parties = جميع الأطراف
all_kinds = جميع الأنواع
# An umbrella event that began in an earlier period: "(continued; May 2020)".
continued = تتمة
# An umbrella event of a later period: "(May 2020, in a later period)".
in_a_later_period = في فترة لاحقة
not_part_of_larger = خارج أي حدث أكبر

## The who’s who (parties.html)
parties_on_page = { $count ->
        [zero] لا أطراف في هذه الصفحة.
        [one] تضم هذه الصفحة طرفًا واحدًا.
        [two] تضم هذه الصفحة طرفين.
        [few] تضم هذه الصفحة { $count } أطراف.
        [many] تضم هذه الصفحة { $count } طرفًا.
       *[other] تضم هذه الصفحة { $count } طرف.
    }
parties_dek = { $count ->
        [zero] لا أطراف في هذا الملف.
        [one] يضم هذا الملف طرفًا واحدًا.
        [two] يضم هذا الملف طرفين، مصنفين حسب النوع.
        [few] يضم هذا الملف { $count } أطراف، مصنفة حسب النوع.
        [many] يضم هذا الملف { $count } طرفًا، مصنفة حسب النوع.
       *[other] يضم هذا الملف { $count } طرف، مصنفة حسب النوع.
    }
kinds_of_party = أنواع الأطراف
whos_who_parts = أقسام دليل الأطراف
event_count = { $count ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $count } أحداث
        [many] { $count } حدثًا
       *[other] { $count } حدث
    }

## A party (party.html)
at_a_glance = لمحة سريعة
short_name = الاسم المختصر
position = المنصب
seat = المقر
also_known_as = أسماء أخرى
member_of = عضو في
events = الأحداث
party_event_count = { $count } في هذا الملف
relations = العلاقات
# Before the party that claims a relation, which is a link.
claimed_by = بحسب
connections = الصلات
# Before the member through whom a party took part in an event, which is a link.
through = عبر

## A place (place.html) and the gazetteer (places.html)
places_description = جميع الأماكن التي يرد ذكرها في هذا الملف، مع الأحداث التي شهدتها.
# `$count` places on the gazetteer's first line.
places_dek = { $count ->
        [zero] لا أماكن في هذا الملف.
        [one] مكان واحد، مع الأحداث التي شهدها والأطراف التي تتخذ منه مقرًا.
        [two] مكانان، مع الأحداث التي شهدها كل منهما والأطراف التي تتخذ منهما مقرًا.
        [few] { $count } أماكن، مع الأحداث التي شهدتها والأطراف التي تتخذ منها مقرًا.
        [many] { $count } مكانًا، مع الأحداث التي شهدتها والأطراف التي تتخذ منها مقرًا.
       *[other] { $count } مكان، مع الأحداث التي شهدتها والأطراف التي تتخذ منها مقرًا.
    }
other_places = أماكن أخرى
other_names = أسماء أخرى
within = ضمن
coordinates = الإحداثيات
events_here = الأحداث في هذا المكان
# Before a place within this one where an event happened, which is a link: "(at Shusha)".
at = في
seated_here = الأطراف التي مقرها هنا
places_within = الأماكن الواقعة ضمنه
place_status = الوضع:
# What a reader is told of a place marked `disputed: true` without a note.
place_disputed = وضع هذا المكان متنازع عليه.
# After a place's kind in the gazetteer.
disputed_short = موضع نزاع
# Above a place's list of events when it shows only the latest of them; the timeline link follows.
place_events_latest = أحدث الأحداث: { $shown } من أصل { $total }، وترد جميعها في صفحة

## Locator maps (visuals/locator.rs)
map_place_caption = موقع { $name }
map_event_caption = مكان وقوع الحدث
map_places_caption = أماكن هذا الملف
map_home_caption = أين تدور الأحداث
# A map's description for screen readers: the places it shows, in a list.
map_description = خريطة تُظهر: { $places }.
# After a map's caption when some labels had no room: `$places` lists them.
map_unlabelled = أماكن بلا تسمية لضيق المساحة: { $places }.
# When a map of many places shows only the busiest.
map_busiest = تُعرض الأماكن الأكثر أحداثًا فقط: { $shown } من أصل { $total }.
map_key_primary = هذا المكان
map_key_latest = مكان من أماكن آخر الأحداث
map_key_place = مكان آخر من أماكن هذا الملف
map_key_sized = مكان، بحجم يتناسب مع عدد أحداثه
map_key_context = أماكن الحدث الأكبر الذي يندرج ضمنه
map_key_disputed_place = مكان متنازع على وضعه (حلقة متقطعة)
map_key_disputed_area = إقليم متنازع على وضعه (حدود متقطعة)
map_column_place = المكان
map_column_kind = النوع
map_column_coordinates = الإحداثيات
map_column_events = الأحداث
map_table_summary = { $count ->
        [zero] لا أماكن في هذه الخريطة
        [one] المكان الوارد في هذه الخريطة
        [two] المكانان الواردان في هذه الخريطة
        [few] الأماكن الواردة في هذه الخريطة ({ $count })
        [many] الأماكن الواردة في هذه الخريطة ({ $count })
       *[other] الأماكن الواردة في هذه الخريطة ({ $count })
    }
# Under every map: whose shapes it is drawn on.
map_credit = بيانات الخريطة: { $credit }

## An event (event.html)
breadcrumb = مسار التنقل
date = التاريخ
place = المكان
part_of = جزء من
who_says_what = من يقول ماذا
casualty_figures = أرقام الضحايا
casualty_note = يُعرض كل رقم كما نشرته الجهة التي أعلنته، بصيغتها («قرابة 200»، «أكثر من 30») أو في صورة نطاق من الحد الأدنى إلى الحد الأعلى. وتُدرج أرقام الجهات المختلفة كلٌّ على حدة، ولا تُجمع أبدًا.
# Before the party or source a group of figures comes from, which is a link.
according_to = بحسب
not_attributed = غير منسوبة إلى أي طرف أو مصدر
events_within = الأحداث المندرجة ضمنه
related = ذات صلة
# Before the umbrella event, which is a link.
earlier_later_within = السابق واللاحق ضمن
pager_within = ضمن { $name }
earlier = السابق
later = اللاحق

## Tags (tags.html, tag.html)
tags_dek = النبذات حسب الموضوع.
no_tags = لا تحمل أي نبذة وسومًا بعد.
tag_dek = { $count ->
        [zero] لا تحمل أي نبذة هذا الوسم.
        [one] نبذة واحدة تحمل هذا الوسم.
        [two] نبذتان تحملان هذا الوسم.
        [few] { $count } نبذات تحمل هذا الوسم.
        [many] { $count } نبذة تحمل هذا الوسم.
       *[other] { $count } نبذة تحمل هذا الوسم.
    }

## Search (search.html)
search_dek = ابحث عن طرف أو حدث أو صفحة بالاسم أو باسم بديل أو بالمكان أو الدور أو الموضوع.
search_this = البحث في هذا الملف
search_noscript = يجري البحث داخل متصفحك ويتطلب جافاسكريبت، وهي معطّلة. ويمكن الوصول إلى كل نبذة أيضًا من هذه القوائم:
browse_instead = تصفّح بدلًا من ذلك
browse = تصفّح
browse_parties = جميع الأطراف، مصنفة حسب النوع
browse_events = جميع الأحداث، مرتبة زمنيًا
browse_tags = النبذات حسب الموضوع
# What search.js says as the reader types. `$query` is what they typed; `$limit` how many
# results are listed at most.
search_prompt = اكتب اسمًا أو مكانًا أو موضوعًا.
search_none = لا نتائج للبحث عن «{ $query }».
search_found = { $count ->
        [zero] لم يُعثر على أي نبذة.
        [one] عُثر على نبذة واحدة.
        [two] عُثر على نبذتين.
        [few] عُثر على { $count } نبذات.
        [many] عُثر على { $count } نبذة.
       *[other] عُثر على { $count } نبذة.
    }
search_found_more = { $count ->
        [zero] لم يُعثر على أي نبذة.
        [one] عُثر على نبذة واحدة؛ تُعرض أول { $limit } منها.
        [two] عُثر على نبذتين؛ تُعرض أول { $limit } منها.
        [few] عُثر على { $count } نبذات؛ تُعرض أول { $limit } منها.
        [many] عُثر على { $count } نبذة؛ تُعرض أول { $limit } منها.
       *[other] عُثر على { $count } نبذة؛ تُعرض أول { $limit } منها.
    }

## A page that is not there (404.html)
not_found = الصفحة غير موجودة
not_found_dek = لا توجد صفحة بهذا العنوان. ربما غُيّر اسمها أو حُذفت.

## Charts (visuals.html)
chart_key = مفتاح الرموز

## Page titles and descriptions (render/mod.rs)
parties_description = جميع الأطراف في هذا الملف، مصنفة حسب النوع.
# A part of a long who’s who: "Who’s who: People, A–C".
who_part_title = دليل الأطراف: { $part }
who_part_description = دليل الأطراف: { $part }.
timeline_description = جميع الأحداث في هذا الملف، مرتبة زمنيًا.
# A period of a long timeline: "Timeline: March 1992".
period_title = التسلسل الزمني: { $period }
period_description = أحداث { $period }، مرتبة زمنيًا.
# `$page` is `later_page` on a tag's second page and after, else empty.
tag_title = وسم: { $name }{ $page }
tag_description = النبذات الموسومة بـ«{ $name }»{ $page }.
# After the title of a list's second page and after: "Tag: Ceasefire, page 2".
later_page = ، الصفحة { $n }
# A party's full list of events, claims or figures; `$heading` is its heading.
party_list_description = { $heading } — القائمة كاملة ({ $count }).
search_description = ابحث عن طرف أو حدث أو صفحة في هذا الملف بالاسم أو المكان أو الموضوع.

## The description of a brief without a summary (meta.rs)
# `$role` is a person's position.
party_description_role = { $name }: { $role }.
# `$kind` is the kind of party, lower-cased: "Armenia (state)."
party_description = { $name } ({ $kind }).
# `$kind` is the kind of event, lower-cased: "Fall of Shusha: battle, 8 November 2020."
event_description = { $title }: { $kind }، { $date }.
event_description_place = { $title }: { $kind }، { $date } في { $place }.
# `$kind` is the kind of place, lower-cased: "Stepanakert (city in Nagorno-Karabakh)."
place_description = { $name } ({ $kind }).
place_description_within = { $name } ({ $kind } في { $within }).
# A casualty figure in structured data: "Civilians: 30 killed (as of 2 October 2020), according to Armenia".
figure_as_of = (حتى { $date })
figure_according_to = { $figure }، بحسب { $by }

## The who’s who and tag pages (lists.rs, paging.rs)
# The who’s who heads each kind of party with these.
whos_who_states = الدول
whos_who_de_facto_states = دول الأمر الواقع
whos_who_governments = الحكومات
whos_who_people = الشخصيات
whos_who_armed_groups = الجماعات المسلحة
whos_who_alliances = التحالفات
whos_who_organisations = المنظمات
whos_who_other_parties = أطراف أخرى
# On the index of a long who’s who, the one page of a kind that is not cut by initials.
whos_who_all = الكل
# The groups of a tag's page.
tagged_parties = الأطراف
tagged_events = الأحداث
tagged_places = الأماكن
tagged_pages = الصفحات
# The period of a long timeline that holds the events without a start date.
open_start = بداية غير محددة
# The period of the events of a crowded year dated by the year alone: "1992, month not given".
year_without_month = { $year }، من دون تحديد الشهر
# A crowded period cut in numbered parts: "March 1992, part 2".
period_part = { $period }، الجزء { $n }

## A party (party.rs, party_lists.rs)
# How a relation reads on a party's page, before the other party: from the party that lists
# it ("Backs"), and from the other one ("Backed by").
ally_of = حليف
backs = داعم
backed_by = مدعوم من
adversary_of = خصم
mediator_for = وسيط لدى
mediated_by = بوساطة
rival_of = منافس
proxy_of = وكيل
has_as_proxy = راعي
linked_to = على صلة مع
# Beside a person's dates, and beside anyone else's.
born = تاريخ الميلاد
died = تاريخ الوفاة
founded = تاريخ التأسيس
dissolved = تاريخ الحل
# The members of a state or government, and of any other party.
officials_and_members = المسؤولون والأعضاء
party_members = الأعضاء
# The events a party took part in through its members, by the number the party takes.
through_their_people = عبر أفرادهم
through_its_people = عبر أفراد تابعين
# `$party` is the party's name inside a sentence, `$says` the verb that agrees with it:
# "What the Karabakh authorities say".
claims_title = { $party }: ماذا { $says }
figures_title = أرقام صادرة عن { $party }
party_events_title = أحداث بمشاركة { $party }

## Casualty figures (figures.rs)
# Whom a figure counts when it says only whose side they were on, before that party's name.
on_the_side_of = في صفوف
# A group, before the party its people are of: "Military personnel of".
group_of = { $group } من
# A figure in words. The numbers come with their thousands separators; `$qualifier` is
# "nearly", "more than"...
amount_qualified = { $qualifier } { $n }
amount_range = { $low }–{ $high }
amount_range_best = { $low }–{ $high } (التقدير الأرجح: { $best })
amount_at_least = ما لا يقل عن { $low }
amount_up_to = ما يصل إلى { $high }
amount_about = نحو { $best }
amount_at_least_best = ما لا يقل عن { $low } (التقدير الأرجح: { $best })
amount_about_up_to = نحو { $best } (وما يصل إلى { $high })
# The heading of the figures no party claims, a source's own: "AFP and Reuters’ own count".
# The last name takes the possessive, `possessive_s` when it ends in s.
# Arabic: the name stays as it is, and `own_count` follows it in brackets.
possessive = { $name }
possessive_s = { $name }
own_count = (إحصاء خاص)
# Before the last of several names.
and = و

## Shared pieces (views.rs, search.rs)
# The kind of a free page, where a party or an event shows its kind.
page_kind = صفحة
# When a membership or a relation held.
span_from_to = { $since } – { $until }
span_since = منذ { $date }
span_until = حتى { $date }

## The timeline export (exports.rs)
# The link under each event of `data/timeline.json`, to its page.
read_the_brief = اقرأ النبذة

## The relationship map and a party's neighbourhood (visuals/relations.rs, bundle.rs, sides.rs)
# `$number` is `plural` for a name that takes a plural verb ("the Karabakh authorities"),
# else `singular`. `$n`, `$parties` and `$connected` are numbers as the page prints them ("1,500").
map_title = الصلات بين الأطراف
# `$kinds` is a list of `map_count_*`, joined by semicolons.
map_desc = عدد الأطراف: { $parties }، الجانب أ على اليسار والجانب ب على اليمين، والأطراف الخارجة عن الجانبين بينهما؛ عدد الصلات بينها: { $links }، وهي: { $kinds }. تتجه الأسهم من الداعم أو الوكيل أو الوسيط أو العضو نحو الطرف الآخر. ويسرد الجدول الوارد بعد الرسم جميع الصلات.
map_note = يعرض الرسم { $parties } من الأطراف المرتبطة بصلات، وعددها الإجمالي { $connected } (الأكثر حضورًا في أحد جانبي الأحداث أولًا، ثم الأكثر صلات)، والصلات القائمة بينها.
map_table = { $count ->
        [zero] الصلات في جدول
        [one] الصلة في جدول
        [two] الصلتان في جدول
        [few] الصلات ({ $n }) في جدول
        [many] الصلات ({ $n }) في جدول
       *[other] الصلات ({ $n }) في جدول
    }
map_column_relation = العلاقة
map_column_other_party = الطرف الآخر
map_column_dates = التواريخ
map_column_link = الصلة
# The column headings of the map.
map_side_a = الجانب أ
map_neither_side = خارج الجانبين
map_side_b = الجانب ب
# A line's tooltip: "Turkey backs Azerbaijan (according to Armenia)"; `$verb` is a `map_verb_*`.
map_link = { $from } { $verb } { $to }
map_link_claimed = { $from } { $verb } { $to } (بحسب { $claimant })
# A link in the table with the role a member holds: "is a member of (chair)".
map_link_role = { $link } ({ $role })
# How a membership reads in a party's table, from the member and from the group.
map_member_of = عضو في
map_has_member = يضم في عضويته
# Between two names.
map_verb_ally = { $number ->
        [plural] حلفاء
       *[singular] حليف
    }
map_verb_adversary = { $number ->
        [plural] خصوم
       *[singular] خصم
    }
map_verb_rival = { $number ->
        [plural] منافسو
       *[singular] منافس
    }
map_verb_backer = { $number ->
        [plural] يدعمون
       *[singular] تدعم
    }
map_verb_proxy = { $number ->
        [plural] وكلاء
       *[singular] وكيل
    }
map_verb_mediator = { $number ->
        [plural] وسطاء لدى
       *[singular] وسيط لدى
    }
map_verb_other = { $number ->
        [plural] على صلة مع
       *[singular] على صلة مع
    }
map_verb_member = { $number ->
        [plural] أعضاء في
       *[singular] عضو في
    }
# The key under the map.
map_legend_ally = حلفاء
map_legend_adversary = خصوم
map_legend_rival = منافسون
map_legend_backer = دعم (السهم نحو الطرف المدعوم)
map_legend_proxy = وكيل (السهم نحو الطرف الراعي)
map_legend_mediator = وساطة (السهم نحو الطرف المعني)
map_legend_other = صلة أخرى
map_legend_member = عضوية (السهم نحو التكتل)
# How many links of a kind the map draws, in its description.
map_count_ally = تحالف: { $count }
map_count_adversary = خصومة: { $count }
map_count_rival = تنافس: { $count }
map_count_backer = دعم: { $count }
map_count_proxy = وكالة: { $count }
map_count_mediator = وساطة: { $count }
map_count_other = صلات أخرى: { $count }
map_count_member = عضوية: { $count }
# Many links of one kind into one party, drawn as one arrow with their count.
map_bundle_backers = { $count ->
        [zero] لا داعمين
        [one] داعم واحد
        [two] داعمان
        [few] { $n } داعمين
        [many] { $n } داعمًا
       *[other] { $n } داعم
    }
map_bundle_proxies = { $count ->
        [zero] لا وكلاء
        [one] وكيل واحد
        [two] وكيلان
        [few] { $n } وكلاء
        [many] { $n } وكيلًا
       *[other] { $n } وكيل
    }
map_bundle_mediators = { $count ->
        [zero] لا وسطاء
        [one] وسيط واحد
        [two] وسيطان
        [few] { $n } وسطاء
        [many] { $n } وسيطًا
       *[other] { $n } وسيط
    }
map_bundle_links = { $count ->
        [zero] لا صلات
        [one] صلة واحدة
        [two] صلتان
        [few] { $n } صلات
        [many] { $n } صلة
       *[other] { $n } صلة
    }
map_bundle_members = { $count ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    }
# The bundle's tooltip: "12 members of NATO"; `$links` is a `map_bundle_*`.
map_bundle_of = { $name }: { $links }
neighbourhood_caption = { $number ->
        [plural] صلات { $name }
       *[singular] صلات { $name }
    }
neighbourhood_title = { $number ->
        [plural] { $subject } والأطراف ذات الصلة بهم
       *[singular] { $subject } والأطراف ذات الصلة
    }
neighbourhood_around = { $count ->
        [zero] لا أطراف مرتبطة
        [one] طرف واحد مرتبط
        [two] طرفان مرتبطان
        [few] { $n } أطراف مرتبطة
        [many] { $n } طرفًا مرتبطًا
       *[other] { $n } طرف مرتبط
    }
# `$around` is `neighbourhood_around`; `$kinds` a list of `map_count_*`.
neighbourhood_desc = في الرسم: { $subject } (مميَّز) و{ $around }، الجانب أ على اليسار والجانب ب على اليمين، والأطراف الخارجة عن الجانبين بينهما؛ الصلات: { $kinds }. تتجه الأسهم من الداعم أو الوكيل أو الوسيط أو العضو نحو الطرف الآخر. ويسرد الجدول الوارد بعد الرسم جميع الصلات.
neighbourhood_note = يعرض الرسم { $shown } من الأطراف التي تربطها صلات مع { $name }، وعددها الإجمالي { $n }: { $number ->
        [plural] علاقاتهم وعضوياتهم المباشرة
       *[singular] علاقات هذا الطرف وعضوياته المباشرة
    } أولًا، ثم الأطراف الأكثر صلات. ويسرد الجدول جميع الصلات.

## The timeline chart (visuals/timeline.rs, timeline/counts.rs, timeline/vertical.rs, axis.rs)
# `$n` is the number of events as the page prints it ("1,500").
timeline_chart_caption = التسلسل الزمني في لمحة
overview_chart_caption = الأحداث في لمحة
timeline_chart_title = { $count ->
        [zero] تسلسل زمني بلا أحداث
        [one] تسلسل زمني يضم حدثًا واحدًا
        [two] تسلسل زمني يضم حدثين
        [few] تسلسل زمني يضم { $n } أحداث
        [many] تسلسل زمني يضم { $n } حدثًا
       *[other] تسلسل زمني يضم { $n } حدث
    }
timeline_chart_counted = عدد الأحداث ({ $n }) أكبر من أن تُرسم واحدًا واحدًا، لذا تُظهر الأعمدة عدد الأحداث التي تبدأ في كل فترة.
# `$first` and `$last` are dates; `$groups` is a list of `timeline_chart_lane_count`, joined by semicolons.
timeline_chart_desc = { $count ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $n } أحداث
        [many] { $n } حدثًا
       *[other] { $n } حدث
    } من { $first } إلى { $last }، على مسارات عددها { $lanes }: { $groups }.
timeline_chart_desc_marks = العلامات المصمتة تواريخ معروفة باليوم؛ والأعمدة المفرغة تواريخ معروفة بالشهر أو السنة فقط؛ والحدود المتقطعة تواريخ تقريبية أو غير مؤكدة؛ والسهم يعني أن الحدث لا يزال مستمرًا. ويسرد الجدول الوارد بعد الرسم جميع الأحداث.
timeline_chart_desc_bars = تُظهر الأعمدة عدد الأحداث التي تبدأ في كل فترة؛ ويلخّص الجدول الوارد بعد الرسم كل مسار.
# Where the timeline starts when its first event has no start.
timeline_chart_open_start = بداية غير محددة
timeline_chart_lane_count = { $name } ({ $count })
# The lane of the events that belong to no larger one: in the description, as a heading, and
# over its column on a phone.
timeline_chart_other_events_lower = أحداث أخرى
timeline_chart_other_events = أحداث أخرى
timeline_chart_other = أخرى
# A mark's tooltip: "3. Ceasefire agreed, 10 November 2020".
timeline_chart_mark = { $mark }. { $title }، { $date }
# A lane's heading: its umbrella event's number, title and date.
timeline_chart_lane = { $mark }. { $title } ({ $date })
# After a lane's name on the counting chart, after a space: "Other events · 1,204 events".
timeline_chart_lane_events = { $count ->
        [zero] · لا أحداث
        [one] · حدث واحد
        [two] · حدثان
        [few] · { $n } أحداث
        [many] · { $n } حدثًا
       *[other] · { $n } حدث
    }
# A bar's tooltip on the counting chart: "Other events: 12 in Oct 2020".
timeline_chart_bin = { $lane }: { $count } في { $period }
# The key.
timeline_chart_exact_day = يوم محدد
timeline_chart_period = فترة، من يوم إلى يوم
timeline_chart_coarse = معروف بالشهر أو السنة فقط (يغطي المدة كلها)
timeline_chart_qualified = تقريبي أو غير مؤكد
timeline_chart_still_going_on = لا يزال مستمرًا
# How a date is given, in the table: the words joined by commas ("month only, approximate").
timeline_chart_precision_day = يوم محدد
timeline_chart_precision_month = الشهر فقط
timeline_chart_precision_year = السنة فقط
timeline_chart_precision_period = فترة
timeline_chart_precision_coarse_ends = طرفا الفترة معروفان بالشهر أو السنة فقط
timeline_chart_precision_open_end = لا يزال مستمرًا
timeline_chart_precision_no_start = البداية غير معروفة
timeline_chart_precision_approximate = تقريبي
timeline_chart_precision_uncertain = غير مؤكد
timeline_chart_table = { $count ->
        [zero] الأحداث في جدول
        [one] الحدث في جدول
        [two] الحدثان في جدول
        [few] الأحداث ({ $n }) في جدول
        [many] الأحداث ({ $n }) في جدول
       *[other] الأحداث ({ $n }) في جدول
    }
timeline_chart_lanes_table = مسارات الرسم في جدول
timeline_chart_column_number = الرقم
timeline_chart_column_given_as = صيغة التاريخ
timeline_chart_column_lane = المسار
timeline_chart_column_first = الأول
timeline_chart_column_last = الأخير
# The months' short names on the time axis ("27 Sep 2020", "Oct 2020").
# Arabic has no short month names (CLDR gives the full ones): the full names are used.
month_short_1 = يناير
month_short_2 = فبراير
month_short_3 = مارس
month_short_4 = أبريل
month_short_5 = مايو
month_short_6 = يونيو
month_short_7 = يوليو
month_short_8 = أغسطس
month_short_9 = سبتمبر
month_short_10 = أكتوبر
month_short_11 = نوفمبر
month_short_12 = ديسمبر

## The words of front-matter vocabularies (src/model/vocabulary.rs)
# Each key is the vocabulary's prefix and the word writers use: `kind: de_facto_state` is
# `party_kind_de_facto_state`. A test holds this list to the vocabularies.
party_kind_state = دولة
party_kind_de_facto_state = دولة أمر واقع
party_kind_government = حكومة
party_kind_person = شخصية
party_kind_armed_group = جماعة مسلحة
party_kind_alliance = تحالف
party_kind_organisation = منظمة
party_kind_other = أخرى
place_kind_city = مدينة
place_kind_town = بلدة
place_kind_village = قرية
place_kind_region = إقليم
place_kind_country = بلد
place_kind_area = منطقة
place_kind_site = موقع
place_kind_other = مكان
autolink_true = يُربط حيثما ورد كلمة مستقلة
autolink_false = لا يُربط أبدًا
autolink_always = يُربط دائمًا، حتى الاسم الذي هو كلمة شائعة
relation_kind_ally = حليف
relation_kind_backer = داعم
relation_kind_adversary = خصم
relation_kind_mediator = وسيط
relation_kind_rival = منافس
relation_kind_proxy = وكيل
relation_kind_other = علاقة أخرى
event_kind_clash = اشتباك
event_kind_strike = ضربة
event_kind_shelling = قصف
event_kind_statement = بيان
event_kind_agreement = اتفاق
event_kind_ceasefire = وقف إطلاق النار
event_kind_summit = قمة
event_kind_declaration = إعلان
event_kind_election = انتخابات
event_kind_appeal = نداء
event_kind_accusation = اتهام
event_kind_other = حدث
role_side_a = الجانب أ
role_side_b = الجانب ب
role_attacker = مهاجم
role_defender = مدافع
role_backer = داعم
role_mediator = وسيط
role_signatory = موقِّع
role_speaker = متحدث
role_target = مستهدَف
role_host = مضيف
role_observer = مراقب
role_other = دور آخر
role_participant = مشارك
# How a party page introduces its events in a role, as a heading.
role_phrase_side_a = في الجانب أ
role_phrase_side_b = في الجانب ب
role_phrase_attacker = بصفة مهاجم
role_phrase_defender = بصفة مدافع
role_phrase_backer = بصفة داعم
role_phrase_mediator = بصفة وسيط
role_phrase_signatory = بصفة موقِّع
role_phrase_speaker = بصفة متحدث
role_phrase_target = بصفة مستهدَف
role_phrase_host = بصفة مضيف
role_phrase_observer = بصفة مراقب
role_phrase_other = بدور آخر
role_phrase_participant = بصفة مشارك
casualty_kind_killed = قتلى
casualty_kind_wounded = جرحى
casualty_kind_missing = مفقودون
casualty_kind_displaced = نازحون
casualty_kind_captured = أسرى
# The verb after a claimant's name: "Armenia says", then after a plural one: "the Karabakh
# authorities say".
# Arabic: the singular is feminine (a state, a government), the plural masculine (people).
stance_asserts = تقول
stance_denies = تنفي
stance_disputes = تعترض
stance_admits = تقرّ
stance_plural_asserts = يقولون
stance_plural_denies = ينفون
stance_plural_disputes = يعترضون
stance_plural_admits = يقرّون
# Before a figure: "nearly 200".
qualifier_nearly = قرابة
qualifier_about = نحو
qualifier_at_least = ما لا يقل عن
qualifier_more_than = أكثر من
qualifier_fewer_than = أقل من
qualifier_up_to = ما يصل إلى
figure_status_recorded = مسجَّل
figure_status_claimed = مُدّعى
figure_status_estimate = تقدير
figure_status_provisional = أولي
correction_kind_correction = تصويب
correction_kind_clarification = توضيح
correction_kind_update = تحديث
# Whom a figure counts, when not a party.
group_civilians = مدنيون
group_military = عسكريون
group_unknown = غير محدد

## Dates as readers see them (src/model/date/human.rs, read by src/strings/dates.rs)
# Each argument is text: `$day` and `$year` are digits, `$month` a month's name below.
month_1 = يناير
month_2 = فبراير
month_3 = مارس
month_4 = أبريل
month_5 = مايو
month_6 = يونيو
month_7 = يوليو
month_8 = أغسطس
month_9 = سبتمبر
month_10 = أكتوبر
month_11 = نوفمبر
month_12 = ديسمبر
# A date the writer gives as "circa" (`~`): "c. 1994".
date_approximate = حوالي { $date }
# A date the writer is not sure of (`?`): "1991 (uncertain)".
date_uncertain = { $date } (غير مؤكد)
# An interval with an open end: "since 27 September 2020".
date_since = منذ { $date }
# An interval with an open start: "until 1994".
date_until = حتى { $date }
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
figure_previous = { $amount } في { $date }
figure_status = الحالة
figure_note = { $status }: { $caveat }
series_caption_claimed = { $kind } ({ $counted }) بحسب { $claimant }، عبر الزمن
series_caption = { $kind } ({ $counted })، عبر الزمن
series_of_event = { $event }: { $caption }
series_description = { $count } قيم من { $first } إلى { $last }: من { $from } إلى { $to }.
series_key_value = قيمة سابقة، سارية حتى التي تليها
series_key_latest = القيمة الأحدث
series_key_range = من الأدنى إلى الأعلى
series_table = القيم في جدول ({ $count })
corrections = التصويبات
corrections_title = التصويبات
corrections_intro = كل التصويبات والتوضيحات والتحديثات التي أُدخلت على هذا الملف، الأحدث أولاً. ويظهر كل منها أيضاً في الصفحة التي يخصها.
corrections_feed = موجز التصويبات
correction_on = { $kind }: { $brief }
as_of_banner = هذا الملف كما كان في { $date }: الأرقام والتصريحات والأحداث المنشورة لاحقاً غير معروضة.
history = سجل التغييرات
history_more = { $count } تغييرات سابقة غير مدرجة.
