"""A fight between villagers told with stones and fists: a mob (ACLED's Riots → Mob violence), not an armed clash.

"Local residents began throwing stones at each other" (24.kg 433), "The two groups then began to throw stones at
each other" (EADaily 303), three youths "were beaten by 15 residents of Kok-Tash" and police cars "pelted with
stones" (News.tj 446). The codebook's Battles → Armed clash is armed sides exchanging fire; people trading stones
are two sides as well, but "at each other" after stones does not make the event a battle between two forces.
Left alone: "both sides threw stones at each other, and later shooting broke out" (24.kg 08, 09), where the two
sides are named as such (``_TWO_SIDES`` still reads "both sides") and the stones only opened a battle.

The words are violence (:data:`~.vocab.VIOLENCE`: a sentence telling only them may feed an incident) and a mob's
(``reader_patterns._MOB``); both import them from here.
"""

from __future__ import annotations

#: Civilians, by what they are, not by the state they stand for.
_PEOPLE = r"(?:residents|villagers|locals|citizens|youths|men)"
#: How many did it, counted or told as a group: "six people", "a group of residents".
_GROUP = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+(?:group|crowd)\s+of)"
#: A crowd of civilians, never an armed group's men.
_CROWD = r"(?:residents|villagers|locals|protesters|protestors|demonstrators)"
#: People beating someone, counted or as a group: a mob's blows, and its weapon (the melee row of
#: :data:`~.vocab.WEAPON_PHRASES`). No leading ``\b``: each user puts the pattern where a word starts.
BEATEN_BY_A_GROUP = rf"{_GROUP}\s+(?:{_PEOPLE}|people)\s+(?:then\s+)?beat\b(?!\s+(?:back|off)\b)"
#: A crowd of residents, told by its count ("some 100 residents of Tajikistan") or its village ("Vorukh residents"),
#: with an aside between it and its act ("…, who objected to the work, saying it was theirs, beat some of the
#: builders"), that beats people, smashes or breaks windows, or breaks something with a stone (Eurasianet 866,
#: Asia-Plus 867): a mob's blows, by hand or stone (``melee``). Never a force or "men", never "beat back".
#: The crowd as told, its count or village before it and its country or village after ("of Tajikistan").
CROWD_TOLD = (
    rf"(?:(?:some\s+|about\s+|around\s+|nearly\s+)?\d+(?:,\d{3})*\s+|{_GROUP}\s+|(?-i:[A-Z])[\w'’-]+\s+)?{_CROWD}"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*)?"
)
#: The aside between the crowd and its act, and the act: a mob's blows, by hand or stone.
CROWD_ACT = (
    r"(?:,?\s+who\s+[^.;]{1,120}?,)?\s+(?:had\s+)?(?:then\s+)?"
    r"(?:beat\b(?!\s+(?:back|off)\b)|(?:smashed|broke)\s+(?:the\s+)?windows?\b|"
    r"(?:broke|smashed|damaged)\s+[^.;]{1,60}?\bwith\s+(?:a\s+)?(?:stones?|rocks?)\b)"
)
CROWD_BLOWS = CROWD_TOLD + CROWD_ACT
#: A crowd of civilians (or citizens, by their state) trying to seize, grab or disarm a force's men: a mob's act.
CROWD_SEIZING = (
    rf"\b(?:{_CROWD}|citizens)(?:\s+of\s+(?:the\s+village|(?-i:[A-Z])[\w'’-]*))?\s+(?:had\s+)?(?:tried|attempted)\s+to\s+"
    r"(?:seize|grab|capture|disarm)\s+(?:the\s+)?(?:(?:two|three|four|\d+)\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?"
    r"(?:border\s+guards?|guards|servicem[ae]n|soldiers|policem[ae]n|police\s+officers)\b"
)
#: Blows traded with no weapon named: a scuffle. Not "brawl": soldiers of two states "fought with stones and clubs"
#: in "the high-altitude brawl" (the house Galwan report), a battle.
SCUFFLE = r"(?:scuffles?|scuffled|scuffling)"
#: What the mob words of ``reader_patterns._MOB`` and ``vocab.VIOLENCE`` ("threw stones") miss: the present and
#: the infinitive ("began throwing stones", "began to throw stones"), the passive with "with" ("were pelted with
#: stones"), and a beating by villagers ("were beaten by 15 residents of Kok-Tash").
MOB_WORDS = (
    r"\b(?:throw|throwing|hurl|hurling)\s+stones\b|\b(?:pelted|showered)\s+with\s+stones\b|"
    rf"\bbeaten\s+(?:up\s+)?by\s+(?:\d+\s+|a\s+(?:group|crowd)\s+of\s+|some\s+|several\s+|local\s+)?{_PEOPLE}\b|"
    # rocks as stones, and the perfect: "were reported to have thrown rocks at each other" (Crisis24 680)
    r"\b(?:threw|thrown|throw|throwing|hurled|hurling)\s+rocks\b|\bthrown\s+stones\b|"
    # a crowd of residents setting on guards, police or their post, with no weapon named: "Sokh residents attacked
    # Kyrgyz border guards" (RFE/RL 674), "Uzbek residents of Sokh clashed with border guards" (UPI 676), "Tajik and
    # Kyrgyz protesters clashed" (Crisis24 680). Never "men" or "citizens" ("armed men attacked the post")
    rf"\b{_CROWD}(?:\s+of\s+[A-Z][\w'’-]*)?\s+(?:(?:are|were|was|is)\s+(?:reported|said)\s+to\s+have\s+)?"
    r"(?:attacked|clashed\s+with|set\s+upon)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:border\s+)?"
    r"(?:guards|police|policemen|post|outpost)\b|"
    rf"\b{_CROWD}\s+clashed\b(?!\s+with)|"
    # a crowd trying to lay hands on guards: "Citizens of Tajikistan tried to seize Kyrgyz border guards and take
    # their weapons", "The Tajik citizens tried to seize the two servicemen" (Sputnik 1194); the attempt only (men
    # seized are hostages: .hostages_taken), and "citizens" here only as the subject of that try
    rf"{CROWD_SEIZING}|"
    # a scuffle: blows traded with no weapon named, as 24.kg 356 and 365info 808 tell one
    rf"\b{SCUFFLE}\b|"
    # a counted group of people beating someone: "six people beat the wounded guard" (Arbu3 807); never a force
    # that "beat back" an attack
    rf"\b{BEATEN_BY_A_GROUP}|\b{CROWD_BLOWS}"
)
#: "at each other" told of stones: not, by itself, two forces' exchange (see ``reader_patterns._TWO_SIDES``).
NOT_TWO_SIDED = r"(?<!stones at )(?<!rocks at )"
#: "Residents on the two sides of the border clashed", "villages on both sides of the line": the sides of a place,
#: where people live, not two sides that fought each other (round 68's Tash-Tumshuk stones, 24.kg 882).
SIDES_OF_A_PLACE = r"(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|line|boundary|river)\b)"
#: Forces that "exchanged fire" fought each other, whoever threw stones first ("a Tajik border patrol began throwing
#: stones at cars …", then "the two detachments exchanged fire for about 20 minutes", Trend 429): two-sided.
EXCHANGED = r"\b(?:exchanged|traded)\s+fire\b"
