"""Commands for places and geocoding (``tracker places``, ``gazetteer``, ``geocode``)."""
