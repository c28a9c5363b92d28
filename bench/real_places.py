"""Accuracy on real place strings from border reports: the set, the one adapter, the scoring.

``bench/geocode_real.tsv`` holds place phrases exactly as reports of the region write
them (Dawn, Express Tribune, Asia-Plus, 24.kg, AKIpress, RFE/RL, TOLOnews, IRNA, Mehr…),
each with the coordinates it truly has, a tolerance, and what a trustworthy geocoder
must do with it: ``located`` (answer within the tolerance), ``coarser`` (only the
district or province is knowable: answer at that unit, wider tolerance) or
``unlocated`` (nothing trustworthy exists: the answer must be empty) or ``either``
(the string names a real place, but the report uses it in another role than the
event's place, and nothing in the string itself says so: "GILGIT" as a dateline, "the
district hospital in Panjgur" where the wounded were taken, "Москва". That place, or
an empty answer, is right; any other point is confidently wrong. Which place is the
event's is the extraction's question, judged by ``scripts/eval_extract.py``; the
geocoder sees the string alone).

The figure that matters most is **confidently wrong**: an answer outside the tolerance,
or any answer for an ``unlocated`` case. An empty answer is never wrong, only less
useful ("wrong is worse than empty").

Used by ``bench/bench_geocode.py --real`` and ``tests/test_geo_accuracy.py``. The call
to the geocoder lives in :func:`_locate` alone, so that pointing the whole evaluation at
another geocoder (issue 13's library ``locate()``) is a change of one function.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from incident_tracker.errors import ValidationError
from incident_tracker.geo.candidates import Candidate
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.gazetteer import haversine_km

REAL_SET = Path(__file__).resolve().parent / "geocode_real.tsv"

COLUMNS = (
    "id",
    "split",
    "query",
    "context_countries",
    "expected",
    "latitude",
    "longitude",
    "tolerance_km",
    "expected_precision",
    "country",
    "trap",
    "report_url",
    "coord_source",
    "note",
)
SPLITS = ("dev", "test")
EXPECTED = ("located", "coarser", "unlocated", "either")
PRECISIONS = ("exact", "near", "admin2", "admin1", "country", "")
TRAPS = ("", "twin", "far_namesake", "fuzzy", "role", "hierarchy")

#: Outcomes of one case. ``within`` and ``rightly_empty`` are right; ``wrong`` is a
#: confidently wrong answer; ``unlocated`` is an empty answer where one was expected;
#: ``coarse`` is a province (``admin1``) standing in for a place the gazetteer does not
#: know, outside the case's tolerance but holding the place (its truth lies in that
#: province): not wrong, since the record claims no more than the province, and not
#: right either, since a finer answer existed. ACLED codes such events the same way.
WITHIN, RIGHTLY_EMPTY, UNLOCATED, WRONG, COARSE = "within", "rightly_empty", "unlocated", "wrong", "coarse"


@dataclass(frozen=True)
class RealCase:
    """One place string from one report, with where it truly is."""

    id: str
    split: str
    query: str
    context_countries: tuple[str, ...]
    expected: str
    latitude: float | None
    longitude: float | None
    tolerance_km: float | None
    expected_precision: str
    country: str
    trap: str
    report_url: str
    coord_source: str
    note: str


Answer = tuple[float, float, str]


@dataclass(frozen=True)
class Verdict:
    """What the geocoder answered for a case, and how that is judged."""

    case: RealCase
    answer: Answer | None
    km: float | None
    outcome: str

    def describe(self) -> str:
        """One line naming the case by id, for test failures and the bench listing."""
        got = "nothing" if self.answer is None else f"({self.answer[0]:.4f}, {self.answer[1]:.4f}) {self.answer[2]}"
        far = f", {self.km:.0f} km off" if self.km is not None else ""
        trap = f" [{self.case.trap}]" if self.case.trap else ""
        return f"{self.case.id}{trap} {self.case.query!r}: expected {self.case.expected}, got {got}{far}"


def _float(text: str) -> float | None:
    return float(text) if text.strip() else None


def load_real_cases(path: Path = REAL_SET) -> list[RealCase]:
    """The cases of the set, in file order; ``#`` lines before the header are comments."""
    lines = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    header, rows = lines[0].split("\t"), lines[1:]
    if tuple(header) != COLUMNS:
        raise ValueError(f"{path.name}: header {header} is not {list(COLUMNS)}")
    cases = []
    for number, line in enumerate(rows, start=2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{path.name}: data row {number} has {len(cells)} cells, not {len(COLUMNS)}")
        row = dict(zip(COLUMNS, cells, strict=True))
        cases.append(
            RealCase(
                id=row["id"],
                split=row["split"],
                query=row["query"],
                context_countries=tuple(c for c in row["context_countries"].split(";") if c),
                expected=row["expected"],
                latitude=_float(row["latitude"]),
                longitude=_float(row["longitude"]),
                tolerance_km=_float(row["tolerance_km"]),
                expected_precision=row["expected_precision"],
                country=row["country"],
                trap=row["trap"],
                report_url=row["report_url"],
                coord_source=row["coord_source"],
                note=row["note"],
            )
        )
    return cases


def _locate(case: RealCase, resolver: Resolver) -> Candidate | None:
    """THE adapter: what the geocoder chooses for one case's string, or None.

    Calls the library ``locate()`` (issue 13), as ``tracker add`` does without a
    terminal: the report's context countries join the region (they are the countries
    the same text names), never a hard constraint; an ambiguous or untrusted answer is
    no answer; a fallback to the district or province the string names is an answer
    at that precision.
    """
    from incident_tracker.geo.locate import locate

    try:
        located = locate(case.query, resolver=resolver, named=frozenset(case.context_countries))
    except ValidationError:
        return None
    return located.chosen


def verdict_for(case: RealCase, chosen: Candidate | None, resolver: Resolver) -> Verdict:
    """Judge what the geocoder chose for ``case``: its point and precision, whether a
    province answer holds the truth, and whether it lies in another country."""
    if chosen is None:
        return judge(case, None)
    answer = (chosen.latitude, chosen.longitude, chosen.geo_precision)
    return judge(case, answer, _province_holds(case, chosen, resolver), _other_country(case, chosen))


def _province_holds(case: RealCase, chosen: Candidate, resolver: Resolver) -> bool:
    """Is ``chosen`` a province (admin1) answer, and does the case's true point lie in it?

    The true point's province is that of the nearest gazetteer place in the case's
    country (no polygons are at hand; near a provincial line this may err either way).
    """
    if chosen.geo_precision != "admin1" or case.latitude is None or case.longitude is None:
        return False
    if chosen.country != case.country or not chosen.admin1_code:
        return False
    nearest = resolver.gazetteer.nearest(case.latitude, case.longitude, country=case.country)
    return nearest is not None and nearest[0].admin1_code == chosen.admin1_code


def _other_country(case: RealCase, chosen: Candidate) -> bool:
    """Does ``chosen`` lie in another country than the case's place?

    Near a border the far side's point can be within the tolerance (the Afghan district
    across the Panj from the Tajik one of the same name, an Afghan village for a Turkmen
    one), yet the record would name the wrong country: that is wrong, not near. A
    crossing, post, pass or bridge belongs to both its sides (``Candidate.sides``).
    """
    return bool(case.country and chosen.country and case.country not in chosen.sides)


def judge(case: RealCase, answer: Answer | None, province_holds: bool = False, other_country: bool = False) -> Verdict:
    """Right, empty, coarse or confidently wrong: see the module docstring and :data:`COARSE`.

    Since 2026-12-04 an answer within the tolerance but in another country than the
    case's (``other_country``, see :func:`_other_country`) is wrong.
    """
    if case.expected == "unlocated":
        return Verdict(case, answer, None, RIGHTLY_EMPTY if answer is None else WRONG)
    if answer is None:
        return Verdict(case, None, None, RIGHTLY_EMPTY if case.expected == "either" else UNLOCATED)
    assert case.latitude is not None and case.longitude is not None and case.tolerance_km is not None
    km = haversine_km(case.latitude, case.longitude, answer[0], answer[1])
    if km <= case.tolerance_km and not other_country:
        return Verdict(case, answer, km, WITHIN)
    return Verdict(case, answer, km, COARSE if province_holds and case.expected != "either" else WRONG)


def answered_either(verdicts: Iterable[Verdict], split: str) -> list[str]:
    """Ids of ``either`` cases of ``split`` given any answer: what the judge of the rounds before
    2026-12-03 counted as confidently wrong, when those cases were labelled ``unlocated``."""
    return [
        v.case.id
        for v in verdicts
        if v.case.expected == "either" and v.answer is not None and split in ("all", v.case.split)
    ]


def score(resolver: Resolver, cases: Iterable[RealCase]) -> list[Verdict]:
    """Judge every case."""
    return [verdict_for(case, _locate(case, resolver), resolver) for case in cases]


@dataclass(frozen=True)
class Summary:
    """Counts for one split (or all): right = within tolerance or rightly left empty."""

    split: str
    total: int
    right: int
    within: int
    rightly_empty: int
    unlocated: int
    wrong: int
    coarse: int = 0

    def line(self) -> str:
        def share(count: int) -> str:
            return f"{count}/{self.total} = {count / self.total:.0%}" if self.total else "0/0"

        return (
            f"{self.split}: {self.total} cases; right {share(self.right)} "
            f"(within tolerance {self.within}, rightly left empty {self.rightly_empty}); "
            f"province stands in {share(self.coarse)}; "
            f"left unlocated {share(self.unlocated)}; confidently wrong {share(self.wrong)}"
        )


def summarise(verdicts: Sequence[Verdict], split: str, label: str | None = None) -> Summary:
    """Counts over the verdicts of ``split`` (``"all"`` for every case), named ``label`` or the split."""
    chosen = [v for v in verdicts if split in ("all", v.case.split)]

    def count(outcome: str) -> int:
        return sum(1 for v in chosen if v.outcome == outcome)

    within, empty = count(WITHIN), count(RIGHTLY_EMPTY)
    return Summary(
        label or split, len(chosen), within + empty, within, empty, count(UNLOCATED), count(WRONG), count(COARSE)
    )


def median_ms_per_string(resolver: Resolver, cases: Sequence[RealCase], runs: int = 5) -> float:
    """Median over the cases of each string's median warm lookup time, in ms."""
    for case in cases:
        _locate(case, resolver)  # warm caches and imports
    per_case = []
    for case in cases:
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            _locate(case, resolver)
            timings.append(time.perf_counter() - start)
        per_case.append(statistics.median(timings))
    return statistics.median(per_case) * 1000
