"""Notes on graduates an import stored that the officer should act on, in the words their pages
then show: said by the upload report (``POST /api/graduates/import``) and by ``jobmatch serve
--load-samples`` at start (``service.commands.serve.sample_notes``). A module of its own so that
both read the same sentence and ``service.api.services`` stays under ~400 lines."""

from __future__ import annotations

from features.records import Graduate

#: Graduates a note names by id before it says 等.
NAMED_GRADUATES = 20


def no_major_notes(graduates: list[Graduate]) -> list[str]:
    """A graduate stored without 专业 (a new 学号 in a file of 学号 and 困难类别, a typing slip)
    is still ranked, but no post's major requirement can be checked (their page shows suggestions
    marked 待核实): the officer is told which, in words that match what that page then shows."""
    ids = [g.id for g in graduates if not g.major]
    if not ids:
        return []
    shown = "、".join(ids[:NAMED_GRADUATES]) + (f" 等 {len(ids)} 人" if len(ids) > NAMED_GRADUATES else "")
    return [f"{shown}：记录中没有专业，推荐的岗位无法核对专业要求（显示为待核实）；请补充专业、学历后重新导入"]
