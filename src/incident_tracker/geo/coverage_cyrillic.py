"""The coverage tables of Cyrillic letters: Russian, Tajik, Uzbek Cyrillic and Kyrgyz (see :mod:`.coverage`).

Each row is a whole-text pattern with the name in ``name`` (or, for a lead, what follows in
``rest``) and the kind it names. Only the words the other Cyrillic readers did not pass over are
here (the coverage matrix of docs/geocoding-journal.md, "Language coverage, systematically"); the words
and their cases are those of the region's press and reference pages, cited per language there:

* Russian: "шахрестан X" (an Iranian county, as Russian Wikipedia names them), "агентство X"
  (a Pakistani tribal agency), "(на) погранзаставе X", "на / через КПП X" and "пункт пропуска X" (without the
  preposition the Russian reader has them already; with "автомобильный", "железнодорожный", "международный" before
  them, the road, rail, international crossing X),
  "(на) таможенном посту X", "погранотряд X" (or "пограничный отряд X", written out) and "Xский
  (пограничный) отряд" (a detachment named after the district it guards, read as that district), the leads
  "на (одном из) участк(е|ов) X" and "на юге X" (a section, a part of X: X), "(в) анклаве X", "недалеко от X",
  "окрестности X", "водозабор X" and "водораспределительной станции X" (a water intake, a water distribution
  station: near X), "на … границе в X" and "на … границе — X", "(международный) пограничный переход /
  погранпереход X", "рядом с / около / близ / вблизи (adjectives) города / села X", a tail "на юго-востоке
  Ирана", "провинции X и Y" (one name, "и" for its hyphen: read "X-Y"), "уезд X в провинции Y" (read
  "уезд X, провинция Y": the district, its province after a comma);
* Tajik: "шаҳраки X" (the township of X), "заставаи сарҳадии X", "пости гумрукии X", "гумруки X",
  "X дар сарҳад бо Y", "(дар) наздикии X" (near X), "(дар) минтақаи X" (the X area),
  "гузаргоҳи X" (crossing, without "сарҳадии"), "X дар марзи Y-у Z" (on the border of Y and Z);
* Uzbek Cyrillic: "X шаҳри/шаҳрида" (X city), "X чегара ўтиш пункти", "X назорат-ўтказиш пункти",
  "«X» чегара божхона пости" (the border customs post, its name in quotes: a designation, which only a
  border place answers; unquoted, a far namesake answered),
  "Y билан чегарадош …" and "Y билан чегарада жойлашган …" (bordering Y, lying
  on the border with Y), "X яқинида" (near X), "X ҳудудида" (in X's territory), "X атрофида" (around X),
  "Y томонида (эса) X" (X on Y's side), "A ва B чегарасидаги X" (X on the A–B border), "«X» постида" (at the X post);
* Kazakh: "X (теміржол / өткізу / бақылау-өткізу) бекеті" (the X (railway / crossing / checkpoint) post),
  "X (шекаралық) өткізу пункті" (the X (border) crossing point), "Y тарапындағы X" (X on Y's side);
* Kyrgyz: "X чек ара посту/тозоту/бекети" (border post), "X өткөрүү пункту/бекети" (crossing
  point), "X бажы посту/бекети" (customs post), "Y менен чектеш …" (bordering
  Y), "X Y менен чек арада" (X, on the border with Y), "X-тын жанында" (beside X, the name in the
  genitive), "X тарапта" (on the X side).
"""

from __future__ import annotations

import re

__all__ = ["CYRILLIC_HEADS"]

_N = r"(?P<name>.+?)"
#: A Russian adjective's masculine endings (nominative, prepositional, genitive).
_ADJ = r"(?:ый|ом|ого)"
#: A Russian settlement word after "near" (город, село, посёлок, кишлак), in the genitive or instrumental.
_SETTLEMENT = r"(?:город|сел|пос[её]лк|кишлак)(?:а|ом)"
#: A quarter in the prepositional ("на юго-востоке", "на севере"): the part of a place a tail or a lead names.
_QUARTER = r"(?:юго-|северо-)?(?:восток|запад|юг|север)е"
#: The Kyrgyz genitive endings (after a voiced consonant, a voiceless one, a vowel), by vowel harmony.
_KY_GENITIVE = r"(?:[дтн][ыиуү]н)"

_ROWS = (
    # Russian
    (rf"(?:в\s+)?шахрестан[еау]?\s+{_N}", "county"),
    (rf"(?:в\s+)?агентств[оеау]\s+{_N}", "agency"),
    (rf"(?:на\s+)?(?:погран)?застав[аеуы]\s+{_N}", "post"),
    (rf"(?:на|через)\s+(?:КПП|пункт[еау]?\s+пропуска|погранпереход[еау]?)\s+{_N}", "crossing"),
    # "(на) автомобильном / железнодорожном / международном пункте пропуска X": the road, rail or international
    # crossing X, its kind adjectives before the noun
    (
        rf"(?:(?:на|через)\s+)?(?:(?:автомобильн|железнодорожн|международн|пешеходн){_ADJ}\s+)+"
        rf"(?:пункт[еау]?\s+пропуска|КПП)\s+{_N}",
        "crossing",
    ),
    (rf"(?:на\s+)?таможенн(?:ый|ом|ого)\s+пост(?:у|е|а)?\s+{_N}", "customs"),
    # "погранотряд X" and its words written out, "пограничного отряда «X»" (of the X border detachment)
    (rf"(?:в\s+)?(?:погранотряд|пограничн{_ADJ}\s+отряд)[еау]?\s+{_N}", "detachment"),
    (r"(?P<name>[А-ЯЁ][а-яё-]+?)(?:ский|ского|ском)\s+(?:погранотряд|пограничн(?:ый|ого|ом)\s+отряд)[еау]?", "adj"),
    (rf"(?:в\s+)?анклав[еау]?\s+{_N}", "name"),
    # "(на) (пограничной) станции X" (the (border) station of X): the place the station is named after
    (rf"(?:на\s+)?(?:пограничн(?:ая|ой|ую)\s+)?станци(?:я|и|ю|ей)\s+{_N}", "name"),
    # "водозабор «X»", "(на) водораспределительной станции «X»" (the water intake, the water distribution station
    # X): a canal head on a border river, named for the village it stands in or by a name of its own (Golovnoy,
    # the pack's row): by it (geo150)
    (rf"(?:на\s+)?(?:водозабор[еау]?|водораспределительн(?:ая|ой|ую)\s+станци(?:я|и|ю|ей))\s+{_N}", "near"),
    (rf"(?:недалеко|неподал[её]ку|вблизи)\s+от\s+{_N}", "near"),
    (rf"(?:в\s+)?окрестност(?:и|ях)\s+{_N}", "near"),
    (rf"на\s+[\w-]+\s+границе(?:,?\s+(?:в|у|близ)|\s*[—–])\s+{_N}", "name"),
    (rf"(?:международн{_ADJ}\s+)?(?:пограничн{_ADJ}\s+переход|погранпереход)[еау]?\s+{_N}", "crossing"),
    (r"международн(?:ый|ом|ого)\s+(?P<rest>(?:пункт|КПП|погранпереход|пограничн)\S*\s.+)", "rest"),
    (rf"(?:рядом\s+с|около|близ|вблизи)\s+(?:[а-яё-]+(?:ого|ым|ом)\s+){{0,2}}{_SETTLEMENT}\s+{_N}", "near"),
    (rf"(?P<rest>.+?)\s+на\s+{_QUARTER}\s+[А-ЯЁ]\S+", "rest"),
    # a lead "на (одном из) участк(е|ов) X" (on (one of) the sections of X): a part of X, so X
    (r"на\s+(?:одном\s+из\s+)?участк(?:е|ов)\s+(?P<rest>\S.*)", "rest"),
    # a lead "на юге X" (in the south of X): a part of X, inside it, so X ("к югу от X", south of it, is not this)
    (rf"на\s+(?:крайнем\s+)?{_QUARTER}\s+(?P<rest>[А-ЯЁ]\S*(?:\s+\S+)?)", "rest"),
    (r"(?:в\s+)?провинци[иья]\s+(?P<name>[А-ЯЁ][а-яё]+)\s+и\s+(?P<unit>[А-ЯЁ][а-яё]+)(?:,\s+[А-ЯЁ][а-яё]+)?", "pair"),
    # "уезд X в провинции Y" (the district X in Y province): read as "уезд X, провинция Y" (geo89)
    (
        r"(?:(?:в\s+)?уезд[еау]?|район)\s+(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)\s+в\s+провинции\s+"
        r"(?P<unit>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)",
        "unit_in",
    ),
    # Tajik
    (rf"(?:дар\s+)?шаҳраки\s+{_N}", "town"),
    (rf"(?:дар\s+)?заставаи\s+сарҳадии\s+{_N}", "post"),
    (rf"(?:дар\s+)?(?:пости\s+гумрукии|гумруки)\s+{_N}", "customs"),
    (rf"{_N}\s+дар\s+(?:сарҳад|марз)\s+бо\s+\S+", "name"),
    (rf"{_N}\s+дар\s+марзи\s+\S+(?:\s+ва)?(?:\s+\S+)?", "name"),
    (rf"(?:дар\s+)?гузаргоҳи\s+(?!сарҳадии){_N}", "crossing"),
    (r"(?:дар\s+)?гузаргоҳи\s+(?!сарҳадии)(?P<rest>\S.*)", "rest"),
    (rf"(?:дар\s+)?наздикии\s+{_N}", "near"),
    (rf"(?:дар\s+)?минтақаи\s+{_N}", "area"),
    # Uzbek Cyrillic
    (rf"{_N}\s+шаҳр(?:и|ида|идаги|ининг|ига)", "town"),
    (rf"{_N}\s+(?:чегара\s+ўтиш|назорат-ўтказиш)\s+пункт(?:и|ида|идаги|ига)", "crossing"),
    (r"(?P<name>[«“„\"][^«»“”„\"]+[»”\"])\s+чегара\s+божхона\s+пост(?:и|ида|идаги|ига)", "post"),
    (r"\S+\s+билан\s+(?:чегарадош|чегара(?:да)?\s+жойлашган)\s+(?P<rest>\S.*)", "rest"),
    (rf"{_N}\s+(?:шаҳри\s+)?(?:яқини(?:да|даги)|атрофи(?:да|даги))", "near"),
    (rf"{_N}\s+ҳудуди(?:да|даги)", "name"),
    # "Ўзбекистон томонида (эса) X" (on Uzbekistan's side (then), X): the side is a country, the place follows;
    # "A ва B чегарасидаги X" (X, on the A–B border), as the Latin "A-B chegarasidagi X"
    (r"[А-ЯЁЎҚҒҲ]\S+\s+томони(?:да|даги)\s+(?:эса\s+)?(?P<rest>\S.*)", "rest"),
    (r"[А-ЯЁЎҚҒҲ]\S+\s+ва\s+[А-ЯЁЎҚҒҲ]\S+\s+чегараси(?:даги|да)\s+(?P<rest>\S.*)", "rest"),
    (r"(?P<name>[«“„\"][^«»“”„\"]+[»”\"])\s+пост(?:и|ида|идаги|ига)", "post"),
    # Kazakh
    # "X (теміржол / (бақылау-)өткізу) бекеті" (the X (railway / (control-and-)crossing) post: "бақылау-өткізу" is
    # the Russian "контрольно-пропускной", batch 83's g8027, geo166), "X (шекаралық) өткізу пункті" (the X (border)
    # crossing point), read as a post: its quoted name stays a designation only a border place answers;
    # "Y тарапындағы X" (X on Y's side: the side is a country)
    (
        rf"{_N}\s+(?:(?:теміржол\s+|(?:бақылау-)?өткізу\s+)?бекет|(?:шекаралық\s+)?өткізу\s+пункт)"
        r"(?:і|інде|індегі|інің|іне)",
        "post",
    ),
    (r"[А-ЯЁӘҒҚҢӨҰҮҺІ]\S+\s+тарапындағы\s+(?P<rest>\S.*)", "rest"),
    # Kyrgyz
    (rf"{_N}\s+чек\s+ара\s+(?:пост|тозот)(?:у|унда|ундагы)", "post"),
    (rf"{_N}\s+өткөрүү\s+(?:пункт(?:у|унда|ундагы)|бекет(?:и|инде|индеги))", "crossing"),
    (rf"{_N}\s+бажы\s+(?:пост(?:у|унда|ундагы)|бекет(?:и|инде|индеги))", "customs"),
    (r"\S+\s+менен\s+чектеш\s+(?P<rest>\S.*)", "rest"),
    (rf"{_N}\s+\S+\s+менен\s+чек\s+арада", "name"),
    (rf"{_N}{_KY_GENITIVE}\s+жаны(?:нда|ндагы)", "near"),
    (rf"{_N}\s+тарапта", "name"),
)

#: The rows compiled; "adj" (a detachment named by its district's adjective) is read as that district.
CYRILLIC_HEADS = tuple(
    (re.compile(pattern, re.IGNORECASE), "district_adj" if kind == "adj" else kind) for pattern, kind in _ROWS
)
