"""The border pack's names in Han script (issue 13; docs/geocoding-journal.md, section "Han-script names of the pack:
rules"): every Han-script alias of the pack finds its own row; a unit word that is part of a name (阿拉山口, a
port and town, not a pass) keys the alias whole; a verb of opening or closing before a crossing's name and the
subject of "位于" (lies in); a prefecture the pack holds by its Chinese name. Every string here is written for the
tests (none is the set's); the readings fail on the code before this round, the guards pass on both."""

from __future__ import annotations

import re

import pytest

from _geo_helpers import chosen_for, label_for
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.han_pack import UNIT_KINDS
from incident_tracker.geo.pack import shipped_pack
from incident_tracker.geo.phrase_han import read_han

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _han_aliases() -> list[tuple[int, str]]:
    return [(entry.line, alias) for entry in shipped_pack() for alias in entry.aliases if _HAN.search(alias)]


def test_every_han_alias_of_the_pack_finds_its_own_row(resolver: Resolver) -> None:
    rows = {entry.line: entry for entry in shipped_pack()}
    missed = []
    for line, alias in _han_aliases():
        entry = rows[line]
        chosen = chosen_for(resolver, alias, ";".join((entry.country, *entry.border_with)))
        if chosen is None or haversine_km(entry.latitude, entry.longitude, chosen.latitude, chosen.longitude) > 1.0:
            missed.append((alias, entry.name, None if chosen is None else chosen.label))
    assert not missed
    assert len(_han_aliases()) >= 27


def test_every_unit_word_kind_is_a_pack_kind() -> None:
    kinds = {entry.kind for entry in shipped_pack()}
    assert set().union(*UNIT_KINDS.values()) <= kinds


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # a unit word that is part of the name: the port town Alashankou, alone, with a port word, in a chain
        ("阿拉山口", "CN;KZ", "Alashankou"),
        ("阿拉山口口岸", "CN;KZ", "Alashankou"),
        ("中国新疆阿拉山口", "CN;KZ", "Alashankou"),
        # a verb of opening or closing before a crossing's name, simplified and traditional
        ("关闭别迭里口岸", "CN;KG", "Bedel Pass"),
        ("開通阿拉山口口岸", "CN;KZ", "Alashankou"),
        ("暂时關閉吐尔尕特口岸", "CN;KG", "Ulugqat County"),  # the Chinese Torugart port: its county (geo153)
        # the subject of "位于" (lies in): the clause after it says where, a wider place
        ("别迭里山口位于中国与吉尔吉斯斯坦边境", "CN;KG", "Bedel Pass"),
        ("阿拉山口位于博尔塔拉蒙古自治州", "CN;KZ", "Alashankou"),
        # a verb of standing or arriving at a place; a gate's height and "before the gate" (traditional 門 too)
        ("来到阿拉山口", "CN;KZ", "Alashankou"),
        ("站在红其拉甫國門前", "CN;PK", "Khunjerab"),
        ("站在别迭里山口高12米的国门前", "CN;KG", "Bedel Pass"),
        # a prefecture by its Chinese name
        ("新疆博尔塔拉蒙古自治州", "CN;KZ", "Bortala Mongol Autonomous Prefecture"),
        ("博尔塔拉蒙古自治州境内", "CN;KZ", "Bortala Mongol Autonomous Prefecture"),
    ],
)
def test_han_pack_readings(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)


def test_prefecture_answers_at_its_level(resolver: Resolver) -> None:
    chosen = chosen_for(resolver, "新疆博尔塔拉蒙古自治州", "CN;KZ")
    assert chosen is not None and chosen.geo_precision == "admin2"


@pytest.mark.parametrize(
    "text",
    [
        "阿拉",  # the stem of 阿拉山口 names nothing alone
        "阿拉伯",  # Arabia
        "增开航线",  # open another route: the verb before no crossing
        "增开别迭里",  # no port or pass word after the name: the verb stays, the text unread
        "检查站位于乌恰县",  # the subject of 位于 is no name: the text is read as before
        "站在高处",  # standing up high: no place after the verb
        "阿拉山口高27米",  # a height with no gate after it stays, and its digits leave the text unread
    ],
)
def test_han_pack_guards_read_nothing(text: str) -> None:
    assert read_han(text) is None


@pytest.mark.parametrize(
    ("query", "named", "name"),
    [
        # the older readings hold: a pass word on a pass, a port word on a port, Latin Bortala is Bole
        ("别迭里山口", "CN;KG", "Bedel Pass"),
        ("红其拉甫口岸", "CN;PK", "Khunjerab"),
        ("乌什县", "CN;KG", "Uqturpan County"),
        ("Bortala", "CN;KZ", "Bole"),
        ("Alashankou", "CN;KZ", "Alashankou"),
    ],
)
def test_han_pack_kept(resolver: Resolver, query: str, named: str, name: str) -> None:
    label = label_for(resolver, query, named)
    assert label is not None and label.startswith(name), (query, label)
