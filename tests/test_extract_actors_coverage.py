"""The actor dictionary, audited (issue 14): groups and forces active in the region, with the names reports use.

The reader finds a group through the shipped list (``data/actors.tsv``); a group the list lacks is no one to it.
Each sentence here is written for this file and names a group the list gained in the audit; on the list before
it the reader found no perpetrator in any of them. The sources of each entry are in the list's ``source`` column
and in docs/extract-journal.md ("The actor dictionary, audited").
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.groups import known_group
from incident_tracker.store.actors import seed_rows

PUBLISHED = dt.date(2025, 3, 10)


def _draft(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


#: The group's men ("BRA militants", "Haqqani network fighters") are written as the group, the dictionary's name
#: (docs/extract-journal.md, *Who did it: a grid of phrasings*).
@pytest.mark.parametrize(
    ("text", "perpetrator", "canonical"),
    [
        (
            "QUETTA: Three Levies personnel were killed on Monday when Baloch Republican Army militants attacked "
            "their post in Dera Bugti district, officials said.",
            "Baloch Republican Army",
            "Baloch Republican Army",
        ),
        (
            "PANJGUR: Two soldiers were killed on Thursday when Baloch Republican Guards militants attacked a "
            "Frontier Corps checkpost, officials said.",
            "Baloch Republican Guards",
            "Baloch Republican Guards",
        ),
        (
            "DERA BUGTI: Baloch Nationalist Army militants attacked a gas pipeline in Dera Bugti district on Friday, "
            "officials said.",
            "Baloch Nationalist Army",
            "Baloch Nationalist Army",
        ),
        (
            "KHOST: Haqqani network fighters attacked a border post in Khost province on Saturday, killing three "
            "soldiers, officials said.",
            "Haqqani network",
            "Haqqani network",
        ),
        (
            "KABUL: Two Afghan soldiers were killed on Monday when Katibat Imam al-Bukhari fighters ambushed an army "
            "convoy in Faryab province, officials said.",
            "Katibat Imam al-Bukhari",
            "Katibat Imam al-Bukhari",
        ),
        (
            "KABUL: Hezb-e-Islami Gulbuddin fighters attacked a police checkpoint in Kunar province on Wednesday, "
            "killing two policemen, officials said.",
            "Hezb-e Islami Gulbuddin",
            "Hezb-e Islami Gulbuddin",
        ),
    ],
)
def test_a_group_the_audit_added_is_found_as_the_attacker(text: str, perpetrator: str, canonical: str) -> None:
    values = _draft(text)
    assert values["perpetrator"] == perpetrator
    assert values["attribution"] == "alleged"
    group = known_group(perpetrator)
    assert group is not None and canonical_actor(group) == canonical


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("TJP", "Tehreek-e-Jihad Pakistan"),
        ("Ittehadul Mujahideen Pakistan", "Ittehad-ul-Mujahideen Pakistan"),
        ("Ansar Al-Furqan", "Ansar al-Furqan"),
        ("Balochistan Republican Army", "Baloch Republican Army"),
        ("Imam Bukhari Jamaat", "Katibat Imam al-Bukhari"),
        ("HIG", "Hezb-e Islami Gulbuddin"),
        ("Wilayat Pakistan", "Islamic State Pakistan Province"),
        ("Basij", "Islamic Revolutionary Guard Corps"),
        ("Pakistan Air Force", "Military Forces of Pakistan"),
        ("Counter Terrorism Department", "Police Forces of Pakistan"),
        ("Frontier Constabulary", "Police Forces of Pakistan"),
        ("FARAJA", "Police Forces of Iran"),
        ("Afghan National Army", "Military Forces of Afghanistan (2004-2021)"),
        ("People's Armed Police", "People's Armed Police"),
        ("Russian border guards", "Military Forces of Russia"),
        ("UBA", "United Baloch Army"),
        ("Lashkar-i-Balochistan", "Lashkar-e-Balochistan"),
        ("AQIS", "Al-Qaeda in the Indian Subcontinent"),
        ("United Tajik Opposition", "United Tajik Opposition"),
        ("Hizbul Ahrar", "Hizbul Ahrar"),
    ],
)
def test_the_audit_s_spellings_name_their_actor(written: str, canonical: str) -> None:
    assert canonical_actor(written) == canonical


@pytest.mark.parametrize(
    "written",
    [
        "Frontier Corps",  # "FC" abbreviates both; the Frontier Constabulary's entry does not take it
        "Fitna al-Hindustan",  # the state's name for every Baloch armed group, which names no one group
        "Afghan forces",  # before and after August 2021 two different actors
    ],
)
def test_what_the_audit_left_out_stays_where_it_was(written: str) -> None:
    assert canonical_actor(written) != "Police Forces of Pakistan"
    if written != "Frontier Corps":
        assert canonical_actor(written) is None


def test_every_entry_of_the_audit_has_a_source_and_a_type() -> None:
    names = {row["name"]: row for row in seed_rows()}
    added = [
        "Tehreek-e-Jihad Pakistan",
        "Ittehad-ul-Mujahideen Pakistan",
        "Ansar al-Furqan",
        "Baloch Republican Army",
        "Baloch Nationalist Army",
        "Baloch Republican Guards",
        "Haqqani network",
        "Katibat Imam al-Bukhari",
        "Hezb-e Islami Gulbuddin",
        "Islamic State Pakistan Province",
        "Police Forces of Pakistan",
        "Police Forces of Iran",
        "Military Forces of Afghanistan (2004-2021)",
        "People's Armed Police",
        "Military Forces of Russia",
        "United Baloch Army",
        "Lashkar-e-Balochistan",
        "Balochistan Liberation United Front",
        "Hizbul Ahrar",
        "Al-Qaeda in the Indian Subcontinent",
        "United Tajik Opposition",
    ]
    for name in added:
        row = names[name]
        assert row["source"].startswith("https://"), name
        assert row["type"] == ("1" if name.startswith(("Police", "Military", "People's")) else "2"), name


def test_a_database_made_before_the_audit_gets_its_actors_from_seed(run, db_path) -> None:  # type: ignore[no-untyped-def]
    """An older database holds the list it was made with; `tracker actors seed` adds what the list gained since,
    as it did for the earlier additions (no migration rewrites a user's dictionary)."""
    import sqlite3

    run("actors", "seed")
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")  # their spellings go with them
    with conn:
        for name in ("Haqqani network", "Police Forces of Iran"):
            conn.execute("DELETE FROM actors WHERE name = ?", [name])  # as made before the audit
    conn.close()
    before = {a["name"] for a in json.loads(run("actors", "list", "--json").stdout)}
    assert "Haqqani network" not in before
    run("actors", "seed")
    after = {a["name"] for a in json.loads(run("actors", "list", "--json").stdout)}
    assert after - before == {"Haqqani network", "Police Forces of Iran"}
