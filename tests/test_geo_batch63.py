"""The sixty-third batch's dev failures, by mechanism (issue 13; docs/geocoding-journal.md, section "Sixty-third
batch: rules"): the Russian border detachment written out ("пограничного отряда «X»") and a lead "на (одном из)
участк(е|ов)" (geo/coverage_cyrillic.py); a lead "на юге X" (in the south of X), a part of X; an English distance
clause after a name ("X is 280 miles from Y"), a longer clause of common words before "at X"
(geo/phrase_patterns.py); a short Chinese distance "距X仅N公里" (geo/phrase_han.py); the Irkeshtam port's new site
as a pack row of its own. Every string here is written for the tests (none is the set's); the readings fail on
the code before this round, the guards pass on both."""

from __future__ import annotations

import pytest

from _geo_helpers import chosen_for, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("в пограничном отряде «Пяндж»", "TJ;AF", "Panj"),  # the detachment's two words written out
        ("пограничного отряда «Хамадони»", "TJ;AF", "Hamadoni"),
        ("на участке пограничного отряда «Хамадони»", "TJ;AF", "Hamadoni"),  # on the detachment's section
        ("на одном из участков погранотряда «Пяндж»", "TJ;AF", "Panj"),  # on one of its sections
        ("на юго-западе Хатлонской области", "TJ;AF", "Khatlon"),  # in the south-west of the province
        ("на севере Марыйского велаята", "TM;AF", "Mary"),
        ("Torkham is about 55 km from Peshawar", "PK;AF", "Torkham"),  # a distance clause after the name
        ("Zhob lies 280 miles north-east of Quetta", "PK;AF", "Zhob"),
        ("the drivers slept for two nights in their cabs at the Torkham crossing", "PK;AF", "Torkham"),
        ("距乌恰县城约2公里", "CN;KG", "Ulugqat"),  # about 2 km from the county seat
    ],
)
def test_readings(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("на юге Таджикистана", "TJ;AF"),  # a part of a country names no point
        ("к югу от Хатлонской области", "TJ;AF"),  # south of the province: outside it, not a part of it
        ("距乌恰县城150公里", "CN;KG"),  # 150 km from the county seat: not the county seat
        ("they were stopped two miles west of the village at Torkham", "PK;AF"),  # a direction in the clause
    ],
)
def test_guards(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None, query


def test_distance_clause_never_answers_its_reference(resolver: Resolver) -> None:
    label = label_for(resolver, "Chaman is 120 km from Quetta", "PK;AF")
    assert label is not None and label.startswith("Chaman"), label


def test_irkeshtam_port_new_site(resolver: Resolver) -> None:
    """The port's inspection site moved in 2011 to 3 km west of the Ulugqat county seat; the crossing stays on
    the line. "伊尔克什坦口岸新址" (the port's new site) answers the new site, the bare port name the old one."""
    new = chosen_for(resolver, "伊尔克什坦口岸新址", "CN;KG")
    old = chosen_for(resolver, "伊尔克什坦口岸", "CN;KG")
    assert new is not None and new.label.startswith("Irkeshtam port new site"), new
    assert old is not None and old.label.startswith("Irkeshtam port,"), old
    assert haversine_km(new.latitude, new.longitude, 39.71837, 75.25596) < 5  # by the county seat
    assert haversine_km(new.latitude, new.longitude, old.latitude, old.longitude) > 100
