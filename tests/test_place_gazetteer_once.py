"""``features.place_gazetteer.gazetteer`` is built once and shared by ``features.place_inference`` and
``county_spellings`` (``features.place_keys``): every caller gets the same read-only tables."""

import pytest

from features.place_gazetteer import gazetteer


def test_every_call_returns_the_same_tables():
    first, again = gazetteer(), gazetteer()
    assert len(first) == len(again) == 3 and all(a is b for a, b in zip(first, again))


def test_the_shared_tables_cannot_be_changed_by_a_caller():
    names, henan_xinjiang_shorts, other_shorts = gazetteer()
    assert names["昆山市"].prefecture == "苏州市"
    for table in (names, henan_xinjiang_shorts, other_shorts):
        with pytest.raises(TypeError):
            table["某地"] = names["昆山市"]
