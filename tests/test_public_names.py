"""Names one module takes from another are public ones: a leading underscore says "only
this module relies on it", so whoever changes it need not look further. Checked for the
project's modules (see ``CHECKED``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Every module outside two packages whose parts share internals on purpose (``matching.rules``
#: and ``service.api.schemas``).
CHECKED = ("features", "matching", "service", "service/api", "service/api/routes", "service/commands",
           "service/storage")


def private_imports(path: Path) -> list[str]:
    """``module.name`` for each private name that ``path`` imports from another project module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in (
                "features", "matching", "service"):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


@pytest.mark.parametrize("where", CHECKED)
def test_no_private_name_is_imported_across_modules(where):
    paths = sorted((ROOT / where).glob("*.py")) if (ROOT / where).is_dir() else [ROOT / where]
    assert paths and {str(p.relative_to(ROOT)): private_imports(p) for p in paths if private_imports(p)} == {}


def test_the_shared_helpers_are_public_where_they_belong():
    from features.salary import NOT_PAY
    from service.api.deps import Limit, Offset, education_level, page_limit  # noqa: F401
    from service.settings import Settings

    assert NOT_PAY.search("年终奖2万") and not NOT_PAY.search("月薪5000")
    settings = Settings(default_page_size=50, max_page_size=500)
    assert (page_limit(settings, None), page_limit(settings, 500)) == (50, 500)
