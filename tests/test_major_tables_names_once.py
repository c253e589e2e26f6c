"""``MajorCodeTables`` normalises each name once while indexing (it did each 研究生 name in seven passes), and the
indexes it builds read names in any written form."""

from __future__ import annotations

from dataclasses import fields

import features.major_codes as major_codes
from features.catalog import normalise_major_name
from features.major_codes import MajorCodeTables
from service.model_store import load_major_code_tables


def test_each_name_is_normalised_once_while_indexing(monkeypatch):
    shipped = load_major_code_tables()
    calls = []

    def counted(name):
        calls.append(name)
        return normalise_major_name(name)

    monkeypatch.setattr(major_codes, "normalise_major_name", counted)
    MajorCodeTables(**{f.name: getattr(shipped, f.name) for f in fields(MajorCodeTables)})
    names = (sum(len(v) for v in shipped.graduate_names.values()) + len(shipped.junior_names)
             + len(shipped.junior_catalog) + len(shipped.undergrad_old_names) + len(shipped.reference_classes))
    assert len(calls) == names


def test_the_indexes_read_names_however_written():
    tables = MajorCodeTables(graduate_names={"0835": ("软件工程",), "085405": ("软件工程",), "1002": ("临床医学",),
                                             "100201": ("内科学",), "1051": ("临床医学",), "105101": ("内科学",)})
    assert tables.graduate_code("软件工程（ ）") == "0835"
    assert tables.second_level_code("内科学 ") == "100201"
    assert tables.field_aliases("085405") == frozenset({"085405"})
    assert tables.namesakes("085405") == ("软件工程", frozenset({"0835"}))
    assert tables.second_level_holders("100201") == frozenset({"1002", "1051"})
