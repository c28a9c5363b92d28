"""incident-tracker: keep your own record of border and security incidents.

The library is usable without the CLI::

    from incident_tracker.store import IncidentStore, Filters
    store = IncidentStore.open("incidents.db")
    for incident in store.query(Filters(countries=["TJ"])):
        print(incident["event_date"], incident["place"], incident["killed"])
"""

__version__ = "0.1.0"
