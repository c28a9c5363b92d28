"""How a library error is worded for the person at the command line.

The library speaks of record fields ("killed_low"), never of flags: :func:`error_text` leads a
message that names a field with the option that sets it, or adds where to look. Imported only
when an error is shown.
"""

from ..errors import StoredDatesError, TrackerError


def error_text(exc: TrackerError) -> str:
    """The library's message, led by the option the user typed when the error names a field.

    The library speaks of record fields ("killed_low"), never of flags; an error that
    carries ``field`` is shown as ``--killed: …`` so the user sees what to change. A message
    that already names the option is left as it is.
    """
    text = str(exc)
    if isinstance(exc, StoredDatesError):
        return f"{text} The repair: 'tracker edit {exc.incident_id} --date-precision {exc.repair_precision}'."
    name = getattr(exc, "field", None)
    if not isinstance(name, str):
        return text
    from .record_options import OPTION_FOR_FIELD

    if name in HINT_FOR_FIELD:
        return f"{text} {HINT_FOR_FIELD[name]}"
    option = OPTION_FOR_FIELD.get(name) or OPTION_FOR_FIELD.get(name.replace(" ", "_")) or OTHER_OPTIONS.get(name)
    if option is None or option in text:
        return text
    return f"{option}: {text}"


#: The fields of filters, outputs and settings that library errors name (``TrackerError.field``),
#: and the option that sets each; the record's own fields are in ``OPTION_FOR_FIELD``.
OTHER_OPTIONS = {
    "since": "--since",
    "until": "--until",
    "near": "--near",
    "within": "--within",
    "search": "--search",
    "group": "--group",
    "out": "--out",
    "format": "--format",
    "force": "--force",
    "database": "--db",
    "null_geometry": "--null-geometry",
}

#: What the CLI adds to an error about a field that no option sets: where to look.
HINT_FOR_FIELD = {
    "skip_invalid": "Or import the others with --skip-invalid.",
    "replace": "Give --force to replace it, or choose another file name.",
    "incident_id": "'tracker list' shows the ids ('tracker list --deleted' the deleted ones).",
}
