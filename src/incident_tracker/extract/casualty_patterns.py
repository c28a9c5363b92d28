"""The patterns of a casualty count: number, qualifier, the noun of who was hit, and the verb.

:data:`_PATTERNS` is the table :func:`.casualties.find_tolls` runs over a sentence, in
order; the pieces it is built from (a unit's members, a person by rank, "one … and
another") are named here so that each pattern reads as the phrase it matches. Kept apart
from the reading of a match (:mod:`.casualties`), as :mod:`.place_patterns` and
:mod:`.attribution_patterns` are.
"""

from __future__ import annotations

import re

from .in_hospital import IN_HOSPITAL
from .vocab import NUMBER, VICTIM_NOUN

#: The verbs of a death toll (``casualties``).
KILL_WORDS = (
    r"killed|dead|died|lost their lives|martyred|embraced (?:martyrdom|shahadat)|perished|slain|shot dead|"
    # "four soldiers laid down their precious lives", "gave their lives": the Pakistani press's words for the fallen
    r"sent to hell|eliminated|(?:gave|laid down|sacrificed)\s+their\s+(?:precious\s+)?lives|"
    # "three of the intruders were neutralized": the border services' and the ISPR's word for the men they killed,
    # coded as killed on dev (548, 794, 30–32); never "neutralised or arrested", which counts the captured too, nor
    # drones or munitions neutralised (.casualties)
    r"neutrali[sz]ed(?!\s+or\s+(?:arrested|captured|apprehended|detained|taken))|"
    # one victim's death told as his or hers ("a constable lost his life"), a shooting by its name ("were gunned
    # down"), a death from the wounds of the attack ("succumbed to his injuries"): never "succumbed" alone, which may
    # tell a death after the event's count
    r"(?:lost|gave|laid down|sacrificed)\s+(?:his|her)\s+(?:precious\s+)?life|gunned down|"
    r"succumbed\s+to\s+(?:his\s+|her\s+|their\s+)?(?:injuries|wounds)"
)
#: "Seven civilians … suffered gunshot wounds" (Tajik foreign ministry 430), "the boys suffered multiple shrapnel
#: wounds" (News.tj 423): the wounded, told by their wounds; never wounds "incompatible with life", which killed.
HURT_WORDS = (
    # "got light bruises and scratches" (365info 808): blows' marks are wounds, as the corpus counts them
    # "a Russian border guard suffered a bullet wound" (NEWSru 1195), "received a through wound to the hand" (The
    # Central Asia 161): one wound, told with its article
    r"wounded|injured|hurt|(?:suffered|sustained|received|got)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:wounds|injuries|bruises|scratches|cuts|an?\s+(?:[a-z-]+\s+){0,2}?(?:wound|injury)\b)"
    r"(?![^.;,]{0,30}\b(?:incompatible|fatal|died|succumbed))"
    # "two pilots survived and are in hospital", "three guards were taken to hospital": the hurt (.in_hospital)
    rf"|{IN_HOSPITAL}"
)

_QUALIFIER = (
    r"(?:at least|no fewer than|not less than|more than|over|up to|as many as|nearly|about|around|some|"
    r"approximately|an estimated)"
)
#: "wounding a couple of others": two, as the corpus codes it (dpa 529); only before "of", so never "a couple" of
#: people named as a pair ("a couple and their son").
_COUPLE = r"a\s+couple(?=\s+of\b)"
QUANT = (
    rf"(?P<qual>{_QUALIFIER}\s+)?(?P<num>between\s+{NUMBER}\s+and\s+{NUMBER}|"
    rf"{NUMBER}(?:\s*(?:-|–|to|or)\s*{NUMBER})?|dozens|several|a few|scores|hundreds|many|{_COUPLE})"
)
#: Words before a victim noun, never "and wounded …", which begins another count ("shot dead six and wounded two").
#: "drug-traffickers", "fuel-smugglers": a word joined to the noun by a hyphen is one of those words too.
#: "a U.S. soldier": the wires' abbreviation, whose points would otherwise end the words (AFPS 935).
_ADJ = r"(?:(?!and\s+(?:wounded|injured|killed|hurt|shot)\b)(?:[A-Za-z’'-]+\s+|[A-Za-z]+-(?=[a-z])|U\.S\.\s+)){0,4}?"
#: "citizens of Kyrgyzstan", "members of the Iranian forces": who the victims were, told after the noun.
#: "a teacher of the country", "a shepherd of the village": where they were from, told by a common noun.
#: "commanders of Iran's elite Revolutionary Guard Corps": a state's force, told with its state and its rank (only
#: a force's name: "a serviceman of Kyrgyzstan's State Border Service" stays as it was read).
_OF_WHOM = (
    r"(?:\s+of\s+(?:(?-i:[A-Z][a-z]+)[’']s\s+(?:elite\s+|paramilitary\s+)?(?:(?-i:[A-Z][\w-]+)\s+){0,3}?"
    r"(?-i:Guards?|Corps|Army|Forces)\b|"
    r"(?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}(?:\s+(?:forces|army|police))?)"
    r"|\s+of\s+the\s+(?:country|village|town|city|district|area|region|province))?"
)
#: A force named after "of": "the Basij volunteer force", "Iran's Islamic Revolutionary Guard Corps (IRGC)", "its
#: auxiliary Basij force".
_UNIT = (
    r"(?:the\s+|its\s+|their\s+|[A-Z][a-z]+[’']s\s+)?(?:[A-Za-z’'-]+\s+){0,4}?"
    r"(?:forces?|army|police|guards?|troops|corps|militia)(?:\s+\([A-Z]{2,6}\))?"
)
#: "members of the Border Guard", "four members of the IRGC (IRGC) and of its auxiliary Basij force": one group
#: told as members of one force or two.
#: "killed five members of the terrorist group that calls itself Jaish ul-Adl" (Financial Tribune 975), "four members
#: of a terrorist group" (Habilian 297): the attackers, told as members of their band.
_BAND = r"(?:the|an?)\s+(?:terrorist|militant|armed|rebel|insurgent)\s+(?:group|team|cell|gang)"
_MEMBERS = rf"members?\s+of\s+(?:{_UNIT}(?:\s+and\s+of\s+{_UNIT})?|{_BAND})"
_NOUN = rf"(?P<noun>{_ADJ}(?:{_MEMBERS}|{VICTIM_NOUN}){_OF_WHOM})"
#: "sent to hell", "eliminated": the Pakistani military's words for the militants it killed.
#: One attacker, named as what he was: "killed a suspected trafficker", "killed a dangerous terrorist".
_ARMED_ONE = (
    r"terrorist|militant|trafficker|smuggler|insurgent|infiltrator|intruder|attacker|assailant|gunman|fighter|"
    r"trespasser|outlaw|bandit"
)
#: "Three more soldiers of the Frontier Corps were martyred", "four men of the paramilitary Frontier Corps, an
#: officer among them, were martyred": the unit they belong to, between count and verb.
_OF_UNIT = (
    r"(?:of\s+the\s+(?:paramilitary\s+|elite\s+|local\s+)?(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"(?:\s+\([^)]{1,20}\))?(?:\s+|(?=,)))?"
)
#: "a conscript serving with the border guard in Zabol was killed": a participle phrase between victim and verb.
_SERVING = r"(?:serving|deployed|stationed|posted|assigned|employed|working)\s+"
#: The service a victim is said to serve in names who was hit better than "conscript" or "officer".
_SERVICE = re.compile(
    r"\b(?:serving|deployed|posted|stationed|assigned)\s+(?:with|in|at|to)\s+(?:the\s+)?"
    r"(?P<service>border guards?|border police|border troops|police)\b",
    re.IGNORECASE,
)
#: Auxiliaries and hedges between a count and its verb: "have reportedly been martyred".
_AUX = (
    # "four soldiers fought bravely and embraced shahadat": the ISPR's fight told before the death
    # "Four soldiers Wednesday night laid down their lives": the day, told between the count and its verb
    r"(?:(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s+)?"
    r"(?:(?:having\s+)?fought\s+(?:[\"“]?[a-z]+ly[\"”]?\s+|valiantly\s+)?(?:in\s+[^,.;]{1,40}?\s+)?and\s+)?"
    # "Three more border guards were reported wounded": reported, as "reportedly"
    r"(?:(?:were|was|have|has|had|been|are|is|being|reportedly|allegedly|also|all|later|confirmed|so far|now|"
    r"(?<=were )reported|(?<=was )reported|(?<=are )reported|(?<=is )reported|(?<=were )left|(?<=was )left|"
    # "10 of the attackers were believed killed" (AP 672), "are believed to have been killed": the army's count
    # "At least two militants were thought to have been wounded" (AFP 1556): thought, as believed
    r"(?<=were )(?:believed|thought)(?:\s+to\s+have\s+been)?|(?<=are )(?:believed|thought)(?:\s+to\s+have\s+been)?|"
    # "A U.S. soldier was shot and wounded by a Pakistani border guard" (AFPS 935), "ten people were shot and killed"
    # (812): how they were hit, told between the auxiliary and the toll's verb; "all six terrorists were engaged and
    # killed" (the ISPR, Daily Pakistan 622, Indian Defence News 624): fought, then killed
    r"(?:(?<=was )|(?<=were )|(?<=been ))(?:shot|stabbed|engaged)\s+and|"
    # "One conscript is said to have been martyred" (Iran Economist 758): the side's own word for its dead, hedged
    # only on the source; (not "23 migrants are said to have been killed, according to witnesses", 114: a claim
    # the coders weigh against an official count)
    r"(?:(?<=is )|(?<=are )|(?<=was )|(?<=were ))said\s+to\s+have\s+been(?=\s+martyred\b))\s+)*"
    # "were badly injured", "was fatally wounded": how badly, not who; only after an auxiliary, since "17 soldiers
    # critically injured in the brawl had succumbed" is not a count of the wounded
    # "five more soldiers were left critically wounded": left, as were
    r"(?:(?:(?<=were )|(?<=was )|(?<=been )|(?<=are )|(?<=is )|(?<=left ))"
    r"(?:badly|seriously|critically|severely|gravely|slightly|lightly|fatally|mortally)\s+)?"
    r"[\"“]?"
)
_SECOND = (
    # "Five soldiers and more than ten militants were killed" (Gulf News 671): the second count's bound is the sum's
    # "two citizens of Kyrgyzstan and the serviceman of Uzbekistan got bruises" (365info 808): "the" one more, told
    # with who he was after "of"; a counted second group keeps its "of" out ("seven civilians and one border guard
    # of Tajikistan suffered wounds, and one … died of his injuries", MFA 430: the dead among them, 7 coded)
    rf"\s+and\s+(?:(?P<qual2>{_QUALIFIER}\s+)?(?P<num2>{NUMBER})|their|his|a|an|(?P<the2>the))\s+"
    rf"(?P<noun2>{_ADJ.replace('{0,3}', '{0,2}')}(?:{VICTIM_NOUN})(?(the2){_OF_WHOM}))"
)
#: "a Frontier Corps (FC) soldier, Fazal Wahid, was hit … and later died of his wounds", "the three men were hit by
#: gunfire and taken to hospital, where they died", "both men were hit and died": the wounded who died count as
#: dead, not as wounded.
_DIED_OF_WOUNDS = re.compile(
    rf"\b(?P<qual>)(?P<num>an?|both|{NUMBER})\s+(?P<noun>(?:[\w’'()-]+\s+){{0,4}}?(?:{_MEMBERS}|{VICTIM_NOUN}){_OF_WHOM})"
    r"(?:,\s+(?-i:[A-Z])[^,;.]{1,60},)?\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+"
    # not "two were wounded, and one of them died": then only some of the wounded died
    r"(?:(?:badly|seriously|critically|gravely)\s+)?(?P<verb>hit|wounded|injured|shot)\b"
    r"(?:(?!\b(?:of them|another|one of|some of|others?)\b)[^.;]){0,110}?"
    r"(?:\band|,|\bwhere)\s+(?:that\s+)?(?:(?:he|she|they)\s+)?(?:later\s+|then\s+|subsequently\s+)?"
    r"(?:died|succumbed|passed away)\b",
    re.IGNORECASE,
)
#: A soldier's rank before his name, as the ISPR lists its dead: "Naik Inayat Khan, Lance Naik Umer Hayat and Sepoy
#: Waqar Khan … embraced martyrdom".
_RANK = re.compile(
    r"\b(?:Lance\s+|Naib\s+|Assistant\s+|Ast\.?\s+)?(?:Naik|Havildar|Havaldar|Hawaldar|Sepoy|Daffadar|Subedar|Sowar|"
    r"Captain|Capt\.|Major|Lieutenant|Lt\.|Sergeant|Sgt\.|Corporal|Private|Colonel|Col\.)\s+(?=[A-Z])"
)
#: A rank or a member named as a person: only inside a pair ("a major and a sepoy"), never as a count by itself
#: ("a major attack").
_PERSON = (
    rf"(?:[A-Za-z’'-]+\s+){{0,2}}?(?:{VICTIM_NOUN}|majors?|captains?|lieutenants?|colonels?|subedars?|havaldars?|"
    r"member\s+of\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:militia|forces|army|police|guards?))"
)
#: "An officer and five soldiers of Pakistan's army were killed", "A conscript and a member of the Basij militia
#: were killed": one person and a second group, the counts adding up.
#: "A senior officer of Iran's Revolution Guards Corps (IRGC) and three members of the Basij volunteer force have
#: lost their lives", "Second Lieutenant A B and three Basij members, named as C, D and E, were killed": one person
#: (by an article or by rank and name) and a second group, each told with the force it belongs to, and the second
#: group's names in an aside; the counts add up.
_ONE_AND_MORE = re.compile(
    rf"(?:\b(?P<qual>)(?P<num>an?|one)\s+(?P<noun>{_PERSON}(?:\s+of\s+{_UNIT})?)|"
    rf"(?P<rank>(?-i:{_RANK.pattern})(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){{0,2}}))"
    # "a tribal elder and his son": one more, told by whose kin he was
    rf"\s+and\s+(?P<num2>an?|one|his|her|{NUMBER})\s+"
    rf"(?P<noun2>(?:{_PERSON}|{_MEMBERS})(?:{_OF_WHOM}|\s+of\s+{_UNIT}))"
    r"(?:,\s+(?:named\s+as|identified\s+as|including)\s+[^.;]{1,120}?,)?"
    rf"\s+{_AUX}(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b",
    re.IGNORECASE,
)
#: "wounded a border policeman and three civilians", "killing a soldier and his son": the active form, one person and
#: a second group after the verb, the counts adding up (issue 14)
ONE_AND_MORE_AFTER = re.compile(
    r"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured)\s+(?P<qual>)(?P<num>an?|one)\s+"
    rf"(?P<noun>{_PERSON}(?:\s+of\s+{_UNIT})?)\s+and\s+(?P<num2>an?|one|his|her|{NUMBER})\s+"
    rf"(?P<noun2>{_PERSON}|{_MEMBERS})\b",
    re.IGNORECASE,
)
#: One more, hurt, told in the clause of a death with its auxiliary left out or its noun longer: "one person had
#: been killed and that another border official had been wounded" (TON 66), "one Tajik man was killed and another badly
#: hurt" (Asia-Plus 424), "an Afghan citizen was killed and a Pakistani officer wounded" (Afghanistan International
#: 347): the one counts one hurt. Only right after a death told with its auxiliary ("was killed and"), so that "killed
#: a soldier and wounded" (the active) and "two were killed and a third was wounded" (.one_more_hit) are not asked.
_AFTER_DEATH = (
    "(?:"
    + "|".join(f"(?<={aux} {dead} and )" for aux in ("was", "were", "been") for dead in ("killed", "martyred"))
    + ")"
)
_HOW_BADLY = r"(?:(?:badly|seriously|critically|severely|gravely|slightly|lightly)\s+)?"
ONE_MORE_HURT = (
    re.compile(
        rf"{_AFTER_DEATH}(?:that\s+)?(?P<qual>)(?P<num>another|an?)\s+"
        rf"(?P<noun>(?:[\w’'-]+\s+){{0,3}}?(?:{VICTIM_NOUN}|person|man|woman|child))\s+"
        rf"(?:(?:was|had\s+been|has\s+been)\s+)?{_HOW_BADLY}(?P<verb>wounded|injured|hurt)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_AFTER_DEATH}(?P<qual>)(?P<num>another)\s+{_HOW_BADLY}"
        rf"(?P<verb>wounded|injured|hurt)\b",
        re.IGNORECASE,
    ),
)
_PATTERNS = (
    _DIED_OF_WOUNDS,
    _ONE_AND_MORE,
    ONE_AND_MORE_AFTER,
    # "two guards were killed as well as at least one Taliban fighter": a second group after the verb
    re.compile(
        rf"\b{QUANT}\s+{_NOUN}\s+{_AUX}(?P<verb>{KILL_WORDS})\s+(?:as well as|along with|besides|in addition to)\s+"
        rf"(?P<qual2>{_QUALIFIER}\s+)?(?P<num2>{NUMBER})\s+(?P<noun2>{_ADJ}(?:{VICTIM_NOUN}))\b",
        re.IGNORECASE,
    ),
    # "two Iranian border guards and one Taliban fighter were killed": the counts add up
    re.compile(
        rf"\b{QUANT}\s+{_NOUN}{_SECOND}\s+{_AUX}(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b",
        re.IGNORECASE,
    ),
    # "killing five Chinese nationals and their Pakistani driver"
    re.compile(
        rf"\b(?P<verb>killing|killed|kills|wounding|wounded|injuring|injured)\s+{QUANT}\s+{_NOUN}{_SECOND}\b",
        re.IGNORECASE,
    ),
    # "3 Chinese workers were killed", "two soldiers killed", "at least six wounded"
    re.compile(
        # "five terrorists who tried to cross the border were killed": a relative clause between
        rf"\b{QUANT}\s+(?:{_NOUN}\s*{_OF_UNIT}|(?:(?!and\b|or\b)[a-z]+\s+){{1,2}})?"
        # "Twelve personnel, ten of the security forces and two of the Frontier Constabulary, were martyred" (544)
        # "Twenty-nine people, five senior commanders of the … Corps among them, lost their lives": who was among them
        rf"(?:,[^,]{{1,60}},\s+|,[^,.;]{{1,100}}?\s+among\s+them,\s+|"
        rf",\s+{NUMBER}\s+of\s+[^,]{{1,60}}?\s+and\s+{NUMBER}\s+of\s+[^,]{{1,60}},\s+|"
        rf"(?<=[a-z] )(?:who|that)\s+[^,.;]{{1,80}}?\s+(?=(?:were|was|have|had)\b)|"
        # "a conscript serving with the border guard in Zabol was killed": a participle phrase between
        rf"(?<=[a-z] ){_SERVING}[^,.;]{{1,60}}?\s+"
        rf"(?=(?:were|was|have|had)\b))?"
        rf"(?:others\s+|more\s+|people\s+)?"
        rf"{_AUX}(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b",
        re.IGNORECASE,
    ),
    # "killing three soldiers", "wounded 12 people", "shot dead nine foreigners"
    re.compile(
        # "attacked the garrison and martyred four security personnel": the Pakistani press's active "martyred"
        rf"\b(?P<verb>killing|killed|kills|shot dead|gunned down|shot and killed|martyring|martyred|wounding|wounded|"
        rf"injuring|injured)\s+{QUANT}(?:\s+{_NOUN})?\b",
        re.IGNORECASE,
    ),
    # "… was killed, as were three of the intruders": the verb before, the second count after
    re.compile(
        rf"\b(?P<verb>{KILL_WORDS}|{HURT_WORDS}),?\s+as\s+(?:were|was)\s+{QUANT}\s+(?P<noun>of\s+the\s+(?:{VICTIM_NOUN}|[a-z]+))\b",
        re.IGNORECASE,
    ),
    # "the deaths of 3 Chinese workers", "death of two soldiers"
    re.compile(rf"\b(?P<verb>deaths?)\s+of\s+{QUANT}(?:\s+{_NOUN})?\b", re.IGNORECASE),
    # "the blast took five lives", "claimed the lives of 12 people" (Daily Pakistan 640): lives taken are the dead
    re.compile(rf"\b(?P<verb>took|takes|claimed|claims|cost)\s+{QUANT}\s+(?:more\s+)?lives\b", re.IGNORECASE),
    re.compile(
        rf"\b(?P<verb>took|takes|claimed|claims|cost)\s+the\s+lives\s+of\s+{QUANT}(?:\s+{_NOUN})?\b", re.IGNORECASE
    ),
    # "local sources put the dead at five militants": a source's count of the dead (read against another's by
    # fields.CONFLICT, which "put the dead at" joins)
    re.compile(
        rf"\b(?P<verb>put)\s+(?:the|its|their)\s+(?:dead|death\s+toll|toll)\s+at\s+{QUANT}(?:\s+{_NOUN})?\b",
        re.IGNORECASE,
    ),
    # "the death toll rose to 14", "toll climbed to at least 20"; "the death toll from Sunday's bombing in Mastung
    # rose to 12": the event the toll is of, told between (never a clause: no comma, no verb of its own);
    # "the toll rose from eight to 12": the figure it rose to, the earlier one superseded
    re.compile(
        rf"\b(?P<verb>death toll|toll)(?:\s+(?:from|in|of)(?:\s+[\w’'-]+){{1,6}}?(?=\s+(?:has|had|rose|risen|climbed|"
        rf"reached|increased|grew|jumped)\b))?\s+(?:has\s+|had\s+)?"
        rf"(?:rose|risen|climbed|increased|grew|jumped|reached|stood at|stands at|is|was|of|at)\s+"
        rf"(?:from\s+{NUMBER}\s+)?(?:to\s+)?{QUANT}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<verb>bringing|brings|brought|taking|takes|took)\s+the\s+(?:death\s+)?toll\s+to\s+{QUANT}\b",
        re.IGNORECASE,
    ),
    # "the number of people killed … has risen to nine", "put the number of dead at nine"
    re.compile(
        # "the number of soldiers martyred … has risen to nine", "brought the number of martyrs to nine"
        rf"\b(?P<verb>number of (?:people |those |civilians |soldiers )?"
        rf"(?:killed|dead|deaths|who died|martyred|martyrs))\b"
        rf"[^.;]{{0,160}}?"
        rf"\b(?:rose|risen|climbed|increased|grew|reached|jumped|at|to)\s+(?:to\s+)?{QUANT}\b",
        re.IGNORECASE,
    ),
    # "caused injuries to at least 16", "inflicting wounds on three"
    re.compile(
        rf"\b(?:caus(?:ed|ing)|inflict(?:ed|ing)|left)\s+(?:\w+\s+)?(?P<verb>injuries|wounds)\s+(?:to|on)\s+{QUANT}"
        rf"(?:\s+{_NOUN})?\b",
        re.IGNORECASE,
    ),
    # "A Tajik border guard officer was killed", "A Kyrgyz guard, 27-year-old …, was killed": the article counts one
    re.compile(
        # "a 45-year-old shepherd was shot dead": his age told before him, never a count
        rf"\b(?P<num>an?)\s+(?:\d+-years?-old\s+)?{_NOUN}(?:\s+{_SERVING}[^,.;]{{1,60}}?)?(?:,[^,;]{{1,80}},)?\s+"
        # "A Tajik man died on March 30", "An Afghan shepherd has died": dying needs no "was"; nor do a death or a
        # wound told by what the victim did ("a constable lost his life", "a child sustained injuries")
        # "A U.S. soldier was shot and wounded" (AFPS 935): how the one was hit, between the auxiliary and the verb
        rf"(?:(?:was\s+|has\s+been\s+|had\s+been\s+|reportedly\s+)+(?:(?:shot|stabbed)\s+and\s+)?|(?:has\s+|had\s+)?"
        rf"(?=died\b|lost\s+(?:his|her)\s+life\b|succumbed\b|(?:sustained|suffered|received)\s+))"
        rf"(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b",
        re.IGNORECASE,
    ),
    # "Khusnidin Khozhiev, a 27-year-old border guard of Kyrgyzstan, was killed", "Satarbek Shamshiev, a 42-year-old
    # man from the village of Chongkara in Batken region, was killed": a named victim counts one
    re.compile(
        rf"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}},\s+(?P<qual>)(?P<num>an?)\s+(?:[\w-]*\d[\w-]*\s+)?{_NOUN}"
        rf"(?:\s+of\s+[A-Z][\w’'-]+|\s+from\s+(?:the\s+)?(?:\w+\s+){{0,3}}?(?:village|town|district)\s+of\s+[A-Z][^,;.]{{0,50}}?)?,\s+(?:was\s+|has\s+been\s+|had\s+been\s+|reportedly\s+)+(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b"
    ),
    # "the blast left a child dead", "left an elder injured": one victim, the state told after him
    re.compile(
        rf"\bleft\s+(?P<qual>)(?P<num>an?)\s+{_NOUN}\s+(?P<verb>dead|injured|wounded|hurt)\b",
        re.IGNORECASE,
    ),
    # "… and lost an officer in the clash": a side counting its own dead
    re.compile(
        rf"\b(?P<verb>lost)\s+(?P<qual>)(?P<num>an?|{NUMBER})\s+(?:of\s+(?:its|their|his)\s+)?{_NOUN}\b",
        re.IGNORECASE,
    ),
    # "guards killed an armed man …", "have killed a dangerous terrorist", "killing a civilian": the article counts
    # one, an attacker as well as a victim; "attacked the post and martyred a constable": the press's active word
    re.compile(
        rf"\b(?P<verb>killed|killing|shot dead|gunned down|martyred|martyring|wounded|wounding|injured|injuring)\s+"
        rf"(?P<qual>)(?P<num>an?)"
        rf"\s+(?!(?:number|couple|dozen|handful|total|group|party|band|gang)\b)"
        # "shot dead a citizen of Kyrgyzstan": who the one was, told after the noun, as for a counted group
        rf"(?P<noun>{_ADJ}(?:(?:{VICTIM_NOUN}){_OF_WHOM}|{_ARMED_ONE}))\b",
        re.IGNORECASE,
    ),
    # "they killed one of the fighters and wounded another", "shot dead a Pakistani citizen, wounding another": the
    # other counts one
    re.compile(
        rf"\b(?P<verb>wounded|injured|wounding|injuring)\s+(?P<num>another)\b(?!\s+(?:\w+\s+)?(?:{VICTIM_NOUN}))",
        re.IGNORECASE,
    ),
    # "he was wounded in the left thigh" (Knews 536): one person's wound, told by where it struck, counts one hurt;
    # never a wound he died of
    re.compile(
        r"\b(?P<qual>)(?P<num>he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:badly\s+|seriously\s+|slightly\s+)?"
        r"(?P<verb>wounded|injured)\s+in\s+(?:the|his|her)\s+(?:left\s+|right\s+|lower\s+|upper\s+)?"
        r"(?:leg|thigh|arm|shoulder|hand|foot|knee|chest|stomach|abdomen|back|hip|neck|head)s?\b"
        r"(?![^.;]*\b(?:died|succumbed|passed\s+away)\b)",
        re.IGNORECASE,
    ),
    # "one was killed and another wounded": the one more counts one
    re.compile(
        rf"\b(?P<num>another|a second|one other)\s+(?:(?P<noun>{VICTIM_NOUN}|person|man|woman|child)\s+)?"
        rf"{_AUX}(?P<verb>{KILL_WORDS}|{HURT_WORDS})\b",
        re.IGNORECASE,
    ),
    *ONE_MORE_HURT,
)
