"""Which readings of the extractor hold out of sample: each held-back round's dev part, read by its first code.

    python bench/extract_first_scores.py [--rounds 50-71] [--work DIR] [--rows FILE]

(``--rounds 40-71`` reads the ten rounds before too; :data:`BRANCH_POINTS` names each round's commit.)

Every held-back round from 34 on added reports scored once, before any rule saw them, on the code of a
named main commit (its "branch point", named in the round's section of docs/extract-journal.md and in
:data:`BRANCH_POINTS`). For each round asked for, this exports that commit's ``src`` (``git archive``)
under ``--work``, runs that old reader over the round's **dev** reports only (a subprocess with
``PYTHONPATH`` set to the old tree and its own ``TRACKER_CACHE_DIR``, writing the drafts as JSON), and
scores the drafts with today's scorer (``scripts/eval_extract.py``: its matching and its comparison
of each field). Today's reader is run the same way over all of dev. Each scored value becomes a row
(round, report, field, proposed, coded, outcome, the reading path, the evidence sentence, whether the
value is a default, the draft's notes on that field) in ``--rows`` (a TSV; keep it outside the
repository, as it holds dev text), and the table printed gives per field and reading path: proposed,
right, wrong, precision — out of sample (the old code on its round) beside in sample (today's code on
all of dev).

Why: dev F1 is near 0.88 in sample, but the rounds' first dev scores are in test's range (0.43–0.85).
"Wrong is worse than empty": for F1, dropping a kind of proposal helps when its precision is below
about half the F1 (one proposal less, ``p`` right values less: F1 = 2C/(P+E) rises exactly when
``p < C/(P+E)``), so a reading path whose out-of-sample precision sits below that line is a candidate
for abstaining (docs/extract-journal.md, "Which readings hold out of sample (oos16)"). The geocoder's
``bench/abstain_judge.py`` does the same for places.

A round whose commit cannot be exported or whose reader fails is reported on stderr and left out.
The reading path is read from what the draft gives for the value (its evidence sentence, the defaults, the
value's shape: ``bench/extract_paths.py``), never from a path the code records (the old code kept none, and
``Draft.place_path`` came late, for places only), so one labelling serves every commit. The drafts are kept under
``--work`` and reused: an old commit's by its name, today's by a digest of ``src`` and of the reports' names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

#: The main commit whose code first scored each held-back round (docs/extract-journal.md, each round's
#: section: "it measures the rules as they stand on main at … (the branch point)"; rounds 40–49 as
#: listed by "Where wrong values come from, rounds 40–56").
BRANCH_POINTS: dict[int, str] = {
    40: "3dfbfab",
    41: "10611ff",
    42: "08023c5",
    43: "0df9f26",
    44: "0656730",
    45: "5ada791",
    46: "ddeb1af",
    47: "ad257dc",
    48: "2ba5674",
    49: "52e8202",
    50: "e9fce7d",
    51: "07d81f0",
    52: "dfa4604",
    53: "44eac2c",
    54: "1a8681d",
    55: "b4f9db8",
    56: "cc74b29",
    57: "84adfee",
    58: "83e8be9",
    59: "108c0f0",
    60: "20a2741",
    61: "3a6e5a2",
    62: "40bf227",
    63: "564515d",
    64: "ad7f917a",
    65: "8325818c",
    66: "cbc2ebf7",
    67: "4a1bf0f2",
    68: "5c9d5a69",
    69: "e9db75e4",
    70: "c00e3991",
    71: "efafbf0a",
    72: "b09b53c7",
    # added by extract133, as the rounds' sections name them (extract132 read round 73 at af33ff0c the same way)
    73: "af33ff0c",
    74: "42ed1953",
    # added by extract136, as round 75's section names it
    75: "43e52159",
    # added by the lead, as rounds 76's and 77's sections name them
    76: "aa0b0869",
    77: "0f54c4e4",
    # added by round78, as round 78's section names it
    78: "87a2a697",
    # added by round79, as round 79's section names it
    79: "04abde6d",
    # added by round80, as round 80's section names it
    80: "70148d92",
    # added by round81, as round 81's section names it
    81: "563bf446",
    # added by round82, as round 82's section names it
    82: "7d9f4b0f",
    # added by round83, as round 83's section names it
    83: "7d9f4b0f",
    # added by the lead in the twenty-sixth session, as rounds 84's and 85's sections name them (left out till then)
    84: "dbd60166",
    85: "6a73cdb8",
    # added by round86, as round 86's section names it
    86: "6a73cdb8",
    # added by round87, as round 87's section names it
    87: "7f87d20a",
    # added by round88, as round 88's section names it
    88: "7f87d20a",
    # added by round89, as round 89's section names it
    89: "64efb523",
    # added by round90, as round 90's section names it
    90: "64efb523",
    # added by round91, as round 91's section names it
    91: "89785d9e",
    # added by round92, as round 92's section names it
    92: "89785d9e",
    # added by round93, as round 93's section names it
    93: "c4a7e63c",
    # added by round94, as round 94's section names it
    94: "c4a7e63c",
    # added by round95, as round 95's section names it
    95: "4e2cf711",
    # added by round96, as round 96's section names it
    96: "4e2cf711",
    # added by round97, as round 97's section names it
    97: "5783fa98",
    # added by round98, as round 98's section names it
    98: "5783fa98",
    # added by round99, as round 99's section names it
    99: "b37a4e0f",
    # added by round100, as round 100's section names it
    100: "c2e1bdaa",
    # added by round101, as round 101's section names it
    101: "c2e1bdaa",
    # added by round102, as round 102's section names it
    102: "09987d68",
    # added by round103, as round 103's section names it
    103: "5072b990",
    # added by round104, as round 104's section names it
    104: "5072b990",
    # added by round105, as round 105's section names it
    105: "de1ea012",
    # added by round106, as round 106's section names it
    106: "a611d702",
    # added by round107, as round 107's section names it
    107: "4a1545a1",
    # added by round108, as round 108's section names it
    108: "bc855d6a",
    # added by round109, as round 109's section names it
    109: "bc855d6a",
    # added by round110, as round 110's section names it
    110: "bc855d6a",
    # added by round111, as round 111's section names it
    111: "bd866403",
    # added by round112, as round 112's section names it
    112: "3cc0bbef",
    # added by round113, as round 113's section names it
    113: "3cc0bbef",
    # added by round114, as round 114's section names it
    114: "4f6eff4f",
    # added by round115, as round 115's section names it
    115: "a4f7e579",
    # added by round116, as round 116's section names it
    116: "ea7968f0",
    # added by round117, as round 117's section names it
    117: "ea7968f0",
    # added by round118, as round 118's section names it
    118: "8542b7e0",
    # added by round119, as round 119's section names it
    119: "64b036d3",
    # added by round120, as round 120's section names it
    120: "64b036d3",
}
RIGHT = "right"
WRONG = ("wrong", "filled, nothing coded", "spurious draft")
COLUMNS = ("sample", "round", "report", "incident", "field", "path", "outcome", "proposed", "coded", "default")
COLUMNS += ("evidence", "notes")


# --- the child: run whatever incident_tracker PYTHONPATH gives over the reports, drafts as JSON ---------------


def write_drafts(reports: Path, out: Path) -> None:
    """Read each report of ``reports`` (JSON: stem, text, published) with the importable reader; write its drafts."""
    from incident_tracker.extract import extract_drafts, gazetteer_locator

    locate = gazetteer_locator(Path("no-such-file.db").resolve())
    written = {}
    for report in json.loads(reports.read_text(encoding="utf-8")):
        drafts = extract_drafts(report["text"], dt.date.fromisoformat(report["published"]), locate=locate)
        written[report["stem"]] = [
            {
                "values": dict(d.values),
                "evidence": dict(d.evidence),
                "defaults": list(getattr(d, "defaults", [])),
                "notes": list(d.notes),
                "place_path": getattr(d, "place_path", None),
            }
            for d in drafts
        ]
    out.write_text(json.dumps(written, default=str), encoding="utf-8")


# --- the parent: export, run, score, label ------------------------------------------------------------------


def dev_reports(rounds: set[int] | None) -> list[Path]:
    """The dev reports (their JSON), of ``rounds`` if given; test reports are never opened past their split."""
    import eval_extract as ev

    chosen = []
    for path in sorted(ev.REAL.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if spec.get("split") == "dev" and (rounds is None or spec.get("round") in rounds):
            chosen.append(path)
    return chosen


def export(commit: str, work: Path) -> Path:
    """``commit``'s src, exported once under ``work``; returns the tree's ``src``."""
    tree = work / "trees" / commit
    if not (tree / "src").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile() as archive:
            subprocess.run(["git", "archive", commit, "src"], cwd=ROOT, stdout=archive, check=True)
            archive.seek(0)
            with tarfile.open(fileobj=archive) as tar:
                tar.extractall(tree, filter="data")
    return tree / "src"


def tree_digest(src: Path) -> str:
    """A short hash of every file under ``src``: today's drafts are kept only for the code that wrote them."""
    digest = hashlib.sha256()
    for path in sorted(p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(src).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def run_reader(src: Path, paths: list[Path], out: Path, cache: Path) -> dict[str, list[dict[str, Any]]]:
    """The drafts of ``paths`` by the reader in ``src`` (a subprocess), kept in ``out`` and reused if there."""
    import eval_extract as ev

    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        reports = out.with_suffix(".reports.json")
        texts = [
            {"stem": p.stem, "text": ev.article_text(p.with_suffix(".txt"))}
            | {"published": json.loads(p.read_text(encoding="utf-8"))["published"]}
            for p in paths
        ]
        reports.write_text(json.dumps(texts), encoding="utf-8")
        env = os.environ | {"PYTHONPATH": str(src), "TRACKER_CACHE_DIR": str(cache)}
        partial = out.with_suffix(".partial")
        command = [sys.executable, __file__, "--write-drafts", str(reports), str(partial)]
        subprocess.run(command, env=env, check=True, cwd=tempfile.gettempdir())
        partial.replace(out)
    drafts: dict[str, list[dict[str, Any]]] = json.loads(out.read_text(encoding="utf-8"))
    return drafts


def score(
    sample: str, round_of: dict[str, Any], paths: list[Path], drafts: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """One row per scored value (and per coded value left empty), as ``evaluate_real`` counts them."""
    import eval_extract as ev

    rows: list[dict[str, Any]] = []
    for path in paths:
        spec = json.loads(path.read_text(encoding="utf-8"))
        own = drafts[path.stem]
        values = [d["values"] for d in own]
        expected, unscored = spec["incidents"], set(spec.get("unscored", []))
        matched = ev._pair_real(expected, values, unscored)
        base = {"sample": sample, "round": round_of.get(path.stem), "report": path.stem}
        for i, incident in enumerate(expected):
            draft = own[matched[i]] if i in matched else None
            for field in ev.REAL_FIELDS:
                if field in unscored:
                    continue
                want = ev._real_value(field, incident, unscored)
                have = ev._real_value(field, draft["values"], unscored) if draft else None
                if have is None:
                    outcome = "missed" if want is not None else "empty, right"
                elif want is not None and ev._real_same(field, want, have, on=ev._span(incident)[0]):
                    outcome = RIGHT
                else:
                    outcome = "wrong" if want is not None else "filled, nothing coded"
                rows.append(
                    base | {"incident": i, "field": field, "outcome": outcome} | _value(field, draft, have, want)
                )
        for j, draft in enumerate(own):
            if j in matched.values():
                continue
            for field in ev.REAL_FIELDS:
                have = ev._real_value(field, draft["values"], unscored)
                if have is not None:
                    row = base | {"incident": f"spurious {j}", "field": field, "outcome": "spurious draft"}
                    rows.append(row | _value(field, draft, have, None))
    return rows


def _value(field: str, draft: dict[str, Any] | None, have: Any, want: Any) -> dict[str, Any]:
    """The value's columns: proposed, coded, the evidence, default flag, notes, and its reading path."""
    if draft is None or have is None:
        return {"proposed": have, "coded": want, "default": False, "evidence": "", "notes": "", "path": ""}
    from audit_extract import KEYS  # the draft keys behind each scored field
    from extract_paths import reading_path

    key = KEYS.get(field, (field,))[0]
    evidence = draft["evidence"].get(key) or ""
    if field == "victims":
        evidence = draft["evidence"].get("target_type") or draft["evidence"].get("victim_nationality") or ""
    default = any(k in draft["defaults"] for k in KEYS.get(field, (field,)))
    notes = [n for n in draft["notes"] if any(word in n.lower() for word in _NOTE_WORDS.get(field, (field,)))]
    return {
        "proposed": have,
        "coded": want,
        "default": default,
        "evidence": evidence,
        "notes": " | ".join(notes),
        "path": reading_path(field, draft, have, evidence, default),
    }


_NOTE_WORDS = {
    "actor": ("perpetrator", "actor", "claim", "blame"),
    "victims": ("target", "victim", "nationality"),
    "type": ("type", "kind"),
    "date": ("date", "day", "week"),
}


def collect(rounds: list[int], work: Path) -> list[dict[str, Any]]:
    """The rows of every round asked for (old code, out of sample) and of today's code over all dev (in sample)."""
    rows: list[dict[str, Any]] = []
    import eval_extract as ev

    for round_ in rounds:
        commit = BRANCH_POINTS.get(round_)
        paths = dev_reports({round_})
        if commit is None or not paths:
            print(
                f"round {round_}: {'no branch point named' if commit is None else 'no dev report'}; left out",
                file=sys.stderr,
            )
            continue
        try:
            src = export(commit, work)
            drafts = run_reader(src, paths, work / "drafts" / f"round-{round_}-{commit}.json", work / "cache" / commit)
        except (subprocess.CalledProcessError, OSError) as error:
            print(f"round {round_}: the code of {commit} did not run ({error}); left out", file=sys.stderr)
            continue
        first = ev.evaluate_real(
            "dev",
            round_=round_,
            drafts_of=lambda path, text, published, kept=drafts: [d["values"] for d in kept[path.stem]],
        )
        print(
            f"round {round_} ({commit}, {len(paths)} dev reports): first dev F1 {ev.f1(ev.totals(first)):.4f}",
            file=sys.stderr,
        )
        rows += score("out", {p.stem: round_ for p in paths}, paths, drafts)
    paths = dev_reports(None)
    reports = hashlib.sha256(" ".join(p.stem for p in paths).encode()).hexdigest()[:8]
    today = work / "drafts" / f"today-dev-{tree_digest(ROOT / 'src')}-{reports}.json"  # new code or reports: anew
    drafts = run_reader(ROOT / "src", paths, today, work / "cache" / "today")
    round_of = {p.stem: json.loads(p.read_text(encoding="utf-8")).get("round") for p in paths}
    rows += score("in", round_of, paths, drafts)
    return rows


def write_rows(rows: Iterable[dict[str, Any]], out: Path) -> None:
    """The rows as a TSV (tabs and newlines inside a cell become spaces)."""
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        lines.append(
            "\t".join(
                re.sub(r"[\t\n]", " ", json.dumps(row[c]) if not isinstance(row[c], str) else row[c]) for c in COLUMNS
            )
        )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def f1_of(outcomes: Counter[str]) -> float:
    """F1 over a set of outcomes, as ``evaluate_real`` counts them (a value filled where nothing was coded, or on
    a spurious draft, is proposed; a coded value left empty or wrong is expected)."""
    right = outcomes[RIGHT]
    proposed = right + sum(outcomes[o] for o in WRONG)
    expected = right + outcomes["wrong"] + outcomes["missed"]
    return 2 * right / (proposed + expected) if proposed + expected else 0.0


#: A path with at least this many values out of sample, and a precision below half the all-fields F1 there, is a
#: candidate for abstaining.
ENOUGH = 8


def table(rows: list[dict[str, Any]]) -> str:
    """Per field and path: proposed, right, wrong and precision out of sample, then in sample (markdown); a path
    whose out-of-sample precision is below half the all-fields F1 there, on :data:`ENOUGH` values, is in bold."""
    counts: dict[tuple[str, str], dict[str, Counter[str]]] = defaultdict(lambda: {"out": Counter(), "in": Counter()})
    totals: dict[str, Counter[str]] = {"out": Counter(), "in": Counter()}
    fields: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        outcome = row["outcome"]
        totals[row["sample"]][outcome] += 1
        fields[(row["sample"], row["field"])][outcome] += 1
        if outcome == RIGHT or outcome in WRONG:
            counts[(row["field"], row["path"])][row["sample"]]["right" if outcome == RIGHT else "wrong"] += 1
    lines = []
    for sample in ("out", "in"):
        t = totals[sample]
        lines.append(
            f"{sample} of sample: {t[RIGHT]} right of {t[RIGHT] + sum(t[o] for o in WRONG)} proposed,"
            f" {t[RIGHT] + t['wrong'] + t['missed']} coded; all fields F1 {f1_of(t):.4f}, F1/2 {f1_of(t) / 2:.3f}"
        )
    line = f1_of(totals["out"]) / 2
    candidates: list[tuple[str, str]] = []
    lines += [
        "",
        "| field (F1 out, in) | path | out: proposed | right | wrong | P | in: proposed | right | wrong | P |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for (field, path), by in sorted(counts.items(), key=lambda kv: (kv[0][0], -sum(kv[1]["out"].values()), kv[0][1])):
        cells = []
        for sample in ("out", "in"):
            c = by[sample]
            proposed = c["right"] + c["wrong"]
            cells += [
                str(proposed),
                str(c["right"]),
                str(c["wrong"]),
                f"{c['right'] / proposed:.2f}" if proposed else "–",
            ]
        out = by["out"]["right"] + by["out"]["wrong"]
        if out >= ENOUGH and by["out"]["right"] / out < line:
            candidates.append((field, path))
            path = f"**{path}**"
        name = f"{field} ({f1_of(fields[('out', field)]):.2f}, {f1_of(fields[('in', field)]):.2f})"
        lines.append(f"| {name} | {path} | " + " | ".join(cells) + " |")
    rounds = {row["round"] for row in rows if row["sample"] == "out"}
    for field, path in candidates:
        same = Counter(
            row["outcome"] == RIGHT
            for row in rows
            if row["sample"] == "in" and row["round"] in rounds and (row["field"], row["path"]) == (field, path)
            if row["outcome"] == RIGHT or row["outcome"] in WRONG
        )
        lines.append(
            f"\nCandidate {field} / {path}: today's code on the same rounds' dev reports proposes"
            f" {same[True] + same[False]} by this path, {same[True]} right."
        )
    return "\n".join(lines)


def _rounds(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--write-drafts"]:
        write_drafts(Path(argv[1]), Path(argv[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="50-71", help="held-back rounds, e.g. 50-71 (default)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "extract-first-scores")
    parser.add_argument("--rows", type=Path, help="write every scored value here (TSV)")
    args = parser.parse_args(argv)
    rows = collect(_rounds(args.rounds), args.work)
    if args.rows:
        write_rows(rows, args.rows)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
