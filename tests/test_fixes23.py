"""Session 15's leftovers (fixes23): an import's free text passes the store's own NUL guard; the
geocoder's one definition of Cyrillic; the Russian country stems kept in step."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from _geo_helpers import chosen_for
from incident_tracker.errors import ValidationError
from incident_tracker.geo.chain import Resolver
from incident_tracker.store import IncidentStore
from incident_tracker.store.bulk import NewIncident

Run = Callable[..., Result]
_RECORD: dict[str, Any] = {"event_date": "2025-06-01", "country": "TJ", "event_type": "Battles"}
_STAMP = "2025-06-02T08:00:00Z"


def _new(**extra: Any) -> NewIncident:
    return NewIncident(IncidentStore.prepare(dict(_RECORD)), extra.pop("uid", "u-one"), _STAMP, _STAMP, **extra)


def test_the_bulk_writer_refuses_a_nul_in_text_no_record_check_saw(tmp_path: Path) -> None:
    store = IncidentStore.open(tmp_path / "t.db")
    with pytest.raises(ValidationError, match="deleted_reason holds a NUL") as caught, store.bulk(reason="load") as w:
        w.insert([_new(deleted_at=_STAMP, deleted_reason="entered\x00twice")])
    assert caught.value.field == "deleted_reason"
    with pytest.raises(ValidationError, match="external_id holds a NUL"), store.bulk(reason="load") as w:
        w.insert([_new(external=("acled", "TJK\x0012"))])
    row = (_STAMP, "update", "notes", None, "the post", "the guard's\x00 log")
    with pytest.raises(ValidationError, match="history reason holds a NUL"), store.bulk(reason="load") as w:
        (new_id,) = w.insert([_new()])
        w.add_history(new_id, [row])
    with pytest.raises(ValidationError, match="reason holds a NUL"), store.bulk(reason="load\x00"):
        pass
    assert store.count() == 0  # each write was rolled back whole
    store.close()


def _one_line(result: Result, where: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert f"{where}: holds a NUL character" in lines[0], lines[0]
    assert "Nothing was imported" in lines[0]


def _count(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT (SELECT count(*) FROM incidents), (SELECT count(*) FROM history)").fetchone()


def test_an_import_refuses_a_nul_in_a_deleted_reason_or_history_row(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    run("--db", str(db), "add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles")
    before = _count(db)
    lines = [
        "uid,event_date,country,event_type,deleted_at,deleted_reason",
        "u-a,2025-06-03,TJ,Battles,,",
        f"u-b,2025-06-04,TJ,Battles,{_STAMP},counted\x00twice",
    ]
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _one_line(run("--db", str(db), "import", str(csv_file), expect=2), "line 3, column deleted_reason")
    record = {**_RECORD, "uid": "u-c", "deleted_at": _STAMP, "deleted_reason": "seen\x00twice"}
    history = [{"changed_at": _STAMP, "action": "update", "field": "notes", "new_value": "x", "reason": "a\x00b"}]
    for name, rows in (("deleted.json", [record]), ("history.json", [{**_RECORD, "uid": "u-d", "history": history}])):
        (tmp_path / name).write_text(json.dumps([{**_RECORD, "uid": "u-e"}, *rows]), encoding="utf-8")
        column = "history" if name == "history.json" else "deleted_reason"
        _one_line(run("--db", str(db), "import", str(tmp_path / name), expect=2), f"record 2, column {column}")
    assert _count(db) == before  # one transaction: the good rows before the bad one were not kept


@pytest.mark.parametrize(
    ("query", "named", "country", "name"),
    [
        ("Irkeshtam port", "CN;KG", "CN", "Irkeshtam port"),  # the port: China's own row, 2 km from the village
        ("伊尔克什坦口岸", "CN;KG", "CN", "Irkeshtam port"),  # 口岸 (port of entry), read as "Irkeshtam port"
        ("at the Irkeshtam port", "", "CN", "Irkeshtam port"),
        ("Khunjerab port", "PK;CN", "CN", "Khunjerab port"),  # the other crossing with both sides as rows
        ("Irkeshtam", "CN;KG", "KG", "Irkeshtam"),  # the name alone: the crossing's village, as before
        ("Irkeshtam border crossing", "CN;KG", "KG", "Irkeshtam"),  # a crossing, not a port
        ("Gwadar port", "PK", "PK", "Gwadar"),  # a sea port is its town: no crossing, nothing to prefer
        ("Torkham port", "PK;AF", "PK", "Torkham"),  # a crossing with no Chinese side keeps its row
    ],
)
def test_a_crossing_named_as_a_port_answers_with_the_chinese_ports_own_row(
    resolver: Resolver, query: str, named: str, country: str, name: str
) -> None:
    chosen = chosen_for(resolver, query, named)
    assert chosen is not None and (chosen.country, chosen.name) == (country, name), chosen


def test_a_port_asked_for_in_the_neighbours_country_keeps_the_neighbours_row(resolver: Resolver) -> None:
    resolution = resolver.candidates("Irkeshtam port", country="KG")
    assert resolution.chosen is not None and (resolution.chosen.country, resolution.chosen.name) == ("KG", "Irkeshtam")


def test_the_cyrillic_supplement_is_cyrillic_to_every_rule() -> None:
    """Komi, Abkhaz, Khanty… letters (U+0500–U+052F): the sound matchers took them as Cyrillic, the phrase rules'
    gate did not; one definition (geo/scripts.py) now serves both."""
    from incident_tracker.geo.scripts import has_cyrillic
    from incident_tracker.geo.sound_letters import script_of

    supplement = [chr(c) for c in range(0x0500, 0x0530) if unicodedata.category(chr(c)).startswith("L")]
    assert len(supplement) >= 40
    assert [ch for ch in supplement if not has_cyrillic(f"{ch}ԁ") or script_of(ch) != "cyrillic"] == []
    assert has_cyrillic("\u0500") and has_cyrillic("\u052f")  # the block's two ends
    for other in ("Ishkashim", "伊尔克什坦", "Ա", "ابا"):  # Latin, Han, Armenian (U+0531 on), Arabic
        assert not has_cyrillic(other)
        assert script_of(other) != "cyrillic"


#: Each Russian country stem (COUNTRY_STEMS) in the genitive, as "… области X" writes it.
_RU_GENITIVES = {
    "таджикистан": "Таджикистана",
    "кыргызстан": "Кыргызстана",
    "киргиз": "Киргизии",
    "узбекистан": "Узбекистана",
    "афганистан": "Афганистана",
    "туркменистан": "Туркменистана",
    "туркмени": "Туркмении",
    "пакистан": "Пакистана",
    "иран": "Ирана",
    "кита": "Китая",
}


def test_the_russian_chain_reads_every_country_stem_in_the_genitive() -> None:
    """phrase_chains' country after the units is derived from COUNTRY_STEMS: a stem added there is read here
    (it lacked Пакистана and Туркмении), and this table must name it too."""
    from incident_tracker.geo.phrase_chains import rewrite_chain
    from incident_tracker.geo.phrase_patterns import COUNTRY_STEMS
    from incident_tracker.geo.scripts import has_cyrillic
    from incident_tracker.models import country_name

    assert set(_RU_GENITIVES) == {stem for stem in COUNTRY_STEMS if has_cyrillic(stem)}
    for stem, genitive in _RU_GENITIVES.items():
        text = f"«Сарыбулак», расположенный в Каракульском районе Ошской области {genitive}"
        assert rewrite_chain(text) == f"Сарыбулак, Каракуль district, Ош province, {country_name(COUNTRY_STEMS[stem])}"
    assert rewrite_chain("«Сарыбулак», расположенный в Каракульском районе Ошской области Монголии") is None
