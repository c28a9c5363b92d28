"""Dev's leftovers read by mechanism (issue 13; docs/geocoding-journal.md, section "Dev leftovers by mechanism: rules"):
a police or security force's headquarters is a compound where it stands, not an office speaking; "the (northern)
districts of P province" (Russian) names no district, so the province P stands in; Sistan and Baluchestan's Arabic
spellings (cited aliases); an English description, a dash, then the name it describes ("the largest district –
X"); an unnamed Persian post "in the area of X" is X's; an epithet before a pass ("the snowy X pass"). Every string
here is written for the tests (none is the set's); the readings fail on the code before this round, the guards pass
on both."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.role_guard import read_more_roles


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("the police headquarters in Saravan", "IR;PK", "Sar"),  # a compound in the town
        ("the security headquarters at Khorog", "TJ;AF", "Khorugh"),
        ("в южных районах провинции Нимроз", "AF;IR", "Nimroz"),  # the southern districts of Nimroz province
        ("приграничных районах провинции Бадахшан", "AF;TJ", "Badakhshan"),
        ("سيستان وبلوشستان", "IR;PK", "Sistan"),  # the Arabic spelling (a cited admin1 alias)
        ("سيستان وبلوخستان", "IR;PK", "Sistan"),
        ("the busiest border town of the province – Torghundi", "AF;TM", "Torghundi"),  # an apposition after a dash
        ("the largest district — Bala Murghab", "AF;TM", "Bala Murghab"),
        ("محل یک پایگاه مرزی در منطقه سراوان", "IR;PK", "Saravan"),  # an unnamed base in the area of Saravan
        ("یک پاسگاه مرزی ایران در منطقه سراوان استان سیستان و بلوچستان", "IR;PK", "Saravan"),
        ("the snowy Khunjerab pass", "PK;CN", "Khunjerab"),  # an epithet before a pass or crossing
        ("the historic Torkham crossing", "PK;AF", "Torkham"),
    ],
)
def test_readings(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    "text",
    [
        "the headquarters in Quetta",  # an office, not where the event was
        "the army headquarters in Rawalpindi",  # an army's headquarters speaks for it
        "the Foreign Office in Islamabad",
    ],
)
def test_offices_stay_a_role(text: str) -> None:
    assert read_more_roles(text) is not None, text


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("в районе Бала-Мургаб провинции Бадгис", "AF;TM"),  # a named district keeps its reading
    ],
)
def test_named_districts_are_not_read_as_their_province(resolver: Resolver, query: str, named: str) -> None:
    label = label_for(resolver, query, named)
    assert label is None or not label.startswith(("Badakhshan", "Badghis")), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("the western part – Kabul-Herat", "AF;TM"),  # a dash before a pair: the pair's reading, none
        ("the new crossing – Qwertyabad", "AF;TM"),  # an unknown name after the dash stays unknown
        ("پاسگاه مرزی قرتیآباد در منطقه سراوان", "IR;PK"),  # a named post the tiers lack: not its area
    ],
)
def test_dash_apposition_adds_no_guess(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query
