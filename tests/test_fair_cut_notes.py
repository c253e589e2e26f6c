"""The note on employers ``matching.fair_cuts.regroup`` moved reads as Chinese: 「各」 (each) only
when more than one moved (Henan by industry printed 「水利：社旗县水利局各移到…」)."""

from matching.fair_cuts import moved_note


def test_one_employer_moved_is_not_said_as_several():
    assert moved_note("水利", ["社旗县水利局"]) == "水利：社旗县水利局移到已有同一城市单位的另一场，使同一位毕业生可报考的岗位尽量同场"


def test_several_employers_moved_each():
    assert moved_note("文化旅游", ["内乡县文化广电和旅游局", "西峡县文化广电和旅游局"]).startswith(
        "文化旅游：内乡县文化广电和旅游局、西峡县文化广电和旅游局各移到已有同一城市单位的另一场")
    assert moved_note("党政机关", ["甲", "乙", "丙", "丁"]).startswith("党政机关：甲、乙、丙等 4 家单位各移到")
