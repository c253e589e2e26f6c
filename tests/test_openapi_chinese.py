"""The OpenAPI document (``/openapi.json``, shown by 接口文档 ``/docs``) reads in Chinese for the
officers and organisers who open it: the title, what the service does, how to authenticate and
the roles; every operation's summary and description; every tag; every schema, schema field and
parameter. The sensitive graduate fields say they are for officers only wherever they appear."""

import re

import pytest

from features.records import SENSITIVE_GRADUATE_FIELDS
from service.api.app import create_app
from service.api.schemas import GraduatePublic
from service.settings import Settings

HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"[A-Za-z]+")
CODE_SPAN = re.compile(r"`[^`]*`")


def _reads_chinese(text):
    """Chinese, not an English sentence with a Chinese term in it: outside `code`, at least two
    Chinese characters for every English word (codes such as job_id or needs_support=true may stand
    beside their Chinese meaning; 「A 求职创业补贴 the graduate may claim and has not」 does not pass)."""
    prose = CODE_SPAN.sub("", text)
    han = len(HAN.findall(prose))
    return han > 0 and han >= 2 * len(ENGLISH_WORD.findall(prose))


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    return create_app(Settings(data_dir=tmp_path_factory.mktemp("data"))).openapi()


def _operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield f"{method.upper()} {path}", operation


def test_the_title_and_description_say_what_the_service_does_how_to_sign_in_and_who_may_do_what(document):
    info = document["info"]
    assert HAN.search(info["title"])
    for said in ("Authorization: Bearer", "jobmatch users add", "就业服务专员", "招聘活动组织者", "毕业生", "审计日志"):
        assert said in info["description"], said


def test_every_operation_has_a_chinese_summary(document):
    bare = [name for name, operation in _operations(document) if not HAN.search(operation.get("summary", ""))]
    assert bare == []


def test_every_tag_is_declared_with_a_chinese_description(document):
    used = {tag for _, operation in _operations(document) for tag in operation.get("tags", [])}
    declared = {tag["name"]: tag.get("description", "") for tag in document.get("tags", [])}
    assert used and used <= declared.keys()
    assert [name for name, text in declared.items() if not HAN.search(text)] == []


def test_every_schema_field_is_described(document):
    bare = [f"{schema}.{field}" for schema, body in document["components"]["schemas"].items()
            for field, prop in body.get("properties", {}).items() if not HAN.search(prop.get("description", ""))]
    assert bare == []


def test_sensitive_fields_are_said_to_be_for_officers_only_wherever_they_appear(document):
    schemas = document["components"]["schemas"]
    seen = [(schema, field, prop.get("description", "")) for schema, body in schemas.items()
            for field, prop in body.get("properties", {}).items() if field in SENSITIVE_GRADUATE_FIELDS]
    assert {"GraduateFull", "GraduateCreate", "GraduateUpdate"} <= {schema for schema, _, _ in seen}
    assert [(schema, field) for schema, field, text in seen if "仅就业服务专员" not in text] == []


def test_field_names_and_paths_stay_english(document):
    assert {"ethnicity", "hardship", "id_number", "needs_support"} <= document["components"]["schemas"]["GraduateFull"][
        "properties"].keys()
    assert all(not HAN.search(path) for path in document["paths"])
    # A value the API writes is named as it is written, beside its Chinese meaning.
    assert "not_eligible 不符合" in document["components"]["schemas"]["SuggestionPublic"]["properties"]["status"]["description"]


def test_the_organisers_graduate_view_does_not_call_itself_sensitive(document):
    public = document["components"]["schemas"]["GraduatePublic"]["properties"]
    assert not any("仅就业服务专员" in prop["description"] for prop in public.values())


def test_every_schema_description_reads_chinese_though_the_class_docstrings_stay_english(document):
    schemas = document["components"]["schemas"]
    described = {name: body["description"] for name, body in schemas.items() if "description" in body}
    assert {"GraduateFull", "GraduatePublic", "FairPlanPublic", "EmployerType"} <= described.keys()
    assert [name for name, text in described.items() if not _reads_chinese(text)] == []
    # The docstring is for developers and stays English; only the document's text is Chinese.
    assert not HAN.search(GraduatePublic.__doc__)


def test_every_query_and_path_parameter_has_a_chinese_description(document):
    parameters = [(name, parameter) for name, operation in _operations(document)
                  for parameter in operation.get("parameters", [])]
    assert {"job_id", "graduate_id", "employer_type", "school"} <= {parameter["name"] for _, parameter in parameters}
    bare = [f"{name} {parameter['name']}" for name, parameter in parameters
            if not _reads_chinese(parameter.get("description", ""))]
    assert bare == []


def test_every_operation_description_reads_chinese(document):
    described = [(name, operation["description"]) for name, operation in _operations(document) if "description" in operation]
    assert described
    assert [name for name, text in described if not _reads_chinese(text)] == []


def test_a_parameter_described_by_its_route_keeps_that_description(document):
    jobs = {parameter["name"]: parameter for parameter in document["paths"]["/api/jobs"]["get"]["parameters"]}
    assert jobs["education"]["description"] == "只列出接受该学历的岗位"
    assert "岗位编号" in document["paths"]["/api/jobs/{job_id}"]["get"]["parameters"][0]["description"]


def test_every_response_is_described_in_chinese():
    # FastAPI describes a 2xx answer as "Successful Response" unless told otherwise.
    document = create_app().openapi()
    english = [(path, method, code) for path, item in document["paths"].items() for method, op in item.items()
               for code, response in op.get("responses", {}).items()
               if not re.search(r"[\u4e00-\u9fff]", response.get("description", ""))]
    assert english == []
