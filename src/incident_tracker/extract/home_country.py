"""The country of a report that names none, from two of its towns the gazetteer knows in one country.

A local report names towns, not the state they are in: "Five men from the Guliston settlement of Isfara went fishing
near Konibodom" (News.tj 753), "not far from the Mahram settlement" (Asia-Plus 754). The gazetteer refuses a town in
a country the article never names (wrong is worse than empty: "Rask" is also Rusk, Texas); but two distinct towns
found by name (not by sound) in the same country, more than all found elsewhere ("Guliston", the settlement of Isfara,
is also a town in Uzbekistan), are no accident of one spelling. Only where the article names no country at all, by
name, demonym or possessive: a named country still rules.
"""

from __future__ import annotations


def corroborated(towns: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(country, its first town) when two or more distinct town names agree on a country, more than all the others."""
    by_country: dict[str, set[str]] = {}
    for country, name in towns:
        by_country.setdefault(country, set()).add(name.lower())
    if not by_country:
        return None
    best = max(by_country, key=lambda code: len(by_country[code]))
    others = sum(len(names) for code, names in by_country.items() if code != best)
    if len(by_country[best]) < 2 or len(by_country[best]) <= others:
        return None
    return next(town for town in towns if town[0] == best)
