"""``/api/policies`` (the policy list, any signed-in user) and ``/api/graduates/{id}/policies``
(one graduate's verdicts: the graduate themself and officers)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from service.api import policy_views
from service.api import schemas as s
from service.api.deps import CurrentUser, GraduateCacheDep, SessionDep
from service.api.problems import AUTH, problem_responses

router = APIRouter(tags=["政策"], responses=problem_responses(*AUTH, 422))


@router.get("/api/policies", summary="政策清单", response_model=s.PolicyListPublic)
def list_policies(request: Request, user: CurrentUser):
    """政策清单（任何已登录用户）：每项政策的内容、适用对象、条件、申请方式和依据；未载入政策文件时 `loaded` 为 false 并说明。"""
    return policy_views.policy_list(state=request.app.state.policies)


@router.get("/api/graduates/{graduate_id}/policies", summary="毕业生可享受的政策（符合、待核实、不符合）", response_model=s.GraduatePoliciesPublic,
            responses=problem_responses(404))
def graduate_policies(graduate_id: str, request: Request, session: SessionDep, cache: GraduateCacheDep,
                      user: CurrentUser):
    """毕业生可申请的政策：符合、待核实（附须核实的事项）、不符合（附原因）。毕业生本人和就业服务专员可查看，
    组织者不可；理由涉及困难类别、残疾、民族等敏感信息时记入审计日志。"""
    return policy_views.for_graduate(session=session, cache=cache, user=user, graduate_id=graduate_id,
                                     state=request.app.state.policies)
