"""The command line speaks Chinese also where argparse and uvicorn would speak English."""

from __future__ import annotations

import socket

import pytest

from service.cli import chinese_message, main


def fails(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 2
    return capsys.readouterr().err


def test_a_bad_choice_is_refused_in_chinese_with_the_choices(capsys):
    err = fails(capsys, "users", "add", "--role", "boss", "--name", "x")
    assert err.startswith("用法：jobmatch users add")
    assert "jobmatch users add：错误：参数 --role：无效的选择 'boss'（可选：'officer', 'organiser', 'graduate'）" in err
    assert "error" not in err and "invalid" not in err


def test_missing_and_unknown_arguments_are_named_in_chinese(capsys):
    assert "缺少必需的参数：--jobs, --graduates" in fails(capsys, "recommend")
    assert "无法识别的参数：--bogus" in fails(capsys, "recommend", "--jobs", "a", "--graduates", "b", "--bogus")
    assert "参数 --jobs：需要给出一个值" in fails(capsys, "recommend", "--jobs")
    assert "参数 命令：无效的选择 'nosuch'" in fails(capsys, "nosuch")


def test_help_is_in_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["recommend", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：jobmatch recommend") and "选项" in out and "显示本帮助并退出" in out
    assert "usage" not in out and "show this help" not in out and "options:" not in out


@pytest.mark.parametrize(("message", "chinese"), [
    ("argument --top: invalid int value: 'x'", "参数 --top：无效的值 'x'（须为整数）"),
    ("argument --out: expected one argument", "参数 --out：需要给出一个值"),
    ("argument --a: not allowed with argument --b", "参数 --a：不能与参数 --b 同时使用"),
    ("ambiguous option: --gr could match --graduates, --graduate-id", "选项 --gr 有歧义，可能是：--graduates, --graduate-id"),
    ("something argparse may say one day", "something argparse may say one day"),
])  # fmt: skip
def test_argparse_messages_in_chinese(message, chinese):
    assert chinese_message(message) == chinese


@pytest.mark.parametrize("port", ["0", "65536", "99999", "http"])
def test_serve_refuses_a_port_out_of_range(capsys, port):
    assert "端口须为 1–65535 之间的整数" in fails(capsys, "serve", "--port", port)


def test_serve_refuses_a_port_in_use_before_loading_anything(tmp_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", "--port", str(port), "--data-dir", str(tmp_path / "data")])
    assert code == 2
    assert capsys.readouterr().err.strip() == f"错误：无法在 127.0.0.1:{port} 上启动服务：端口已被占用"
    assert not (tmp_path / "data").exists()  # refused before the data directory was created


def test_serve_refuses_a_host_it_cannot_resolve(capsys):
    assert main(["serve", "--host", "no-such-host.invalid"]) == 2
    assert "无法解析主机名「no-such-host.invalid」" in capsys.readouterr().err


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


needs_ipv6 = pytest.mark.skipif(not _ipv6_loopback(), reason="no IPv6 loopback here")


@needs_ipv6
def test_serve_on_all_ipv6_addresses_is_not_refused_for_a_port_taken_on_ipv4_only():
    from service.commands.serve import check_address

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        check_address("::", taken.getsockname()[1])  # uvicorn binds :: for IPv6 only, and starts


@needs_ipv6
def test_serve_names_an_ipv6_address_in_brackets(tmp_path, capsys):
    with socket.socket(socket.AF_INET6) as taken:
        taken.bind(("::1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--host", "::1", "--port", str(port), "--data-dir", str(tmp_path / "data")]) == 2
    assert capsys.readouterr().err.strip() == f"错误：无法在 [::1]:{port} 上启动服务：端口已被占用"  # not ::1:port


def test_serve_checks_every_address_a_host_name_resolves_to(tmp_path, monkeypatch, capsys):
    # localhost is often both ::1 and 127.0.0.1, and uvicorn binds both: a port taken on
    # either stops it, whichever getaddrinfo lists first.
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        both = [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::1", port, 0, 0)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        if not _ipv6_loopback():
            both = both[1:]
        monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: both)
        assert main(["serve", "--host", "localhost", "--port", str(port), "--data-dir", str(tmp_path / "data")]) == 2
    assert capsys.readouterr().err.strip() == f"错误：无法在 localhost:{port} 上启动服务：端口已被占用"


def test_evaluate_names_a_missing_judgement_file_in_chinese(tmp_path, capsys):
    missing = tmp_path / "qrels.csv"
    assert main(["evaluate", "--jobs", "j.csv", "--graduates", "g.csv", "--qrels", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"文件 {missing}：文件不存在" in err and "No such file" not in err
