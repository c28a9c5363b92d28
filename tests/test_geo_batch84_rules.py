"""Batch 84's dev failures (issue 13; docs/geocoding-journal.md, section "Batch 84's dev failures: rules (geo167)"):
a checkpoint named after a city far from any crossing the pack holds is no point; a relative clause without its comma
after a unit word (and its Russian and Persian kin); a name in two scripts split by a slash read by its Latin half;
Malay and Indonesian unit words. Strings are house-written: none is the set's (each was checked against the set's
``query`` column word for word, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.city_checkpoint import city_checkpoint_doubt
from incident_tracker.geo.locate import locate
from incident_tracker.geo.malay_units import malay_retry

TM_UZ = frozenset({"TM", "UZ"})
AF_UZ = frozenset({"AF", "UZ"})
KZ_KG = frozenset({"KZ", "KG"})
KZ_UZ = frozenset({"KZ", "UZ"})
AF_IR = frozenset({"AF", "IR"})
AF_PK = frozenset({"AF", "PK"})
IR_PK = frozenset({"IR", "PK"})
TM_IR_AF = frozenset({"TM", "IR", "AF"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> str | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else chosen.name


@pytest.mark.parametrize(
    "query",
    [
        "на КПП «Дашогуз»",  # Russian
        "пограничный пункт пропуска «Дашогуз»",
        "the Dashoguz checkpoint",  # English
        "the Dashoguz border post",
        "«Daşoguz» serhet geçelgesinde",  # Turkmen
        "«Dashoguz» chegara o‘tkazish punktida",  # Uzbek
        "پاسگاه مرزی داشاغوز",  # Persian
    ],
)
def test_a_checkpoint_named_after_a_far_city_is_no_point(resolver: Any, query: str) -> None:
    assert _answer(resolver, query, TM_UZ) is None


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        ("пункт пропуска «Кордай»", KZ_KG, "Korday"),  # a village at its crossing
        ("the Saryagash checkpoint", KZ_UZ, "Saryaghash"),  # a town, not a city
        ("КПП «Термез»", AF_UZ, "Tirmiz"),  # a city 12 km from the pack's Hairatan crossing
        ("пункт пропуска «Шават»", TM_UZ, "Shovot"),  # the pack's own crossing row (its alias)
        ("a checkpoint in Dashoguz", TM_UZ, "Daşoguz"),  # a checkpoint in the city names the city
        ("в городе Дашогуз", TM_UZ, "Daşoguz"),  # the city named alone
    ],
)
def test_a_checkpoint_at_its_town_or_in_a_city_keeps_its_answer(
    resolver: Any, query: str, named: frozenset[str], place: str
) -> None:
    assert _answer(resolver, query, named) == place


def test_the_checkpoint_guard_reads_the_post_and_its_name_alone(resolver: Any) -> None:
    city = locate("Dashoguz", resolver=resolver, named=TM_UZ).chosen
    assert city is not None and city.population >= 100_000
    assert city_checkpoint_doubt("Dashoguz crossing point", city) is not None
    assert city_checkpoint_doubt("a checkpoint near Dashoguz", city) is None  # "near" the city: the city's
    assert city_checkpoint_doubt("Dashoguz", city) is None  # no post word
    assert city_checkpoint_doubt("Dashoguz, Shavat checkpoints", city) is None  # two places: the list guard's


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        ("eastern Nimroz province which borders with Iran", AF_IR, "Nimroz"),
        ("Farah province that borders Iran", AF_IR, "Farah"),
        ("Herat province which shares a long border with Iran", AF_IR, "Herat"),
        ("Kunar province which borders Pakistan", AF_PK, "Kunar"),
        ("the Kohsan district which borders with Iran", AF_IR, "Kohsan District"),
        ("в провинции Фарах, граничащей с Ираном", AF_IR, "Farah"),  # Russian
        ("провинция Нимроз, которая граничит с Ираном", AF_IR, "Nimroz"),
        ("ولایت فراه که با ایران هم‌مرز است", AF_IR, "Farah"),  # Persian
        ("ولایت نیمروز هم‌مرز با ایران", AF_IR, "Nimroz"),
    ],
)
def test_a_relative_clause_after_a_unit_word_is_read_as_after_a_comma(
    resolver: Any, query: str, named: frozenset[str], place: str
) -> None:
    assert _answer(resolver, query, named) == place


def test_a_bordering_clause_naming_no_country_is_kept(resolver: Any) -> None:
    assert _answer(resolver, "ولایت هرات که با فراه هم‌مرز است", AF_IR) is None  # a province, not a line


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("روستای «کاکا / Kaka»", "Kaka"),  # Persian, the Latin half after the slash
        ("«Kaka / کاکا»", "Kaka"),  # the Latin half first
    ],
)
def test_a_two_script_name_is_read_by_its_latin_half(resolver: Any, query: str, place: str) -> None:
    assert _answer(resolver, query, TM_IR_AF) == place


def test_two_halves_of_one_script_or_a_known_half_are_not_read_again(resolver: Any) -> None:
    assert _answer(resolver, "Kulma / Karasu town", TM_IR_AF) is None  # one script: a pair, as before
    assert _answer(resolver, "شهر «سرخس / Sarahs»", TM_IR_AF) is None  # a known half: a town on each side


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("kawasan sempadan Kabupaten Mirjaveh", "Mirjaveh County"),  # Indonesian
        ("Daerah Saravan di Iran", "Saravan County"),  # Malay
        ("provinsi Sistan dan Baluchestan", "Sistan and Baluchestan"),
        ("Wilayah Balochistan barat daya", "Balochistan"),
    ],
)
def test_malay_and_indonesian_unit_words(resolver: Any, query: str, place: str) -> None:
    assert _answer(resolver, query, IR_PK) == place


def test_the_malay_reader_shapes() -> None:
    assert malay_retry("jalur perbatasan Kabupaten Saravan timur") == "Saravan district"
    assert malay_retry("kota kecil di perbatasan") is None  # no name after the unit word
    assert malay_retry("Mirjaveh dan Taftan") is None  # no unit word
