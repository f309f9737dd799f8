# Langue : français (fr). Les textes de l’interface du thème par défaut (syntaxe Fluent, projectfluent.org).
# Une autre langue est un autre fichier avec les mêmes clés.
#
# Un gabarit lit une chaîne sans arguments par `{{ text.key }}` (dans un composant, qui doit
# lister `@text` parmi ses arguments) et une chaîne avec arguments par `{{ t(key="key", count=n) }}`.
# `$count`, `$shown` et `$total` sont des nombres : un pluriel s’y choisit. Les autres arguments
# sont du texte. Les clés utilisent `_`, pour que `text.key` se lise dans tera.
#
# Une chaîne, une ligne : Fluent garde le saut de ligne d’une chaîne continuée à la ligne suivante.
# Les espaces aux deux bouts d’une chaîne sont supprimées : les espaces autour restent dans le gabarit,
# de même que le balisage (liens, dates) : une phrase autour d’un lien est coupée avant celui-ci.

## Les rubriques, partout où elles sont nommées : menus, fil d’Ariane, titres
home = Accueil
timeline = Chronologie
whos_who = Qui est qui
places = Lieux
tags = Mots-clés
search = Recherche

## Toutes les pages (base.html)
skip_to_content = Aller au contenu
sections = Rubriques
search_label = Rechercher
search_placeholder = Rechercher
search_button = Rechercher
feed = Flux (Atom)
data = Données (JSON)
figures_data = Chiffres (CSV)
# Le nom du sélecteur de langue pour les lecteurs d’écran.
languages = Langues
# Sur une fiche affichée dans sa langue d’origine faute de traduction dans celle de la page :
# `$language` est l’un des noms ci-dessous.
untranslated = Cette page n’a pas encore été traduite : elle est affichée en { $language }.
# Les langues, telles que les nomme l’avis de page non traduite.
language_en = anglais
language_fr = français
language_ru = russe
language_hy = arménien
language_az = azerbaïdjanais
language_ar = arabe

## Éléments communs (components.html)
# Nom qu’un lecteur d’écran donne à un appel de source comme [3], avant son numéro : « Source 3 ».
# Pas d’argument ici, car une page peut en compter des centaines, et les chaînes simples
# ne coûtent rien à lire.
cite = Source
sources = Sources
mentioned_in = Apparaît dans
tags_label = Mots-clés :
# Avant la date de la dernière modification.
last_updated = Dernière mise à jour :
pages = Pages
previous = ‹ Précédent
next = Suivant ›
# Après un titre, entre parenthèses, et après le nom d’un acteur sur ses pages de liste.
in_all = { $count } au total
# Avant l’acteur qui allègue un rôle, qui est un lien.
alleged_by = selon
# Avant l’événement sur lequel porte une déclaration, qui est un lien.
claim_on = Concernant
claim_paraphrase = { $verb } { $text }
claim_quote = « { $quote } »
claim_colon =  :
claim_stop = .
event = Événement
counted = Catégorie
kind = Type
figure = Chiffre
as_of = En date du
source = Source
# Liste d’un acteur abrégée ; `$what` vaut events ou claims.
more_latest = { $what ->
        [claims] Les { $shown } déclarations les plus récentes sur { $count }.
       *[events] Les { $shown } événements les plus récents sur { $count }.
    }
more_all = Voir les { $count } { $what ->
        [claims] déclarations
        [figures] chiffres
       *[events] événements
    } ›
more_figures = Les { $shown } chiffres les plus élevés sur { $count }.

## La page d’accueil (index.html)
latest_events = Derniers événements
home_all_events = { $count ->
        [one] Toute la chronologie : { $count } événement
       *[other] Toute la chronologie : les { $count } événements
    }
story_so_far = Les faits à ce jour
key_parties = Principaux acteurs
home_all_parties = { $count ->
        [one] Qui est qui : { $count } acteur
       *[other] Qui est qui : les { $count } acteurs
    }
background = Contexte

## La chronologie (events.html)
timeline_dek = { $count } { $count ->
        [one] événement
       *[other] événements
    }, du plus ancien au plus récent.
period_dek = { $count } { $count ->
        [one] événement
       *[other] événements
    } sur { $total }, du plus ancien au plus récent.
timeline_by_period = La chronologie est présentée période par période.
timeline_grouped = Les événements qui font partie d’un événement plus large sont regroupés sous celui-ci.
# Ce qu’affiche timeline.js quand un filtre est actif : `$shown` des `$total` événements de la page.
filter_shown = Affichage : { $shown } sur { $total } { $total ->
        [one] événement
       *[other] événements
    }.
filter_shown_on_page = Affichage : { $shown } sur { $total } { $total ->
        [one] événement
       *[other] événements
    } de cette page.
periods = Périodes
party = Acteur
all_parties = Tous les acteurs
all_kinds = Tous les types
# Un événement englobant commencé dans une période antérieure : « (suite ; mai 2020) ».
continued = suite
# Un événement englobant d’une période ultérieure : « (mai 2020, dans une période ultérieure) ».
in_a_later_period = dans une période ultérieure
not_part_of_larger = Événements ne faisant pas partie d’un événement plus large

## Le qui est qui (parties.html)
parties_on_page = { $count } { $count ->
        [one] acteur
       *[other] acteurs
    } sur cette page.
parties_dek = { $count } { $count ->
        [one] acteur
       *[other] acteurs
    } dans ce dossier, classés par type.
kinds_of_party = Types d’acteurs
whos_who_parts = Sections du Qui est qui
event_count = { $count } { $count ->
        [one] événement
       *[other] événements
    }

## Un acteur (party.html)
at_a_glance = En bref
short_name = Nom abrégé
position = Fonction
seat = Siège
also_known_as = Autres appellations
member_of = Membre de
events = Événements
party_event_count = { $count } dans ce dossier
relations = Relations
# Avant l’acteur qui fait état d’une relation, qui est un lien.
claimed_by = selon
connections = Liens
# Avant le membre par lequel un acteur a pris part à un événement, qui est un lien.
through = via

## Un lieu (place.html) et la liste des lieux (places.html)
places_description = Tous les lieux cités dans ce dossier, avec les événements qui s’y sont déroulés.
# `$count` lieux, sur la première ligne de la liste des lieux.
places_dek = { $count ->
        [one] { $count } lieu, avec les événements qui s’y sont déroulés et les acteurs qui y ont leur siège.
       *[other] { $count } lieux, avec les événements qui s’y sont déroulés et les acteurs qui y ont leur siège.
    }
other_places = Autres lieux
other_names = Autres noms
within = Situé dans
coordinates = Coordonnées
events_here = Événements survenus ici
# Avant un lieu inclus dans celui-ci où un événement a eu lieu, qui est un lien : « (lieu : Chouchi) ».
at = lieu :
seated_here = Acteurs ayant leur siège ici
places_within = Lieux inclus
place_status = Statut :
# Ce qu’on dit au lecteur d’un lieu marqué `disputed: true` sans note.
place_disputed = Son statut est contesté.
# Après le type d’un lieu dans la liste des lieux.
disputed_short = statut contesté
# Au-dessus de la liste des événements d’un lieu qui n’en montre que les derniers ; le lien vers la chronologie suit.
place_events_latest = Les { $shown } événements les plus récents sur { $total } ; la liste complète figure dans la

## Cartes de situation (visuals/locator.rs)
map_place_caption = Où se trouve { $name }
map_event_caption = Lieu de l’événement
map_places_caption = Les lieux de ce dossier
map_home_caption = Où se déroulent les événements
# Description d’une carte pour les lecteurs d’écran : les lieux qu’elle montre, en liste.
map_description = Carte montrant { $places }.
# Après la légende d’une carte quand certains noms n’ont pas trouvé de place : `$places` les liste.
map_unlabelled = Noms non affichés faute de place : { $places }.
# Quand une carte de nombreux lieux ne montre que les plus actifs.
map_busiest = Les { $shown } lieux comptant le plus d’événements, sur { $total }.
map_key_primary = Ce lieu
map_key_latest = Lieu des derniers événements
map_key_place = Autre lieu de ce dossier
map_key_sized = Lieu, à la taille proportionnelle à son nombre d’événements
map_key_context = Les lieux de l’événement plus large dont il fait partie
map_key_disputed_place = Lieu au statut contesté (cercle en pointillés)
map_key_disputed_area = Territoire au statut contesté (contour en pointillés)
map_column_place = Lieu
map_column_kind = Type
map_column_coordinates = Coordonnées
map_column_events = Événements
map_table_summary = { $count ->
        [one] Le lieu de cette carte
       *[other] Les { $count } lieux de cette carte
    }
# Sous chaque carte : d’où viennent ses contours.
map_credit = Données cartographiques : { $credit }

## Un événement (event.html)
breadcrumb = Fil d’Ariane
date = Date
place = Lieu
part_of = Fait partie de
who_says_what = Qui dit quoi
casualty_figures = Bilans humains
casualty_note = Chaque chiffre est présenté tel que son auteur l’a publié, dans ses propres termes (« près de 200 », « plus de 30 ») ou sous forme de fourchette, de la valeur basse à la valeur haute. Les chiffres d’auteurs différents sont présentés séparément et ne sont jamais additionnés.
# Avant l’acteur ou la source d’où vient un groupe de chiffres, qui est un lien.
according_to = Selon
not_attributed = Non attribués à un acteur ni à une source
events_within = Événements qui en font partie
related = Voir aussi
# Avant l’événement englobant, qui est un lien.
earlier_later_within = Précédent et suivant dans
pager_within = Dans { $name }
earlier = Précédent
later = Suivant

## Mots-clés (tags.html, tag.html)
tags_dek = Les fiches par thème.
no_tags = Aucune fiche n’a encore de mot-clé.
tag_dek = { $count ->
        [one] { $count } fiche porte ce mot-clé.
       *[other] { $count } fiches portent ce mot-clé.
    }

## Recherche (search.html)
search_dek = Trouvez un acteur, un événement ou une page par son nom, un autre nom, un lieu, un rôle ou un thème.
search_this = Rechercher dans ce dossier
search_noscript = La recherche fonctionne dans votre navigateur et nécessite JavaScript, qui est désactivé. Chaque fiche est aussi accessible depuis ces listes :
browse_instead = Parcourir autrement
browse = Parcourir
browse_parties = tous les acteurs, classés par type
browse_events = tous les événements, dans l’ordre chronologique
browse_tags = les fiches par thème
# Ce qu’affiche search.js pendant la saisie. `$query` est le texte saisi ; `$limit` le nombre
# maximal de résultats listés.
search_prompt = Saisissez un nom, un lieu ou un thème.
search_none = Aucun résultat pour « { $query } ».
search_found = { $count ->
        [one] { $count } fiche trouvée.
       *[other] { $count } fiches trouvées.
    }
search_found_more = { $count } fiches trouvées ; les { $limit } premières sont affichées.

## Une page qui n’existe pas (404.html)
not_found = Page introuvable
not_found_dek = Il n’y a aucune page à cette adresse. Elle a peut-être été renommée ou supprimée.

## Graphiques (visuals.html)
chart_key = Légende

## Titres et descriptions des pages (render/mod.rs)
parties_description = Tous les acteurs de ce dossier, classés par type.
# Une partie d’un long qui est qui : « Qui est qui : Personnes, A–C ».
who_part_title = Qui est qui : { $part }
who_part_description = Qui est qui : { $part }.
timeline_description = Tous les événements de ce dossier, dans l’ordre chronologique.
# Une période d’une longue chronologie : « Chronologie : mars 1992 ».
period_title = Chronologie : { $period }
period_description = { $period } : les événements, dans l’ordre chronologique.
# `$page` vaut `later_page` à partir de la deuxième page d’un mot-clé, sinon rien.
tag_title = Mot-clé : { $name }{ $page }
tag_description = Fiches portant le mot-clé « { $name } »{ $page }.
# Après le titre de la deuxième page d’une liste et des suivantes : « Mot-clé : Cessez-le-feu, page 2 ».
later_page = , page { $n }
# La liste complète des événements, déclarations ou chiffres d’un acteur ; `$heading` est son titre.
party_list_description = { $heading } : liste complète ({ $count }).
search_description = Trouvez un acteur, un événement ou une page de ce dossier par nom, lieu ou thème.

## Description d’une fiche sans résumé (meta.rs)
# `$role` est la fonction d’une personne.
party_description_role = { $name } : { $role }.
# `$kind` est le type d’acteur, en minuscules : « Arménie (état). »
party_description = { $name } ({ $kind }).
# `$kind` est le type d’événement, en minuscules : « Chute de Chouchi : affrontement, 8 novembre 2020. »
event_description = { $title } : { $kind }, { $date }.
event_description_place = { $title } : { $kind }, { $date }, { $place }.
# `$kind` est le type de lieu, en minuscules : « Stepanakert (ville, Haut-Karabakh). »
place_description = { $name } ({ $kind }).
place_description_within = { $name } ({ $kind }, { $within }).
# Un chiffre de victimes en données structurées : « Civils : 30 tués (au 2 octobre 2020), selon l’Arménie ».
figure_as_of = (au { $date })
figure_according_to = { $figure }, selon { $by }

## Le qui est qui et les pages de mots-clés (lists.rs, paging.rs)
# Le qui est qui présente chaque type d’acteur sous ces titres.
whos_who_states = États
whos_who_de_facto_states = États de facto
whos_who_governments = Gouvernements
whos_who_people = Personnes
whos_who_armed_groups = Groupes armés
whos_who_alliances = Alliances
whos_who_organisations = Organisations
whos_who_other_parties = Autres acteurs
# Dans l’index d’un long qui est qui, la page unique d’un type qui n’est pas découpé par initiales.
whos_who_all = Tous
# Les groupes de la page d’un mot-clé.
tagged_parties = Acteurs
tagged_events = Événements
tagged_places = Lieux
tagged_pages = Pages
# La période d’une longue chronologie qui regroupe les événements sans date de début.
open_start = Début non daté
# La période des événements d’une année chargée datés de l’année seule : « 1992, mois non précisé ».
year_without_month = { $year }, mois non précisé
# Une période chargée découpée en parties numérotées : « mars 1992, partie 2 ».
period_part = { $period }, partie { $n }

## Un acteur (party.rs, party_lists.rs)
# Comment une relation se lit sur la page d’un acteur, avant l’autre acteur : depuis l’acteur qui
# la déclare (« Soutient ») et depuis l’autre (« A pour soutien »).
ally_of = A pour allié
backs = Soutient
backed_by = A pour soutien
adversary_of = A pour adversaire
mediator_for = Assure une médiation pour
mediated_by = A pour médiateur
rival_of = A pour rival
proxy_of = Agit par procuration pour
has_as_proxy = A pour mandataire
linked_to = A des liens avec
# À côté des dates d’une personne, et de celles de tout autre acteur.
born = Naissance
died = Décès
founded = Fondation
dissolved = Dissolution
# Les membres d’un État ou d’un gouvernement, et de tout autre acteur.
officials_and_members = Responsables et membres
party_members = Membres
# Les événements auxquels un acteur a pris part par ses membres, selon le nombre de l’acteur.
through_their_people = Par l’intermédiaire de leurs membres
through_its_people = Par l’intermédiaire de ses membres
# `$party` est le nom de l’acteur dans une phrase, `$says` le verbe accordé avec lui :
# « Ce qu’affirment les autorités du Karabakh ».
claims_title = Ce qu’{ $says } { $party }
figures_title = Chiffres publiés par { $party }
party_events_title = Événements impliquant { $party }

## Bilans humains (figures.rs)
# Qui un chiffre compte quand il ne dit que de quel côté ces personnes étaient, avant le nom de l’acteur.
on_the_side_of = Camp :
# Un groupe, avant l’acteur dont relèvent ces personnes : « Militaires, camp : ».
group_of = { $group }, camp :
# Un chiffre en toutes lettres. Les nombres arrivent avec leurs séparateurs de milliers ; `$qualifier`
# vaut « près de », « plus de »…
amount_qualified = { $qualifier } { $n }
amount_range = { $low }–{ $high }
amount_range_best = { $low }–{ $high } (meilleure estimation : { $best })
amount_at_least = au moins { $low }
amount_up_to = jusqu’à { $high }
amount_about = environ { $best }
amount_at_least_best = au moins { $low } (meilleure estimation : { $best })
amount_about_up_to = environ { $best } (jusqu’à { $high })
# Le titre des chiffres qu’aucun acteur ne revendique, propres à une source : « AFP et Reuters (décompte propre) ».
# Le dernier nom prend la forme possessive, `possessive_s` quand il finit par s ; en français, le nom reste tel quel.
possessive = { $name }
possessive_s = { $name }
own_count = (décompte propre)
# Avant le dernier de plusieurs noms.
and = et

## Éléments communs (views.rs, search.rs)
# Le type d’une page libre, là où un acteur ou un événement montre son type.
page_kind = Page
# Quand une appartenance ou une relation était en vigueur.
span_from_to = { $since } – { $until }
span_since = depuis { $date }
span_until = jusqu’à { $date }

## L’export de la chronologie (exports.rs)
# Le lien sous chaque événement de `data/timeline.json`, vers sa page.
read_the_brief = Lire la fiche

## La carte des relations et le voisinage d’un acteur (visuals/relations.rs, bundle.rs, sides.rs)
# `$number` vaut `plural` pour un nom qui prend un verbe au pluriel (« les autorités du Karabakh »),
# sinon `singular`. `$n`, `$parties` et `$connected` sont des nombres tels que la page les affiche (« 1 500 »).
map_title = Les liens entre les acteurs
# `$kinds` est une liste de `map_count_*`, séparés par des points-virgules.
map_desc = { $parties } acteurs : camp A à gauche, camp B à droite, ceux qui n’appartiennent à aucun camp entre les deux ; reliés par { $links } liens : { $kinds }. Les flèches vont d’un soutien, d’un mandataire, d’un médiateur ou d’un membre vers l’autre acteur. Le tableau qui suit le graphique liste tous les liens.
map_note = Affichage de { $parties } des { $connected } acteurs ayant des liens (d’abord ceux qui figurent le plus souvent dans un camp lors d’un événement, puis les plus connectés) et des liens entre eux.
map_table = { $count ->
        [one] Le lien sous forme de tableau
       *[other] Les { $n } liens sous forme de tableau
    }
map_column_relation = Relation
map_column_other_party = Autre acteur
map_column_dates = Dates
map_column_link = Lien
# Les titres des colonnes de la carte.
map_side_a = Camp A
map_neither_side = Aucun camp
map_side_b = Camp B
# L’infobulle d’une ligne : « La Turquie soutient l’Azerbaïdjan (selon l’Arménie) » ; `$verb` est un `map_verb_*`.
map_link = { $from } { $verb } { $to }
map_link_claimed = { $from } { $verb } { $to } (selon { $claimant })
# Un lien du tableau avec le rôle qu’y tient un membre : « est membre de (présidence) ».
map_link_role = { $link } ({ $role })
# Comment une appartenance se lit dans le tableau d’un acteur, depuis le membre et depuis le groupe.
map_member_of = Membre de
map_has_member = A pour membre
# Entre deux noms.
map_verb_ally = { $number ->
        [plural] ont pour allié
       *[singular] a pour allié
    }
map_verb_adversary = { $number ->
        [plural] ont pour adversaire
       *[singular] a pour adversaire
    }
map_verb_rival = { $number ->
        [plural] ont pour rival
       *[singular] a pour rival
    }
map_verb_backer = { $number ->
        [plural] soutiennent
       *[singular] soutient
    }
map_verb_proxy = { $number ->
        [plural] agissent par procuration pour
       *[singular] agit par procuration pour
    }
map_verb_mediator = { $number ->
        [plural] assurent une médiation pour
       *[singular] assure une médiation pour
    }
map_verb_other = { $number ->
        [plural] ont des liens avec
       *[singular] a des liens avec
    }
map_verb_member = { $number ->
        [plural] sont membres de
       *[singular] est membre de
    }
# La légende sous la carte.
map_legend_ally = Alliés
map_legend_adversary = Adversaires
map_legend_rival = Rivaux
map_legend_backer = Soutient (flèche vers l’acteur soutenu)
map_legend_proxy = Agit par procuration (flèche vers le parrain)
map_legend_mediator = Assure une médiation (flèche vers la partie concernée)
map_legend_other = Autre lien
map_legend_member = Membre (flèche vers le groupe)
# Combien de liens de chaque type la carte trace, dans sa description.
map_count_ally = alliés : { $count }
map_count_adversary = adversaires : { $count }
map_count_rival = rivaux : { $count }
map_count_backer = soutien : { $count }
map_count_proxy = mandataires : { $count }
map_count_mediator = médiation : { $count }
map_count_other = autres liens : { $count }
map_count_member = appartenance : { $count }
# Plusieurs liens d’un même type vers un même acteur, tracés comme une seule flèche avec leur nombre.
map_bundle_backers = { $n } { $count ->
        [one] soutien
       *[other] soutiens
    }
map_bundle_proxies = { $n } { $count ->
        [one] mandataire
       *[other] mandataires
    }
map_bundle_mediators = { $n } { $count ->
        [one] médiateur
       *[other] médiateurs
    }
map_bundle_links = { $n } { $count ->
        [one] lien
       *[other] liens
    }
map_bundle_members = { $n } { $count ->
        [one] membre
       *[other] membres
    }
# L’infobulle du faisceau : « 12 membres (vers l’OTAN) » ; `$links` est un `map_bundle_*`.
map_bundle_of = { $links } (vers { $name })
neighbourhood_caption = Avec qui { $name } { $number ->
        [plural] ont
       *[singular] a
    } des liens
neighbourhood_title = { $subject } et les acteurs qui { $number ->
        [plural] leur
       *[singular] lui
    } sont liés
neighbourhood_around = { $count ->
        [one] un acteur lié
       *[other] { $n } acteurs liés
    }
# `$around` est `neighbourhood_around` ; `$kinds` une liste de `map_count_*`.
neighbourhood_desc = { $subject }, en surbrillance, avec { $around } ; camp A à gauche, camp B à droite, ceux qui n’appartiennent à aucun camp entre les deux : { $kinds }. Les flèches vont d’un soutien, d’un mandataire, d’un médiateur ou d’un membre vers l’autre acteur. Le tableau qui suit le graphique liste tous les liens.
neighbourhood_note = Affichage de { $shown } des { $n } acteurs ayant des liens avec { $name } : d’abord { $number ->
        [plural] leurs
       *[singular] ses
    } propres relations et appartenances, puis les plus connectés. Le tableau liste tous les liens.

## Le graphique de la chronologie (visuals/timeline.rs, timeline/counts.rs, timeline/vertical.rs, axis.rs)
# `$n` est le nombre d’événements tel que la page l’affiche (« 1 500 »).
timeline_chart_caption = La chronologie en un coup d’œil
overview_chart_caption = Les faits en un coup d’œil
timeline_chart_title = { $count ->
        [one] Chronologie : { $n } événement
       *[other] Chronologie de { $n } événements
    }
timeline_chart_counted = { $n } événements, c’est trop pour les représenter un par un : les barres comptent les événements qui commencent dans chaque période.
# `$first` et `$last` sont des dates ; `$groups` est une liste de `timeline_chart_lane_count`, séparés par des points-virgules.
timeline_chart_desc = { $n } événements ({ $first } – { $last }), répartis en { $lanes } lignes : { $groups }.
timeline_chart_desc_marks = Les marques pleines indiquent des dates connues au jour près ; les barres creuses, des dates connues seulement au mois ou à l’année ; les contours en pointillés, des dates approximatives ou incertaines ; une flèche signale un événement toujours en cours. Le tableau qui suit le graphique liste tous les événements.
timeline_chart_desc_bars = Les barres comptent les événements qui commencent dans chaque période ; le tableau qui suit le graphique récapitule chaque ligne.
# Là où commence la chronologie quand son premier événement n’a pas de début.
timeline_chart_open_start = début non daté
timeline_chart_lane_count = { $name } ({ $count })
# La ligne des événements qui n’appartiennent à aucun événement plus large : dans la description,
# comme titre, et au-dessus de sa colonne sur un téléphone.
timeline_chart_other_events_lower = autres événements
timeline_chart_other_events = Autres événements
timeline_chart_other = Autres
# L’infobulle d’une marque : « 3. Accord de cessez-le-feu, 10 novembre 2020 ».
timeline_chart_mark = { $mark }. { $title }, { $date }
# Le titre d’une ligne : le numéro, le titre et la date de son événement englobant.
timeline_chart_lane = { $mark }. { $title } ({ $date })
# Après le nom d’une ligne sur le graphique de comptage, après une espace : « Autres événements · 1 204 événements ».
timeline_chart_lane_events = { $count ->
        [one] · { $n } événement
       *[other] · { $n } événements
    }
# L’infobulle d’une barre du graphique de comptage : « Autres événements : 12 en oct. 2020 ».
timeline_chart_bin = { $lane } : { $count } en { $period }
# La légende.
timeline_chart_exact_day = Jour exact
timeline_chart_period = Période, d’un jour précis à un autre
timeline_chart_coarse = Date connue seulement au mois ou à l’année (barre sur toute la durée)
timeline_chart_qualified = Date approximative ou incertaine
timeline_chart_still_going_on = Toujours en cours
# Comment une date est donnée, dans le tableau : les mots séparés par des virgules (« mois seulement, approximative »).
timeline_chart_precision_day = jour exact
timeline_chart_precision_month = mois seulement
timeline_chart_precision_year = année seulement
timeline_chart_precision_period = période
timeline_chart_precision_coarse_ends = bornes connues seulement au mois ou à l’année
timeline_chart_precision_open_end = toujours en cours
timeline_chart_precision_no_start = début inconnu
timeline_chart_precision_approximate = approximative
timeline_chart_precision_uncertain = incertaine
timeline_chart_table = { $count ->
        [one] L’événement sous forme de tableau
       *[other] Les { $n } événements sous forme de tableau
    }
timeline_chart_lanes_table = Les lignes du graphique sous forme de tableau
timeline_chart_column_number = N°
timeline_chart_column_given_as = Précision de la date
timeline_chart_column_lane = Ligne
timeline_chart_column_first = Début
timeline_chart_column_last = Fin
# Les noms abrégés des mois sur l’axe du temps (« 27 sept. 2020 », « oct. 2020 »).
month_short_1 = janv.
month_short_2 = févr.
month_short_3 = mars
month_short_4 = avr.
month_short_5 = mai
month_short_6 = juin
month_short_7 = juil.
month_short_8 = août
month_short_9 = sept.
month_short_10 = oct.
month_short_11 = nov.
month_short_12 = déc.

## Les mots des vocabulaires de l’en-tête (src/model/vocabulary.rs)
# Chaque clé est le préfixe du vocabulaire suivi du mot qu’emploient les rédacteurs : `kind: de_facto_state`
# donne `party_kind_de_facto_state`. Un test vérifie cette liste par rapport aux vocabulaires.
party_kind_state = État
party_kind_de_facto_state = État de facto
party_kind_government = Gouvernement
party_kind_person = Personne
party_kind_armed_group = Groupe armé
party_kind_alliance = Alliance
party_kind_organisation = Organisation
party_kind_other = Autre
place_kind_city = Ville
place_kind_town = Localité
place_kind_village = Village
place_kind_region = Région
place_kind_country = Pays
place_kind_area = Zone
place_kind_site = Site
place_kind_other = Lieu
autolink_true = Lien ajouté là où le nom apparaît seul
autolink_false = Jamais de lien
autolink_always = Lien toujours ajouté, même pour un nom qui est un mot courant
relation_kind_ally = Allié
relation_kind_backer = Soutien
relation_kind_adversary = Adversaire
relation_kind_mediator = Médiateur
relation_kind_rival = Rival
relation_kind_proxy = Mandataire
relation_kind_other = Autre relation
event_kind_clash = Affrontement
event_kind_strike = Frappe
event_kind_shelling = Bombardement
event_kind_statement = Déclaration
event_kind_agreement = Accord
event_kind_ceasefire = Cessez-le-feu
event_kind_summit = Sommet
event_kind_declaration = Proclamation
event_kind_election = Élection
event_kind_appeal = Appel
event_kind_accusation = Accusation
event_kind_other = Événement
role_side_a = Camp A
role_side_b = Camp B
role_attacker = Attaquant
role_defender = Défenseur
role_backer = Soutien
role_mediator = Médiateur
role_signatory = Signataire
role_speaker = Intervenant
role_target = Cible
role_host = Hôte
role_observer = Observateur
role_other = Autre rôle
role_participant = Participant
# Comment la page d’un acteur présente ses événements dans un rôle, comme titre.
role_phrase_side_a = Dans le camp A
role_phrase_side_b = Dans le camp B
role_phrase_attacker = En tant qu’attaquant
role_phrase_defender = En tant que défenseur
role_phrase_backer = En tant que soutien
role_phrase_mediator = En tant que médiateur
role_phrase_signatory = En tant que signataire
role_phrase_speaker = En tant qu’intervenant
role_phrase_target = En tant que cible
role_phrase_host = En tant qu’hôte
role_phrase_observer = En tant qu’observateur
role_phrase_other = Dans un autre rôle
role_phrase_participant = En tant que participant
casualty_kind_killed = Tués
casualty_kind_wounded = Blessés
casualty_kind_missing = Disparus
casualty_kind_displaced = Déplacés
casualty_kind_captured = Capturés
# Le verbe après le nom d’un auteur de déclaration : « l’Arménie affirme », puis après un nom
# au pluriel : « les autorités du Karabakh affirment ».
stance_asserts = affirme
stance_denies = dément
stance_disputes = conteste
stance_admits = reconnaît
stance_plural_asserts = affirment
stance_plural_denies = démentent
stance_plural_disputes = contestent
stance_plural_admits = reconnaissent
# Avant un chiffre : « près de 200 ».
qualifier_nearly = près de
qualifier_about = environ
qualifier_at_least = au moins
qualifier_more_than = plus de
qualifier_fewer_than = moins de
qualifier_up_to = jusqu’à
figure_status_recorded = Recensé
figure_status_claimed = Affirmé
figure_status_estimate = Estimation
figure_status_provisional = Provisoire
correction_kind_correction = Correction
correction_kind_clarification = Précision
correction_kind_update = Mise à jour
# Qui un chiffre compte, quand ce n’est pas un acteur.
group_civilians = Civils
group_military = Militaires
group_unknown = Non précisé

## Les dates telles que les lecteurs les voient (src/model/date/human.rs, lues par src/strings/dates.rs)
# Chaque argument est du texte : `$day` et `$year` sont des chiffres, `$month` un nom de mois ci-dessous.
month_1 = janvier
month_2 = février
month_3 = mars
month_4 = avril
month_5 = mai
month_6 = juin
month_7 = juillet
month_8 = août
month_9 = septembre
month_10 = octobre
month_11 = novembre
month_12 = décembre
# Une date que le rédacteur donne comme approximative (`~`) : « vers 1994 ».
date_approximate = vers { $date }
# Une date dont le rédacteur n’est pas sûr (`?`) : « 1991 (date incertaine) ».
date_uncertain = { $date } (date incertaine)
# Un intervalle sans fin : « depuis 27 septembre 2020 ».
date_since = depuis { $date }
# Un intervalle sans début : « jusqu’à 1994 ».
date_until = jusqu’à { $date }
date_day_month_year = { $day } { $month } { $year }
# Le premier jour d’un intervalle dont le dernier donne l’année : « 27 septembre » dans
# « 27 septembre – 10 novembre 2020 ».
date_day_month = { $day } { $month }
date_month_year = { $month } { $year }
# D’une date à l’autre : « 27 septembre – 10 novembre 2020 », « vers 1991 – 1994 ».
date_range = { $start } – { $end }
# Jours d’un même mois : « 27–30 septembre 2020 ».
date_day_range = { $first }–{ $last } { $month } { $year }
# Années entières : « 1991–1994 ».
date_year_range = { $start }–{ $end }
figure_previous = { $amount } au { $date }
figure_status = Statut
figure_note = { $status } : { $caveat }
series_caption_claimed = { $kind } ({ $counted }) selon { $claimant } : évolution
series_caption = { $kind } ({ $counted }) : évolution
series_of_event = { $event } : { $caption }
series_description = { $count } valeurs du { $first } au { $last } : de { $from } à { $to }.
series_key_value = Une valeur antérieure, valable jusqu’à la suivante
series_key_latest = La dernière valeur
series_key_range = De la plus basse à la plus haute
series_table = Les { $count } valeurs sous forme de tableau
corrections = Corrections
corrections_title = Corrections
corrections_intro = Toutes les corrections, précisions et mises à jour apportées à ce dossier, des plus récentes aux plus anciennes. Chacune figure aussi sur la page qu’elle concerne.
corrections_feed = Flux des corrections
correction_on = { $kind } : { $brief }
as_of_banner = Ce dossier tel qu’il était le { $date } : les chiffres, déclarations et événements publiés ensuite n’y figurent pas.
history = Historique
history_more = { $count ->
    [one] Une modification antérieure n’est pas listée.
   *[other] { $count } modifications antérieures ne sont pas listées.
}
