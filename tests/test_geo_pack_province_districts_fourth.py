"""Seats, Pashto district names and other scripts from source lists, fourth pass (issue 13; docs/geocoding-journal.md,
"Seats, Pashto district names and the capitals' Chinese names from source lists, fourth pass (geo143)";
``geo/data/border_places.tsv``, ``geo/phrase_pashto.py``).

District rows that stood at their outline's label point now stand at a seat a source names; Taftan County is a row
read only whole; Pashto's order "X ولسوالۍ" reaches the pack's whole Persian names ("=ولسوالی X"); the Pashto names
of Afghan districts as a cited Pashto page writes them. Every string here is written for these tests. The first groups
fail on the tree before this pass; the guards pass on both. The Chinese names of the Central Asian capitals
(``geo/han_region.py``) are each as a Chinese table or article writes it.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_answered_by, assert_chosen_at, assert_district_row_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate


@pytest.mark.parametrize(
    ("text", "country", "name", "point"),
    [
        ("Tor Ghar district", "PK", "Tor Ghar District", (34.61086, 72.7891)),  # Judbah, the headquarters
        ("ضلع تورغر", "PK", "Tor Ghar District", (34.61086, 72.7891)),
        ("Baghran district", "AF", "Baghran District", (33.07634, 65.08972)),
        ("Bala Buluk district", "AF", "Bala Buluk District", (32.63572, 62.46545)),
        ("Warsaj district", "AF", "Warsaj District", (36.22431, 69.98726)),
    ],
)
def test_a_district_answers_at_its_seat(
    resolver: Resolver, text: str, country: str, name: str, point: tuple[float, float]
) -> None:
    """The rows stood at the label point of Who's On First's outline, 5 to 27 km from the seat a source names."""
    assert_district_row_answers(resolver, text, country, name, point)


def test_taftan_county_is_not_the_pakistani_town(resolver: Resolver) -> None:
    """ "شهرستان تفتان" (Iran's Taftan County) answered Taftan of Chagai, 115 km off in Pakistan. The county's row is
    read only whole; the border-place guard ("the text names Taftan") left it unanswered, until the guard read a
    district named whole as the district (geo146): the county's own row, in Iran."""
    located = locate("شهرستان تفتان", country="IR", resolver=resolver)
    assert located.chosen is not None and located.chosen.name == "Taftan County", located.fields
    assert located.fields.get("country") == "IR", located.fields


def test_taftan_alone_is_still_the_town(resolver: Resolver) -> None:
    located = locate("Taftan", resolver=resolver)
    assert located.chosen is not None and located.chosen.country == "PK"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("کشم ولسوالۍ", "Kishim District"),
        ("د کشم ولسوالۍ", "Kishim District"),
        ("شغنان ولسوالۍ", "Shighnan District"),
        ("حصارک ولسوالۍ", "Hisarak District"),
        ("کامه ولسوالۍ", "Kama District"),
    ],
)
def test_pashto_order_reaches_a_whole_persian_name(resolver: Resolver, text: str, name: str) -> None:
    """Pashto writes the level word after the name with its own letter ۍ; the reader put it first as written, so a
    district the pack keeps only whole (=ولسوالی کشم: a bare کشم is also Qeshm) was reached by sound alone."""
    assert_answered_by(resolver, text, "AF", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ارګو ولسوالۍ", "Argo District"),
        ("د چهاربولک ولسوالۍ", "Chahar Bolak District"),
        ("پېچ دره ولسوالۍ", "Dara-i-Pech District"),
        ("شیګل او شیتل ولسوالۍ", "Shigal wa Sheltan District"),
        ("شاه ولي کوټ ولسوالۍ", "Shah Wali Kot District"),
        ("د ژېړۍ ولسوالۍ", "Zhari District"),
        ("خوګياڼي ولسوالۍ", "Khogyani District"),
        ("رودات ولسوالۍ", "Rodat District"),
        ("دره نور ولسوالۍ", "Dara-i-Nur District"),
        ("وازه خوا ولسوالۍ", "Waza Khwa District"),
    ],
)
def test_a_district_named_in_pashto_answers(resolver: Resolver, text: str, name: str) -> None:
    """Each Pashto name as the page cited in the pack's README writes it."""
    assert_answered_by(resolver, text, "AF", name)


def test_zhari_is_read_only_with_its_level_word(resolver: Resolver) -> None:
    """ژېړۍ is also Pashto for "yellow": the district is read only with ولسوالۍ."""
    assert locate("ژېړۍ", country="AF", resolver=resolver).chosen is None


def test_jaiyl_district_in_kyrgyz_answers_at_its_seat(resolver: Resolver) -> None:
    """ "Жайыл району" found nothing; the district stood at its outline's label point, 70 km from Kara-Balta."""
    assert_district_row_answers(resolver, "Жайыл району", "KG", "Jaiyl District", (42.81423, 73.84813))


def test_jaiyl_alone_is_not_the_district(resolver: Resolver) -> None:
    """Жайыл is also a village of the district: the Kyrgyz name is read only whole, with its unit word."""
    assert locate("Жайыл", country="KG", resolver=resolver).chosen is None


def test_leilek_by_its_older_name(resolver: Resolver) -> None:
    """Ляйляк, the district's name of the late 1920s, was reached as a variant spelling; it is a name of the row now."""
    chosen = locate("Ляйляк", country="KG", resolver=resolver).chosen
    assert chosen is not None and (chosen.name, chosen.match) == ("Leilek District", "name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("塔什干", "Tashkent"),
        ("安集延", "Andijon"),
        ("布哈拉", "Bukhara"),
        ("费尔干纳", "Fergana"),
        ("吉扎克", "Jizzax"),
        ("纳曼干", "Namangan"),
        ("纳沃伊", "Navoiy"),
        ("卡尔希", "Qarshi"),
        ("撒马尔罕", "Samarkand"),
        ("铁尔梅兹", "Tirmiz"),
        ("乌尔根奇", "Urganch"),
        ("努库斯", "Nukus"),
        ("比什凯克", "Bishkek"),
        ("塔拉斯", "Talas"),
        ("纳伦", "Naryn"),
        ("苦盏", "Khujand"),
        ("杜尚别", "Dushanbe"),
        ("库利亚布", "Kŭlob"),
        ("库尔干秋别", "Bokhtar"),
        ("阿什哈巴德", "Ashgabat"),
        ("土库曼纳巴特", "Türkmenabat"),
        ("达什奥古兹", "Daşoguz"),
        ("谢尔汗班达", "Sher Khan Bandar"),
    ],
)
def test_a_central_asian_capital_in_chinese_is_read(resolver: Resolver, text: str, name: str) -> None:
    """The Chinese reader knew none of these capitals: each was left unread in every tier."""
    assert_chosen_at(resolver, text, "", name, "exact")


def test_a_region_named_with_its_unit_stands_for_the_region(resolver: Resolver) -> None:
    """ "安集延州" (Andijan region) is the region, its capital standing in at the province level, not the city."""
    assert_chosen_at(resolver, "安集延州", "", "Andijon", "admin1")
