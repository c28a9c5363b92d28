"""The sixty-second batch's dev failures, by mechanism (issue 13; docs/geocoding-journal.md, section
"Sixty-second batch: rules"): a sound-alike by consonant skeleton must keep the words of the name as
written (geo/skeleton.py, ``words_fit``), and the Kazakh-Uzbek crossing Zhibek Zholy-Gisht-Kuprik is a
pack row. Every string here is written for the tests (none is the set's); the readings and the empties
fail on the code before this round, the guards pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.skeleton import words_fit


@pytest.mark.parametrize(
    ("text", "spelling", "fits"),
    [
        ("دیره الله یار", "Dir Lower", False),  # dr|l|r against dr|lr: the text cuts "Lower" in two
        ("تور خم", "Torkham", False),  # two words of the text inside one of the spelling's
        ("مزارشریف", "Mazar Sharif", True),  # the text may join what the spelling writes apart
        ("سپین بولدک", "Spin Boldak", True),  # word for word
        ("شمس الدين", "Shamsiddin", True),  # the article al- binds to the word before it
        ("کی کرم", "Kurram", True),  # a particle whose k the name's k swallows is no word of the name
        ("سراوان و", "Saravan", True),  # the conjunction "and" after the name is no word of it
    ],
)
def test_words_fit(text: str, spelling: str, fits: bool) -> None:
    assert words_fit(text, spelling) is fits


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("ډېره الله یار", "PK;AF"),  # Dera Allahyar in Pashto letters: sounded like "Dir Lower", 700 km off
        ("دیره الله یار", "PK"),
    ],
)
def test_a_skeleton_across_words_answers_nothing(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("بنجكور", "PK;IR", "Panjgur"),  # one word: the skeleton rule as before
        ("سپن بولدک", "AF;PK", "Spin Boldak"),
        ("شمس الدين شوهين", "TJ;AF", "Shamsiddin Shohin"),  # by sound, the article written apart
    ],
)
def test_skeleton_guards(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Gisht-Kuprik", "KZ;UZ"),  # the Uzbek post's name answers at the crossing
        ("Гишткуприк", "UZ"),
        ("Ғишткўприк", "UZ;KZ"),
        ("Жибек Жолы–Гишт-Куприк", "KZ;UZ"),
    ],
)
def test_the_crossing_is_known(resolver: Resolver, query: str, named: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith("Zhibek Zholy"), (query, label)


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("в Баткенскую область", "KG;TJ", "Batken"),  # the accusative: into the province
        ("В ходе визита в Мангистаускую область", "KZ;TM", "Mangghysta"),  # at the end of a longer phrase
        ("в Лебапском велаяте", "TM;UZ", "Lebap"),  # the Turkmen province noun, as Russian writes it
        ("Ахалского велаята", "TM;IR", "Ahal"),
        ("на территории Балканского велаята Туркменистана", "TM;KZ", "Balkan"),
    ],
)
def test_russian_province_forms(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Балканский", "TM;KZ"),  # an adjective without its noun names nothing, as before
        ("в Лебапскую", "TM;UZ"),
    ],
)
def test_an_adjective_alone_answers_nothing(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("“Saragt” barlag nokadynda", "TM;IR", "Saragt"),  # Turkmen "control point": a checkpoint head
        ("Farap barlag-gözegçilik nokady", "TM;UZ", "Farap"),  # "control-and-watch point"
        ("Özbegistan bilen serhetleşýän Farap barlag nokadynda", "TM;UZ", "Farap"),  # "bordering Uzbekistan" first
    ],
)
def test_turkmen_checkpoints(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Termiz-Alat", "UZ;TM"),  # two ends in one country: no crossing's pair, as before
        ("Özbegistan bilen serhetleşýän etraplarda", "TM;UZ"),  # 'in the districts bordering Uzbekistan': no name
    ],
)
def test_turkmen_guards(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("Бейнеу бекетінде", "KZ;TM", "Beyneu"),  # Kazakh: at the Beyneu post
        ("Сарыағаш өткізу бекеті", "KZ;UZ", "Saryaghash"),  # the Saryagash crossing post
        ("Өзбекстан тарапындағы Гишткуприк бекетінде", "KZ;UZ", "Zhibek Zholy"),  # on Uzbekistan's side
        ("Ўзбекистон томонидаги Андархан", "UZ;TJ", "Andarkhan"),  # Uzbek: on Uzbekistan's side
        ("Ўзбекистон ва Тожикистон чегарасидаги «Ойбек» постида", "UZ;TJ", "Fotehobod"),  # at the Oybek post
    ],
)
def test_kazakh_and_uzbek_posts(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Өзбекстан тарапындағы бекетте", "KZ;UZ"),  # 'at the post on Uzbekistan's side': no name
        ("Ўзбекистон томонида", "UZ;KZ"),
        ("Ўзбек-қозоқ чегарасидаги", "UZ;KZ"),
    ],
)
def test_side_words_alone_answer_nothing(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("سبين بولداك قرب الحدود", "AF;PK", "Sp"),  # Arabic: Spin Boldak, near the border
        ("طورخم قرب الحدود مع أفغانستان", "PK;AF", "Torkham"),  # near the border with Afghanistan
        ("Ahal welaýatynda ýerleşýän", "TM;IR", "Ahal"),  # Turkmen: lying in Ahal province
        ("په جلال اباد ښار کې", "AF;PK", "Jal"),  # Pashto: in Jalalabad city
        ("په جلال اباد ښار کې د امنیې قوماندانۍ", "AF;PK", "Jal"),  # the security command in Jalalabad city
    ],
)
def test_words_after_a_known_name(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("قرب الحدود الباكستانية", "AF;PK"),  # 'near the Pakistani border': no place
        ("serhetde ýerleşýän", "TM;UZ"),  # 'lying on the border': no place
        ("په ښار کې د امنیې قوماندانۍ", "AF;PK"),  # 'the security command in the city': no name
    ],
)
def test_frames_alone_answer_nothing(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("на международном автомобильном пункте пропуска «Ойбек»", "UZ;TJ", "Fotehobod"),  # kind adjectives first
        ("на железнодорожном пункте пропуска Бейнеу", "KZ;TM", "Beyneu"),
    ],
)
def test_russian_crossing_adjectives(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


def test_a_crossing_adjective_without_a_name_answers_nothing(resolver: Resolver) -> None:
    assert label_for(resolver, "автомобильный пункт пропуска на границе", "KZ;UZ") is None
