"""Policy lists (政策清单): reading and checking the file (``service.policy_file``) and each
condition's verdict for a graduate (``matching.policies``, through the rules engine)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from features.education import EducationLevel, EducationRequirement
from features.policies import GraduationWindow, Policy, parse_graduation_window, parse_hardship_requirement
from features.records import Graduate, Hardship
from matching.policies import check_policy, graduate_policies
from matching.rules import RulesEngine
from matching.verdict import Status
from service.api.withheld import redact
from service.errors import InputFileError
from service.policy_file import PolicyFileError, read_policies

HEADER = "政策编号,政策名称,类别,内容/待遇,适用对象,学历,毕业年份或离校年限,年龄,困难类别,户籍或地区,其他条件,申请方式,截止日期,发布单位,政策依据"
GOOD_ROWS = [
    "P1,求职创业补贴,就业补贴,一次性补贴，标准以当地公布为准,毕业年度内困难毕业生,大专及以上,毕业年度内,,"
    "低保、脱贫家庭、残疾；或获得国家助学贷款,,,向学校申请,2027年6月,人社局,文件一",
    "P2,就业见习,就业见习,见习补贴,离校2年内未就业,不限,离校2年内未就业,16-24周岁,不限,新疆,,向公共就业服务机构报名,长期,人社局,",
]


def write(folder: Path, rows: list[str], *, name: str = "policies.csv", encoding: str = "utf-8-sig",
          header: str = HEADER, title: bool = True) -> Path:
    lines = (["示例数据：仅供测试"] if title else []) + [header, *rows]
    path = folder / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


# --- reading the file --------------------------------------------------------------------------


def test_csv_with_a_title_row_reads_every_column(tmp_path):
    found = read_policies(write(tmp_path, GOOD_ROWS))
    first, second = found.policies
    assert (first.id, first.name, first.category, first.audience) == ("P1", "求职创业补贴", "就业补贴", "毕业年度内困难毕业生")
    assert first.education == EducationRequirement(minimum=EducationLevel.JUNIOR_COLLEGE)
    assert first.graduation == GraduationWindow(current_year=True, text="毕业年度内")
    assert first.hardship.categories == {Hardship.LOW_INCOME_FAMILY, Hardship.POVERTY_ALLEVIATION, Hardship.DISABILITY}
    assert first.hardship.alternatives == ("获得国家助学贷款",)
    assert first.deadline == dt.date(2027, 6, 30)  # a month is its last day
    assert (first.how_to_apply, first.issuer, first.basis) == ("向学校申请", "人社局", "文件一")
    assert second.education.any_level and second.age == "16-24周岁" and second.hukou == "新疆"
    assert second.hardship is None and second.deadline is None  # 不限, 长期
    assert second.graduation == GraduationWindow(years_after=2, unemployed=True, text="离校2年内未就业")


def test_gb18030_csv_and_english_aliases(tmp_path):
    header = "id,name,category,content,audience,education,graduation,age,hardship,hukou,other,how_to_apply,deadline,issuer,basis"
    path = write(tmp_path, GOOD_ROWS, encoding="gb18030", header=header, title=False)
    assert [p.name for p in read_policies(path).policies] == ["求职创业补贴", "就业见习"]


def test_xlsx_header_under_title_rows(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["某某市人社局 2026 年高校毕业生就业政策清单"])
    sheet.append(["（示例）"])
    sheet.append(["政策编号", "政策名称", "学历", "年龄", "截止日期"])
    sheet.append(["X1", "三支一扶", "大专及以上", "30周岁以下", dt.datetime(2027, 5, 31)])
    path = tmp_path / "policies.xlsx"
    book.save(path)
    (policy,) = read_policies(path).policies
    assert (policy.id, policy.age, policy.deadline) == ("X1", "30周岁以下", dt.date(2027, 5, 31))


BAD_CELLS = [
    ("学历", "全日制本科", "无法识别的学历条件「全日制本科」"),
    ("学历", "会说维吾尔语", "无法识别的学历条件"),
    ("毕业年份或离校年限", "2024届", "无法识别的毕业年份条件「2024届」"),
    ("毕业年份或离校年限", "离校20年内", "离校年限须为 1–10 年"),
    ("年龄", "身体健康", "无法识别的年龄条件「身体健康」"),
    ("困难类别", "单亲家庭", "单亲家庭本身不是困难类别"),
    ("困难类别", "残疾军人子女", "亲属"),
    ("户籍或地区", "身体健康", "无法识别的户籍条件"),
    ("户籍或地区", "中共党员", "无法识别的户籍条件「中共党员」"),
    ("户籍或地区", "外省", "无法识别的户籍条件"),  # a suffix alone (省, 镇, 区) names no place
    ("户籍或地区", "有驾照", "其他要求请写在「其他条件」列"),
    ("截止日期", "下个月", "无法识别的截止日期「下个月」"),
    ("政策编号", "", "政策编号为空"),
    ("政策编号", "a/b", "编号不能含有空格"),
    ("政策名称", "", "政策名称为空"),
]


@pytest.mark.parametrize(("column", "value", "fragment"), BAD_CELLS)
def test_a_bad_cell_names_file_row_and_column_and_loads_nothing(tmp_path, column, value, fragment):
    columns = HEADER.split(",")
    cells = GOOD_ROWS[1].split(",")
    cells[columns.index(column)] = value
    path = write(tmp_path, [GOOD_ROWS[0], ",".join(cells)])
    with pytest.raises(PolicyFileError) as caught:
        read_policies(path)
    (error,) = caught.value.errors
    assert (error.file, error.row, error.column) == (str(path), 4, column)  # title row, header, P1, the bad row
    assert fragment in error.message
    assert f"第 4 行，列「{column}」" in str(caught.value) and "未载入任何政策" in str(caught.value)


@pytest.mark.parametrize("place", ["北京", "河南", "上海市户籍", "新疆或西藏", "伊犁州", "郑州市", "献县", "本市户籍",
                                   "南疆四地州", "南平户籍", "沁水籍", "北京生源", "阿盟户籍"])
def test_known_and_suffixed_places_are_read_as_hukou(tmp_path, place):
    """A province the place tables know is a place even when its key is its own name, and so is
    a place the cell calls a hukou (「南平户籍」), known or not (gkld's 户籍地 cells read so)."""
    cells = GOOD_ROWS[1].split(",")
    cells[HEADER.split(",").index("户籍或地区")] = place
    (_, policy) = read_policies(write(tmp_path, [GOOD_ROWS[0], ",".join(cells)])).policies
    assert policy.hukou == place


def test_every_bad_row_is_listed_and_a_repeated_id_is_one(tmp_path):
    path = write(tmp_path, [GOOD_ROWS[0], GOOD_ROWS[0], GOOD_ROWS[1].replace("16-24周岁", "年轻")])
    with pytest.raises(PolicyFileError) as caught:
        read_policies(path)
    assert [(e.row, e.column) for e in caught.value.errors] == [(4, "政策编号"), (5, "年龄")]
    assert "与第 3 行重复" in caught.value.errors[0].message


def test_a_missing_name_column_and_other_formats_are_refused(tmp_path):
    path = write(tmp_path, ["P1,大专及以上"], header="政策编号,学历")
    with pytest.raises(InputFileError, match="缺少必需的列「政策名称」"):
        read_policies(path)
    (tmp_path / "p.json").write_text('[{"政策编号": "P1", "政策名称": "x"}]', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"政策文件须为 \.xlsx 或 \.csv"):
        read_policies(tmp_path / "p.json")


def test_the_shipped_sample_loads_and_says_it_is_illustrative():
    path = Path(__file__).resolve().parents[1] / "samples" / "policies.csv"
    assert "示例数据" in path.read_text(encoding="utf-8-sig").splitlines()[0]
    policies = read_policies(path).policies
    assert 6 <= len(policies) <= 10 and all(p.basis for p in policies)


def test_the_sample_states_no_condition_more_narrowly_than_the_programmes_do(engine):
    """西部计划 takes 应届 graduates and postgraduates still studying, as the year's notice says;
    特岗 lets a master's graduate be older than 30; the job-seeking subsidy is for 低保 and 特困
    households, part of the record's 低收入家庭: none of these may be a flat 符合 or 不符合."""
    path = Path(__file__).resolve().parents[1] / "samples" / "policies.csv"
    policies = {p.name: p for p in read_policies(path).policies}
    postgraduate = replace(GRADUATE, education=EducationLevel.MASTER, graduation_year=2028, birth_date=dt.date(1993, 3, 1),
                           hardship=frozenset({Hardship.LOW_INCOME_FAMILY}))
    found = {name: check_policy(engine, postgraduate, p) for name, p in policies.items()}
    assert found["大学生志愿服务西部计划"].status is Status.NEEDS_REVIEW
    assert found["农村义务教育阶段学校教师特设岗位计划（特岗教师）"].status is Status.NEEDS_REVIEW
    last_year = replace(postgraduate, graduation_year=2026)  # in December, not 应届 for next spring's recruitment
    assert check_policy(engine, last_year, policies["大学生志愿服务西部计划"]).status is Status.NEEDS_REVIEW
    subsidy = check_policy(engine, last_year, policies["一次性求职创业补贴"])
    assert subsidy.status is Status.NEEDS_REVIEW and "请核实是否属于低保家庭、特困人员" in subsidy.reasons[0]


def test_graduation_and_hardship_texts():
    assert parse_graduation_window("毕业年度内或离校两年内") == GraduationWindow(True, 2, False, "毕业年度内或离校两年内")
    assert parse_graduation_window("不限") is None and parse_hardship_requirement("") is None
    with pytest.raises(ValueError, match="没有写出任何类别"):
        parse_hardship_requirement("无残疾")


# --- eligibility -------------------------------------------------------------------------------

DAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def engine():
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=DAY)


GRADUATE = Graduate(id="G", name="古丽", education=EducationLevel.BACHELOR, graduation_year=2026, birth_date=dt.date(2003, 5, 1),
                    hukou="新疆乌鲁木齐市天山区", ethnicity="维吾尔族", hardship=frozenset({Hardship.DISABILITY}))


def verdict(engine, graduate=GRADUATE, **conditions):
    return check_policy(engine, graduate, Policy(id="P", name="政策", **conditions))


def test_education_condition(engine):
    need = EducationRequirement(minimum=EducationLevel.MASTER)
    refused = verdict(engine, replace(GRADUATE), education=need)
    assert refused.status is Status.NOT_ELIGIBLE and refused.reasons == ("学历不符：政策要求硕士研究生及以上，您的学历为本科",)
    unknown = verdict(engine, replace(GRADUATE, education=None), education=need)
    assert unknown.status is Status.NEEDS_REVIEW and "学历待核实" in unknown.reasons[0]


@pytest.mark.parametrize(("text", "year", "status", "fragment"), [
    ("毕业年度内", 2026, Status.ELIGIBLE, "毕业年份符合"),
    ("毕业年度内", 2027, Status.ELIGIBLE, "毕业年份符合"),  # the graduating school year spans two calendar years
    ("毕业年度内", 2025, Status.NOT_ELIGIBLE, "毕业年份不符"),
    ("离校2年内", 2025, Status.ELIGIBLE, "离校年限符合"),
    ("离校2年内", 2024, Status.NEEDS_REVIEW, "取决于离校月份"),
    ("离校2年内", 2023, Status.NOT_ELIGIBLE, "离校已超过2年"),
    ("离校2年内", 2027, Status.NOT_ELIGIBLE, "尚未离校"),
    ("毕业年度内或离校2年内", 2027, Status.ELIGIBLE, "毕业年份符合"),
    ("离校2年内未就业", 2026, Status.NEEDS_REVIEW, "就业状态待核实"),
    ("离校2年内", None, Status.NEEDS_REVIEW, "毕业年份待核实"),
])
def test_graduation_window_counts_from_the_reference_year(engine, text, year, status, fragment):
    found = verdict(engine, replace(GRADUATE, graduation_year=year), graduation=parse_graduation_window(text))
    assert found.status is status and fragment in found.reasons[0]


def test_age_condition_uses_the_rules_engine_age_parser(engine):
    assert verdict(engine, age="16-24周岁").status is Status.ELIGIBLE  # 23 on the reference day
    old = verdict(engine, replace(GRADUATE, birth_date=dt.date(1990, 1, 1)), age="30周岁以下")
    assert old.status is Status.NOT_ELIGIBLE and old.reasons == ("年龄不符：政策要求30周岁以下，您现年36周岁",)
    unknown = verdict(engine, replace(GRADUATE, birth_date=None), age="30周岁以下")
    assert unknown.status is Status.NEEDS_REVIEW and "出生日期未填写" in unknown.reasons[0]


def test_hardship_is_any_of_and_its_reasons_are_flagged_as_disclosing(engine):
    wanted = parse_hardship_requirement("低保、残疾")
    met = verdict(engine, hardship=wanted)
    assert met.status is Status.ELIGIBLE and "您登记为残疾" in met.reasons[0] and met.discloses == ("hardship",)
    none = verdict(engine, replace(GRADUATE, hardship=frozenset()), hardship=wanted)
    # Even a record without a category tells something about the graduate's hardship: audited.
    assert none.status is Status.NOT_ELIGIBLE and none.discloses == ("hardship",)
    other = verdict(engine, replace(GRADUATE, hardship=frozenset({Hardship.ZERO_EMPLOYMENT_FAMILY})),
                    hardship=parse_hardship_requirement("残疾；或获得国家助学贷款"))
    assert other.status is Status.NEEDS_REVIEW and other.reasons[0] == (
        "困难类别待核实：政策面向困难类别为残疾的毕业生（或获得国家助学贷款），您登记的困难类别为零就业家庭，"
        "请核实是否属于获得国家助学贷款的情形")
    unknown = verdict(engine, replace(GRADUATE, hardship=None), hardship=wanted)
    assert unknown.status is Status.NEEDS_REVIEW and "困难类别未填写" in unknown.reasons[0] and unknown.discloses == ()
    hidden = verdict(engine, redact(GRADUATE), hardship=wanted)
    assert "仅就业服务专员可见" in hidden.reasons[0] and hidden.discloses == ()


def test_a_graduate_without_a_category_is_told_so_without_blame(engine):
    """The graduate reads this about themself: the record holds none of the listed categories,
    said as a fact of the record (not 「您未登记」, which reads as something they failed to do)."""
    subsidy = parse_hardship_requirement("低收入家庭、残疾；或获得国家助学贷款")
    review = verdict(engine, replace(GRADUATE, hardship=frozenset()), hardship=subsidy)
    assert review.status is Status.NEEDS_REVIEW and review.reasons[0] == (
        "困难类别待核实：政策面向困难类别为低收入家庭、残疾的毕业生（或获得国家助学贷款），"
        "您的登记信息中没有政策所列的困难类别，请核实是否属于获得国家助学贷款的情形")
    refused = verdict(engine, replace(GRADUATE, hardship=frozenset()), hardship=parse_hardship_requirement("残疾"))
    assert refused.reasons == ("困难类别不符：政策面向困难类别为残疾的毕业生，您的登记信息中没有政策所列的困难类别",)
    assert all("未登记" not in r for r in review.reasons + refused.reasons)


@pytest.mark.parametrize("written", ["低保家庭", "特困人员", "低保、特困人员"])
def test_a_policy_for_part_of_a_category_reviews_graduates_registered_in_the_whole(engine, written):
    """低保 and 特困 fall in the record's 低收入家庭, which is wider: a 低收入家庭 graduate may not
    be 低保, so the policy says 待核实, naming the groups as the policy wrote them."""
    low_income = replace(GRADUATE, hardship=frozenset({Hardship.LOW_INCOME_FAMILY}))
    found = verdict(engine, low_income, hardship=parse_hardship_requirement(written))
    assert found.status is Status.NEEDS_REVIEW and found.discloses == ("hardship",)
    assert found.reasons[0] == (f"困难类别待核实：政策面向困难类别为{written}的毕业生，您登记为低收入家庭，"
                                f"这一类别比政策所列的{written}范围更宽，请核实是否属于{written}")
    # Named whole by another item, or by its own name, the category admits.
    assert verdict(engine, low_income, hardship=parse_hardship_requirement(f"{written}、低收入家庭")).status is Status.ELIGIBLE
    both = verdict(engine, replace(GRADUATE, hardship=frozenset({Hardship.LOW_INCOME_FAMILY, Hardship.DISABILITY})),
                   hardship=parse_hardship_requirement(f"{written}、残疾"))
    assert both.status is Status.ELIGIBLE and "您登记为残疾" in both.reasons[0]


def test_part_of_a_category_is_read_from_the_policy_text():
    req = parse_hardship_requirement("低保家庭、特困人员、脱贫家庭、残疾；或防返贫监测对象；或获得国家助学贷款")
    assert req.whole == {Hardship.POVERTY_ALLEVIATION, Hardship.DISABILITY}
    assert req.partial == ((Hardship.LOW_INCOME_FAMILY, "低保家庭"), (Hardship.LOW_INCOME_FAMILY, "特困人员"))
    assert req.alternatives == ("获得国家助学贷款",)  # 防返贫监测对象 lies in 脱贫家庭, named whole here
    assert parse_hardship_requirement("城乡低保和低收入家庭").partial == ()


def test_hukou_condition(engine):
    assert verdict(engine, hukou="新疆").status is Status.ELIGIBLE
    elsewhere = verdict(engine, replace(GRADUATE, hukou="河南省郑州市"), hukou="新疆")
    assert elsewhere.status is Status.NOT_ELIGIBLE and elsewhere.reasons[0].startswith("户籍不符：政策要求")
    assert verdict(engine, replace(GRADUATE, hukou=None), hukou="新疆").status is Status.NEEDS_REVIEW


def test_other_conditions_are_read_by_the_rules_where_they_can_be(engine):
    han = verdict(engine, replace(GRADUATE, ethnicity="汉族"), other="少数民族")
    assert han.status is Status.NOT_ELIGIBLE and "您为汉族" in han.reasons[0] and han.discloses == ("ethnicity",)
    cert = verdict(engine, other="具有教师资格证")
    assert cert.status is Status.NEEDS_REVIEW and cert.reasons[0].startswith("证书待核实：政策要求")
    # A workplace is a note in a job, but what a policy asks of its applicants: reviewed.
    place = verdict(engine, other="到中西部地区和艰苦边远地区基层单位就业")
    assert place.status is Status.NEEDS_REVIEW and "条件待人工核实" in place.reasons[0]
    disabled = verdict(engine, other="残疾人")
    assert disabled.status is Status.ELIGIBLE and disabled.discloses == ("hardship",) and "岗位" not in disabled.reasons[0]


def test_the_policys_own_words_are_quoted_as_written(engine):
    """The checks say 岗位 for a job and the reasons say 政策 for a policy, but not inside the text
    they quote from the policy."""
    found = verdict(engine, other="在见习岗位上参加见习满3个月")
    assert found.reasons == ("条件待人工核实：在见习岗位上参加见习满3个月",)
    assert verdict(engine, other="具有教师资格证").reasons[0].startswith("证书待核实：政策要求")


def test_deadline_and_policy_without_conditions(engine):
    past = verdict(engine, deadline=dt.date(2026, 6, 30))
    assert past.status is Status.NOT_ELIGIBLE and past.reasons == ("申请已截止：截止日期为2026年6月30日",)
    assert verdict(engine).reasons == ("本政策未列出限制条件，详见适用对象",)


def test_verdicts_list_eligible_then_review_then_refused_and_review_reasons_come_first(engine):
    policies = [
        Policy(id="NO", name="硕士", education=EducationRequirement(minimum=EducationLevel.MASTER)),
        Policy(id="CHECK", name="见习", education=EducationRequirement(minimum=EducationLevel.BACHELOR),
               graduation=parse_graduation_window("离校2年内未就业")),
        Policy(id="YES", name="补贴", hardship=parse_hardship_requirement("残疾")),
    ]
    result = graduate_policies(engine, GRADUATE, policies)
    assert [(m.policy_id, m.status) for m in result.matches] == [
        ("YES", Status.ELIGIBLE), ("CHECK", Status.NEEDS_REVIEW), ("NO", Status.NOT_ELIGIBLE)]
    check = result.matches[1]
    assert check.reasons[0].startswith("就业状态待核实") and check.reasons[1].startswith("学历符合")
    assert result.discloses() == ("hardship",) and result.discloses([Status.NOT_ELIGIBLE]) == ()
