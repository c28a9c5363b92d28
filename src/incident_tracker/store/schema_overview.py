"""``incidents_overview`` as migration m016 makes it: its latest revision is the latest in time.

m006's view took an incident's history row with the highest id, which was the latest when every
row was made here. An import (``import --with-history``) adds rows that another database made,
often earlier than this one's own changes, with higher ids; ``tracker history`` and ``show`` read
in (``changed_at``, id) order, and so, since m016, does the view. Like every shipped migration,
this text never changes: a later change to the view is a new migration.
"""

from __future__ import annotations

#: The latest history row of incident ``i``: by time, then by id (two changes in one second).
_LATEST = "FROM history AS h WHERE h.incident_id = i.id ORDER BY h.changed_at DESC, h.id DESC LIMIT 1"

OVERVIEW_VIEW = f"""
CREATE VIEW incidents_overview AS
SELECT
  i.id, i.event_date, i.event_date_end, i.date_precision,
  i.country, i.admin1, i.location, i.place, i.latitude, i.longitude, i.geo_precision,
  i.event_type, i.sub_event_type,
  i.killed, i.killed_low, i.killed_high, i.injured, i.injured_low, i.injured_high,
  i.attribution, i.perpetrator, i.attributed_by, i.origin_country, i.description,
  (SELECT count(*) FROM sources AS s WHERE s.incident_id = i.id) AS source_count,
  (SELECT h.changed_at {_LATEST}) AS last_revised_at,
  (SELECT h.action {_LATEST}) AS last_revision,
  (SELECT h.reason {_LATEST}) AS last_revision_reason,
  i.deleted_at IS NOT NULL AS deleted,
  i.uid
FROM incidents AS i"""
