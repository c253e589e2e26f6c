"""The note on employers ``matching.fair_cuts.regroup`` moved reads as Chinese and names the fair
each employer joined, as the plan shows it, so the organiser can trace every move (Henan by
industry printed 「…等 4 家单位各移到已有同一城市单位的另一场」, naming no fair)."""

from matching.fair_cuts import moved_note


def test_one_employer_moved_names_the_fair_it_joined():
    assert moved_note("水利", {"社旗县水利局": "水利专场（之二）"}) == (
        "水利：社旗县水利局移到已有同一城市单位的水利专场（之二），使同一位毕业生可报考的岗位尽量同场")


def test_employers_joining_one_fair_are_named_together_without_each():
    note = moved_note("自然资源", {"解放分局": "自然资源专场（之二）", "马村分局": "自然资源专场（之二）"})
    assert note.startswith("自然资源：解放分局、马村分局移到已有同一城市单位的自然资源专场（之二），")
    assert "各移到" not in note


def test_employers_joining_different_fairs_each_name_their_fair():
    note = moved_note("党政机关", {"汤阴县人民政府办公室": "党政机关专场（之三）", "中共舞钢市委办公室": "党政机关专场（之五）",
                               "甲": "党政机关专场（之十）", "乙": "党政机关专场（之十）"})
    assert note == ("党政机关：汤阴县人民政府办公室移到党政机关专场（之三）；中共舞钢市委办公室移到党政机关专场（之五）；"
                    "甲、乙移到党政机关专场（之十）（各场已有同一城市的单位），使同一位毕业生可报考的岗位尽量同场")


def test_many_employers_joining_one_fair_are_said_compactly():
    note = moved_note("农业农村", {name: "农业农村专场（之四）" for name in "甲乙丙丁戊"})
    assert note.startswith("农业农村：甲、乙、丙等 5 家单位移到已有同一城市单位的农业农村专场（之四）")


def test_fair_name_is_the_name_the_plan_shows():
    from matching.fair_parts import fair_name  # new with the note that names fairs

    assert fair_name("党政机关", 3, 12) == "党政机关专场（之三）"
    assert fair_name("水利", 1, 1) == "水利专场"
