"""Does ``tracker geocode`` mark what ``tracker add`` stores? Counts the strings where it does not.

    python bench/explain_agrees.py            # counts, and the dev ids (and house lines) that differ
    python bench/explain_agrees.py --quiet    # counts only

``tracker geocode QUERY`` marks one candidate with its arrow, prints "Chosen:" and, with
``--explain``, "Why:"; its help says the arrow marks the candidate ``tracker add`` would
store. ``tracker add`` stores what :func:`~incident_tracker.geo.locate.locate` returns. Where the
two differ the command tells the user something untrue, so this script asks both, for the same
strings, with no countries given:

* the command, run as a user runs it (``tracker geocode X --json --explain`` through Typer's
  test runner, in this process, against an empty database): the candidate whose ``chosen`` is
  true, and whether a "Chosen:" line was printed;
* ``locate(X)``: the name, coordinates and precision it stores, or none.

They agree when both give the same answer (name, coordinates, precision) and "Chosen:" is
printed exactly when an answer is stored; or when both give none. The strings: the dev split
of ``bench/geocode_real.tsv`` (the test split is dropped as read, never printed), the regional
pack's names and aliases (``pack:N``, the N-th of them), and the house lists
``bench/geocode_accuracy.tsv`` and ``bench/geocode_unknown.txt`` (``accuracy:LINE``,
``unknown:LINE``). Set ``TRACKER_CACHE_DIR`` for the gazetteer it builds or reads.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from real_places import load_real_cases  # noqa: E402

Answer = tuple[str, float, float, str] | None


def strings() -> list[tuple[str, str]]:
    """(key, string): dev cases by id, then the pack's names and aliases, then the house lists."""
    rows = [(f"dev:{case.id}", case.query) for case in load_real_cases() if case.split == "dev"]
    from incident_tracker.geo.pack import shipped_pack

    names = dict.fromkeys(name for entry in shipped_pack() for name in (entry.name, *entry.aliases))
    rows += [(f"pack:{number}", name) for number, name in enumerate(names, start=1)]
    for number, line in enumerate((BENCH / "geocode_accuracy.tsv").read_text("utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            rows.append((f"accuracy:{number}", line.split("\t")[0]))
    for number, line in enumerate((BENCH / "geocode_unknown.txt").read_text("utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            rows.append((f"unknown:{number}", line.strip()))
    return rows


def _answer(name: Any, latitude: Any, longitude: Any, precision: Any) -> Answer:
    if latitude is None or longitude is None:
        return None
    return (str(name), round(float(latitude), 5), round(float(longitude), 5), str(precision))


def marked(runner: Any, app: Any, query: str) -> tuple[Answer, bool]:
    """What ``tracker geocode QUERY --json --explain`` marks chosen, and whether it says "Chosen:"."""
    result = runner.invoke(app, ["geocode", query, "--json", "--explain"])
    if result.exit_code != 0:
        return None, False
    data = json.loads(result.stdout)
    rows = [row for row in data["candidates"] if row.get("chosen")]
    answer = (
        _answer(rows[0]["name"], rows[0]["latitude"], rows[0]["longitude"], rows[0]["geo_precision"]) if rows else None
    )
    return answer, any(line.startswith("Chosen:") for line in result.stderr.splitlines())


def stored(query: str, resolver: Any) -> Answer:
    """What ``locate(QUERY)`` stores (no countries given)."""
    from incident_tracker.geo.locate import locate

    fields = locate(query, resolver=resolver).fields
    return _answer(fields.get("location"), fields.get("latitude"), fields.get("longitude"), fields.get("geo_precision"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="Print the counts only.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TRACKER_DB"] = str(Path(folder) / "empty.db")  # no user places: the chain alone
        from typer.testing import CliRunner

        from incident_tracker.cli import app
        from incident_tracker.geo.locate import default_resolver

        runner = CliRunner()
        resolver = default_resolver()
        counts: dict[str, list[int]] = {}
        shown = []
        for key, query in strings():
            cli, says_chosen = marked(runner, app, query)
            lib = stored(query, resolver)
            same = cli == lib and says_chosen == (lib is not None)
            group = counts.setdefault(key.split(":")[0], [0, 0])
            group[0 if same else 1] += 1
            if not same and not key.startswith("test:"):
                shown.append(
                    f"{key}\t{query!r}\tgeocode marks {cli} (Chosen: {'yes' if says_chosen else 'no'})"
                    f"\tadd stores {lib}"
                )
    for group, (agree, differ) in counts.items():
        print(f"{group}: agree {agree}, differ {differ}")
    if not args.quiet:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
