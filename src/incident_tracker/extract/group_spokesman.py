"""A blamed group's own spokesman or official telling the fight in another sentence: the blame becomes its claim.

"Taliban forces killed 30 Pakistani soldiers, the Afghan authorities say", then "The Taliban defence ministry's
spokesman … said the fighting took place in Shorabak district" (IANS 1237); "guerrillas attacked a government
checkpoint, an official said", then "Mullah Abdul Rauf, a Taliban official speaking by telephone …, said at least 20
government soldiers had been killed in the fighting" (Reuters 1762). The act is read as another side's word
(``alleged``, the group as actor), and the group's own man gives its account of the same fight, its toll or its act,
in a sentence of his own: the codebook's ``claimed`` ("the group itself claimed responsibility"; docs/extract.md: "a
group telling its own act"), with the group as accuser. :mod:`.group_own_word` reads the group saying "they had
carried out" the act; :mod:`.spokesman_claim` reads the spokesman saying "its fighters had killed", both in words of
the act. Here the speaker is told as the group's man ("a Taliban official", "TTP spokesman X", "X, spokesman for the
Pakistani Taliban") and is the one who speaks (never "a Taliban commander named X is said to have attacked", dev 1493),
or a later sentence opens on the name given with his title ("Khwarazmi said …") or on "He said" right after one of
his; and what he says tells the fight (a toll, the fighting, an attack, ground taken, a pull-back).

Read only to strengthen a blame already read: the draft is ``alleged`` and its actor is the group the speaker speaks
for (a speaker of another group, or a draft that names no actor, changes nothing: a group's man telling the toll of a
strike on his own men is no claim of the strike); the sentence is one of the draft's own; a denial or "not" in it
("denied that its fighters took part", "did not confirm") is no claim. A state's spokesman is no group's
(:func:`.group_own_word.claiming_group`; the Taliban count as a group, as the corpus codes their word ``claimed``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claim_patterns import _NAME, NOT_OWN
from .group_own_word import claiming_group

if TYPE_CHECKING:
    from .draft import Draft
    from .sentences import Sentence

_TITLE = r"(?:spokes(?:man|woman|person)|official|commander)"
#: The group's man: "a Taliban official", "TTP spokesman", "The Taliban defence ministry's spokesman" (the group before
#: the title, two lower-case words between), or "spokesman for the Pakistani Taliban", "spokesman of the Malakand
#: chapter of the Tehreek-e-Taliban Pakistan (TTP)" (the group after it).
_SPEAKER = re.compile(
    rf"(?P<before>{_NAME})(?:[’']s)?\s+(?:[a-z’']+\s+){{0,2}}?{_TITLE}\b|"
    rf"\b{_TITLE}\s+(?:for|of)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)?(?:chapter|wing|faction)\s+of\s+(?:the\s+)?)?"
    rf"(?P<after>{_NAME})"
)
#: He is the one who speaks: his name or an aside between his title and the verb of saying ("spokesman, X, said", "a
#: Taliban official speaking by telephone …, said"), never a man told acting ("a Taliban commander named X is also said
#: to have attacked").
_SAYS_AFTER = re.compile(
    r"(?:,?\s+[A-Z][\w’'-]+){0,4}(?:,?\s+[^,.;]{1,60}?)?,?\s+(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:said(?!\s+to\b)|says|told|spoke|confirmed|claimed|added)\b"
)
#: What he says tells the fight: a verb of saying, then a toll, the fighting, an attack, ground taken or a pull-back.
_TELLS_FIGHT = re.compile(
    r"\b(?:said|says|told|confirmed|claimed|added)\b[^.]*?\b(?:killed|dead|wounded|injured|fighting|fight|clash(?:es)?|"
    r"battle|attack(?:ed|s)?|taken|took|captured|seized|overran|overrun|pulled\s+back|withdrew|losses|casualties)\b"
)


#: His name beside the title: "spokesman, Enayatullah Khwarazmi, said", "TTP spokesman Ihsanullah Ihsan", "Mullah Abdul
#: Rauf, a Taliban official", "Ahsanullah Ahsan, spokesman for …": the last word is what later sentences call him by.
_NAME_AFTER = re.compile(r"^,?\s+(?P<name>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\b")
_NAME_BEFORE = re.compile(
    r"\b(?P<name>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}$"
)
#: A later sentence that opens on his word: "Khwarazmi said …", and "He said …" right after a sentence of his.
_OPENS_SAID = re.compile(r"^(?P<who>[A-Z][\w’'-]+)\s+(?:also\s+|later\s+)?(?:said|says|told|added)\b")


def group_spokesman(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``claimed`` for an alleged group whose own man tells the fight in one of the draft's sentences (see above)."""
    values = draft.values
    actor = values.get("perpetrator")
    if values.get("attribution") != "alleged" or not actor or (blamed := claiming_group(actor)) is None:
        return
    spoke, names = _group_men(sentences, background, _bare(blamed))
    # a draft set apart from the lead's ("He said Taliban fighters had also taken five posts in …") has its own
    # sentence among the article's background: it is read then, as the act it was made from
    for sentence in draft.own_sentences(sentences, background) or draft.own_sentences(sentences):
        text = sentence.text
        if (
            (sentence.index in spoke or _his_word(sentence, spoke, names))
            and not NOT_OWN.search(text)
            and _TELLS_FIGHT.search(text)
        ):
            draft.read_attribution("claimed", sentence)
            draft.set("perpetrator", actor, sentence)
            draft.set("attributed_by", blamed, sentence)
            draft.notes.append(f"{blamed}'s own man tells the fight: the allegation becomes its claim, claimed.")
            return


def _group_men(sentences: list[Sentence], background: set[int], group: str) -> tuple[set[int], set[str]]:
    """The sentences where the group's man is told speaking (by his title, or by the name he was given with it, or
    "He" right after one of his), and the names he goes by, over the article less its background."""
    spoke: set[int] = set()
    names: set[str] = set()
    for sentence in sentences:
        if sentence.index in background:
            continue
        if _his_word(sentence, spoke, names):
            spoke.add(sentence.index)
        for match in _SPEAKER.finditer(sentence.text):
            named = claiming_group(match.group("before") or match.group("after"))
            if named is None or _bare(named) != group or not _SAYS_AFTER.match(sentence.text, match.end()):
                continue
            spoke.add(sentence.index)
            text_before, text_after = sentence.text[: match.start()], sentence.text[match.end() :]
            near = _NAME_AFTER.match(text_after) or _NAME_BEFORE.search(text_before)
            if near is not None:
                names.add(near.group("name").split()[-1])
    return spoke, names


def _his_word(sentence: Sentence, spoke: set[int], names: set[str]) -> bool:
    """Whether the sentence opens on the group's man's word: his name, or "He" right after a sentence of his."""
    opening = _OPENS_SAID.match(sentence.text)
    if opening is None:
        return False
    who = opening.group("who")
    return who in names or (who == "He" and sentence.index - 1 in spoke)


def _bare(name: str) -> str:
    """The group's name without its article or case, so "the Taliban" and "Taliban" are one group."""
    return re.sub(r"^the\s+", "", name.strip().lower())
