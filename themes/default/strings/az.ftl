# Azərbaycan dili (az, latın qrafikası): standart mövzunun oxucuya görünən sətirləri (Fluent sintaksisi, projectfluent.org).
# Açarlar en.ftl-dəkilərlə eynidir.
#
# Şablon arqumentsiz sətri `{{ text.key }}` kimi (arqumentləri arasında `@text` olan komponentdə),
# arqumentli sətri isə `{{ t(key="key", count=n) }}` kimi oxuyur.
# `$count`, `$shown` və `$total` rəqəmdir: cəm forması onlara görə seçilir (one, other). Digər
# arqumentlər mətndir. Açarlarda `_` işlədilir ki, tera `text.key` oxuya bilsin.
#
# Bir sətir — bir xətt: Fluent növbəti xəttə keçən sətirdə sətirsonunu saxlayır.
# Sətrin kənarlarındakı boşluqlar atılır, ona görə onların ətrafındakı boşluqlar və nişanlama
# (keçidlər, tarixlər) şablonda qalır. Adlar adlıq halda qoyulur, ona görə keçiddən əvvəlki
# ifadələr iki nöqtə ilə bitir («iddia edən tərəf: Ermənistan»): şəkilçi ada qoşula bilmir.

## Bölmələr, harada adlandırılırsa: menyu, naviqasiya zənciri, başlıqlar
home = Ana səhifə
timeline = Xronologiya
whos_who = Kim kimdir
places = Yerlər
tags = Teqlər
search = Axtarış

## Hər səhifə (base.html)
skip_to_content = Məzmuna keçin
sections = Bölmələr
search_label = Axtarış
search_placeholder = Axtarış
search_button = Axtar
feed = Lent (Atom)
data = Məlumatlar (JSON)
figures_data = Rəqəmlər (CSV)
# Dil seçicisinin ekran oxuyucusu üçün adı.
languages = Dillər
# Səhifənin dilinə tərcüməsi olmadığı üçün orijinal dildə göstərilən material haqqında:
# `$language` aşağıdakı adlardan biridir.
untranslated = Bu səhifə hələ tərcümə olunmayıb: { $language } dilində göstərilir.
# Dillərin tərcümə olunmama qeydində işlənən adları («… dilində»).
language_en = ingilis
language_fr = fransız
language_ru = rus
language_hy = erməni
language_az = azərbaycan
language_ar = ərəb

## Ümumi hissələr (components.html)
# Ekran oxuyucusunun [3] kimi istinad işarəsini nömrəsindən əvvəl adlandırması: «Mənbə 3».
# Arqumentlə qurulmur, çünki səhifədə yüzlərlə ola bilər.
cite = Mənbə
sources = Mənbələr
mentioned_in = Adının çəkildiyi materiallar
tags_label = Teqlər:
# Son dəyişikliyin tarixindən əvvəl.
last_updated = Son yenilənmə:
pages = Səhifələr
previous = ‹ Əvvəlki
next = Növbəti ›
# Başlıqdan sonra mötərizədə və tərəfin siyahı səhifələrində adından sonra.
in_all = Cəmi { $count }
# Rolu iddia edən tərəfdən (keçid) əvvəl.
alleged_by = iddia edən tərəf:
# Bəyanatın verildiyi hadisədən (keçid) əvvəl.
claim_on = Hadisə:
claim_paraphrase = { $verb } ki, { $text }
claim_quote = “{ $quote }”
claim_colon = :
claim_stop = .
event = Hadisə
counted = Kimə aiddir
kind = Növ
figure = Rəqəm
as_of = Vəziyyət tarixi
source = Mənbə
# Tərəfin qısaldılmış siyahısı; `$what` hadisələr və ya bəyanatlardır.
more_latest = Ən son { $shown } { $what ->
        [claims] bəyanat
       *[events] hadisə
    } göstərilir (cəmi { $count }).
more_all = Bütün { $count } { $what ->
        [claims] bəyanat
        [figures] rəqəm
       *[events] hadisə
    } ›
more_figures = { $count } rəqəmdən ən böyük { $shown } rəqəm göstərilir.

## Ana səhifə (index.html)
latest_events = Son hadisələr
home_all_events = { $count ->
        [one] Tam xronologiya: bir hadisə
       *[other] Tam xronologiya: bütün { $count } hadisə
    }
story_so_far = İndiyədək baş verənlər
key_parties = Əsas tərəflər
home_all_parties = { $count ->
        [one] Kim kimdir: bir tərəf
       *[other] Kim kimdir: bütün { $count } tərəf
    }
background = Arxa plan

## Xronologiya (events.html)
timeline_dek = { $count } { $count ->
        [one] hadisə
       *[other] hadisə
    }, xronoloji ardıcıllıqla.
period_dek = { $count } { $count ->
        [one] hadisə
       *[other] hadisə
    } (cəmi { $total }), xronoloji ardıcıllıqla.
timeline_by_period = Xronologiya dövrlər üzrə təqdim olunur.
timeline_grouped = Daha böyük bir hadisənin tərkibinə daxil olan hadisələr onun altında qruplaşdırılıb.
# Filtr açıq olanda timeline.js-in dedikləri: səhifədəki `$total` hadisədən `$shown` qədəri.
filter_shown = { $total } { $total ->
        [one] hadisədən
       *[other] hadisədən
    } { $shown } göstərilir.
filter_shown_on_page = Bu səhifədəki { $total } { $total ->
        [one] hadisədən
       *[other] hadisədən
    } { $shown } göstərilir.
periods = Dövrlər
party = Tərəf
all_parties = Bütün tərəflər
all_kinds = Bütün növlər
# Əvvəlki dövrdə başlamış ümumi hadisə: «(əvvəlki dövrdən davam edir; may 2020)».
continued = əvvəlki dövrdən davam edir
# Sonrakı dövrə aid ümumi hadisə: «(may 2020, sonrakı dövrdə)».
in_a_later_period = sonrakı dövrdə
not_part_of_larger = Daha böyük hadisənin tərkibində deyil

## Kim kimdir (parties.html)
parties_on_page = Bu səhifədə { $count } { $count ->
        [one] tərəf
       *[other] tərəf
    }.
parties_dek = Bu bələdçidə { $count } { $count ->
        [one] tərəf
       *[other] tərəf
    }, növlərə görə qruplaşdırılıb.
kinds_of_party = Tərəflərin növləri
whos_who_parts = “Kim kimdir” bölməsinin hissələri
event_count = { $count } { $count ->
        [one] hadisə
       *[other] hadisə
    }

## Tərəf (party.html)
at_a_glance = Qısaca
short_name = Qısa adı
position = Vəzifəsi
seat = Mərkəzi
also_known_as = Digər adları
member_of = Üzv olduğu qurumlar
events = Hadisələr
party_event_count = Bu bələdçidə { $count }
relations = Münasibətlər
# Münasibəti iddia edən tərəfdən (keçid) əvvəl.
claimed_by = iddia edən tərəf:
connections = Əlaqələr
# Tərəfin hadisədə kimin vasitəsilə iştirak etdiyini göstərən üzvdən (keçid) əvvəl.
through = təmsilçi:

## Yer (place.html) və yerlər siyahısı (places.html)
places_description = Bu bələdçidə adı çəkilən bütün yerlər və orada baş vermiş hadisələr.
# Yerlər siyahısının ilk sətrində `$count` yer.
places_dek = { $count ->
        [one] Bir yer, orada baş vermiş hadisələr və orada yerləşən tərəflər.
       *[other] { $count } yer, orada baş vermiş hadisələr və orada yerləşən tərəflər.
    }
other_places = Digər yerlər
other_names = Digər adları
within = Yerləşdiyi ərazi
coordinates = Koordinatlar
events_here = Burada baş vermiş hadisələr
# Bu yerin daxilində hadisənin baş verdiyi yerdən (keçid) əvvəl: «(yer: Şuşa)».
at = yer:
seated_here = Burada yerləşən tərəflər
places_within = Ərazisindəki yerlər
place_status = Statusu:
# Qeydsiz `disputed: true` işarəli yer haqqında oxucuya deyilən.
place_disputed = Statusu mübahisəlidir.
# Yerlər siyahısında yerin növündən sonra.
disputed_short = mübahisəli
# Yerin hadisələr siyahısının üstündə, yalnız sonuncular göstəriləndə; ardınca xronologiya keçidi gəlir.
place_events_latest = { $total } hadisədən ən son { $shown } hadisə göstərilir; hamısı bu bölmədədir:

## Yer xəritələri (visuals/locator.rs)
map_place_caption = { $name } harada yerləşir
map_event_caption = Harada baş verib
map_places_caption = Bu bələdçidəki yerlər
map_home_caption = Hadisələr harada baş verir
# Xəritənin ekran oxuyucusu üçün təsviri: göstərdiyi yerlər, siyahı şəklində.
map_description = Xəritədə göstərilən yerlər: { $places }.
# Bəzi adlara yer çatmayanda xəritənin izahından sonra: `$places` onları sadalayır.
map_unlabelled = Sığmadığı üçün adı yazılmayan yerlər: { $places }.
# Çox yerli xəritə yalnız ən çox hadisə olanları göstərəndə.
map_busiest = { $total } yerdən ən çox hadisə baş vermiş { $shown } yer.
map_key_primary = Bu yer
map_key_latest = Son hadisələrin yeri
map_key_place = Bu bələdçidəki digər yer
map_key_sized = Yer (ölçüsü hadisələrin sayına görədir)
map_key_context = Daxil olduğu böyük hadisənin yerləri
map_key_disputed_place = Statusu mübahisəli yer (qırıq xətli halqa)
map_key_disputed_area = Statusu mübahisəli ərazi (qırıq xətli kontur)
map_column_place = Yer
map_column_kind = Növ
map_column_coordinates = Koordinatlar
map_column_events = Hadisələr
map_table_summary = { $count ->
        [one] Bu xəritədəki yer
       *[other] Bu xəritədəki { $count } yer
    }
# Hər xəritənin altında: hansı sərhəd məlumatları əsasında çəkilib.
map_credit = Xəritə məlumatları: { $credit }

## Hadisə (event.html)
breadcrumb = Naviqasiya zənciri
date = Tarix
place = Yer
part_of = Daxil olduğu hadisə
who_says_what = Kim nə deyir
casualty_figures = İtki rəqəmləri
casualty_note = Hər rəqəm onu açıqlayan tərəfin dərc etdiyi şəkildə verilir: öz ifadələri ilə (“200 nəfərə yaxın”, “30 nəfərdən çox”) və ya ən aşağı həddən ən yuxarı həddə qədər aralıq kimi. Müxtəlif tərəflərin rəqəmləri ayrıca göstərilir və heç vaxt toplanmır.
# Rəqəmlər qrupunun aid olduğu tərəf və ya mənbədən (keçid) əvvəl.
according_to = Məlumatı verən:
not_attributed = Heç bir tərəfə və ya mənbəyə aid edilməyib
events_within = Tərkibindəki hadisələr
related = Əlaqəli materiallar
# Ümumi hadisədən (keçid) əvvəl.
earlier_later_within = Eyni çərçivədə əvvəlki və sonrakı hadisələr:
pager_within = { $name } çərçivəsində
earlier = Əvvəlki
later = Sonrakı

## Teqlər (tags.html, tag.html)
tags_dek = Mövzular üzrə materiallar.
no_tags = Hələ heç bir materiala teq verilməyib.
tag_dek = Bu teqlə { $count } material işarələnib.

## Axtarış (search.html)
search_dek = Tərəfi, hadisəni və ya səhifəni adına, digər adına, yerə, rola və ya mövzuya görə tapın.
search_this = Bu bələdçidə axtarış
search_noscript = Axtarış brauzerinizdə işləyir və JavaScript tələb edir, o isə söndürülüb. Bütün materiallara bu siyahılardan da keçmək olar:
browse_instead = Bunun əvəzinə siyahılara baxın
browse = Siyahılar
browse_parties = bütün tərəflər, növlərə görə qruplaşdırılmış
browse_events = bütün hadisələr, xronoloji ardıcıllıqla
browse_tags = mövzular üzrə materiallar
# Oxucu yazdıqca search.js-in dedikləri. `$query` yazılandır; `$limit` ən çox neçə
# nəticənin sadalandığıdır.
search_prompt = Ad, yer və ya mövzu yazın.
search_none = “{ $query }” üzrə heç nə tapılmadı.
search_found = { $count ->
        [one] { $count } material tapıldı.
       *[other] { $count } material tapıldı.
    }
search_found_more = { $count } material tapıldı; ilk { $limit } material göstərilir.

## Mövcud olmayan səhifə (404.html)
not_found = Səhifə tapılmadı
not_found_dek = Bu ünvanda səhifə yoxdur. Onun adı dəyişdirilmiş və ya özü silinmiş ola bilər.

## Qrafiklər (visuals.html)
chart_key = Şərti işarələr

## Səhifə başlıqları və təsvirləri (render/mod.rs)
parties_description = Bu bələdçidəki bütün tərəflər, növlərə görə qruplaşdırılmış.
# Uzun “Kim kimdir” bölməsinin hissəsi: «Kim kimdir: Şəxslər, A–C».
who_part_title = Kim kimdir: { $part }
who_part_description = Kim kimdir: { $part }.
timeline_description = Bu bələdçidəki bütün hadisələr, xronoloji ardıcıllıqla.
# Uzun xronologiyanın dövrü: «Xronologiya: mart 1992».
period_title = Xronologiya: { $period }
period_description = { $period } dövrünün hadisələri, xronoloji ardıcıllıqla.
# `$page` teqin ikinci və sonrakı səhifələrində `later_page`, qalanlarında boşdur.
tag_title = Teq: { $name }{ $page }
tag_description = “{ $name }” teqi ilə işarələnmiş materiallar{ $page }.
# Siyahının ikinci və sonrakı səhifələrinin başlığından sonra: «Teq: Atəşkəs, səhifə 2».
later_page = , səhifə { $n }
# Tərəfin hadisələrinin, bəyanatlarının və ya rəqəmlərinin tam siyahısı; `$heading` onun başlığıdır.
party_list_description = { $heading }: cəmi { $count }.
search_description = Bu bələdçidə tərəfi, hadisəni və ya səhifəni ada, yerə və ya mövzuya görə tapın.

## Xülasəsi olmayan materialın təsviri (meta.rs)
# `$role` şəxsin vəzifəsidir.
party_description_role = { $name }: { $role }.
# `$kind` tərəfin növüdür, kiçik hərflə: «Ermənistan (dövlət).»
party_description = { $name } ({ $kind }).
# `$kind` hadisənin növüdür, kiçik hərflə: «Şuşanın süqutu: toqquşma, 8 noyabr 2020.»
event_description = { $title }: { $kind }, { $date }.
event_description_place = { $title }: { $kind }, { $date }, yer: { $place }.
# `$kind` yerin növüdür, kiçik hərflə: «Xankəndi (Dağlıq Qarabağ ərazisində şəhər).»
place_description = { $name } ({ $kind }).
place_description_within = { $name } ({ $within } ərazisində { $kind }).
# Strukturlaşdırılmış məlumatlarda itki rəqəmi: «Mülki şəxslər: 30 (2 oktyabr 2020 tarixinə), məlumatı verən: Ermənistan».
figure_as_of = ({ $date } tarixinə)
figure_according_to = { $figure }, məlumatı verən: { $by }

## “Kim kimdir” və teq səhifələri (lists.rs, paging.rs)
# “Kim kimdir” bölməsində hər tərəf növünün başlığı.
whos_who_states = Dövlətlər
whos_who_de_facto_states = De-fakto dövlətlər
whos_who_governments = Hökumətlər
whos_who_people = Şəxslər
whos_who_armed_groups = Silahlı qruplar
whos_who_alliances = İttifaqlar
whos_who_organisations = Təşkilatlar
whos_who_other_parties = Digər tərəflər
# Uzun “Kim kimdir” bölməsinin indeksində baş hərflərə bölünməyən növün yeganə səhifəsi.
whos_who_all = Hamısı
# Teq səhifəsinin qrupları.
tagged_parties = Tərəflər
tagged_events = Hadisələr
tagged_places = Yerlər
tagged_pages = Səhifələr
# Uzun xronologiyada başlanğıc tarixi olmayan hadisələrin dövrü.
open_start = Başlanğıc tarixi göstərilməyən
# Yalnız ili göstərilmiş hadisələrin sıx ildəki dövrü: «1992, ay göstərilməyib».
year_without_month = { $year }, ay göstərilməyib
# Nömrəli hissələrə bölünmüş sıx dövr: «mart 1992, hissə 2».
period_part = { $period }, hissə { $n }

## Tərəf (party.rs, party_lists.rs)
# Münasibətin tərəf səhifəsində digər tərəfdən əvvəl necə oxunduğu: onu sadalayan tərəfdən
# («Dəstəklədiyi tərəf:») və digər tərəfdən («Dəstəkləyən tərəf:»).
ally_of = Müttəfiqi:
backs = Dəstəklədiyi tərəf:
backed_by = Dəstəkləyən tərəf:
adversary_of = Qarşı tərəf:
mediator_for = Vasitəçilik etdiyi tərəf:
mediated_by = Vasitəçi:
rival_of = Rəqibi:
proxy_of = Proksisi olduğu tərəf:
has_as_proxy = Proksisi:
linked_to = Əlaqəli tərəf:
# Şəxsin tarixlərinin və başqalarının tarixlərinin yanında.
born = Doğum tarixi
died = Vəfat tarixi
founded = Yaranma tarixi
dissolved = Ləğv tarixi
# Dövlətin və ya hökumətin, həmçinin hər hansı digər tərəfin üzvləri.
officials_and_members = Rəsmi şəxslər və üzvlər
party_members = Üzvlər
# Tərəfin üzvləri vasitəsilə iştirak etdiyi hadisələr, tərəfin tələb etdiyi kəmiyyətə görə.
through_their_people = Öz nümayəndələri vasitəsilə
through_its_people = Öz nümayəndələri vasitəsilə
# `$party` cümlə daxilində tərəfin adıdır, `$says` ona uyğun gələn feil:
# «Qarabağ hakimiyyəti nə bildirirlər».
claims_title = { $party } nə { $says }
figures_title = { $party } tərəfindən dərc edilən rəqəmlər
party_events_title = { $party }: iştirak etdiyi hadisələr

## İtki rəqəmləri (figures.rs)
# Rəqəm yalnız kimin tərəfində olduqlarını bildirəndə, həmin tərəfin adından əvvəl.
on_the_side_of = Tərəf:
# Qrup, insanları aid olduğu tərəfdən əvvəl: «Hərbi qulluqçular, tərəf: Gürcüstan».
group_of = { $group }, tərəf:
# Sözlərlə rəqəm. Rəqəmlər minlik ayırıcıları ilə gəlir; `$qualifier` «nəfərə yaxın»,
# «nəfərdən çox»… kimi sözlərdir və rəqəmdən sonra gəlir (şəkilçi rəqəmə qoşula bilmir).
amount_qualified = { $n } { $qualifier }
amount_range = { $low }–{ $high }
amount_range_best = { $low }–{ $high } (ən ehtimal olunan rəqəm: { $best })
amount_at_least = ən azı { $low }
amount_up_to = { $high }-dək
amount_about = təxminən { $best }
amount_at_least_best = ən azı { $low } (ən ehtimal olunan rəqəm: { $best })
amount_about_up_to = təxminən { $best } ({ $high }-dək)
# Heç bir tərəfin iddia etmədiyi, mənbənin özünə aid rəqəmlərin başlığı: «AFP və Reuters tərəfindən aparılan hesablama».
# Azərbaycan dilində yiyəlik şəkilçisi ada qoşulmur: ad dəyişmədən qalır.
possessive = { $name }
possessive_s = { $name }
own_count = tərəfindən aparılan hesablama
# Bir neçə addan sonuncusundan əvvəl.
and = və

## Ümumi hissələr (views.rs, search.rs)
# Sərbəst səhifənin növü, tərəfin və ya hadisənin öz növünü göstərdiyi yerdə.
page_kind = Səhifə
# Üzvlüyün və ya münasibətin qüvvədə olduğu dövr.
span_from_to = { $since } – { $until }
span_since = { $date } tarixindən etibarən
span_until = { $date } tarixinədək

## Xronologiya ixracı (exports.rs)
# `data/timeline.json` faylında hər hadisənin altında, onun səhifəsinə keçid.
read_the_brief = Materialı oxuyun

## Münasibətlər xəritəsi və tərəfin əlaqələri (visuals/relations.rs, bundle.rs, sides.rs)
# `$number` cəm feil tələb edən ad üçün `plural` («Qarabağ hakimiyyəti»), əks halda
# `singular`-dır. `$n`, `$parties` və `$connected` səhifədə çap olunduğu kimi rəqəmlərdir («1,500»).
map_title = Tərəflər arasındakı əlaqələr
# `$kinds` nöqtəli vergüllə birləşdirilmiş `map_count_*` siyahısıdır.
map_desc = { $parties } tərəf: A tərəfi solda, B tərəfi sağda, heç bir tərəfdə olmayanlar isə aralarında; onları { $links } əlaqə birləşdirir: { $kinds }. Oxlar dəstəkçidən, proksidən, vasitəçidən və ya üzvdən digər tərəfə yönəlib. Qrafikdən sonrakı cədvəldə bütün əlaqələr sadalanır.
map_note = Əlaqələri olan { $connected } tərəfdən { $parties } tərəf (əvvəlcə hadisələrdə ən çox bir tərəfdə çıxış edənlər, sonra ən çox əlaqəsi olanlar) və onlar arasındakı əlaqələr göstərilir.
map_table = { $count ->
        [one] Əlaqə cədvəl şəklində
       *[other] { $n } əlaqə cədvəl şəklində
    }
map_column_relation = Münasibət
map_column_other_party = Digər tərəf
map_column_dates = Tarixlər
map_column_link = Əlaqə
# Xəritənin sütun başlıqları.
map_side_a = A tərəfi
map_neither_side = Heç bir tərəfdə deyil
map_side_b = B tərəfi
# Xəttin izahı: «Türkiyə dəstəkləyir: Azərbaycan (iddia edən tərəf: Ermənistan)»; `$verb` `map_verb_*`-dır.
map_link = { $from } { $verb }: { $to }
map_link_claimed = { $from } { $verb }: { $to } (iddia edən tərəf: { $claimant })
# Cədvəldə üzvün tutduğu rolla əlaqə: «üzvdür (sədr)».
map_link_role = { $link } ({ $role })
# Üzvlüyün tərəf cədvəlində üzv tərəfindən və qurum tərəfindən necə oxunduğu.
map_member_of = Üzv olduğu qurum:
map_has_member = Üzvü:
# İki ad arasında (ardınca iki nöqtə gəlir).
map_verb_ally = { $number ->
        [plural] müttəfiqdirlər
       *[singular] müttəfiqdir
    }
map_verb_adversary = { $number ->
        [plural] qarşı tərəfdirlər
       *[singular] qarşı tərəfdir
    }
map_verb_rival = { $number ->
        [plural] rəqibdirlər
       *[singular] rəqibdir
    }
map_verb_backer = { $number ->
        [plural] dəstəkləyirlər
       *[singular] dəstəkləyir
    }
map_verb_proxy = { $number ->
        [plural] proksidirlər
       *[singular] proksidir
    }
map_verb_mediator = { $number ->
        [plural] vasitəçidirlər
       *[singular] vasitəçidir
    }
map_verb_other = { $number ->
        [plural] əlaqəlidirlər
       *[singular] əlaqəlidir
    }
map_verb_member = { $number ->
        [plural] üzvdürlər
       *[singular] üzvdür
    }
# Xəritənin altındakı şərti işarələr.
map_legend_ally = Müttəfiqlər
map_legend_adversary = Qarşı tərəflər
map_legend_rival = Rəqiblər
map_legend_backer = Dəstəkləyir (ox dəstəklənən tərəfə yönəlib)
map_legend_proxy = Proksidir (ox himayədara yönəlib)
map_legend_mediator = Vasitəçidir (ox tərəfə yönəlib)
map_legend_other = Digər əlaqə
map_legend_member = Üzvdür (ox quruma yönəlib)
# Xəritənin təsvirində hər növdən neçə əlaqə çəkildiyi.
map_count_ally = müttəfiqlər: { $count }
map_count_adversary = qarşı tərəflər: { $count }
map_count_rival = rəqiblər: { $count }
map_count_backer = dəstək: { $count }
map_count_proxy = proksilər: { $count }
map_count_mediator = vasitəçilik: { $count }
map_count_other = digər əlaqələr: { $count }
map_count_member = üzvlük: { $count }
# Bir tərəfə gələn eyni növdən çoxlu əlaqə, sayı ilə birlikdə bir ox kimi çəkilir.
map_bundle_backers = { $n } { $count ->
        [one] dəstəkçi
       *[other] dəstəkçi
    }
map_bundle_proxies = { $n } { $count ->
        [one] proksi
       *[other] proksi
    }
map_bundle_mediators = { $n } { $count ->
        [one] vasitəçi
       *[other] vasitəçi
    }
map_bundle_links = { $n } { $count ->
        [one] əlaqə
       *[other] əlaqə
    }
map_bundle_members = { $n } { $count ->
        [one] üzv
       *[other] üzv
    }
# Dəstənin izahı: «NATO: 12 üzv»; `$links` `map_bundle_*`-dır.
map_bundle_of = { $name }: { $links }
neighbourhood_caption = { $number ->
        [plural] { $name } kimlərlə əlaqəlidirlər
       *[singular] { $name } kimlərlə əlaqəlidir
    }
neighbourhood_title = { $subject } və { $number ->
        [plural] onlarla
       *[singular] onunla
    } əlaqəli tərəflər
neighbourhood_around = { $count ->
        [one] bir əlaqəli tərəf
       *[other] { $n } əlaqəli tərəf
    }
# `$around` `neighbourhood_around`-dır; `$kinds` `map_count_*` siyahısıdır.
neighbourhood_desc = { $subject } (işarələnib) və { $around }: A tərəfi solda, B tərəfi sağda, heç bir tərəfdə olmayanlar isə aralarında; { $kinds }. Oxlar dəstəkçidən, proksidən, vasitəçidən və ya üzvdən digər tərəfə yönəlib. Qrafikdən sonrakı cədvəldə bütün əlaqələr sadalanır.
neighbourhood_note = { $name } ilə əlaqəli { $n } tərəfdən { $shown } tərəf göstərilir: əvvəlcə { $number ->
        [plural] onların
       *[singular] onun
    } öz münasibətləri və üzvlükləri, sonra ən çox əlaqəsi olanlar. Cədvəldə bütün əlaqələr sadalanır.

## Xronologiya qrafiki (visuals/timeline.rs, timeline/counts.rs, timeline/vertical.rs, axis.rs)
# `$n` səhifədə çap olunduğu kimi hadisələrin sayıdır («1,500»).
timeline_chart_caption = Xronologiya bir baxışda
overview_chart_caption = Hadisələr bir baxışda
timeline_chart_title = { $n } hadisənin xronologiyası
timeline_chart_counted = { $n } hadisəni ayrı-ayrılıqda təsvir etmək üçün onlar həddən artıq çoxdur: sütunlar hər dövrdə başlayan hadisələri sayır.
# `$first` və `$last` tarixlərdir; `$groups` nöqtəli vergüllə birləşdirilmiş `timeline_chart_lane_count` siyahısıdır.
timeline_chart_desc = { $n } hadisə ({ $first } – { $last }), { $lanes } zolaqda: { $groups }.
timeline_chart_desc_marks = Dolu işarələr günü dəqiq məlum olan tarixlərdir; boş sütunlar yalnız ayı və ya ili məlum olan tarixlərdir; qırıq xətli konturlar təxmini və ya dəqiq olmayan tarixlərdir; ox hadisənin hələ davam etdiyini bildirir. Qrafikdən sonrakı cədvəldə bütün hadisələr sadalanır.
timeline_chart_desc_bars = Sütunlar hər dövrdə başlayan hadisələri sayır; qrafikdən sonrakı cədvəl hər zolağın yekununu verir.
# İlk hadisənin başlanğıcı olmayanda xronologiyanın başladığı yer.
timeline_chart_open_start = başlanğıc tarixi məlum deyil
timeline_chart_lane_count = { $name } ({ $count })
# Heç bir böyük hadisəyə aid olmayan hadisələrin zolağı: təsvirdə, başlıq kimi və
# telefonda sütununun üstündə.
timeline_chart_other_events_lower = digər hadisələr
timeline_chart_other_events = Digər hadisələr
timeline_chart_other = Digər
# İşarənin izahı: «3. Atəşkəs razılaşdırıldı, 10 noyabr 2020».
timeline_chart_mark = { $mark }. { $title }, { $date }
# Zolağın başlığı: ümumi hadisənin nömrəsi, adı və tarixi.
timeline_chart_lane = { $mark }. { $title } ({ $date })
# Sayma qrafikində zolağın adından sonra, boşluqdan sonra: «Digər hadisələr · 1,204 hadisə».
timeline_chart_lane_events = · { $n } hadisə
# Sayma qrafikində sütunun izahı: «Digər hadisələr: okt 2020 ərzində 12».
timeline_chart_bin = { $lane }: { $period } ərzində { $count }
# Şərti işarələr.
timeline_chart_exact_day = Dəqiq gün
timeline_chart_period = Dövr (başlanğıc və son günü məlum)
timeline_chart_coarse = Yalnız ayı və ya ili məlumdur (onu bütövlükdə əhatə edir)
timeline_chart_qualified = Təxmini və ya dəqiq olmayan
timeline_chart_still_going_on = Hələ davam edir
# Cədvəldə tarixin necə verildiyi: vergüllə birləşdirilmiş sözlər («yalnız ay, təxmini»).
timeline_chart_precision_day = dəqiq gün
timeline_chart_precision_month = yalnız ay
timeline_chart_precision_year = yalnız il
timeline_chart_precision_period = dövr
timeline_chart_precision_coarse_ends = başlanğıcı və sonu yalnız ay və ya il dəqiqliyi ilə məlumdur
timeline_chart_precision_open_end = hələ davam edir
timeline_chart_precision_no_start = başlanğıcı məlum deyil
timeline_chart_precision_approximate = təxmini
timeline_chart_precision_uncertain = dəqiq deyil
timeline_chart_table = { $n } hadisə cədvəl şəklində
timeline_chart_lanes_table = Qrafikin zolaqları cədvəl şəklində
timeline_chart_column_number = №
timeline_chart_column_given_as = Tarixin verilmə şəkli
timeline_chart_column_lane = Zolaq
timeline_chart_column_first = İlk
timeline_chart_column_last = Son
# Zaman oxunda ayların qısa adları («27 sen 2020», «okt 2020»).
month_short_1 = yan
month_short_2 = fev
month_short_3 = mar
month_short_4 = apr
month_short_5 = may
month_short_6 = iyn
month_short_7 = iyl
month_short_8 = avq
month_short_9 = sen
month_short_10 = okt
month_short_11 = noy
month_short_12 = dek

## Front-matter lüğətlərinin sözləri (src/model/vocabulary.rs)
# Hər açar lüğətin prefiksi və müəlliflərin işlətdiyi sözdür: `kind: de_facto_state`
# `party_kind_de_facto_state`-dir. Test bu siyahını lüğətlərlə uyğunlaşdırır.
party_kind_state = Dövlət
party_kind_de_facto_state = De-fakto dövlət
party_kind_government = Hökumət
party_kind_person = Şəxs
party_kind_armed_group = Silahlı qrup
party_kind_alliance = İttifaq
party_kind_organisation = Təşkilat
party_kind_other = Digər
place_kind_city = Şəhər
place_kind_town = Qəsəbə
place_kind_village = Kənd
place_kind_region = Bölgə
place_kind_country = Ölkə
place_kind_area = Ərazi
place_kind_site = Məkan
place_kind_other = Yer
autolink_true = Ayrıca söz kimi işləndikdə keçid verilir
autolink_false = Heç vaxt keçid verilmir
autolink_always = Adi söz olan ada belə keçid verilir
relation_kind_ally = Müttəfiq
relation_kind_backer = Dəstəkçi
relation_kind_adversary = Qarşı tərəf
relation_kind_mediator = Vasitəçi
relation_kind_rival = Rəqib
relation_kind_proxy = Proksi
relation_kind_other = Digər münasibət
event_kind_clash = Toqquşma
event_kind_strike = Zərbə
event_kind_shelling = Atəşə tutma
event_kind_statement = Bəyanat
event_kind_agreement = Saziş
event_kind_ceasefire = Atəşkəs
event_kind_summit = Sammit
event_kind_declaration = Bəyannamə
event_kind_election = Seçki
event_kind_appeal = Müraciət
event_kind_accusation = İttiham
event_kind_other = Hadisə
role_side_a = A tərəfi
role_side_b = B tərəfi
role_attacker = Hücum edən tərəf
role_defender = Müdafiə olunan tərəf
role_backer = Dəstəkçi
role_mediator = Vasitəçi
role_signatory = İmzalayan tərəf
role_speaker = Bəyanat verən
role_target = Hədəf
role_host = Ev sahibi
role_observer = Müşahidəçi
role_other = Digər rol
role_participant = İştirakçı
# Tərəf səhifəsində bir roldakı hadisələrinin başlığı.
role_phrase_side_a = A tərəfində
role_phrase_side_b = B tərəfində
role_phrase_attacker = Hücum edən tərəf kimi
role_phrase_defender = Müdafiə olunan tərəf kimi
role_phrase_backer = Dəstəkçi kimi
role_phrase_mediator = Vasitəçi kimi
role_phrase_signatory = İmzalayan tərəf kimi
role_phrase_speaker = Bəyanat verən kimi
role_phrase_target = Hədəf kimi
role_phrase_host = Ev sahibi kimi
role_phrase_observer = Müşahidəçi kimi
role_phrase_other = Başqa rolda
role_phrase_participant = İştirakçı kimi
casualty_kind_killed = Həlak olanlar
casualty_kind_wounded = Yaralananlar
casualty_kind_missing = İtkin düşənlər
casualty_kind_displaced = Köçkün düşənlər
casualty_kind_captured = Əsir götürülənlər
# İddia edənin adından sonra feil: «Ermənistan bildirir», cəm addan sonra isə: «Qarabağ
# hakimiyyəti bildirirlər».
stance_asserts = bildirir
stance_denies = təkzib edir
stance_disputes = etiraz edir
stance_admits = etiraf edir
stance_plural_asserts = bildirirlər
stance_plural_denies = təkzib edirlər
stance_plural_disputes = etiraz edirlər
stance_plural_admits = etiraf edirlər
# Rəqəmdən SONRA (şəkilçi rəqəmə qoşula bilmədiyi üçün): «200 nəfərə yaxın».
qualifier_nearly = nəfərə yaxın
qualifier_about = civarında
qualifier_at_least = nəfərdən az olmayaraq
qualifier_more_than = nəfərdən çox
qualifier_fewer_than = nəfərdən az
qualifier_up_to = nəfərədək
figure_status_recorded = Qeydə alınıb
figure_status_claimed = İddia edilir
figure_status_estimate = Təxmini
figure_status_provisional = İlkin
correction_kind_correction = Düzəliş
correction_kind_clarification = Dəqiqləşdirmə
correction_kind_update = Yeniləmə
# Tərəf olmayanda rəqəmin kimə aid olduğu.
group_civilians = Mülki şəxslər
group_military = Hərbi qulluqçular
group_unknown = Göstərilməyib

## Oxucunun gördüyü tarixlər (src/model/date/human.rs, src/strings/dates.rs oxuyur)
# Hər arqument mətndir: `$day` və `$year` rəqəmlərdir, `$month` aşağıdakı ay adlarından biridir.
month_1 = yanvar
month_2 = fevral
month_3 = mart
month_4 = aprel
month_5 = may
month_6 = iyun
month_7 = iyul
month_8 = avqust
month_9 = sentyabr
month_10 = oktyabr
month_11 = noyabr
month_12 = dekabr
# Müəllifin «təxminən» (`~`) kimi verdiyi tarix: «təxminən 1994».
date_approximate = təxminən { $date }
# Müəllifin əmin olmadığı tarix (`?`): «1991 (dəqiq deyil)».
date_uncertain = { $date } (dəqiq deyil)
# Sonu açıq olan interval: «27 sentyabr 2020 tarixindən etibarən».
date_since = { $date } tarixindən etibarən
# Başlanğıcı açıq olan interval: «1994 tarixinədək».
date_until = { $date } tarixinədək
date_day_month_year = { $day } { $month } { $year }
# İli sonuncu tarixdə verilən aralığın ilk günü: «27 sentyabr – 10 noyabr 2020»
# aralığındakı «27 sentyabr».
date_day_month = { $day } { $month }
date_month_year = { $month } { $year }
# Bir tarixdən digərinə: «27 sentyabr – 10 noyabr 2020», «təxminən 1991 – 1994».
date_range = { $start } – { $end }
# Bir ayın günləri: «27–30 sentyabr 2020».
date_day_range = { $first }–{ $last } { $month } { $year }
# Tam illər: «1991–1994».
date_year_range = { $start }–{ $end }
figure_previous = { $date } tarixinə { $amount }
figure_status = Status
figure_note = { $status }: { $caveat }
series_caption_claimed = { $kind } ({ $counted }), { $claimant } məlumatına görə, zamanla
series_caption = { $kind } ({ $counted }), zamanla
series_of_event = { $event }: { $caption }
series_description = { $count } dəyər, { $first } – { $last }: { $from } → { $to }.
series_key_value = Əvvəlki dəyər, növbətiyə qədər qüvvədədir
series_key_latest = Son dəyər
series_key_range = Ən aşağıdan ən yuxarıya
series_table = Dəyərlər cədvəl şəklində ({ $count })
corrections = Düzəlişlər
corrections_title = Düzəlişlər
corrections_intro = Bu izahata edilmiş bütün düzəlişlər, dəqiqləşdirmələr və yeniləmələr, əvvəlcə ən yeniləri. Hər biri aid olduğu səhifədə də göstərilir.
corrections_feed = Düzəlişlər lenti
correction_on = { $kind }: { $brief }
as_of_banner = İzahat { $date } tarixindəki vəziyyətdədir: sonra dərc olunmuş rəqəmlər, bəyanatlar və hadisələr göstərilmir.
history = Dəyişikliklər tarixçəsi
history_more = Daha əvvəlki { $count } dəyişiklik göstərilmir.
