"""An enclave with the region around it: "Баткенской области узбекский анклав Сох", "анклав Сох Баткенской области".

An enclave lies inside a region of another country: the Uzbek district of Sokh is surrounded by Kyrgyzstan's Batken
region, and reports place it so ("the Uzbek exclave of Sokh in Batken region"). The Russian reader took the region's
genitive for the unit that holds the place: after the enclave, the name "анклав Сох" was looked up inside Batken
region, not found, and the Kyrgyz region stood in (`admin1`) for Uzbekistan's district; before it, nothing was read
at all (the seventy-fourth batch's `dev` g7154; docs/geocoding-journal.md, "Batch 74's dev failures and the
leftovers: rules (geo147)"). The region around an enclave says where it lies, not whose it is: it is dropped, and
the enclave ("(узбекский) анклав Сох") is read as it is alone. Only the enclave word ("анклав", "эксклав") with a
capitalised name, and a region or district in the genitive ("…ской области", "…ского района") right before or
after it; regular expressions only.
"""

from __future__ import annotations

import re

_ENCLAVE = r"(?P<enclave>(?:[а-яё]+(?:ск|цк)ий\s+)?(?:анклав|эксклав)\s+[«\"]?[А-ЯЁ][а-яё-]+[»\"]?)"
_AROUND = r"(?:в\s+|на\s+территории\s+)?[А-ЯЁ][а-яё-]+(?:ск|цк)(?:ой\s+области|ого\s+района)"
_BEFORE = re.compile(rf"^{_AROUND},?\s+{_ENCLAVE}$")
_AFTER = re.compile(rf"^{_ENCLAVE},?\s+{_AROUND}$")


def enclave_without_region(text: str) -> str | None:
    """The enclave of ``text`` without the region around it ("узбекский анклав Сох"), or None."""
    if "клав" not in text:
        return None  # most strings, at no cost
    match = _BEFORE.match(text) or _AFTER.match(text)
    return match.group("enclave") if match else None
