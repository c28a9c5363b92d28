"""The coverage tables of Latin letters: English, Uzbek Latin and Turkmen (see :mod:`.coverage`).

Only the words the other readers did not pass over (docs/geocoding-journal.md, "Language coverage,
systematically"), in the cases the region's press puts them in:

* English: "the X enclave" or "exclave" (the enclave is the place its name names, as "the enclave of X" already was),
  "the (Kyrgyz) enclave of X within/inside Y" (the country around it is dropped, its owner kept),
  "the border checkpoint X" (the X border crossing), "(the) checkpoint(s) X" without "border" and
  "X - with <country>" (the post, then the country it faces: X on the border with it),
  "X customs office/house" and "the customs office in X" (the customs post), "the X Special Economic
  Zone"/"free zone" (the X area), "X, an enclave on …" and "X which is an area between …" (an appositive
  or relative clause saying what the place is),
  "the village of X of Y district" (the village in Y district), "… located on the border (with Y)" and
  "… on Pak-Afghan border" (a border tail with a participle, or without its article), "the border guards of X"
  and "the X border guards" (a force named after the place it guards is X; a country's or its people's is none);
* Uzbek Latin: "X (chegara) (bojxona) posti/postida" (border, customs post), "X (chegara) o‘tish/o‘tkazish
  punkti", "X nazorat(-o‘tkazish) punkti" (crossing, checkpoint), each head in every case of its table
  (:data:`.turkic_latin.UZ_POSSESSIVE_ENDINGS`: "punktini", "punktining", "postidan"), "A-B chegarasidagi
  X" (X, on the A–B border), "Y bilan chegaradosh …" and "Y bilan chegarada joylashgan
  …" (bordering Y, lying on the border with Y: what follows is the place), "X (shahri) yaqinida/yaqinidagi"
  (near X), "X atrofida" (around X), "X hududida" (in X's territory), "X tumanidagi (A-B) chegarasida/chegarasining
  …" (on the (A–B) border in X district: the district stands in);
* Turkmen: "X serhet posty/postunda" (border post), "X (awtoýol) gözegçilik-göýberiş/geçiriş nokady/ýeri" and "X
  barlag(-gözegçilik) nokady" (checkpoint), "X gümrük posty/nokady/geçelgesi" and "X gümrükhanasy" (customs), each
  head in every case of its table (``_TK_HEAD_ENDINGS``), "(P welaýatynyň) D etrabynyň/etrabyndaky X" (X of/in D
  district), "Y bilen serhetdäki …", "Y bilen serhetleşýän …" (bordering Y) and "türkmen-Y serhedindäki …" (on the
  border with Y), "X-yň golaýynda" (near X, the name in the genitive), "X sebitinde" (in the X area), "X …
  ýerleşýän" (lying in X: the participle is dropped), "X Y bilen araçäkleşýän serhediniň" (of X's border with Y: the
  unit X, the forty-eighth batch's g4562), "X (Halkara) (deňiz) porty" (X (international) (sea) port: the port named
  after X, fifty-fifth batch).

The Uzbek and Kyrgyz "X chegara otryadi" / "X чек ара отряды" (the X border detachment) are not read:
a detachment is often named by a designation (a quoted post or valley name), and the district
reading the English form gives it found a far district of that name (docs/geocoding.md).
"""

from __future__ import annotations

import re

from .turkic_latin import UZ_POSSESSIVE_ENDINGS

__all__ = ["LATIN_HEADS"]

_N = r"(?P<name>.+?)"
#: One or two capitalised words (a village's or a district's name).
_W = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
_A = r"[‘'ʻ’]"  # the Uzbek o‘ / g‘ mark, as writers type it

#: Turkmen case endings of a head in its possessive form, by vowel harmony (back "nokady", front
#: "geçelgesi", rounded "posty"): nominative, genitive ("ň", or typed "n"), accusative, dative,
#: locative, ablative and "the one at" ("nokadynyň", of the point; "ýerindäki", the one at the place).
_TK_HEAD_ENDINGS = {
    "back": ("y", "yny[ňn]", "yny", "yna", "ynda", "yndan", "yndaky"),
    "front": ("i", "ini[ňn]", "ini", "ine", "inde", "inden", "indäki"),
    "round": ("y", "uny[ňn]", "uny", "una", "unda", "undan", "undaky"),
}


def _tk(stem: str, harmony: str = "back") -> str:
    """ "nokad" → a pattern of the head's Turkmen case forms ("nokady", "nokadynyň", "nokadyndaky")."""
    return f"{stem}(?:{'|'.join(_TK_HEAD_ENDINGS[harmony])})"


#: Turkmen heads: "post" (post), "nokat" (point), "geçelge" (crossing), "ýer" (place, in
#: "gözegçilik-geçiriş ýeri", a control-and-passage place: a checkpoint).
_TK_POST, _TK_POINT = _tk("post", "round"), _tk("nokad")
_TK_CROSSING, _TK_PLACE = _tk("geçelges", "front"), _tk("[ýy]er", "front")


def _uz(stem: str) -> str:
    """ "punkt" → a pattern of the Uzbek head's case forms ("punkti", "punktini", "punktidagi")."""
    return f"{stem}(?:{'|'.join(UZ_POSSESSIVE_ENDINGS)})"


#: What kind of point an Uzbek "punkt" is: "o‘tish"/"o‘tkazish" (crossing, letting through), "nazorat"
#: (control: a checkpoint), "nazorat-o‘tkazish" (control and passage), each a crossing's head.
_UZ_CROSSING = rf"(?:o{_A}tish|o{_A}tkazish|nazorat(?:-o{_A}t(?:ish|kazish))?)"

_ROWS = (
    # English
    (rf"(?:the\s+){_N}\s+(?:en|ex)clave", "name"),
    # "the Kyrgyz enclave of X within Uzbekistan": the country around an enclave is not its owner
    (
        rf"(?P<rest>(?:the\s+)?(?:[A-Z]\w+\s+)?(?:en|ex)clave\s+of\s+{_W})\s+(?:with)?in(?:side)?\s+"
        r"(?:the\s+territory\s+of\s+)?[A-Z]\w+(?:\s+territory)?",
        "rest",
    ),
    (rf"(?:the\s+)?village\s+of\s+(?P<name>{_W})\s+of\s+(?P<unit>{_W})\s+district", "village_in"),
    # "the border checkpoint X" (a kind word before the name, as Russian and Turkmen put it): the crossing X
    (rf"(?:the\s+)?border\s+(?:checkpoint|check\s*post|crossing(?:\s+point)?)\s+(?P<name>{_W})", "crossing"),
    # "checkpoint X", "the checkpoints “X” on the border with Y": the kind word before the name without "border"
    # (fifty-sixth batch); a lowercase word after it ("checkpoint near X") is no name, and the neighbour is no owner
    (
        rf"(?:the\s+)?(?:checkpoints?|check\s*-?\s*posts?)\s+[«“\"]?(?P<name>{_W})[»”\"]?"
        r"(?:\s+on\s+the\s+border(?:\s+with\s+[A-Z]\w+)?)?",
        "crossing",
    ),
    # "“X” - with Y", "X – with Y" (the post, then the country it faces): read as "X on the border with Y", for a
    # country Y only (fifty-sixth batch)
    (r"(?P<name>[«“\"]?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?[»”\"]?)\s+[-–—]\s+with\s+(?P<unit>[A-Z]\w+)", "border_with"),
    (r"(?P<rest>.+?)\s+(?:located|situated|lying)\s+(?:on|along|near)\s+the\s+border(?:\s+with\s+[A-Z]\w+)?", "rest"),
    (r"(?P<rest>.+?)\s+(?:on|at|along)\s+[A-Z]\w*-[A-Z]\w*\s+border", "rest"),
    # "X customs office near the border with Y": a place near the line is still the place it names
    (
        r"(?P<rest>.+?\s(?:office|house|terminal|complex))\s+(?:on|at|along|near)\s+the\s+border(?:\s+with\s+[A-Z]\w+)?",
        "rest",
    ),
    # "X customs office/house", "the customs office in X": the customs post at X
    (rf"(?:the\s+)?{_N}\s+customs\s+(?:office|house|terminal|complex|checkpoint)", "customs"),
    (rf"(?:the\s+)?customs\s+(?:office|house|post|terminal|complex|checkpoint)\s+(?:in|at|of)\s+{_N}", "customs"),
    # "the X Special Economic Zone", "the X free (trade) zone": the zone named after the place, the X area
    (rf"(?:the\s+)?{_N}\s+(?:special\s+economic|free(?:\s+(?:trade|economic))?|economic|trade)\s+zone", "area"),
    # "X, an enclave on/in …": the appositive after the name says what it is, the name is the place
    (r"(?P<rest>[^,]+),\s+an?\s+(?:[A-Z]\w+\s+)?(?:en|ex)clave\s+(?:on|in|inside|within|of)\s+\S.*", "rest"),
    # "the X region which is an area between Y and Z": a relative clause after the place says what it is
    (
        r"(?P<rest>.+?),?\s+which\s+is\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:area|region|town|city|village|place|"
        r"district|crossing|border\s+(?:town|crossing|area))\s+(?:between|on|along|near|in)\s+\S.*",
        "rest",
    ),
    # "the (border(-area)) station of X", "Turkmenistan's/the Turkmen station of X (in Y)": the station is
    # the place it is named after; an owner or a nationality before it is context the reader has already
    (
        r"(?:the\s+|(?-i:[A-Z])\w+(?:'s|’s)\s+)(?-i:[A-Z]\w+\s+)?(?:border(?:[-\s]area)?\s+|frontier\s+|railway\s+|rail\s+)?"
        r"station\s+of\s+(?P<rest>(?-i:[A-Z]).*)",
        "rest",
    ),
    # "towards/toward(s) X", "in the direction of X": the way to a place still says which place
    (r"(?:towards?|in\s+the\s+direction\s+of)\s+(?P<rest>(?:the\s+)?(?-i:[A-Z]).*)", "rest"),
    # "the Karakoram Highway, through/via the Khunjerab Pass": read as "the Karakoram Highway, the Khunjerab
    # Pass", its two parts (the reader then weighs the route and the point it passes)
    (r"(?P<unit>[^,]+),\s+(?:passing\s+)?(?:through|via)\s+(?P<name>(?:the\s+)?(?-i:[A-Z])[^,]*)", "through"),
    (r"(?:the\s+)?(?:police\s+|district\s+|security\s+)?headquarters\s+(?:in|at)\s+(?P<rest>\S.*)", "rest"),
    # "the border guards of X", "the X border guards": a force named after the place it guards is read as that
    # place; a country or its people ("the Afghan border guards") is a force, not a place (kind "force")
    (rf"(?:the\s+)?border\s+guards?\s+(?:of|at)\s+(?P<name>{_W})", "force"),
    (rf"(?:the\s+)?(?P<name>{_W})\s+border\s+guards?", "force"),
    # Uzbek Latin
    # "O‘zbekiston-Tojikiston chegarasidagi X" (X, on the Uzbek–Tajik border): the border says which line;
    # read first, so the head after X is read again with it
    (rf"[A-Z]\w*(?:{_A}\w+)?-[A-Z]\w*(?:{_A}\w+)?\s+chegara(?:si|sidagi|sida)\s+(?P<rest>\S.*)", "rest"),
    (rf"{_N}\s+(?:chegara\s+)?bojxona\s+{_uz('post')}", "customs"),
    (rf"{_N}\s+chegara\s+{_uz('post')}", "post"),
    (rf"{_N}\s+(?:chegara\s+|avtomobil\s+)?{_UZ_CROSSING}\s+{_uz('punkt')}", "crossing"),
    (r"\S+\s+bilan\s+(?:chegaradosh|chegara(?:da)?\s+joylashgan)\s+(?P<rest>\S.*)", "rest"),
    (rf"{_N}\s+(?:shahri\s+)?(?:yaqini(?:da|dagi)|atrofi(?:da|dagi))", "near"),
    (rf"{_N}\s+hududi(?:da|dagi)", "name"),
    # "X tumanidagi (A-B) chegarasining … uchastkasida" (at a section of the (A-B) border in X district): what lies
    # on the border there is in the district, which stands in (issue 13)
    (rf"(?P<name>{_W})\s+tumani(?:dagi|da)\s+(?:\S+\s+)?chegara(?:si|sining|sida|sidagi)(?:\s+\S+){{0,4}}", "district"),
    # Turkmen
    # "Ahal welaýatynyň Kaka etrabynyň X", "Kaka etrabyndaky X" (X of/in Kaka district of Ahal province):
    # the lead says where the place lies, kept as context (the answer must lie near it); X and its head (a
    # post, checkpoint or customs word: a unit chain, "… etrabynyň Marçak obasynyň", is the unit reader's)
    # are read again
    (
        rf"(?:(?P<province>{_W})\s+wela[ýy]aty(?:ny[ňn])?\s+)?(?P<unit>{_W})\s+etrab(?:yny[ňn]|ynda|yndaky)\s+"
        r"(?P<rest>\S.*\s(?:gümrük|gözegçilik-\w+|serhet)\s+\w+)",
        "in_district",
    ),
    (rf"{_N}\s+serhet\s+{_TK_POST}", "post"),
    # "X barlag nokady", "X barlag-gözegçilik nokady" (control point, control-and-watch point): a checkpoint too
    (
        rf"{_N}\s+(?:awto[ýy]ol\s+|serhet\s+)?(?:gözegçilik-(?:göýberiş|geçiriş)|barlag(?:-gözegçilik)?)\s+"
        rf"(?:{_TK_POINT}|{_TK_PLACE})",
        "crossing",
    ),
    (rf"{_N}\s+gümrük\s+(?:{_TK_POST}|{_TK_POINT}|{_TK_CROSSING})", "customs"),
    (rf"{_N}\s+{_tk('gümrükhanas')}", "customs"),
    (r"(?:\S+\s+bilen\s+(?:serhetdäki|serhetleşýän|araçäkleşýän)|[\w-]+\s+serhedindäki)\s+(?P<rest>\S.*)", "rest"),
    (rf"{_N}(?:[yi]ň)\s+gola[ýy]ynda(?:ky)?", "near"),
    (rf"{_N}\s+sebitinde(?:ki)?", "name"),
    # "Lebap welaýatynda ýerleşýän" (lying in Lebap province): the participle after the place adds nothing
    (r"(?P<rest>.+?)\s+[ýy]erleş[ýy]än", "rest"),
    # "X Halkara deňiz porty" (X international sea port), "X deňiz portunda": the port named after X
    (rf"{_N}\s+(?:halkara\s+)?(?:de[ňn]iz\s+|derýa\s+)?{_tk('port', 'round')}", "port"),
    (r"(?P<rest>.+?)\s+\S+\s+bilen\s+(?:araçäkleşýän|serhetleşýän)\s+serhed(?:i|iniň|inde|indäki|ine)", "rest"),
    # English apposition after a dash: "the most densely populated area of the province – Bala Murghab" (a description
    # in lowercase words, an en or em dash, then the name it describes): the name is read (geo121)
    (r"(?-i:(?:the|an?)\s+[a-z][a-z'\s-]*?)\s+[–—]\s+(?P<rest>(?-i:[A-Z]).*)", "rest"),
)

LATIN_HEADS = tuple((re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in _ROWS)
