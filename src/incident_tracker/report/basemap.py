"""Country outlines for ``tracker map`` and ``tracker brief``, offline, and the credit every map carries.

The outlines themselves are read by :mod:`..outlines` (Natural Earth's 1:110 million
countries from the ``countryinfo`` package, nothing downloaded), which the store's check of
coordinates far outside their country reads too; this module is the report layer's door to
them. What the data can and cannot carry (see docs/reports.md):

- Countries only: provinces are not drawn; a province-precise incident is drawn as a
  large faint circle instead.
- At 1:110 million a border is accurate to tens of kilometres. The map says so, and it
  must never be used to judge on which side of a border an incident happened.
- Some small territories have no outline (about 80 of 250 files); they are simply absent.
"""

from __future__ import annotations

from ..outlines import Country, Ring, countries, countries_in

#: The credit every map carries (public domain needs none, but people should know what they see).
BORDERS_CREDIT = "Borders: Natural Earth 1:110m (public domain) via world.geo.json and the countryinfo package"

__all__ = ["BORDERS_CREDIT", "Country", "Ring", "countries", "countries_in"]
