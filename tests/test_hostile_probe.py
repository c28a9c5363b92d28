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
    run("export", "-o", str(target))
    assert target.read_text().startswith("id,uid,")
    assert target.stat().st_mode & 0o777 == 0o640
