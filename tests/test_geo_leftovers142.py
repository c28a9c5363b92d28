"""The twenty-first session's leftovers (issue 13; docs/geocoding-journal.md, section "The twenty-first session's
leftovers: rules (geo142)"). Every string here is written for the tests (none is the set's); the readings fail on the
code before this round, the guards beside them pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_chosen_at, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.name_links import with_links


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # the ezafe left out between the two words of a name, written apart or with a hyphen alone
        ("Mazar Sharif", "AF", "Mazār-e Sharīf"),
        ("Mazar-Sharif", "AF;UZ", "Mazār-e Sharīf"),
        ("Мазар Шариф", "AF;TJ", "Mazār-e Sharīf"),
        ("Pul Khumri", "AF", "Pul-e Khumrī"),
        ("Sar Pul", "AF", "Sar-e Pul"),
    ],
)
def test_a_name_without_its_ezafe(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "exact")


@pytest.mark.parametrize(
    ("name", "spellings"),
    [
        ("Mazar Sharif", ["Mazar-e Sharif", "Mazar-i Sharif"]),
        ("Мазар-Шариф", ["Мазар-и Шариф", "Мазар-е Шариф"]),
        # a link already written, one word, Arabic script, a lowercase word: nothing to put back
        ("Dand e Patan", []),
        ("Dand wa Patan", []),
        ("Khorog", []),
        ("مزار شریف", []),
        ("the Sharif", []),
    ],
)
def test_the_spellings_with_the_ezafe_put_back(name: str, spellings: list[str]) -> None:
    assert with_links(name) == spellings


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a name no place bears with a link either: still nothing
        ("Qqarz Zzurg", "AF"),
        ("Zzarin Kkhorv", "AF;IR"),
    ],
)
def test_an_unknown_name_stays_unknown_with_a_link(resolver: Resolver, query: str, named: str) -> None:
    assert label_for(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a town word before or after a name that a district or province bears too: the town
        ("شهر زاهدان", "IR;PK", "Zahedan, Sistan"),
        ("مدينة هرات", "AF;IR", "Herāt"),
        ("شهر هرات", "AF", "Herāt"),
        ("کابل ښار", "AF;PK", "Kabul"),
        ("شہر کابل", "AF;PK", "Kabul"),
        ("село Баткен", "KG;TJ", "Batken"),
        # the Tajik "village of" before the name, with its izofa, as "деҳаи" is read
        ("қишлоқи Ворух", "TJ;KG", "Vorukh"),
    ],
)
def test_a_town_word_says_the_town(resolver: Resolver, query: str, named: str, name: str) -> None:
    assert_chosen_at(resolver, query, named, name, "exact")


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # no town word: the unit, as before
        ("هرات", "AF;IR", "Herat", "admin1"),
        ("زاهدان", "IR;PK", "Zahedan County", "admin2"),
        # a unit word too: the town word speaks of a place in the unit, which stands for it
        ("a village of Kurram district", "AF;PK", "Kurram District", "admin2"),
    ],
)
def test_without_a_town_word_the_unit_answers(
    resolver: Resolver, query: str, named: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        # a name alone that a village of Gilan, Tabas (once so called) and the pack's Golshan County bear
        ("Golshan", "IR;AF"),
        ("گلشن", "IR"),
        # Jalalabad of Nangarhar and Jalal-Abad of Kyrgyzstan (GeoNames' Manas), both countries named
        ("Jalalabad", "AF;KG"),
        ("贾拉拉巴德", "KG;AF"),
        # a town of East Azerbaijan and the pack's Torkaman County; a town of Sindh and Nasirabad District
        ("Torkaman", "IR"),
        ("Nasirabad", "PK;AF"),
    ],
)
def test_a_name_alone_with_twins_in_the_texts_countries_answers_nothing(
    resolver: Resolver, query: str, named: str
) -> None:
    assert label_for(resolver, query, named) is None


@pytest.mark.parametrize(
    ("query", "named", "name", "precision"),
    [
        # one country named: its bearer
        ("贾拉拉巴德", "KG", "Manas, Jalal-Abad", "exact"),
        ("贾拉拉巴德", "AF", "Jalālābād, Nangarhar", "exact"),
        # the unit word written: the pack's district
        ("Torkaman County", "IR", "Torkaman County", "admin2"),
        ("Golshan County", "IR;AF", "Golshan County", "admin2"),
        # a bearer ten times the other's size, or a province bearing the bare name: answered as before
        ("Zahedan", "IR;PK", "Zahedan", "exact"),
        ("Issyk-Kul", "KG", "Issyk-Kul", "admin1"),
        # a sound-alike at the district read only whole is that district, and still answers
        ("درمیان", "IR", "Darmian County", "admin2"),
    ],
)
def test_a_name_alone_without_a_twin_still_answers(
    resolver: Resolver, query: str, named: str, name: str, precision: str
) -> None:
    assert_chosen_at(resolver, query, named, name, precision)


def test_no_far_sound_alike_for_the_bare_name_of_a_district_read_whole(resolver: Resolver) -> None:
    # "Keriya" is the seat of the pack's Keriya County (read only whole); Korla, 665 km off, only sounds like it
    assert label_for(resolver, "Keriya", "CN") is None
