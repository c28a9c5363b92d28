"""The sentence patterns :mod:`.attribution` reads blame with: who alleges, who is said to have
acted, and from where, and two sides blaming each other (:data:`MUTUAL`). Kept apart so that the
reading logic fits on a screen; a side owning the act (a group's claim, a state confirming its
forces struck) is :mod:`.claim_patterns`', which builds on the side and name patterns here.
"""

from __future__ import annotations

import re

_CAP = r"[A-Z][\w’'-]*"
#: Who makes an allegation: "the foreign ministry", "Pakistan's interior minister", "Tajik authorities".
_WHO = (
    rf"(?P<who>(?:[Tt]he\s+)?(?:{_CAP}\s+){{0,3}}(?:[a-z]+\s+)?"
    # a ministry by its name, "The Interior Ministry", as well as "the interior ministry"; a service by its name,
    # "The Border Service", "the State Security Service"
    r"(?:authorities|officials?|government|[Mm]inistry|[Mm]inister|military|army|police|forces|border service|"
    r"Service|"
    r"spokesm[ae]n|spokesperson|sources|governor|commander|administration|office|committee|department|agency|"
    r"media|side))"
)
_PLACE = rf"(?P<where>{_CAP}(?:\s+{_CAP})*)"
_BLAME = re.compile(
    rf"{_WHO}(?:,\s+[a-z]+(?:\s+[a-z]+)?,)?\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    # "blames" in the present only for men who crossed (Al Jazeera 690): "blames X, the head of the village, for
    # provoking a clash" is one side's account of a dispute (News.tj 446), which the accusations weigh
    r"(?:blamed|accused|put the blame on|laid the blame on|"
    r"blames(?=\s+[^,.;]{1,40}?\s+who\s+(?:came|crossed|entered|infiltrated|sneaked)\b))\s+"
    # "blamed followers of Maulana Fazlullah, the cleric …" (RFE/RL 691): whose followers they are is the name, not
    # "followers" alone
    r"(?P<perp>(?:followers|supporters|loyalists|disciples)\s+of\s+(?:the\s+)?[A-Z][^,.;]*?|"
    r"(?!each\b|one another\b|the other\b|both\b)[^,.;]+?)"
    # "blames fighters who came into the country's northwest from the neighbouring Afghan province of Kunar"
    # (Al Jazeera 690): the men, their crossing, and the province they came from, told by its country's word
    r"(?:\s+who\s+(?:came|crossed|entered|infiltrated|sneaked)\b[^,.;]*?)?"
    rf"(?:\s+(?:based\s+)?(?:in|from)\s+(?:neighbou?ring\s+)?(?:the\s+)?(?:neighbou?ring\s+)?"
    rf"(?:(?P<demonym>{_CAP})\s+province\s+of\s+)?{_PLACE})?"
    r"(?=\s+(?:for|of|over)\b|\s*[,.;]|\s*$)"
)
#: What was blamed, then on whom: "laid the blame for the terrorist attack on Iranian soldiers in … on the Jeish
#: al-Adl group" (350 IRNA), "blamed the casualties on Afghan forces' fire" (108 Al Jazeera). The event noun comes
#: first, so the side is what follows the last "on"; without this, "blamed the killing … on X" named "killing".
_BLAMED_ON = re.compile(
    r"\b(?:blamed|blames|blame|(?:laid|put|placed|pinned)\s+the\s+blame\s+for)\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:attacks?|killings?|deaths?|casualties|shooting|ambush|assault|bombing|blast|"
    r"shelling|incident|violence|raid|firing)\b[^;]{0,160}\s+on\s+(?:the\s+)?"
    r"(?P<perp>(?!each\b|one another\b|the other\b)[^,.;\"“]+?)"
    r"(?=[’']s?\s|\s*[,.;\"“]|\s*$|\s+(?:for|who|which|that|and|but)\b)"
)
#: A state by its name as the accuser: "Afghanistan accused the Pakistani forces of firing heavy artillery".
#: The name must be a country's (checked by the reader), so "Reuters accused …" is not one.
_STATE_BLAME = re.compile(
    rf"(?:^|[,;:]\s+|\bthat\s+|\b(?:and|but)\s+)(?P<who>{_CAP})\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?:blamed|accused)\s+(?P<perp>(?!each\b|one another\b|the other\b|both\b)[^,.;]+?)(?=\s+(?:for|of|over)\b)"
)
#: An accuser told before the verb by a pronoun or an apposition: "It accused Afghan forces of firing at several
#: places", "Marashi, the deputy governor of the province, in turn accused Pakistani forces of firing".
_ACCUSED_OF = re.compile(
    r"(?:^(?:It|They)|,)\s+(?:in\s+turn\s+|also\s+|then\s+)?accused\s+"
    r"(?P<perp>(?!each\b|one another\b|the other\b|both\b)[^,.;]{2,60}?)\s+of\s+"
    r"(?:firing|shelling|attacking|opening fire|killing|shooting|targeting)\b"
)
_BEHIND = re.compile(
    rf"{_WHO}\s+(?:has\s+|have\s+|had\s+)?(?:said|say|says|alleged|claimed|insisted|stated)\s+(?:that\s+)?"
    r"(?P<perp>(?!the attack|it\b|this\b)[^,.;]+?)\s+(?:was|were|had been)\s+(?:behind|responsible)\b"
)
_PASSIVE = re.compile(
    r"\b(?:was|were|has been|had been)\s+blamed\s+on\s+(?P<perp>[^,.;]+?)"
    rf"(?:\s+(?:based\s+)?(?:in|from)\s+(?:neighbou?ring\s+)?(?:the\s+)?{_PLACE})?(?=\s+by\b|\s*[,.;]|\s*$)"
    rf"(?:\s+by\s+{_WHO})?"
)


_STATE_NOUNS = (
    r"forces|force|troops|soldiers|sentry|sentries|military|army|armed forces|aircraft|jets|Border Police|"
    # "an Uzbek border patrol used weapons against them": the patrol acts for its state
    r"border police|border guards|guards|air force|Forces|Troops|Army|Border Guards|Guards|border patrols?|patrols?|"
    # "another Tajik border detachment on duty in the area opened fire" (Today.az 429): a unit of the guards
    r"border detachments?|"
    # "Pakistani helicopters bombarded four villages" (Hindustan Times 235): a state's aircraft are its forces
    r"helicopters|gunships|warplanes|planes|"
    # "A NATO helicopter attacked a border post" (AP 847): one aircraft of a side
    r"helicopter|gunship"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ARMED_NOUNS = (
    r"smugglers|traffickers|dealers|militants|insurgents|gunmen|terrorists|bandits|infiltrators|fighters|Taliban|"
    # "an armed clash with a terrorist cell" (The Cradle 518): a state's generic name for the party it fought, as
    # "terrorist groups" is
    r"terrorist (?:groups?|cells?|teams?)"
)
_ACTOR = (
    # (a day is no side, nor a link word part of one: "killed on Monday when the Taliban stormed" is the Taliban)
    rf"(?P<perp>(?:the\s+)?(?:armed\s+)?(?:(?!{_WEEKDAY}\b)(?:[A-Z][\w’'-]*\s+){{1,4}}?"
    r"(?:(?!(?:when|after|while|before|as|where|since|until|because)\b)[a-z]+\s+){0,2}?"
    rf"(?:{_STATE_NOUNS}|{_ARMED_NOUNS})|"
    # "the Taliban fired the first shot": a side that is its own name, with no adjective before it
    r"Taliban(?:\s+(?:forces|fighters|guards|border guards))?))"
)
#: "… that Iranian security forces are alleged to have carried out"; "believed to have" is suspected.
_SAID_TO_HAVE = re.compile(
    _ACTOR
    + r"\s+(?:are|is|were|was|have been|had been)\s+(?P<how>alleged|accused|said|reported|believed|suspected|thought)"
    r"\s+(?:of|to\s+have)\s+(?:carried out|killed|fired|attacked|opened fire|shot|launched|been behind|carrying out|"
    r"killing|firing|attacking)"
)
#: "Armed Afghan drug traffickers who tried to cross the river killed one border guard".
_WHO_DID = re.compile(
    _ACTOR.replace("(?:the\\s+)?", "(?:the\\s+|[Aa]rmed\\s+)?", 1)
    + r"\s+who\b[^.;]{0,120}?\b(?:killed|attacked|opened fire|fired on|shot|ambushed|abducted|kidnapped|seized)\b"
)
#: "killed in a gunfight with armed Afghan drug traffickers", "shot by Iranian border guards".
_AGAINST = re.compile(
    r"\b(?:gunfight|gun battle|clash|clashes|fighting|firefight|shootout|skirmish|exchange of fire|battle|encounter)"
    r"\s+(?:between\s+[^,.;]{1,60}?\s+and|with)\s+"
    # (never "and" among the party's words: "between border guards of Sistan and Baluchestan province and armed
    # smugglers" are the guards and the smugglers, Titr-e Hadeseh 1203)
    rf"(?P<perp>(?:about\s+\d+\s+|a\s+group\s+of\s+|a\s+)?(?:(?!and\b)[\w-]+\s+){{0,4}}?(?:{_ARMED_NOUNS}))\b|"
    # "killed … while fighting drug smugglers", "in fighting against armed bandits"; "the officers fought the Afghan
    # drug dealers", "have fought another armed group of smugglers": the party the state's men fought
    r"\b(?:(?:while|when|in)\s+(?:fighting|battling|confronting|clashing with)|"
    r"(?:fought|battled)(?![^.;]{0,80}\bfor\s+(?:more\s+than\s+|over\s+)?\w+\s+(?:years|decades)))\s+"
    r"(?:against\s+)?(?:another\s+|the\s+)?"  # (not the long war: "has fought militants for ten years")
    rf"(?P<perp3>(?:a\s+group\s+of\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ARMED_NOUNS}))\b|"
    # "Gunfire by militants from across the border killed two soldiers", "an attack by terrorists"
    rf"\b(?i:gunfire|fire|firing|shelling|attacks?|ambush|assault|raid)\s+by\s+"
    rf"(?P<perp4>(?:the\s+)?(?:armed\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ARMED_NOUNS}))\b|"
    # "a bombardment by Pakistani helicopters", "shelling across the border by Pakistani forces": a state's forces
    # named as the agent of the fire (by their demonym or country: a side, never a bare "the forces")
    r"\b(?i:gunfire|fire|firing|shelling|bombardment|bombing|air\s*strikes?|strikes?|incursion)"
    r"(?:\s+(?:across|over)\s+the\s+(?:border|frontier|Durand Line))?\s+by\s+"
    rf"(?P<perp5>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}(?:[a-z]+\s+){{0,1}}?(?:{_STATE_NOUNS}))\b|"
    # "eight border guards were martyred by terrorists": any verb of harm with its agent
    rf"\b(?:killed|shot|shot dead|wounded|injured|martyred|attacked|ambushed|abducted|kidnapped|targeted|fired on|"
    # "a mortar shell fired by Iranian forces", "the attack was carried out by a terrorist group"
    rf"fired|launched|carried out|"
    rf"(?:shooting|killing|killings|murder) of [^,.;]{{1,40}}?)"
    # "killed on Sunday by Lashkar-e-Khorasan militants": the day, told between the act and its agent
    rf"(?:\s+(?:late\s+|early\s+)?on\s+{_WEEKDAY}(?:\s+(?:night|morning|evening|afternoon))?)?\s+by\s+"
    rf"(?P<perp2>(?:the\s+)?(?:armed\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}(?:[a-z]+\s+){{0,2}}(?:{_STATE_NOUNS}|{_ARMED_NOUNS})"
    # "attacked by border guards of Tajikistan": the side named after its service
    rf"(?:\s+of\s+(?:the\s+)?(?!the\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)\b"
)
#: One side's account naming the other as the one who struck: "Afghan Border Police fired on FC troops," ISPR said.
_ACTED = re.compile(
    r"(?:"
    + _ACTOR[:-1]
    + r"(?:\s+and\s+(?:the\s+)?[^,.;]{1,50}?)?)"
    # "An Afghan sentry at the Chaman border crossing in Balochistan opened fire": where the side stood
    + r"(?:\s+(?:at|on|near|manning)\s+the\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:border\s+)?(?:crossing|post|checkpoint|gate)"
    + r"(?:\s+in\s+[A-Z][\w’'-]*)?)?"
    + r"(?:\s+on\s+duty(?:\s+in\s+the\s+area)?)?"
    # "terrorists from Afghanistan", "militants operating from Pakistan": who, by where they came from
    + rf"|(?P<from>(?:{_ARMED_NOUNS})\s+(?:operating\s+|based\s+|coming\s+)?(?:from|in)\s+(?:neighbou?ring\s+)?"
    + rf"{_CAP}))"
    # "Iranian border guards on Saturday fired three rockets": the day, told between the side and its act;
    # "the Tajik border guards ignored demands to leave and opened fire": a defiance, then the act
    + rf"(?:\s+(?:late\s+|early\s+)?on\s+{_WEEKDAY}(?:\s+(?:night|morning|evening|afternoon))?)?"
    # an aside between the side and its act: "U.S. or NATO forces, or both, attacked" (CBS 843), "Taliban
    # fighters, who had crossed overnight, attacked"
    r"(?:,\s+(?:or\s+both|or\s+either|(?:who|which)\s+[^,.;]{1,80}?),)?"
    r"(?:\s+(?:ignored|broke|violated|defied|disregarded)\s+[^,.;]{1,40}?\s+and)?"
    # "The Kyrgyz border guards then suddenly opened fire" (Tajik foreign ministry 430), "Iranian border guards then
    # opened fire" (Afghanistan International 43): the next step of the story, the same subject
    r"\s+(?:had\s+|have\s+|has\s+)?(?:then\s+)?(?:\w+ly\s+)?"
    # "Iran's border security guards have once again violated Pakistani territory, firing four mortar shells"
    # (Khabrain 466): how often the side did it, between the side and its act
    r"(?:(?:once\s+again|once\s+more|again|also)\s+)?"
    r"(?:(?:were|was)\s+(?:again\s+|still\s+|once more\s+|also\s+)?firing\s+"
    r"(?:on|at|mortars?|rockets?|shells?)|"
    r"fired on|fired at|opened fire|attacked|assaulted|stormed|launched|bombed|bombarded|shelled|targeted|struck|"
    # "the Taliban fired the first shot" (LatestLY/ANI 400), "the Turkmen border guards opened fire first" (RFE/RL
    # 86): who fired first is who started it
    r"fired\s+the\s+first\s+shots?|"
    # "Uzbek border guards have shot dead a Kyrgyz man": the side that shot, as the subject
    r"shot dead|shot and killed|shot and wounded|shot and injured|gunned down|"
    # "a special unit of the Kyrgyz border guards shot nine of the men": shot, then how many
    r"shot\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+)?(?:the\s+|them\b))|"
    # "Uzbek border guards used their weapons against three citizens": the Central Asian services' way of saying
    # they fired on someone
    r"used\s+(?:their\s+|its\s+)?(?:weapons|firearms|arms)\s+(?:against|on)|"
    # "Afghan drug dealers have killed a Tajik border guard": the perfect tells the act; never "were killed",
    # and never a side killing the attackers ("Tajik border guards have killed two smugglers")
    r"(?:(?<=has )|(?<=had )|(?<=have ))(?:killed|wounded)(?!\s+(?:[\w-]+\s+){0,4}?(?:members?|armed|smugglers?|"
    r"militants?|terrorists?|traffickers?|intruders?|infiltrators?|insurgents?|attackers?|assailants?|gunm[ae]n|"
    r"khwarij|khawarij|trespassers?|bandits?|raiders?)\b)|"
    # "the Taliban forces started the shelling", "Pakistani forces began \"unprovoked\" attacks": who began it
    r"(?:began|started)\s+(?:the\s+)?(?:[\"“]?unprovoked[\"”]?\s+)?(?:shelling|firing|attacking|attacks?)|"
    r"tried to cross|violated|carried out|started firing|opened\s+[\"“]?(?:[\w-]+\s+){0,3}(?:attacks?|fire)|"
    # "the Kyrgyz border guards fired warning shots into the air" (News.Az 122, Tajik Herald 172, Today.az 429): a
    # warning, not the attack
    r"fired\s+(?!back\b|in\s+response\b|(?:[\w-]+\s+){0,2}?warning\b)(?:[\w-]+\s+){0,4}?"
    r"(?:shells?|rounds?|rockets?|mortars?|projectiles?|"
    r"missiles?|weapons|artillery|bullets|shots))\b"
)
#: The verbs of the act a label is the subject of, in :data:`_LABELLED`: where the label's origin ends.
_ACT_VERBS = r"(?:fired|opened|attacked|ambushed|struck|stormed|targeted|hit|planted|rammed|had|allegedly|reportedly)"
#: A side's label for whoever struck, as the subject of the act: "terrorists fired on troops". Unlike
#: "gunmen", which only describes, "terrorists", "militants", "khawarij" say who the speaker holds responsible.
_LABELLED = re.compile(
    # "confirmed that suspected militants … had opened fire", "a device that terrorists … had planted": the label
    # as the subject of what the speaker reports
    r"(?:^|[,;:]\s+|\bwhen\s+|\bafter\s+|\bas\s+|\bthat\s+|"
    # "Military officials said terrorists had attacked army posts": the label as the subject of what was said
    r"\b(?P<said>said|says|say)\s+)"
    # "a large band of well-armed terrorists carrying modern weapons attacked …": the label, counted and described
    r"(?:an?\s+(?:large\s+|small\s+|big\s+)?(?:band|group|number|party|gang|team)\s+of\s+)?(?:well-armed\s+)?"
    r"(?P<perp>(?:the\s+)?(?:suspected\s+)?(?:heavily\s+)?(?:armed\s+)?"
    # "IRNA said \"terrorist groups\" had attacked IRGC members" (Shafaq 520): the group noun is the same label
    # "the \"Indian-sponsored Kharjis\" rammed …" (Daily Times 634): the label with the sponsor the speaker names
    r"(?P<quote>[\"“])?(?:[A-Z][\w’'-]*-(?:sponsored|backed)\s+)?(?:terrorists|militants|khawarij|khwarij|kharjis?|"
    r"miscreants|insurgents|"
    r"terrorist\s+(?:groups?|cells?|teams?))[\"”]?"
    r"(?P<origin>\s+(?:firing\s+|operating\s+|based\s+|coming\s+)?(?:from|based in|inside|in)\s+"
    # (the pattern ignores case, so the name's words are any words: never the act's verb, which ends the name:
    # "militants from across the border in Afghanistan attacked a … post … and fired", Pakistan Today 1167)
    r"(?:across\s+the\s+(?:[A-Z][\w’'-]*\s+)?(?:border|frontier)|the\s+\w+\s+side|(?:the\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+(?!{_ACT_VERBS}\b)[A-Z][\w’'-]*)*)|"
    # "Terrorists using Iranian territory attacked a convoy" (Dawn 193): where they struck from, told by the side hit
    r"\s+using\s+(?:the\s+)?[A-Z][\w’'-]*\s+(?:territory|soil))?)"
    r"(?:\s+(?:carrying|armed with|equipped with|wielding)(?:\s+[\w-]+){1,3}?)?"
    # "militants allegedly tried to slip into Afghanistan", "militants may have fired the rockets": the speaker's
    # hedge keeps the label as the one it holds responsible (the codebook's ``alleged``)
    r"\s+(?:had\s+|(?P<hedge>allegedly|reportedly|(?:may|might)\s+have)\s+)?(?:fired|opened fire|attacked|ambushed|"
    r"struck|stormed|targeted|hit|planted|rammed|(?<=allegedly )tried\s+to\s+(?:cross|slip|sneak|infiltrate|enter))\b",
    re.IGNORECASE,
)
#: "Rockets launched from Afghanistan struck Termez, the ministry said": an origin told as fact by one side.
_FROM_THERE = re.compile(
    r"\b(?i:rockets?|missiles?|shells?|mortars?|projectiles?|fire|shots|gunfire)\s+(?:were\s+)?"
    r"(?:launched|fired|coming)\s+from\s+(?:across\s+the\s+border\s+in\s+)?(?:neighbou?ring\s+)?"
    rf"(?P<where>{_CAP}(?:\s+{_CAP})*)"
)
#: One side naming the attackers: "The ISPR called the attackers 'khawarij'", "officials identified the gunmen as
#: members of Jaish al-Adl".
_CALLED = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'-]*|[a-z]+))\s+(?:has\s+|had\s+)?"
    r"(?:called|calling|described|termed|labelled|labeled|branded|identified|named)\s+(?:the\s+"
    r"(?:dead\s+|slain\s+)?(?:attackers|assailants|gunmen|militants|infiltrators|intruders|perpetrators|fighters|men|"
    r"raiders)|them)\s+"
    r"(?:as\s+)?(?:an?\s+)?"
    r"(?:members\s+of\s+)?(?:the\s+)?(?:[\"“'](?P<quoted>[^,.;\"”']{2,60}?)[\"”']|(?P<perp>[A-Z][^,.;\"”']{1,59}?))"
    r"(?=\s*[,.;]|\s+(?:who|and|for)\b|\s*$)"
)
#: A side saying who the attackers were: "the prosecutor said the attackers were members of 'Jaish al-Zulm'",
#: "the gunmen were members of the Jaish al-Adl group".
_WERE_MEMBERS = re.compile(
    r"\b(?:the\s+)?(?:attackers|assailants|gunmen|militants|terrorists|infiltrators|intruders|perpetrators|raiders|"
    r"[\"“]terrorists[\"”])\s+(?:(?:were|was|are)\s+(?:all\s+)?(?:members|fighters|militants)\s+of|"
    # "the attackers belonged to the BLA", "were affiliated with the TTP": a group only (see .attribution)
    r"(?P<belong>(?:had\s+)?belong(?:ed|s)?\s+to|(?:were|was|are)\s+(?:affiliated|associated)\s+with))\s+(?:the\s+)?"
    r"(?:[\"“'](?P<quoted>[^,.;\"”']{2,60}?)[\"”']|(?P<perp>[A-Z][\w’'-]*(?:[\s-]+(?:[A-Z][\w’'-]*|al|ul|e))*))"
)
#: Attackers told by where they came from: "an armed man who had come over from Afghanistan", "a group of
#: nine, armed to the teeth, who had crossed over from Afghanistan": the account of the side they hit.
_CAME_FROM = re.compile(
    r"(?P<perp>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:man|men|group(?:\s+of\s+\w+)?|fighters?|gunm[ae]n|militants?|"
    r"terrorists?|smugglers?|intruders?|infiltrators?|raiders?|attackers?))(?:,[^,;.]{1,40},)?\s+who\s+had\s+"
    r"(?:come|crossed|infiltrated)(?:\s+over)?\s+(?:into\s+\w+\s+)?from\s+(?P<where>[A-Z][\w’'-]*(?:[’']s\s+[a-z]+\s+"
    r"[A-Z][\w’'-]*(?:\s+province)?)?)"
)
#: Armed men told by where they had come from, without "who": "the militants had come from Afghanistan and
#: attacked the checkposts" (401 Pakistan Today), "The militants had come into Sistan and Baluchestan province from a
#: neighbouring country" (298 AFP via Samaa), "Terrorists who had come over from Pakistan" (350 IRNA). Only armed
#: nouns: "the two men had come from Afghanistan to sell goods" tells the victims' journey.
_HAD_COME = re.compile(
    r"(?P<perp>(?:[Tt]he\s+)?(?:armed\s+|foreign\s+|[A-Z][\w-]*\s+)?(?:militants|terrorists|infiltrators|gunmen|attackers|raiders|"
    r"insurgents|khwarij|khawarij))\s+(?:who\s+)?had\s+(?:come|crossed|infiltrated|sneaked|slipped)(?:\s+over|\s+in)?"
    r"\s+(?:into\s+[^,.;]{1,60}?\s+)?from\s+(?P<where>[A-Z][\w’'-]*|(?:a|the)\s+neighbou?ring\s+country)"
)
#: Unnamed attackers told only by where they came from or fired from: "armed men crossed into Tajikistan from
#: Afghanistan", "unknown persons on the territory of Tajikistan fired a shot", "unknown people fired from Tajik
#: territory". The codebook's ``alleged``: a side names an origin, not a perpetrator.
_UNNAMED_FROM = re.compile(
    r"\b(?i:armed|unknown|unidentified)\s+(?:men|persons|people|individuals|gunmen|attackers|assailants)\s+"
    r"(?:(?:had\s+)?(?:crossed|came|slipped|infiltrated)\s+(?:over\s+)?(?:into\s+[A-Z][\w’'-]*\s+)?"
    rf"from\s+(?P<where>{_CAP})|"
    rf"(?:on|from|in)\s+(?:the\s+)?territory\s+of\s+(?P<where2>{_CAP})\s+(?:\w+\s+)?(?:fired|shot|opened fire)|"
    rf"(?:\w+\s+)?(?:fired|shot|opened fire)\b[^.;]{{0,30}}?\bfrom\s+(?P<adj>{_CAP})\s+territory\b)"
)
#: The speaker's name for the attackers, in passing: "the men, whom they called terrorists, had fired".
_WHOM_CALLED = re.compile(
    r"\bwhom\s+(?:they|it|officials|the\s+\w+(?:\s+\w+)?)\s+(?:called|described as|termed|branded|named as|"
    r"identified as)\s+(?:as\s+)?(?:an?\s+)?(?:members\s+of\s+(?:the\s+)?(?:outlawed\s+|banned\s+)?)?"
    r"[\"“']?(?P<quoted>[\w -]{2,40}?)[\"”']?(?=\s*[,.;])"
)
#: A state by its name as the subject of firing: "Pakistan fired the rockets on June 28", "Iran shelled the area".
_STATE_FIRED = re.compile(
    rf"(?:^|[,;:]\s+|\bthat\s+|\bsaid\s+)(?P<perp>{_CAP})\s+(?:had\s+|has\s+)?"
    r"(?:fired|launched|shelled|bombarded|bombed)\s+(?!back\b|in\s+response\b)"
)
#: Words shaped like a country's name that are not one.
_STATE_FIRED_NOT = re.compile(r"^(?:It|They|He|She|We|Police|Troops|Officials)$")
#: Civilians of one side acting against the other: "citizens of Tajikistan threw stones at a car",
#: "Tajik shepherds fired two shots at the guards".
_CIVILIANS_ACTED = re.compile(
    r"(?P<perp>(?:[A-Z][\w’'-]*\s+)?(?:citizens|residents|nationals|villagers|shepherds|herders)"
    r"(?:\s+of\s+[A-Z][\w’'-]*)?)"
    # "The Tajik citizens ignored the guards' demand to leave … and (instead) began throwing stones" (News.Az 122,
    # Tajik Herald 172): a defiance, then the act, as for a state's side in ``_ACTED``
    r"(?:\s+(?:ignored|defied|disregarded)\s+[^,.;]{1,70}?\s+and)?"
    # "Chinese citizens carrying cargo into Kyrgyzstan took offence at a remark by an officer and attacked him"
    # (24.kg 356): what they were doing, what set them off, then the act
    r"(?:\s+(?:carrying|driving|crossing|waiting|travell?ing)\b[^,.;]{1,60}?\s+(?:took\s+offen[cs]e|got\s+angry|"
    r"grew\s+angry|became\s+angry)\b[^,.;]{0,70}?\s+and)?"
    r"\s+(?:\w+\s+)?(?:threw stones at|began throwing stones|attacked|beat|"
    r"fired (?:\w+\s+){0,3}(?:on|at|shots)|opened fire)\b"
)
#: "The ISPR said terrorists inside Afghanistan had opened fire": the label with where they were.
_SAID_FROM = re.compile(
    r"\bsaid\s+(?:that\s+)?(?P<perp>(?:terrorists|militants|khawarij|khwarij|insurgents)\s+(?:from|inside|in|based in|"
    r"operating from)\s+[A-Z][\w’'-]*)\s+(?:had\s+)?(?:fired|opened fire|attacked|targeted|ambushed)\b"
)
#: "a group of khwarij trying to cross the Afghan border", "terrorists who attempted to infiltrate from
#: Afghanistan": the side that stopped them names who they were and where they came from.
_INFILTRATING = re.compile(
    r"(?P<perp>(?:[Tt]he\s+)?[\"“]?(?:[A-Z][\w-]*\s+){0,3}(?i:khwarij|khawarij|terrorists|militants|infiltrators|"
    r"insurgents)[\"”]?)(?:\s+\([^)]{1,40}\))?(?:,[^,;.]{1,60},)?\s+(?:who\s+(?:were\s+|had\s+)?)?"
    r"(?:trying|attempting|tried|attempted|seeking|sought)\s+to\s+(?:infiltrate|cross|sneak|slip|enter)\b"
    r"(?P<rest>[^.;]{0,120})"
)
_CROSSING_FROM = re.compile(
    rf"\b(?:from|through\s+the|across\s+the|the)\s+(?:(?P<from>{_CAP})(?!-)\b(?:\s+border)?|"
    r"(?P<single>[A-Z][a-z]+)\s+border)"
)

#: "the clashes began after Taliban forces tried to raise their flag": the side whose act started the fighting.
#: "the fighting began after Pakistani forces killed an Afghan civilian" (391 RFE/RL), "the clash began when a group
#: of people went to the border strip and Uzbek forces confronted them" (410 Sputnik): a harm done by a side, told
#: alone or as the second half of what started it, names that side too.
_STARTED_BY = re.compile(
    r"\b(?:began|started|erupted|broke out|flared|were triggered|was triggered|were sparked|was sparked)\s+"
    # "began at about 4am on Friday, when Pakistani border forces entered" (TOLOnews 473): the hour told first, as
    # "began on Sunday afternoon, when" (Al Jazeera 154), "began in the morning, when" (Dawn 317)
    r"(?:(?:\w+\s+){0,2}?|(?:(?:at|about|around|on|in|the|early|late|\d[\w:.]*|[A-Z][a-z]+day|morning|"
    r"afternoon|evening|night),?\s+){1,6})(?:after|when|as)\s+(?:[^,.;]{3,90}?\s+and\s+(?="
    + _ACTOR.replace("?P<perp>", "?:")
    + r"\s+(?:had\s+)?"
    r"(?:killed|shot|beat|confronted|attacked|opened fire|fired on|fired at)\b))?"
    + _ACTOR
    # "began when Pakistani forces, who wanted to string barbed wire along the Durand Line, confronted the Afghan
    # forces" (Reporterly 425): the side, a relative clause on why, then its act
    + r"(?:,\s+(?:who|which)\s+[^,;]{1,100},)?"
    + r"\s+(?:had\s+)?(?:tried|attempted|opened|fired|attacked|began|"
    r"started|crossed|moved|entered|sought|wanted|killed|shot|beat|confronted)\b"
)

#: "The two countries often accuse each other of …": a habit of the conflict, not this event's dispute.
#: "have each accused the other of firing shells across it" (Xinhua 310): the present perfect of two states' charges
#: is their standing quarrel, not this event's blame.
HABITUAL = re.compile(
    r"\b(?:often|frequently|regularly|routinely|repeatedly|have long|usually|always|"
    r"have\s+each\s+(?:accused|blamed))\b",
    re.I,
)
#: What two states accuse each other of as a standing quarrel, not this event: "each accuses the other of sheltering
#: militants", "accused each other of giving shelter to opponents of its government"; or a matter that is no act of
#: violence: "each side blames the other for the closure" (of the crossing, after the clash), "of raising tension".
STANDING = re.compile(
    r"\b(?:of|for)\s+(?:sheltering|harbou?ring|backing|supporting|hosting|arming|funding|"
    r"giving\s+(?:\w+\s+){0,3}?(?:shelter|sanctuary|refuge|safe\s+havens?)|"
    r"(?:the\s+)?(?:closure|closing|shutdown|blockade|deadlock|impasse|stalemate|breakdown|delays?)|"
    r"(?:raising\s+|the\s+)?tensions?)\b|"
    # "officials on both sides trading charges over terrorism" (1021): a quarrel over a matter, not over this act
    r"\bover\s+terrorism\b",
    re.IGNORECASE,
)
#: "the details are lost in accusations and counter-accusations" (Eurasianet 866): each side's charge answered by
#: the other's, the codebook's ``disputed`` as "each side blamed the other" is (:data:`MUTUAL`).
COUNTER_ACCUSATIONS = re.compile(
    r"\b(?:accusations|charges|claims|allegations)\s+and\s+counter-?(?:accusations|charges|claims|allegations)\b",
    re.IGNORECASE,
)
_AT_EACH_OTHER = re.compile(r"\b(?:at|on|with)\s+(?:each other|one another)\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|say|told|according to|claimed|alleged|accused|statement)\b", re.IGNORECASE)


#: The blame told as an idiom: "The Guards were quick to lay the attack at the door of the United States" (The
#: Irish Times 573), "laid the blame for the bombing at the door of X": an allegation, its accuser the subject
#: when a force or office is named before the verb.
_AT_THE_DOOR = re.compile(
    rf"(?:(?:^|\b)(?:[Tt]he\s+)?(?P<who>(?:{_CAP}\s+){{0,3}}{_CAP})\s+(?:[a-z]+\s+){{0,4}}?)?"
    r"\b(?:lay|laid|lays|laying|put|puts|placed|pinned)\s+(?:the\s+blame\s+for\s+)?(?:the\s+|this\s+|that\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:attacks?|killings?|bombing|blast|ambush|assault|shooting)|it)\s+"
    rf"(?:(?:squarely\s+)?at\s+the\s+door\s+of|down\s+to)\s+(?:the\s+)?(?P<perp>{_CAP}(?:\s+{_CAP})*)"
)
MUTUAL = re.compile(
    r"\b(?:blam|accus)(?:ed|ing|e)\s+(?:each other|one another)|"
    r"\beach (?:side|country|government|party|blamed|accused) (?:blam|accus)(?:es|ed|ing)(?: the other)?|"
    # "each side says the other fired first": two accounts, each naming the other
    r"\beach (?:side|country|party|government) (?:says|said|claims|claimed|insists|insisted|maintains|maintained)\s+"
    r"(?:that\s+)?the other\b|"
    r"\b(?:trad|exchang)(?:ed|ing) (?:blame|accusations)|\bboth sides (?:blamed|accused|traded)|"
    r"\bblamed the other|\beach (?:blamed|accused) the other\b|\bmutual accusations|\bcompeting (?:claims|accounts)|"
    # Each government protesting to the other: "traded protests", "each calling in the other's envoy",
    # "Kabul called in Pakistan's ambassador … after Islamabad had summoned the Afghan chargé".
    r"\btrad(?:ed|ing) (?:\w+ )?(?:protests|charges)\b|\beach (?:calling in|summoning) the other|"
    r"\b(?:summon(?:ed|s|ing)?|call(?:ed|s|ing) in)\b[^.;]{1,120}\b(?:summon(?:ed|s|ing)?|call(?:ed|s|ing) in)\b",
    re.IGNORECASE,
)
#: A duty, not an act: "the Frontier Corps said it was responsible for security along the border" owns no attack
#: and blames no one (a claim's "responsible for" in .claim_patterns, and :data:`ALLEGE`'s).
DUTY = (
    r"(?:the\s+)?(?:security|safety|protection|defen[cs]e|guarding|protecting|policing|patrolling|"
    r"border|frontier|area|region|road|post|crossing)\b"
)
#: "<who> said the attack originated/came from <where>" / "<who> blamed <someone>".
ALLEGE = re.compile(
    r"(?P<who>(?:[A-Z][\w'’-]*\s+)*(?:authorities|officials|government|ministry|military|army|police|"
    r"forces|guards|border service|spokesm[ae]n|sources)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+"
    # "Iran alleges that the men who attacked its checkpost slipped in from Pakistan" (Dawn 258): the present tense
    r"(?:have\s+|has\s+|had\s+)?(?:said|say|says|claimed|alleged|alleges|accused|blamed|stated|insisted)\b"
    r"(?P<rest>.*?\b(?:originated|came|launched|fired|crossed|infiltrated|entered|slipped|sneaked|from across|blamed|"
    # "would hold those responsible to account" (Tribal News Network 544): a vow that names no one
    rf"accused|(?<!\bthose\s)(?<!\bwhoever\sis\s)(?<!\bwhoever\swas\s)responsible\b(?!\s+for\s+{DUTY})|behind)\b.*)",
)
ORIGIN = re.compile(
    # "the militants had come over the border from Kunar province" (Dawn 670): "come" as "came"
    r"(?:\b(?:originated|came|come|comes|coming|launched|fired|crossed|infiltrated|entered|cross|crossing|fled|slipped|"
    r"sneaked)\b"
    r"[^.]*?\bfrom\b|"
    # "militants based in Afghanistan's eastern Kunar province": where they come from, not where they struck
    r"\b(?:based|operating|hiding|headquartered|sheltering)\s+in\b)\s+(?:across\s+the\s+border\s+)?"
    r"(?:in\s+|inside\s+)?(?:neighbou?ring\s+)?(?:the\s+)?"
    r"(?P<where>[A-Z][\w'’-]*(?:\s+(?:(?:north|south|east|west)\w*\s+)?[A-Z][\w'’-]*)*"
    r"(?:\s+(?:province|region|district))?)"
    # "from the Ghormach area of Afghanistan's Faryab Province", "from Kunar province of Afghanistan": where that lies
    r"(?:\s+(?:area|district|province|region))?(?:\s+of\s+(?:[A-Z][\w'’-]*[’']s\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?:\s+(?:[Pp]rovince|[Rr]egion|[Dd]istrict))?)?"
)
