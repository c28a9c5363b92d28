"""The README's tour runs as written, command by command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tour_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"## A short tour\n\n```sh\n(.*?)```", text, re.S).group(1)
    joined = block.replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        words = shlex.split(line, comments=True)
        if ">" in words:  # a shell redirection: the command's output goes to a file
            words = words[: words.index(">")]
        if words and words[0] == "tracker":
            commands.append(words[1:])
    return commands


@pytest.mark.slow
def test_readme_tour_runs(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    commands = tour_commands()
    assert len(commands) >= 10
    for args in commands:
        result = run(*args)
        if args[0] == "duplicates":  # the pair the tour's next line deletes as one event
            assert "tracker link 3 1 --kind duplicate_of" in result.stderr, result.stdout
    assert (tmp_path / "incidents-2025.csv").exists()
    assert (tmp_path / "incidents-backup.db").exists()
    assert (tmp_path / "tj.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_readme_setup_commands_match_ci():
    text = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1]
    assert f"```sh\n{ci}\n```" in text, "the README's test command and .ci/run differ"
    assert "tracker --db incidents.db" in text
