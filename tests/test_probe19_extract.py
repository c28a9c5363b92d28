"""``tracker extract`` reads a sentence longer than the reader's cut, and says so (probe19).

probe17 refused one (`tests/test_probe17_extract.py` held a 200,000-character case): the reader's time grew with
the square of a sentence. Since probe18 the library reads such a sentence as pieces of at most
``LONGEST_SENTENCE`` characters in linear time (``bench/long_sentence.py --cli``: 200,000 characters 87 s, 0.44 s
per 1,000 against a news article's 2.0 s), so the CLI reads it too, with one note. The case here is cheap: a
sentence of 2,400 characters, two pieces.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

CLAUSE = "A border guard was killed in Khorog on Monday and "


def test_a_sentence_over_the_cut_is_read_with_one_note(run: Callable[..., Result], tmp_path: Path) -> None:
    from incident_tracker.extract.sentences import LONGEST_SENTENCE

    text = (CLAUSE * 50)[:2400].rstrip() + "."
    assert len(text) > LONGEST_SENTENCE
    article = tmp_path / "line.txt"
    article.write_text(text)
    result = run("extract", str(article), "--published", "2025-11-25")  # exit 2 before: refused
    notes = [line for line in result.stderr.splitlines() if "holds a sentence of" in line]
    assert notes == [
        f"Note: {article} holds a sentence of {len(text):,} characters (a news sentence is rarely 500): it is read "
        f"as pieces of at most {LONGEST_SENTENCE:,}; check that the text kept its full stops."
    ]
    assert "Khorugh" in result.stdout  # the drafts, read from the pieces
    assert not result.stderr.startswith("Error")
