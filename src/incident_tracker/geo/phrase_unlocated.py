"""Phrasings that left real place strings unlocated, rewritten into the forms :func:`.phrase.parse_query` reads.

Each rule came from a ``dev`` string of the real set that found nothing (docs/geocoding-journal.md,
"Fourteenth round"), and each is written for the phrasing, not for the string:

- "the Irkeshtan Port located in Wuqia County": a participle before "in" ("located in",
  "situated in") says no more than "in";
- "general area Kharlachi of Kurram district", "the general area of Sambaza": military
  press releases' "general area" is the place's area, the part after "of" its district;
- "the border village of Arandu in the northwest": a bearing "in the north(west)" at the
  end says where in the country, and names nothing;
- "the Ghulam Khan checkposts": a plural border-place word is the singular one; "the Irkeshtam-road
  highway": a pack crossing's name with the hyphened "-road" (thirty-sixth batch) is the crossing;
- "the Samarkandyk region": "region" after a village or crossing of the pack is its area,
  not a province (no province bears a pack town's name; a name a pack district bears too is
  left alone; the pack is read once to know its towns);
- "the Internatsional village of the Leilek region": "region" after a pack district's name
  that no province bears is the district (Central Asian English says "region" for both);
- "پاکستان سے متّصل افغانستان کے سرحدی علاقے سپن بولدک": Urdu "X's (border) area Y" names Y, in X
  (the reader knew only "Y's border area"); "adjoining Pakistan" or "on the Pak-Afghan border" before X is dropped;
- "باجوڑ سیکٹر" (the Bajaur sector), "عاصمة الولاية زاهدان" (the province's capital, Zahedan):
  the Urdu "sector" after a name, and Arabic words before one that name no place themselves.
- "منطقة جبلية بالقرب من بلدة سارافان" (a mountain area near the town of Saravan), "منطقة سرفان
  الجبلية" (the mountainous Saravan area): an unnamed mountain area before "near", the word
  "town" or "village" before a name, and "mountainous" after one (fifteenth batch).
- "منطقة مارغان بوسط كورام" (the Marghan area, in central Kurram): "in the middle of" before a
  unit is "in"; Russian "близ … границы в районе X" (near the border, in the X district): the
  border says nothing the district does not (sixteenth batch).
- "nine villages of Lalpoor", "two border localities of Mamond tehsil", "a bordering locality
  of X": places counted, not named, in X are X's area ("the village of X" names X, and is left);
  "Mamond tehsil": a tehsil the gazetteer lacks lies in its district (:mod:`.subdistrict`;
  sixteenth batch).

A rule rewrites only the words it reads and returns None when none applies, so a string
no rule reads is parsed exactly as before. Standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .pack import shipped_pack
from .scripts import has_arabic, has_cyrillic
from .subdistrict import with_district
from .text import name_key

#: "nine villages of", "two border localities of", "a bordering locality of": counted, unnamed places.
_COUNTED_PLACES = re.compile(
    r"^(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens\s+of|\d+)\s+)?"
    r"(?:border(?:ing)?\s+)?(?:villages|localities|areas|hamlets|settlements)"
    r"|(?:a|an|one)\s+(?:border(?:ing)?\s+)?(?:village|locality|area|hamlet|settlement))\s+of\s+(?=\S)",
    re.IGNORECASE,
)
_UNIT_END = re.compile(r"\b(?:district|tehsil|tahsil|province|county|agency|region|area|valley)$", re.IGNORECASE)
_LOCATED_IN = re.compile(r"\s+(?:located|situated|lying|based)\s+in\s+", re.IGNORECASE)
_GENERAL_AREA = re.compile(
    r"^(?:(?:near|in|at)\s+)?(?:the\s+)?general\s+area\s+(?:of\s+)?(?:the\s+)?(?P<name>.+?)"
    r"(?:\s+of\s+(?:the\s+)?(?P<area>.+))?$",
    re.IGNORECASE,
)
#: "the Sost Dry Port and Baggage section of Gilgit-Baltistan": a second office noun joined by "and" to a place's
#: facility (a port, terminal, crossing, post, station, customs or gate word ends what comes before), ending in a part
#: word (section, wing, department…), is one office of the place, not a second place; the "and …" is dropped and the
#: unit after "of" kept (geo147; g7030 was read as one unknown name).
_AND_OFFICE_PART = re.compile(
    r"^(?P<place>.+?\s(?:port|terminal|crossing|post|station|customs|gate))\s+and\s+(?:[A-Za-z]+\s+){1,2}"
    r"(?:section|wing|department|branch|division|office|hall)"
    r"(?P<rest>\s+of\s+.+)?$",
    re.IGNORECASE,
)
_BEARING_TAIL = re.compile(
    r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|(?:north|south)-?(?:east|west))"
    r"(?:ern\s+(?:part|corner|region|areas?))?(?:\s+of\s+the\s+country)?$",
    re.IGNORECASE,
)
_PLURAL_KIND = re.compile(
    r"(?<=\S)\s+(?P<kind>check\s*-?\s*posts|checkpoints|outposts|posts|crossings|crossing\s+points|gates|terminals)$",
    re.IGNORECASE,
)
#: "the Irkeshtam-road highway": the hyphened "-road" is the checkpoints' official "-автодорожный" (road
#: checkpoint), and a road word after it adds nothing; read as the crossing, for a pack border place only.
_ROAD_HYPHEN = re.compile(
    r"^(?:the\s+)?(?P<name>[^\W\d_][\w'’]*)-road(?:\s+(?:highway|checkpoint|check\s*-?\s*point|crossing(?:\s+point)?))?$",
    re.IGNORECASE,
)
_REGION_TAIL = re.compile(r"^(?:the\s+)?(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s+region$", re.IGNORECASE)
_REGION_WORD = re.compile(r"\b(?P<name>[^\W\d_][\w'’-]*)\s+region\b", re.IGNORECASE)
_DISTRICT_WORD = re.compile(r"\s+(?:district|county|agency)$", re.IGNORECASE)
#: "افغانستان کے سرحدی علاقے سپن بولدک": the owner, then "('s) (border) area", then the name; "بلوچستان
#: کے ساحلی علاقے جیونی", its coastal area; "ایران کے جنوب مشرقی علاقے X", its south-eastern area (a
#: quarter of the owner, an adjective: unlike "X کے جنوب مشرق میں", south-east of X, which names no
#: place inside X and is left to the reference guard); "پاکستان کے قبائلی علاقے X", its tribal area;
#: "چترال کے گاؤں X", its village X (the village word, as the area word, says a name follows).
_URDU_AREA_NAMED = re.compile(
    r"^(?P<owner>\S.*?)\s+(?:کے|کی)\s+(?:(?:(?:شمال|جنوب)\s+)?(?:مشرقی|مغربی)\s+|شمالی\s+|جنوبی\s+)?"
    r"(?:(?:سرحدی|ساحلی|قبائلی)\s+)?(?:علاقے|گاؤں|گائوں)\s+(?P<name>\S.*)$"
)
#: "چمن میں پاک افغان بارڈر کے علاقے X" (in Chaman, the Pak-Afghan border's area X): an owner that is a town and the
#: border "in" it says which border; the town is the owner, as in "چمن کے علاقے X" (geo147).
_URDU_BORDER_IN_TOWN = re.compile(r"^(?P<town>\S+)\s+میں\s+(?:پاک\s+(?:افغان|افعان|ایران|چین)\s+)?(?:بارڈر|سرحد)$")
#: "… کے ایک گاؤں، Y کے قریب" (a village of …, near Y): a village the text does not name, then where it lies; the
#: place is near Y, whatever the unnamed village's owner ("کالاش", the Kalash valleys, no one point) (geo147).
_URDU_UNNAMED_VILLAGE_NEAR = re.compile(
    r"^(?:\S.*\s)?ایک\s+(?:گاؤں|گائوں|قصبے|قصبہ)\s*[،,]\s*(?P<near>\S+(?:\s+\S+)?\s+کے\s+قریب)$"
)
#: "صوبہ خیبر پختونخوا کے قبائلی ضلع کرم": "tribal" before a unit word after an owner says what kind
#: of district it is, not which; the reader knows "X کے ضلع Y" (at the start, "قبائلی ضلع Y" is read).
_URDU_TRIBAL_UNIT = re.compile(r"(?<=\s(?:کے|کی|کا))\s+قبائلی(?=\s+(?:ضلع|تحصیل|ایجنسی)\s)")
#: "پاکستان سے متّصل" (adjoining Pakistan), "پاک افغان سرحد پر" (on the Pak-Afghan border), before the owner.
_URDU_ADJOINING = re.compile(r"^(?:\S+\s+سے\s+متّ?صل|.*?سرحد\s+پر)\s+")
#: "X سیکٹر" (the X sector), also written onto the name ("باجوڑسیکٹر": the name's last letter does not join).
_URDU_SECTOR = re.compile(r"(?:(?<=\S)\s+|(?<=[\u0620-\u06ff]{2}))سیکٹر$")
_ARABIC_CAPITAL_OF_UNIT = re.compile(r"^عاصمة\s+(?:الولاية|المحافظة|الإقليم|الاقليم|المقاطعة)\s+(?=\S)")
#: "منطقة جبلية بالقرب من …" (a mountain area near …): the unnamed area says no more than "near".
_ARABIC_UNNAMED_AREA = re.compile(r"^منطقة\s+(?:جبلية|نائية)\s+(?=(?:بالقرب\s+من|قرب)\s+\S)")
#: "بالقرب من بلدة سارافان" (near the town of Saravan): the kind word after "near (of)"; at the start
#: it is left to the phrase reader, which reads "بلدة (بنجكور)" already.
_ARABIC_TOWN_WORD = re.compile(r"(\s(?:من|قرب)\s)(?:بلدة|قرية)\s+(?=\S)")
#: "منطقة سرفان الجبلية" (the mountainous Saravan area): the adjective after the name names nothing.
#: "منطقة مارغان بوسط كورام" (the Marghan area, in central Kurram): what follows "in the middle of" holds the place.
#: "близ таджикско-афганской границы в районе Шохин" (near the Tajik-Afghan border, in the Shohin
#: district): the border before the unit names no point of its own; the unit holds the place.
_RU_NEAR_BORDER_IN = re.compile(
    r"^(?:близ|вблизи|у|около|недалеко\s+от)\s+(?:[\w-]+\s+)?границы\s+(?=(?:в|во)\s+\S)", re.IGNORECASE
)
_ARABIC_IN_CENTRAL = re.compile(r"(?<=\S)\s+(?:ب|في\s+)وسط\s+(?=\S)")
_ARABIC_MOUNTAINOUS = re.compile(r"(?<=\S)\s+الجبلية$")


def rewrite_unlocated(text: str) -> str | None:
    """``text`` in a form the phrase reader reads, if one of the rules above applies; else None."""
    plain = " ".join(text.split())
    done = _area_of(plain[match.end() :]) if (match := _COUNTED_PLACES.match(plain)) else plain
    done = with_district(done) or done
    if match := _AND_OFFICE_PART.match(done):
        done = match.group("place") + (match.group("rest") or "")
    done = _LOCATED_IN.sub(" in ", done)
    if match := _GENERAL_AREA.match(done):
        name, area = match.group("name"), match.group("area")
        done = f"{name} area, {area}" if area else f"{name} area"
    if (match := _BEARING_TAIL.search(done)) and match.start() > 0:
        done = done[: match.start()]
    done = _PLURAL_KIND.sub(lambda m: " " + _singular(m.group("kind")), done)
    if (match := _ROAD_HYPHEN.match(done)) and name_key(match.group("name")) in _pack_towns():
        done = f"{match.group('name')} crossing"
    if (match := _REGION_TAIL.match(done)) and name_key(match.group("name")) in _pack_towns():
        done = f"{match.group('name')} area"
    done = _REGION_WORD.sub(_district_for_region, done)
    if has_arabic(done):  # the Urdu and Arabic rules (geo/scripts.py: the script first)
        if match := _URDU_UNNAMED_VILLAGE_NEAR.match(done):
            done = match.group("near")
        if match := _URDU_AREA_NAMED.match(done):
            owner = _URDU_ADJOINING.sub("", match.group("owner"))
            owner = town.group("town") if (town := _URDU_BORDER_IN_TOWN.match(owner)) else owner
            done = f"{match.group('name')}، {owner}"
        done = _URDU_SECTOR.sub("", _URDU_TRIBAL_UNIT.sub("", done))
        done = _ARABIC_CAPITAL_OF_UNIT.sub("", done)
        done = _ARABIC_UNNAMED_AREA.sub("", done)
        done = _ARABIC_TOWN_WORD.sub(r"\1", done)
        done = _ARABIC_MOUNTAINOUS.sub("", done)
        done = _ARABIC_IN_CENTRAL.sub("، ", done)
    if has_cyrillic(done):
        done = _RU_NEAR_BORDER_IN.sub("", done)
    return done if done != plain and done.strip() else None


def _area_of(rest: str) -> str:
    """ "Lalpoor" → "Lalpoor area"; "Mamond tehsil" is left (a unit is an area); a context part after a comma is kept.

    Not "areas of X": the phrase reader takes a plural kind before a comma for a list of places.
    """
    head, comma, tail = rest.partition(",")
    head = head.strip()
    return f"{head}{'' if _UNIT_END.search(head) else ' area'}{comma}{tail}"


def _singular(kind: str) -> str:
    """ "checkposts" → "checkpost", "crossing points" → "crossing point"."""
    return kind[:-1] if kind.lower().endswith("s") else kind


@lru_cache(maxsize=1)
def _pack_towns() -> frozenset[str]:
    """Name keys of the pack's villages, towns and crossings, less any a district shares ("Ishkashim").

    "the Ishkashim region" may mean the district: a name both kinds bear is left to the phrase reader.
    """
    keys: dict[bool, set[str]] = {True: set(), False: set()}
    for entry in shipped_pack():
        for spelling in (entry.name, *entry.aliases):
            if key := name_key(spelling):
                keys[entry.kind == "district"].add(key)
    return frozenset(keys[False] - keys[True])


def _district_for_region(match: re.Match[str]) -> str:
    """ "Leilek region" → "Leilek district" when Leilek is a pack district's name and no province's."""
    name = match.group("name")
    return f"{name} district" if name_key(name) in _pack_districts() else match.group(0)


@lru_cache(maxsize=1)
def _pack_districts() -> frozenset[str]:
    """Name keys of the pack's districts (name without "District", and spellings), less every province name.

    Central Asian English says "region" for a district ("the Leilek region"), and for a province
    ("the Batken region"): only a name no province of the region bears is read as the district.
    """
    keys = {
        key
        for entry in shipped_pack()
        if entry.kind == "district"
        for spelling in (_DISTRICT_WORD.sub("", entry.name), *entry.aliases)
        if (key := name_key(spelling))
    }
    return frozenset(keys - province_keys())


@lru_cache(maxsize=1)
def province_keys() -> frozenset[str]:
    """Name keys of every province name and ASCII name the shipped GeoNames admin1 list holds, with the
    aliases (admin1_aliases.tsv), read where the gazetteer build reads them (``gazetteer.data_dir``)."""
    from .gazetteer import data_dir

    data = data_dir()
    keys: set[str] = set()
    for line in data.joinpath("admin1CodesASCII.txt").read_text("utf-8").splitlines():
        keys.update(name_key(name) for name in line.split("\t")[1:3])
    for line in data.joinpath("admin1_aliases.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            keys.update(name_key(name) for name in line.split("\t")[1:])
    keys.discard("")
    return frozenset(keys)
