"""People taken away, told without the words "abducted" or "kidnapped" (issue 14, incidents missed).

The gate of words that make a sentence about violence (:data:`.vocab.VIOLENCE`) knows a taking only as "abducted",
"kidnapped", "taken hostage" or "snatched". Copy from the Tajik-Afghan border tells the same act in plainer words:
"two armed Afghans took the shepherd away from the Bardara area on March 4 and are now keeping him hostage", "has
been held in Afghan captivity since March 4" (Asia-Plus 2141), "took four others away with them" (Reuters 1701),
"took 16 of them off" (The Nation 578), "carried six people of Charbak off into Soh as hostages" (Asia-Plus 677),
"taken away by force to an unknown place" (Regnum 855). Each is an abduction; told so alone, its report drafted
nothing. So these words open the gate and type the act as the codebook's abduction, as "abducted" does.

Only people: a pronoun, a count "of them", "others", or a noun of people ("the shepherd", "four villagers"),
never the dead, the wounded, bodies, arms, goats or equipment carried off ("carried off their dead and wounded",
"carried off all the military equipment", "drove off 800 goats"), and never "drove off" or "driven off" (a car
leaving, attackers beaten back). A passive "taken away" is a taking only "by force" or "into captivity" ("He was
taken away badly hurt" is the wounded carried off). Holding is "held", "kept" or "keeping" someone "hostage" or
"captive", or "held in captivity"; "freed from captivity" is a release (:mod:`.release_report`), not a taking.

An undated report whose lead tells such a taking (or "abducted", "kidnapped") as done is an incident as a fight
told with no toll is (:mod:`.fight_told`): "Afghan drug smugglers have abducted a Tajik man after he helped the
Tajik border guards" (RFE/RL 1086), the week before the report; never a taking told with a year, as a habit ("the
smugglers kidnap local people"), guessed at ("suspected to have been kidnapped") or counted over a year ("the
fourth person … to be abducted this year").
"""

from __future__ import annotations

import re

from .sentences import Sentence

#: Who is taken: a pronoun, a count of them, others, or people named by a noun (with up to three words before it).
_PEOPLE = (
    r"(?:him|her|them|(?:\w+\s+)?others|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+of\s+them|"
    r"(?:[\w'’-]+\s+){0,3}?(?:shepherds?|herders?|herdsm[ae]n|farmers?|villagers?|residents?|citizens?|nationals?|"
    r"civilians?|people|persons|men|man|boys?|girls?|wom[ae]n|child(?:ren)?|passengers?|travell?ers?|drivers?|"
    r"traders?|workers?|fishermen|students?|teachers?|soldiers?|guards?|servicem[ae]n|policem[ae]n|officers?))"
)
#: The taking: active "took/carried/dragged/led X away/off", passive "taken away by force", and holding hostage.
TAKEN_AWAY_WORDS = (
    rf"\b(?:took|carried|dragged|led)\s+{_PEOPLE}\s+(?:away|off)\b(?!\s+(?:the|their|its)\s+(?:dead|wounded|bodies))|"
    r"\b(?:taken|carried|dragged|led)\s+(?:away|off)\s+(?:by\s+force|into\s+captivity|as\s+hostages?)\b|"
    rf"\b(?:keep|keeping|kept|hold|holding|held)\s+{_PEOPLE}\s+(?:as\s+)?(?:hostages?|captives?)\b|"
    r"\b(?:held|kept|languish(?:es|ing|ed)?)\s+(?:hostage\s+)?in\s+(?:[\w-]+\s+){0,2}?captivity\b|"
    r"\b(?:been|were|was|are|is)\s+(?:still\s+|now\s+)?held\s+(?:as\s+)?(?:hostages?|captives?)\b"
)
_TAKEN_AWAY = re.compile(TAKEN_AWAY_WORDS, re.IGNORECASE)

#: A taking told as done in a lead: these words, or "abducted" or "kidnapped" as a verb told ("have abducted a Tajik
#: man", "was kidnapped"), never as a word for the people ("four of the guards kidnapped by the group", "rescued five
#: kidnapped guards": a release report's captives, taken long before).
_TAKING = re.compile(
    rf"{TAKEN_AWAY_WORDS}|"
    r"\b(?:have|has|had|was|were|been)\s+(?:\w+\s+)?(?:abducted|kidnapped|taken\s+hostage)\b|"
    r"\b(?:abducted|kidnapped)\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s|"
    r"\bseized\s+(?:\w+\s+){0,2}hostages\b",
    re.IGNORECASE,
)
#: What makes a taking not this report's act: guessed at, a habit, a plan or fear, a denial, a count over a year.
_NOT_DONE = re.compile(
    r"\b(?:to\s+have|to\s+be|would|could|might|may|will|threat\w*|feared?|plann?\w*|tried\s+to|"
    r"attempted\s+to|no|not|never|den(?:y|ied|ies)|rejected|often|regularly|sometimes|usually)\b|"
    r"\bto\s+$",  # "is thought to have been kidnapped": the window ends on "to"
    re.IGNORECASE,
)
#: A sentence of a release or a detention: captives freed, rescued or swapped are another event's (.release_report),
#: and men a state's service "detained" and took away are held, not abducted, as the corpus codes them.
_RELEASE_OR_ARREST = re.compile(
    r"\b(?:freed|free|released?|set\s+free|rescued|recovered|handed\s+over|returned|exchanged?|swap\w*|"
    r"detained|detention|arrested)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b|\bthis\s+year\b|\blast\s+year\b|\byears?\s+ago\b", re.IGNORECASE)


def taking_of_the_lead(lead: list[tuple[Sentence, str]]) -> Sentence | None:
    """The first sentence of the lead (the sentences before any dated event, less their background) that tells
    people taken away or held as done, or None: the lead is then an incident, an abduction, though it gives no toll
    and no weapon."""
    for sentence, text in lead:
        if _YEAR.search(sentence.text) or _RELEASE_OR_ARREST.search(text):
            continue  # "the fourth person … to be abducted this year": a count, another time's takings
        for found in _TAKING.finditer(text):
            if not _NOT_DONE.search(text[max(0, found.start() - 50) : found.start()]):
                return sentence
    return None


def taking_alone(text: str, violence: re.Pattern[str]) -> bool:
    """Whether the sentence tells people taken away or held and no other violence (``violence`` is
    :data:`.vocab.VIOLENCE`, passed in as that module reads this one's words): the taking is then the act, an
    abduction. Beside a shooting or a crowd's blows ("opened fire, wounding a guard, and then carried him off";
    "carried six people of Charbak off into Soh as hostages" after stones were thrown) the other act types it."""
    return bool(_TAKEN_AWAY.search(text)) and not violence.search(_TAKEN_AWAY.sub(" ", text))
