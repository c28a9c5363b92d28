"""bench/geo_first_scores.py names each dev answer's path and script, judges it as the bench does, never
resolves a test string, and counts answers per path as bench/abstain_judge.py reads them (house strings)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import abstain_judge  # noqa: E402
import geo_first_scores as first  # noqa: E402
from real_places import RealCase  # noqa: E402


def _case(ident: str, split: str, query: str, expected: str, point: tuple[float, float] | None = None) -> RealCase:
    return RealCase(
        id=ident,
        split=split,
        query=query,
        context_countries=("AF", "PK"),
        expected=expected,
        latitude=point[0] if point else None,
        longitude=point[1] if point else None,
        tolerance_km=10.0 if point else None,
        expected_precision="exact" if point else "",
        country="PK" if point else "",
        trap="",
        report_url="https://example.org/house",
        coord_source="house",
        note="",
    )


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("near the Torkham border crossing", "latin"),
        ("Gyrgyzystanyň serhet geçelgesi", "latin+diacritics"),
        ("на заставе Хорог", "cyrillic"),
        ("گذرگاه مرزی تورخم", "arabic"),
        ("伊尔克什坦口岸", "han"),
        ("सरहदी चौकी के पास", "indic"),
        ("ਸਰਹੱਦੀ ਚੌਕੀ", "indic"),
        ("12 km", "latin"),
        ("—", "none"),
    ],
)
def test_the_script_of_a_string(text: str, script: str) -> None:
    assert first.script_of(text) == script


def test_batches_and_id_ranges() -> None:
    assert first.in_range("g6424", "g6400-g6499") and not first.in_range("g6399", "g6400-g6499")
    assert first.in_range("g6424", "g6424")
    assert all(ids.startswith(f"g{batch - 3}") for batch, (_, ids) in first.BATCHES.items())


def test_every_held_back_batch_from_56_to_92_is_named_once_with_its_hundred_ids() -> None:
    """geofirst: batches 80-90 joined the table, geo185 batch 91, batch92 batch 92; each batch holds the hundred ids
    g(batch-3)00 to g(batch-3)99."""
    assert sorted(first.BATCHES) == list(range(56, 93))
    assert all(ids == f"g{batch - 3}00-g{batch - 3}99" for batch, (_, ids) in first.BATCHES.items())
    assert len({commit for commit, _ in first.BATCHES.values()}) == len(first.BATCHES)


def test_dev_strings_are_judged_by_path_and_test_strings_never_resolved(resolver: Any) -> None:
    torkham = (34.1147, 71.0847)
    cases = [
        _case("g1", "dev", "Torkham", "located", torkham),
        _case("g2", "dev", "Torkham", "unlocated"),
        _case("g3", "dev", "Qqrzzt", "located", torkham),
        _case("g4", "test", "Torkham", "located", torkham),
    ]
    rows = first.dev_rows(cases, resolver, "house")
    assert [r["id"] for r in rows] == ["g1", "g2", "g3"]  # the test case is dropped, not answered
    right, wrong, empty = rows
    assert (right["outcome"], right["path"], right["script"]) == ("within", "pack place by name", "latin")
    assert "bare one-word name" in right["flags"]
    assert (wrong["outcome"], wrong["path"]) == ("wrong", "pack place by name")
    assert (empty["outcome"], empty["path"], empty["flags"]) == ("unlocated", first.NO_ANSWER, [])


def test_rows_are_counted_per_path_and_read_by_the_abstain_judge(tmp_path: Path) -> None:
    def row(ident: str, outcome: str, path: str = "pack place by name") -> dict[str, Any]:
        flags = ["bare one-word name"]
        return dict(
            batch="67",
            id=ident,
            expected="located",
            outcome=outcome,
            path=path,
            script="latin",
            reader="whole",
            flags=flags,
        )

    rows = [row("g1", "within"), row("g2", "wrong"), row("g3", "coarse"), row("g4", "unlocated", first.NO_ANSWER)]
    saved = tmp_path / "rows.tsv"
    first.write_rows(rows, saved)
    assert first.read_rows(saved) == rows
    assert first.summary(rows) == "4 strings: 1 / 1 / 1 / 1"
    table = first.tables(rows, rows)
    assert "| pack place by name | 3 / 1 / 1 / 1 (0.33) | 3 / 1 / 1 / 1 (0.33) | 3 / 1 / 1 / 1 (0.33) |" in table
    assert "67 g2 located: pack place by name (latin)" in table
    judged = tmp_path / "judge.tsv"
    first.judge_rows(rows, judged)
    loaded = abstain_judge.load([judged])
    assert len(loaded) == 3  # the empty answer is no answer to abstain on
    assert loaded[1][2:5] == ("pack place by name", frozenset({"bare one-word name", "script latin"}), "wrong")


def test_test_strings_are_resolved_only_when_asked_and_keep_no_id(resolver: Any) -> None:
    """``--split test`` (geo158): each batch's test strings counted per path; a row names no case."""
    torkham = (34.1147, 71.0847)
    cases = [_case("g1", "dev", "Torkham", "located", torkham), _case("g4", "test", "Torkham", "located", torkham)]
    rows = first.dev_rows(cases, resolver, "house", "test")
    assert [(r["id"], r["outcome"], r["path"]) for r in rows] == [("", "within", "pack place by name")]


def test_a_lone_namesake_in_the_texts_countries_is_flagged(resolver: Any) -> None:
    """geo158's flag: Mashhad in a text on Afghanistan and Pakistan is the gazetteer's one Mashhad there (of
    Badakhshan), Iran's city of millions losing as a country the text does not name; a pack place is not flagged."""
    import answer_paths

    from incident_tracker.geo.locate import locate

    mashhad = answer_paths.answer_flags(locate("the city of Mashhad", resolver=resolver, named=frozenset({"AF", "PK"})))
    assert "a lone GeoNames place of its name in the text's countries" in mashhad
    assert "... a trusted namesake outside them lost" in mashhad
    torkham = answer_paths.answer_flags(locate("Torkham", resolver=resolver, named=frozenset({"AF", "PK"})))
    assert not any(flag.startswith("a lone") for flag in torkham)
