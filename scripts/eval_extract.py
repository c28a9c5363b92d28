"""Field-level precision and recall of ``tracker extract`` over the test set.

Each ``tests/fixtures/extract/NN-name.txt`` is a short wire-style report (a header of
``#`` lines cites the real incident it is modelled on); ``NN-name.json`` holds the
publication date and the incidents an analyst codes from it. Drafts are matched to
expected incidents by date (same start date first, then — for the real reports — dates that
overlap, then the nearest start within 3 days); where the dates allow more than one pairing, the
best (the most incidents paired, then the most scored fields right; see :func:`_match`), not the
first found walking the coded incidents in order; then, for every scored field:

* precision = correct values ÷ values the extractor proposed,
* recall = correct values ÷ values the analyst coded,

where an expected ``null`` means the field should stay empty. Weapons compare as
sets. Fields listed under ``"unscored"`` in a fixture are left out (e.g. the country
of a clash on a disputed line). Unmatched drafts count against precision, missed
incidents against recall.

The real reports in ``tests/fixtures/extract-real/`` (rewritten in the house from
real wire and regional reports, each with ``"split": "dev"`` or ``"test"``) are scored
per split on the fields an analyst checks first (:data:`REAL_FIELDS`), with F1 and the
incidents missed and spurious: see :func:`evaluate_real`. The origin country is scored beside the F1, on a line
of its own (:data:`SIDE_FIELDS`).

The scorer lives in ``scripts/extract_scoring/``, one module a concern (see its ``__init__``); this
script is its command line, and every name other code imports from ``eval_extract`` stays importable here.

Usage: python scripts/eval_extract.py [--markdown] [--real dev|test|all] [--round N] [--first-day-only] [--agreement]

``--round N`` scores only the reports added in round N (their ``"round"`` key): a new batch,
scored out of sample before any rule is tuned on it.

``--agreement`` scores the reports coded twice (``tests/fixtures/extract-recode/``): the reader against
each coding, and the two codings against each other (see :func:`evaluate_agreement`).

``--first-day-only`` matches real reports as the first three rounds did (same first day, else the
nearest within 3 days), without the overlap of a vague date with the coded day.
"""

from __future__ import annotations

import sys

from extract_scoring.agreement import evaluate_agreement
from extract_scoring.corpus import ADJUDICATION, FIXTURES, REAL, RECODE, ROOT, _real_fixtures, article_text
from extract_scoring.fixtures import SCORED, _same, evaluate
from extract_scoring.markdown import _ratio, markdown, markdown_agreement, markdown_real, side_lines
from extract_scoring.matching import (
    _FILLER,
    REAL_FIELDS,
    SIDE_FIELDS,
    _alike,
    _likeness,
    _match,
    _pair_real,
    _real_same,
    _real_value,
    _same_actor,
    _span,
    _words,
)
from extract_scoring.real import evaluate_real, f1, totals

#: Every name other code imports from this script (the benches, ``scripts/docgen.py``, the tests, helpers'
#: scratch scripts), kept importable from here since the scorer was split by concern (``extract_scoring``).
__all__ = [
    "ADJUDICATION",
    "FIXTURES",
    "REAL",
    "REAL_FIELDS",
    "RECODE",
    "ROOT",
    "SCORED",
    "SIDE_FIELDS",
    "_FILLER",
    "_alike",
    "_likeness",
    "_match",
    "_pair_real",
    "_ratio",
    "_real_fixtures",
    "_real_same",
    "_real_value",
    "_same",
    "_same_actor",
    "_span",
    "_words",
    "article_text",
    "evaluate",
    "evaluate_agreement",
    "evaluate_real",
    "f1",
    "main",
    "markdown",
    "markdown_agreement",
    "markdown_real",
    "side_lines",
    "totals",
]


def main(argv: list[str]) -> int:
    from incident_tracker.extract import gazetteer_locator

    if "--agreement" in argv:
        locate = gazetteer_locator(ROOT / "no-such-file.db")
        print(markdown_agreement({split: evaluate_agreement(split, locate) for split in ("dev", "test")}))
        return 0
    if "--real" in argv:
        split = argv[argv.index("--real") + 1] if len(argv) > argv.index("--real") + 1 else "dev"
        spans = "--first-day-only" not in argv
        round_ = int(argv[argv.index("--round") + 1]) if "--round" in argv else None
        chosen = None if split == "all" else split
        locate = gazetteer_locator(ROOT / "no-such-file.db")
        real = evaluate_real(chosen, locate=locate, spans=spans, round_=round_)
        print(f"{real['texts']} real reports ({split}{f', round {round_}' if round_ else ''})")
        print(markdown_real([(split, real)]))
        print(side_lines(real))
        if "--markdown" not in argv:
            print("\nDifferences:")
            for miss in real["misses"]:
                print(f"  {miss}")
        return 0
    result = evaluate(locate=gazetteer_locator(ROOT / "no-such-file.db"))
    print(f"{result['texts']} texts")
    print(markdown(result))
    if "--markdown" not in argv:
        print("\nDifferences:")
        for miss in result["misses"]:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
