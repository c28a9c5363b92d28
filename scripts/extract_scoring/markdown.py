"""The Markdown tables of the scores: what the command line prints and docs/extract.md carries."""

from __future__ import annotations

from typing import Any

from .matching import REAL_FIELDS
from .real import f1, totals


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


def side_lines(result: dict[str, Any]) -> str:
    """The fields scored beside the F1 (``evaluate_real``'s ``"side"``), one line each, so that work on them shows
    without moving the figure every earlier session is compared by."""
    lines = []
    for name, c in result.get("side", {}).items():
        figure = f"{f1(c):.2f}" if c["expected"] or c["proposed"] else "–"
        lines.append(
            f"- {name} (beside the F1, not in it): P {_ratio(c['correct'], c['proposed'])}, "
            f"R {_ratio(c['correct'], c['expected'])}, F1 {figure} "
            f"({c['correct']} right of {c['proposed']} proposed, {c['expected']} coded)"
        )
    return "\n".join(lines)


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
