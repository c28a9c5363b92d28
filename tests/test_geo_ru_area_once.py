"""Russian area words written once (docs/geocoding-journal.md, section "Russian area words, written once").

A unit named by its Russian adjective ("Лейлекского района", "в Баткенскую область") was read by three
patterns, each with its own list of adjective endings and unit nouns; only one had gained the accusative
"-скую", the abbreviation "обл." and the Turkmen province noun "велаят". They now read the one list of
:mod:`incident_tracker.geo.phrase_patterns`, so the chain reader and the case reader read those forms too.
Every string is written for these tests; the first two groups fail on the code before the fold.
"""

from __future__ import annotations

import pytest

from incident_tracker.geo import phrase_case, phrase_chains, phrase_patterns
from incident_tracker.geo.phrase_case import rewrite_case
from incident_tracker.geo.phrase_chains import rewrite_chain


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("в местности Кошкар в Лебапском велаяте", "Кошкар, Лебап province"),
        ("в урочище Кошкар в Дашогузском велаяте Туркмении", "Кошкар, Дашогуз province, Turkmenistan"),
        ("«Ак-Суу», расположенный в Каракульском районе Ошской обл.", "Ак-Суу, Каракуль district, Ош province"),
    ],
)
def test_the_chain_reader_reads_the_shared_table(text: str, read: str) -> None:
    """The chain reader's own list knew "районе"/"области" only: "велаяте" and "обл." stopped it."""
    assert rewrite_chain(text) == read


def test_the_case_reader_reads_the_abbreviated_province() -> None:
    """ "Баткенской обл." is the province as "Баткенской области" is, read after "в" as the reader expects."""
    assert rewrite_case("Баткенской обл.") == "в Баткенской области"
    assert rewrite_case("Баткенской области") == "в Баткенской области"


@pytest.mark.parametrize(
    "text",
    [
        "здание администрации, расположенное в Лебапском велаяте",  # a building, not a named place
        "«Ак-Суу», расположенный в Каракульском районе Ошской обл. рядом с рынком",  # more than units follow
        "в местности Кошкар в Лебапскому велаяту",  # the dative is not in the table
    ],
)
def test_the_chain_guards_hold_with_the_shared_table(text: str) -> None:
    assert rewrite_chain(text) is None


def test_the_three_readers_build_on_one_table() -> None:
    """A case ending or a unit noun is added in one place, and each reader's pattern is built from it."""
    for pattern in (phrase_patterns._RU_AREA, phrase_chains._RU_AREA, phrase_case._ADJECTIVE_UNIT):
        assert phrase_patterns.RU_AREA_ADJECTIVE in pattern.pattern
        assert phrase_patterns.RU_AREA_NOUN in pattern.pattern
