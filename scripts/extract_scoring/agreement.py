"""The agreement between two codings of the same reports, and of the reader with each: the ceiling a
reader can be held to (docs/extract-journal.md, "Two coders")."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .corpus import ADJUDICATION, REAL, RECODE
from .real import evaluate_real


def evaluate_agreement(
    split: str,
    locate: Any = None,
    recode: Path = RECODE,
    drafts_of: Callable[[Path, str, dt.date], list[dict[str, Any]]] | None = None,
    adjudication: Path = ADJUDICATION,
) -> dict[str, dict[str, Any]]:
    """How far two coders agree, and the reader with each, on the reports coded twice.

    ``recode`` holds a second, blind coding of a sample of the corpus (same file names). On the
    sampled reports of ``split``, with one set of unscored fields (both codings'), comparisons by
    :func:`evaluate_real`'s rules: the reader against the corpus coding, the reader against the
    second coding, and the first coding against the second (the agreement of two careful coders:
    the ceiling a reader can be held to). Where a blind adjudication settled the two codings'
    differences (``adjudication``, same file names), the corpus coding is the adjudicated one and
    the first coding is read from the adjudication's record of it, so the coders' agreement stays
    the agreement they reached; two more rows then say how far each coding was from the adjudicated
    one. ``drafts_of`` as for :func:`evaluate_real`.
    """
    import shutil
    import tempfile

    first_coding: dict[str, list[dict[str, Any]]] = {}
    second_coding: dict[str, list[dict[str, Any]]] = {}
    adjudicated = False
    with tempfile.TemporaryDirectory() as tmp:
        corpus, second = Path(tmp) / "corpus", Path(tmp) / "second"
        corpus.mkdir()
        second.mkdir()
        for path in sorted(recode.glob("*.json")):
            spec = json.loads((REAL / path.name).read_text(encoding="utf-8"))
            again = json.loads(path.read_text(encoding="utf-8"))
            unscored = sorted(set(spec.get("unscored", [])) | set(again.get("unscored", [])))
            (corpus / path.name).write_text(json.dumps(dict(spec, unscored=unscored)), encoding="utf-8")
            (second / path.name).write_text(
                json.dumps(dict(spec, unscored=unscored, incidents=again["incidents"])), encoding="utf-8"
            )
            for folder in (corpus, second):
                shutil.copy(REAL / f"{path.stem}.txt", folder / f"{path.stem}.txt")
            record = adjudication / path.name
            if record.exists():
                adjudicated |= spec["split"] == split
                first_coding[path.stem] = json.loads(record.read_text(encoding="utf-8"))["first_coding"]
            else:
                first_coding[path.stem] = spec["incidents"]
            second_coding[path.stem] = again["incidents"]
        rows = {
            "reader ~ corpus coding": evaluate_real(split, corpus, locate, drafts_of=drafts_of),
            "reader ~ second coding": evaluate_real(split, second, locate, drafts_of=drafts_of),
            "first coding ~ second coding": evaluate_real(
                split, second, drafts_of=lambda path, text, published: first_coding[path.stem]
            ),
        }
        if adjudicated:
            rows["first coding ~ adjudicated"] = evaluate_real(
                split, corpus, drafts_of=lambda path, text, published: first_coding[path.stem]
            )
            rows["second coding ~ adjudicated"] = evaluate_real(
                split, corpus, drafts_of=lambda path, text, published: second_coding[path.stem]
            )
        return rows
