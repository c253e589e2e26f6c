"""Accessibility of every page each role can open, read from the rendered HTML and from style.css:
the language, one h1 and headings in order, a skip link to <main>, labelled form fields whose errors
are tied to them, tables with captions and column headers, status words in text, and WCAG 2.1
contrast of the stylesheet's colours (4.5:1 text, 3:1 focus rings and field borders).

Layout (no horizontal scrolling at 200 % zoom, the focus ring on the header) is in test_browser.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api.pages import csrf_token
from tests.test_api_fixtures import Api, start_api
from tests.test_api_followups import login, page_post

STYLE = Path(__file__).resolve().parents[1] / "service" / "static" / "style.css"
TEMPLATES = STYLE.parents[1] / "templates"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
STATUS_WORDS = {"符合", "不符合", "待核实"}

#: The pages each role can open (a graduate's own page and a job; staff's lists, reports and forms).
PAGES = {
    "g1": ["/graduate/G1", "/job/J-SOFT"],
    "officer": ["/officer", "/audit", "/follow-ups", "/follow-ups?waiting=1", "/organiser", "/job-checks", "/profile", "/profile?sensitive=true", "/guidance",
                "/fairs", "/fairs?max_employers=abc", "/graduate/G1", "/job/J-SOFT", "/graduate/NOPE"],
    "organiser": ["/organiser", "/fairs", "/profile", "/guidance", "/job-checks", "/job/J-SOFT", "/graduate/G1"],
}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Node or str
    parent: Node | None = None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children).strip()

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find_all(self, *tags: str) -> list[Node]:
        return [n for n in self.walk() if n.tag in tags]

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.root = Node("#document", {})
        self.open = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.open)
        self.open.children.append(node)
        if tag not in VOID:
            self.open = node

    def handle_endtag(self, tag):
        for node in [self.open, *self.open.ancestors()]:
            if node.tag == tag:
                self.open = node.parent
                return

    def handle_data(self, data):
        self.open.children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    return builder.root


def problems(html: str) -> list[str]:
    """What a screen-reader or keyboard user would miss on this page, in words."""
    doc = parse(html)
    found = []
    htmls = doc.find_all("html")
    if not htmls or htmls[0].attrs.get("lang") != "zh-CN":
        found.append('no <html lang="zh-CN">')
    headings = [int(n.tag[1]) for n in doc.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    if headings.count(1) != 1 or headings[0] != 1:
        found.append(f"h1 count/first heading wrong: {headings}")
    for before, after in zip(headings, headings[1:]):
        if after > before + 1:
            found.append(f"heading h{before} followed by h{after}")
    mains = doc.find_all("main")
    if len(mains) != 1 or len(doc.find_all("header")) != 1:
        found.append("not one <main> and one <header>")
    body = doc.find_all("body")[0]
    focusable = [n for n in body.walk() if n.tag in ("a", "button", "input", "select", "textarea")]
    first = focusable[0] if focusable else None
    if first is None or first.tag != "a" or first.attrs.get("href") != "#" + (mains[0].attrs.get("id", "") if mains else ""):
        found.append("the first Tab stop is not a link to <main>")
    navs = doc.find_all("nav")
    if len(navs) > 1 and any(not n.attrs.get("aria-label") for n in navs):
        found.append("several <nav> without aria-label")
    ids = {n.attrs["id"]: n for n in doc.walk() if "id" in n.attrs}
    labelled_for = {n.attrs.get("for") for n in doc.find_all("label")}
    for control in doc.find_all("input", "select", "textarea"):
        if control.attrs.get("type") == "hidden":
            continue
        if not (control.attrs.get("id") in labelled_for or any(a.tag == "label" for a in control.ancestors())
                or control.attrs.get("aria-label") or control.attrs.get("aria-labelledby")):
            found.append(f"unlabelled <{control.tag} name={control.attrs.get('name')}>")
        described = control.attrs.get("aria-describedby")
        if control.attrs.get("aria-invalid") == "true" and (
                not described or described not in ids or ids[described].attrs.get("role") != "alert"):
            found.append(f"invalid <{control.tag} name={control.attrs.get('name')}> not tied to its message")
    for alert in (n for n in doc.walk() if n.attrs.get("role") == "alert" and "error" in n.attrs.get("class", "")):
        if not any(c.attrs.get("aria-describedby") == alert.attrs.get("id") for c in doc.find_all("input", "select")):
            found.append(f"error message tied to no field: {alert.text()}")
    for table in doc.find_all("table"):
        captions = table.find_all("caption")
        if not captions or not captions[0].text():
            found.append(f"table {table.attrs.get('id', '')} has no caption")
        for th in table.find_all("th"):
            if th.attrs.get("scope") not in ("col", "row", "colgroup", "rowgroup") or not th.text():
                found.append(f"table {table.attrs.get('id', '')}: <th> without scope or text ({th.text()!r})")
    for status in (n for n in doc.walk() if "status" in n.attrs.get("class", "").split()):
        if status.text() not in STATUS_WORDS:
            found.append(f"status shown by colour only: {status.attrs.get('class')} {status.text()!r}")
    return found


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    app, tokens = start_api(tmp_path_factory.mktemp("a11y"))
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


@pytest.mark.parametrize("who,path", [(who, path) for who, paths in PAGES.items() for path in paths])
def test_every_page_a_role_opens_is_navigable_without_sight(api, who, path):
    login(api, who)
    page = api.client.get(path)
    assert page.headers["content-type"].startswith("text/html"), path
    assert problems(page.text) == [], path


def test_the_login_page_and_its_error_are_accessible(api):
    api.client.cookies.clear()
    assert problems(api.client.get("/login").text) == []
    wrong = api.client.post("/login", data={"token": "not-a-token"})
    assert "令牌无效" in wrong.text and problems(wrong.text) == []
    token = re.search(r"<input id=\"token\"[^>]*>", wrong.text).group()
    assert 'aria-invalid="true"' in token and 'aria-describedby="login-error"' in token


def test_a_follow_up_form_sent_back_with_an_error_is_accessible(api):
    login(api, "officer")
    response = page_post(api, csrf=csrf_token(api.tokens["officer"]), job_id="J-NOPE", status="已录用")
    assert response.status_code == 422 and problems(response.text) == []


def test_the_checker_finds_what_it_looks_for():
    """The checks can fail: a page as the templates were before (no skip link, bare <th>, a field
    named only by its placeholder) is reported."""
    old = ('<!doctype html><html lang="zh-CN"><body><header><a href="/">站</a><nav><a href="/x">x</a></nav></header>'
           '<main><h1>页</h1><h3>小节</h3><form><input name="school" placeholder="学校"></form>'
           '<table><thead><tr><th>岗位</th><th></th></tr></thead><tbody><tr><td><span class="status eligible"></span>'
           '</td></tr></tbody></table></main></body></html>')
    found = problems(old)
    assert "the first Tab stop is not a link to <main>" in found and "heading h1 followed by h3" in found
    assert "unlabelled <input name=school>" in found and "table  has no caption" in found
    assert any("without scope" in p for p in found) and any("colour only" in p for p in found)


def table_problems(source: str) -> list[str]:
    """Tables in a template's source without a caption as their first child, or with a <th> without
    scope: read from the template itself, since the pages above render only the tables their
    fixture fills (no fair, policy, follow-up or job-check table is drawn there)."""
    found = []
    for table in parse(source).find_all("table"):
        first = next((c for c in table.children if isinstance(c, Node)), None)
        if first is None or first.tag != "caption" or not first.text():
            found.append(f"table {table.attrs.get('class', '')!r} has no caption first")
        found += [f"<th> {th.text()!r} without scope" for th in table.find_all("th")
                  if th.attrs.get("scope") not in ("col", "row", "colgroup", "rowgroup")]
    return found


@pytest.mark.parametrize("template", sorted(TEMPLATES.glob("*.html")), ids=lambda p: p.name)
def test_every_table_in_every_template_has_a_caption_and_scoped_headers(template):
    assert table_problems(template.read_text(encoding="utf-8")) == []


def test_the_template_check_finds_a_table_without_a_caption():
    added = ('{% if rows %}<table class="list"><thead><tr><th scope="col">岗位</th><th>人数</th></tr></thead>'
             '<tbody>{% for r in rows %}<tr><td>{{ r.title }}</td></tr>{% endfor %}</tbody></table>{% endif %}')
    assert table_problems(added) == ["table 'list' has no caption first", "<th> '人数' without scope"]
    captioned = added.replace("<thead>", '<caption class="visually-hidden">{{ title }}</caption><thead>')
    assert table_problems(captioned.replace("<th>", '<th scope="col">')) == []


# --- colours (WCAG 2.1 relative luminance and contrast ratio) -------------------------------------

def luminance(hex_colour: str) -> float:
    """Relative luminance, WCAG 2.1 §1.4.3 definition (sRGB channels linearised)."""
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _rules() -> dict[str, str]:
    """Top-level and @media-free rules of style.css: selector → declarations."""
    css = re.sub(r"/\*.*?\*/", "", STYLE.read_text(encoding="utf-8"), flags=re.S)
    css = re.split(r"@media", css)[0]
    return {sel.strip(): body for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)}


def _colour(rules: dict[str, str], selector: str, prop: str) -> str:
    match = re.search(rf"(?:^|;)\s*{prop}\s*:[^;]*?(#[0-9a-fA-F]{{3,6}})\b", rules[selector])
    assert match, (selector, prop)
    return match.group(1)


def test_text_links_and_focus_rings_have_enough_contrast():
    rules = _rules()
    page = _colour(rules, "body", "background")
    text = _colour(rules, "body", "color")
    white, heading_cell = "#ffffff", _colour(rules, "table.list th", "background")
    header = _colour(rules, "header.top", "background")
    text_pairs = {
        "body text": (text, page),
        "header text": (_colour(rules, "header.top", "color"), header),
        "button": (_colour(rules, "button", "color"), _colour(rules, "button", "background")),
        "skip link": (_colour(rules, ".skip-link", "color"), _colour(rules, ".skip-link", "background")),
        "links on the page": ("#0000ee", page),  # the browser's default link colour, not overridden
        **{f"{sel} on {bg}": (_colour(rules, sel, "color"), bg)
           for sel in (".meta, .muted", ".empty", ".error", "dl.facts dt") for bg in (page, white, heading_cell)},
        **{f"{sel} text": (text, _colour(rules, sel, "background"))
           for sel in (".status.eligible", ".status.needs_review", ".status.not_eligible", ".tag")},
    }
    low = {name: round(contrast(*pair), 2) for name, pair in text_pairs.items() if contrast(*pair) < 4.5}
    assert low == {}
    ring = _colour(rules, ":focus-visible", "outline")
    header_ring = _colour(rules, "header.top :focus-visible, .skip-link:focus-visible", "outline-color")
    border = _colour(rules, "input", "border")
    non_text = {"focus ring on the page": (ring, page), "focus ring on white": (ring, white),
                "focus ring on the header": (header_ring, header), "field border": (border, white),
                "select border": (_colour(rules, "select", "border"), white)}
    assert {name: round(contrast(*pair), 2) for name, pair in non_text.items() if contrast(*pair) < 3} == {}
