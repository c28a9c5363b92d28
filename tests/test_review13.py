"""Review of session 13: the library speaks of fields, and one letter test serves every script check."""

from __future__ import annotations

import io

import pytest

from incident_tracker.errors import ValidationError
from incident_tracker.exchange.export import export_records


@pytest.mark.parametrize(("fmt", "layout"), [("csv", "tracker"), ("geojson", "tracker"), ("csv", "acled")])
def test_history_in_another_format_is_refused_by_field_not_flag(fmt, layout):
    """The library names the field it refuses (``with_history``), never the CLI's option."""
    with pytest.raises(ValidationError) as refused:
        export_records(None, io.StringIO(), fmt=fmt, layout=layout, with_history=True)  # type: ignore[arg-type]
    assert refused.value.field == "with_history"
    assert "--" not in str(refused.value) and "JSON lines" in str(refused.value)
