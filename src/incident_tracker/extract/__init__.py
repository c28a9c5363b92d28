"""From a news article to draft incidents: deterministic, offline, explainable.

:func:`extract_drafts` reads an article (sentences, dates resolved against the
publication date, casualty counts, victims, weapons, places, attribution phrases)
and returns :class:`Draft` objects whose every field carries the sentence it came
from. Nothing is written: adding drafts is the caller's decision
(``tracker extract --add``). :func:`gazetteer_locator` geocodes place phrases with
the offline gazetteer.
"""

from __future__ import annotations

from .drafts import Draft, Locator, extract_drafts
from .locate import gazetteer_locator

__all__ = ["Draft", "Locator", "extract_drafts", "gazetteer_locator"]
