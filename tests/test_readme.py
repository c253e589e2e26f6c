"""The README's machine-checkable claims: the quick start, the command lines it shows, the settings.

A new user copies these; a flag renamed or a setting added without the README saying so
fails here rather than on their terminal. The pages under docs/ that the README links to are
held to the same: their command lines must run, the settings they name must exist, and every
docs/ page the README links to must be there.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from service.cli import build_parser
from service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "docs").glob("*.md"))}
# Environment variables the docs may name that are not service settings.
NOT_SETTINGS = {"JOBMATCH_TEST_POSTGRES_URL"}  # tests/test_storage.py: the PostgreSQL test server


def _code_snippets(text: str = README) -> list[str]:
    """Inline code spans and the lines of fenced ``sh`` blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    prose = re.sub(r"```.*?```", " ", text, flags=re.S)
    spans = re.findall(r"`([^`\n]+)`", prose)
    return spans + [line.split("#")[0] for block in blocks for line in block.splitlines()]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps sub-commands only here
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


def test_quick_start_is_make_demo_and_make_test():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)


def _command_line_errors(text: str, where: str) -> tuple[int, list[str]]:
    """How many ``jobmatch …`` lines ``text`` shows, and what is wrong with them."""
    commands = _subparsers(build_parser())
    seen, errors = 0, []
    for snippet in _code_snippets(text):
        for match in re.finditer(r"\bjobmatch\s+([a-z][a-z-]*)((?:\s+[a-z]+)?)([^`]*)", snippet):
            name, action, rest = match.group(1), match.group(2).strip(), match.group(3)
            seen += 1
            if name not in commands:
                errors.append(f"{where} shows an unknown command: jobmatch {name}")
                continue
            parser = commands[name]
            actions = _subparsers(parser)
            if actions and action:  # a bare 「jobmatch users」 names the group
                if action not in actions:
                    errors.append(f"{where} shows an unknown command: jobmatch {name} {action}")
                    continue
                parser = actions[action]
            unknown = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", rest)) - _options(parser)
            if unknown:
                errors.append(f"jobmatch {name} {action}: {where} names options it lacks: {sorted(unknown)}")
    return seen, errors


def test_every_command_line_shown_uses_existing_commands_and_flags():
    seen, errors = _command_line_errors(README, "README")
    assert not errors, errors
    assert seen > 20  # the README shows many command lines; the pattern must find them


def test_every_command_line_in_docs_uses_existing_commands_and_flags():
    assert DOCS, "docs/*.md should exist"
    errors = [error for where, text in DOCS.items() for error in _command_line_errors(text, where)[1]]
    assert not errors, errors


def test_the_pattern_catches_a_wrong_command_line():
    _, errors = _command_line_errors("`jobmatch recommend --jobs a.csv --topp 3` and `jobmatch fair`", "x")
    assert len(errors) == 2 and "--topp" in errors[0] and "jobmatch fair" in errors[1]


def test_every_docs_page_the_readme_links_to_exists():
    targets = re.findall(r"\]\(((?:docs|models)/[^)#\s]+)(?:#[^)]*)?\)", README)
    assert any(t.startswith("docs/") for t in targets)
    missing = [t for t in targets if not (ROOT / t).is_file()]
    assert not missing, f"README links to files that do not exist: {missing}"
    for where, text in DOCS.items():  # links between docs pages, relative to docs/
        for target in re.findall(r"\]\(([\w./-]+\.md)(?:#[^)]*)?\)", text):
            assert (ROOT / "docs" / target).resolve().is_file(), f"{where} links to a missing {target}"


def test_every_setting_is_named_in_the_readme():
    prefix = Settings.model_config["env_prefix"]
    missing = []
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names = list(alias.choices) if alias is not None else [prefix + name.upper()]
        if not any(n in README for n in names if isinstance(n, str)):
            missing.append(names[0])
    assert not missing, f"settings the README does not name: {missing}"


def _setting_names() -> set[str]:
    prefix = Settings.model_config["env_prefix"]
    names = set()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names.update(n for n in (alias.choices if alias is not None else [prefix + name.upper()])
                     if isinstance(n, str))
    return names


def test_every_setting_the_readme_or_docs_name_exists():
    known = _setting_names() | NOT_SETTINGS
    for where, text in {"README.md": README, **DOCS}.items():
        named = set(re.findall(r"\bJOBMATCH_[A-Z][A-Z0-9_]*", text))
        assert named <= known, f"{where} names settings that do not exist: {sorted(named - known)}"


def _github_anchor(heading: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_contents_list_every_section_and_every_anchor_is_a_heading():
    headings = re.findall(r"^#{2,3} (.+)$", re.sub(r"```.*?```", " ", README, flags=re.S), flags=re.M)
    anchors = {_github_anchor(h) for h in headings}
    contents = README.split("## Contents", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"\]\(#([^)]+)\)", contents))
    assert anchors - {"contents"} <= listed, f"sections the contents leave out: {sorted(anchors - listed - {'contents'})}"
    broken = set(re.findall(r"\]\(#([^)]+)\)", README)) - anchors
    assert not broken, f"README links to headings that do not exist: {sorted(broken)}"
