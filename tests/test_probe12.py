"""Session 19's hostile probe (probe12): what probe11 left (a closed pipe at scale, a line break in a
file name), then text that looks the same but is not: names in two normal forms, with invisible
characters, other spaces, letters of another script; dates in other digits, with a time or a zone.
Each test of a fix failed before it; the tests of what held pin it down. docs/reliability.md has the
table ("A hostile probe: pipes at scale, names, text that looks the same (probe12)")."""

from __future__ import annotations

import os
import resource
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import installed_tracker


def _desk(path: Path, count: int) -> Path:
    """A database of ``count`` incidents (written by the library: the CLI is what is probed)."""
    from incident_tracker.store import IncidentStore

    store = IncidentStore.open(path)
    store.add_many(
        {"event_date": "2025-11-24", "country": "TJ", "event_type": "battles", "place": "Khorog"} for _ in range(count)
    )
    store.close()
    return path


def _limit_files(limit: int) -> Callable[[], None]:
    """In the child: no file may grow past ``limit`` bytes, as a disk that fills up (Python ignores
    the SIGXFSZ, so the kernel's refusal is an error the writer sees)."""

    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


# --- a closed pipe, a full disk: a write taken in part ------------------------------------------


def _environment(*, unbuffered: bool) -> dict[str, str]:
    """The child's environment, standard output buffered or not (``PYTHONUNBUFFERED``, as Docker images,
    CI runners and service files often set it: this machine's shells do)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    return {**env, "NO_COLOR": "1", "COLUMNS": "120", **({"PYTHONUNBUFFERED": "1"} if unbuffered else {})}


@pytest.mark.slow
@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_a_reader_that_leaves_during_a_large_table_gives_exit_1_quietly(tmp_path, unbuffered):
    """`tracker list -n 0 | head -1` of 30,000 incidents exited 0 and said "30000 incidents" where standard
    output is unbuffered (PYTHONUNBUFFERED=1, `python -u`): the table is one write of megabytes, the pipe
    took 64 KiB of it before the reader left, and Python's text layer over the unbuffered file drops the
    short count. The rest is written again now, meets the closed pipe, and the command ends as every
    output into a reader that leaves does: nothing on stderr, exit 1. Buffered, it held: the buffer
    writes the rest itself."""
    db = _desk(tmp_path / "desk.db", 2000)  # a table of ~300 KB: over the 64 KiB a pipe holds
    child = subprocess.Popen(
        [installed_tracker(), "--db", str(db), "list", "-n", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(unbuffered=unbuffered),
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(10)
    child.stdout.close()  # as head does once it has its line
    assert child.stderr.read() == b""  # no "2000 incidents": the table did not all reach the reader
    assert child.wait(120) == 1


def test_a_small_table_the_pipe_took_whole_is_a_success(tmp_path):
    """What holds, and why it is the same rule: a table the pipe took whole in one write (under the 4 KiB
    a pipe writes at once) was delivered before the reader left, as `seq 5 | head -1` exits 0."""
    db = _desk(tmp_path / "desk.db", 3)
    child = subprocess.Popen(
        [installed_tracker(), "--db", str(db), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(unbuffered=True),
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(10)  # the one write is done: the reader has bytes of it
    child.stdout.close()
    assert child.stderr.read() == b"3 incidents (all incidents).\n"
    assert child.wait(120) == 0


@pytest.mark.slow
@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_a_table_cut_by_a_full_disk_is_an_error_not_a_success(tmp_path, unbuffered):
    """`tracker list -n 0 > out.txt`, standard output unbuffered, on a disk that filled up during the
    table's one write: the file was cut at the limit and the command said "2000 incidents", exit 0:
    success after it failed. Now one line, exit 1, and no count. Buffered, it held."""
    db = _desk(tmp_path / "desk.db", 2000)
    out = tmp_path / "out.txt"
    with out.open("wb") as handle:
        done = subprocess.run(
            [installed_tracker(), "--db", str(db), "list", "-n", "0"],
            stdout=handle,
            stderr=subprocess.PIPE,
            env=_environment(unbuffered=unbuffered),
            preexec_fn=_limit_files(100_000),
            check=False,
            timeout=120,
        )
    assert done.returncode == 1
    assert done.stderr.decode() == "Error: Cannot read or write the output: File too large. Nothing more was written.\n"
    assert out.stat().st_size == 100_000


# --- one line, whatever the path or value it names --------------------------------------------

#: A line break inside a path or a value: in a file name (`-o $'a\nb.csv'`), pasted into an option.
BROKEN = "a\nb"


def _one_error_line(result, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: "), result.stderr
    assert "\\n" in result.stderr  # the line break shown, not dropped: the name stays true
    return result.stderr


def test_a_line_break_in_a_path_or_value_keeps_every_error_on_one_line(run, example_db, tmp_path):
    """A file name holding a newline split the one-line error in two (the second line read as a line of
    its own: a log reader took it for another message). A script over the typed exceptions finds 587
    values interpolated into messages, 513 of them without repr's quoting; every error and message reaches
    the user through one function each (`fail`, `message`), which now shows a line break as `\\n`."""
    missing = tmp_path / "no folder" / f"{BROKEN}.csv"
    _one_error_line(run("export", "-o", str(missing), expect=None), 2)
    _one_error_line(run("backup", str(tmp_path / "no folder" / f"{BROKEN}.db"), expect=None), 2)
    _one_error_line(run("import", str(tmp_path / f"{BROKEN}.csv"), expect=None), 2)
    _one_error_line(run("--db", str(tmp_path / f"{BROKEN}.db"), "list", expect=None), 1)
    _one_error_line(run("list", "--country", f"T{BROKEN}J", expect=None), 2)
    _one_error_line(run("list", "--since", BROKEN, expect=None), 2)
    _one_error_line(run("show", BROKEN, expect=None), 2)  # Click's own message, through the same line
    _one_error_line(run("places", "import", str(tmp_path / f"{BROKEN}.csv"), expect=None), 2)
    (tmp_path / "a\nb").mkdir()
    _one_error_line(run("export", "-o", str(tmp_path / "a\nb"), expect=None), 2)  # Click's "is a directory"


def test_a_line_break_in_a_written_files_name_keeps_its_message_on_one_line(run, example_db, tmp_path):
    """Messages name paths too: one line each, the name escaped. (Such a file was written, "Wrote 2 incidents
    to …", until probe20, which refuses a control character in the name of a file to write.)"""
    target = tmp_path / f"{BROKEN}.csv"
    refused = run("export", "-o", str(target), expect=2)
    assert not target.exists()
    assert refused.stderr.count("\n") == 1 and f"{tmp_path}/a\\nb.csv" in refused.stderr, refused.stderr


def test_every_library_error_is_one_line_whatever_its_message_holds(capsys):
    """Every class of the error family, given a message that holds line breaks (the path or value it
    quotes), is shown as one `Error:` line."""
    import typer

    from incident_tracker import errors
    from incident_tracker.cli.base import fail
    from incident_tracker.cli.messages import error_text

    family = [cls for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.TrackerError)]
    assert len(family) >= 8
    for cls in family:
        if cls is errors.MissingFieldError:
            exc: errors.TrackerError = cls(f"field {BROKEN}", f"--option {BROKEN}")
        elif cls is errors.StoredDatesError:
            exc = cls(f"Dates {BROKEN}\u2028c.", incident_id=1, repair_precision="day")
        else:
            exc = cls(f"Cannot write {BROKEN}\u2029c.", field="out")
        with pytest.raises(typer.Exit):
            fail(error_text(exc), exc.exit_code)
        shown = capsys.readouterr().err
        assert shown.count("\n") == 1 and shown.startswith("Error: "), (cls, shown)


# --- dates that look the same ------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["２０２４-０２-０３", "２０２４－０２－０３", "٢٠٢٤-٠٢-٠٣", "۲۰۲۴-۰۲-۰۳", "2024-2-3", "０３.０２.２０２４"],
)
def test_a_date_in_other_digits_is_read_as_the_digits_it_shows(run, run_json, typed):
    """Full-width digits (a CJK input method) and Arabic-Indic or Persian digits were refused as
    `Impossible date …: that day does not exist` (the pattern's \\d matched them, `fromisoformat` did
    not); an import of "٢٠٢٤-٠٢-٠٣" was refused as no ISO date. They are read as the digits they show."""
    run("add", "--date", typed, "--country", "TJ", "--type", "battles")
    assert run_json("list", "--json")[0]["event_date"] == "2024-02-03"


@pytest.mark.parametrize("typed", ["۱۴۰۳/۰۱/۱۵", "١٤٠٣-٠١-١٥", "1403-01-15", "1403/1/15"])
def test_a_solar_hijri_day_without_its_calendar_is_refused_with_its_reading(run, typed):
    """A Persian date "۱۴۰۳/۰۱/۱۵" (Solar Hijri, 3 April 2024) was `Cannot read date`, or, in ASCII
    digits, `out of range` as Gregorian 1403: neither says what it is. The year 1403 is Solar Hijri or
    lunar Hijri, and only the writer knows which: refused, with the Solar Hijri reading and the spelling
    that is read (`… SH`), never stored as either."""
    refused = run("add", "--date", typed, "--country", "TJ", "--type", "battles", expect=2)
    assert refused.stderr == (
        f"Error: Date {typed!r} has the year 1403, a Solar Hijri or Hijri year, not a Gregorian one "
        "(as Solar Hijri it is 2024-04-03). Write '1403-01-15 SH' for a Solar Hijri day, or give the Gregorian date.\n"
    )
    run("add", "--date", "۱۴۰۳/۰۱/۱۵ SH", "--country", "TJ", "--type", "battles")


@pytest.mark.parametrize("typed", ["2024-02-03Z", "2024-02-03T22:00", "2024-02-03 22:00:00", "2024-02-03T22:00+04:30"])
def test_a_date_with_a_time_or_zone_is_refused_naming_the_day(run, typed):
    """A timestamp pasted from a feed was `Cannot read date` with a list of forms; it is refused saying
    why (which day a UTC time is depends on the zone) and which day it would give."""
    refused = run("add", "--date", typed, "--country", "TJ", "--type", "battles", expect=2)
    assert "holds a time or a time zone: give the day alone (2024-02-03)" in refused.stderr
    assert refused.stderr.count("\n") == 1


def test_an_impossible_day_is_still_called_impossible(run):
    """What held: 2024-02-30 is refused as a day that does not exist, in any digits."""
    for typed in ("2024-02-30", "٢٠٢٤-٠٢-٣٠"):
        refused = run("add", "--date", typed, "--country", "TJ", "--type", "battles", expect=2)
        assert "that day does not exist" in refused.stderr


def test_an_import_reads_a_date_in_other_digits(run, run_json, tmp_path):
    """An import cell "٢٠٢٤-٠٢-٠٣" was refused (`event_date must be an ISO date`): it was taken for a
    stored day, because the stored-day pattern's \\d matched Arabic-Indic digits."""
    rows = tmp_path / "in.csv"
    rows.write_text("event_date,country,event_type\n٢٠٢٤-٠٢-٠٣,TJ,battles\n", encoding="utf-8")
    run("import", str(rows))
    assert run_json("list", "--json")[0]["event_date"] == "2024-02-03"


# --- names that look the same ------------------------------------------------------------------

ISHKASHIM = "Işkaşim"  # composed (NFC): ş is one character
#: The same name as it arrives pasted: decomposed (NFD, ş as s and a combining cedilla), with a
#: zero-width joiner or a soft hyphen inside (a PDF's, a web page's), a no-break space or a tab for a space.
PASTED = {
    "decomposed": unicodedata.normalize("NFD", ISHKASHIM),
    "joiner": "Iş\u200dkaşim",
    "soft hyphen": "Iş\u00adkaşim",
    "zero-width space": "Işkaş\u200bim",
}


def _add(run, place: str, *more: str) -> None:
    run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--place", place, *more)


def test_a_pasted_name_is_stored_as_the_name_it_shows(run, run_json):
    """The same place typed and pasted was stored as five different texts: `list --search Işkaşim` missed
    the ones with a joiner or a soft hyphen, a count by place or perpetrator split them, and nothing on
    screen told them apart. Every write composes text (NFC) and takes out of names what has no glyph
    there (`models.text.tidy_text`); no letter is changed."""
    _add(run, ISHKASHIM)
    for place in PASTED.values():
        _add(run, place)
    _add(run, "Ishkashim\u00a0district")
    _add(run, "Ishkashim\tdistrict")
    places = [row["place"] for row in run_json("list", "--json", "--sort", "id")]
    assert places == [ISHKASHIM] * 5 + ["Ishkashim district"] * 2
    assert sorted(row["id"] for row in run_json("list", "--search", ISHKASHIM, "--json")) == [1, 2, 3, 4, 5]


def test_a_persian_joiner_and_the_letters_as_typed_are_kept(run, run_json):
    """What is stored is what the analyst typed: the zero-width non-joiner inside a Persian word is its
    half-space (kept), an Arabic yeh stays an Arabic yeh, a Cyrillic а in a Latin name stays Cyrillic."""
    typed = ["ولسوالي خان‌آباد", "Ch\u0430man"]
    for place in typed:
        _add(run, place, "--description", f"{place} می‌شود")
    rows = run_json("list", "--json", "--sort", "id")
    assert [row["place"] for row in rows] == typed
    assert rows[0]["description"] == "ولسوالي خان‌آباد می‌شود"


def test_a_search_finds_arabic_and_persian_letters_either_way(run, run_json):
    """ "كندز" typed on an Arabic keyboard and "کندز" on a Persian one (kaf), "ولسوالي" and "ولسوالی"
    (yeh) did not find each other: the index keeps the letters apart. A query asks for both forms."""
    for place in ("کندز", "كندز", "ولسوالی خان آباد", "ولسوالي خان آباد"):
        _add(run, place)
    for query, found in (("کندز", [1, 2]), ("كندز", [1, 2]), ("ولسوالی", [3, 4]), ("ولسوالي", [3, 4])):
        assert sorted(row["id"] for row in run_json("list", "--search", query, "--json")) == found, query


def test_a_perpetrator_with_an_invisible_difference_is_one_actor(run, run_json):
    """`--actor "Tehrik-i-Taliban Pakistan"` missed the incident written with a no-break space (Word's)
    or a joiner, and `stats` counted three perpetrators whose lines looked identical."""
    for written in ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban\u00a0Pakistan", "Tehrik-i-Tali\u200dban Pakistan"):
        _add(run, "Chaman", "--perpetrator", written, "--attribution", "alleged")
    assert len(run_json("list", "--actor", "Tehrik-i-Taliban Pakistan", "--json")) == 3
    assert len(run_json("list", "--actor", "Tehrik-i-Taliban\u00a0Pakistan", "--json")) == 3
    rows = run_json("stats", "--json")["breakdowns"]["perpetrator"]["rows"]
    assert [(row["label"], row["count"]) for row in rows] == [("Tehrik-i-Taliban Pakistan", 3)]
    lanes = run("timeline", "--by", "perpetrator", "--format", "md").stdout
    assert "|  | Tehrik-i-Taliban Pakistan | 3 |" in lanes  # one lane of three, not three lanes


def test_a_letter_of_another_script_inside_a_name_is_shown(run, run_json):
    """ "Chаman" with a Cyrillic а looked exactly like "Chaman" in `show`, `stats` and every message,
    though no search, filter or count took them for one. The record keeps the letter as typed; what is
    shown for people marks it (`Ch\\u0430man`), as control characters are marked."""
    _add(run, "Ch\u0430man", "--perpetrator", "Tehrik-i-T\u0430liban Pakistan", "--attribution", "alleged")
    assert "Ch\\u0430man" in run("show", "1").stdout
    assert "Tehrik-i-T\\u0430liban Pakistan" in run("stats").stdout
    assert run_json("list", "--json")[0]["place"] == "Ch\u0430man"  # data: as stored
    refused = run("list", "--country", "T\u0430jikistan", expect=2)
    assert "T\\u0430jikistan" in refused.stderr


def test_an_invisible_character_stored_before_is_shown(run, db_path):
    """A record written before names were tidied (or a description) may hold a soft hyphen or a joiner
    between Latin letters: `show` marks it, so two records that look identical can be told apart."""
    _add(run, "Khorog", "--description", "Iş\u00adkaşim and Iş\u200dkaşim")
    assert "Iş\\u00adkaşim and Iş\\u200dkaşim" in run("show", "1").stdout


def test_names_round_trip_byte_for_byte(run, tmp_path):
    """`export` → `import` → `export` gives the same bytes for names in Persian with an Arabic yeh and a
    half-space, a Cyrillic letter in a Latin name, Tajik Cyrillic with its ӯ."""
    for place in ("ولسوالي خان‌آباد", "Ch\u0430man", "Шӯрообод"):
        _add(run, place)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    run("export", "-o", str(first))
    other = str(tmp_path / "other.db")
    run("--db", other, "import", str(first))
    run("--db", other, "export", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_an_import_tidies_names_as_add_does(run, run_json, tmp_path):
    """An import's fast path read text cells apart from `add`'s checks: a no-break space or a soft hyphen
    in a name came in as it was. Both paths tidy the same way now."""
    rows = tmp_path / "in.csv"
    decomposed = PASTED["decomposed"]
    rows.write_text(
        "event_date,country,event_type,place,perpetrator\n"
        f"2025-11-24,TJ,battles,{decomposed},Tehrik-i-Taliban\u00a0Pakistan\n"
        f"2025-11-25,TJ,battles,Iş\u00adkaşim,Tehrik-i-Tali\u200dban Pakistan\n",
        encoding="utf-8",
    )
    run("import", str(rows))
    found = run_json("list", "--json", "--sort", "id")
    assert [(row["place"], row["perpetrator"]) for row in found] == [(ISHKASHIM, "Tehrik-i-Taliban Pakistan")] * 2
