"""A border word beside a name: the name is the pack's crossing of it, not a village far off that bears it too.

geo135 decided that a bare name borne by a pack crossing and by a village far off ("Zhibek Zholy": the
crossing on the Uzbek line and Jıbek joly of Almaty region, 632 km apart, both Kazakh) stays ambiguous, and
that a border word narrows it to the crossing ("the Zhibek Zholy crossing"). :func:`border_word_towns` is that
narrowing, moved here from :meth:`.tiers.GazetteerTier.geocode` when that module reached its line limit:

- an **English border word** the phrase reader keeps as the query's ``bare`` name ("Esteqlol border crossing"):
  the bare name is looked up where the whole matched nothing trusted, and a pack crossing it names keeps only
  the places at it;
- a **border word of another script** (issue 13): the Russian, Kazakh and Kyrgyz, Persian, Pashto, Urdu,
  Arabic and Chinese readers take "КПП «X»", "пункт пропуска X", "گذرگاه مرزی X", "بندر X", "معبر X", "X口岸"
  off the name without a trace in the parsed query, so the phrase reader marks the query
  (``ParsedQuery.crossing_word``, from :func:`.phrase_head.names_a_crossing` on the text as written), and a
  pack crossing the name matches keeps only the places at it, as with the English word.

Only places are dropped, never added: a name no pack crossing bears is untouched, and the crossing's towns
and the units of the countries the scope holds stay (:func:`.crossing_twins.at_the_crossing`), so the twin
guard still sees the twins a crossing lies between.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .candidates import ALTERNATE
from .crossing_twins import at_the_crossing, on_the_line_of_pack
from .gazetteer import BORDER_KINDS
from .text import name_key

if TYPE_CHECKING:
    from .gazetteer import Place, Scope
    from .phrase import ParsedQuery

_Towns = dict[int, tuple[float, "Place", bool, str]]


def border_word_towns(
    towns_of: Callable[[str, Scope], _Towns], parsed: ParsedQuery, towns: _Towns, scope: Scope
) -> _Towns:
    """``towns`` (the places the name matched, by id) narrowed by the border word beside the name (see the module);
    ``towns_of`` looks a key up as :meth:`.tiers.GazetteerTier.towns` does."""
    if parsed.bare and not any(score >= ALTERNATE for score, *_ in towns.values()):
        # "Spin Buldak Gate" sounds like the pack's "Spin Boldak gate": the gate, not the town.
        on_the_line = any(on_the_line_of_pack(t[1]) for t in towns.values())
        # "Esteqlol border crossing": the name without the border-place word.
        bare = towns_of(name_key(parsed.bare), scope)
        towns = {**towns, **{i: t for i, t in bare.items() if t[0] >= ALTERNATE or i not in towns}}
        if on_the_line:
            return {i: t for i, t in towns.items() if t[1].kind in BORDER_KINDS}
        return _at_its_crossing(towns, bare, scope)
    if parsed.crossing_word and not parsed.bare:  # "КПП «Жибек Жолы»": the crossing, as "the … crossing" is
        return _at_its_crossing(towns, towns, scope)
    return towns


def _at_its_crossing(towns: _Towns, named: _Towns, scope: Scope) -> _Towns:
    """``towns`` at the pack crossings among ``named`` that bear the name by their own or a recorded spelling
    ("the Zhibek Zholy crossing": the crossing, not a village far off); all of them where none does."""
    if crossings := [t[1] for t in named.values() if on_the_line_of_pack(t[1]) and t[0] >= ALTERNATE]:
        return {i: t for i, t in towns.items() if at_the_crossing(t[1], crossings, scope[0])}
    return towns


__all__ = ["border_word_towns"]
