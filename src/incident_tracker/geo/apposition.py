"""A known name with words around it that only say what it is: a dash apposition, a nationality.

The twenty-first batch's `dev` strings held two names the readers know, each lost to words
around it (docs/geocoding-journal.md, "twenty-first-rules"):

- **an apposition after a dash**: "Тургунди – афганского поселка на границе с Туркменистаном"
  (Torghundi, an Afghan settlement on the border with Turkmenistan), "X - город на границе с
  Афганистаном": after the dash, lowercase words and a noun of kind (settlement, town, village,
  crossing, district; Russian in any case, Tajik, Uzbek and English; in Persian and Dari, Pashto,
  Urdu and Arabic a noun of kind among the first three words) say what the name is, never
  another place. The name before the dash is read alone; a nationality adjective of the
  apposition ("афганского") is kept as the name's country, and what follows the apposition after
  a comma ("бывший Кушка", formerly Kushka) is dropped.
- **a nationality adjective before a name, in the nominative**: "туркменский Серхетабад" is
  Serhetabat, in Turkmenistan (the country kept as context), as "в таджикском селе X" already is
  (geo/phrase_where.py); "иранский город X", with a settlement noun between, is "город X, Иран".
- **a Tajik resident of a village**: "сокини деҳаи X" is "деҳаи X", the village where it happened to them; a
  resident of a town or a province stays a person's home, no event place (geo/cyrillic_roles.py). The Russian
  "житель (таджикского) села X (на границе с Y)" is "село X", its adjective its country (issue 13).

- **another name between ", or" and a comma**: "Kashgar’s Yarkand, or Shache, county" is "Kashgar’s Yarkand
  (Shache) county", the other name in brackets, the unit word after it the name's (geo189).

A name kept with its country that then reads as a person's home ("Тургунди", whose first letters
are the Kyrgyz word for a resident) is given alone: the country is the report's anyway.
"""

from __future__ import annotations

import re

from .cyrillic_roles import dateline_role
from .scripts import has_cyrillic
from .slavic_words import NATIONALITY_STEMS

__all__ = ["rewrite_apposition"]

#: Nationality adjective stems (Russian) and the country each names, China's too ("китайский").
_NATIONALITY = {**NATIONALITY_STEMS, "китай": "Китай"}
_STEMS = "|".join(_NATIONALITY)
#: A nationality adjective in any case and gender ("афганского", "туркменский", "таджикская").
_ADJECTIVE = rf"(?P<stem>{_STEMS})(?:кск|цк|ск)\w*"
#: The noun of kind an apposition ends at: Russian (any case), Tajik, Uzbek, English.
_KIND = (
    r"(?:пос[её]л\w*|город\w*|гор\.|сел[оаеу]\w*|кишлак\w*|деревн\w+|аул\w*|райцентр\w*|район\w*"
    r"|населенн\w+\s+пункт\w*|пункт\w*|КПП|погранпереход\w*|переход\w*|порт\w*|застав\w*"
    r"|деҳа\w*|шаҳр\w*|шаҳрак\w*|ноҳия\w*|қишлоқ\w*|шаҳарча\w*|туман\w*"
    r"|town|village|city|settlement|crossing|post|district|hamlet)"
)
_NAME = r"(?P<name>[A-ZА-ЯЁҲҚҶҒӮӢЎ][\w'’-]*(?:\s+[A-ZА-ЯЁҲҚҶҒӮӢЎ][\w'’-]*){0,2})"
_LEAD = rf"^(?:(?P<lead>{_STEMS})(?:кск|цк|ск)(?:ий|ой|ая|ое|ие)\s+)?"
#: "[туркменский] X – [lowercase words] kind [...]": the name, then a dash apposition.
_DASH = re.compile(
    rf"{_LEAD}{_NAME}\s+[–—-]\s+(?P<apposition>(?:[a-zа-яёҳқҷғӯӣў]\S*\s+){{0,3}}?{_KIND})\b[^,;،]*(?:[,;،].*)?$"
)
#: The noun of kind an Arabic-script apposition holds in its first three words: Persian and Dari,
#: Pashto, Urdu, Arabic (town, village, port, crossing, customs, area, district, post).
_AR_KIND = (
    r"(?:شهر|شهرک|شهرکی|روستا|روستای|روستایی|قریه|بندر|بندری|گذرگاه|گمرک|منطقه|منطقه‌ای|پاسگاه|ولسوالی"
    r"|ښار|ښارګوټی|کلی|ولسوالۍ|قصبہ|قصبے|شہر|گاؤں|علاقہ|علاقے|تحصیل|چوکی"
    r"|مدينة|بلدة|قرية|منطقة|معبر|منفذ|مركز)"
)
_AR_WORD = r"[\u0600-\u06ff\u200c]+"
#: "X – شهرکی مرزی …", "X - معبر حدودي …": an Arabic-script name, a dash, an apposition of kind.
_AR_DASH = re.compile(
    rf"^(?P<name>{_AR_WORD}(?:\s+{_AR_WORD}){{0,2}})\s+[–—-]\s+(?:\S+\s+){{0,2}}?{_AR_KIND}(?:\s.*)?$"
)
#: Chinese puts the apposition first: "中巴两国唯一的陆路口岸——红其拉甫口岸" (the only land port of
#: the two countries — the Khunjerab port). A description ending in a noun of kind, a double dash,
#: then the name, read alone (one dash joins two places: "红其拉甫—苏斯特"). The name is short and
#: holds no "的" (of): a description after the dash ("X口岸——中巴两国唯一的陆路口岸") is no name.
_HAN_DASH = re.compile(
    r"^[\u4e00-\u9fff，、]+?(?:口岸|关口|通道|山口|城市|城镇|小镇|村庄|村|镇|县|地区)\s*——\s*(?P<name>(?:(?!的)[\u4e00-\u9fff]){2,10})$"
)
#: "туркменский X", "иранский город X" (and nothing that is a unit chain after it): the name in its country,
#: a settlement noun in the nominative kept before it ("город X, Иран": the town, not the district of its name).
_LEADING = re.compile(
    rf"^(?P<lead>{_STEMS})(?:кск|цк|ск)(?:ий|ая|ое)\s+"
    rf"(?:(?P<unit>город|село|пос[её]лок|кишлак|аул|деревня)\s+)?{_NAME}$"
)


#: Tajik "сокини деҳаи X" (a resident of the village X): a person's home, but a village, which the report names
#: as where it happened to them (a province's or a town's residents stay a role: "сокинони вилояти X").
_RESIDENT_OF_VILLAGE = re.compile(r"^сокин(?:и|они)\s+(?P<rest>деҳа(?:и|ҳои)\s+[А-ЯЁҲҚҶҒӮӢ]\S*(?:\s+\S+){0,2})$")
#: Russian "житель (таджикского) села X (на границе с Y)" (a resident of the (Tajik) village X, on the border with
#: Y): the village, as the Tajik form; its nationality adjective kept as its country, the neighbour across the line
#: dropped. Only a village (села, кишлака, деревни, аула): "жители провинции X", "житель города X" stay a role.
_RU_RESIDENT_OF_VILLAGE = re.compile(
    rf"^жител(?:ь|я|ю|ем|и|ей|ям)\s+(?:{_ADJECTIVE}\s+)?(?:села|кишлака|деревни|аула)\s+{_NAME}"
    r"(?:\s+на\s+границе\s+с\s+\S+)?$"
)


def _country(stem: str | None) -> str | None:
    return _NATIONALITY.get(stem.casefold()) if stem else None


def _with_country(name: str, country: str | None) -> str:
    """``name``, with its country as context when that does not make it read as a person's home."""
    if country is None:
        return name
    kept = f"{name}, {country}"
    return name if dateline_role(kept) is not None else kept


#: "Kashgar’s Yarkand, or Shache, county": a name, its other name between ", or" and a comma, and lowercase words after
#: (the unit word the two share). Read as "Yarkand (Shache) county", as the bracket reader reads a name's other name;
#: a capitalised word after the second comma ("A, or B, C") is a list of places, and is left.
_OR_NAME = re.compile(r"^(?P<name>.*?\S),\s+or\s+(?P<other>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+(?P<rest>[a-z].*)$")


def rewrite_apposition(text: str) -> str | None:
    """The name of ``text`` without the words around it that say what it is (see the module), or None."""
    flat = " ".join(text.split())
    if match := _OR_NAME.match(flat):  # "Kashgar’s Yarkand, or Shache, county": the other name, as a bracket gives it
        return f"{match.group('name')} ({match.group('other')}) {match.group('rest')}"
    if any(dash in flat for dash in "–—-"):  # the three dash shapes
        if match := _DASH.match(flat):
            own = re.search(_ADJECTIVE, match.group("apposition"), re.IGNORECASE)
            country = _country(match.group("lead")) or _country(own.group("stem") if own else None)
            return _with_country(match.group("name"), country)
        if match := _AR_DASH.match(flat):
            return match.group("name")
        if match := _HAN_DASH.match(flat):
            return match.group("name")
    if match := _RESIDENT_OF_VILLAGE.match(flat):
        return match.group("rest")
    if match := _RU_RESIDENT_OF_VILLAGE.match(flat):
        return _with_country(f"село {match.group('name')}", _country(match.group("stem")))
    if has_cyrillic(flat) and (match := _LEADING.match(flat)):
        unit = f"{match.group('unit')} " if match.group("unit") else ""
        return _with_country(unit + match.group("name"), _country(match.group("lead")))
    return None
