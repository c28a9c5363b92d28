"""What the extraction tests share: the real-report fixtures, a fixed "today", and one way to read drafts."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

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


@functools.cache
def _corpus_labels() -> tuple[tuple[Path, str, Any, str, str], ...]:
    """Every report's labels file, its text and what the rounds' tests select or compare by (its round, event and
    URL), read once per process.

    A round's tests read the whole corpus (1,120 labels files, ~50 ms) to find their round's few reports, and again to
    show the round new to the corpus: hundreds of times a session. The texts are kept and parsed anew for each caller,
    so a test gets its own dicts, as before; the files are the session's, which no test writes (suite28)."""
    rows = []
    for path in sorted(REAL.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        spec = json.loads(text)
        rows.append((path, text, spec.get("round"), spec["event"], spec["url"]))
    return tuple(rows)


def round_reports(round_: int) -> list[tuple[dict[str, Any], Path]]:
    """A held-back round's reports, as first coded: each one's labels (its .json) and the file they came from."""
    return [(as_first_coded(json.loads(text), path), path) for path, text, r, _, _ in _corpus_labels() if r == round_]


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
    earlier = [(event, url) for _, _, r, event, url in _corpus_labels() if r != round_]
    assert not {s["event"] for s in specs} & {event for event, _ in earlier}, "an event already in the corpus"
    before = {url for _, url in earlier}
    assert before.isdisjoint(s["url"] for s in specs), "a report already in the corpus was added again"


#: The pages whose ``## `` sections the rounds' tests read: docs/extract.md and its evaluation journal.
EXTRACT_PAGES = tuple(REAL.parent.parent.parent / "docs" / page for page in ("extract.md", "extract-journal.md"))


@functools.cache
def _page_text(page: Path) -> str:
    """One of :data:`EXTRACT_PAGES`, read once per process: the rounds' tests look up their sections hundreds of times a
    session, and the journal is 2.3 MB (~10 ms a read); no test writes the docs (suite29a)."""
    return page.read_text(encoding="utf-8")


@functools.cache
def _page_headings(page: Path) -> tuple[str, ...]:
    """The ``## `` lines of one of :data:`EXTRACT_PAGES`, found once per process."""
    return tuple(line for line in _page_text(page).splitlines() if line.startswith("## "))


def docs_extract_section(title: str) -> str:
    """One ``## `` section of docs/extract.md or of its evaluation journal, docs/extract-journal.md, by its title."""
    for page in EXTRACT_PAGES:
        text, heading = _page_text(page), f"\n## {title}\n"
        if (start := text.find(heading)) >= 0:
            end = text.find("\n## ", start + len(heading))  # the next section, if any
            return text[start + len(heading) : end if end >= 0 else len(text)]
    raise AssertionError(f"no section {title!r} in docs/extract.md or docs/extract-journal.md")


def assert_slugs_named_in_docs(title: str, slugs: Iterable[str]) -> None:
    """docs/extract.md's section ``title`` names each slug of a held-back round, as committed before hashing."""
    section = docs_extract_section(title)
    for slug in slugs:
        assert f"`{slug}`" in section, slug


def held_back_section(round_: int) -> str:
    """The title of the journal's section on held-back round ``round_`` (``The eighty-third round: held back (round
    83)``): found by its ending, so a round's tests do not spell its ordinal again."""
    ending = f" round: held back (round {round_})"
    for page in EXTRACT_PAGES:
        for line in _page_headings(page):
            if line.endswith(ending):
                return line[3:]
    raise AssertionError(f"no section ending {ending!r} in docs/extract.md or docs/extract-journal.md")


def assert_scored_on_its_own(round_: int, *, texts: int, incidents: int, test: int, dev: int) -> None:
    """``--round N`` scores the round's reports alone: ``texts`` reports, ``incidents`` coded, ``test`` and ``dev``
    of them on each side (the evaluation docs/extract.md shows, through scripts/docgen.py).

    Each side is scored through ``offline_drafts``, as ``real_round`` is: the session's drafts of the round's reports
    (kept by ``real_round`` a line before, or by the splits' evaluations of the docs and corpus tests) are read back
    instead of being extracted twice more; what is checked, how many reports each side's evaluation scores, is the same
    (suite27)."""
    scripts = str(REAL.parent.parent.parent / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    from docgen import offline_drafts, real_round
    from eval_extract import evaluate_real

    result = real_round(round_)
    assert result["texts"] == texts
    assert result["incidents"]["expected"] == incidents
    assert evaluate_real("test", round_=round_, drafts_of=offline_drafts)["texts"] == test
    assert evaluate_real("dev", round_=round_, drafts_of=offline_drafts)["texts"] == dev


#: ACLED's sub-event types as a coding writes them, for the rounds' expected rows.
ATTACK = "Attack"
CLASH = "Armed clash"
MOB = "Mob violence"
ABDUCTION = "Abduction/forced disappearance"
SUICIDE_BOMB = "Suicide bomb"
REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"
TERRITORY_TAKEN = "Non-state actor overtakes territory"
TERRITORY_RETAKEN = "Government regains territory"


class HeldBackRound:
    """The frame every held-back round's tests share; a round's file subclasses it as ``TestTheBatch`` with its data.

    A held-back round changes no rule: it collects a batch nobody had tuned on, whose first score measures what the
    rules do out of sample. The batch is there as collected (its report ids, its events on the sides their slugs'
    MD5 gives, new to the corpus, each page once; its split, each page once and each border's day on one side are
    also checked for the whole corpus in ``tests/test_extract_corpus.py``), its slugs are the ones the journal wrote
    down before they were hashed, and ``--round N`` scores it on its own. What differs from round to round is data,
    below; how its dates, tolls, kinds and attributions were coded stays in the round's own tests
    (:func:`coded_fields`)."""

    #: The round's number, as its reports' labels carry it.
    ROUND: ClassVar[int]
    #: The report ids the round added, in order.
    REPORTS: ClassVar[range]
    #: The slugs of the round's events, as committed before they were hashed, with the side each landed on.
    EVENTS: ClassVar[dict[str, str]]
    #: The borders of the round's events: a set of them, or each event's border by its slug.
    BORDERS: ClassVar[set[str] | dict[str, str]]
    #: How many incidents the round's reports code, as first coded.
    INCIDENTS: ClassVar[int]
    #: How many the evaluation scores, where an adjudication settled another number (None: as first coded).
    INCIDENTS_SCORED: ClassVar[int | None] = None
    #: How many of the round's reports are on each side.
    SIDES: ClassVar[dict[str, int]]

    def test_the_batch_is_there_as_collected(self) -> None:
        specs = assert_round_holds(self.ROUND, self.EVENTS, self.REPORTS)
        if isinstance(self.BORDERS, dict):
            assert {s["event"]: s["border"] for s in specs} == self.BORDERS
        else:
            assert {s["border"] for s in specs} == self.BORDERS
        assert sum(len(s["incidents"]) for s in specs) == self.INCIDENTS

    def test_the_slugs_are_the_ones_written_down_first(self) -> None:
        """The journal's section on the round names its slugs as they were committed before hashing."""
        assert_slugs_named_in_docs(held_back_section(self.ROUND), self.EVENTS)

    def test_the_round_is_scored_on_its_own(self) -> None:
        incidents = self.INCIDENTS if self.INCIDENTS_SCORED is None else self.INCIDENTS_SCORED
        test, dev = self.SIDES["test"], self.SIDES["dev"]
        assert_scored_on_its_own(self.ROUND, texts=len(self.REPORTS), incidents=incidents, test=test, dev=dev)
