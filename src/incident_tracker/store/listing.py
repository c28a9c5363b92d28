"""How a message lists many ids (or lines), or shows a long text: the first few, then "…" when there are more."""

from __future__ import annotations

from collections.abc import Sequence


def first_ids(values: Sequence[object], shown: int) -> str:
    """The first ``shown`` of ``values`` joined by commas, with ", …" after them when there are more."""
    return ", ".join(map(str, values[:shown])) + (", …" if len(values) > shown else "")


def cut_with_length(text: str, longest: int, keep: int | None = None, *, length: int | None = None) -> str:
    """``text`` whole when it has at most ``longest`` characters; else its first ``keep`` (``longest`` unless
    said), then "…" and how long it was ("… (5,210 characters)"): a message stays one short line and still
    says how much it left out. ``length`` is the length to tell when ``text`` is a folded form of the value."""
    if len(text) <= longest:
        return text
    kept = text[: longest if keep is None else keep].rstrip()
    return f"{kept}… ({len(text) if length is None else length:,} characters)"
