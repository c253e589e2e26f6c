"""``/api/graduates``: CRUD by role, list, bulk import, recommendations, their log and follow-ups."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Header, Query, Request, Response, UploadFile, status
from fastapi.concurrency import run_in_threadpool

from service.api import schemas as s
from service.api import follow_up_conflicts, followups, services, uploads
from service.api.deps import (
    CatalogDep,
    CurrentUser,
    FilterText,
    GraduateCacheDep,
    Limit,
    MatcherDep,
    Offset,
    Officer,
    RecLogDep,
    SessionDep,
    SettingsDep,
    Staff,
    education_level,
    page_limit,
)
from service.api.problems import AUTH, BODY, problem_responses
from service.outcomes import REQUEST_KEY_MAX_LENGTH, REQUEST_KEY_PATTERN
from service.storage.repository import GraduateFilters

#: Set on the answer to a retry: the body and status are the first request's, nothing was written.
REPLAYED_HEADER = "Idempotent-Replayed"

router = APIRouter(prefix="/api/graduates", tags=["毕业生"], responses=problem_responses(*AUTH, 422))


@router.get("", summary="毕业生列表（分页；敏感字段仅就业服务专员可见）", response_model=s.Page[s.GraduateFull] | s.Page[s.GraduatePublic])
def list_graduates(session: SessionDep, settings: SettingsDep, user: Staff,
                   q: Annotated[str | None, Query(max_length=100, description="编号或姓名包含"), FilterText] = None,
                   school: Annotated[str | None, Query(max_length=100), FilterText] = None,
                   major: Annotated[str | None, Query(max_length=100), FilterText] = None,
                   education: Annotated[str | None, Query(max_length=20)] = None,
                   graduation_year: Annotated[int | None, Query(ge=1950, le=2100)] = None,
                   needs_support: Annotated[bool | None, Query(
                       description="仅困难帮扶对象（仅限就业服务专员）；为 true 时按跟进需要排序，与 /api/support 相同")] = None,
                   offset: Offset = 0, limit: Limit = None):
    """毕业生列表，按编号排列；needs_support=true 时最需要跟进的在前（与困难帮扶名单相同）。
    组织者看不到敏感字段；专员读取敏感字段会记入审计日志。"""
    filters = GraduateFilters(school=school, major=major, education=education_level(education),
                              graduation_year=graduation_year, needs_support=needs_support, text=q)
    return services.list_graduates(session=session, user=user, filters=filters, offset=offset,
                                   limit=page_limit(settings, limit))


@router.post("", summary="新增毕业生", response_model=s.GraduateFull | s.GraduateOwn | s.GraduatePublic, status_code=status.HTTP_201_CREATED,
             responses=problem_responses(*BODY, 409))
def create_graduate(data: s.GraduateCreate, session: SessionDep, cache: GraduateCacheDep, catalog: CatalogDep,
                    user: Staff):
    """新增毕业生。敏感字段只有就业服务专员可以填写。"""
    graduate = services.create_graduate(session=session, cache=cache, catalog=catalog, user=user, data=data)
    return services.view_graduate(session=session, user=user, graduate=graduate)


@router.post("/import", summary="导入毕业生名单（xlsx/csv/jsonl）", response_model=s.ImportReport, responses=problem_responses(413, 415))
def import_graduates(session: SessionDep, cache: GraduateCacheDep, catalog: CatalogDep, user: Officer,
                     file: Annotated[UploadFile, File(description="毕业生表（.xlsx / .csv / .json / .jsonl）")],
                     strict: Annotated[bool, Query(description="遇到第一条有误的行即整体拒绝")] = False):
    """批量导入毕业生（仅限就业服务专员）：一个事务，全部成功或全部不写。"""
    data = file.file.read()
    return uploads.import_graduates(session=session, cache=cache, catalog=catalog, user=user, data=data,
                                    filename=file.filename, strict=strict)


@router.get("/{graduate_id}", summary="查看一位毕业生", response_model=s.GraduateFull | s.GraduateOwn | s.GraduatePublic, responses=problem_responses(404))
def get_graduate(graduate_id: str, session: SessionDep, user: CurrentUser):
    """毕业生详情。毕业生只能查看本人；查看他人得到 404。"""
    graduate = services.get_graduate(session=session, user=user, graduate_id=graduate_id)
    return services.view_graduate(session=session, user=user, graduate=graduate)


@router.patch("/{graduate_id}", summary="修改毕业生信息（只改所提交的字段）", response_model=s.GraduateFull | s.GraduateOwn | s.GraduatePublic,
              responses=problem_responses(*BODY, 404))
def update_graduate(graduate_id: str, data: s.GraduateUpdate, session: SessionDep, cache: GraduateCacheDep,
                    catalog: CatalogDep, user: CurrentUser):
    """修改毕业生（只改请求中给出的字段）；敏感字段只有就业服务专员可以修改；
    毕业生本人只能修改自己的就业意向（intention）和求职偏好（preferences）。"""
    graduate = services.update_graduate(session=session, cache=cache, catalog=catalog, user=user,
                                        graduate_id=graduate_id, data=data)
    return services.view_graduate(session=session, user=user, graduate=graduate)


@router.delete("/{graduate_id}", summary="删除毕业生", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404))
def delete_graduate(graduate_id: str, session: SessionDep, cache: GraduateCacheDep, user: Officer):
    """删除毕业生（仅限就业服务专员）。"""
    services.delete_graduate(session=session, cache=cache, user=user, graduate_id=graduate_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{graduate_id}/recommendations", summary="为毕业生推荐岗位（含资格核对与理由）", response_model=s.RecommendationsPublic,
            responses=problem_responses(404))
async def recommendations(graduate_id: str, request: Request, session: SessionDep, matcher: MatcherDep, settings: SettingsDep,
                          reclog: RecLogDep, cache: GraduateCacheDep, user: CurrentUser,
                          k: Annotated[int | None, Query(ge=1, le=100, description="推荐条数")] = None,
                          rejected_k: Annotated[int, Query(ge=0, le=50, description="列出的不符合条件岗位数")] = 5):
    """为毕业生推荐岗位：排序后的岗位及理由，另附得分高但不符合条件的岗位及原因。"""
    # The hottest route. A cached answer is built right here on the event loop; anything
    # else (a query, a ranking) goes to the thread pool. The model is serialised once,
    # without FastAPI's second validation through ``response_model`` (kept for the docs).
    k = k or settings.default_top_k
    body = services.cached_recommendations_json(matcher=matcher, cache=cache, bodies=request.app.state.render_cache,
                                                user=user, graduate_id=graduate_id, k=k, rejected_k=rejected_k,
                                                log=reclog)
    if body is None:
        result = await run_in_threadpool(
            services.recommendations, session=session, matcher=matcher, user=user, graduate_id=graduate_id,
            k=k, rejected_k=rejected_k, log=reclog, cache=cache)
        body = result.model_dump_json()
    return Response(body, media_type="application/json")


@router.get("/{graduate_id}/recommendation-log", summary="毕业生的推荐记录", response_model=s.Page[s.RecommendationLogEntry],
            responses=problem_responses(404))
def recommendation_log(graduate_id: str, session: SessionDep, settings: SettingsDep, reclog: RecLogDep,
                       user: Officer, offset: Offset = 0, limit: Limit = None):
    """推荐记录（仅限就业服务专员）：何时、应谁的请求、按什么顺序推荐了哪些岗位，最新的在前。
    毕业生记录删除后，其推荐记录仍可查询。"""
    reclog.flush()  # entries are stored in the background; include the ones just served
    return services.recommendation_log(session=session, graduate_id=graduate_id, offset=offset,
                                       limit=page_limit(settings, limit))


@router.post("/{graduate_id}/follow-ups", summary="登记一次帮扶跟进", response_model=s.FollowUpPublic, status_code=status.HTTP_201_CREATED,
             responses={**problem_responses(*BODY, 404), 409: {
                 "model": follow_up_conflicts.FollowUpConflictProblem,
                 "description": "数据冲突：在 last_seen_id 之后已有与本次冲突的记录，本次未写入"}, 201: {
                 "description": "已记录；重试（同一 Idempotency-Key 与相同内容）时原样返回第一次的回答，不再写入",
                 "headers": {REPLAYED_HEADER: {"description": "重试时为 true：回答是第一次的，本次没有写入",
                                               "schema": {"type": "string", "enum": ["true"]}}}}})
def record_follow_up(graduate_id: str, data: s.FollowUpCreate, session: SessionDep, settings: SettingsDep,
                     user: Officer, response: Response,
                     idempotency_key: Annotated[str | None, Header(
                         alias="Idempotency-Key", max_length=REQUEST_KEY_MAX_LENGTH, pattern=REQUEST_KEY_PATTERN,
                         description="可选，每次新记录用一个新的键（如 UUID）：超时重试时带同一个键，不会重复记录")] = None):
    """记录跟进情况（仅限就业服务专员）：某岗位对该毕业生的结果（已推送、已投递、面试中、已录用、未录用、放弃），
    可附备注和求职创业补贴办理情况。每次记录都保留，最新的一条为当前状态。岗位可以是任一现有岗位，不限于推荐过的。
    只登记求职创业补贴（不涉及具体岗位）时不填 job_id 与 status，须填 subsidy；两者都没有则为 422，指明缺少 job_id。
    带 Idempotency-Key 请求头时，同一专员对同一毕业生以同一键、相同内容重试，原样返回第一次的回答（201，
    另带 Idempotent-Replayed: true）而不重复写入；同一键而内容不同则为 422。键保存 request_key_ttl_hours
    （默认 24 小时），过期后同一键视为新的请求。
    可带 last_seen_id（登记者看到的该毕业生最新一条跟进记录的编号，一条都没有时为 0）：此后同一岗位（填写 subsidy
    时还包括求职创业补贴状态）已有新的记录则不写入，返回 409，detail 说明那条记录的状态、时间与记录人，latest_id 为其编号，
    recorded_since 为其中说明那条记录的一句（不含「本次未记录：」与「请刷新页面……」，供自己的界面以自己的说法呈现）；
    不带则不检查（与以前相同）。"""
    row, created = followups.record(session=session, user=user, graduate_id=graduate_id, data=data,
                                    request_key=idempotency_key, key_ttl=settings.request_key_ttl)
    if not created:
        response.headers[REPLAYED_HEADER] = "true"
    return row


@router.get("/{graduate_id}/follow-ups", summary="毕业生的帮扶跟进记录", response_model=s.Page[s.FollowUpPublic], responses=problem_responses(404))
def follow_ups(graduate_id: str, session: SessionDep, settings: SettingsDep, user: Officer,
               offset: Offset = 0, limit: Limit = None):
    """跟进记录（仅限就业服务专员），最新的在前。岗位删除后记录仍保留当时的职位名称；
    毕业生记录删除后，其跟进记录仍可查询。"""
    return followups.history(session=session, user=user, graduate_id=graduate_id, offset=offset,
                             limit=page_limit(settings, limit))
