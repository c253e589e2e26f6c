"""Load and save the artifacts of the major-fit work: code tables and the trained model.

Package data and model folders are read here, at the service edge, and handed to
``features``/``matching`` as objects.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from features.major_codes import MajorCodeTables


def _package_json(name: str) -> dict:
    text = resources.files("features").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return json.loads(text)


@functools.cache
def load_major_code_tables() -> MajorCodeTables:
    """研究生 disciplines, old undergraduate codes, 专科 names shipped in ``features/data``."""
    return MajorCodeTables.from_data(
        disciplines=_package_json("graduate_disciplines.json")["disciplines"],
        graduate_second_level=_package_json("graduate_second_level.json")["codes"],
        undergrad_old_codes=_package_json("undergrad_old_codes.json")["codes"],
        undergrad_old_names=_package_json("undergrad_old_names.json")["codes"],
        junior_names=_package_json("junior_majors.json")["codes"],
        vocational_to_undergrad=_package_json("vocational_to_undergrad.json")["codes"],
    )
