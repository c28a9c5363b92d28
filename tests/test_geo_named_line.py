"""An answer far from the border line the string itself names is no answer (issue 13; docs/geocoding-journal.md,
section "An answer far from the border the string names: a rule (geo168)"): batch 85's g8214, the village of Dostyk
on the Kazakh-Uzbek line answered by Dostyk (Druzhba) on the Chinese border, 1,139 km off. Strings are
house-written: none is the set's (each was checked against the set's ``query`` column word for word, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.locate import locate
from incident_tracker.geo.named_line_guard import named_line

KZ_UZ = frozenset({"KZ", "UZ"})
KZ_CN = frozenset({"KZ", "CN"})
AF_PK = frozenset({"AF", "PK"})
IR_PK = frozenset({"IR", "PK"})
AF_IR = frozenset({"AF", "IR"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> str | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else chosen.name


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Қазақстан-Өзбекстан шекарасындағы Достық ауылы", KZ_UZ),  # Kazakh: Druzhba on the Chinese line
        ("Қазақ-өзбек шекарасы маңындағы Достық ауылы", KZ_UZ),
        ("село Достык на казахско-узбекской границе", KZ_UZ),  # Russian
        ("Hyderabad on the Pak-Afghan border", AF_PK),  # English: Sindh's city, far inland
        ("Sarakhs on the Iran-Pakistan border", IR_PK),  # a town of Iran's Turkmen line
        ("بیرجند در مرز ایران و پاکستان", IR_PK),  # Persian: Birjand, near the Afghan line only
        ("دوغارون در مرز ایران و پاکستان", IR_PK),  # the Afghan side's Islam Qala: neither country's line
        ("پاک افغان سرحد پر لاہور", AF_PK),  # Urdu: Lahore
    ],
)
def test_an_answer_far_from_the_line_the_string_names_is_no_answer(
    resolver: Any, query: str, named: frozenset[str]
) -> None:
    assert _answer(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        ("село Достык на казахско-китайской границе", KZ_CN, "Druzhba"),  # the town on the line it names
        ("Сарыагаш на казахско-узбекской границе", KZ_UZ, "Saryaghash"),  # a town on the named line
        ("Kazygurt on the Kazakh-Uzbek border", KZ_UZ, "Kazygurt"),
        ("пункт пропуска «Жибек жолы» на казахско-узбекской границе", KZ_UZ, "Zhibek Zholy"),  # a crossing
        ("Chaman on the Pak-Afghan border", AF_PK, "Chaman"),
        ("پاک افغان سرحد پر طورخم", AF_PK, "Torkham"),  # Urdu
        ("میرجاوه در مرز ایران و پاکستان", IR_PK, "Mirjaveh"),  # Persian
        ("Taybad on the Iran-Afghanistan border", AF_IR, "Tāybād"),
    ],
)
def test_a_place_on_the_line_the_string_names_keeps_its_answer(
    resolver: Any, query: str, named: frozenset[str], place: str
) -> None:
    assert _answer(resolver, query, named) == place


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("на казахско-узбекской границе", KZ_UZ),
        ("Pak-Afghan border", AF_PK),
        ("مرز ایران و افغانستان", AF_IR),
        ("پاک-افغان سرحد کے اس پار", AF_PK),
        ("Қазақ-өзбек шекарасы", KZ_UZ),
        ("Kazakh-Uzbek", None),  # no border word: no line
        ("the Afghanistan-Pakistan-Iran border", None),  # three countries: no one line
        ("Pakhtunkhwa's border with Afghanistan", None),  # "Pak" is read as a word only
    ],
)
def test_the_named_line_is_read_in_each_language(query: str, line: frozenset[str] | None) -> None:
    assert named_line(query) == line
