"""One sentence's statement about responsibility (:class:`Attribution`), and how a side's words become its name.

Shared by :mod:`.attribution` (allegations, origins, the last resorts) and :mod:`.claims_read` (a group's claim, a
state owning the act), which read different sentences into the same statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution_patterns import _CAP


@dataclass(frozen=True)
class Attribution:
    """One sentence's statement about responsibility."""

    status: str
    perpetrator: str | None = None
    attributed_by: str | None = None
    origin_place: str | None = None
    origin_country: str | None = None

    def fields(self) -> dict[str, str]:
        """The codebook fields this statement fills (status aside)."""
        found = {
            "perpetrator": self.perpetrator,
            "attributed_by": self.attributed_by,
            "origin_place": self.origin_place,
            "origin_country": self.origin_country,
        }
        return {k: v for k, v in found.items() if v}


_TOLD_ON = re.compile(
    r"\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today)$",
    re.IGNORECASE,
)


def clean_side(phrase: str | None) -> str | None:
    if not phrase:
        return None
    phrase = re.sub(r"^(?:the|The)\s+", "", " ".join(phrase.split())).strip(" ,")
    phrase = _TOLD_ON.sub("", phrase)  # "accused Pakistan on Wednesday of killing": the day of the accusation
    from .coalitions import coalition_name

    phrase = coalition_name(phrase)  # "Two NATO helicopters" → "NATO helicopters"
    owner = re.match(rf"({_CAP})[’']s\s+(?=[a-z])", phrase)
    if owner and (code := country_of(owner.group(1))):
        # "Iran's border force" is the Iranian border force: the side by its adjective, as coders write it
        from .vocab import DEMONYMS

        demonym = next((word for word, c in DEMONYMS.items() if c == code), None)
        if demonym:
            phrase = f"{demonym.capitalize()} {phrase[owner.end() :]}"
    return phrase or None


def country_of(name: str | None) -> str | None:
    from .draft import country_code

    return country_code(name) if name else None


def names_a_side(actor: str) -> bool:
    """An actor phrase names a side by its nationality ("Afghan Border Police"), not just "Gunmen"."""
    from .coalitions import coalition_side
    from .draft import country_code
    from .groups import known_group
    from .vocab import DEMONYMS

    if coalition_side(actor):  # "NATO helicopters", "US-led coalition forces" ("US troops": .fired_by)
        return True
    words = re.sub(r"^(?:the|The)\s+", "", actor).split()
    if any(w.lower().strip('"“') in DEMONYMS for w in words) or known_group(actor) is not None:
        return True
    return any(country_code(w) for w in words if w[:1].isupper())  # "Iran's border force", "… from Afghanistan"
