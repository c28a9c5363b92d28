"""Fire that answered an attack at the place it was launched from: an incident of its own.

Issue 14, "Answering fire across the border" (docs/extract-journal.md): "five rockets were launched at the base …
The troops answered in self-defence with artillery fire on the launch site, some 300 metres inside Pakistan" tells
two acts, and the corpus codes the artillery as its own incident (AP 894, ISAF 895, Rantburg 896): a shelling on the
attack's day, in the country the answer struck, by the force that answered, with no toll told.

Only a strong cue starts one, as the dev reports separate them: an answer verb ("answered", "responded",
"retaliated", "hit back", "returned fire"), a weapon of fire across a distance after "with" (artillery, mortars,
rockets, missiles, an air strike), and a target that is the launch site ("on the launch site", "the place the
rockets were launched from", "an earlier barrage, launched from a spot inside Afghanistan"). The corpus codes as one
incident every answer told without such a target: an exchange at a post ("the troops answered in kind"), fire
"on the positions the fire had come from" (Nation 184, The News 343), "hit back with rockets" (AP 255). The answer's
country is the one its target is told "inside"; with none, it stays empty.
"""

from __future__ import annotations

import re

from .answer_weapons import ANSWER_VERB as _VERB
from .draft import Draft, country_code
from .sentences import Sentence

_WEAPON = r"(?:artillery|mortars?|rockets?|missiles?|shells|an?\s+air\s*strike|air\s*strikes?)"
_WITH = rf"\bwith\s+(?:\w+\s+){{0,2}}?(?P<weapons>{_WEAPON}(?:\s+fire)?(?:\s*(?:,|and)\s*(?:\w+\s+)?{_WEAPON})*)"
#: The launch site as a target: "the launch site", "the place the rockets were launched from", "a spot inside X".
_SITE = (
    r"(?:the\s+)?(?:launch(?:ing)?\s+(?:site|point|position)s?|"
    r"(?:place|spot|site|area)s?\s+[^.;]{0,40}?launched\s+from)"
)
_INSIDE = r"(?:[^.;]{0,60}?\binside\s+(?P<country>[A-Z][a-z]+))?"
#: The answer, its weapon, then its target: "answered … with artillery fire on the launch site, … inside Pakistan".
_WEAPON_THEN_SITE = re.compile(rf"{_VERB}[^.;]{{0,60}}?{_WITH}\s+(?:on|at|against)\s+(?P<place>{_SITE}{_INSIDE})")
#: The answer, its target told as launched from a place, then its weapon: "answered an earlier barrage, launched
#: from a spot inside Afghanistan, with artillery".
_SITE_THEN_WEAPON = re.compile(
    rf"{_VERB}[^.;]{{0,40}}?,\s+launched\s+from\s+(?P<place>(?:a|the)\s+[^.;,]{{0,50}}?"
    rf"\binside\s+(?P<country>[A-Z][a-z]+))\s*,\s+{_WITH}"
)
#: Who answered: "ISAF answered", "NATO said its troops had answered".
_ACTOR = re.compile(r"\b(?P<actor>[A-Z]{3,6}|[A-Z][a-z]+)\s+(?:said\s+(?:that\s+)?its\s+\w+\s+(?:had\s+)?)?$")
_CODES = {
    "artillery": "artillery",
    "mortar": "mortar",
    "rocket": "rocket",
    "missile": "missile",
    "shells": "artillery",
    "air": "airstrike",
}
#: Copied from the attack answered: its day.
_WHEN = ("event_date", "event_date_end", "date_precision")


def answers_at_the_launch_site(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> list[Draft]:
    """The drafts, with one more for each answer fired at the launch site of the attack a draft holds."""
    answers: list[Draft] = []
    for sentence in sentences:
        if sentence.index in background:
            continue
        for found in (*_WEAPON_THEN_SITE.finditer(sentence.text), *_SITE_THEN_WEAPON.finditer(sentence.text)):
            attack = _attack_of(drafts, sentence)
            if attack is not None:
                answers.append(_answer(attack, sentence, found))
    return [*drafts, *answers]


def _attack_of(drafts: list[Draft], sentence: Sentence) -> Draft | None:
    """The dated draft the answer's sentence belongs to, else the last one begun before it."""
    dated = [d for d in drafts if "event_date" in d.values]
    own = [d for d in dated if sentence.index in d.sentences]
    before = [d for d in dated if d.sentences and min(d.sentences) <= sentence.index]
    candidates = own or before
    return candidates[-1] if candidates else None


def _answer(attack: Draft, sentence: Sentence, found: re.Match[str]) -> Draft:
    """The answer's own draft, as the corpus codes it (see the module): the attack's day, the target's place and
    country, the weapons after "with", the force that tells it as the doer, and no toll."""
    answer = Draft()
    for name in _WHEN:
        if name in attack.values:
            answer.values[name], answer.evidence[name] = attack.values[name], attack.evidence.get(name, "")
    weapons = list(dict.fromkeys(code for word, code in _CODES.items() if word in found.group("weapons").lower()))
    shelling = any(w != "airstrike" for w in weapons)
    told = {
        "place": found.group("place").strip(" ,"),
        "country": country_code(found.group("country")) if found.group("country") else None,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack" if shelling else "Air/drone strike",
        "weapons": weapons,
        "description": sentence.text,
    }
    actor = _ACTOR.search(sentence.text[: found.start()])
    if actor is not None:
        told["perpetrator"], told["attribution"] = actor.group("actor"), "confirmed"  # the force tells its own act
    for name, value in told.items():
        answer.set(name, value, sentence, path="answer at the launch site" if name == "place" else "")
    answer.sentences = [sentence.index]
    answer.notes.append("Fire that answered the attack at its launch site: an incident of its own, on its day.")
    return answer
