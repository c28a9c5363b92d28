"""District seats for the label points, and the names still unsourced, fifth pass (issue 13;
docs/geocoding-journal.md, "District seats for the label points, and the names still unsourced, fifth pass
(geo145)"; ``geo/data/border_places.tsv``).

District rows that stood at their outline's label point now stand at the seat a source names: a GeoNames record
that names itself the district's seat, or the capital a Wikipedia article names, placed by GeoNames; Sholgara's
Pashto name as Wikipedia's article gave it; the Chinese names of Afghan capitals and of Karakol as a Chinese table,
article or the United Nations' Chinese documents write them (``geo/han_region.py``). Every string here is written for
these tests. The first groups fail on the tree before this pass; the guards pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_answered_by, assert_chosen_at, assert_district_row_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate


@pytest.mark.parametrize(
    ("text", "country", "name", "point"),
    [
        ("Shamulzayi district", "AF", "Shamulzayi District", (31.90873, 67.64614)),  # ‘Alāqahdārī Shumūlzaī
        ("Kajaki district", "AF", "Kajaki District", (32.32406, 65.10748)),  # ‘Alāqahdārī Kajakī
        ("Jadran district", "AF", "Jadran District", (33.36493, 69.44137)),  # Ḩukūmatī Wazē
        ("Garmser district", "AF", "Garmser District", (31.13231, 64.1934)),  # Markaz-e Ḩukūmat-e Darwēshān
        ("Daychopan district", "AF", "Daychopan District", (32.63171, 66.78481)),  # Maḩalī Ḩokūmat
        ("Panjwayi district", "AF", "Panjwayi District", (31.54622, 65.46)),  # Bāzār-e Panjwā’ī
        ("Jaloliddini Rumi district", "TJ", "Jaloliddini Rumi District", (37.58823, 68.65886)),  # Kolkhozobod
        ("Temurmalik district", "TJ", "Temurmalik District", (38.0467, 69.58822)),  # Sovet
        ("Jilikul district", "TJ", "Jilikul District", (37.49167, 68.53106)),  # Jilikŭl
        ("Qalandar district", "AF", "Qalandar District", (33.5137, 69.67531)),  # Khōst Mēlah
        ("Zhari district", "AF", "Zhari District", (31.57349, 65.42839)),  # Pasāb
    ],
)
def test_a_district_answers_at_its_seat(
    resolver: Resolver, text: str, country: str, name: str, point: tuple[float, float]
) -> None:
    """The rows stood at the label point of Who's On First's outline, 3.5 to 68 km from the seat a source names."""
    assert_district_row_answers(resolver, text, country, name, point)


@pytest.mark.parametrize("text", ["شولګره ولسوالۍ", "د شولګره ولسوالۍ"])
def test_sholgara_in_pashto_answers(resolver: Resolver, text: str) -> None:
    """The Pashto name (with Pashto's ګ) found nothing: only the Persian شولگره was the row's."""
    assert_answered_by(resolver, text, "AF", "Sholgara District")


def test_sholgara_in_pashto_alone_is_not_the_district(resolver: Resolver) -> None:
    """The row is read only whole (a Sholgara of Khyber Pakhtunkhwa bears the Latin name): so is its Pashto name."""
    assert locate("شولګره", country="AF", resolver=resolver).chosen is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("恰里卡尔", "Charikar"),
        ("迈丹城", "Maydanshakhr"),
        ("沙兰", "Sharan"),
        ("巴扎拉克", "Bāzārak"),
        ("巴萨拉克", "Bāzārak"),
        ("瑙堡", "Qala i Naw"),
        ("艾巴克", "Aībak"),
        ("拉什卡尔加", "Lashkar Gāh"),
        ("塔林科特", "Tarinkot"),
        ("卡拉科尔", "Karakol"),
        ("吉尔吉斯斯坦卡拉科尔", "Karakol"),
    ],
)
def test_a_capital_in_chinese_is_read(resolver: Resolver, text: str, name: str) -> None:
    """The Chinese reader knew none of these capitals: each was left unread in every tier."""
    assert_chosen_at(resolver, text, "", name, "exact")


def test_karakol_in_chinese_is_issyk_kuls_seat(resolver: Resolver) -> None:
    """The English "Karakol" alone is several places: the Chinese name is read as the region's seat."""
    chosen = locate("卡拉科尔", resolver=resolver).chosen
    assert chosen is not None and (chosen.country, chosen.admin1) == ("KG", "Issyk-Kul")


def test_guliston_in_chinese_stays_unread(resolver: Resolver) -> None:
    """古利斯坦 could be Sirdaryo's seat, Sughd's Guliston or Farah's Gulistan: the table leaves it out."""
    assert locate("古利斯坦", resolver=resolver).chosen is None
