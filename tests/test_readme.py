"""The README's machine-checkable claims: the quick start, the command lines it shows, the settings.

A new user copies these; a flag renamed or a setting added without the README saying so
fails here rather than on their terminal.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from service.cli import build_parser
from service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_snippets() -> list[str]:
    """Inline code spans and the lines of fenced ``sh`` blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    prose = re.sub(r"```.*?```", " ", README, flags=re.S)
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


def test_every_command_line_shown_uses_existing_commands_and_flags():
    commands = _subparsers(build_parser())
    seen = 0
    for snippet in _code_snippets():
        for match in re.finditer(r"\bjobmatch\s+([a-z][a-z-]*)((?:\s+[a-z]+)?)([^`]*)", snippet):
            name, action, rest = match.group(1), match.group(2).strip(), match.group(3)
            assert name in commands, f"README shows an unknown command: jobmatch {name}"
            parser = commands[name]
            actions = _subparsers(parser)
            if actions and action:  # a bare 「jobmatch users」 names the group
                assert action in actions, f"README shows an unknown command: jobmatch {name} {action}"
                parser = actions[action]
            unknown = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", rest)) - _options(parser)
            assert not unknown, f"jobmatch {name} {action}: README names options it lacks: {sorted(unknown)}"
            seen += 1
    assert seen > 20  # the README shows many command lines; the pattern must find them


def test_every_setting_is_named_in_the_readme():
    prefix = Settings.model_config["env_prefix"]
    missing = []
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names = list(alias.choices) if alias is not None else [prefix + name.upper()]
        if not any(n in README for n in names if isinstance(n, str)):
            missing.append(names[0])
    assert not missing, f"settings the README does not name: {missing}"
