"""A long run of hyphenated capitalised words is read once, not split every way (issue 14's reader on pasted text).

Found by the lead at the session's end after extract146's note (its first ``taken_place`` pattern tried every split
of such a run): the same shape, a name that may hold hyphens repeated across hyphens, stood in ``place_patterns``'s
``_ADMIN``, ``place``'s ``_DISTRICT_TOLD`` and ``_AREA_AFTER``, ``border_points``'s ``_STRETCH`` and
``spokesman_claim``'s group, so ``tracker extract`` on a text holding 20 such words before "province" took 27 s and
24 words minutes (2**n splits). Each name is now read one way only (a possessive repeat); the drafts of all 1,010
corpus and fixture reports are the same byte for byte (``bench/draft_digest.py --compare``). The reading runs in a
daemon thread with a limit on its CPU time (a regular expression holds the interpreter while it searches, so a reading
that runs away still stalls the run: before the change these cases took minutes each). "On the <run> stretch of the
border", left then, ran away through ``place_patterns._ROAD``: extract149's ``bench/runaway_patterns.py`` searched every
module-level pattern of the extractor with such runs and found nine more of the shape (tested below, each over 15 s on
the code before); each now reads a name one way, and the drafts of every report are again the same byte for byte.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.another_event import taken_names
from incident_tracker.extract.dates import FoundDate
from incident_tracker.extract.news_day import news_elsewhere

RUN = "-".join(["Kala"] * 30)


@pytest.mark.parametrize(
    "text",
    [
        f"On Monday, gunmen attacked a post in the {RUN} province of the east, killing two soldiers.",
        f"Gunmen attacked a border post in the village of {RUN} Dara in Kunar province, killing two soldiers.",
        f"A Taliban spokesman, {RUN}, said their fighters had stormed the post on Monday.",
        f"Two soldiers were killed in the {RUN} area in the {RUN} district on Monday.",
        # found by bench/runaway_patterns.py (extract149): the road, the compass part, the unit a village lies in,
        # the post patrolled, and a compass word before a province
        f"Two soldiers were killed on the {RUN} stretch of the border on Monday.",
        f"Mortar shells fell on the western parts of {RUN} on Monday, killing two soldiers.",
        f"Gunmen killed two soldiers in the village of Kala in the {RUN} on Monday.",
        f"Gunmen attacked a post in the sector of the {RUN} on Monday, killing two soldiers.",
        f"Gunmen crossed into southern {RUN} on Monday and killed two soldiers.",
    ],
)
def test_a_long_hyphenated_run_is_read_at_once(text: str) -> None:
    assert _finishes(lambda: extract_drafts(text, published=dt.date(2024, 1, 2)))


#: The most CPU time one reading below may take: 10-125 times what each takes now (0.04-0.4 s), and far below what
#: each took when it ran away (minutes; the nine extract149 found, over 15 s each).
CPU_SECONDS = 5.0


def _finishes(read: Callable[[], object], cpu_seconds: float = CPU_SECONDS) -> bool:
    """Whether ``read`` returns before it has used ``cpu_seconds`` of CPU time (run in a daemon thread, which a reading
    that runs away keeps). Its own CPU time, not the wall clock's: a bound guards against a runaway, and on a loaded
    machine the wall stretches 20-50 times while the thread waits for a core (0.36 s of CPU took 7.9 s at a load of 16;
    conc30), so a wall bound failed under load on a reading that was never slow."""
    done: list[object] = []
    clock: list[int] = []

    def reading() -> None:
        clock.append(time.pthread_getcpuclockid(threading.get_ident()))  # this thread's CPU clock, taken while it runs
        done.append(read())

    reader = threading.Thread(target=reading, daemon=True)
    reader.start()
    while reader.is_alive():
        try:
            if clock and time.clock_gettime(clock[0]) > cpu_seconds:
                break
        except OSError:  # the thread ended between the two looks: its clock is gone
            pass
        reader.join(timeout=0.05)
    return len(done) == 1


def test_ground_taken_in_a_long_hyphenated_run_is_read_at_once() -> None:
    """The ground-taken and paragraph-opening readings (``another_event``), which a report reaches on a later
    paragraph, each took minutes on such a run; the name is no district or province, so nothing is taken."""
    text = f"In the {RUN} area, the Taliban also said they had taken the {RUN} x"
    found: list[set[str]] = []
    assert _finishes(lambda: found.append(taken_names(text, "")))
    assert found == [set()]


def test_news_of_a_long_hyphenated_run_is_read_at_once() -> None:
    """The news day's place (``news_day``): an act on the day before, in the run, with no district or area after."""
    text = f"On Monday, a bomb killed a policeman in the {RUN} x."
    monday = FoundDate("On Monday", dt.date(2024, 1, 1), None, "day", 0)
    found: list[bool] = []
    assert _finishes(lambda: found.append(news_elsewhere(text, monday, "", dt.date(2024, 1, 2))))
    assert found == [False]


LONG_RUN = "-".join(["Kala"] * 120)


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's city whose words a hyphen could part or join (n**4 splits: 40 words took 0.3 s, 120 minutes)
        f"{LONG_RUN} and gunmen attacked a border post on Monday, killing two soldiers.",
        # a border area between two names, each of which could end anywhere in the run (the square of the run)
        f"Gunmen killed two soldiers in the border zone between {LONG_RUN} and {LONG_RUN} x on Monday.",
    ],
)
def test_a_very_long_hyphenated_run_is_read_in_a_few_seconds_of_cpu(text: str) -> None:
    assert _finishes(lambda: extract_drafts(text, published=dt.date(2024, 1, 2)))
