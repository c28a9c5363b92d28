"""How a message lists many ids (or lines): the first few, then "…" when there are more."""

from __future__ import annotations

from collections.abc import Sequence


def first_ids(values: Sequence[object], shown: int) -> str:
    """The first ``shown`` of ``values`` joined by commas, with ", …" after them when there are more."""
    return ", ".join(map(str, values[:shown])) + (", …" if len(values) > shown else "")
