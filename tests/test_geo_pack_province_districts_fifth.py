"""District seats for the label points, and the names still unsourced, fifth pass (issue 13;
docs/geocoding-journal.md, "District seats for the label points, and the names still unsourced, fifth pass
(geo145)"; ``geo/data/border_places.tsv``).

District rows that stood at their outline's label point now stand at the seat a source names: a GeoNames record
that names itself the district's seat, or the capital a Wikipedia article names, placed by GeoNames. Every string
here is written for these tests. The first groups fail on the tree before this pass; the guards pass on both.
"""

from __future__ import annotations

import pytest

from _geo_helpers import assert_district_row_answers
from incident_tracker.geo.chain import Resolver


@pytest.mark.parametrize(
    ("text", "country", "name", "point"),
    [
        ("Shamulzayi district", "AF", "Shamulzayi District", (31.90873, 67.64614)),  # ‘Alāqahdārī Shumūlzaī
        ("Kajaki district", "AF", "Kajaki District", (32.32406, 65.10748)),  # ‘Alāqahdārī Kajakī
        ("Jadran district", "AF", "Jadran District", (33.36493, 69.44137)),  # Ḩukūmatī Wazē
        ("Garmser district", "AF", "Garmser District", (31.13231, 64.1934)),  # Markaz-e Ḩukūmat-e Darwēshān
        ("Daychopan district", "AF", "Daychopan District", (32.63171, 66.78481)),  # Maḩalī Ḩokūmat
        ("Panjwayi district", "AF", "Panjwayi District", (31.54622, 65.46)),  # Bāzār-e Panjwā’ī
        ("Jaloliddini Rumi district", "TJ", "Jaloliddini Rumi District", (37.58823, 68.65886)),  # Kolkhozobod
        ("Temurmalik district", "TJ", "Temurmalik District", (38.0467, 69.58822)),  # Sovet
        ("Jilikul district", "TJ", "Jilikul District", (37.49167, 68.53106)),  # Jilikŭl
        ("Qalandar district", "AF", "Qalandar District", (33.5137, 69.67531)),  # Khōst Mēlah
        ("Zhari district", "AF", "Zhari District", (31.57349, 65.42839)),  # Pasāb
    ],
)
def test_a_district_answers_at_its_seat(
    resolver: Resolver, text: str, country: str, name: str, point: tuple[float, float]
) -> None:
    """The rows stood at the label point of Who's On First's outline, 3.5 to 68 km from the seat a source names."""
    assert_district_row_answers(resolver, text, country, name, point)
