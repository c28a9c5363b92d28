"""Which readings propose the extraction reader's place, and how often each is right (docs/extract-journal.md, "Places:
which readings are trusted").

Every draft's place carries the name of the reading that proposed it (``Draft.place_path``: "in X", "the town
of", "dateline town pointed back to" …) and the sentence it came from (the headline, the lead, a later one). Over
the real reports of one split, scored as ``scripts/eval_extract.py --real`` scores the place (the words of one
phrase all in the other), this counts per reading: places proposed, right, wrong (another place, or one the coder
left empty), and proposed in a draft no coded incident matches.

Usage: python bench/place_paths.py [dev|test] [--kinds] [--cases] [--missed]

``--kinds`` splits each reading by the narrowness of the place it proposed (a line, a province, a name or a
district, an area or a village, a post).

``--cases`` (dev only) prints each wrong place with its report and reading; ``--missed`` (dev only) prints the
coded places the reader proposed nothing for. The test split prints only its totals per reading, summed over the
split: no report, text or value of it.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import eval_extract as ev  # noqa: E402

from incident_tracker.extract.draft import Draft  # noqa: E402

KINDS = ("proposed", "right", "wrong", "unmatched")


def _where(evidence: str, first: str | None, lead: str | None) -> str:
    """Which sentence the place was read from: the headline, the lead, or a later one."""
    if evidence and evidence == first:
        return "headline"
    return "lead" if evidence and evidence == lead else "later"


def _heads(text: str) -> tuple[str | None, str | None]:
    """The headline (a first line with no stop) and the lead (the first sentence after it)."""
    from incident_tracker.extract.sentences import split_sentences

    sentences = split_sentences(text)
    if not sentences:
        return None, None
    head = sentences[0]
    titled = not head.text.rstrip().endswith((".", "!", "?", '"', "”")) and any(s.paragraph > 0 for s in sentences)
    body = sentences[1:] if titled else sentences
    return (head.text if titled else None), (body[0].text if body else None)


#: A place's narrowness as the reader ranks it (``place._specificity``), by name.
NARROWNESS = ("line", "province", "name or district", "area or village", "post")


def _key(draft: Draft, first: str | None, lead: str | None, kinds: bool) -> str:
    from incident_tracker.extract.place import _specificity

    where = _where(draft.evidence.get("place", ""), first, lead)
    narrow = f" ({NARROWNESS[_specificity(str(draft.values['place']))]})" if kinds else ""
    return f"{draft.place_path}{narrow} | {where}"


def tabulate(split: str, *, cases: bool = False, missed: bool = False, kinds: bool = False) -> dict[str, Counter[str]]:
    """Per reading (and sentence; with ``kinds``, and narrowness), the places proposed, right, wrong and
    unmatched over ``split``."""
    from incident_tracker.extract import extract_drafts, gazetteer_locator

    locate = gazetteer_locator(ROOT / "no-such-file.db")
    table: dict[str, Counter[str]] = {}
    for path in ev._real_fixtures(split, ev.REAL):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if "place" in spec.get("unscored", []):
            continue
        text = ev.article_text(path.with_suffix(".txt"))
        drafts = extract_drafts(text, dt.date.fromisoformat(spec["published"]), locate=locate)
        first, lead = _heads(text)
        matched = ev._pair_real(spec["incidents"], [d.values for d in drafts], set(spec.get("unscored", [])))
        for i, incident in enumerate(spec["incidents"]):
            want = incident.get("place")
            draft = drafts[matched[i]] if i in matched else None
            have = draft.values.get("place") if draft else None
            if have is None:
                if want and missed and split == "dev":
                    print(f"missed  {path.stem}: {want!r}")
                continue
            assert draft is not None
            key = _key(draft, first, lead, kinds)
            row = table.setdefault(key, Counter())
            row["proposed"] += 1
            right = want is not None and ev._real_same("place", want, have)
            row["right" if right else "wrong"] += 1
            if not right and cases and split == "dev":
                print(f"wrong   {path.stem}: [{key}] {have!r}, coded {want!r}")
        for j, draft in enumerate(drafts):
            if j not in matched.values() and draft.values.get("place"):
                key = _key(draft, first, lead, kinds)
                table.setdefault(key, Counter()).update(proposed=1, unmatched=1)
    return table


def main(argv: list[str]) -> int:
    split = argv[0] if argv and not argv[0].startswith("-") else "dev"
    table = tabulate(split, cases="--cases" in argv, missed="--missed" in argv, kinds="--kinds" in argv)
    print(f"| reading ({split}) | sentence | {' | '.join(KINDS)} |")
    print("| --- | --- |" + " ---: |" * len(KINDS))
    for key, row in sorted(table.items(), key=lambda kv: (-kv[1]["proposed"], kv[0])):
        reading, where = key.split(" | ")
        print(f"| {reading} | {where} | {' | '.join(str(row[k]) for k in KINDS)} |")
    total = sum(table.values(), Counter())
    print(f"| all | | {' | '.join(str(total[k]) for k in KINDS)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
