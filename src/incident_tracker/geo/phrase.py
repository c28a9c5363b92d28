"""Reading a place as analysts write it: precision words, level words, context, border-place words.

"near the Esteqlol border crossing", "Faizabad, Badakhshan", "the Kyrgyz city of Batken", "Kurram district of
Khyber Pakhtunkhwa", "КПП «Торхам»": :func:`parse_query` returns the name to look up (:class:`ParsedQuery`) and
what the rest of the text says about it. Regular expressions only, standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..models.country import country_code
from .apposition import rewrite_apposition
from .around_area import around_area
from .building_in import building_in_town, facility_area_off
from .coverage import read_coverage
from .european_frames import european_frames_off
from .half_district_lead import half_district_last
from .han_latin import latin_in_han_chain
from .hanzi_names import han_transcription
from .inland_ports import inland_port_off
from .lead_words import lead_words_off
from .opening_marks import opening_marks_off
from .pack import latin_whole_district, strip_unit, whole_alias_kind
from .pairs import pair_separators
from .persian_heads import rewrite_heads
from .persian_words import rewrite_persian, side_in_area_of_side
from .phrase_arabic import read_arabic_script
from .phrase_around import rewrite_around, rewrite_wrapped
from .phrase_brackets import city_after_country, english_in_brackets
from .phrase_chains import rewrite_chain
from .phrase_context import context_parts, context_prefix
from .phrase_cyrillic import dateline_role, rewrite_phrase
from .phrase_declined import split_level, split_name
from .phrase_head import crossing_words_off, names_a_crossing, near_off, unit_word_off
from .phrase_patterns import (
    _APPOSITIVE,
    _AREA_SUFFIX,
    _BRACKETS,
    _DESIGNATED_POST,
    _FORMERLY,
    _IS_DISTANCE,
    _NEUTRAL_SUFFIX,
    _OF_BORDER_UNIT,
    _PAIR,
    _PART_OF_COUNTRY,
    _QUOTES,
    _RU_AREA,
    _RU_COUNTRY_TAIL,
    _RU_LOCALITY,
    _SCRIPT_PREFIX,
    _SCRIPT_SUFFIX,
    _UPPER_LOWER,
    _URDU_IN,
    _URDU_PAK_AFGHAN,
    _URDU_TOWN_BORDER,
    COUNTRY_STEMS,
    DEMONYMS,
    strip_kind,
)
from .phrase_patterns import unit_countries as _unit_countries
from .phrase_tails import (
    apposition_of_kind_off,
    border_side_off,
    bridge_river_off,
    comma_before_near,
    converted_distance_off,
    surroundings_off,
    unit_headquarters_off,
)
from .phrase_unlocated import rewrite_unlocated
from .phrase_where import crossing_kind_off, rewrite_where
from .prefecture_word import prefecture_off
from .roles import read_role
from .scripts import has_arabic, has_cyrillic
from .slavic_words import rewrite_slavic
from .text import fold_persianate
from .turkic_latin import crossing_names, rewrite_turkic_latin

#: Expressions of the reader's own steps, compiled once (they ran through ``re``'s cache on every call).
_PART_SEPARATOR = re.compile(r"[,;،]")
#: (Not "adjacent to the Tajik settlement of X": a place of that country, next to which the place lies; geo140.)
_BORDERING = re.compile(
    r"(?:\bbordering|\badjoining|\badjacent\s+to|\b(?:on|near|along|at)\s+the\s+border\s+with|на\s+границе\s+со?)"
    r"\s+(?:the\s+)?(?P<country>\w+)(?!\s+(?:settlement|village|town|city|kishlak|enclave|post|outpost)s?\b)|"
    r"\b(?:near|on|along|close\s+to)\s+the\s+(?P<side>\w+)\s+(?:border|frontier)\b",  # "near the Afghan border"
    re.IGNORECASE,
)
_IN_SPLIT = re.compile(r"\s+(?:in|في|дар)\s+(?:the\s+)?", re.IGNORECASE)


@dataclass
class ParsedQuery:
    """What a place string says, beyond the name: precision words and context.

    ``name`` is what to look up; ``context`` holds the parts after commas or in
    brackets ("Faizabad, Badakhshan" → context ["Badakhshan"]); ``level`` is
    ``admin1`` when the text says "province" and the like, ``admin2`` for "district";
    ``near`` is true for "near X", "outskirts of X", "10 km north of X".
    """

    text: str
    name: str
    near: bool = False
    level: str | None = None
    context: list[str] = field(default_factory=list)
    alternative: ParsedQuery | None = None
    #: The name without a border-place word ("Torkham" for "Torkham border crossing"), if it had one.
    bare: str | None = None
    #: The level word each context part carried ("admin2" for "Isfara district").
    context_levels: list[str | None] = field(default_factory=list)
    #: The two names of a hyphenated pair ("Kulma-Karasu"), tried one by one when the whole is unknown.
    pair: tuple[str, str] | None = None
    #: The pair's names were joined by "and" ("«Jartepa» va «Sarazm» … punktlari"), not by a dash:
    #: two names the text lists, one crossing only if both are known and are its two ends.
    pair_listed: bool = False
    #: Why the text names no event place although it names a place ("a speaker's seat"), if so.
    role: str | None = None
    #: The countries whose units the text's level words name ("Taftan County": Iran, China or
    #: Afghanistan, never Pakistan), or None when it names no such unit.
    unit_countries: frozenset[str] | None = None
    #: "Kurram" for "Upper Kurram Agency": the district a named part belongs to (a context part too).
    whole_of: str | None = None
    #: The name a post is given in quotes ("the “Dushanbe” border post"): only a border place of the
    #: pack or the user's places may answer for it, not a town it is named after.
    designation: str | None = None
    #: Read between head or tail words of its language (geo/coverage.py), which say not in which country.
    covered: bool = False
    #: The countries the text says the place borders ("X bordering Turkmenistan"): none of its answers lies there.
    beyond: frozenset[str] = frozenset()
    #: One side of a crossing written "in the area of" the other ("بندر X در منطقه Y"): where nothing else answers,
    #: X does, only if X and Y are the pack's two facing rows of one crossing (geo/crossing_twins.py).
    facing: tuple[str, str] | None = None
    #: The name came with "port" after it ("Irkeshtam port", "伊尔克什坦口岸"): read as the town or crossing it
    #: names, but a crossing whose Chinese port is a pack row of its own answers with that row (geo/crossing_twins.py).
    port: bool = False
    #: The text, as written, carries a border word of another script ("КПП «X»", "گذرگاه مرزی X", "X口岸") that the
    #: script readers took off: a pack crossing the name matches keeps only the places at it (geo/crossing_words.py).
    crossing_word: bool = False
    #: The text puts its places around the area it names ("the posts around the Sokh enclave"): outside it, no one
    #: point (geo/around_area.py; the answer is left empty by geo/no_point_guard.py).
    around: bool = False

    @property
    def names_a_place(self) -> bool:
        """Does the name read as a proper name, so that the district or province named with it may stand in?

        "a hospital in Batken", "Islamabad's procrastination": a common noun (lowercase in
        a text that capitalises its names) is not an unknown place of that province. A text
        typed all in lowercase says nothing either way, and counts as a name.
        """
        if not any(ch.isupper() for ch in self.text):
            return True
        return any(word[0].isupper() or (word[0].isalpha() and not word[0].islower()) for word in self.name.split())

    @property
    def precision(self) -> str:
        """The geo_precision a match for this query gets, if it is a town."""
        if self.near:
            return "near"
        if self.level == "admin2":
            return "admin2"
        return "exact"


def parse_query(text: str) -> ParsedQuery:
    """Read a place as analysts write it: "near the Esteqlol border crossing",
    "Faizabad, Badakhshan", "Badakhshan province, Afghanistan", "outskirts of Kulob",
    "the Kyrgyz city of Batken", "Bakai in Batken district", "КПП «Торхам»"."""
    parsed = _read(text)
    if (sides := side_in_area_of_side(fold_persianate(text))) is not None:  # "بندر X در منطقه Y": persian_words
        parsed.facing = sides
    if beyond := _beyond(text):  # "the town of X bordering Turkmenistan": X is not in Turkmenistan
        for reading in (parsed, parsed.alternative):
            if reading is not None:
                reading.beyond = reading.beyond | beyond
    crossing_word = names_a_crossing(text)  # "КПП «X»": the readers take the word off (geo/phrase_head.py)
    for reading in (parsed, parsed.alternative):  # "X, just north of the Uzbek border": geo/phrase_tails.py
        if reading is not None:
            border_side_off(reading)
            reading.crossing_word = crossing_word
            if (
                reading.level == "admin2"
                and has_cyrillic(reading.name)
                and (whole := latin_whole_district(reading.name))
            ):
                reading.name = whole  # "Манасский район": Manas District letter for letter (geo/pack.py)
    return parsed


def _beyond(text: str) -> frozenset[str]:
    """The countries a text says its place borders ("bordering C", "on the border with C", "на границе
    с C"): the neighbour across the line, a country the place is not in (see ``ParsedQuery.beyond``)."""
    codes = set()
    for match in _BORDERING.finditer(text):
        word = (match.group("country") or match.group("side")).casefold()
        code = country_code(word) or DEMONYMS.get(word)
        code = code or next(
            (c for stem, c in COUNTRY_STEMS.items() if word.startswith(stem) and len(word) - len(stem) <= 2), None
        )
        if code:
            codes.add(code)
    return frozenset(codes)


def _read(text: str) -> ParsedQuery:
    """One place string read: by another module's reader if one reads it (:func:`_read_elsewhere`); else split
    into a head and its context (brackets, commas), the words around the head taken off one step at a time,
    each saying something of the place (:mod:`.phrase_head`), and the readings made of what is left."""
    text = pair_separators(crossing_kind_off(fold_persianate(text)))  # "X/Y": geo/pairs.py; geo/phrase_where.py
    text = european_frames_off(inland_port_off(text))  # "la province de X"; "吐尔尕特口岸": geo/inland_ports.py
    text = unit_headquarters_off(text)  # "the Wana agency headquarters": Wana (geo/phrase_tails.py)
    text = opening_marks_off(bridge_river_off(text))  # "Мост Дружбы …": phrase_tails; "#X": opening_marks
    raw = _QUOTES.sub("", " ".join(text.split()))
    if has_cyrillic(raw) and (kind := whole_alias_kind(raw)) is not None:  # "Манас району": geo/pack.py
        return ParsedQuery(text=text, name=raw, level="admin2" if kind == "district" else None)
    if (elsewhere := _read_elsewhere(text, raw)) is not None:
        return elsewhere
    arabic = read_arabic_script(raw)  # "قبائلی ضلع کرم کے سرحدی علاقے": Kurram district, its border area
    if arabic.role is not None:
        return ParsedQuery(text=text, name="", role=arabic.role)
    raw = arabic.text
    # The Russian and Urdu rules below ask first whether the text holds their script (geo/scripts.py).
    cyrillic, urdu = has_cyrillic(raw), has_arabic(raw)
    if (match := _PART_OF_COUNTRY.match(raw)) and country_code(match.group("country")) and not country_code(raw):
        # "western Afghanistan" (not "South Sudan"): a quarter of a country is no point; the country is kept.
        role = "a part of a country names no point"
        return ParsedQuery(text=text, name="", role=role, context=[match.group("country")])
    raw = surroundings_off(apposition_of_kind_off(converted_distance_off(raw)))  # "(300 miles)": phrase_tails
    raw = _IS_DISTANCE.sub(r"\g<name>, \g<tail>", raw)  # "Zhob is 280 miles from Quetta": Zhob, 280 miles from …
    raw = comma_before_near(raw)  # "Usharal district near Lake Alakol": geo/phrase_tails.py
    body, context, formerly = _brackets_off(raw)
    parts = _parts(body, cyrillic)
    if not parts:
        return ParsedQuery(text=text, name="")
    head, context = _head_and_context(parts, context, cyrillic, urdu)
    head, unit_level = unit_word_off(head, cyrillic)
    head, near = near_off(head, text, arabic.near)
    head, context = crossing_words_off(head, context)
    return _readings(text, raw, head, near, unit_level, context, formerly)


def _read_elsewhere(text: str, raw: str) -> ParsedQuery | None:
    """The readers of their own modules, in turn, the first that reads the text winning: each rewrites it into
    plainer words, read again, or finds that it names no event place (a role). None where none reads it."""
    if (lead := lead_words_off(raw)) is not None:  # "сельского джамоата X", "مرتفعات X": geo/lead_words.py
        rest, beside = lead
        parsed = parse_query(rest)
        return replace(parsed, near=True) if beside and parsed.name else parsed
    if (area := around_area(raw)) is not None:  # "the posts around the Sokh enclave": geo/around_area.py
        return replace(parse_query(area), text=text, around=True)
    if (apposed := rewrite_apposition(raw)) is not None:  # "X – афганского поселка": geo/apposition.py
        return parse_query(apposed)
    if (where := rewrite_where(raw)) is not None:  # "X на границе с Ираном", "порт X": geo/phrase_where.py
        return parse_query(where)
    if (crossing := crossing_names(raw)) is not None:  # "«Jartepa» va «Sarazm» … punktlari": geo/turkic_latin.py
        parsed = parse_query(crossing)
        parsed.pair_listed = parsed.pair is not None
        return parsed
    role = read_role(raw, quoted=" ".join(text.split())) or dateline_role(raw)
    if role is not None:
        return ParsedQuery(text=text, name="", role=role)
    if (town := building_in_town(raw)) is not None:  # "a police station in Zahedan": geo/building_in.py
        return replace(parsed, near=True) if (parsed := parse_query(town)).name else parsed
    if (headless := rewrite_heads(raw) or half_district_last(raw)) is not None:  # "پایانه … X"; "لوئر کرم X"
        return parse_query(headless)
    if (covered := read_coverage(text)) is not None:  # "Термиз шаҳрида", "伊尔克什坦海关": geo/coverage.py
        return replace(parse_query(covered), covered=True)
    if (
        english := english_in_brackets(raw) or city_after_country(raw)
    ) is not None:  # "托克哈姆（Torkham）…"; "Iran (X)"
        return parse_query(english)
    if (plain := rewrite_unlocated(raw)) is not None:  # "general area X of Y", "the X checkposts"…
        return parse_query(plain)
    if (latin := latin_in_han_chain(raw) or han_transcription(raw) or rewrite_persian(raw)) is not None:  # own modules
        return parse_query(latin)
    if (chain := rewrite_chain(raw)) is not None:  # "«X», расположенный в Y районе": geo/phrase_chains.py
        return parse_query(chain)
    if (turkic := rewrite_turkic_latin(raw)) is not None:  # "Marçak obasy", "So‘x tumani": geo/turkic_latin.py
        return parse_query(turkic)
    if (unwrapped := rewrite_wrapped(text)) is not None:  # "на мосту «X»", "X بمنطقة Y": geo/phrase_around.py
        return parse_query(unwrapped)
    if (slavic := rewrite_slavic(text)) is not None:  # Ukrainian; "возле села X"; see geo/slavic_words.py
        return _with_units(parse_query(slavic), raw)
    if (unwrapped := rewrite_around(text)) is not None:  # "в Хайратоне", "از منطقه سراوان": see the module
        return parse_query(unwrapped)
    rewritten = rewrite_phrase(text)  # Kyrgyz, Kazakh, Uzbek, Tajik, Russian unit chains, Chinese
    if rewritten is not None and rewrite_phrase(rewritten) is None:
        return parse_query(rewritten)
    return None


def _brackets_off(raw: str) -> tuple[str, list[str], list[str]]:
    """The text without its brackets, what they hold (context) and a former name in them ("(formerly X)")."""
    context = [part.strip() for part in _BRACKETS.findall(raw) if part.strip()]
    formerly = [m.group("name") for part in context if (m := _FORMERLY.match(part))]
    context = [part for part in context if not _FORMERLY.match(part)]
    return _BRACKETS.sub(" ", raw), context, formerly


def _parts(body: str, cyrillic: bool) -> list[str]:
    """The comma-separated parts of the text, the first the place: an appositive after it reduced to the unit
    it names, and a Russian locality among them ("в местечке X") made the first."""
    parts = [part.strip() for part in _PART_SEPARATOR.split(body) if part.strip()]
    if not parts:
        return parts
    # "Mirjaveh, a city in Sistan-Baluchestan province near the Pakistani border": the unit it is in.
    parts = [parts[0], *(_APPOSITIVE.sub(r"\g<where>", part) for part in parts[1:])]
    for i, part in enumerate(parts[1:] if cyrillic else [], start=1):
        match = _RU_LOCALITY.match(part)
        if match:
            # "в Сурхандарьинской области, в местечке Даре": the locality is the place, the province its context.
            around = [_russian_areas(other) for other in [*parts[:i], *parts[i + 1 :]]]
            parts = [match.group("name"), *(area for rest, areas in around for area in (areas or [rest]))]
            break
    return parts


def _head_and_context(parts: list[str], context: list[str], cyrillic: bool, urdu: bool) -> tuple[str, list[str]]:
    """The first part is the head, the others join the context; then the words of the head that say where it
    lies move into the context too: Urdu's "X میں Y" and "Pak-Afghan", a Russian country in the genitive, the
    border unit it belongs to, Russian unit adjectives ("в Исфаринском районе" alone is the district itself)."""
    head, context = _URDU_PAK_AFGHAN.sub("", parts[0]) if urdu else parts[0], [*parts[1:], *context]
    # "چمن میں باب دوستی": Bab-e-Dosti in Chaman; "پاراچنار پاک افغان خرلاچی": Kharlachi, of Parachinar
    if urdu and ((match := _URDU_IN.match(head)) or (match := _URDU_TOWN_BORDER.match(head))):
        head, context = _URDU_PAK_AFGHAN.sub("", match.group("name")), [match.group("where"), *context]
    if cyrillic and (match := _RU_COUNTRY_TAIL.search(head)) and match.start() > 0:  # "… района Таджикистана"
        head, context = head[: match.start()], [*context, match.group("country")]
    if (match := _OF_BORDER_UNIT.search(head)) and match.start() > 0:  # "… of the Saravan border regiment"
        head, context = head[: match.start()], [f"{match.group('unit')} border unit", *context]
    head, areas = _russian_areas(head)
    if areas and head.casefold() in ("", "в", "во", "на", "у"):
        head = areas.pop(0)  # "в Исфаринском районе": the district itself
    return head, [*areas, *context]


def _readings(
    text: str, raw: str, head: str, near: bool, unit_level: str | None, context: list[str], formerly: list[str]
) -> ParsedQuery:
    """The readings of what is left of the head: "Bakai in Batken district" as the place and where it is (the
    whole unsplit as the alternative); else the whole, with a former name or a split of it as the alternative."""
    whole, whole_context, whole_implied = context_prefix(head)
    whole_implied = whole_implied or unit_level
    pieces = _IN_SPLIT.split(head, maxsplit=1)
    if len(pieces) == 2 and pieces[0].strip() and pieces[1].strip():
        # "Bakai in Batken district": the place, then where it is (the unsplit form is the alternative).
        inner, extra, implied = context_prefix(pieces[0].strip())
        where = facility_area_off(pieces[0].strip(), pieces[1].strip())  # "في منطقة X": geo/building_in.py
        parsed = _finish(text, inner, near, implied, [*extra, where, *context])
        parsed.alternative = _finish(text, whole, near, whole_implied, [*whole_context, *context])
        parsed.unit_countries = parsed.alternative.unit_countries = _unit_countries(raw, text)
        parsed.designation = parsed.alternative.designation = _designation(text)
        return parsed
    parsed = _finish(text, whole, near, whole_implied, [*whole_context, *context])
    parsed.unit_countries, parsed.designation = _unit_countries(raw, text), _designation(text)
    if formerly:  # "Serhertabat (formerly Kushka)": the other name, if the first is not known
        parsed.alternative = _finish(text, formerly[0], near, None, context)
    elif not parsed.context and (split := split_name(parsed.name, text)):
        # "Mazan Sar Mashkail": Mashkail holds it; "سوست ہنزہ": Sost, of Hunza; "مناطق X و Y دانگام": Dangam
        split_reading = _finish(text, split[0], parsed.near, split_level(split[0], text, parsed.level), [split[1]])
        split_reading.alternative, parsed = parsed, split_reading  # the whole name, tried next, answers if known
    return parsed


def _designation(text: str) -> str | None:
    """The name a post is given in quotes, if the text gives one (see ``ParsedQuery.designation``)."""
    match = _DESIGNATED_POST.search(text)
    return (match.group("before") or match.group("after")).strip() if match else None


def _with_units(parsed: ParsedQuery, before: str) -> ParsedQuery:
    """A reading of rewritten text, held to the countries the unit words of the text before allow
    ("в уезде X" is read as "в районе X": the rewrite loses the word that says Afghan or Chinese)."""
    for reading in (parsed, parsed.alternative):
        if reading is not None and (units := _unit_countries(before)) is not None:
            reading.unit_countries = (units & (reading.unit_countries or units)) or units
    return parsed


def _russian_areas(head: str) -> tuple[str, list[str]]:
    """Split Russian genitive district/province adjectives off the end: (head, context parts, finest first)."""
    areas: list[str] = []
    while has_cyrillic(head):
        match = _RU_AREA.search(head)
        if not match:
            return head, areas
        stem = match.group("stem")
        if stem.casefold().endswith("ин") and len(stem) > 4:
            stem = stem[:-2] + "а"  # Исфаринский → Исфара
        word = "district" if match.group("noun").casefold().startswith("район") else "province"
        areas.insert(0, f"{stem} {word}")
        head = head[: match.start()].strip()
    return head, areas


def _finish(text: str, head: str, near: bool, implied: str | None, context: list[str]) -> ParsedQuery:
    for pattern in (_SCRIPT_PREFIX, _SCRIPT_SUFFIX) if has_cyrillic(head) or has_arabic(head) else ():
        match = pattern.search(head)
        if match and (match.end() < len(head) if pattern is _SCRIPT_PREFIX else match.start() > 0):
            head = head[match.end() :] if pattern is _SCRIPT_PREFIX else head[: match.start()]
    match = _AREA_SUFFIX.search(head := head.strip())
    if match and match.start() > 0:
        near, head = True, head[: match.start()].strip()
    head, level = prefecture_off(*strip_unit(head))  # "Aksu Prefecture": its seat's district (geo/prefecture_word.py)
    level = level or implied
    match = _NEUTRAL_SUFFIX.search(head)
    port = False
    if match and match.start() > 0:
        head, port = head[: match.start()].strip(), match.group().strip().casefold() == "port"
    pieces = [piece for part in context for piece in context_parts(part) if piece[0]]
    match = _UPPER_LOWER.match(head)
    whole_of = match.group("whole") if match and level in ("admin2", None) else None
    if whole_of:
        # "Upper Kurram Agency": a part of the district named after it; the district stands in for it.
        pieces.append((whole_of, "admin2"))
    bare, kind = strip_kind(head)
    pair = _PAIR.match(bare)
    return ParsedQuery(
        text=text,
        name=head.strip(),
        near=near,
        level=level,
        context=[name for name, _ in pieces],
        context_levels=[lvl for _, lvl in pieces],
        bare=bare if kind else None,
        pair=(pair.group("left"), pair.group("right")) if pair else None,
        whole_of=whole_of,
        port=port,
    )
