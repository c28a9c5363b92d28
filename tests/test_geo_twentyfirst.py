"""The twenty-first batch's dev failures (issue 13; docs/geocoding-journal.md, section "Twenty-first batch:
its dev failures"): a district standing in though the text's smaller place is known far from its
point (geo/standin_guard.py); two places of two countries joined as a pair (geo/pair_guard.py).
Texts made for the tests stand beside the batch's own strings, so that each rule is checked as a
shape, not as one phrase."""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.apposition import rewrite_apposition
from incident_tracker.geo.locate import locate

MAND = (26.149, 62.014)
TORGHUNDI = (35.25, 62.283)
SERHETABAT = (35.276, 62.342)
SARAZM = (39.508, 67.461)
NOK_KUNDI = (28.82704, 62.75039)


# --- a district standing in, against the smaller place the text names ------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Mand tehsil of Gwadar district", "PK;IR"),  # Mand is of Kech, 118 km from Gwadar's point
        ("the village of Mand, Gwadar district", "PK;IR"),
    ],
)
def test_a_district_far_from_the_smaller_place_named_does_not_stand_in(resolver: Any, text: str, named: str) -> None:
    located = locate(text, resolver=resolver, named=frozenset(named.split(";")))
    assert located.chosen is None, located.chosen.label if located.chosen else ""
    assert "stands in" in located.resolution.reason if located.resolution else False


def test_a_town_the_pack_files_under_the_district_is_answered_not_the_district(resolver: Any) -> None:
    """Naukundi, 161 km from Chagai District's point, was left empty here (the district may not stand
    in); since the thirty-first round the pack holds Nok Kundi as a town of Chagai district, with
    this spelling, and the town itself answers (docs/geocoding-journal.md, "Thirty-first batch: rules")."""
    assert_answers(resolver, "the Lashkar-e-Ahb area of Naukundi in Chagai district", "PK;IR", "Nok Kundi", NOK_KUNDI)


@pytest.mark.parametrize(
    ("text", "named", "name"),
    [
        ("Kandahar, Spin Boldak district", "AF;PK", "Spin Boldak District"),  # the province's town
        ("the Navobod area of Khatlon's Shamsiddin-Shohin district", "TJ;AF", "Shamsiddin"),  # a namesake
    ],
)
def test_a_district_still_stands_in_for_its_own_names_and_for_namesakes_elsewhere(
    resolver: Any, text: str, named: str, name: str
) -> None:
    chosen = locate(text, resolver=resolver, named=frozenset(named.split(";"))).chosen
    assert chosen is not None and chosen.match == "context", text
    assert chosen.label.startswith(name), chosen.label


def test_the_smaller_place_alone_is_still_answered(resolver: Any) -> None:
    assert_answers(resolver, "Mand tehsil", "PK;IR", "Mand", MAND)


# --- two places of two countries named as a pair ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ўзбекистоннинг Самарқанд вилояти билан Тожикистоннинг Сўғд вилоятини", "UZ;TJ"),  # with, accusative
        ("ولایت هرات و استان خراسان رضوی", "AF;IR"),  # Persian "and"
    ],
)
def test_two_places_of_two_countries_named_as_a_pair_are_no_answer(resolver: Any, text: str, named: str) -> None:
    located = locate(text, resolver=resolver, named=frozenset(named.split(";")))
    assert located.chosen is None, located.chosen.label if located.chosen else ""
    assert "as a pair" in (located.resolution.reason if located.resolution else "")


@pytest.mark.parametrize(
    ("text", "named", "name"),
    [
        ("Sistan and Baluchestan", "PK;IR", "Sistan and Baluchestan"),  # "and" inside one name
        ("the town of Saravan in the southeastern province of Sistan and Baluchistan", "IR;PK", "Sar"),
        ("Mirjaveh in Sistan and Baluchestan province", "IR;PK", "Mirjaveh"),
    ],
)
def test_an_and_inside_a_name_is_no_pair(resolver: Any, text: str, named: str, name: str) -> None:
    chosen = locate(text, resolver=resolver, named=frozenset(named.split(";"))).chosen
    assert chosen is not None and chosen.label.startswith(name), text


# --- words around a known name: a dash apposition, a leading nationality (no gazetteer) ----------


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        (
            "Тургунди – афганского поселка на границе с Туркменистаном",
            "Тургунди",
        ),  # reads as a resident's home with its country
        ("туркменский Серхетабад - город на границе с Афганистаном, бывший Кушка", "Серхетабад, Туркменистан"),
        ("туркменский Серхетабад", "Серхетабад, Туркменистан"),
        ("Ворух — таджикский анклав", None),  # "анклав" is no noun of kind here: left to the older rules
        ("Ворух — таджикское село в Кыргызстане", "Ворух, Таджикистан"),
        ("Islam Qala – a town on the Iranian border", "Islam Qala"),
        ("Торхам - пограничный пункт", "Торхам"),
        ("Мастчоҳ – деҳаи наздисарҳадӣ", "Мастчоҳ"),
        ("اسلام قلعه - بندر مرزی با ایران", "اسلام قلعه"),  # Persian: a port
        ("إسلام قلعة - معبر حدودي مع إيران", "إسلام قلعة"),  # Arabic: a crossing
        ("تفتان – سرحدی قصبہ", "تفتان"),  # Urdu: a border town, the adjective first
    ],
)
def test_words_saying_what_a_name_is_are_taken_off(text: str, rewritten: str | None) -> None:
    assert rewrite_apposition(text) == rewritten


@pytest.mark.parametrize(
    "text",
    [
        "Ислам-Кала - Догарун",  # two names joined by a dash: a pair, not an apposition
        "Кабул - столица Афганистана",  # no noun of kind after the dash
        "в туркменском Серхетабаде",  # a case form: the older readers' (geo/phrase_around.py)
        "туркменский",
        "تورخم - جلال آباد",  # two places joined by a dash: no noun of kind
    ],
)
def test_other_dashes_and_adjectives_are_left_alone(text: str) -> None:
    assert rewrite_apposition(text) is None


@pytest.mark.parametrize(
    ("text", "named", "name", "point"),
    [
        ("Тургунди – афганского поселка на границе с Туркменистаном", "AF;TM", "Torghundi", TORGHUNDI),
        ("туркменский Серхетабад - город на границе с Афганистаном, бывший Кушка", "TM;AF", "Serhetabat", SERHETABAT),
    ],
)
def test_a_name_with_an_apposition_is_answered(
    resolver: Any, text: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, text, named, name, point)


# --- pack spellings with a recorded source (geo/data/border_places.tsv) -------------------------


@pytest.mark.parametrize(
    ("text", "named", "name", "point"),
    [
        ("ضلع کچ کی تحصیل مند", "PK;IR", "Mand", MAND),  # Urdu, as The Balochistan Post writes it
        ("ضلع کیچ کے علاقے مند", "PK;IR", "Mand", MAND),
        ("بالقرب من (ماند) بإقليم بلوشستان", "PK;IR", "Mand", MAND),  # Arabic, as KSA2day writes it
        ("“Саразм-Жартепа” назорат-пункти", "UZ;TJ", "Sarazm", SARAZM),  # the post's name in quotes
        ("КПП «Джартепа»", "UZ;TJ", "Sarazm", SARAZM),  # the Uzbek side's name
        ("the Sarazm-Jarteppa border crossing", "TJ;UZ", "Sarazm", SARAZM),
    ],
)
def test_new_spellings_and_rows_answer(
    resolver: Any, text: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, text, named, name, point)


def test_mohmand_is_still_mohmand(resolver: Any) -> None:
    """مند is Mand's; مومند (Mohmand, whose consonants it shares) stays Mohmand District's."""
    chosen = locate("مومند", resolver=resolver, named=frozenset({"PK", "AF"})).chosen
    assert chosen is not None and chosen.label.startswith("Mohmand"), chosen
