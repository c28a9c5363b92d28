"""The extraction corpus's figures, evaluated once per test session and shared by its processes.

docs/extract.md's tables, the floors of tests/test_extract_real.py and each round's test all
score the real reports with the offline gazetteer; a split costs 3-10 s of CPU and a report's
drafts are the same whoever asks, so one test session (``pytest -n 2``) evaluates each once
and its worker processes read the result. Kept apart from :mod:`docgen` (the reference pages
made from the code), which imports these names for the pages and tests that use them there.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from typing import Any

#: A folder the processes of one test session share evaluations through (set by
#: ``tests/conftest.py`` to a folder of that session); unset, every call evaluates.
SHARED_EVALUATIONS = "INCIDENT_TRACKER_SHARED_EVALUATIONS"


def real_evaluation(split: str) -> dict[str, Any]:
    """``evaluate_real(split)`` over the offline gazetteer with no places of the user's, the
    figures docs/extract.md shows.

    A split costs 3-10 s of CPU, and a test session needs the dev split twice (the page's
    table in ``tests/test_docs.py``, the floors of ``tests/test_extract_real.py``), often in
    two worker processes. With :data:`SHARED_EVALUATIONS` set, the first process to ask
    evaluates under a lock and writes the result there; the others wait for it and read
    it. The folder belongs to one session, so the result is always the code's of that session.
    """
    folder = os.environ.get(SHARED_EVALUATIONS)
    if not folder:
        return _evaluate_real(split)
    kept = Path(folder) / f"real-{split}.json"
    with open(Path(folder) / f"real-{split}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not kept.exists():
            written = kept.with_suffix(".part")
            written.write_text(json.dumps(_evaluate_real(split)), encoding="utf-8")
            written.replace(kept)
        result: dict[str, Any] = json.loads(kept.read_text(encoding="utf-8"))
    return result


def _evaluate_real(split: str) -> dict[str, Any]:
    from eval_extract import evaluate_real

    result: dict[str, Any] = evaluate_real(split, drafts_of=offline_drafts)
    shared: dict[str, Any] = json.loads(json.dumps(result))  # as a reader of the shared file gets it
    return shared


def real_round(round_: int) -> dict[str, Any]:
    """``evaluate_real(None, round_=round_)`` over the offline gazetteer with no places of the
    user's: one round's batch of reports, both splits, as ``eval_extract.py --real all --round N``.

    Each round's test scores its own batch, reports the page's evaluation of every split
    (:func:`real_evaluation`) extracts as well; through :func:`offline_drafts` a session
    extracts each report once.
    """
    from eval_extract import evaluate_real

    result: dict[str, Any] = evaluate_real(None, round_=round_, drafts_of=offline_drafts)
    return result


#: The offline locator of :func:`offline_drafts`, made on its first use in a process.
_OFFLINE_LOCATOR: list[Any] = []


def offline_drafts(path: Path, text: str, published: Any) -> list[dict[str, Any]]:
    """The values of the drafts ``extract_drafts`` makes of one real report (``path``, its
    ``text``, published on ``published``) with the offline gazetteer and no places of the user's.

    With :data:`SHARED_EVALUATIONS` set, each report's drafts are kept in that session's
    folder (pickled: the values exactly as made, whatever their types), under a name that
    holds a hash of the text and the date, and read by every later evaluation of the session
    in any of its processes; two processes that meet the same report at once both extract
    it and write the same file (written whole, then renamed).
    """
    import hashlib
    import pickle

    from incident_tracker.extract import extract_drafts, gazetteer_locator

    def extract() -> list[dict[str, Any]]:
        if not _OFFLINE_LOCATOR:
            _OFFLINE_LOCATOR.append(gazetteer_locator(Path(__file__).resolve().parent.parent / "no-such-file.db"))
        return [draft.values for draft in extract_drafts(text, published, locate=_OFFLINE_LOCATOR[0])]

    folder = os.environ.get(SHARED_EVALUATIONS)
    if not folder:
        return extract()
    digest = hashlib.sha256(f"{published}\n{text}".encode()).hexdigest()[:16]
    kept = Path(folder) / "drafts" / f"{path.stem}-{digest}.pickle"
    if kept.exists():
        found: list[dict[str, Any]] = pickle.loads(kept.read_bytes())
        return found
    drafts = extract()
    kept.parent.mkdir(exist_ok=True)
    written = kept.with_name(f"{kept.name}.{os.getpid()}.part")
    written.write_bytes(pickle.dumps(drafts))
    written.replace(kept)
    return drafts
