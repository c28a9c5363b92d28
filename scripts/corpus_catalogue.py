"""Tables that describe the corpus of real reports in ``tests/fixtures/extract-real/``.

docs/extract.md ("A corpus that is not ours") prints these with cog, so the catalogue
stays true as reports are added. Nothing here runs the extractor: the figures of
``tracker extract`` on this corpus come from ``scripts/eval_extract.py``.

Usage: python scripts/corpus_catalogue.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "extract-real"

#: What each phenomenon tag in a report's header means, in the order the docs list them.
PHENOMENA: dict[str, str] = {
    "dateline": "a dateline (city, date or agency) opens the report",
    "outlet-place": "the outlet's or agency's own place or a photo caption names a place that is not the event's",
    "weekday-date": 'a weekday dates the event or the statement ("late on Wednesday", "said on Sunday")',
    "explicit-date": 'a date is written out ("on December 2", "27.01.2022")',
    "relative-date": '"today", "yesterday", "last night", "the day before"',
    "time-of-day": 'a clock time or "around midnight", "in the wee hours"',
    "multi-day": "the event spans more than one day (fighting over a weekend, an overnight attack)",
    "night-span": 'a night written as two days ("on the night of August 7 and 8", "night of 22/23 January")',
    "no-event-date": "the text gives no date for the event, only for the statement about it",
    "vague-date": 'the date is only implied ("have killed", reported on Saturday)',
    "conflicting-dates": "sources give different dates or directions for the same event",
    "at-least": 'a toll given as "at least N"',
    "vague-quantity": '"several", "dozens", "a number of", "15 to 20"',
    "casualty-list": 'a toll broken down by kind ("three women, four children and two men")',
    "casualty-split-over-clauses": "a toll that must be added up over clauses or sentences",
    "conflicting-tolls": "two sources give different tolls for the same event",
    "revised-toll": 'the toll rises during the report ("has risen to nine, from seven")',
    "running-total": 'a cumulative toll over several engagements ("bringing to 50 the number killed")',
    "tolls-from-both-sides": "each side reports its own dead and wounded",
    "victims-include-dead": 'a count of "victims" or "hurt" that includes the dead',
    "martyred": 'deaths written as "martyred" or "embraced shahadat"',
    "background-toll": "an older incident with its own toll in a background paragraph",
    "background-incident": "an older or other incident mentioned (with or without a toll)",
    "background-context": "a background paragraph on the conflict, with no incident",
    "reactions": "condemnations, condolences, calls for restraint",
    "official-statement": "a statement quoted or reported with its author",
    "disputed-attribution": "each side blames the other",
    "alleged-attribution": "one party names a perpetrator or an origin, uncorroborated",
    "confirmed-attribution": "the acting state accepts the strike, or both sides agree who acted",
    "claimed": "a group claims the attack",
    "no-claim": "the text says that nobody has claimed the attack",
    "unknown-perpetrator": 'the text says who fired is unclear ("it was unclear who had carried out the attack")',
    "cross-border-origin": "the attack is said to have come from across the border",
    "several-incidents": "more than one new incident in one report",
    "no-incident": "a report with no new incident at all",
    "non-english-spelling": "transliterated names that vary (Saravan/Sarawan, Kok-Tash/Koktosh, Barmal/Bernal)",
    "outlet-attribution-chain": 'one outlet citing another ("Tolo News, citing the Ministry")',
    "sources-said": 'unnamed sources carry the facts ("sources said", "according to local sources")',
    "solar-calendar": 'a span or date in the Afghan or Iranian solar calendar ("since the start of the solar year")',
}


def reports() -> list[dict[str, Any]]:
    """Each report's coding with its header fields and file stem, in id order (80 before 100)."""
    rows = []
    for path in sorted(CORPUS.glob("*.json"), key=lambda p: int(p.stem.partition("-")[0])):
        spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        header = {}
        for line in path.with_suffix(".txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            key, _, value = line.lstrip("# ").partition(":")
            header[key.strip()] = value.strip()
        tags = [tag.strip() for tag in header["Phenomena"].split(",")]
        rows.append({**spec, "id": path.stem.partition("-")[0], "stem": path.stem, "phenomena": tags})
    return rows


def summary_table(rows: list[dict[str, Any]]) -> str:
    """Counts of reports and incidents per split and per border."""
    lines = ["| border | dev reports | test reports | incidents coded |", "|---|---:|---:|---:|"]
    for border in sorted({r["border"] for r in rows}):
        mine = [r for r in rows if r["border"] == border]
        dev = sum(r["split"] == "dev" for r in mine)
        incidents = sum(len(r["incidents"]) for r in mine)
        lines.append(f"| {border} | {dev} | {len(mine) - dev} | {incidents} |")
    dev = sum(r["split"] == "dev" for r in rows)
    incidents = sum(len(r["incidents"]) for r in rows)
    lines.append(f"| **all** | {dev} | {len(rows) - dev} | {incidents} |")
    return "\n".join(lines)


def phenomena_table(rows: list[dict[str, Any]]) -> str:
    """How many reports carry each phenomenon, overall and in the test split."""
    every = Counter(tag for r in rows for tag in r["phenomena"])
    test = Counter(tag for r in rows if r["split"] == "test" for tag in r["phenomena"])
    lines = ["| phenomenon | what it is | reports | of them test |", "|---|---|---:|---:|"]
    for tag, meaning in PHENOMENA.items():
        lines.append(f"| `{tag}` | {meaning} | {every[tag]} | {test[tag]} |")
    return "\n".join(lines)


def reports_table(rows: list[dict[str, Any]]) -> str:
    """One line per report: id, outlet, date, event, split, incidents, URL."""
    lines = ["| id | outlet | published | event | split | incidents | original |", "|---|---|---|---|---|---:|---|"]
    for r in rows:
        lines.append(
            f"| {r['id']} | {r['outlet']} | {r['published']} | {r['event']} | {r['split']} "
            f"| {len(r['incidents'])} | [link]({r['url']}) |"
        )
    return "\n".join(lines)


def outlet_counts(rows: list[dict[str, Any]]) -> str:
    """Reports per outlet, as one sentence-style list (the outlet before any "via")."""
    counts = Counter(r["outlet"].split(" (")[0] for r in rows)
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


if __name__ == "__main__":
    rows = reports()
    print(summary_table(rows), phenomena_table(rows), outlet_counts(rows), sep="\n\n")
