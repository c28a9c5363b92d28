"""The vocabularies extraction reads with: number words, victims, weapons, the words of violence.

Each table maps the words of news copy onto the codebook's values. They are plain
data so that a reviewer can see why a field got its value, and so that the test set
(``tests/fixtures/extract``) can grow them one phrase at a time. The patterns of blame and of claims are
:mod:`.attribution_patterns`' and :mod:`.claim_patterns`'.
"""

from __future__ import annotations

import re

from ..models.casualties import VAGUE_QUANTITIES
from .came_down import FELL_WORDS
from .dates import MONTHS
from .infrastructure import BLOWN_WORDS
from .mob import BEATEN_BY_A_GROUP, CROWD_BLOWS, MOB_WORDS, SCUFFLE
from .shots import SHOT_WORDS
from .taken_away import TAKEN_AWAY_WORDS
from .territory import TAKEN_WORDS

#: Number words as wire copy writes them (a table: no well-kept library does only this).
NUMBER_WORDS: dict[str, int] = {
    "no": 0,
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a dozen": 12,
    "a hundred": 100,
    "one hundred": 100,
}
#: Vague words of the record the reader does not take as a toll: "some" and "a number of" name attackers, shops and
#: earlier attacks in reports more often than the dead ("some of the attackers"), and the forms with "of" and "tens"
#: are not among the words its toll patterns look up (the drafts of all 667 real reports are the same either way).
_NOT_READ_AS_TOLLS = frozenset({"some", "a number of", "tens", "tens of", "dozens of", "hundreds of"})
#: Vague quantities, coded as the codebook (ACLED) says, from the record's one list; the phrase is kept.
VAGUE_WORDS: dict[str, int] = {
    word: value for word, value in VAGUE_QUANTITIES.items() if word not in _NOT_READ_AS_TOLLS
}

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
#: A year after a month's name or "in" is a date, never a count: "clashes that began in late May 2024 killed four
#: guards" must not read 2024 killed. One fixed-width look-behind per word (``re`` allows no other kind).
_YEAR_OF_A_DATE = "".join(rf"(?<!\b{word}\s)" for word in (*MONTHS, "in", "since", "until", "of"))
#: A number written with thousands separators ("1,000", "12,500") is read whole, and no digit run is read out of a
#: longer number: "killing more than 1,000" read a count of 1, and "2.5" a count of 2 (extract161 saw the first).
_GROUPED = r"[1-9]\d{0,2}(?:,\d{3})+(?![\d,]|\.\d)"
_DIGITS = rf"(?:(?<![\d,.])(?:{_GROUPED}|(?!(?:19|20)\d\d\b)\d+(?![,.]\d)|{_YEAR_OF_A_DATE}(?:19|20)\d\d\b(?![,.]\d)))"
NUMBER = (
    rf"(?:{_DIGITS}|(?:{_TENS})[- ](?:{_UNITS})|a dozen|a hundred|one hundred|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w not in {"a", "an", "no"}), key=len, reverse=True))
    + ")"
)


def number_value(text: str) -> int | None:
    """3, "three", "twenty-one", "a dozen" → int; anything else → None."""
    key = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(_GROUPED, key):
        key = key.replace(",", "")
    if key.isdigit():
        return int(key)
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    parts = key.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


#: Nationality adjectives → ISO alpha-2 (victim_nationality).
DEMONYMS: dict[str, str] = {
    "chinese": "CN",
    "tajik": "TJ",
    "tajikistani": "TJ",
    "afghan": "AF",
    "pakistani": "PK",
    "kyrgyz": "KG",
    "uzbek": "UZ",
    "iranian": "IR",
    "indian": "IN",
    "russian": "RU",
    "turkmen": "TM",
    "kazakh": "KZ",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "georgian": "GE",
    "turkish": "TR",
    "american": "US",
    "british": "GB",
}

#: Countries by name, for victims told as "citizens of Kyrgyzstan" rather than "Kyrgyz citizens".
COUNTRY_NAMES = {
    "afghanistan": "AF",
    "pakistan": "PK",
    "iran": "IR",
    "tajikistan": "TJ",
    "kyrgyzstan": "KG",
    "uzbekistan": "UZ",
    "turkmenistan": "TM",
    "kazakhstan": "KZ",
    "china": "CN",
}

#: Victim nouns → target type, most specific first ("aid workers" before "workers").
TARGETS: tuple[tuple[str, str], ...] = (
    (r"aid workers?|humanitarian workers?|ngo staff", "ngo"),
    (r"journalists?|reporters?", "journalists"),
    (r"security guards?|private guards?", "business"),
    # "members of the Revolutionary Guard(s)", "IRGC members", "Basij members": Iran's armed forces, not its border
    # guards
    (
        # "Navy and Coast Guard personnel" (Pakistan Today 579): a coast guard serves at sea, not a border guard
        r"(?:islamic\s+)?revolution(?:ary)?\s+guards?(?:\s+corps)?(?:\s+members)?|irgc(?:\s+members)?|basij(?:\s+members)?|"
        r"(?:navy\s+and\s+)?coast\s+guards?(?:\s+personnel)?|"
        # "three Guard members were killed" (the capital tells the Revolutionary Guard; "Border Guard members" are
        # read whole as the border's guards below, the widest phrase first)
        r"(?-i:Guard)\s+members|"
        # "members of the Frontier Corps": Pakistan's paramilitary force, coded ``military`` as its soldiers are
        r"frontier\s+corps|fc",
        "military",
    ),
    (
        # the Balochistan Levies, "one of two primary law enforcement agencies" of the province beside its police
        # (balochistanleviesforce.gob.pk/about): its men, by any noun, are the codebook's ``police``
        r"levies(?:\s+(?:force|personnel|men|sepoys?|soldiers?|officials?|officers?|jawans|troops))?",
        "police",
    ),
    (
        # "an Afghan border policeman": the border police are the border's guards
        # "a Tajik border service officer" (Devdiscourse/AFP 427), "a Tajik border guard officer" (Asia-Plus 40)
        # "members of Afghanistan's border force", "border police officers": the force's men, not the police
        r"border guards?|border (?:police(?:m[ae]n)?|troops|guards|forces?|personnel|officers?)|border guard members|"
        r"border police (?:officers?|personnel)|"
        r"border (?:service|guard) officers?|"
        r"frontier guards?|guards?",
        "border_guards",
    ),
    # "a constable was shot dead": the police's lowest rank, its men by their rank; "a member of the internal security
    # forces was killed" (Vetogate 969): Iran's police (FARAJA), as the Arabic and Persian press name it
    (
        r"policem[ae]n|police officers?|police|officers?|(?:police\s+)?constables?|internal\s+security\s+forces",
        "police",
    ),
    (
        r"soldiers?|troops|servicem[ae]n|military personnel|army personnel|security personnel|"
        r"security forces|security men|personnel|jawans|sepoys?|paramilitar(?:y|ies)|militiamen|fighters?|conscripts?|"
        # "twelve brave sons of the soil were martyred" (UrduPoint 542): the ISPR's name for its soldiers
        r"sons of the soil|"
        # "two members of the public uprising forces were killed" (1588), "a pro-government militia" (719): the Afghan
        # state's armed auxiliaries, coded military (1501, 1588, 719, 723, 875, 878, 1591)
        r"(?:(?:public|popular|local|national)\s+)?uprising\s+forces?(?:\s+members)?|"
        r"pro-government\s+militia(?:s|men|\s+members|\s+fighters)?|"
        # "five senior commanders of the Revolutionary Guards were killed": a force's commanders
        r"commanders",
        "military",
    ),
    (r"diplomats?|embassy staff", "diplomatic"),
    (r"officials?|civil servants?", "government"),
    (r"pilgrims?|worshipp?ers?|clerics?", "religious"),
    # a bus's passengers are GTD's transport; a driver is not: "a taxi driver", "the driver of a KAMAZ truck", "two
    # Kyrgyz drivers" are coded civilians (Kloop 460, Rossiyskaya Gazeta 1373, Reuters 947, The Express Tribune 1051;
    # none transport: extract171), as people in a private car are (docs/extract.md, *Bus passengers*)
    (r"passengers?", "transport"),
    (r"workers?|engineers?|employees|contractors?|labou?rers?|miners|traders?|businessm[ae]n|staff", "business"),
    (
        r"civilians?|villagers?|residents?|children|child|women|woman|girls?|boys?|farmers?|shepherds?|students?|"
        r"(?:truck\s+|taxi\s+|rickshaw\s+)?drivers?|"
        # "shot at a group of fishermen" (Asia-Plus 754): people at their trade by the river, as farmers are
        r"fisherm[ae]n|hunters?|"
        # "a Baluch fuel carrier was killed" (Kolbar News 1042), "One fuel carrier, Naeem Rigi, … was killed" (913): men
        # who carry fuel or loads across the line for a living, coded civilians in both
        r"fuel[- ]carriers?|kolbars?|"
        # "an Afghan teacher was killed in the clash" (Elaph 769): people at a civilian calling, as students are
        r"teachers?|doctors?|nurses?|shopkeepers?|"
        # "a tribal elder was shot dead", "two passers-by were hurt": people by their standing or by chance there
        r"(?:tribal\s+)?elders?|passers?-by|"
        # "nationals" in lower case only: "soldiers of the Afghan National Army" are the army's (dev 1592, extract212)
        r"(?-i:nationals?)|citizens?|migrants|refugees|asylum seekers|hostages|civilians",
        "civilians",
    ),
)
#: "six Pakistanis", "nine Afghans": a nationality said as a noun tells whose citizens were hit, not who they were.
NATIONAL_NOUNS = {
    "pakistanis": "PK",
    "afghans": "AF",
    "iranians": "IR",
    "tajiks": "TJ",
    "uzbeks": "UZ",
    "turkmens": "TM",
    "kazakhs": "KZ",
    "kyrgyzstanis": "KG",
    "tajikistanis": "TJ",
    "uzbekistanis": "UZ",
}
#: "people" and "persons" say nothing about who was hit: victims kept, no target type.
GENERIC_VICTIMS = "|".join(
    (
        "people|persons?|men|man|foreigners|foreign nationals|others",
        # "a tribal elder and his son were shot dead": kin, told beside the one they were with (no target of their own)
        "sons?|daughters?|brothers?|nephews?|wife|wives|husbands?|fathers?",
        "|".join(NATIONAL_NOUNS),
        "militants|terrorists|attackers|assailants|insurgents|gunmen|khwarij|khawarij|intruders|infiltrators|"
        "smugglers|traffickers|trespassers|raiders|"
        # "three of the violators were killed": the Russian and Central Asian border services' word for crossers
        "violators|"
        # one of them: "a militant was wounded", "a smuggler was hurt"
        "militant|smuggler",
    )
)
CIVILIAN_TARGETS = frozenset({"business", "civilians", "transport", "religious", "ngo", "journalists"})
VICTIM_NOUN = "|".join([*(pattern for pattern, _ in TARGETS), GENERIC_VICTIMS])
#: Who the other side's dead are: the attackers, not the attacked (a toll's victims, read against the count before).
ATTACKERS = re.compile(
    r"\b(?:attackers|assailants|intruders|militants|gunmen|smugglers|traffickers|terrorists|insurgents|"
    r"infiltrators|raiders|khwarij|khawarij|trespassers|violators|fighters|armed (?:man|men)|"
    # "five members of the terrorist group" (.casualty_patterns: the attackers told as members of their band)
    r"(?:terrorist|militant|armed|rebel|insurgent)\s+(?:group|team|cell|gang))\b",
    re.IGNORECASE,
)


def target_type(noun: str) -> str | None:
    for pattern, target in TARGETS:
        if re.fullmatch(pattern, noun, re.IGNORECASE):
            return target
    return None


#: The sub-event types of fire from afar, a shelling or a strike from the air: some side's fire, whose side the
#: report may tell (.fired_by), leave untold (.unowned_fire), or aim at a house it says sheltered fighters (.refuge).
FROM_AFAR = ("Shelling/artillery/missile attack", "Air/drone strike")

#: Weapon phrases → the codebook's weapon values (one phrase can name two).
#: The weapons a blast is read from: a bomb's, and the bare "explosion" or "blast" (``_blast``, resolved in finish).
BLAST_WEAPONS = frozenset({"explosives", "ied", "_blast"})
WEAPON_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"grenade[- ]dropping drones?|drones? dropping grenades", ("drone", "grenade")),
    (r"kamikaze drones?|suicide drones?|loitering munitions?", ("drone", "explosives")),
    # extract176, extract186: the craft told by other names ("missiles fired from a US pilotless aircraft", Reuters
    # 1465; "an American spy plane hit the house", 1413; "Predators fired six missiles", LWJ 1644; capitals only)
    (
        r"drones?|uavs?|unmanned aerial vehicles?|quadcopters?|pilotless (?:aircraft|planes?)|spy planes?|"
        r"unmanned (?:aircraft|planes?)|(?-i:Predators?|Reapers?|MQ-[19][AB]?)",
        ("drone",),
    ),
    (r"air ?strikes?|air raids?|air attacks?|warplanes?|fighter jets?|aerial bombardment", ("airstrike",)),
    # "Pakistani military aircraft had carried out the assault", "planes had bombed", "helicopters bombarded four
    # villages", "a combat helicopter opened fire on the intruders": aircraft that struck, not ones that flew;
    # "aircraft of unknown origin struck", "military aircraft from Tajikistan bombed a village", "the Tajik planes
    # hit the village" (Radio Farda, The Killid Group): the aircraft's origin may come between it and its act
    (
        r"(?:aircraft|planes?|jets?|(?:helicopter )?gunships?|helicopters?)\s+"
        r"(?:(?:of\s+(?:an?\s+)?unknown\s+(?:origin|nationality)|from\s+(?-i:[A-Z][a-z]+)|"
        # "helicopter gunships of the US-led coalition in Afghanistan bombed a border post" (CounterVortex 917)
        r"of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:coalition|alliance|forces?|air\s+force)(?:\s+in\s+(?-i:[A-Z][a-z]+))?)\s+)?"
        r"(?:had\s+|have\s+|has\s+)?"
        # "its aircraft had dropped four bombs" (BBC 915), "a NATO aircraft attacked them" (916)
        r"(?:dropped\s+(?:[\w-]+\s+)?bombs|attacked|"
        r"carried out (?:the |an? )?(?:assault|attacks?|strikes?|raids?|bombing)|bombed|bombarded|struck|"
        r"hit (?:the |an? )?(?:village|area|town|district|forest|positions?|hideouts?|camps?)|"
        r"opened fire|fired (?:on|at|upon))",
        ("airstrike",),
    ),
    # helicopters that crossed and struck, or fired their missiles: "two helicopters crossed the border and fired at
    # a post", "had entered Pakistani airspace and bombed a checkpoint", "a NATO helicopter attacked a border post",
    # "helicopters from across the border fired two missiles", "helicopters, which answered with missiles"
    (
        r"(?:(?:helicopter )?gunships?|helicopters?)"
        r"(?:,\s+which|\s+from\s+(?:across\s+the\s+(?:border|frontier|line)|(?-i:[A-Z][\w-]+)))?"
        r"\s+(?:had\s+|have\s+|has\s+)?"
        r"(?:(?:crossed|entered|came\s+into|flew\s+into|intruded\s+into)\s+(?:[\w'’-]+\s+){0,5}?and\s+"
        r"(?:bombed|struck|attacked|opened\s+fire|fired\s+(?:on|at|upon))|"
        r"attacked\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:post|outpost|check-?post|checkpoint|village|house|"
        r"convoy|base|camp|positions?)|"
        r"answered\s+with\s+(?=missiles|rockets)|"
        r"fired\s+(?:(?:two|three|four|five|six|seven|eight|several|\d+|at\s+least\s+\w+)\s+)?(?=missiles|rockets))",
        ("airstrike",),
    ),
    (r"suicide (?:bomber|bombing|attack|car bomb)s?|car bombs?|vbieds?", ("explosives",)),
    (r"roadside bombs?|improvised explosive devices?|ieds?", ("ied",)),
    # a bomb told as left by the road is the roadside bomb, an improvised device ("a bomb planted by the road", "a
    # bomb by the side of a road"): the corpus codes it ``ied`` alone; a mine by the road stays a mine (below)
    (
        r"bombs?\s+(?:(?:planted|placed|laid|hidden)\s+)?(?:by|beside|along)\s+(?:the\s+side\s+of\s+)?(?:the|a)\s+"
        r"(?:road|roadside)",
        ("ied",),
    ),
    (r"landmines?|land mines?|mines?", ("explosives",)),  # a mine is not improvised (GTD codes it explosives)
    (r"mortars?(?: shells?| rounds?| fire)?", ("mortar",)),
    # "light and heavy weapons" is a firefight's; "heavy weapons" alone names no kind, so it says nothing
    (r"light and heavy weapons|light weapons|small arms", ("firearms",)),
    # but fire *of* or *with* heavy weapons is the guns and the guns' heavier kin: "opened fire with heavy weapons on
    # the civilian population", "indiscriminate fire of heavy weapons at civilians" (the corpus codes firearms and
    # artillery); heavy weapons fired, with no fire told, are the artillery alone ("fired heavy weapons, among them
    # artillery and mortars"); "used heavy weapons" names no kind
    (r"fire[\"”]?\s+(?:of|with)\s+heavy\s+weapons", ("firearms", "artillery")),
    (r"fired\s+heavy\s+weapons", ("artillery",)),
    # an assault told with them is a firefight: "attacked the patrol with heavy weapons" (Dawn 689; the corpus codes
    # firearms); "used heavy weapons" still names no kind
    (r"(?:attacked|assaulted|stormed|raided)\s+(?:[\w'’-]+\s+){0,4}?with\s+heavy\s+weapons", ("firearms",)),
    (r"artillery", ("artillery",)),
    # "shelling" is how any indirect fire is told: artillery only when no mortar or rocket explains it
    (r"shelling|shelled|shells", ("_shelling",)),
    (r"rocket-propelled grenades?|rockets?|rpgs?", ("rocket",)),
    (r"missiles?", ("missile",)),
    (r"(?:hand )?grenades?", ("grenade",)),
    (r"explosives?|explosive devices?|bomb blasts?", ("explosives",)),
    (r"explosions?|blasts?|bombs?|bombings?", ("_blast",)),
    (
        r"small[- ]arms(?: fire)?|gunfire|gunmen|gunman|gun ?battles?|gunfights?|firefight|shot dead|shot|shooting|"
        r"gunned down|"
        # "killed with two shots", "gunshot wounds", "bullet wounds"
        r"shots|gunshots?|gunshot wounds?|bullets?|bullet wounds?|"
        r"shoot-?outs?|"
        r"open(?:ed)? fire|opened (?:[\w\"“”']+ ){1,2}fire|automatic weapons|rifles?|machine[- ]guns?|"
        r"exchanges? of fire|"
        # "the terrorists and the soldiers traded heavy fire" (Business Recorder 605): how heavy says no other weapon
        r"(?:exchanged|traded) (?:heavy |intense |sporadic )?fire|firearms|firing|fired (?:on|at|upon)|fired back|"
        r"returned fire|c[ao]me under fire(?! (?:for|over)\b)|"
        # the passive and the answer of the Russian-language services: "automatic fire was opened on the border
        # guards", "had to fire back"
        r"fire (?:was|had been) opened|automatic fire|(?:to|had to) fire back|"
        r"armed clash(?:es)?|(?:clash(?:es|ed)?|fighting|fought) with (?:an? )?armed|heavily armed|"
        # "ignored the border guards' orders to surrender and put up armed resistance": the Tajik border
        # troops' word for a firefight (The Times of Central Asia, Qalampir)
        r"armed resistance|"
        # "The troops engaged the group and foiled the attempt", "engaged it", "engaged and killed all six terrorists":
        # the ISPR's and Iran's border commands' word for fighting men who cross
        r"engaged\s+(?:them|it|and\s+killed|the\s+(?:\w+\s+)?(?:group|terrorists|militants|khwarij|khawarij|"
        r"infiltrators|intruders|attackers|smugglers|traffickers))|(?:surrounded|encircled)\s+and\s+engaged|"
        # "Uzbek border guards used their weapons against him": the Central Asian border services' word for shooting
        r"used (?:their |its |his )?(?:weapons?|firearms|guns?|arms)(?: (?:against|on)|(?=\s*[,.;\"”]))",
        ("firearms",),
    ),
    # "died of a beating", "accused the guards of beating and torturing them"; never "beating back the attack", nor
    # "the attacks were beaten back" (an attack repulsed, Business Recorder 589), nor "had beaten the attempt back",
    # "beaten them off" (the object between: UPI 673)
    # "What started as stone-throwing by both sides" (Sputnik 10): stones told as a noun
    (
        r"knives|knife|stabbed|stabbing|beaten(?!\s+(?:back|off|(?:them|(?:the|an?|their|its)\s+[\w-]+(?:\s+[\w-]+)?)"
        r"\s+(?:back|off))\b)|beatings?(?! back| off)|stones|stone-throwing|"
        r"(?:threw|thrown|throw|throwing|hurled|hurling)\s+rocks|stone-pelting|"
        r"sticks|clubs|"
        # a group's blows, a scuffle: "six people beat the guard", "turned into a scuffle" (.mob)
        rf"{BEATEN_BY_A_GROUP}|{CROWD_BLOWS}|{SCUFFLE}|"
        # "seven who went missing were beheaded", "beheading seven of them" (689-692): killed by the blade
        r"behead(?:ed|ing|s)?|beheadings?|decapitat(?:ed|ing|ion)",
        ("melee",),
    ),
    # "set alight", and a building burned: "accused Kyrgyz citizens of burning a warehouse" (Crisis24 680); never a
    # fire that only burned ("burning tyres", "a burning vehicle")
    (
        # extract176: a possessive among the words ("set the district governor's headquarters on fire", Tolo 1499)
        r"set (?:on )?fire|set\s+(?:[\w'’-]+\s+){1,4}on fire|torched|set ablaze|set alight|burned down|arson|"
        r"(?:burn|burned|burnt|burning)\s+(?:down\s+)?(?:(?:an?|the|their|his|her|its)\s+(?:[\w-]+['’]s\s+)?|"
        r"[\w-]+['’]s\s+)(?:[\w-]+\s+)?"
        # extract176: a seat of government or a post burned ("burnt down the district headquarters", Xinhua 1494)
        r"(?:warehouses?|houses?|homes?|cars?|vehicles?|mills?|shops?|sheds?|buildings?|barns?|headquarters|"
        r"offices?|schools?|check-?posts?|checkpoints?)",
        ("arson",),
    ),
)

#: Words that make a sentence about violence at all; without one, no incident.
VIOLENCE = re.compile(
    r"\b(?:killed|killing|killings|dead|died|deaths?|death toll|toll|wounded|wounding|injured|injuring|injuries|"
    r"attack(?:ed|s)?|assailants|clash(?:ed|es)?|shelling|shelled|shot|gunfire|firefight|ambush(?:ed)?|"
    r"explosions?|blasts?|bomb(?:ing|ed|s)?|strikes?|struck|fighting|open(?:ed)? fire|exchange of fire|exchanged fire|"
    r"abducted|kidnapped|taken hostage|snatched|casualties|martyred|martyrdom|shahadat|lost their lives|sent to hell|"
    # "three of the intruders were neutralized": the border services' and the ISPR's word for the men they killed
    r"neutrali[sz]ed|"
    r"(?:gave|laid down|sacrificed) their (?:precious )?lives|"
    # "a constable lost his life", "two elders were gunned down": the toll's own words (casualty_patterns.KILL_WORDS)
    r"(?:lost|gave|laid down|sacrificed) (?:his|her) (?:precious )?life|gunned down|"
    r"raid(?:ed)?|stormed|fought|gunmen|succumbed|shooting|firing|armed resistance|"
    r"engaged\s+(?:them|it|the\s+(?:\w+\s+)?(?:group|terrorists|militants|khwarij|khawarij|infiltrators|intruders))|"
    r"fired (?:on|at|upon)|fired (?:from )?across|gunfight|bombed|shot dead|"
    # fire told in the passive: "came under fire from the Afghan side", "fire was opened on the guards"; not blame
    r"c[oa]m(?:e|es|ing) under (?:[\w-]+ )?fire(?! (?:for|over|from (?:critics|rights|the opposition))\b)|"
    r"fire (?:was|had been) opened|"
    r"set on fire|set ablaze|set alight|set fire to|torched|looted|"
    # a suicide bombing's act, told without a blast word: "a suicide bomber came up to it and blew himself up"
    r"(?:blew|blown|blowing|blows)\s+(?:himself|herself|themselves)\s+up|"
    r"detonated\s+(?:his|her|their)\s+(?:explosives|suicide\s+vest|vest|bomb)|"
    # "began throwing stones at them" (News.Az 122, EADaily 303): stones thrown in any form, as .reader_patterns._MOB
    r"(?:threw|throw|throwing|hurled|hurling|pelted|pelting)\s+stones|stones? (?:were|was) thrown|stone-pelting|"
    # "answered by pelting the guards with stones" (Global Voices 431), "stone-throwing by both sides" (Sputnik 10)
    r"pelt(?:ed|ing)\s+(?:[\w-]+\s+){1,3}?with\s+stones|stone-throwing|"
    r"hurt|traded (?:heavy |intense |sporadic )?fire|shoot-?outs?|mortar (?:rounds?|shells?)|"
    r"shells? (?:fell|landed|hit)|"
    r"fired (?:\w+\s+){0,3}(?:rockets?|missiles?|shells?|mortars?|rounds)|rockets? (?:fire|fell|landed|hit)|"
    r"gun ?battle|stabbed|beaten to death|drowned|beheaded|beheading|opened (?:[\w\"“”-]+\s+){1,3}fire|"
    r"(?:mortar|artillery|rocket|heavy|machine-gun|small-arms) fire|"
    # "Uzbek border guards used their weapons against three citizens": how Central Asian border services tell a
    # shooting
    r"used (?:their |its )?(?:weapons|firearms|arms)(?: (?:against|on)|(?=\s*[,.;\"”])))\b",
    re.IGNORECASE,
)
#: Men of a force taken away: "seized the five guards", "the guards were seized" (Khabar Online 481, The Iran
#: Project 480): an abduction, see .reader_patterns.
SEIZED_FORCE = (
    # "seized five soldiers in February last year" is the background a report gives, not its event: the definite
    # article tells the men the report is about
    r"seized the (?:\w+ ){0,2}(?:border )?(?:guards|soldiers|servicemen|troops|policemen|officers)|"
    r"(?:guards|soldiers|servicemen|troops|policemen) (?:were|had been) seized"
)
#: Drones and aircraft brought down, told with no other violence word (Dawn 523, AP 870): see :mod:`.downed`.
DOWNED_WORDS = (
    r"(?:shot|brought)\s+down\s+(?:[\w\"“”-]+\s+){0,3}?(?:drones?|UAVs?|planes?|aircraft|helicopters?)|"
    r"(?:drones?|UAVs?|planes?|aircraft|helicopters?)\s+(?:was|were|had\s+been|have\s+been)\s+(?:shot|brought)\s+down|"
    # "security forces intercepted and neutralised four drones" (The Truth International 525)
    r"(?:intercepted|neutrali[sz]ed)\s+(?:and\s+(?:neutrali[sz]ed|destroyed)\s+)?(?:[\w\"“”-]+\s+){0,3}?(?:drones?|UAVs?)"
)
VIOLENCE = re.compile(
    rf"{VIOLENCE.pattern}|{MOB_WORDS}|{SHOT_WORDS}|{BLOWN_WORDS}|{TAKEN_WORDS}|{FELL_WORDS}|{TAKEN_AWAY_WORDS}|"
    rf"\b(?:{SEIZED_FORCE}|{DOWNED_WORDS})\b",
    re.I,
)  # "began throwing stones", "had a gunshot wound", "a bridge exploded", "overran the district", "missiles came
# down": .mob, .shots, .came_down, …
