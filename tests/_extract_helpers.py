"""What the extraction tests share: the real-report fixtures, a fixed "today", and one way to read drafts."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from incident_tracker.extract import extract_drafts

#: The real reports of the evaluation (tests/fixtures/extract-real: a .txt and its labels, a .json).
REAL = Path(__file__).resolve().parent / "fixtures" / "extract-real"
#: Blind adjudications of reports coded twice: the first coding as written, and the rulings that settled it.
ADJUDICATION = REAL.parent / "extract-adjudication"
#: Publication day the sentences of the rule tests are read against ("on Saturday" = 29 November).
MONDAY = dt.date(2025, 12, 1)


def drafts_of(text: str, published: dt.date = MONDAY, **kwargs: Any) -> list[dict[str, Any]]:
    """The values of every draft the extractor makes of ``text``."""
    return [draft.values for draft in extract_drafts(text, published, **kwargs)]


def one_draft(text: str, published: dt.date = MONDAY, **kwargs: Any) -> dict[str, Any]:
    """The values of the one draft ``text`` must give (the test fails, showing them all, if not one)."""
    drafts = drafts_of(text, published, **kwargs)
    assert len(drafts) == 1, drafts
    return drafts[0]


def as_first_coded(spec: dict[str, Any], path: Path) -> dict[str, Any]:
    """A report's labels with its incidents as first coded: a later blind adjudication may have settled some of
    its values (docs/extract-journal.md, *Two coders*), and a round's tests check the round as it was collected."""
    record = ADJUDICATION / path.name
    if not record.exists():
        return spec
    return dict(spec, incidents=json.loads(record.read_text(encoding="utf-8"))["first_coding"])


def round_reports(round_: int) -> list[tuple[dict[str, Any], Path]]:
    """A held-back round's reports, as first coded: each one's labels (its .json) and the file they came from."""
    pairs = [(as_first_coded(json.loads(p.read_text(encoding="utf-8")), p), p) for p in sorted(REAL.glob("*.json"))]
    return [(spec, path) for spec, path in pairs if spec.get("round") == round_]


def coded_by_report(round_: int, key: Callable[[dict[str, Any]], Any]) -> dict[str, list[Any]]:
    """One value per incident of a held-back round, by report id, as the coding first had it."""
    return {p.name.split("-")[0]: [key(i) for i in s["incidents"]] for s, p in round_reports(round_)}


#: What a round's tests compare first for each incident: its day and how precise it is, where, the tolls, the kind and
#: the attribution (a test adds the fields its reports turn on).
FIRST_FIELDS = ("event_date", "date_precision", "country", "killed", "injured", "sub_event_type", "attribution")
#: The one field a coding leaves out when it is empty: a single day has no end.
OPTIONAL_FIELDS = frozenset({"event_date_end"})


def coded_fields(round_: int, *fields: str) -> dict[str, list[tuple[Any, ...]]]:
    """``fields`` of each incident of a held-back round, by report id, as the coding first had it: every field but
    ``OPTIONAL_FIELDS`` must be in the coding (a misspelt one fails the test instead of reading as None)."""
    return coded_by_report(round_, lambda i: tuple(i.get(f) if f in OPTIONAL_FIELDS else i[f] for f in fields))


def assert_round_holds(round_: int, events: dict[str, str], ids: range) -> list[dict[str, Any]]:
    """A held-back round is there as collected: its report ids, its events on the sides their slugs' MD5 gives, none
    of them (event or page) in the corpus before, each page once. Returns the round's labels."""
    pairs = round_reports(round_)
    specs = [s for s, _ in pairs]
    assert len(specs) == len(ids)
    assert sorted(int(p.name.split("-")[0]) for _, p in pairs) == list(ids)
    assert {s["event"]: s["split"] for s in specs} == events
    assert_sides_by_slug(specs)
    assert_new_to_the_corpus(specs, round_)
    assert len({s["url"] for s in specs}) == len(ids)
    return specs


def assert_sides_by_slug(specs: list[dict[str, Any]]) -> None:
    """The held-back rounds' rule for sides: test when the MD5 of the event's slug starts with 0-5."""
    for spec in specs:
        first = hashlib.md5(spec["event"].encode()).hexdigest()[0]
        assert spec["split"] == ("test" if first in "012345" else "dev"), spec["event"]


def assert_new_to_the_corpus(specs: list[dict[str, Any]], round_: int) -> None:
    """No event or report of a held-back round was in the corpus before it."""
    earlier = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]
    earlier = [s for s in earlier if s.get("round") != round_]
    assert not {s["event"] for s in specs} & {s["event"] for s in earlier}, "an event already in the corpus"
    before = {s["url"] for s in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


def docs_extract_section(title: str) -> str:
    """One ``## `` section of docs/extract.md or of its evaluation journal, docs/extract-journal.md, by its title."""
    docs = REAL.parent.parent.parent / "docs"
    for page in ("extract.md", "extract-journal.md"):
        text = (docs / page).read_text(encoding="utf-8")
        if f"\n## {title}\n" in text:
            return text.split(f"\n## {title}\n")[1].split("\n## ")[0]
    raise AssertionError(f"no section {title!r} in docs/extract.md or docs/extract-journal.md")


def assert_slugs_named_in_docs(title: str, slugs: Iterable[str]) -> None:
    """docs/extract.md's section ``title`` names each slug of a held-back round, as committed before hashing."""
    section = docs_extract_section(title)
    for slug in slugs:
        assert f"`{slug}`" in section, slug


def assert_scored_on_its_own(round_: int, *, texts: int, incidents: int, test: int, dev: int) -> None:
    """``--round N`` scores the round's reports alone: ``texts`` reports, ``incidents`` coded, ``test`` and ``dev``
    of them on each side (the evaluation docs/extract.md shows, through scripts/docgen.py)."""
    scripts = str(REAL.parent.parent.parent / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    from docgen import real_round
    from eval_extract import evaluate_real

    result = real_round(round_)
    assert result["texts"] == texts
    assert result["incidents"]["expected"] == incidents
    assert evaluate_real("test", round_=round_)["texts"] == test
    assert evaluate_real("dev", round_=round_)["texts"] == dev
