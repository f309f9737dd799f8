# Русский язык (ru): строки темы по умолчанию, которые видит читатель (синтаксис Fluent, projectfluent.org).
# Ключи те же, что в en.ftl.
#
# Шаблон читает строку без аргументов как `{{ text.key }}` (в компоненте, который должен
# перечислять `@text` среди своих аргументов), а строку с аргументами — как `{{ t(key="key", count=n) }}`.
# `$count`, `$shown` и `$total` — числа: по ним выбирается форма множественного числа
# (one, few, many, other). Остальные аргументы — текст. В ключах — `_`, чтобы tera читала `text.key`.
#
# Одна строка — одна строчка: Fluent сохраняет перенос строки, продолженной на следующей.
# Пробелы по краям строки отбрасываются, поэтому пробелы вокруг нее остаются в шаблоне,
# как и разметка (ссылки, даты): фраза вокруг ссылки разрезается на слова перед ней.
# Названия участников подставляются в именительном падеже, поэтому перед ссылкой на них
# стоят формулировки с двоеточием («по версии стороны: Армения»).

## Разделы, где бы они ни назывались: меню, навигационная цепочка, заголовки
home = Главная
timeline = Хронология
whos_who = Кто есть кто
places = Места
tags = Теги
search = Поиск

## Каждая страница (base.html)
skip_to_content = Перейти к содержанию
sections = Разделы
search_label = Поиск
search_placeholder = Поиск
search_button = Найти
feed = Лента (Atom)
data = Данные (JSON)
figures_data = Цифры (CSV)
# Как переключатель языков называется для экранного диктора.
languages = Языки
# На материале, показанном на языке оригинала, потому что перевода на язык страницы нет:
# `$language` — одно из названий ниже.
untranslated = Эта страница еще не переведена и показана на языке оригинала: { $language }.
# Языки, как их называет это уведомление (в именительном падеже, после двоеточия).
language_en = английский
language_fr = французский
language_ru = русский
language_hy = армянский
language_az = азербайджанский
language_ar = арабский

## Общие элементы (components.html)
# Как экранный диктор называет знак ссылки на источник вроде [3], перед его номером: «Источник 3».
# Без аргумента, потому что на странице их могут быть сотни.
cite = Источник
sources = Источники
mentioned_in = Где упоминается
tags_label = Теги:
# Перед датой последнего изменения.
last_updated = Обновлено
pages = Страницы
previous = ‹ Предыдущая
next = Следующая ›
# После заголовка, в скобках, и после имени участника на страницах его списков.
in_all = всего { $count }
# Перед участником, который утверждает, что у другого была эта роль (ссылка).
alleged_by = по утверждению стороны:
# Перед событием, по поводу которого сделано заявление (ссылка).
claim_on = Событие:
claim_paraphrase = { $verb }, что { $text }
claim_quote = «{ $quote }»
claim_colon = :
claim_stop = .
event = Событие
counted = Кто учтен
kind = Тип
figure = Число
as_of = По состоянию на
source = Источник
# Сокращенный список участника; `$what` — события или заявления.
more_latest = Последние { $shown } из { $count } { $what ->
        [claims] { $count ->
            [one] заявления
           *[other] заявлений
        }
       *[events] { $count ->
            [one] события
           *[other] событий
        }
    }.
more_all = Все { $count } { $what ->
        [claims] { $count ->
            [one] заявление
            [few] заявления
           *[other] заявлений
        }
        [figures] { $count ->
            [one] цифра
            [few] цифры
           *[other] цифр
        }
       *[events] { $count ->
            [one] событие
            [few] события
           *[other] событий
        }
    } ›
more_figures = Самые крупные из { $count } { $count ->
        [one] цифры
       *[other] цифр
    }: показаны { $shown }.

## Главная страница (index.html)
latest_events = Последние события
home_all_events = { $count ->
        [one] Вся хронология: { $count } событие
        [few] Вся хронология: все { $count } события
        [many] Вся хронология: все { $count } событий
       *[other] Вся хронология: все { $count } событий
    }
story_so_far = Ход событий
key_parties = Основные участники
home_all_parties = { $count ->
        [one] Кто есть кто: { $count } участник
        [few] Кто есть кто: все { $count } участника
        [many] Кто есть кто: все { $count } участников
       *[other] Кто есть кто: все { $count } участников
    }
background = Предыстория

## Хронология (events.html)
timeline_dek = { $count } { $count ->
        [one] событие
        [few] события
        [many] событий
       *[other] событий
    }, от ранних к поздним.
period_dek = { $count } { $count ->
        [one] событие
        [few] события
        [many] событий
       *[other] событий
    } из { $total }, от ранних к поздним.
timeline_by_period = Хронология разбита на периоды.
timeline_grouped = События, входящие в более крупные, сгруппированы под ними.
# Что сообщает timeline.js при включенном фильтре: показано `$shown` из `$total` событий страницы.
filter_shown = Показано { $shown } из { $total } { $total ->
        [one] события
       *[other] событий
    }.
filter_shown_on_page = Показано { $shown } из { $total } { $total ->
        [one] события
       *[other] событий
    } на этой странице.
periods = Периоды
party = Участник
all_parties = Все участники
all_kinds = Все типы
# Общее событие, начавшееся в более раннем периоде: «(продолжение; май 2020 г.)».
continued = продолжение
# Общее событие более позднего периода: «(май 2020 г., в более позднем периоде)».
in_a_later_period = в более позднем периоде
not_part_of_larger = Не входят в более крупные события

## Кто есть кто (parties.html)
parties_on_page = { $count } { $count ->
        [one] участник
        [few] участника
        [many] участников
       *[other] участников
    } на этой странице.
parties_dek = { $count } { $count ->
        [one] участник
        [few] участника
        [many] участников
       *[other] участников
    } в этом обзоре, по типам.
kinds_of_party = Типы участников
whos_who_parts = Части раздела «Кто есть кто»
event_count = { $count } { $count ->
        [one] событие
        [few] события
        [many] событий
       *[other] событий
    }

## Участник (party.html)
at_a_glance = Кратко
short_name = Краткое название
position = Должность
seat = Местонахождение
also_known_as = Другие названия
member_of = Входит в
events = События
party_event_count = { $count } { $count ->
        [one] событие
        [few] события
        [many] событий
       *[other] событий
    } в этом обзоре
relations = Отношения
# Перед участником, который заявляет об отношении (ссылка).
claimed_by = по версии стороны:
connections = Связи
# Перед членом, через которого участник участвовал в событии (ссылка).
through = представитель:

## Место (place.html) и список мест (places.html)
places_description = Все места, упомянутые в этом обзоре, и события, которые там произошли.
# `$count` мест в первой строке списка мест.
places_dek = { $count ->
        [one] { $count } место — с событиями, которые там произошли, и участниками, которые там находятся.
        [few] { $count } места — с событиями, которые там произошли, и участниками, которые там находятся.
        [many] { $count } мест — с событиями, которые там произошли, и участниками, которые там находятся.
       *[other] { $count } мест — с событиями, которые там произошли, и участниками, которые там находятся.
    }
other_places = Другие места
other_names = Другие названия
within = Входит в
coordinates = Координаты
events_here = События в этом месте
# Перед местом внутри данного, где произошло событие (ссылка): «(место: Шуша)».
at = место:
seated_here = Находятся здесь
places_within = Места в его пределах
place_status = Статус:
# Что сообщается о месте с пометкой `disputed: true` без пояснения.
place_disputed = Статус этого места оспаривается.
# После типа места в списке мест.
disputed_short = спорный статус
# Над списком событий места, когда показаны только последние; далее следует ссылка на хронологию.
place_events_latest = Последние { $shown } из { $total } { $total ->
        [one] события
       *[other] событий
    }; полный список — в разделе

## Карты-локаторы (visuals/locator.rs)
map_place_caption = Где находится { $name }
map_event_caption = Где это произошло
map_places_caption = Места, упомянутые в этом обзоре
map_home_caption = Где это происходит
# Описание карты для экранного диктора: список показанных мест.
map_description = Карта: { $places }.
# После подписи карты, если некоторым подписям не хватило места: `$places` их перечисляет.
map_unlabelled = Без подписи из-за нехватки места: { $places }.
# Когда карта многих мест показывает только те, где больше всего событий.
map_busiest = { $shown } { $shown ->
        [one] место
        [few] места
        [many] мест
       *[other] мест
    } с наибольшим числом событий (всего мест: { $total }).
map_key_primary = Это место
map_key_latest = Место последних событий
map_key_place = Другое место из этого обзора
map_key_sized = Место (размер — по числу событий)
map_key_context = Места более крупного события, в которое входит это
map_key_disputed_place = Место со спорным статусом (пунктирное кольцо)
map_key_disputed_area = Территория со спорным статусом (пунктирный контур)
map_column_place = Место
map_column_kind = Тип
map_column_coordinates = Координаты
map_column_events = События
map_table_summary = { $count ->
        [one] { $count } место на этой карте
        [few] { $count } места на этой карте
        [many] { $count } мест на этой карте
       *[other] { $count } мест на этой карте
    }
# Под каждой картой: на чьей картографической основе она построена.
map_credit = Картографические данные: { $credit }

## Событие (event.html)
breadcrumb = Навигационная цепочка
date = Дата
place = Место
part_of = В рамках
who_says_what = Кто что заявляет
casualty_figures = Данные о потерях
casualty_note = Каждая цифра приводится в том виде, в каком ее опубликовала заявившая сторона: ее словами («почти 200», «более 30») или в виде диапазона от меньшего значения к большему. Цифры разных сторон приводятся отдельно и никогда не суммируются.
# Перед участником или источником, от которого исходит группа цифр (ссылка); также заголовок столбца.
according_to = По данным стороны:
not_attributed = Без указания стороны или источника
events_within = Входящие события
related = См. также
# Перед общим событием (ссылка).
earlier_later_within = Раньше и позже в рамках события:
pager_within = В рамках события «{ $name }»
earlier = Раньше
later = Позже

## Теги (tags.html, tag.html)
tags_dek = Материалы по темам.
no_tags = Пока ни у одного материала нет тегов.
tag_dek = { $count } { $count ->
        [one] материал
        [few] материала
        [many] материалов
       *[other] материалов
    } с этим тегом.

## Поиск (search.html)
search_dek = Найдите участника, событие или страницу по названию, другому названию, месту, роли или теме.
search_this = Поиск по обзору
search_noscript = Поиск работает в браузере и требует JavaScript, который отключен. Все материалы доступны и через эти списки:
browse_instead = Просмотр без поиска
browse = Разделы
browse_parties = все участники по типам
browse_events = все события по порядку
browse_tags = материалы по темам
# Что сообщает search.js, пока читатель печатает. `$query` — введенный текст; `$limit` — сколько
# результатов показывается самое большее.
search_prompt = Введите имя, название места или тему.
search_none = По запросу «{ $query }» ничего не найдено.
search_found = { $count ->
        [one] Найден { $count } материал.
        [few] Найдено { $count } материала.
        [many] Найдено { $count } материалов.
       *[other] Найдено { $count } материалов.
    }
search_found_more = { $count ->
        [one] Найден { $count } материал; показаны первые { $limit }.
        [few] Найдено { $count } материала; показаны первые { $limit }.
        [many] Найдено { $count } материалов; показаны первые { $limit }.
       *[other] Найдено { $count } материалов; показаны первые { $limit }.
    }

## Несуществующая страница (404.html)
not_found = Страница не найдена
not_found_dek = По этому адресу страницы нет. Возможно, она была переименована или удалена.

## Диаграммы (visuals.html)
chart_key = Условные обозначения

## Заголовки и описания страниц (render/mod.rs)
parties_description = Все участники этого обзора по типам.
# Часть длинного раздела «Кто есть кто»: «Кто есть кто: Персоналии, А–В».
who_part_title = Кто есть кто: { $part }
who_part_description = Кто есть кто: { $part }.
timeline_description = Все события этого обзора в хронологическом порядке.
# Период длинной хронологии: «Хронология: март 1992».
period_title = Хронология: { $period }
period_description = { $period }: события в хронологическом порядке.
# `$page` — это `later_page` на второй и следующих страницах тега, иначе пусто.
tag_title = Тег: { $name }{ $page }
tag_description = Материалы с тегом «{ $name }»{ $page }.
# После заголовка второй и следующих страниц списка: «Тег: Перемирие, страница 2».
later_page = , страница { $n }
# Полный список событий, заявлений или цифр участника; `$heading` — его заголовок.
party_list_description = { $heading }: всего { $count }.
search_description = Поиск участника, события или страницы этого обзора по названию, месту или теме.

## Описание материала без краткого содержания (meta.rs)
# `$role` — должность человека.
party_description_role = { $name }: { $role }.
# `$kind` — тип участника со строчной буквы: «Армения (государство).»
party_description = { $name } ({ $kind }).
# `$kind` — тип события со строчной буквы: «Взятие Шуши: столкновение, 8 ноября 2020 г.»
event_description = { $title }: { $kind }, { $date }.
event_description_place = { $title }: { $kind }, { $date }, { $place }.
# `$kind` — тип места со строчной буквы: «Степанакерт (город, Нагорный Карабах).»
place_description = { $name } ({ $kind }).
place_description_within = { $name } ({ $kind }, { $within }).
# Цифра потерь в структурированных данных: «Мирные жители: 30 погибших (по состоянию на 2 октября 2020 г.), источник: Армения».
figure_as_of = (по состоянию на { $date })
figure_according_to = { $figure }, источник: { $by }

## Кто есть кто и страницы тегов (lists.rs, paging.rs)
# Заголовки типов участников в разделе «Кто есть кто».
whos_who_states = Государства
whos_who_de_facto_states = Де-факто государства
whos_who_governments = Правительства
whos_who_people = Персоналии
whos_who_armed_groups = Вооруженные формирования
whos_who_alliances = Альянсы
whos_who_organisations = Организации
whos_who_other_parties = Другие участники
# В оглавлении длинного раздела «Кто есть кто» — страница типа, не разбитая по первым буквам.
whos_who_all = Все
# Группы на странице тега.
tagged_parties = Участники
tagged_events = События
tagged_places = Места
tagged_pages = Страницы
# Период длинной хронологии, в котором собраны события без даты начала.
open_start = Без даты начала
# Период событий насыщенного года, датированных только годом: «1992 г., месяц не указан».
year_without_month = { $year } г., месяц не указан
# Насыщенный период, разбитый на пронумерованные части: «март 1992, часть 2».
period_part = { $period }, часть { $n }

## Участник (party.rs, party_lists.rs)
# Как отношение выглядит на странице участника перед другим участником (метка прописными):
# со стороны участника, который его указывает («Поддерживает»), и со стороны другого.
ally_of = Союзник
backs = Поддерживает
backed_by = Поддерживающая сторона
adversary_of = Противник
mediator_for = Посредничает
mediated_by = Посредник
rival_of = Соперник
proxy_of = Покровитель
has_as_proxy = Прокси
linked_to = Связь
# Рядом с датами человека и любого другого участника.
born = Дата рождения
died = Дата смерти
founded = Дата основания
dissolved = Прекращение существования
# Члены государства или правительства и любого другого участника.
officials_and_members = Должностные лица и представители
party_members = Члены
# События, в которых участник участвовал через своих членов (по числу участника).
through_their_people = Через своих представителей
through_its_people = Через своих представителей
# `$party` — название участника внутри фразы, `$says` — согласованный с ним глагол:
# «Что заявляют власти Карабаха».
claims_title = Что { $says } { $party }
figures_title = { $party }: опубликованные данные о потерях
party_events_title = { $party }: участие в событиях

## Цифры потерь (figures.rs)
# Кого учитывает цифра, если указано только, на чьей они стороне; перед названием участника.
on_the_side_of = Сторона:
# Группа перед участником, к которому относятся ее люди: «Военнослужащие, сторона: Грузия».
group_of = { $group }, сторона:
# Цифра словами. Числа приходят с разделителями тысяч; `$qualifier` — «почти», «более»...
amount_qualified = { $qualifier } { $n }
amount_range = { $low }–{ $high }
amount_range_best = { $low }–{ $high } (наиболее вероятная оценка — { $best })
amount_at_least = не менее { $low }
amount_up_to = до { $high }
amount_about = около { $best }
amount_at_least_best = не менее { $low } (наиболее вероятная оценка — { $best })
amount_about_up_to = около { $best } (до { $high })
# Заголовок цифр, которые не заявляет ни одна сторона, — собственный подсчет источника:
# «AFP и Reuters (собственный подсчет)». В русском притяжательная форма не нужна.
possessive = { $name }
possessive_s = { $name }
own_count = (собственный подсчет)
# Перед последним из нескольких названий.
and = и

## Общие элементы (views.rs, search.rs)
# Тип отдельной страницы там, где участник или событие показывает свой тип.
page_kind = Страница
# Когда действовали членство или отношение.
span_from_to = { $since } – { $until }
span_since = { $date } — по настоящее время
span_until = по { $date }

## Экспорт хронологии (exports.rs)
# Ссылка под каждым событием в `data/timeline.json` на его страницу.
read_the_brief = Читать материал

## Схема связей и окружение участника (visuals/relations.rs, bundle.rs, sides.rs)
# `$number` — `plural` для названия, требующего глагола во множественном числе («власти Карабаха»),
# иначе `singular`. `$n`, `$parties` и `$connected` — числа в том виде, как их печатает страница («1,500»).
map_title = Как связаны участники
# `$kinds` — список `map_count_*` через точку с запятой.
map_desc = Участников: { $parties }; слева — сторона А, справа — сторона Б, между ними — не примкнувшие ни к одной из сторон. Связей: { $links } ({ $kinds }). Стрелки направлены от поддерживающей стороны, прокси, посредника или члена к другому участнику. Все связи перечислены в таблице под диаграммой.
map_note = Показаны участники, имеющие связи: { $parties } из { $connected } (сначала те, кто чаще всего выступает одной из сторон событий, затем те, у кого больше всего связей), и связи между ними.
map_table = { $count ->
        [one] Таблица: { $n } связь
        [few] Таблица: { $n } связи
        [many] Таблица: { $n } связей
       *[other] Таблица: { $n } связей
    }
map_column_relation = Отношение
map_column_other_party = Другой участник
map_column_dates = Даты
map_column_link = Связь
# Заголовки столбцов схемы.
map_side_a = Сторона А
map_neither_side = Вне сторон
map_side_b = Сторона Б
# Всплывающая подсказка линии: «Турция поддерживает: Азербайджан (по версии стороны: Армения)»; `$verb` — `map_verb_*`.
map_link = { $from } { $verb }: { $to }
map_link_claimed = { $from } { $verb }: { $to } (по версии стороны: { $claimant })
# Связь в таблице с ролью члена: «является членом (председатель)».
map_link_role = { $link } ({ $role })
# Как членство выглядит в таблице участника: со стороны члена и со стороны объединения.
map_member_of = Входит в
map_has_member = Включает
# Между двумя названиями.
map_verb_ally = { $number ->
        [plural] являются союзниками
       *[singular] является союзником
    }
map_verb_adversary = { $number ->
        [plural] являются противниками
       *[singular] является противником
    }
map_verb_rival = { $number ->
        [plural] являются соперниками
       *[singular] является соперником
    }
map_verb_backer = { $number ->
        [plural] поддерживают
       *[singular] поддерживает
    }
map_verb_proxy = { $number ->
        [plural] действуют в интересах
       *[singular] действует в интересах
    }
map_verb_mediator = { $number ->
        [plural] выступают посредниками для
       *[singular] выступает посредником для
    }
map_verb_other = { $number ->
        [plural] имеют связь
       *[singular] имеет связь
    }
map_verb_member = { $number ->
        [plural] являются членами
       *[singular] является членом
    }
# Условные обозначения под схемой.
map_legend_ally = Союзники
map_legend_adversary = Противники
map_legend_rival = Соперники
map_legend_backer = Поддержка (стрелка к поддерживаемой стороне)
map_legend_proxy = Прокси (стрелка к покровителю)
map_legend_mediator = Посредничество (стрелка к стороне)
map_legend_other = Иная связь
map_legend_member = Членство (стрелка к объединению)
# Сколько связей каждого вида на схеме, в ее описании.
map_count_ally = союзники: { $count }
map_count_adversary = противники: { $count }
map_count_rival = соперники: { $count }
map_count_backer = поддержка: { $count }
map_count_proxy = прокси: { $count }
map_count_mediator = посредничество: { $count }
map_count_other = иные связи: { $count }
map_count_member = членство: { $count }
# Много связей одного вида к одному участнику, нарисованные одной стрелкой с их числом.
map_bundle_backers = { $n } { $count ->
        [one] поддерживающая сторона
        [few] поддерживающие стороны
        [many] поддерживающих сторон
       *[other] поддерживающих сторон
    }
map_bundle_proxies = { $n } { $count ->
        [one] прокси
       *[other] прокси
    }
map_bundle_mediators = { $n } { $count ->
        [one] посредник
        [few] посредника
        [many] посредников
       *[other] посредников
    }
map_bundle_links = { $n } { $count ->
        [one] связь
        [few] связи
        [many] связей
       *[other] связей
    }
map_bundle_members = { $n } { $count ->
        [one] член
        [few] члена
        [many] членов
       *[other] членов
    }
# Подсказка пучка: «НАТО: 12 членов»; `$links` — `map_bundle_*`.
map_bundle_of = { $name }: { $links }
neighbourhood_caption = { $number ->
        [plural] Связи: { $name }
       *[singular] Связи: { $name }
    }
neighbourhood_title = { $number ->
        [plural] { $subject } и связанные участники
       *[singular] { $subject } и связанные участники
    }
neighbourhood_around = { $count ->
        [one] { $n } связанный участник
        [few] { $n } связанных участника
        [many] { $n } связанных участников
       *[other] { $n } связанных участников
    }
# `$around` — `neighbourhood_around`; `$kinds` — список `map_count_*`.
neighbourhood_desc = Выделено: { $subject }. Также показаны: { $around }; слева — сторона А, справа — сторона Б, между ними — не примкнувшие ни к одной из сторон. Связи: { $kinds }. Стрелки направлены от поддерживающей стороны, прокси, посредника или члена к другому участнику. Все связи перечислены в таблице под диаграммой.
neighbourhood_note = { $name }: связанных участников — { $n }, показаны { $shown }: сначала те, что названы в { $number ->
        [plural] собственных отношениях и членстве этого участника
       *[singular] собственных отношениях и членстве этого участника
    }, затем участники с наибольшим числом связей. Все связи перечислены в таблице.

## Диаграмма хронологии (visuals/timeline.rs, timeline/counts.rs, timeline/vertical.rs, axis.rs)
# `$n` — число событий в том виде, как его печатает страница («1,500»).
timeline_chart_caption = Хронология на одной схеме
overview_chart_caption = Ход событий на одной схеме
timeline_chart_title = Хронология событий: { $n }
timeline_chart_counted = Событий слишком много ({ $n }), чтобы показать каждое отдельно: столбцы показывают число событий, начавшихся в каждом периоде.
# `$first` и `$last` — даты; `$groups` — список `timeline_chart_lane_count` через точку с запятой.
timeline_chart_desc = Событий: { $n }, период: { $first } – { $last }. Полосы ({ $lanes }): { $groups }.
timeline_chart_desc_marks = Закрашенные отметки — даты, известные с точностью до дня; полые полосы — даты, известные лишь с точностью до месяца или года; пунктирный контур — приблизительные или предположительные даты; стрелка означает, что событие продолжается. Все события перечислены в таблице под диаграммой.
timeline_chart_desc_bars = Столбцы показывают число событий, начавшихся в каждом периоде; в таблице под диаграммой приведены итоги по каждой полосе.
# С чего начинается хронология, если у первого события нет даты начала.
timeline_chart_open_start = без даты начала
timeline_chart_lane_count = { $name } ({ $count })
# Полоса событий, не входящих в более крупные: в описании, в заголовке и
# над ее столбцом на телефоне.
timeline_chart_other_events_lower = другие события
timeline_chart_other_events = Другие события
timeline_chart_other = Другое
# Подсказка отметки: «3. Соглашение о прекращении огня, 10 ноября 2020 г.».
timeline_chart_mark = { $mark }. { $title }, { $date }
# Заголовок полосы: номер, название и дата ее общего события.
timeline_chart_lane = { $mark }. { $title } ({ $date })
# После названия полосы на счетной диаграмме, после пробела: «Другие события · событий: 1,204».
timeline_chart_lane_events = · событий: { $n }
# Подсказка столбца счетной диаграммы: «Другие события: окт. 2020 — 12».
timeline_chart_bin = { $lane }: { $period } — { $count }
# Условные обозначения.
timeline_chart_exact_day = Точный день
timeline_chart_period = Период, от дня до дня
timeline_chart_coarse = Известно лишь с точностью до месяца или года (на весь срок)
timeline_chart_qualified = Приблизительно или предположительно
timeline_chart_still_going_on = Продолжается
# Как указана дата, в таблице: слова через запятую («только месяц, приблизительно»).
timeline_chart_precision_day = точный день
timeline_chart_precision_month = только месяц
timeline_chart_precision_year = только год
timeline_chart_precision_period = период
timeline_chart_precision_coarse_ends = границы известны лишь с точностью до месяца или года
timeline_chart_precision_open_end = продолжается
timeline_chart_precision_no_start = начало неизвестно
timeline_chart_precision_approximate = приблизительно
timeline_chart_precision_uncertain = предположительно
timeline_chart_table = Таблица событий ({ $n })
timeline_chart_lanes_table = Таблица полос диаграммы
timeline_chart_column_number = №
timeline_chart_column_given_as = Точность даты
timeline_chart_column_lane = Полоса
timeline_chart_column_first = Начало
timeline_chart_column_last = Конец
# Краткие названия месяцев на оси времени («27 сент. 2020», «окт. 2020»).
month_short_1 = янв.
month_short_2 = февр.
month_short_3 = март
month_short_4 = апр.
month_short_5 = май
month_short_6 = июнь
month_short_7 = июль
month_short_8 = авг.
month_short_9 = сент.
month_short_10 = окт.
month_short_11 = нояб.
month_short_12 = дек.

## Слова словарей front-matter (src/model/vocabulary.rs)
# Каждый ключ — префикс словаря и слово, которое пишут авторы: `kind: de_facto_state` — это
# `party_kind_de_facto_state`. Тест сверяет этот список со словарями.
party_kind_state = Государство
party_kind_de_facto_state = Де-факто государство
party_kind_government = Правительство
party_kind_person = Персона
party_kind_armed_group = Вооруженное формирование
party_kind_alliance = Альянс
party_kind_organisation = Организация
party_kind_other = Другое
place_kind_city = Город
place_kind_town = Поселок
place_kind_village = Село
place_kind_region = Регион
place_kind_country = Страна
place_kind_area = Местность
place_kind_site = Объект
place_kind_other = Место
autolink_true = Ссылка ставится, где название стоит отдельно
autolink_false = Ссылка не ставится
autolink_always = Ссылка ставится всегда, даже если название — обычное слово
relation_kind_ally = Союзник
relation_kind_backer = Поддерживающая сторона
relation_kind_adversary = Противник
relation_kind_mediator = Посредник
relation_kind_rival = Соперник
relation_kind_proxy = Прокси
relation_kind_other = Иное отношение
event_kind_clash = Столкновение
event_kind_strike = Удар
event_kind_shelling = Обстрел
event_kind_statement = Заявление
event_kind_agreement = Соглашение
event_kind_ceasefire = Прекращение огня
event_kind_summit = Саммит
event_kind_declaration = Декларация
event_kind_election = Выборы
event_kind_appeal = Обращение
event_kind_accusation = Обвинение
event_kind_other = Событие
role_side_a = Сторона А
role_side_b = Сторона Б
role_attacker = Атакующая сторона
role_defender = Обороняющаяся сторона
role_backer = Поддерживающая сторона
role_mediator = Посредник
role_signatory = Подписант
role_speaker = Автор заявления
role_target = Цель
role_host = Принимающая сторона
role_observer = Наблюдатель
role_other = Иная роль
role_participant = Участник
# Как страница участника вводит его события в этой роли, в виде заголовка.
role_phrase_side_a = На стороне А
role_phrase_side_b = На стороне Б
role_phrase_attacker = В качестве атакующей стороны
role_phrase_defender = В качестве обороняющейся стороны
role_phrase_backer = В качестве поддерживающей стороны
role_phrase_mediator = В качестве посредника
role_phrase_signatory = В качестве подписанта
role_phrase_speaker = В качестве автора заявления
role_phrase_target = В качестве цели
role_phrase_host = В качестве принимающей стороны
role_phrase_observer = В качестве наблюдателя
role_phrase_other = В иной роли
role_phrase_participant = В качестве участника
casualty_kind_killed = Погибшие
casualty_kind_wounded = Раненые
casualty_kind_missing = Пропавшие без вести
casualty_kind_displaced = Перемещенные лица
casualty_kind_captured = Взятые в плен
# Глагол после названия заявившей стороны: «Армения заявляет», затем после названия во
# множественном числе: «власти Карабаха заявляют».
stance_asserts = заявляет
stance_denies = отрицает
stance_disputes = оспаривает
stance_admits = признает
stance_plural_asserts = заявляют
stance_plural_denies = отрицают
stance_plural_disputes = оспаривают
stance_plural_admits = признают
# Перед цифрой: «почти 200».
qualifier_nearly = почти
qualifier_about = около
qualifier_at_least = не менее
qualifier_more_than = более
qualifier_fewer_than = менее
qualifier_up_to = до
figure_status_recorded = Зарегистрировано
figure_status_claimed = Заявлено
figure_status_estimate = Оценка
figure_status_provisional = Предварительно
correction_kind_correction = Исправление
correction_kind_clarification = Уточнение
correction_kind_update = Дополнение
# Кого учитывает цифра, если это не участник.
group_civilians = Мирные жители
group_military = Военнослужащие
group_unknown = Не уточняется

## Даты, как их видит читатель (src/model/date/human.rs, читает src/strings/dates.rs)
# Каждый аргумент — текст: `$day` и `$year` — цифры, `$month` — название месяца ниже.
month_1 = январь
month_2 = февраль
month_3 = март
month_4 = апрель
month_5 = май
month_6 = июнь
month_7 = июль
month_8 = август
month_9 = сентябрь
month_10 = октябрь
month_11 = ноябрь
month_12 = декабрь
# Дата, которую автор дает как приблизительную (`~`): «прибл. 1994».
date_approximate = прибл. { $date }
# Дата, в которой автор не уверен (`?`): «1991 (предположительно)».
date_uncertain = { $date } (предположительно)
# Интервал с открытым концом: «27 сентября 2020 г. — по настоящее время».
date_since = { $date } — по настоящее время
# Интервал с открытым началом: «по 1994».
date_until = по { $date }
date_day_month_year = { $day } { $month } { $year } г.
# Первый день диапазона, год которого дает последний день: «27 сентября» в
# «27 сентября – 10 ноября 2020 г.».
date_day_month = { $day } { $month }
date_month_year = { $month } { $year } г.
# От одной даты до другой: «27 сентября – 10 ноября 2020 г.», «прибл. 1991 – 1994».
date_range = { $start } – { $end }
# Дни одного месяца: «27–30 сентября 2020 г.».
date_day_range = { $first }–{ $last } { $month } { $year } г.
# Целые годы: «1991–1994».
date_year_range = { $start }–{ $end }
figure_previous = { $amount } на { $date }
figure_status = Статус
figure_note = { $status }: { $caveat }
series_caption_claimed = { $kind } ({ $counted }), источник данных: { $claimant }, динамика
series_caption = { $kind } ({ $counted }), динамика
series_of_event = { $event }: { $caption }
series_description = Значений: { $count }, с { $first } по { $last }: от { $from } до { $to }.
series_key_value = Прежнее значение, действует до следующего
series_key_latest = Последнее значение
series_key_range = От меньшего к большему
series_table = Значения в виде таблицы ({ $count })
corrections = Исправления
corrections_title = Исправления
corrections_intro = Все исправления, уточнения и дополнения этого материала, сначала новые. Каждое показано и на странице, к которой относится.
corrections_feed = Лента исправлений
correction_on = { $kind }: { $brief }
as_of_banner = Материал в том виде, в каком он был на { $date }: цифры, заявления и события, опубликованные позже, не показаны.
history = История изменений
history_more = { $count ->
    [one] Ещё { $count } более раннее изменение не показано.
    [few] Ещё { $count } более ранних изменения не показаны.
    [many] Ещё { $count } более ранних изменений не показано.
   *[other] Ещё { $count } более ранних изменения не показано.
}
