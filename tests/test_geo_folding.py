"""Spellings that generalise (issue 13): the consonant skeletons of geo/skeleton.py.

The strings below are spellings that no pack row and no gazetteer name holds: they are
answered by the rule, not by a row written for them.
"""

from __future__ import annotations

from typing import Any

import pytest

from _geo_helpers import assert_answers
from incident_tracker.geo.locate import locate
from incident_tracker.geo.scripts import has_arabic_letter
from incident_tracker.geo.skeleton import PackSkeletons, skeletons
from incident_tracker.geo.text import name_key


def _skeletons(text: str) -> frozenset[str]:
    return skeletons(name_key(text))


@pytest.mark.parametrize(
    ("latin", "others"),
    [
        ("Panjgur", ["پنجگور", "بنجكور"]),  # Arabic has no p or g: ب and ك stand in
        ("Saravan", ["سارافان", "سرفان", "سراوان"]),  # no v: ف; long vowels written or not
        ("Kurram", ["كورام", "خرام", "کرم"]),  # the doubled r counts once
        ("Chaman", ["شامان", "چمن"]),  # no ch: ش
        ("Dangam", ["دانغام", "دانگام"]),
        ("Kharlachi", ["خرلاچی", "خرلچی"]),
        ("Dand Patan", ["ډنډپټان", "دند پتان"]),  # Pashto's retroflex letters are d and t
    ],
)
def test_one_skeleton_across_scripts(latin: str, others: list[str]) -> None:
    (expected,) = _skeletons(latin)
    for spelling in others:
        assert expected in _skeletons(spelling), spelling


def test_waw_is_read_as_a_vowel_and_as_v() -> None:
    assert _skeletons("سراوان") == {"srn", "srfn"}
    assert len(_skeletons("وووووو")) <= 2**2  # only the first two و are read both ways


def test_distinct_places_keep_distinct_skeletons() -> None:
    assert _skeletons("Kurram").isdisjoint(_skeletons("کرمان"))  # Kerman
    assert _skeletons("Panjgur").isdisjoint(_skeletons("Panjshir"))


def test_no_skeleton_for_other_scripts() -> None:
    assert _skeletons("托尔哈姆") == frozenset()
    assert not has_arabic_letter(name_key("Kurram")) and has_arabic_letter(name_key("کرم"))


def test_pack_skeletons_need_three_consonants() -> None:
    index = PackSkeletons({name_key("Kurram"): [(1, "Kurram")], name_key("Ra"): [(2, "Ra")]})
    assert index.keys(name_key("كورام")) == {"kurram"}
    assert index.place(name_key("كورام")) == (1, ["kurram"])
    assert index.keys(name_key("را")) == set()


@pytest.mark.parametrize(
    ("query", "named", "name", "point"),
    [
        ("منطقة بنجغور", "PK", "Panjgur District", (26.97186, 64.09459)),  # غ for گ, as Arabic papers write it
        ("دانقام", "AF", "Dangam District", (34.99249, 71.41935)),  # ق for گ
        ("لنڈی کوتل", "PK;AF", "Landi Kotal", (34.09880, 71.14108)),  # Urdu ڈ and ی, the pack's Pashto ډ and ي
        # Spin Boldak and Spin Boldak District both have the skeleton; the town bears it as its own name
        ("منطقة سبن بولداك", "AF;PK", "Spin Boldak", (31.00806, 66.39806)),
    ],
)
def test_arabic_script_spellings_no_row_holds(
    resolver: Any, query: str, named: str, name: str, point: tuple[float, float]
) -> None:
    assert_answers(resolver, query, named, name, point)


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("لنڈی کوتل (اکمل خان قادری)", "PK;AF"),  # a dateline closed by the reporter's name
        ("سرکان", "AF;PK"),  # srkn: Sarkani District and Sher Khan Bandar both have it
    ],
)
def test_no_sound_alike_from_a_skeleton(resolver: Any, query: str, named: str) -> None:
    assert locate(query, resolver=resolver, named=frozenset(named.split(";"))).chosen is None


def test_article_inside_a_name_is_read_without_its_l() -> None:
    assert _skeletons("Shamsiddin Shohin") < _skeletons("شمسالدین شاهین")  # Shams-al-Din, said Shamsiddin
    assert _skeletons("Kalat") == _skeletons("کالات")  # ال before a long vowel is no article


def test_the_gazetteer_is_rebuilt_when_the_keys_change(monkeypatch: pytest.MonkeyPatch) -> None:
    from incident_tracker.geo import build

    before = build.data_digest()
    monkeypatch.setattr(build, "KEYS_VERSION", build.KEYS_VERSION + 1)
    assert build.data_digest() != before  # the cached gazetteer's digest no longer matches: rebuilt


def test_of_several_places_only_a_town_before_the_units_named_after_it() -> None:
    index = PackSkeletons(
        {
            "spinboldak": [(1, "Spin Boldak"), (2, "Spin Boldak District")],
            "spinboldakdistrict": [(2, "Spin Boldak District")],
            "sarytash": [(3, "Sary-Tash")],
            "shahritus": [(4, "Shahritus District")],
            "mand": [(5, "Mand")],
            "mohmand": [(6, "Mohmand District")],
        }
    )
    assert index.place(name_key("سبن بولداك")) == (1, ["spinboldak"])
    assert index.place(name_key("شهرتوس")) is None  # srts: Sary-Tash's own name, Shahritus's alias
    assert index.place(name_key("مهمند")) is None  # mnd: Mohmand (h dropped, mm once) is not Mand


def test_urdu_heh_goal_folds_to_the_persian_heh() -> None:
    # Urdu writes Persian's ه as ہ: "ہرمند" (an Urdu report's Hirmand, dev g1725) is the Persian "هرمند"
    assert name_key("ہرمند") == name_key("هرمند")
    assert name_key("ہلمند") == name_key("هلمند")
    assert name_key("چاۂ") == name_key("چاه")
