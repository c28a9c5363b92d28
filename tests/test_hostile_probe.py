"""What a hostile tester found, each driven through the real CLI against a real database.

Every refusal is one ``Error:`` line on stderr, a non-zero exit, and nothing written.
"""

from __future__ import annotations

from pathlib import Path

ADD = ["add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input"]


def test_export_refuses_a_read_only_file_and_leaves_it_as_it_was(run, tmp_path):
    run(*ADD)
    target = tmp_path / "kept.csv"
    target.write_text("a colleague's export\n")
    target.chmod(0o444)
    result = run("export", "-o", str(target), expect=2)
    assert result.stderr == (
        f"Error: Cannot write {target}: the file is read-only. Nothing was written; "
        "make it writable (chmod u+w) or choose another file name.\n"
    )
    assert result.stdout == ""
    assert target.read_text() == "a colleague's export\n"
    assert target.stat().st_mode & 0o777 == 0o444


def test_backup_force_does_not_override_a_read_only_file(run, tmp_path):
    run(*ADD)
    target = tmp_path / "old-backup.db"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    result = run("backup", str(target), "--force", expect=2)
    assert "the file is read-only" in result.stderr
    assert target.read_bytes() == b"kept"


def test_export_still_replaces_a_writable_file(run, tmp_path):
    run(*ADD)
    target = tmp_path / "mine.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    run("export", "-o", str(target), "--force")  # a file that exists is replaced when asked (probe9)
    assert target.read_text().startswith("id,uid,")
    assert target.stat().st_mode & 0o777 == 0o640


def test_extract_refuses_a_file_over_the_size_limit_from_its_size(run, tmp_path):
    from incident_tracker.extract.article import MAX_ARTICLE_BYTES

    article = tmp_path / "huge.txt"
    article.write_text("Gunmen attacked a post. " * (MAX_ARTICLE_BYTES // 24 + 1))
    size = article.stat().st_size
    result = run("extract", str(article), "--published", "2025-12-02", expect=2)
    assert result.stderr == (
        f"Error: {article} is {size:,} bytes; tracker extract reads at most 500,000 bytes (500 KB), one article "
        "at a time: split the text into one file per article and extract each.\n"
    )
    assert result.stdout == ""


def test_extract_refuses_stdin_over_the_size_limit(run):
    from incident_tracker.extract.article import MAX_ARTICLE_BYTES

    result = run("extract", "-", input="x" * (MAX_ARTICLE_BYTES + 1), expect=2)
    assert "The text on stdin is more than 500,000 bytes" in result.stderr
    assert result.stderr.count("\n") == 1


def test_extract_on_a_text_that_is_not_english_says_so(run):
    russian = "Во вторник на границе обстреляли пост охраны, два человека погибли.\n"
    result = run("extract", "-", "--published", "2025-12-02", input=russian)
    assert result.stdout.strip() == ""
    assert result.stderr.splitlines()[-1] == (
        "No incident found: the text is not in English (only 0% of its letters are Latin) and "
        "the reader reads English only."
    )
    arabic = "قال مسؤولون إن مسلحين هاجموا نقطة حدودية ليلة الأحد.\n"
    said = run("extract", "-", "--published", "2025-12-02", input=arabic).stderr
    assert "the reader reads English only" in said


def test_extract_on_an_english_text_without_an_incident_says_no_incident(run):
    result = run("extract", "-", "--published", "2025-12-02", input="The ministers met to discuss trade.\n")
    assert result.stderr.splitlines()[-1] == "No incident found in the text."


def test_latin_share_counts_letters_only():
    from incident_tracker.extract.article import latin_share

    assert latin_share("1234 ,.;") is None
    assert latin_share("Hisor – Хисор") == 0.5


BIDI_PLACE = "post \u202eexe.txt\u2066x\u2069 \u202dend\u202c"
BIDI_SHOWN = "\\u202eexe.txt\\u2066x\\u2069"


def test_bidi_controls_are_escaped_in_tables_and_kept_in_storage(run, run_json):
    run(*ADD, "--place", BIDI_PLACE, "--description", "a \u202eclash\x01")
    for args in (["list"], ["show", "1"], ["timeline"]):
        shown = run(*args).stdout
        assert not any(c in shown for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x01"), args
        assert "\\u202e" in shown, args
    shown = run("show", "1").stdout
    assert BIDI_SHOWN in shown and "\\u202dend\\u202c" in shown and "a \\u202eclash\\x01" in shown
    stored = run_json("list", "--json")[0]
    assert stored["place"] == BIDI_PLACE
    assert stored["description"] == "a \u202eclash\x01"


def test_printable_escapes_controls_and_bidi_but_not_letters():
    from incident_tracker.report.text import printable

    assert printable("a\u202eb\x1bc\u2067d") == "a\\u202eb\\x1bc\\u2067d"
    assert printable("Хорог قندوز\tline\n") == "Хорог قندوز\tline\n"


def test_import_of_a_device_says_it_is_not_a_regular_file(run, db_path):
    result = run("import", "/dev/null", expect=2)
    assert result.stderr == (
        "Error: /dev/null is not a regular file (a device or a pipe): give a csv, jsonl or json file to import.\n"
    )
    assert not db_path.exists()


def test_import_of_a_missing_file_still_says_no_file(run, tmp_path):
    assert run("import", str(tmp_path / "gone.csv"), expect=2).stderr == f"Error: No file at {tmp_path / 'gone.csv'}.\n"


def test_map_svg_to_a_full_device_is_written_in_place_and_fails_in_one_line(run):
    run(*ADD)
    result = run("map", "-f", "svg", "-o", "/dev/full", expect=1)
    assert result.stderr == "Error: Cannot write /dev/full: No space left on device. Nothing was written.\n"
    assert result.stdout == ""


def test_map_to_a_device_without_format_asks_for_it(run):
    run(*ADD)
    result = run("map", "-o", "/dev/null", expect=2)
    assert result.stderr == (
        "Error: --format: Cannot tell the map's format for /dev/null (standard output, a device or a pipe has no "
        "extension): give the format, png or svg.\n"
    )


def test_map_svg_to_stdout_writes_only_the_svg_there(run):
    run(*ADD)
    result = run("map", "-f", "svg", "-o", "-")
    assert result.stdout.startswith("<?xml") and result.stdout.rstrip().endswith("</svg>")
    assert result.stderr.startswith("Wrote the map to standard output: 0 of 1 incidents")


def test_map_format_must_still_agree_with_a_file_extension(run, tmp_path):
    run(*ADD)
    result = run("map", "-f", "png", "-o", str(tmp_path / "m.svg"), expect=2)
    assert result.stderr == "Error: --format: The png format needs a file ending in .png, not m.svg.\n"
    assert not (tmp_path / "m.svg").exists()


def test_blank_tracker_db_is_named_in_one_line(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRACKER_DB", "   ")
    for args in (["list"], ADD):
        result = run(*args, expect=2)
        assert result.stderr == (
            "Error: TRACKER_DB is empty (only spaces): set it to a database file, or unset it to use ./incidents.db.\n"
        )
    assert list(tmp_path.iterdir()) == []


def test_blank_database_path_from_the_library(tmp_path, monkeypatch):
    import pytest

    monkeypatch.chdir(tmp_path)  # before the fix, a database named "  " was made here

    from incident_tracker.errors import DatabaseError
    from incident_tracker.store import IncidentStore

    with pytest.raises(DatabaseError, match="The database path is empty"):
        IncidentStore.open(Path("  "))


def test_blank_tracker_db_in_the_library_settings(monkeypatch):
    import pytest

    from incident_tracker.config import ConfigError, value

    monkeypatch.setenv("TRACKER_DB", " \t")
    with pytest.raises(ConfigError, match=r"^TRACKER_DB is empty"):
        value("database")


def test_import_refuses_a_utf16_file_without_a_byte_order_mark_in_one_line(run, tmp_path):
    """A spreadsheet's "Unicode text" without a byte-order mark: every other byte is NUL, which
    is valid UTF-8, so its header used to be read as unknown column names full of NULs."""
    text = "event_date,country,event_type\n2025-03-02,TJ,Battles\n"
    for encoding in ("utf-16-le", "utf-16-be", "utf-16"):
        source = tmp_path / f"unicode-{encoding}.csv"
        source.write_bytes(text.encode(encoding))
        result = run("import", str(source), expect=2)
        assert result.stderr == (
            f"Error: {source.name} is UTF-16 text (or not text at all), not UTF-8; save it as UTF-8 "
            '("CSV UTF-8" in a spreadsheet). Nothing was imported.\n'
        )
    assert run("list", "--format", "json", expect=None).stdout in ("", "[]\n")


def test_a_nul_inside_a_cell_after_the_header_is_that_cell_s_error_not_utf16(run, tmp_path):
    """Only the header line is read for UTF-16's zero bytes; a NUL in a later cell is refused as a NUL (fixes19)."""
    source = tmp_path / "nul.csv"
    source.write_bytes(b"event_date,country,event_type,description\n2025-03-02,TJ,Battles,a\x00b\n")
    err = run("import", str(source), expect=2).stderr
    assert "line 2, column description: holds a NUL character" in err
    assert "UTF-16" not in err


def test_import_help_says_what_spreadsheet_safe_does_when_reading(run, tmp_path):
    """The export's wording ("prefix ' to text cells") described import as adding the prefix."""
    text = " ".join(run("import", "-h").stdout.split())
    assert "remove the ' that a spreadsheet-safe export put before a text cell" in text
    assert "--no-spreadsheet-safe keeps every cell as it is in the file" in text
    source = tmp_path / "quoted.csv"
    source.write_text("event_date,country,event_type,description\n2025-03-02,TJ,Battles,'=1+1\n")
    run("import", str(source), "--no-spreadsheet-safe")
    assert '"description": "\'=1+1"' in run("list", "--format", "json").stdout
