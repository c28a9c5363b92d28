"""The patterns :mod:`.fields` reads a sentence's place with: the scene's name and kind, the
province or district it lies in, and the words that are never places. Kept apart so that the
reading logic stays readable; every name here is used by that module (``NOT_PLACES`` also by
:mod:`.reader`).
"""

from __future__ import annotations

import re

CAP = r"[A-Z][\w’'-]*"
#: A name read one way only (possessive): with the hyphen inside a word and between words, "A-B-C-…" could be split
#: 2^n ways, and a run of 20 hyphenated capitalised words before no "province" took the search 27 s (a pasted text).
NAME_ONCE = r"[A-Z][\w’'-]*+"
#: A run of such names ("Bala-Murghab", "Sher Khan Bandar"), read one way only, for the patterns that would
#: otherwise try every split of a long hyphenated run (here, ``place``, ``border_points``; found by
#: ``bench/runaway_patterns.py``).
NAME_RUN = rf"{NAME_ONCE}(?:[\s-]+{NAME_ONCE})*"

#: Words of description (one or two, lowercase) before a name that a kind of place follows: "the hilly Shekhan Banda
#: Malasaid area", "the remote mountainous Dangam district", "a contested border area of Nangarhar province". Any such
#: words, not a list: the kind after the name is what makes the phrase a place (extract201).
_KINDS_AFTER = (
    r"(?:area|areas|district|districts|village|villages|valley|town|tehsil|county|province|region|sector|jamoat|"
    r"outpost|post|checkpoint|crossing|bazaar|oblast|city)\b"
)
DESCRIBED = (
    rf"(?:(?!(?:of|in|at|on|and|or|the|a|an|with|from|near)\s)[a-z][a-z-]+\s+){{1,2}}(?={NAME_RUN}\s+{_KINDS_AFTER})"
)

_PLACE = re.compile(
    rf"\b(?P<prep>near|close to|outside|on the outskirts of|in the vicinity of|in|at|inside|into|through|entered|"
    # "trying to get into Iran by way of the Abu Nasr Farahi port": the crossing point they went by
    rf"by way of|"
    # "the shelling struck the Spin Boldak area", "the attackers targeted Angoor Tangi": what was hit
    # "terrorists raided the Makkigarh Post", "attacked the Beza check-post": the post attacked is the scene
    rf"struck|hit|targeted|shelled|attacked|raided|stormed)\s+"
    # "in the remote Dir district", "in the troubled Dir region of the northwest", "at the closed Torkham border
    # crossing", "near the busy Chaman-Spin Boldak crossing": a word of description first
    # "in the province's remote Maroof district", "in the hilly Shekhan Banda area": the unit whose part it is, and any
    # word of description (one or two) when a kind follows the name (:data:`DESCRIBED`)
    rf"(?P<the>the\s+(?:(?:province|district|region|country)[’']s\s+)?"
    rf"(?:(?:remote|troubled|restive|volatile|mountainous|rugged|lawless|far-flung|closed|busy|main|key)\s+|{DESCRIBED})?)?"
    # "in eastern Kunar province": a compass word before a province or district told with its kind
    rf"(?:(?:north|south|east|west|central)\w*\s+(?={NAME_RUN}\s+(?:province|district|region)\b))?"
    # "Iran's Zabol county", "in Kunar province's Dangam district", "in Sistan and Baluchestan's Rask county": the
    # owner may be a unit told with its kind, or two names
    rf"(?P<owner>{CAP}(?:\s+(?:and\s+)?{CAP})*?(?:\s+(?:province|region|oblast))?[’']s\s+(?:(?:north|south|east|west)\w*\s+)?)?"
    rf"(?P<name>[‘'“\"]?{CAP}(?:\s+(?:{CAP}|al|el|e)(?![’']s\b))*[’'”\"]?"
    # "the Kali Luqman and Kali Jahangir area", "Sistan and Baluchestan province": two names, one kind
    rf"(?:(?:\s+and\s+{CAP}(?:\s+{CAP})*(?=\s+(?:area|areas|villages|districts|province|region)\b))?"
    # "in the Lulakdan border area": an area by the border, not the line itself
    rf"\s+(?:border crossing|border areas?|border region|border villages?|border town|border district|crossing|"
    rf"checkpoint|border post|frontier post|border point|gate|check-post|checkpost|check post|port|"
    rf"districts|district|province|region|villages|village|areas|area|sector|outpost|post|bazaar|valley|town|city|oblast|county|tehsil|"
    # "in the Chorkuh jamoat of Isfara district": a Tajik rural unit, below the district
    rf"jamoat|border|frontier))?)"
    # "the attacks in Kunar and Khost", "in Balochistan and Khyber Pakhtunkhwa": two places, neither alone the scene
    rf"(?!\s+and\s+(?:the\s+)?{CAP})(?=[\s,.;:)]|$)"
)

_STRUCK_VERBS = ("struck", "hit", "targeted", "shelled", "attacked", "raided", "stormed")
_KIND_END = re.compile(
    r"\b(?:area|areas|district|districts|village|villages|town|(?i:post|outpost|checkpoint|check-post|checkpost)|sector|valley|"
    r"bazaar|jamoat)$"
)

#: Parts of the world, which background sentences name ("shootings are common in Central Asia").
_REGIONS = re.compile(
    r"(?:Central|South|Southern|East|Eastern|West|Western|North|Northern|Inner)\s+Asia|Asia|Europe|"
    r"(?:the\s+)?Middle\s+East|(?:the\s+)?Gulf|(?:the\s+)?Caucasus"
)
#: A country told by what it is, never a place: "the Central Asian country's airspace", "the South Asian nation", "the
#: Turkic state's border guards" name no scene: a demonym or a regional adjective (its last word; never a country, nor
#: a "-stan" name) before "country", "nation", "state" or "republic", and not a state's media ("Tehran state TV").
_A_COUNTRY_DESCRIBED = re.compile(
    r"(?![\w-]*stan\s)[\w-]*(?:an|ese|ern|ic|i)\s+(?:country|nation|state|republic|countries|nations|states|republics)\b"
    r"(?:[’']s)?"
    r"(?!\s+(?:media|television|tv|news|radio|agency|broadcaster|run|owned)\b)",
    re.IGNORECASE,
)
#: A body's name, never a place: "who sits in the National Assembly", "ties through the Shanghai Cooperation
#: Organization" name where someone sits or how states deal, not a scene (dev 626, 496: both read as the place);
#: nor is a service ("the Border Service said", "the State Security Service").
_INSTITUTION = re.compile(
    r"\b(?:Assembly|Organi[sz]ation|Council|Parliament|Senate|Committee|Commission|Ministry|Court|Union|Party|"
    r"Movement|Conference|Forum|Nations|Service)[’']?$"  # "the Border Service", "the State Security Service"
)
#: The wide region a named place is said to lie in: "Vorukh, Tajikistan's exclave in the Ferghana Valley" (TCA 679).
#: A valley that several states share is the place's setting, told after its kind, never the scene; a report that
#: puts the event itself "in the Fergana Valley" (Crisis24 680) is left as it was.
_SETTING_OF_A_PLACE = re.compile(r"\b(?:exclave|enclave|town|village|district|city)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_WIDE_VALLEY = re.compile(r"(?:the\s+)?F[ae]rgh?ana\s+Valley")

NOT_PLACES = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the",
        "a",
        "an",
        # "trying to come into the Islamic Republic of Iran" (Titr-e Hadeseh 1203): a state by its formal name, no place
        "islamic",
        # "(Army of Justice in Arabic)": a language, not a place
        "arabic",
        "persian",
        "farsi",
        "dari",
        "pashto",
        "urdu",
        "english",
        "russian",
    }
)

#: Nationality adjectives of countries far from the borders the tracker follows: "near the Iraqi city of Samarra"
#: (710, a funeral told after the ambush) names a town abroad, never a scene of these borders and never a name of its
#: own ("Iraqi city" is no place).
FAR_DEMONYMS = frozenset(
    {
        "iraqi",
        "syrian",
        "saudi",
        "emirati",
        "yemeni",
        "israeli",
        "lebanese",
        "jordanian",
        "egyptian",
        "libyan",
        "kuwaiti",
        "qatari",
        "bahraini",
        "omani",
        "palestinian",
        "french",
        "german",
        "ukrainian",
    }
)
_FAR_PLACE = re.compile(
    rf"\b(?:(?:near|outside|in|at)\s+)?the\s+(?:{'|'.join(sorted(FAR_DEMONYMS))})\s+"
    rf"(?:city|town|village|province|region|capital)(?:\s+of\s+{NAME_RUN})?",
    re.IGNORECASE,
)

#: A funeral told to its sentence's end: "speaking at the funeral of H.T., who was killed the day before near the
#: Iraqi city of Samarra, … the Muslim world" (710) tells another death and a speech, not the scene.
FUNERAL_OF = re.compile(r"\bfuneral\s+(?:prayers?\s+)?(?:of|for)\b.*$", re.IGNORECASE | re.DOTALL)

#: Words of description before a kind told with "of": "a contested border area of Nangarhar province", "the hilly
#: areas of Bajaur district" (one or two lowercase words, any: the kind and "of" a name follows make it a place; a
#: compass word keeps its own reading below).
OF_DESCRIBED = (
    r"(?:(?!(?:of|in|at|on|and|or|the|a|an|with|from|near|population|north|south|east|west|central)[\w-]*\s)"
    r"[a-z][a-z-]+\s+){1,2}"
    # only before an area or a district: "the main town of North Waziristan", "the garrison city of Rawalpindi" tell
    # where a town lies or a journey went (dev 601, 619, 1346), and a province so told is left to its own reading
    r"(?=(?:area|areas|district)\s+of\s+[A-Z])"
)
_OF_PLACE = re.compile(
    # "a contested border area of Nangarhar province": an article "a" only before words of description
    rf"\b(?:the\s+|an?\s+(?={OF_DESCRIBED})|(?P<owner>{CAP})[’']s\s+)"
    # "in the south-eastern Iranian city of Zahedan" (Reuters 946): a compass word before the demonym, before a town
    rf"(?:(?:north|south|east|west|central)[\w-]*\s+(?={CAP}\s+(?:border\s+)?(?:city|town|village|district)\s+of\b))?"
    rf"(?:(?P<demonym>{CAP})\s+)?(?:nearby\s+|neighbouring\s+|remote\s+|border\s+|civilian\s+|{OF_DESCRIBED})?"
    # "in the northwestern district of Bajaur", "the southeastern city of Saravan": a compass word before a district
    # or a town (before a province it is left to the province's own reading: a province so told is often background)
    # "fired … on the civilian population of Kali Musa" (ANI 534, The News 343, Dawn 532): the people of a place hit
    # there; "in the locality of Dobo-Korgon" (Octagon 327)
    r"(?:(?:north|south|east|west|central)\w*\s+(?:border\s+|tribal\s+)?(?=(?:city|town|village|district)\s+of\b))?"
    # "came into the north-western region of Upper Dir" (691, 692): a region the attackers crossed into, with its
    # compass word; never one they are from ("from China's western region of Xinjiang", AP 74)
    r"(?:(?<=\binto the )(?:north|south|east|west|central)[\w-]*\s+(?=region\s+of\b))?"
    # "in the Iranian port of Chabahar", "the port city of Karachi": a port told as a town; "at the district centre
    # of Barg-e-Matal": the town that is a district's seat (Afghan reports' word for it)
    rf"(?P<kind>port\s+city|port\s+town|port|city|town|village|district\s+(?:centre|center)|district|province|region|"
    rf"county|oblast|areas|area|enclave|exclave|outpost|settlement|locality|population|districts)\s+of\s+(?P<name>{NAME_RUN}(?:\s+and\s+{CAP})?)"
)

#: A part of a province or district told by its compass side: "entered the western areas of Nimroz province",
#: "shelled the eastern parts of Kunar province". The unit named is the place (its part has no name of its own).
_COMPASS_PART_OF = re.compile(
    r"\bthe\s+(?:north|south|east|west|central)[\w-]*\s+(?:areas|parts)\s+of\s+"
    rf"(?P<name>{NAME_RUN})\s+(?P<kind>province|district|region)\b"
)

#: A landmark told by a name and a lowercase noun: "near the Thall bus stand", "at the Eidgah market for used
#: clothes". The name is the landmark's, not a settlement's; the town the sentence names after it ("… in
#: Parachinar") is the place the corpus codes (The News 641, The Express Tribune 643).
_LANDMARK_AFTER = re.compile(
    r"^\s+(?:bus\s+(?:stand|stop|station|terminal|adda)|(?:vegetable\s+|fruit\s+|cloth(?:es)?\s+)?market|"
    r"mosque|imambargah|shrine|hospital|school|madrassa|chowk|square|roundabout|stadium|hotel|bridge|"
    r"(?:railway\s+|police\s+)?station|camp|base|headquarters|compound|cantonment|fort)\b"
)
#: The town named after the landmark: "near the Thall bus stand in Parachinar".
_TOWN_AFTER_LANDMARK = re.compile(rf"^[^.;]{{0,60}}?\bin\s+{CAP}")

#: "The violence struck Chaman in southwestern Pakistan": the place hit, told as an object with its country.
_STRUCK_IN_COUNTRY = re.compile(
    rf"\b(?:struck|hit|rocked|shook|targeted|attacked|shelled|stormed|raided)\s+(?P<name>{CAP}(?:\s+{CAP})*)"
    rf"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?P<country>{CAP})\b"
)
#: "… hunting Afghans in Dushanbe after the shootout": a consequence of the event, told with its own place.
_AFTER_THE_EVENT = re.compile(
    r"^[^.;]{0,80}?\b(?:after|following)\s+the\s+(?:\w+\s+){0,2}"
    r"(?:shootout|clash|clashes|attack|incident|firing|shelling|killing|killings|skirmish)\b"
)

#: "in the area patrolled by the Sayod frontier post of the Hamadoni border unit": the post that guards the scene
#: names it, as Tajik and Kyrgyz border services report where a clash took place; so does the unit whose stretch
#: it is, as Iranian and Kyrgyz ones do: "in the area of the Zabul border regiment", "the 16th border checkpoint of
#: the Saravan border regiment", "in the sector of the Akshiyrak border guard unit" (the unit's name is its town's).
_PATROLLED = re.compile(
    # "on the section of the border held by the Moscow frontier detachment" (RIA Novosti 931), "on one of the stretches
    # of the Moscow border detachment" (Lenta.ru 1197), "one of the border posts of the Shahrituz border detachment"
    # (Khovar 1375): the unit's stretch or one of its posts, told with the border or as one of several (extract171)
    r"\b(?:(?:area|sector|section|stretch|zone)\s+(?:of\s+the\s+(?:state\s+)?(?:border|frontier)\s+)?"
    r"(?:patrolled|guarded|controlled|covered|protected|manned|held)\s+by|"
    r"(?:area|sector|section|stretch|zone|checkpoint)\s+of|"
    r"one\s+of\s+the\s+(?:stretches|sections|sectors|(?:border\s+|frontier\s+)?posts|outposts)\s+of)\s+"
    rf"(?:the\s+)?[\"“'‘]?(?P<name>{NAME_RUN})[\"”'’]?\s+"
    r"(?P<kind>(?:frontier|border)\s+(?:post|outpost|unit|detachment|regiment)|outpost|post|detachment|"
    r"border guard unit|unit)\b"
    # "on the stretch guarded by the Panj and Shouroobod border units" (Asia-Plus 1135): two units' stretches, one place
    rf"|\b(?:area|sector|section|stretch|zone)\s+(?:patrolled|guarded|controlled|covered|protected|manned)\s+by\s+"
    rf"(?:the\s+)?(?P<names>{NAME_RUN}\s+and\s+{NAME_RUN})\s+"
    r"(?P<kinds>(?:frontier|border)\s+(?:posts|outposts|units|detachments)|outposts|posts|units)\b"
)

#: "Angoor Tangi, a check-post next to Afghanistan's Khost province": the kind of a place, told after its name.
_APPOSED_KIND = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<kind>check-?post|checkpost|outpost|post|village|town)\b"
)
#: Never "in Asadabad, the capital of Kunar province": a town told as its province's capital is no province (the
#: words before "province" are the province's description, never a phrase with "of").
_APPOSED_PROVINCE = re.compile(r",\s+(?:the|a)\s+(?:(?!of\s)[\w-]+\s+){0,3}?(?:province|region)\b")
#: "…, Sistan and Baluchestan province": the province that places a town the gazetteer finds twice.
#: "in the southeastern province of Sistan and Baluchestan": a province told before its name, which tells the
#: country when no place is located (never the place: a province so named is often background).
_PROVINCE_OF = re.compile(
    rf"\bprovince\s+of\s+(?P<name>{NAME_ONCE}(?:[\s-]+(?:and\s+)?{NAME_ONCE})*)",
)
#: "the village of Kavo in Shamsiddin Shokhin district", "the village of Kalagan in Saravan county": the district
#: or county a named village or area lies in, where the geocoder places a village it does not know. The unit in
#: either case ("in Bannu District") and in the region's own unit words: a Tajik jamoat, an Uzbek tuman, a Kyrgyz
#: ayil (aiyl), a Russian uyezd, an Afghan woleswali ("in the Urmetan jamoat of the Ayni district").
_LIES_IN = re.compile(
    rf"^\s*,?\s*(?:in|of)\s+(?:the\s+)?(?P<within>{NAME_RUN}\s+"
    r"(?i:district|province|tehsil|county|jamoat|tuman|ayil|aiyl|uyezd|woleswali))\b"
)
_ADMIN = re.compile(rf"\b(?P<admin>{NAME_ONCE}(?:[\s-]+(?:and\s+)?{NAME_ONCE})*\s+(?:province|region|oblast))\b")
#: A person's home told with the person, not the scene: "F.M., 33, a resident of Kurulush village in the Aksy
#: district" (Tashkent Times 271), "two residents of the village of Aygyr-Dzhar in Chatkal district were missing"
#: (Fergana 322), "a 42-year-old man from the village of Chongkara in Batken region, was killed … in the
#: Kungeioetoek border area" (RFE/RL 355), "beaten by 15 residents of Kok-Tash" (News.tj 446). Only a home told
#: in apposition (", a resident of"), of counted people ("two residents of") or as "from the village of": "fired on
#: unarmed residents of the Bahor mahalla" and "residents of Khoja Alo were replacing pipes" tell the scene.
_HOME_OF_PERSON = re.compile(
    r"(?:,\s+(?:an?\s+)?(?:\d+-year-old\s+)?(?:resident|native|inhabitant)\s+of"
    r"|\b(?i:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:residents|natives|inhabitants)\s+of"
    r"|\b(?i:man|men|boys?|girls?|woman|women|youths?|teenagers?|shepherds?|herders?|farmers?|brothers|sons?"
    r"|both)\s*,?\s+from\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:village|town|hamlet|settlement)\s+of)"
    # the home's name, and where it lies, to the first word that is neither ("…, was killed in …")
    # (and where that lies, after a comma: "residents of the Tajik village of S., in the C. jamoat of Isfara")
    rf"(?:,?\s+(?:the|of|in|{CAP}|village|town|district|region|province|tehsil|jamoat|mahalla))+",
)

#: A road told as the scene, which the coders keep as written (Dawn 113, Xinhua 126, Iran International 168,
#: Kloop 460, Interfax 461, PTI 547, The Nation 548): a named road or highway ("on the Khash-Zahedan road", "on the
#: Makran Coastal Highway", "on the Noshki-Dalbandin National Highway"), the road between two towns ("on the main
#: road between the city of Bannu and Miranshah", "on the road between the cities of Zahedan and Khash"), and a spot
#: on a road ("stopped the buses at Buzi Top on the Coastal Highway"), the spot the narrower place.
_ROAD_NAME = rf"(?:the\s+)?(?:main\s+)?{NAME_RUN}\s+(?:[Rr]oad|[Hh]ighway)\b"
_ROAD = re.compile(
    rf"\b(?:at\s+(?P<spot>{CAP}(?:\s+{CAP})*)\s+on\s+(?P<spot_road>{_ROAD_NAME})"
    rf"|(?:on|along|near|at)\s+(?P<road>{_ROAD_NAME})"
    rf"|(?:on|along|near|at)\s+(?P<between>(?:the\s+)?(?:main\s+)?road\s+between\s+"
    rf"(?:the\s+(?:city|cities|towns?|villages?)\s+of\s+)?{NAME_RUN}\s+and\s+{NAME_RUN})"
    # a stretch of railway between two stations or towns (issue 14): "the track between the Uzbek towns of A and B",
    # "between the A and B stations"
    rf"|(?P<stretch>(?:the\s+(?:track|line|railway)\s+)?between\s+the\s+(?:{CAP}\s+)?(?:(?:towns|villages|stations)\s+"
    rf"of\s+{CAP}\s+and\s+{CAP}|{CAP}\s+and\s+{CAP}\s+stations)))"
)


#: The people of a named place telling what befell them, at the head of a sentence of the incident: "Residents of
#: Musa Neka Ziarat said soldiers attacked a house" names the village the report's lead left unnamed ("assaulted a
#: village"). Only a sentence that opens so, with a verb of saying, and a name that is no country or people.
RESIDENTS_SAID = re.compile(
    r"^(?:Residents|Villagers|Inhabitants|Tribesmen|Elders)\s+of\s+(?:the\s+village\s+of\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3})\s+(?:said|say|told)\b"
)
