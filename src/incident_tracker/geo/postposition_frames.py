"""Persian, Pashto and Urdu frames around a held name, read: "the general area of X", "county X in province Y", "on
the border with X" and "near the border, X".

The eighty-second batch's reader found each name of these strings when they were written shorter, but not in the
frames its reports wrote them in (docs/geocoding-journal.md, "Eighty-second batch: held back" and "Batch 82's dev
failures: rules (geo164)"):

- **Persian "منطقه عمومی X"** (the general area of X): the adjective says how wide the area is, not which one. The
  readers know "منطقه X" (the area of X, near X) and stopped at "عمومی" before some names; it is taken off, so "منطقه
  عمومی سراوان در استان سیستان و بلوچستان" reads as "منطقه سراوان در استان …", the county Saravan, where the province
  stood in for it.
- **Persian "شهرستان X در استان Y"** (county X in province Y): the county's own unit word before it made the readers
  take "X در" as an unknown name and let the province stand in; read as "شهرستان X، استان Y", which the unit readers
  know (the county, checked against its province).
- **Pashto "(د Y) له X سره پر پوله"** (on the border with X, of Y): where X is a crossing, a post or a bridge of the
  pack (a point on the line itself), a place on the border with it lies across the line from it, within a town's
  tolerance: read as "د Y په X کې" (in X, of Y). A province or district X is not read (a place on the border with a
  province is outside it), nor a town (a town may lie kilometres off the line), nor "له X سره" (with X) without
  "on the border": with a person or a force it is a role.
- **Urdu "(پاکستان افغانستان) بارڈر/سرحد کے قریب X"** (near the (Pakistan–Afghanistan) border, X): the lead says
  which border the place is near, and the name after it is what the string places: read as X, as the readers
  already read "X بارڈر کے قریب" (X, near the border) by its name.

Pashto "له X پولې" (from the X border) is **not** read: where something came from is a role to the house, as the
English reader leaves "from the X border crossing" and the Italian one "dal confine di X" (geo160); the string stays
empty. Each frame only as the whole text. :func:`postposition_frame_off` gives the rewritten text, or None.
"""

from __future__ import annotations

import re
from functools import cache

from .text import name_key

__all__ = ["postposition_frame_off"]

#: Persian "(در) منطقه/منطقهٔ عمومی X": the general area of X, at the head of the text (with either yeh).
_FA_GENERAL_AREA = re.compile(r"^(?P<lead>(?:در\s+)?(?:منطقه|منطقهٔ))\s+عموم(?:ی|ي)\s+(?=\S)")
#: Persian "(منطقه) شهرستان X در استان Y": a county with its unit word, then "in province Y".
_FA_COUNTY_IN_PROVINCE = re.compile(r"^(?P<county>(?:منطقه\s+)?شهرستان\s+\S+(?:\s+\S+)?)\s+در\s+(?=استان\s+\S)")
#: Pashto "(د Y) له X سره پر/په پوله/پولې/سرحد (کې)": on the border with X (of Y).
_PS_BORDER_WITH = re.compile(
    r"^(?:د\s+(?P<owner>\S+(?:\s+\S+)?)\s+)?له\s+(?P<name>\S+(?:\s+\S+){0,2}?)\s+سره\s+(?:پر|په)\s+"
    r"(?:پوله|پولې|سرحد)(?:\s+کې)?$"
)
#: Urdu "(پاکستان افغانستان / پاک افغان) بارڈر/سرحد کے قریب/نزدیک (واقع) X": near the border, X.
_UR_NEAR_BORDER = re.compile(
    r"^(?:(?:پاکستان|افغانستان|ایران|پاک|افغان)(?:\s*[-–]\s*|\s+)){0,2}(?:بارڈر|سرحد)\s+(?:کے|کی)\s+(?:قریب|نزدیک)"
    r"\s+(?:واقع\s+)?(?P<name>\S+(?:\s+\S+){0,2})$"
)
#: The pack's kinds of a point on the border line itself: what lies "on the border with" it is across from it.
_ON_THE_LINE = frozenset({"border_crossing", "border_post", "bridge", "pass"})


@cache
def _line_point_keys() -> frozenset[str]:
    """The name keys of the pack's crossings, posts, bridges and passes (names and aliases, any script)."""
    from .pack import shipped_pack

    return frozenset(
        name_key(name)
        for entry in shipped_pack()
        if entry.kind in _ON_THE_LINE
        for name in (entry.name, *entry.aliases)
    )


def postposition_frame_off(text: str) -> str | None:
    """``text`` with its frame read into plainer words (see the module), or None where it has none of them."""
    text = " ".join(text.split())
    if (general := _FA_GENERAL_AREA.sub(r"\g<lead> ", text, count=1)) != text:
        return _FA_COUNTY_IN_PROVINCE.sub(r"\g<county>، ", general, count=1)
    if (county := _FA_COUNTY_IN_PROVINCE.sub(r"\g<county>، ", text, count=1)) != text:
        return county
    if (border := _PS_BORDER_WITH.match(text)) is not None and name_key(border["name"]) in _line_point_keys():
        return f"د {border['owner']} په {border['name']} کې" if border["owner"] else border["name"]
    if (near := _UR_NEAR_BORDER.match(text)) is not None:
        return near["name"]
    return None
