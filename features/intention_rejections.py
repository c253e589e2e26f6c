"""What a graduate's free-text intention rejects: clauses, the words that reject (「不去喀什」
「喀什和田都不去」「销售除外」「除了销售」) and the span of text each one covers.

``features.intentions`` leaves what these spans cover out of the wishes it reads, and names
the places and kinds of job they refuse; ``wished_text`` is the intention without them, for
matching job text against.
"""

from __future__ import annotations

import re

CLAUSE = re.compile(r"[，,。；;！!？?\n]|但是|但|不过|可是")
#: Rejections. ``pre`` ones reject what follows them (「除了销售」「别让我做销售」), ``post`` ones what
#: precedes them (「喀什、和田除外」); the others either way, by whether words follow them in the
#: clause (「不去喀什」, 「喀什和田都不去」).
NEGATION = re.compile(
    r"(?P<pre>除了|(?<![排解清删免扣消])除(?!外)|排除|拒绝|(?<![特分区性级类个鉴识差告辨])别(?:让我|给我|安排|派|去|做|找|当)"
    r"|(?<![并是无])非(?![常得要遗凡]))"
    r"|(?P<post>除外|以外|之外|免谈|不予考虑)"
    r"|(?:都|也|均|一律|暂)?(?:不太|不怎么)?(?:不想|不要|不愿意?|不希望|不喜欢|讨厌|不接受|不考虑|不去|不从事|不做|不干|不当|不进"
    r"|不找|不选|不行|不可以|不合适)(?!的话)"  # 「不行的话去喀什也可以」 is a fallback, not a refusal
)
#: A wish after a rejection ends its reach (「不考虑喀什，可以去和田」 without the comma too).
_POSITIVE = re.compile(r"想|希望|愿意|愿|喜欢|倾向|打算|计划|可以|只|均可|都行|也行|意向|最好|优先")
#: What may follow a rejection that looks back (「喀什不去了」, 「销售岗位不要」).
_FILLER = re.compile(r"[了啦的呀啊吧呢哦嘛\s]|工作|岗位|职位|地区|城市|那边|那里|这边|这里|方面|行业|单位|去|做|干|当|从事|考虑|找")


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause, separators left out."""
    out, start = [], 0
    for m in CLAUSE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    return [*out, (start, len(text))]


#: Intentions longer than this are read for rejections in their first part only: each
#: rejection reaches to its clause's end, so reading is quadratic in a clause's length.
REJECTION_WINDOW = 1000


def rejected_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges a rejection covers, each within its clause."""
    return [(a, b) for a, b, _ in _rejections(text)]


def _rejections(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """(start, end, the rejecting word's match) of each rejection, within its clause."""
    text = text[:REJECTION_WINDOW]
    out: list[tuple[int, int, re.Match[str]]] = []
    for start, end in clauses(text):
        clause = text[start:end]
        negations = list(NEGATION.finditer(clause))
        taken = [m.span() for m in negations]
        positives = [m.span() for m in _POSITIVE.finditer(clause)
                     if not any(a <= m.start() < b for a, b in taken)]
        previous = 0
        for m in negations:
            before = max([previous] + [b for a, b in positives if b <= m.start()])
            after = min([len(clause)] + [a for a, b in positives if a >= m.end()])
            pre = m.group("pre") or not m.group("post") and _FILLER.sub("", clause[m.end():after])
            span = (start + m.start(), start + after) if pre else (start + before, start + m.end())
            out.append((*span, m))
            previous = m.end()
    return out


# Rejections that are not refusals of a place or a kind of job: 不想离开新疆 (a wish to stay),
# 不要求…, 非…户籍/非师范 (a qualifier), 不排除/不拒绝 (acceptance).
_NOT_A_REFUSAL_AFTER = re.compile(r"离开|离|求|排除|拒绝")


def refusals(text: str) -> list[tuple[int, int]]:
    """The rejections that refuse something: what a penalty may rest on."""
    out = []
    for start, end, m in _rejections(text):
        word = m.group()
        if word.startswith("非") or text[max(0, start - 1):start] == "不" and word in ("排除", "拒绝"):
            continue
        if _NOT_A_REFUSAL_AFTER.match(text, m.end()):
            continue
        if word.startswith("除") and re.search(r"[也还]", text[end:end + 20]):
            continue  # 除了在乌鲁木齐工作，也愿意去昌吉: besides, not except
        out.append((start, end))
    return out


def wished_text(text: str | None) -> str:
    """The intention without what it rejects (「不想做销售，希望做财务工作」 → 「，希望做财务工作」):
    text to match jobs against, where a rejected word would count as a wish."""
    if not text:
        return ""
    kept, last = [], 0
    for start, end in sorted(rejected_spans(text)):
        if start >= last:
            kept.append(text[last:start])
            last = end
        else:
            last = max(last, end)
    kept.append(text[last:])  # the part past REJECTION_WINDOW is kept whole
    return "".join(kept)
