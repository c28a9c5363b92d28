"""A sound-alike answer for a name that sounds closer to a province of a country the text names.

geo159 left a sound-alike empty when the name's phonetic key *is* a named country's province's key
("Surkhan-Dariya", Uzbekistan and Tajikistan named: Surxondaryo's key, not Sher Khan Bandar in Kunduz).
The key keeps a consonant "j", so the German and Polish spelling "Surkhan-Darja" (``sarandarja``)
missed Surxondaryo's ``sarandara`` and still answered the far crossing (geo160 noticed it). One more
alias would mend that one spelling; transliterations of a province's name differ by a letter or two
as a class (German and Polish "j" for "y", French "ou", Turkish "h" for "kh", Uzbek Latin "x" and
"-o"), so the guard compares *how close* the name sounds to each: when a province of a named country
is at least :data:`CLOSE` by the ratio of phonetic keys and sounds at least as close as any recorded
spelling of the answer, the name is that province's (or its river's), and the sound-alike is no answer.

Inside a named country the answer may be the name's own sound ("Zabul Border Regiment", Iran and
Afghanistan named: Zabol County, Iran, the set's right answer, sounds exactly as Zabul province): a
sound-alike in a named country is left empty only when a province of *another* named country sounds
strictly closer ("Sourkhan-Darya", Uzbekistan and Afghanistan named: Surxondaryo, not Sher Khan Bandar).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sound_letters import recorded_spellings
from .text import name_key, phonetic_key

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

#: How close (rapidfuzz ratio of phonetic keys) a province must sound: one letter of ten apart
#: ("sarandarja" / "sarandara" is 95; "kaskadarja" / "kaskadara" 95), not a shared half.
CLOSE = 88.0


def sound_of_named_province(chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer (a sound-alike for a name that sounds as a province of a country the
    text names, at least as close as the answer's own spellings), or None (see the module)."""
    if chosen.match != "sound" or not resolution.named:
        return None
    pkey = phonetic_key(name_key(resolution.parsed.name))
    if pkey is None or len(pkey) < 4:
        return None
    from rapidfuzz import fuzz, process

    lookup = chain.gazetteer.admin1_lookup
    others = resolution.named - {chosen.country} if chosen.country in resolution.named else resolution.named
    best: dict[str, float] = {}
    for other, score, _ in process.extract(
        pkey, lookup.pkeys.near(len(pkey), CLOSE), scorer=fuzz.ratio, score_cutoff=CLOSE, limit=20
    ):
        for _key, (country, _code) in lookup.by_pkey.get(other, []):
            if country in others:
                best[country] = max(best.get(country, 0.0), score)
    if not best:
        return None
    spellings = recorded_spellings(chosen.name, chosen.country)
    own = max((fuzz.ratio(pkey, p) for s in spellings if (p := phonetic_key(name_key(s)))), default=0.0)
    closest = max(best.values())
    if closest < own or (chosen.country in resolution.named and closest == own):
        return None  # the answer's own spelling sounds closer ("Zabul" is Zabol's sound as much as the province's)
    return (
        f"left unlocated: {resolution.parsed.name!r} sounds as a province of {', '.join(sorted(best))}, "
        f"which the text names; {chosen.label} is only close in sound"
    )


__all__ = ["CLOSE", "sound_of_named_province"]
