"""A province named only in a local speaker's title, when the report names no other place: the scene, as coded.

Issue 14 (extract171; extract168's leftover "places in a speaker's title"). A title names where the speaker serves, and
:mod:`.roles` refuses a place read from one ("the spokesman of the Frontier Corps in Pakistan's Balochistan province",
709): wrong is worse than empty. Yet where the report names no other place at all, the coders take the province of a
local official who tells the incident on his own side: "Bahram Haqmal, the police spokesman of the southern Afghan
province of Nimroze" (Al Arabiya/Reuters 151: coded "the southern Afghan province of Nimroze"), "the police spokesman of
Nimroze, a province in southern Afghanistan" (BOL News 262: "Nimroze"), "Helal Balkhi, who heads the Taliban's
information department in the northern province of Jowzjan" (RFE/RL 86: "the northern province of Jowzjan"); The
Jerusalem Post's rewrite of the same story (174) names Nimroze as the scene and is read so already.

So, after every other reading, a draft with no place and a country read takes the province of such a title when all of
this holds: the title is a local office ("spokesman", "governor", "head", "chief", "commander", "director", "official")
followed by "the <compass> [<people's adjective>] province of X", "<Country>'s <compass> province of X" or "X, a
province in <compass> <Country>"; the report (not its background) tells one such province and no other place — no
"in", "at", "near" or "on" before a capitalized name that is not a country, a people's adjective or a month, and no
"eastern Afghanistan" (the coders' place where a report gives one: Al Jazeera 954); and the province lies in the draft's
country (its adjective or country word, or the Taliban's office for Afghanistan). Left alone, each of them a place
in another role the coders do not take or a narrower place the reader missed: AP 1284 ("a police spokesman in
Kandahar province" beside "the province's remote Maroof district"), The Express Tribune 960 ("A border police
commander in Afghanistan's eastern province of Khost", with "police posts in Gurbuz district" and a scene coded
empty), Ariana News 1242 (a spokesman "for the police commander of Kunar province", the title's own unit). The place
is the phrase as the title words it; it is not located (this runs after the draft was finished): its text only.
Run with the finished readings (:func:`.draft_passes.read_each_finished`).
"""

from __future__ import annotations

import re

from .dates import MONTHS, WEEKDAYS
from .draft import Draft, state_code
from .sentences import Sentence

_COMPASS = r"(?i:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)"
#: A local office, then (within a few words) the province it serves.
_OFFICE = (
    r"\b(?i:spokes(?:man|woman|person)|governor|heads?|chief|commander|director|official)\b"
    r"(?P<office>[^.;:\"“”]{0,60}?)\s+(?:of|for|in)\s+"
)
_TITLE = re.compile(
    _OFFICE + r"(?:"
    # "the southern Afghan province of Nimroze", "Afghanistan's eastern province of Khost"
    rf"(?P<phrase>(?:the|(?P<owner>[A-Z][a-z]+)['’]s)\s+(?:(?:{_COMPASS})\s+)?(?:(?P<adjective>[A-Z][a-z]+)\s+)?"
    r"province\s+of\s+(?P<name>[A-Z][\w'’-]+))"
    # "Nimroze, a province in southern Afghanistan"
    rf"|(?P<bare>[A-Z][\w'’-]+),\s+a\s+province\s+in\s+(?:(?:{_COMPASS})\s+)?(?P<country>[A-Z][a-z]+)"
    r")"
)
#: A place named after a preposition, which the title's province would have to outrank: any capitalized name.
_NAMED = re.compile(r"\b(?:in|at|near|on|into|outside)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+)")
#: A part of a country told by the compass, which the coders take as the place: "in eastern Afghanistan".
_COUNTRY_PART = re.compile(rf"\b(?:in|across)\s+(?:{_COMPASS})\s+[A-Z][a-z]+", re.IGNORECASE)
#: Month and weekday names, capitalised in English but no place: "in March", "on Friday".
_MONTHS = frozenset((*MONTHS, *WEEKDAYS))


def title_place(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Place an unplaced draft in the one province a local speaker's title names (see the module)."""
    values = draft.values
    if values.get("place") or not values.get("country"):
        return
    told = [s for s in sentences if s.index not in background]
    titles = [(s, m) for s in told for m in _TITLE.finditer(s.text)]
    names = {m.group("name") or m.group("bare") for _, m in titles}
    if len(names) != 1:
        return
    sentence, title = titles[0]
    if _province_country(title) != values["country"]:
        return
    spans = [(s.index, m.start(), m.end()) for s, m in titles]
    for s in told:
        if _COUNTRY_PART.search(_outside_titles(s, spans)):
            return  # "clashed … in eastern Afghanistan": the coders' place, not the title's province
        for named in _NAMED.finditer(_outside_titles(s, spans)):
            word = re.sub(r"['’]s$", "", named.group("name"))
            if not (state_code(word) or word.lower() in _MONTHS or word in ("Taliban", "Reuters")):
                return  # another place named: the title's province is no longer the only one
    place = title.group("phrase") or title.group("bare")
    draft.set("place", place, sentence)
    draft.place_path = "a speaker's title, no other place"
    draft.notes.append(f"Place {place!r}: the one province a local speaker's title names, no other place told.")


def _province_country(title: re.Match[str]) -> str | None:
    """The country the title puts its province in: its people's adjective, its owner, or its country word."""
    for group in ("adjective", "owner", "country"):
        word = title.group(group)
        if word and (code := state_code(word)):
            return code
    if re.search(r"\bTaliban['’]s\b", title.group("office")):
        return "AF"  # "heads the Taliban's information department in the northern province of Jowzjan"
    return None


def _outside_titles(sentence: Sentence, spans: list[tuple[int, int, int]]) -> str:
    """The sentence with the titles' words blanked, so that a title's province is not counted as another place."""
    text = sentence.text
    for index, start, end in spans:
        if index == sentence.index:
            text = text[:start] + " " * (end - start) + text[end:]
    return text
