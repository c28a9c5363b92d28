"""Place phrases in Kyrgyz, Kazakh, Uzbek, Tajik, Russian unit chains and Chinese (the tenth batch).

:func:`incident_tracker.geo.phrase_cyrillic.rewrite_phrase` turns each into the English form
the phrase reader reads; the resolver then answers from the shared session gazetteer (used
read-only). Lists, datelines, offices and unknown Chinese words must stay empty: wrong is worse
than empty.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.cyrillic_roles import dateline_role
from incident_tracker.geo.phrase_cyrillic import rewrite_phrase
from incident_tracker.geo.text import parse_query


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # Kyrgyz: the unit word after the name, in the genitive, locative or dative; the owner first.
        ("Баткен районунун Көк-Таш айылындагы", "Көк-Таш village, Баткен district"),
        ("Баткендин Лейлек району", "Лейлек district, Баткен"),
        ("Көк-Таш айылына жакын жерде", "near Көк-Таш village"),
        ("Баткен районундагы чек ара чырына", "Баткен district"),
        ("Тажикстандын Исфара районуна караштуу Хожа-Аъло айылынын", "Хожа-Аъло village, Исфара district, Tajikistan"),
        ('Шамсиддин-Шохин районундагы "Хирманжо" чек ара бекетине', "Хирманжо border post, Шамсиддин-Шохин district"),
        # Kazakh and Uzbek Cyrillic.
        (
            "Қырғызстандағы Баткен облысына қарасты Көк-Таш ауылы маңында",
            "near Көк-Таш village, Баткен province, Kyrgyzstan",
        ),
        ("Көк-Таштағы әскери бөлімше", "near Көк-Таш"),
        ("Фарғона вилояти, Сўх туманига", "Сўх district, Fergana province"),
        # Tajik: the unit word first, joined to the name by the izofa "-и".
        ("ҷамоати Чоркӯҳи Исфара", "Чоркӯҳ jamoat, Исфара"),
        (
            "ҳудуди деҳаи Хоҷаи Аълои ҷамоати Чоркўҳи шаҳри Исфара",
            "near Хоҷаи Аъло village, Чоркўҳ jamoat, Исфара city",
        ),
        ("вилояти Ботканд", "Batken province"),
        # Russian units named before their name, a facility in a village, an enclave; Ukrainian.
        (
            "махаллы Сомониён джамоата Чоркух города Исфара Согдийской области",
            "Сомониён, Чоркух jamoat, Исфара city, Sughd province",
        ),
        ("на водозаборе в селе Кок-Таш Баткенского района", "near Кок-Таш village, Баткен district"),
        ("территории узбекского анклава Сох", "Сох, Uzbekistan"),
        ("в районі Шамсіддін Шохін у Хатлонській області", "Шамсіддін Шохін district, Хатлон province"),
        # Chinese, simplified and traditional: finest unit first, crossings alone.
        ("吉巴特肯州巴特肯區", "Batken district, Batken province, Kyrgyzstan"),
        ("位於塔吉克和阿富汗邊境的哈特隆州沙姆西丁．紹欣區", "Shamsiddin Shohin district, Khatlon province"),
        ("新疆克孜勒苏柯尔克孜自治州的乌恰县", "Ulugqat County, Xinjiang"),
        ("新疆塔什庫爾干塔吉克自治縣的卡拉蘇口岸", "Kulma Pass"),
        ("中吉伊尔克什坦口岸", "Irkeshtam port"),
        ("塔吉克境內的伊斯法拉市(Isfara)", "Isfara city, Tajikistan"),
        ("新疆烏恰縣城以西3公里", "3 km west of Wuqia"),
        ("吉尔吉斯村庄Ak-Saj", "Ak-Saj village, Kyrgyzstan"),
    ],
)
def test_rewrite_phrase_gives_the_english_form(text: str, english: str) -> None:
    assert rewrite_phrase(text) == english
    assert rewrite_phrase(english) is None  # the reader reads the rewrite as it is: no second pass


@pytest.mark.parametrize(
    "text",
    [
        "в селах Кок-Таш и Самаркандек",  # two villages
        "Лейлек районундагы Максат, Кулунду айылдарында",  # a comma list
        "Баткен районунун Ак-Сай айылы менен Тажикстандын Меxнатабад айылынын",  # "with": two places
        "дар наздикии деҳаи Ворух ва Оқсойи Қирғизистон",  # Tajik "and"
        "萊萊克和巴特肯地區",  # Chinese "and"
        "黑龙江抚远",  # names this reader does not know
        "新华社乌鲁木齐10月21日电",  # a dateline
        "阿拉山口、巴克图、吐尔尕特3个公路口岸",
        "the Kyrgyz city of Batken",  # not one of these forms
        "в селе Борбордук Лейлекского района Баткенской области",  # the Russian the reader already reads
        "по Лейлекскому району",  # Russian "району" after an adjective, not the Kyrgyz unit word
        "Бородин сказал",  # a Russian surname in "-дин" is no Kyrgyz genitive of a place
    ],
)
def test_lists_datelines_unknown_words_and_other_forms_are_not_rewritten(text: str) -> None:
    assert rewrite_phrase(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Бишкек, 01.05.21.",
        "Тажикстандын Согди облусунун башчысы",
        "Раисони Исфараву Бодканд",
        "провинции Бадахшан - Хохон, Шикай, Нусай, Мохимай, Шугнон и Султон Ишкашим",
    ],
)
def test_datelines_offices_and_long_lists_name_no_event_place(text: str) -> None:
    assert dateline_role(text) is not None
    assert parse_query(text).role is not None


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,-'ABCDEFGHKMNOPRST", max_size=40))
def test_latin_text_is_never_rewritten(text: str) -> None:
    assert rewrite_phrase(text) is None


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("Баткен районунун Көк-Таш айылындагы суу бөлүштүрүүчү жайга", "Kek-Tash", "near"),
        ("Баткендин Ак-Сай айылынын", "Ak-Say", "exact"),
        ("Баткендин Лейлек району", "Leilek District", "admin2"),
        ("на водозаборе в селе Кок-Таш Баткенского района", "Kek-Tash", "near"),
        ("махаллы Кок-Таш Баткенского района Баткенской области", "Kek-Tash", "exact"),
        ("Фарғона вилояти, Сўх туманига", "Sokh District", "admin2"),
        ("哈特隆州沙姆西丁·紹欣區", "Shamsiddin Shohin District", "admin2"),
        ("塔吉克斯坦戈爾諾—巴達赫尚州達爾沃茲區", "Darvoz District", "admin2"),
        ("邊境口岸托爾卡姆", "Torkham", "exact"),
    ],
)
def test_the_resolver_answers_the_place_inside_the_phrase(
    resolver: Resolver, text: str, name: str, precision: str
) -> None:
    chosen = resolver.candidates(text).chosen
    assert chosen is not None and (chosen.name, chosen.geo_precision) == (name, precision), chosen


def test_a_quarter_named_like_a_far_town_answers_its_jamoat_not_the_town(resolver: Resolver) -> None:
    # Somoniyon is also a town of the Rasht valley, 226 km away: the jamoat and town around it decide.
    chosen = resolver.candidates("махаллы Сомониён джамоата Чоркух города Исфара Согдийской области").chosen
    assert chosen is not None and chosen.name == "Chorkuh"


@pytest.mark.parametrize(
    "text",
    [
        "Бишкек, 01.05.21.",
        "в селах Кулунду и Максат",
        "萊萊克和巴特肯地區",
        "узбекского села Хушьяр",  # an unknown village: its country alone is no answer
        "провинции Бадахшан - Хохон, Шикай, Нусай, Мохимай, Шугнон и Султон Ишкашим",
    ],
)
def test_lists_datelines_and_unknown_villages_stay_empty(resolver: Resolver, text: str) -> None:
    assert resolver.candidates(text).chosen is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Коктош", "Kek-Tash"),  # Tajik (Khovar)
        ("Сўх тумани", "Sokh District"),  # Uzbek Cyrillic (Kun.uz)
        ("Қарамиқ", "Karamyk"),  # Tajik
    ],
)
def test_pack_spellings_of_the_tenth_batch(resolver: Resolver, text: str, name: str) -> None:
    chosen = resolver.candidates(text).chosen
    assert chosen is not None and chosen.name == name, chosen
