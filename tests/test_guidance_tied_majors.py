"""Review: a topic's 「涉及较多的专业」 is cut at three; when the cut falls inside a tie, the majors
left out with the same count are said (「等（另有 2 个专业同为 1 人）」), in the terminal, the files and
the /guidance page, rather than naming three of five equal majors by their spelling alone."""

from __future__ import annotations

from matching.guidance import Gap, GapExample, GraduateGuidance, cohort_guidance
from matching.guidance_topics import Topic
from service.guidance_report import long_rows, summary_lines, topic_dict
from tests.factories import graduate


def _cohort(majors: list[str]):
    people = [graduate(f"G{n}", major) for n, major in enumerate(majors)]
    gap = Gap(Topic.POLITICAL, ("J1",), 1, 0, 5, GapExample("J1", "文秘岗", "某局", "中共党员"),
              (("中共党员", 1),), (), ())
    guidance = [GraduateGuidance(p.id, 5, 5, (gap,)) for p in people]
    return cohort_guidance(guidance, people, job=lambda _: None, top=5), people


def test_a_cut_inside_a_tie_says_how_many_majors_share_the_count():
    cohort, people = _cohort(["审计学", "审计学", "园艺", "法学", "护理学", "历史学", "哲学"])
    [need] = cohort.topics
    assert need.top_majors[0] == ("审计学", 2) and len(need.top_majors) == 3
    assert need.majors_tied_out == 3  # five majors hold 1 graduate each, two of them shown
    note = "等（另有 3 个专业同为 1 人）"
    assert note in summary_lines(cohort, {p.id: p for p in people})[2]  # after 「以下条件无法通过培训改变…」
    assert long_rows(cohort, {p.id: p for p in people})[0]["majors"].endswith(note)  # CSV and XLSX
    assert topic_dict(need)["majors_tied_out"] == 3


def test_no_note_when_the_cut_falls_between_counts():
    cohort, people = _cohort(["审计学", "审计学", "审计学", "园艺", "园艺", "法学", "护理学"])
    [need] = cohort.topics
    assert need.majors_tied_out == 1  # 法学 and 护理学 tie at 1: one left out
    cohort, people = _cohort(["审计学", "审计学", "园艺", "园艺", "法学"])
    [need] = cohort.topics
    assert need.majors_tied_out == 0 and need.majors_tie_note == ""
    assert "等（另有" not in summary_lines(cohort, {p.id: p for p in people})[2]


def test_the_guidance_page_says_the_tie():
    from jinja2 import Environment, FileSystemLoader

    cohort, _ = _cohort(["审计学", "审计学", "园艺", "法学", "护理学", "历史学", "哲学"])
    env = Environment(loader=FileSystemLoader("service/templates"))
    source = env.loader.get_source(env, "guidance.html")[0]
    # The row of the topics table, rendered alone from the template's own cell.
    start = source.index('<td data-label="涉及较多的专业">')
    cell = source[start:source.index("</td>", start) + 5]
    html = env.from_string(cell).render(t=topic_dict(cohort.topics[0]))
    assert html.startswith('<td data-label="涉及较多的专业">审计学 2、') and html.endswith(" 等（另有 3 个专业同为 1 人）</td>")


def test_the_api_schema_keeps_the_tie():
    from service.api.schemas.guidance import TopicNeedPublic

    cohort, _ = _cohort(["审计学", "审计学", "园艺", "法学", "护理学", "历史学", "哲学"])
    assert TopicNeedPublic(**topic_dict(cohort.topics[0])).model_dump()["majors_tied_out"] == 3
