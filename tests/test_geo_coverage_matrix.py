"""The language-coverage matrix (issue 13; docs/geocoding-journal.md, "Language coverage, systematically"): the
head, lead and tail words a report puts around a name, by kind (district, province, county, agency,
village, town, border post, crossing, customs post, border detachment, enclave, "on the border with",
"near", "the X area") and by language of the region's press (English, Russian, Tajik, Uzbek Latin and
Cyrillic, Kyrgyz, Turkmen, Persian and Dari, Pashto, Urdu, Arabic, Chinese), read by geo/coverage.py's
tables. Each string is written for the tests around a name the pack or gazetteer knows; the readings
are the matrix's strings that main's code left empty, the guards pass on both: a head word does not
make a far namesake confident (Murgap of Mary against Bala Murghab), a name the gazetteer does not
know is not answered by a unit it is not said to lie in, and a common word between head words names
nothing."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.coverage import read_coverage


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("the Vorukh enclave", "TJ;KG", "Vorukh"),  # en, enclave
        ("шахрестан Мирджаве", "IR;PK", "Mirjaveh"),  # ru, county
        ("агентство Куррам", "PK;AF", "Kurram"),  # ru, tehsil/agency
        ("в агентстве Куррам", "PK;AF", "Kurram"),  # ru, tehsil/agency
        ("на погранзаставе Кызыл-Бел", "KG;TJ", "Kyzyl-Bel"),  # ru, border post
        ("на КПП Иркештам", "KG;CN", "Irkeshtam"),  # ru, crossing/checkpoint
        ("на таможенном посту Иркештам", "KG;CN", "Irkeshtam"),  # ru, customs post
        ("Пянджский погранотряд", "TJ;AF", "Panj"),  # ru, border detachment
        ("Пянджского пограничного отряда", "TJ;AF", "Panj"),  # ru, border detachment
        ("погранотряд «Пяндж»", "TJ;AF", "Panj"),  # ru, border detachment
        ("анклав Ворух", "TJ;KG", "Vorukh"),  # ru, enclave
        ("в анклаве Сох", "UZ;KG", "Sokh"),  # ru, enclave
        ("на кыргызско-таджикской границе в Ворухе", "TJ;KG", "Vorukh"),  # ru, border with
        ("недалеко от Ворух", "TJ;KG", "Vorukh"),  # ru, near
        ("окрестности Исфары", "TJ;KG", "Isfara"),  # ru, area
        ("шаҳраки Панҷ", "TJ;AF", "Panj"),  # tg, town
        ("заставаи сарҳадии «Панҷи Поён»", "TJ;AF", "Panji Poyon"),  # tg, border post
        ("пости гумрукии Кулма", "TJ;CN", "Kulma"),  # tg, customs post
        ("гумруки Панҷи Поён", "TJ;AF", "Panji Poyon"),  # tg, customs post
        ("Ворух дар сарҳад бо Қирғизистон", "TJ;KG", "Vorukh"),  # tg, border with
        ("наздикии Исфара", "TJ;KG", "Isfara"),  # tg, near
        ("минтақаи Ворух", "TJ;KG", "Vorukh"),  # tg, area
        ("дар минтақаи Ворух", "TJ;KG", "Vorukh"),  # tg, area
        ("“Andarxon” chegara posti", "UZ;KG", "Andarkhan"),  # uz-latn, border post
        ("Andarxon chegara postida", "UZ;KG", "Andarkhan"),  # uz-latn, border post
        ("“Andarxon” chegara o‘tish punkti", "UZ;KG", "Andarkhan"),  # uz-latn, crossing/checkpoint
        ("Andarxon nazorat-o‘tkazish punktida", "UZ;KG", "Andarkhan"),  # uz-latn, crossing/checkpoint
        ("“Andarxon” bojxona posti", "UZ;KG", "Andarkhan"),  # uz-latn, customs post
        ("“Andarxon” chegara bojxona postida", "UZ;KG", "Andarkhan"),  # uz-latn, customs post
        ("Qirg‘iziston bilan chegaradosh So‘x tumani", "UZ;KG", "Sokh"),  # uz-latn, border with
        ("Afg‘oniston bilan chegarada joylashgan Termiz", "UZ;AF", "Tirmiz"),  # uz-latn, border with
        ("Termiz yaqinida", "UZ;AF", "Tirmiz"),  # uz-latn, near
        ("Termiz shahri yaqinidagi", "UZ;AF", "Tirmiz"),  # uz-latn, near
        ("So‘x hududida", "UZ;KG", "Sokh"),  # uz-latn, area
        ("Termiz atrofida", "UZ;AF", "Tirmiz"),  # uz-latn, area
        ("Термиз шаҳри", "UZ;AF", "Tirmiz"),  # uz-cyrl, town
        ("Термиз шаҳрида", "UZ;AF", "Tirmiz"),  # uz-cyrl, town
        ("«Андархон» чегара ўтиш пункти", "UZ;KG", "Andarkhan"),  # uz-cyrl, crossing/checkpoint
        ("Андархон назорат-ўтказиш пунктида", "UZ;KG", "Andarkhan"),  # uz-cyrl, crossing/checkpoint
        ("Қирғизистон билан чегарадош Сўх тумани", "UZ;KG", "Sokh"),  # uz-cyrl, border with
        ("Афғонистон билан чегарада жойлашган Термиз", "UZ;AF", "Tirmiz"),  # uz-cyrl, border with
        ("Термиз яқинида", "UZ;AF", "Tirmiz"),  # uz-cyrl, near
        ("Термиз шаҳри яқинидаги", "UZ;AF", "Tirmiz"),  # uz-cyrl, near
        ("Сўх ҳудудида", "UZ;KG", "Sokh"),  # uz-cyrl, area
        ("Термиз атрофида", "UZ;AF", "Tirmiz"),  # uz-cyrl, area
        ("Кызыл-Бел чек ара постунда", "KG;TJ", "Kyzyl-Bel"),  # ky, border post
        ("«Иркештам» өткөрүү пункту", "KG;CN", "Irkeshtam"),  # ky, crossing/checkpoint
        ("Иркештам өткөрүү бекетинде", "KG;CN", "Irkeshtam"),  # ky, crossing/checkpoint
        ("«Иркештам» бажы посту", "KG;CN", "Irkeshtam"),  # ky, customs post
        ("Иркештам бажы бекетинде", "KG;CN", "Irkeshtam"),  # ky, customs post
        ("Тажикстан менен чектеш Баткен району", "KG;TJ", "Batken"),  # ky, border with
        ("Ворух Кыргызстан менен чек арада", "KG;TJ", "Vorukh"),  # ky, border with
        ("Баткендин жанында", "KG;TJ", "Batken"),  # ky, near
        ("Ворухтун жанындагы", "KG;TJ", "Vorukh"),  # ky, near
        ("Баткен тарапта", "KG;TJ", "Batken"),  # ky, area
        ("Serhetabat serhet posty", "TM;AF", "Serhetabat"),  # tk, border post
        ("«Serhetabat» gözegçilik-göýberiş nokady", "TM;AF", "Serhetabat"),  # tk, crossing/checkpoint
        ("Saragt gümrük posty", "TM;IR", "Sara"),  # tk, customs post
        ("Farap gümrükhanasynda", "TM;UZ", "Farap"),  # tk, customs post
        ("Owganystan bilen serhetdäki Serhetabat", "TM;AF", "Serhetabat"),  # tk, border with
        ("türkmen-owgan serhedindäki Serhetabat", "TM;AF", "Serhetabat"),  # tk, border with
        ("Serhetabadyň golaýynda", "TM;AF", "Serhetabat"),  # tk, near
        ("Serhetabat sebitinde", "TM;AF", "Serhetabat"),  # tk, area
        ("شهر مرزی میرجاوه", "IR;PK", "Mirjaveh"),  # fa, town
        ("پاسگاه مرزی میرجاوه", "IR;PK", "Mirjaveh"),  # fa, border post
        ("پاسگاه میرجاوه", "IR;PK", "Mirjaveh"),  # fa, border post
        ("مرزبانی میرجاوه", "IR;PK", "Mirjaveh"),  # fa, border detachment
        ("انکلاو ورخ", "TJ;KG", "Vorukh"),  # fa, enclave
        ("میرجاوه در مرز ایران و پاکستان", "IR;PK", "Mirjaveh"),  # fa, border with
        ("حوالی میرجاوه", "IR;PK", "Mirjaveh"),  # fa, area
        ("کندهار ولايت", "AF;PK", "Kandahar"),  # ps, province
        ("د ورخ کلی", "AF;TJ", "Vorukh"),  # ps, village
        ("د چمن ښار", "PK;AF", "Chaman"),  # ps, town
        ("چمن ښار کې", "PK;AF", "Chaman"),  # ps, town
        ("له پاکستان سره پر پوله سپین بولدک", "AF;PK", "Spin Boldak"),  # ps, border with
        ("د ډیورنډ کرښې پر سر تورخم", "AF;PK", "Torkham"),  # ps, border with
        ("چمن ته څېرمه", "AF;PK", "Chaman"),  # ps, near
        ("چمن شہر", "PK;AF", "Chaman"),  # ur, town
        ("طورخم سرحدی چوکی", "PK;AF", "Torkham"),  # ur, border post
        ("افغان سرحد کے قریب چمن", "PK;AF", "Chaman"),  # ur, border with
        ("قرية ميرجاوه", "IR;PK", "Mirjaveh"),  # ar, village
        ("بلدة ميرجاوه", "IR;PK", "Mirjaveh"),  # ar, town
        ("مركز ميرجاوه الحدودي", "IR;PK", "Mirjaveh"),  # ar, border post
        ("نقطة طورخم الحدودية", "PK;AF", "Torkham"),  # ar, border post
        ("منفذ طورخم", "PK;AF", "Torkham"),  # ar, crossing/checkpoint
        ("جمرك طورخم", "PK;AF", "Torkham"),  # ar, customs post
        ("جيب فوروخ", "TJ;KG", "Vorukh"),  # ar, enclave
        ("بلدة طورخم الحدودية", "PK;AF", "Torkham"),  # ar, border with
        ("伊尔克什坦边检站", "CN;KG", "Irkeshtam"),  # zh, crossing/checkpoint
        ("伊尔克什坦海关", "CN;KG", "Ulugqat County"),  # zh, customs post: inland since 2011, its county (geo153)
        ("伊尔克什坦附近", "CN;KG", "Irkeshtam"),  # zh, near
        ("红其拉甫山口附近", "CN;PK", "Khunjerab"),  # zh, near
        ("乌恰县一带", "CN;KG", "Ulugqat"),  # zh, area
        # twin towns on the line (Qorasuv and Kara-Suu): the post answers as the bare name does
        ("Karasu chegara posti", "UZ;KG", "Qorasuv"),
    ],
)
def test_the_matrix_cells_are_answered(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a far namesake stays empty with a head word as it does bare (Murgap of Mary, Bala Murghab)
        ("Murgap", "TM;AF"),
        ("Murgap gümrük posty", "TM;AF"),
        ("Murgap serhet posty", "TM;AF"),
        ("Murgabyň golaýynda", "TM;AF"),
        # an unknown name between head words: no unit stands in for it
        ("Gorvazdeh chegara posti", "UZ;KG"),
        ("Gorvazdeh bojxona postida", "UZ;KG"),
        ("пости гумрукии Горвазде", "TJ;AF"),
        # common words between head words name nothing
        ("в окрестностях города", "TJ;KG"),
        ("недалеко от границы", "TJ;KG"),
        ("پاسگاه مرزی", "IR;PK"),
        ("شهر مرزی این", "IR;PK"),
        ("حوالی مرز", "IR;PK"),
        ("the border enclave", "TJ;KG"),
        ("边境附近", "CN;KG"),
        ("قرية في المنطقة", "IR;PK"),
    ],
)
def test_the_guards_hold(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # guards the same on both: the bare names, twin towns on the line, a border word before "near"
        ("Karasu", "KG;UZ", "Qorasuv"),
        ("多尔哈姆边境附近", "PK;AF", "Torkham"),
        ("Сўх туманидаги Горвазде шаҳрида", "UZ;KG", "Sokh District"),
    ],
)
def test_the_answers_that_stand(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Термиз шаҳрида", "the town of Термиз"),
        ("на погранзаставе «Кызыл-Бел»", "the «Кызыл-Бел» border post"),  # a quoted post stays a designation
        ("Пянджского пограничного отряда", "Пянджский район"),
        ("Afg‘oniston bilan chegarada joylashgan Termiz", "Termiz"),
        ("伊尔克什坦海关", "the 伊尔克什坦 customs post"),
        ("بلدة (بنجكور) بإقليم بلوشستان", None),  # a bracket and a second name: not one name
        ("ولسوالي گوشتة اين ولايت", None),  # "this province": a common word
    ],
)
def test_the_rewrites(text: str, english: str | None) -> None:
    assert read_coverage(text) == english
