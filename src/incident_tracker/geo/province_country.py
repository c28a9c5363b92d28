"""A province's name followed by its own country's name, with no comma: the country taken as the province's constraint.

Persian and Dari write the country after a place with no linking word: "بدخشان افغانستان" (Badakhshan,
Afghanistan; the dev set's g4949, "ولسوالی مرزی بدخشان افغانستان", a border district of Afghan Badakhshan).
The Arabic-script reader knows "بدخشان، افغانستان" and "ولایت بدخشان افغانستان" (a unit word opening the text:
:mod:`.persian_words`), but a bare province with the country after it was read as one unknown name, and
after "ولسوالی مرزی" (border district) the comma that :mod:`.persian_words` puts before the country broke the
reading that lets the province stand in: nothing was answered where the text names the province twice over.

The country adds nothing once the province is known to lie in it, so it goes: "بدخشان افغانستان" is read as
"بدخشان". Only where the province is the whole head (alone, or after a unit word and "مرزی", border; not "ولسوالی X
بدخشان افغانستان", whose district X is the place), and the last one or two words before the country are a province
of **that** country by exact name (GeoNames' admin1 list and ``admin1_aliases.tsv``, as the gazetteer build reads
them): a province name the country does not hold ("بدخشان تاجیکستان": Tajikistan's province is "Kuhistoni
Badakhshon") keeps the text as it was, and stays empty, as a country that disagrees with the name should leave it
(wrong is worse than empty); so does a name that provinces of two countries bear, where the country is what
tells them apart. A twin town after which a country tells the side ("ایشکاشم تاجیکستان") is no province
and is untouched (geo152 left this shape for that reason).
"""

from __future__ import annotations

from functools import lru_cache

from .phrase_patterns import COUNTRY_STEMS
from .scripts import has_arabic
from .text import name_key

#: The region's countries as Arabic-script texts name them, from the readers' own table.
_ARABIC_COUNTRIES = {stem: code for stem, code in COUNTRY_STEMS.items() if "\u0600" <= stem[0] <= "\u06ff"}


#: The only words that may stand before the province: a unit word and "border" ("ولسوالی مرزی", a border district
#: of; "ولایت", province). Another word before it is a place of its own (a district, a distance from the province's
#: seat), whose reading the country may still be needed for; the rule is left to the province named alone.
_HEAD_WORDS = frozenset({"ولسوالی", "ولسوالی‌های", "ولسوالیهای", "ولایت", "استان", "صوبہ", "صوبه", "مرزی", "سرحدی"})


@lru_cache(maxsize=1)
def _province_countries() -> dict[str, frozenset[str]]:
    """Name key → the countries with a province so named (admin1CodesASCII.txt's names and the aliases)."""
    from .gazetteer import data_dir

    data = data_dir()
    found: dict[str, set[str]] = {}

    def add(code: str, names: list[str]) -> None:
        for name in names:
            if key := name_key(name):
                found.setdefault(key, set()).add(code.split(".")[0])

    for line in data.joinpath("admin1CodesASCII.txt").read_text("utf-8").splitlines():
        fields = line.split("\t")
        add(fields[0], fields[1:3])
    for line in data.joinpath("admin1_aliases.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            add(fields[0], fields[1:])
    return {key: frozenset(codes) for key, codes in found.items()}


def own_country_off(text: str) -> str | None:
    """ "… بدخشان افغانستان" → "… بدخشان" when the words before the country name a province of that country;
    None when the text is not of this shape (or the province is another country's)."""
    if not has_arabic(text):
        return None
    words = text.split()
    if len(words) < 2 or (code := _ARABIC_COUNTRIES.get(words[-1])) is None:
        return None
    for size in (2, 1):
        head = words[: -1 - size]
        if len(words) > size and (countries := _province_countries().get(name_key(" ".join(words[-1 - size : -1])))):
            return " ".join(words[:-1]) if countries == {code} and all(word in _HEAD_WORDS for word in head) else None
    return None
