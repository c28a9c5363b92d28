"""Commands for reports (``tracker timeline``, ``stats``, ``chart``)."""
