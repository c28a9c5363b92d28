"""Field-level precision and recall of ``tracker extract`` over the test set.

Each ``tests/fixtures/extract/NN-name.txt`` is a short wire-style report (a header of
``#`` lines cites the real incident it is modelled on); ``NN-name.json`` holds the
publication date and the incidents an analyst codes from it. Drafts are matched to
expected incidents by date (same start date first, then — for the real reports — dates that
overlap, then the nearest start within 3 days);
then, for every scored field:

* precision = correct values ÷ values the extractor proposed,
* recall = correct values ÷ values the analyst coded,

where an expected ``null`` means the field should stay empty. Weapons compare as
sets. Fields listed under ``"unscored"`` in a fixture are left out (e.g. the country
of a clash on a disputed line). Unmatched drafts count against precision, missed
incidents against recall.

The real reports in ``tests/fixtures/extract-real/`` (rewritten in the house from
real wire and regional reports, each with ``"split": "dev"`` or ``"test"``) are scored
per split on the fields an analyst checks first (:data:`REAL_FIELDS`), with F1 and the
incidents missed and spurious: see :func:`evaluate_real`.

Usage: python scripts/eval_extract.py [--markdown] [--real dev|test|all] [--round N] [--first-day-only] [--agreement]

``--round N`` scores only the reports added in round N (their ``"round"`` key): a new batch,
scored out of sample before any rule is tuned on it.

``--agreement`` scores the reports coded twice (``tests/fixtures/extract-recode/``): the reader against
each coding, and the two codings against each other (see :func:`evaluate_agreement`).

``--first-day-only`` matches real reports as the first three rounds did (same first day, else the
nearest within 3 days), without the overlap of a vague date with the coded day.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
REAL = ROOT / "tests" / "fixtures" / "extract-real"
#: A blind second coding of a sample of the corpus (docs/extract-journal.md, "Two coders").
RECODE = ROOT / "tests" / "fixtures" / "extract-recode"
ADJUDICATION = ROOT / "tests" / "fixtures" / "extract-adjudication"
SCORED = (
    "event_date",
    "date_precision",
    "country",
    "killed",
    "injured",
    "event_type",
    "sub_event_type",
    "weapons",
    "target_type",
    "victim_nationality",
    "attribution",
    "origin_country",
)


#: The fields scored on real reports, and how each is compared (see :func:`_real_same`).
REAL_FIELDS = (
    "date",
    "country",
    "place",
    "coordinates",
    "killed",
    "injured",
    "attribution",
    "actor",
    "type",
    "weapons",
    "victims",
)
#: Words that do not tell two place or actor phrases apart.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "at",
        "on",
        "near",
        "and",
        "to",
        "from",
        "close",
        "with",
        "along",
        "its",
        "his",
        "their",
        "district",
        "province",
        "region",
        "county",
        "area",
        "areas",
        "village",
        "villages",
        "town",
        "city",
        "border",
        "frontier",
    ]
)


def article_text(path: Path) -> str:
    """The report without its citation header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#"))


def _same(field: str, expected: Any, got: Any) -> bool:
    if field == "weapons":
        return set(expected or []) == set(got or [])
    return bool(expected == got)


def _span(record: dict[str, Any]) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisoformat(record["event_date"])
    return start, dt.date.fromisoformat(record.get("event_date_end") or record["event_date"])


def _match(
    expected: list[dict[str, Any]], drafts: list[dict[str, Any]], *, spans: bool = True
) -> list[tuple[int, int]]:
    """Pairs (expected, draft): the same first day, else (``spans``) dates that overlap — a draft dated "the
    week up to Thursday" is the incident coded on Tuesday, with a vaguer date, which the date field
    scores as wrong — else the nearest first day within 3 days. Among drafts equally near in date (two
    incidents of one day), the one that tells the same event (place, kind, toll, actor, country) is taken,
    so two incidents of a day are not paired crosswise."""
    pairs: list[tuple[int, int]] = []
    free = set(range(len(drafts)))
    for window in (0, "overlap", 3) if spans else (0, 3):
        for i, incident in enumerate(expected):
            if any(p[0] == i for p in pairs):
                continue
            day = dt.date.fromisoformat(incident["event_date"])
            start, end = _span(incident)
            near = [
                (abs((dt.date.fromisoformat(drafts[j]["event_date"]) - day).days), j)
                for j in sorted(free)
                if "event_date" in drafts[j]  # one left undated (its sentence's date read both ways) pairs with none
                and (
                    _span(drafts[j])[0] <= end and start <= _span(drafts[j])[1]
                    if window == "overlap"
                    else abs((dt.date.fromisoformat(drafts[j]["event_date"]) - day).days) <= int(window)
                )
            ]
            if near:
                closest = min(near)[0]
                j = max((j for gap, j in near if gap == closest), key=lambda j: (_likeness(incident, drafts[j]), -j))
                pairs.append((i, j))
                free.discard(j)
    return pairs


def evaluate(fixtures: Path = FIXTURES, locate: Any = None) -> dict[str, Any]:
    """Counts per field and for whole incidents over every fixture."""
    from incident_tracker.extract import extract_drafts

    counts = {field: {"correct": 0, "proposed": 0, "expected": 0} for field in SCORED}
    incidents = {"correct": 0, "proposed": 0, "expected": 0}
    misses: list[str] = []
    for path in sorted(fixtures.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(spec["published"])
        text = article_text(path.with_suffix(".txt"))
        drafts = [d.values for d in extract_drafts(text, published, locate=locate)]
        expected = spec["incidents"]
        unscored = set(spec.get("unscored", []))
        pairs = _match(expected, drafts)
        incidents["proposed"] += len(drafts)
        incidents["expected"] += len(expected)
        incidents["correct"] += len(pairs)
        matched = {i: j for i, j in pairs}
        for i, incident in enumerate(expected):
            got = drafts[matched[i]] if i in matched else {}
            for field in SCORED:
                if field in unscored:
                    continue
                want, have = incident.get(field), got.get(field)
                counts[field]["expected"] += want is not None
                counts[field]["proposed"] += have is not None
                if have is not None and want is not None and _same(field, want, have):
                    counts[field]["correct"] += 1
                elif want != have and not (field == "weapons" and _same(field, want, have)):
                    misses.append(f"{path.stem}: {field} expected {want!r}, got {have!r}")
        for j, draft in enumerate(drafts):
            if j in matched.values():
                continue
            misses.append(f"{path.stem}: unexpected draft dated {draft.get('event_date')}")
            for field in SCORED:
                counts[field]["proposed"] += draft.get(field) is not None
    return {"fields": counts, "incidents": incidents, "misses": misses, "texts": len(list(fixtures.glob("*.json")))}


def _likeness(expected: dict[str, Any], draft: dict[str, Any]) -> int:
    """How many of the fields that name an event (place, kind, toll, actor, country) a draft shares with a coded
    incident: what tells two incidents of one day apart."""
    shared = 0
    for field in ("place", "type", "killed", "actor", "country"):
        want, have = _real_value(field, expected, set()), _real_value(field, draft, set())
        shared += want is not None and have is not None and _real_same(field, want, have)
    return shared


def _words(phrase: str) -> set[str]:
    import re

    return {w for w in re.findall(r"[\w-]+", phrase.lower()) if w not in _FILLER}


def _alike(expected: str, got: str) -> bool:
    """Two phrases name the same thing when the words of one are all in the other."""
    want, have = _words(expected), _words(got)
    return bool(want and have and (have <= want or want <= have))


def _real_value(field: str, record: dict[str, Any], unscored: set[str]) -> Any:
    """The value compared for one scored field, or None (nothing coded / nothing proposed)."""
    if field == "date":
        return record.get("event_date")
    if field == "coordinates":
        if "latitude" in unscored or record.get("latitude") is None:
            return None
        return (record["latitude"], record["longitude"])
    if field == "actor":
        return record.get("perpetrator")
    if field == "type":
        return record.get("sub_event_type")
    if field == "victims":
        parts = tuple(
            record.get(name) if name not in unscored else None for name in ("target_type", "victim_nationality")
        )
        return parts if any(parts) else None
    if field == "weapons":
        weapons = [w for w in record.get("weapons") or [] if w != "unknown"]
        return weapons or None
    return record.get(field)


def _same_actor(want: str, have: str) -> bool:
    """Two perpetrators are one actor when the actor dictionary gives both the same canonical name (the
    extractor writes a known actor by that name, the coder as the report wrote it: "Military Forces of
    Iran" is "Iranian border guards", and "Iranian border forces" is too), else when their words match."""
    from incident_tracker.extract.actors import canonical_actor

    canonical = canonical_actor(want)
    return bool(canonical and canonical == canonical_actor(have)) or _alike(want, have)


def _real_same(field: str, want: Any, have: Any) -> bool:
    if field == "actor":
        return _same_actor(str(want), str(have))
    if field == "place":
        return _alike(str(want), str(have))
    if field == "coordinates":
        from incident_tracker.store.filters import haversine_km

        return bool(haversine_km(want[0], want[1], have[0], have[1]) <= 25)
    if field == "weapons":
        return set(want) == set(have)
    return bool(want == have)


def _real_fixtures(split: str | None, fixtures: Path, round_: int | None = None) -> list[Path]:
    """The reports of one split (all with None); with ``round_``, only those added in that round
    (their ``"round"`` key), so a new batch can be scored out of sample before any tuning."""
    chosen = []
    for path in sorted(fixtures.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if (split is None or spec.get("split") == split) and (round_ is None or spec.get("round") == round_):
            chosen.append(path)
    return chosen


def evaluate_real(
    split: str | None = "dev",
    fixtures: Path = REAL,
    locate: Any = None,
    *,
    spans: bool = True,
    round_: int | None = None,
    drafts_of: Callable[[Path, str, dt.date], list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """Precision, recall and F1 per field over the real reports of one split.

    ``drafts_of(path, text, published)``, when given, makes a report's drafts (their values)
    instead of ``extract_drafts`` with ``locate``: ``docgen.offline_drafts`` keeps them for
    the other evaluations of a test session, which score the same reports again.

    A field whose expected value is null counts against precision when a value is
    proposed; places and actors match when the words of one phrase are all in the
    other ("Pakistani forces" ~ "Pakistani armed forces"), and actors also when the actor dictionary
    gives both one canonical name ("Iranian border forces" ~ "Military Forces of Iran"); coordinates within 25 km;
    the victims are the target type and the victims' nationality together; killed
    and injured compare the best estimate. A field listed under ``"unscored"`` (e.g.
    the country of a clash on a disputed line) is left out for that report.
    """
    from incident_tracker.extract import extract_drafts

    counts = {field: {"correct": 0, "proposed": 0, "expected": 0} for field in REAL_FIELDS}
    incidents = {"correct": 0, "proposed": 0, "expected": 0, "missed": 0, "spurious": 0}
    misses: list[str] = []
    paths = _real_fixtures(split, fixtures, round_)
    for path in paths:
        spec = json.loads(path.read_text(encoding="utf-8"))
        text = article_text(path.with_suffix(".txt"))
        published = dt.date.fromisoformat(spec["published"])
        if drafts_of is not None:
            drafts = drafts_of(path, text, published)
        else:
            drafts = [d.values for d in extract_drafts(text, published, locate=locate)]
        expected, unscored = spec["incidents"], set(spec.get("unscored", []))
        unscored |= {"country"} if "country" in unscored else set()
        matched = dict(_match(expected, drafts, spans=spans))
        incidents["proposed"] += len(drafts)
        incidents["expected"] += len(expected)
        incidents["correct"] += len(matched)
        incidents["missed"] += len(expected) - len(matched)
        incidents["spurious"] += len(drafts) - len(matched)
        for i, incident in enumerate(expected):
            got = drafts[matched[i]] if i in matched else {}
            if i not in matched:
                misses.append(f"{path.stem}: missed the incident of {incident['event_date']}")
            for field in REAL_FIELDS:
                if field in unscored:
                    continue
                want, have = _real_value(field, incident, unscored), _real_value(field, got, unscored)
                counts[field]["expected"] += want is not None
                counts[field]["proposed"] += have is not None
                if want is not None and have is not None and _real_same(field, want, have):
                    counts[field]["correct"] += 1
                elif want is not None or have is not None:
                    misses.append(f"{path.stem}: {field} expected {want!r}, got {have!r}")
        for j, draft in enumerate(drafts):
            if j in matched.values():
                continue
            misses.append(f"{path.stem}: spurious draft dated {draft.get('event_date')}")
            for field in REAL_FIELDS:
                counts[field]["proposed"] += _real_value(field, draft, unscored) is not None
    return {"fields": counts, "incidents": incidents, "misses": misses, "texts": len(paths), "split": split}


def f1(counts: dict[str, int]) -> float:
    """The harmonic mean of precision and recall (0 when either is 0)."""
    precision = counts["correct"] / counts["proposed"] if counts["proposed"] else 0.0
    recall = counts["correct"] / counts["expected"] if counts["expected"] else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def totals(result: dict[str, Any]) -> dict[str, int]:
    """Correct, proposed and expected values summed over every field."""
    return {k: sum(c[k] for c in result["fields"].values()) for k in ("correct", "proposed", "expected")}


def markdown_real(results: list[tuple[str, dict[str, Any]]]) -> str:
    """Per-field precision / recall / F1, one column group per labelled result (test first),
    then the incidents found, missed and spurious."""
    head = "| field | " + " | ".join(f"{label} P | {label} R | {label} F1" for label, _ in results) + " |"
    lines = [head, "|---|" + "---:|---:|---:|" * len(results)]
    for name in [*REAL_FIELDS, "**all fields**"]:
        cells = []
        for _, result in results:
            c = totals(result) if name == "**all fields**" else result["fields"][name]
            if not (c["expected"] or c["proposed"]):
                cells.append("– | – | –")
                continue
            f1_cell = f"**{f1(c):.2f}**" if name == "**all fields**" else f"{f1(c):.2f}"
            cells.append(f"{_ratio(c['correct'], c['proposed'])} | {_ratio(c['correct'], c['expected'])} | {f1_cell}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    for label, result in results:
        inc = result["incidents"]
        coordinates = result["fields"]["coordinates"]
        lines.append(
            f"- {label}: {result['texts']} reports, {inc['expected']} incidents coded; "
            f"{inc['correct']} found, {inc['missed']} missed, {inc['spurious']} spurious drafts; "
            f"coordinates coded for {coordinates['expected']} incidents, "
            f"{coordinates['proposed']} proposed where coded."
        )
    return "\n".join(lines)


def evaluate_agreement(
    split: str,
    locate: Any = None,
    recode: Path = RECODE,
    drafts_of: Callable[[Path, str, dt.date], list[dict[str, Any]]] | None = None,
    adjudication: Path = ADJUDICATION,
) -> dict[str, dict[str, Any]]:
    """How far two coders agree, and the reader with each, on the reports coded twice.

    ``recode`` holds a second, blind coding of a sample of the corpus (same file names). On the
    sampled reports of ``split``, with one set of unscored fields (both codings'), comparisons by
    :func:`evaluate_real`'s rules: the reader against the corpus coding, the reader against the
    second coding, and the first coding against the second (the agreement of two careful coders:
    the ceiling a reader can be held to). Where a blind adjudication settled the two codings'
    differences (``adjudication``, same file names), the corpus coding is the adjudicated one and
    the first coding is read from the adjudication's record of it, so the coders' agreement stays
    the agreement they reached; two more rows then say how far each coding was from the adjudicated
    one. ``drafts_of`` as for :func:`evaluate_real`.
    """
    import shutil
    import tempfile

    first_coding: dict[str, list[dict[str, Any]]] = {}
    second_coding: dict[str, list[dict[str, Any]]] = {}
    adjudicated = False
    with tempfile.TemporaryDirectory() as tmp:
        corpus, second = Path(tmp) / "corpus", Path(tmp) / "second"
        corpus.mkdir()
        second.mkdir()
        for path in sorted(recode.glob("*.json")):
            spec = json.loads((REAL / path.name).read_text(encoding="utf-8"))
            again = json.loads(path.read_text(encoding="utf-8"))
            unscored = sorted(set(spec.get("unscored", [])) | set(again.get("unscored", [])))
            (corpus / path.name).write_text(json.dumps(dict(spec, unscored=unscored)), encoding="utf-8")
            (second / path.name).write_text(
                json.dumps(dict(spec, unscored=unscored, incidents=again["incidents"])), encoding="utf-8"
            )
            for folder in (corpus, second):
                shutil.copy(REAL / f"{path.stem}.txt", folder / f"{path.stem}.txt")
            record = adjudication / path.name
            if record.exists():
                adjudicated |= spec["split"] == split
                first_coding[path.stem] = json.loads(record.read_text(encoding="utf-8"))["first_coding"]
            else:
                first_coding[path.stem] = spec["incidents"]
            second_coding[path.stem] = again["incidents"]
        rows = {
            "reader ~ corpus coding": evaluate_real(split, corpus, locate, drafts_of=drafts_of),
            "reader ~ second coding": evaluate_real(split, second, locate, drafts_of=drafts_of),
            "first coding ~ second coding": evaluate_real(
                split, second, drafts_of=lambda path, text, published: first_coding[path.stem]
            ),
        }
        if adjudicated:
            rows["first coding ~ adjudicated"] = evaluate_real(
                split, corpus, drafts_of=lambda path, text, published: first_coding[path.stem]
            )
            rows["second coding ~ adjudicated"] = evaluate_real(
                split, corpus, drafts_of=lambda path, text, published: second_coding[path.stem]
            )
        return rows


def markdown_agreement(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    """One row per split and comparison: F1 over all fields, then per field, then incidents matched."""
    fields = [f for f in REAL_FIELDS if f != "coordinates"]
    lines = [
        "| split | comparison | reports | **all** | " + " | ".join(fields) + " | incidents matched / missed / extra |",
        "|---|---|--:|--:|" + "--:|" * len(fields) + "---|",
    ]
    for split, comparisons in results.items():
        for name, r in comparisons.items():
            inc = r["incidents"]
            cells = " | ".join(f"{f1(r['fields'][f]):.2f}" for f in fields)
            lines.append(
                f"| {split} | {name} | {r['texts']} | **{f1(totals(r)):.3f}** | {cells} "
                f"| {inc['correct']} / {inc['missed']} / {inc['spurious']} |"
            )
    return "\n".join(lines)


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "–"


def markdown(result: dict[str, Any]) -> str:
    """The table docs/extract.md carries."""
    lines = ["| field | precision | recall | correct | proposed | expected |", "|---|---:|---:|---:|---:|---:|"]
    rows = [("**incidents**", result["incidents"]), *result["fields"].items()]
    total = {k: sum(c[k] for c in result["fields"].values()) for k in ("correct", "proposed", "expected")}
    rows.append(("**all fields**", total))
    for name, c in rows:
        lines.append(
            f"| {name} | {_ratio(c['correct'], c['proposed'])} | {_ratio(c['correct'], c['expected'])} "
            f"| {c['correct']} | {c['proposed']} | {c['expected']} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from incident_tracker.extract import gazetteer_locator

    if "--agreement" in argv:
        locate = gazetteer_locator(ROOT / "no-such-file.db")
        print(markdown_agreement({split: evaluate_agreement(split, locate) for split in ("dev", "test")}))
        return 0
    if "--real" in argv:
        split = argv[argv.index("--real") + 1] if len(argv) > argv.index("--real") + 1 else "dev"
        spans = "--first-day-only" not in argv
        round_ = int(argv[argv.index("--round") + 1]) if "--round" in argv else None
        chosen = None if split == "all" else split
        locate = gazetteer_locator(ROOT / "no-such-file.db")
        real = evaluate_real(chosen, locate=locate, spans=spans, round_=round_)
        print(f"{real['texts']} real reports ({split}{f', round {round_}' if round_ else ''})")
        print(markdown_real([(split, real)]))
        if "--markdown" not in argv:
            print("\nDifferences:")
            for miss in real["misses"]:
                print(f"  {miss}")
        return 0
    result = evaluate(locate=gazetteer_locator(ROOT / "no-such-file.db"))
    print(f"{result['texts']} texts")
    print(markdown(result))
    if "--markdown" not in argv:
        print("\nDifferences:")
        for miss in result["misses"]:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
