"""Every bench string's full answer, written to a file, so that two trees' answers can be compared.

    python bench/answer_digest.py OUT.tsv            # resolve every string, write its answer
    python bench/answer_digest.py --compare A.tsv B.tsv

A change that claims "answers unchanged" (a refactor, a speed-up) proves it here: write the
answers of the old tree (``PYTHONPATH=/tmp/old/src python bench/answer_digest.py old.tsv``)
and of the new one, then ``--compare`` them (or ``cmp`` the two files). The strings are all
those of ``bench/geocode_real.tsv`` (both splits, through the bench's one adapter: the case's
context countries named), ``bench/geocode_accuracy.tsv`` and ``bench/geocode_unknown.txt``.

Each line holds one string's key and two JSON columns:

* the **answer**: what :func:`~incident_tracker.geo.locate.locate` returns: status, the fields
  to store (name, country, province, lat/lon, precision, geocoder), the chosen candidate's
  kind, level, match and score, the rivals, the note and the reason;
* the **trace**: how it got there: the parsed query (name, context, level, near, pair, role…),
  every candidate considered, the suggestions and the resolution's notes.

A refactor of the phrase rules must leave both unchanged; ``--compare`` counts the strings
whose answer differs and those whose trace alone differs.

The held-out split stays unread: the file holds the test strings' answers (it is written
outside the repository, never printed), but this script prints only counts, the ids of dev
cases and the line numbers of the two public lists; a test case that differs is counted, not
named. The script imports whatever ``incident_tracker`` is on the path (its own gazetteer:
set ``TRACKER_CACHE_DIR``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from real_places import load_real_cases  # noqa: E402


def strings() -> list[tuple[str, str, frozenset[str]]]:
    """(key, string, named countries) for every bench string, in a fixed order.

    Keys: ``dev:g0123`` and ``test:#N`` (the N-th test case: its id is not needed to compare
    two runs of the same file), ``accuracy:LINE`` and ``unknown:LINE``.
    """
    rows: list[tuple[str, str, frozenset[str]]] = []
    tests = 0
    for case in load_real_cases():
        if case.split == "dev":
            key = f"dev:{case.id}"
        else:
            tests += 1
            key = f"test:#{tests}"
        rows.append((key, case.query, frozenset(case.context_countries)))
    for number, line in enumerate((BENCH / "geocode_accuracy.tsv").read_text("utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            rows.append((f"accuracy:{number}", line.split("\t")[0], frozenset()))
    for number, line in enumerate((BENCH / "geocode_unknown.txt").read_text("utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            rows.append((f"unknown:{number}", line.strip(), frozenset()))
    return rows


def _candidate(c: Any) -> list[Any]:
    return [
        c.name,
        c.country,
        c.admin1,
        c.admin1_code,
        round(c.latitude, 6),
        round(c.longitude, 6),
        c.geo_precision,
        c.source,
        c.match,
        c.kind,
        c.level,
        round(c.score, 9),
        c.in_region,
        c.crossed,
        c.ident,
    ]


def _parsed(p: Any) -> Any:
    if p is None:
        return None
    return {
        "text": p.text,
        "name": p.name,
        "near": p.near,
        "level": p.level,
        "context": p.context,
        "context_levels": p.context_levels,
        "bare": p.bare,
        "pair": p.pair,
        "role": p.role,
        "unit_countries": sorted(p.unit_countries) if p.unit_countries is not None else None,
        "alternative": _parsed(p.alternative),
    }


def answer_of(located: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(answer, trace) of one :class:`Located`, as plain JSON-able values."""
    chosen = located.chosen
    answer = {
        "status": located.status,
        "fields": located.fields,
        "chosen": _candidate(chosen) if chosen is not None else None,
        "rivals": [_candidate(c) for c in located.rivals],
        "note": located.note,
        "reason": located.resolution.reason if located.resolution else None,
    }
    resolution = located.resolution
    trace: dict[str, Any] = {}
    if resolution is not None:
        trace = {
            "parsed": _parsed(resolution.parsed),
            "country": resolution.country,
            "notes": resolution.notes,
            "candidates": [_candidate(c) for c in resolution.candidates],
            "suggestions": [_candidate(c) for c in resolution.suggestions],
            "region": sorted(resolution.region),
        }
    return answer, trace


def write(out: Path) -> None:
    from incident_tracker.errors import ValidationError
    from incident_tracker.geo.chain import Resolver
    from incident_tracker.geo.gazetteer import Gazetteer, default_path
    from incident_tracker.geo.locate import locate

    resolver = Resolver(gazetteer=Gazetteer.open(default_path()))
    rows = strings()
    start = time.process_time()
    digest = hashlib.sha256()
    with out.open("w", encoding="utf-8") as f:
        for key, text, named in rows:
            try:
                answer, trace = answer_of(locate(text, resolver=resolver, named=named))
            except ValidationError as exc:
                answer, trace = {"error": str(exc)}, {}
            line = f"{key}\t{json.dumps(answer, ensure_ascii=False, sort_keys=True)}\t"
            line += json.dumps(trace, ensure_ascii=False, sort_keys=True) + "\n"
            f.write(line)
            digest.update(line.encode("utf-8"))
    counts = {kind: sum(1 for key, _, _ in rows if key.startswith(kind)) for kind in ("dev", "test", "acc", "unk")}
    print(
        f"{len(rows)} strings (real dev {counts['dev']}, real test {counts['test']}, accuracy {counts['acc']}, "
        f"unknown {counts['unk']}) in {time.process_time() - start:.1f} CPU s; sha256 {digest.hexdigest()[:16]}"
    )


def _read(path: Path) -> dict[str, tuple[str, str]]:
    table = {}
    for line in path.read_text("utf-8").splitlines():
        key, answer, trace = line.split("\t")
        table[key] = (answer, trace)
    return table


def compare(old: Path, new: Path) -> int:
    """Print which strings' answers (or traces alone) differ; dev ids only, test as a count."""
    a, b = _read(old), _read(new)
    if a.keys() != b.keys():
        print(f"the two files hold other strings ({len(a)} against {len(b)}): not comparable")
        return 2
    answers = [k for k in a if a[k][0] != b[k][0]]
    traces = [k for k in a if a[k][0] == b[k][0] and a[k][1] != b[k][1]]
    for label, keys in (("answer differs", answers), ("trace alone differs", traces)):
        shown = [k for k in keys if not k.startswith("test:")]
        hidden = len(keys) - len(shown)
        print(f"{label}: {len(keys)} of {len(a)} strings" + (f" ({hidden} test)" if hidden else ""))
        for key in shown:
            print(f"  {key}")
    return 1 if answers or traces else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="Where to write every string's answer.")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.out is None:
        parser.error("name a file to write, or --compare OLD NEW")
    write(args.out)


if __name__ == "__main__":
    main()
