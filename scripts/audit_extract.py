"""Which reader set each scored value of the real reports, and was it right: an audit of wrong values.

Runs ``extract_drafts`` of whatever ``incident_tracker`` is importable (the current tree, or an old
commit's with ``PYTHONPATH=<archive>/src`` and its own ``TRACKER_CACHE_DIR``) over the DEV reports
only, records for every value written into a draft the module and function that wrote it (by
watching the draft's values), and scores each scored field as this repository's
``scripts/eval_extract.py`` does: right, wrong (filled but not the coded value), filled where nothing
was coded, missing, or on a spurious draft. Prints counts per field and writer; ``--json FILE`` also
keeps one record per value (with its evidence sentence) for a closer look at dev reports.

Usage: python scripts/audit_extract.py [--round N ...] [--json FILE]

docs/extract-journal.md ("Where wrong values come from") holds the audit of the held-back rounds' first scores.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_extract as ev

#: (draft key, repr of the value, "module.function" that wrote it), for the report being read.
WRITES: list[tuple[str, str, str]] = []
#: The draft keys behind each scored field (the rest are the field's own name).
KEYS = {
    "date": ("event_date",),
    "coordinates": ("latitude",),
    "actor": ("perpetrator",),
    "type": ("sub_event_type",),
    "victims": ("target_type", "victim_nationality"),
}


class _Watched(dict[str, Any]):
    """A draft's values that remember who wrote each one (the first frame outside draft.py)."""

    def __setitem__(self, key: str, value: Any) -> None:
        frame: FrameType | None = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.endswith(("draft.py", "audit_extract.py")):
            frame = frame.f_back
        who = f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}" if frame is not None else "?"
        WRITES.append((key, repr(value), who))
        super().__setitem__(key, value)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key: str, value: Any = None) -> Any:
        if key not in self:
            self[key] = value
        return self[key]


def _watch() -> None:
    from incident_tracker.extract import draft

    init = draft.Draft.__init__

    def watched_init(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.values = _Watched(self.values)

    draft.Draft.__init__ = watched_init  # type: ignore[method-assign]


def writer(field: str, values: dict[str, Any]) -> str:
    """Who wrote the field's final value(s): the last write of that key with that value."""
    found = []
    for key in KEYS.get(field, (field,)):
        if values.get(key) is not None:
            shown = repr(values[key])
            who = [w for k, v, w in WRITES if k == key and v == shown]
            found.append(who[-1] if who else "?")
    return "+".join(dict.fromkeys(found)) or "?"


def audit(rounds: set[int]) -> list[dict[str, Any]]:
    """One record per scored field of every dev report (of ``rounds``, if any)."""
    from incident_tracker.extract import extract_drafts, gazetteer_locator

    _watch()
    locate = gazetteer_locator(Path("no-such-file.db").resolve())
    records: list[dict[str, Any]] = []
    for path in sorted(ev.REAL.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if spec.get("split") != "dev" or (rounds and spec.get("round") not in rounds):
            continue
        WRITES.clear()
        text = ev.article_text(path.with_suffix(".txt"))
        drafts = extract_drafts(text, dt.date.fromisoformat(spec["published"]), locate=locate)
        values = [dict(d.values) for d in drafts]
        expected, unscored = spec["incidents"], set(spec.get("unscored", []))
        matched = ev._pair_real(expected, values, unscored)
        for i, incident in enumerate(expected):
            got = values[matched[i]] if i in matched else {}
            for field in ev.REAL_FIELDS:
                if field in unscored:
                    continue
                want, have = ev._real_value(field, incident, unscored), ev._real_value(field, got, unscored)
                if have is None:
                    outcome, who = ("missing" if want is not None else "empty, right"), None
                else:
                    right = want is not None and ev._real_same(field, want, have, on=ev._span(incident)[0])
                    outcome = "right" if right else "wrong" if want is not None else "filled, nothing coded"
                    who = writer(field, got)
                evidence = drafts[matched[i]].evidence.get(KEYS.get(field, (field,))[0]) if i in matched else None
                records.append(
                    {"report": path.stem, "field": field, "outcome": outcome, "want": want, "have": have}
                    | {"writer": who, "evidence": evidence}
                )
        for j, draft in enumerate(values):
            if j not in matched.values():
                for field in ev.REAL_FIELDS:
                    have = ev._real_value(field, draft, unscored)
                    if have is not None:
                        records.append(
                            {"report": path.stem, "field": field, "outcome": "spurious draft", "want": None}
                            | {"have": have, "writer": writer(field, draft), "evidence": None}
                        )
    return records


def main(argv: list[str]) -> int:
    rounds = {int(argv[i + 1]) for i, arg in enumerate(argv) if arg == "--round"}
    records = audit(rounds)
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(records, indent=1, default=str), encoding="utf-8")
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for record in records:
        if record["writer"] is not None:
            table[(record["field"], record["writer"])][record["outcome"]] += 1
    print("| field | writer | right | wrong | filled, nothing coded | spurious draft |")
    print("|---|---|---:|---:|---:|---:|")
    order = sorted(table.items(), key=lambda kv: (-(sum(kv[1].values()) - kv[1]["right"]), kv[0]))
    for (field, who), counts in order:
        cells = (counts[o] for o in ("right", "wrong", "filled, nothing coded", "spurious draft"))
        print(f"| {field} | `{who}` | " + " | ".join(str(c) for c in cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
