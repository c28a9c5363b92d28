"""Phrasings and pack spellings that left real ``dev`` place strings unlocated (issue 13).

Each case found nothing before the fourteenth round (docs/geocoding-journal.md, "Fourteenth round"):
a phrase word the reader did not know, or a spelling the pack lacked. The cases are the ``dev``
strings and other phrasings of the same kind, so a rule written for one string alone fails here.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate
from incident_tracker.geo.phrase_unlocated import rewrite_unlocated


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        # "general area X of Y" (military press releases).
        ("general area Kharlachi of Kurram district", "PK;AF", "Kharlachi", (33.82796, 69.96477)),
        ("general area Samarkandyk of Batken region", "KG;TJ", "Samarkandyk", (39.9981, 70.54589)),
        # A bearing at the end says where in the country.
        ("the border village of Arandu in the northwest", "PK;AF", "Arandu", (35.31028, 71.54861)),
        ("the village of Samarkandyk in the north", "KG;TJ", "Samarkandyk", (39.9981, 70.54589)),
        # "region" after a pack village is its area, not a province.
        ("the Samarkandyk region", "KG;TJ", "Samarkandyk", (39.9981, 70.54589)),
        # "region" after a district's name no province bears is the district.
        ("the Internatsional village of the Leilek region", "KG;TJ", "Leilek District", (39.83895, 69.5276)),
        # Urdu "X's (border) area Y": Y, in X; "adjoining Pakistan" or "on the border" before X dropped.
        ("پاکستان سے متّصل افغانستان کے سرحدی علاقے سپن بولدک", "AF;PK", "Spin Boldak", (31.00806, 66.39806)),
        ("افغانستان کے سرحدی علاقے سپن بولدک", "AF;PK", "Spin Boldak", (31.00806, 66.39806)),
        ("پاک افغان سرحد پر چترال کے علاقے کیلاش", "PK;AF", "Lower Chitral", (35.8518, 71.7864)),
        # A plural post word.
        ("the Kharlachi checkposts", "PK;AF", "Kharlachi", (33.82796, 69.96477)),
        # The Urdu "sector" after a name; the Arabic "capital of the province" before one.
        ("باجوڑ سیکٹر", "PK;AF", "Bajaur", (34.683, 71.5)),
        ("عاصمة الولاية زاهدان", "IR;PK", "Zahedan", (29.4963, 60.8629)),
        # Pack spellings found in reports: Dogharoun (the Iranian side's name of Islam Qala),
        # Boldak for Spin Boldak, Arabic Chaman and Kurram, Urdu Lower Kurram, Irkeshtan Port.
        ("the Dogharoon border crossing", "IR;AF", "Islam Qala", (34.66667, 61.06667)),
        ("دوغارون", "IR;AF", "Islam Qala", (34.66667, 61.06667)),
        ("the Boldak-Chaman crossing", "PK;AF", "Chaman border crossing", (30.9222, 66.4447)),
        ("منطقة بولداك الأفغانية", "AF;PK", "Spin Boldak", (31.00806, 66.39806)),
        ("منطقة شامان الباكستانية", "PK;AF", "Chaman District", (30.91769, 66.45259)),
        ('منطقة "خرام" الحدودية', "PK;AF", "Kurram District", (33.89968, 70.10012)),
        ("لوئر کرم کے علاقے بگن", "PK;AF", "Kurram District", (33.89968, 70.10012)),
        ("the Irkeshtan Port", "CN;KG", "Irkeshtam port", (39.69583, 73.925)),
    ],
)
def test_phrasings_once_unlocated_answer(
    resolver: Resolver, query: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, query, named, name, point)


def test_region_after_a_province_or_district_name_is_not_a_village_area(resolver: Resolver) -> None:
    """Only a pack village's "region" is its area: Batken is a province, Ishkashim a district too."""
    assert rewrite_unlocated("the Batken region") is None
    assert rewrite_unlocated("the Ishkashim region") == "the Ishkashim district"
    chosen = locate("the Batken region", resolver=resolver, named=frozenset({"KG", "TJ"})).chosen
    assert chosen is not None and chosen.geo_precision == "admin1", chosen


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("the Irkeshtan Port located in Wuqia County", "the Irkeshtan Port in Wuqia County"),
        ("general area Kharlachi of Kurram district", "Kharlachi area, Kurram district"),
        ("the Ghulam Khan checkposts", "the Ghulam Khan checkpost"),
        ("Arandu in the northwest", "Arandu"),
        ("the Internatsional village of the Leilek region", "the Internatsional village of the Leilek district"),
        ("لوئر کرم کے علاقے بگن", "بگن، لوئر کرم"),
        ("Torkham", None),
        ("the northwest", None),  # a bearing alone is no name to keep
        ("Posts", None),
    ],
)
def test_rewrites_touch_only_their_words(text: str, rewritten: str | None) -> None:
    assert rewrite_unlocated(text) == rewritten
