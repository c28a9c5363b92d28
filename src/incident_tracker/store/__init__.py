"""Storage: opening and migrating the database, reading and writing incidents."""

from .database import default_path, open_database
from .filters import Filters, Near
from .incidents import IncidentStore

__all__ = ["Filters", "IncidentStore", "Near", "default_path", "open_database"]
