""" "The X exclave" is read as "the X enclave" is: the place its name names (issue 13; docs/geocoding-journal.md, "Dev
unlocated, by mechanism"). House strings."""

from __future__ import annotations

import pytest

from _geo_helpers import label_for
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        ("the Vorukh exclave", "KG;TJ", "Vorukh"),  # "exclave" is the head "enclave" is
        ("the Sokh exclave", "KG;UZ", "Sokh District"),
    ],
)
def test_exclave_is_a_head(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)
