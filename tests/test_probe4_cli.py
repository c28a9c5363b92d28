"""Click's usage errors are one line and exit 2, as every other error (probe4, item 4)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["list", "--bogus"], "No such option: --bogus. See 'tracker list -h'."),
        (["--bogus"], "No such option: --bogus. See 'tracker -h'."),
        (["source", "add", "--bogus"], "No such option: --bogus. See 'tracker source add -h'."),
        (["show"], "Missing argument 'incident_id'. See 'tracker show -h'."),
        (["frobnicate"], "No such command 'frobnicate'. See 'tracker -h'."),
        (["timeline", "--by", "planet"], "Invalid value for '--by'"),
    ],
)
def test_a_usage_error_is_one_line_and_exit_2(run: Callable[..., Result], args: list[str], says: str) -> None:
    result = run(*args, expect=2)
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {says}"), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
