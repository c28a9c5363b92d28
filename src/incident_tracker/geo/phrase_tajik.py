"""Tajik place phrases: the unit word before the name, tied to it by the izofa "-и" ("ҳудуди деҳаи Хоҷаи Аълои
ҷамоати Чоркӯҳи шаҳри Исфара", near Khojai A'lo village of Chorkuh jamoat of Isfara city), rewritten in the English
form :func:`.phrase.parse_query` reads ("near Хоҷаи Аъло village, Чоркӯҳ jamoat, Исфара city").

Part of :mod:`.phrase_cyrillic` until that module reached its size limit (geo140): its Kyrgyz, Kazakh, Uzbek and
Russian readers stay there and ask :func:`read_tajik` first. The spelling table both use lives here. Standard
library only.
"""

from __future__ import annotations

import re

from .phrase_declined import a_pack_district


def table(text: str) -> dict[str, str]:
    """A table written "key=value;key=value" (a spelling and the name it stands for, one per pair)."""
    return dict(pair.split("=", 1) for pair in text.split(";"))


#: Province and district names as these languages spell them, where the gazetteer knows only
#: another spelling: keyed by the folded stem (case endings may follow), mapped to a known name.
_SPELLINGS = table(
    "ботканд=Batken;бодканд=Batken;согдий=Sughd;согд=Sughd;суғд=Sughd;сугд=Sughd;фарғона=Fergana;"
    "сурхандарьин=Surxondaryo;сурхондарё=Surxondaryo"
)


def spelled(name: str) -> str:
    """A name in the spelling the gazetteer knows ("Ботканд" → "Batken"), else as written."""
    folded = name.casefold()
    for stem, known in _SPELLINGS.items():
        if folded.startswith(stem) and len(folded) <= len(stem) + 3:
            return known
    return name


_TAJIK_UNITS = table(
    "деҳаи=village;деҳа=village;қишлоқи=village;ҷамоати=jamoat;ҷамоат=jamoat;ноҳияи=district;шаҳри=city;вилояти=province;маҳаллаи=;"
    # "анклави Сӯх" (the enclave of Sokh): the enclave is the place, as Uzbek "Сўх анклави"
    "анклави=;"
    # the Afghan district ("uluswali") as Tajik writes it, with or without the second vowel
    "вулусволии=district;волусволии=district;вулусуволии=district;вулусволӣ=district;волусволӣ=district"
)
_OWNED = ("jamoat", "village")  # units whose two-word name may be "name of owner"
#: "ҳудуди" (the bounds of), "мавзеи" (the locality of), "наздикии" and its plural "наздикиҳои" (the
#: vicinity of), "атрофи" (around), "мазори" (the shrine of): a place by the name after them.
_TAJIK_NEAR = frozenset({"ҳудуди", "мавзеи", "наздикии", "наздикиҳои", "атрофи", "мазори"})
#: "комендатураи сарҳадии" (the border commandant's post of): a post named after the unit it lies in.
_TAJIK_LEAD = frozenset({"комендатураи", "сарҳадии"})
#: "Овез-и вулусволии Хоҳон" (a quoted name, its izofa hyphened, before a unit word): the name is a post's
#: or a village's own, unknown to the gazetteer; the unit after it holds it.
_TAJIK_HYPHENED = re.compile(r"^[А-ЯЁҲҚҶҒӢӮ]\w*-и$")
#: "отряди сарҳадии «Панҷ»", "қисми сарҳадии Панҷ" (the Panj border detachment, border unit): a border unit is
#: named after the district it guards, read as the English "Panj border detachment" is.
_TAJIK_BORDER_UNIT = re.compile(
    r"^(?:отряд|қисм)и\s+сарҳадии\s+(?P<name>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)$", re.IGNORECASE
)
_TAJIK_JOIN = re.compile(r"\s(?:ва|ҳамчунин)\s|,|\S+ву\s", re.IGNORECASE)


def _tajik(words: list[str]) -> str | None:
    """The izofa chain, finest unit first: "ҳудуди деҳаи Хоҷаи Аълои ҷамоати Чоркӯҳи шаҳри Исфара" →
    "near Хоҷаи Аъло village, Чоркӯҳ jamoat, Исфара city"."""
    units: list[tuple[list[str], str]] = []
    near = False
    for word in words:
        folded = word.casefold()
        if folded in _TAJIK_UNITS:
            units.append(([], _TAJIK_UNITS[folded]))
        elif folded in _TAJIK_NEAR:
            near = True
        elif folded in _TAJIK_LEAD or (folded == "дар" and not units):
            continue
        elif units and word[:1].isupper():
            units[-1][0].append(word)
        elif units and units[-1][0]:
            break  # common words after the last name
    units = [(names, lvl) for names, lvl in units if names]
    if not units:
        return _izofa_before_district(words, near)
    parts, owner = [], []
    for n, (names, lvl) in enumerate(units):
        # "ҷамоати Чоркӯҳи Исфара": Chorkuh, of Isfara; a district's "Дашти Қалъа" is one name (#two-conflicts)
        owned = lvl in _OWNED and len(names[0]) > 3
        if n == len(units) - 1 and len(names) == 2 and names[0].casefold().endswith("и") and owned:
            names, owner = [names[0]], [spelled(names[1])]
            names[0] = names[0] + "_"
        last = names[-1].rstrip("_") if names[-1].endswith("_") else names[-1]
        if (n < len(units) - 1 or names[-1].endswith("_")) and last.casefold().endswith("и") and len(last) > 3:
            last = last[:-1]  # the izofa "-и" ties it to what follows
        parts.append(f"{spelled(' '.join([*names[:-1], last]))} {lvl}".strip())
    return ("near " if near else "") + ", ".join([*parts, *owner])


def _izofa_before_district(words: list[str], near: bool) -> str | None:
    """ "наздикиҳои мазори Баҳораки Шӯрообод" (near the shrine of Bahorak of Shurobod): a name joined by the
    izofa to a district of the pack, letter for letter, with no unit word; read as the name, in that
    district. Only a known district fills it: "Дашти Қалъа" (one name) is left to the reader."""
    names = [w for w in words if w[:1].isupper()]
    if len(names) != 2 or not names[0].casefold().endswith("и") or len(names[0]) <= 3:
        return None
    if not a_pack_district(names[1]):
        return None
    return ("near " if near else "") + f"{spelled(names[0][:-1])}, {spelled(names[1])} district"


def _held_by_tajik_unit(words: list[str]) -> str | None:
    """ "Максат тобеи ноҳияи Лейлек" (Maksat, belonging to Leilek district): the names before "тобеи" (belonging
    to) are the place, the unit chain after it holds it; read "Максат, Лейлек district". None if not that shape."""
    folded = [word.casefold() for word in words]
    if "тобеи" not in folded:
        return None
    at = folded.index("тобеи")
    names = words[:at]
    if not names or not all(word[:1].isupper() for word in names) or _TAJIK_JOIN.search(" ".join(words)):
        return None
    if at + 1 >= len(words) or folded[at + 1] not in _TAJIK_UNITS:
        return None
    chain = _tajik(words[at + 1 :])
    return None if chain is None or chain.startswith("near ") else f"{' '.join(names)}, {chain}"


def _izofa_name_before_unit(words: list[str], raw: str) -> str | None:
    """ "Хамоби вилояти Ҷузҷон" (Khamob of Jowzjan province, sixty-ninth batch): a name tied by the izofa "-и" to
    the unit chain holding it, read "Хамоб, Ҷузҷон province" (the izofa off, as :func:`_tajik` does). The same
    without the izofa, as reports write it too ("Хамоб вилояти Ҷузҷон", "Имом Соҳиб вилояти Қундуз"; geo140): one to
    three capitalised words, then a unit word in its izofa form (the unit is tied to the name after it), then the
    chain. Read otherwise, the province after the unit word was the name and the place its context."""
    at = next((i for i, word in enumerate(words) if word.casefold() in _TAJIK_UNITS), 0)
    if not 1 <= at <= 3 or len(words) < at + 2 or _TAJIK_JOIN.search(raw):
        return None
    names, unit = words[:at], words[at].casefold()
    if not all(word[:1].isupper() for word in names) or not unit.endswith(("и", "ӣ")):
        return None
    if any(word.casefold() in (*_TAJIK_NEAR, *_TAJIK_LEAD, "дар") for word in names):
        return None
    # Uzbek writes its unit after the name ("Наманган вилояти Поп тумани", Pop district of Namangan province): the
    # chain after a Tajik unit word holds only unit words and names, and no Uzbek "ў"; nor does it end on a unit
    # word, which in Tajik comes before its name ("Сурхондарё вилояти Термиз шаҳри": Termez city; geo190)
    if "ў" in raw.casefold() or not all(w[:1].isupper() or w.casefold() in _TAJIK_UNITS for w in words[at:]):
        return None
    if words[-1].casefold() in _TAJIK_UNITS:
        return None
    last = names[-1]
    if last.casefold().endswith("и") and len(last) > 4:
        names = [*names[:-1], last[:-1]]  # the izofa "-и" ties the name to the unit
    elif at == 1 and last.casefold().endswith("и"):
        return None  # a short word in "-и": the izofa form of a word too short to be read apart from it
    if len(" ".join(names)) < 3:
        return None
    chain = _tajik(words[at:])
    return None if chain is None or chain.startswith("near ") else f"{spelled(' '.join(names))}, {chain}"


def read_tajik(raw: str) -> tuple[bool, str | None]:
    """Whether ``raw`` (quotes off, spaces single) is a Tajik unit phrase, and its English form (None: a Tajik
    phrase this reader leaves unread, such as one joining two places). (False, None): not Tajik; the other
    readers try it."""
    if match := _TAJIK_BORDER_UNIT.match(raw):
        return True, f"{match.group('name')} border detachment"
    words = raw.split()
    if (held := _held_by_tajik_unit(words) or _izofa_name_before_unit(words, raw)) is not None:
        return True, held
    hyphened = len(words) > 1 and _TAJIK_HYPHENED.match(words[0]) and words[1].casefold() in _TAJIK_UNITS
    if words and (words[0].casefold() in (*_TAJIK_UNITS, *_TAJIK_NEAR, *_TAJIK_LEAD, "дар") or hyphened):
        return True, None if _TAJIK_JOIN.search(raw) else _tajik(words)
    return False, None
