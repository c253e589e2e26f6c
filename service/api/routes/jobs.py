"""``/api/jobs``: CRUD, list with filters, text search, bulk import, candidates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile, status

from features.records import EmployerType
from service.api import schemas as s
from service.api import services, uploads
from service.api.deps import (CatalogDep, CurrentUser, FilterText, GraduateCacheDep, Limit, MatcherDep, Offset,
                              SegmenterDep, SessionDep, SettingsDep, Staff, education_level, page_limit)
from service.api.problems import AUTH, BODY, ApiProblem, problem_responses
from service.storage import repository
from service.storage.repository import JobFilters

#: The place filter in the API's document: what it reads for a post that states no place.
PLACE_FILTER = ("工作地点包含该地名（完整的行政区划名称）的岗位，注明的地点也按其所属省、市筛选（「武汉 洪山」属湖北省武汉市）；"
                "未注明工作地点的岗位按据单位名称、上级单位或招聘公告推断的地点（location_inferred）筛选")

router = APIRouter(prefix="/api/jobs", tags=["岗位"], responses=problem_responses(*AUTH, 422))


def _filters(location, employer_type, category, education, terms=()) -> JobFilters:
    return JobFilters(location=location, employer_type=None if employer_type is None else employer_type.value,
                      category=category, education=education_level(education), terms=terms)


@router.get("", summary="岗位列表（分页，可筛选）", response_model=s.Page[s.JobPublic])
def list_jobs(session: SessionDep, settings: SettingsDep, segmenter: SegmenterDep, user: CurrentUser,
              q: Annotated[str | None, Query(max_length=200, description="关键词（所有词都须出现）"), FilterText] = None,
              location: Annotated[str | None, Query(max_length=100, description=PLACE_FILTER), FilterText] = None,
              employer_type: EmployerType | None = None,
              category: Annotated[str | None, Query(max_length=100), FilterText] = None,
              education: Annotated[str | None, Query(max_length=20, description="只列出接受该学历的岗位")] = None,
              offset: Offset = 0, limit: Limit = None):
    """岗位列表：按地点、单位类型、类别、学历和关键词筛选，分页。"""
    filters = _filters(location, employer_type, category, education, services.search_terms(q, segmenter))
    size = page_limit(settings, limit)
    jobs, total = repository.list_jobs(session=session, filters=filters, offset=offset, limit=size)
    return s.Page(items=[s.JobPublic.of(j) for j in jobs], total=total, offset=offset, limit=size)


@router.get("/search", summary="按关键词检索岗位", response_model=s.Page[s.JobPublic])
def search_jobs(session: SessionDep, settings: SettingsDep, matcher: MatcherDep, segmenter: SegmenterDep,
                user: CurrentUser,
                q: Annotated[str, Query(min_length=1, max_length=200, description="搜索内容")],
                location: Annotated[str | None, Query(max_length=100, description=PLACE_FILTER), FilterText] = None,
                employer_type: EmployerType | None = None,
                category: Annotated[str | None, Query(max_length=100), FilterText] = None,
                education: Annotated[str | None, Query(max_length=20)] = None,
                offset: Offset = 0, limit: Limit = None):
    """岗位搜索：包含全部关键词且符合筛选条件的岗位，按文本相似度从高到低。"""
    q = q.strip()
    if not q:  # a blank search matched every job, unscored (a 「 」 passes min_length)
        raise ApiProblem(422, "查询参数「q」不能只有空格：请填写搜索内容")
    filters = _filters(location, employer_type, category, education, services.search_terms(q, segmenter))
    size = page_limit(settings, limit)
    jobs, total = services.search_jobs(session=session, matcher=matcher, query=q, filters=filters, offset=offset, limit=size)
    return s.Page(items=[s.JobPublic.of(j) for j in jobs], total=total, offset=offset, limit=size)


@router.post("", summary="新增岗位", response_model=s.JobPublic, status_code=status.HTTP_201_CREATED,
             responses=problem_responses(*BODY, 409))
def create_job(data: s.JobCreate, session: SessionDep, matcher: MatcherDep, user: Staff):
    """新增岗位（就业服务专员、招聘活动组织者）。"""
    return s.JobPublic.of(services.create_job(session=session, matcher=matcher, data=data))


@router.post("/import", summary="导入岗位表（xlsx/csv/jsonl）", response_model=s.ImportReport, responses=problem_responses(413, 415))
def import_jobs(session: SessionDep, matcher: MatcherDep, catalog: CatalogDep, user: Staff,
                file: Annotated[UploadFile, File(description="岗位表（.xlsx / .csv / .json / .jsonl）")],
                strict: Annotated[bool, Query(description="遇到第一条有误的行即整体拒绝")] = False):
    """批量导入岗位：整个文件在一个事务中写入（全部成功或全部不写），返回逐行报告。"""
    data = file.file.read()
    return uploads.import_jobs(session=session, matcher=matcher, catalog=catalog, data=data, filename=file.filename,
                               strict=strict)


@router.get("/{job_id}", summary="查看一个岗位", response_model=s.JobPublic, responses=problem_responses(404))
def get_job(job_id: str, session: SessionDep, user: CurrentUser):
    """岗位详情。"""
    return s.JobPublic.of(services.get_job(session=session, job_id=job_id))


@router.patch("/{job_id}", summary="修改岗位（只改所提交的字段）", response_model=s.JobPublic, responses=problem_responses(*BODY, 404))
def update_job(job_id: str, data: s.JobUpdate, session: SessionDep, matcher: MatcherDep, user: Staff):
    """修改岗位（只改请求中给出的字段）。"""
    return s.JobPublic.of(services.update_job(session=session, matcher=matcher, job_id=job_id, data=data))


@router.delete("/{job_id}", summary="删除岗位", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404))
def delete_job(job_id: str, session: SessionDep, matcher: MatcherDep, user: Staff):
    """删除岗位。"""
    services.delete_job(session=session, matcher=matcher, job_id=job_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{job_id}/candidates", summary="岗位的候选毕业生（按匹配度排序）", response_model=s.CandidatesPublic, responses=problem_responses(404))
def job_candidates(job_id: str, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep, user: Staff,
                   k: Annotated[int, Query(ge=1, le=200)] = 20):
    """岗位的推荐人选：符合条件的毕业生，按匹配度排序（不含敏感信息）。"""
    return services.candidates(session=session, matcher=matcher, cache=cache, user=user, job_id=job_id, k=k)
