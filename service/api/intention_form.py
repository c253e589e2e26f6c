"""The graduate's own form on their page: 就业意向, 意向地点, 意向类别 and 期望薪酬, changed as
``PATCH /api/graduates/{id}`` changes them (the same checks, the same audit entry, the same cached record
put back, so the suggestions are ranked again), sent with the session cookie.

Before, only the PATCH with a bearer token could change them, which a graduate on the page has no way to
send (2026-12-07 graduate review). The form carries the CSRF token of the officers' follow-up form
(``page_kit.csrf_token``: a page on another site can neither read nor compute it). It takes these four fields
alone: any other field sent (a 困难类别, a phone, a name: the officers', or not the graduate's to change here)
refuses the whole form, nothing written. A field the graduate left as shown is not sent on, so preferences
read from the intention keep following it (``schemas.graduate_apply_update``): only what was changed is stated.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from features.records import Graduate
from features.salary import parse_salary
from features.values import split_list
from service.api import pages, services
from service.api import schemas as s
from service.api.deps import CatalogDep, GraduateCacheDep, MatcherDep, RecLogDep, SessionDep, SettingsDep
from service.api.page_kit import csrf_ok, error_page, page_user, to_login
from service.api.problems import ApiProblem, describe_validation
from service.api.wish_section import FORM_LABELS, may_edit_wishes
from service.preference_items import NO_PREFERENCE

router = APIRouter(include_in_schema=False)

#: What the form may send: its fields and its CSRF token.
_FORM_FIELDS = frozenset({"csrf", *FORM_LABELS})


async def _sent_fields(request: Request) -> frozenset[str]:
    # Starlette keeps the parsed form on the request: this reads it again, not the body.
    return frozenset((await request.form()).keys())


SentFields = Annotated[frozenset[str], Depends(_sent_fields)]


def _field_error(field: str, message: str) -> dict:
    return {"loc": ["body", field], "type": "value_error", "message": message}


def _items(text: str) -> list[str]:
    """A list field as the importers read a 意向地点/意向类别 cell: split at 、，；/ or spaces, 不限 dropped."""
    return [item for item in split_list(text) if not NO_PREFERENCE.match(item)]


def _min_salary(text: str) -> int | None:
    """The lowest monthly pay accepted, read as the importers read 期望薪资 (「5000」「5K-7K」「6000以上」);
    ``ValueError`` in Chinese for a text that states none."""
    text = text.strip()
    if not text or NO_PREFERENCE.match(text):
        return None
    pay = parse_salary(text, column=FORM_LABELS["min_salary"])
    if pay.minimum is None:
        raise ValueError(f"「{text[:20]}」没有写明可接受的最低月薪：请填写数字，如 5000 或 5000-7000；不限请留空")
    return pay.minimum


def changes(graduate: Graduate, *, intention: str, locations: str, categories: str,
            min_salary: str) -> tuple[dict, list[dict]]:
    """The PATCH body of the fields changed from the stored record, and the errors of a pay not read."""
    body: dict = {}
    errors: list[dict] = []
    intention = intention.replace("\r\n", "\n").strip()
    if intention != (graduate.intention or "").strip():
        body["intention"] = intention
    prefs = graduate.preferences
    stated: dict = {}
    if (items := _items(locations)) != list(prefs.locations):
        stated["locations"] = items  # checked as places by the schema (``service.preference_items``)
    if (items := _items(categories)) != list(prefs.categories):
        stated["categories"] = items
    # The pay as shown (``form_values``) is left alone unread: a stored figure the reader refuses (a PATCH's 0,
    # under 100 元) would otherwise block every save of the form by a field the graduate did not touch.
    if min_salary.strip() != ("" if prefs.min_salary is None else str(prefs.min_salary)):
        try:
            if (pay := _min_salary(min_salary)) != prefs.min_salary:
                stated["min_salary"] = pay
        except ValueError as error:
            errors.append(_field_error("min_salary", str(error)))
    if stated:
        body["preferences"] = stated
    return body, errors


def _worded(error: dict) -> str:
    """An error's message headed by its field's label, unless it names it already (「意向地点「火星」…」)."""
    label = FORM_LABELS.get(error["loc"][-1], "就业意向")
    return error["message"] if error["message"].startswith(label) else f"{label}：{error['message']}"


def _validated(body: dict, errors: list[dict]) -> s.GraduateUpdate:
    """``body`` checked as the PATCH checks it; ``ApiProblem`` 422 naming each field wrong (``errors`` too)
    by the form's labels."""
    data = None
    try:
        data = s.GraduateUpdate.model_validate(body) if body else None
    except ValidationError as error:
        items = describe_validation(list(error.errors()))[1]
        for item in items:  # the form's field, not the API's path (preferences.locations, an item's index)
            item["loc"] = ["body", next((p for p in item["loc"] if p in FORM_LABELS), "intention")]
        errors = [*errors, *items]
    if errors or data is None:
        # Each message is shown next to its field (wish_section.field_errors); the alert above the form names them.
        named = dict.fromkeys(FORM_LABELS.get(e["loc"][-1], "就业意向") for e in errors)
        raise ApiProblem(422, f"请改正标出的栏目：{'、'.join(named)}", errors=[{**e, "message": _worded(e)} for e in errors])
    return data


@router.post("/graduate/{graduate_id}/intentions")
def change_own_wishes(graduate_id: str, request: Request, session: SessionDep, matcher: MatcherDep,
                      settings: SettingsDep, reclog: RecLogDep, cache: GraduateCacheDep, catalog: CatalogDep,
                      sent: SentFields, csrf: Annotated[str, Form()] = "", intention: Annotated[str, Form()] = "",
                      locations: Annotated[str, Form()] = "", categories: Annotated[str, Form()] = "",
                      min_salary: Annotated[str, Form()] = ""):
    """Checked, stored as the PATCH stores it, back to the page (303), whose suggestions are ranked on the
    new wishes. A field filled in wrong brings the page back (422) with the form as sent and the message
    next to the field; nothing is written."""
    user = page_user(request, session)
    if user is None:
        return to_login()
    back = f"/graduate/{quote(graduate_id, safe='')}"
    if not csrf_ok(request, csrf):
        return error_page(request, user, ApiProblem(403, "表单已失效或并非来自本站，请回到您的页面重新填写"), back=back)
    try:
        graduate = services.get_graduate(session=session, user=user, graduate_id=graduate_id)  # 404: another's
        if not may_edit_wishes(user, graduate_id):
            raise ApiProblem(403, "只有毕业生本人可以在此页修改就业意向；就业服务专员请通过接口修改")
        if other := sorted(sent - _FORM_FIELDS):
            raise ApiProblem(403, "在此页只能修改就业意向、意向地点、意向类别和期望薪酬，不能修改："
                             + "、".join(name[:20] for name in other[:5]) + "；本次未保存")
    except ApiProblem as problem:
        return error_page(request, user, problem, back=back)
    form = {"intention": intention, "locations": locations, "categories": categories, "min_salary": min_salary}
    try:
        body, errors = changes(graduate, **form)
        if body or errors:
            services.update_graduate(session=session, cache=cache, catalog=catalog, user=user, graduate_id=graduate_id,
                                     data=_validated(body, errors))
    except ApiProblem as problem:
        if problem.status != 422:
            return error_page(request, user, problem, back=back)
        return pages.graduate_view(request=request, session=session, matcher=matcher, settings=settings,
                                   reclog=reclog, cache=cache, user=user, graduate_id=graduate_id,
                                   wish_form=form, wish_problem=problem)
    return RedirectResponse(f"{back}#understood-wishes", status_code=303)
