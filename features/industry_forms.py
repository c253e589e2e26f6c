"""Industries an intention names in the general forms graduates write, not as the exact
vocabulary word: 「想去教育行业」「IT领域」「教育或医疗行业」「做教育」「去医院」 → 教育培训, 信息技术, 医疗卫生
(the words in ``features.vocabulary``: ``INDUSTRY_FIELD_WORDS``, ``INDUSTRY_WORKPLACES``). Rejections
and schools are ``features.intentions``' to leave out; this module only finds the forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from features.vocabulary import INDUSTRY_FIELD_WORDS, INDUSTRY_WORKPLACES

_JOINER = "(?:或者|[、或和及与/])"
_ITEM_SPLIT = re.compile(_JOINER + "+")

def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # longest first


# Industries in general forms (``INDUSTRY_FIELD_WORDS``, ``INDUSTRY_WORKPLACES``): a field word, or
# several joined by 、/或/和, that starts a word (after a verb, a joiner or punctuation: not the
# 教育 of 学前教育) and is followed by 行业/领域/方向/类/系统/企业/公司/单位/机构 (「教育行业」「IT领域」
# 「教育或医疗行业」, not 「计算机类专业」), or follows 做/干/搞/去/到/进/从事 and ends there (「做教育」
# 「从事教育工作」, not 「从事软件开发」); a workplace after 去/到/进, or several joined (「去医院」「到油田」
# 「去医院或者学校」), but not a place near it (「到学校附近租房」 is where to live); a workplace after 在 only
# when 工作/上班/任职/就业 follows (「希望在医院工作」, not 「在学校期间」), and not as a past or a thing: 「在工厂
# 工作过两年」「有在医院工作的经验」 tell experience, 「在学校工作室」「在学校就业指导中心」 name an office.
_FIELD = _alternatives(INDUSTRY_FIELD_WORDS)
_FIELD_LIST = rf"(?:{_FIELD})(?:{_JOINER}(?:{_FIELD}))*"
_WORKPLACE = rf"(?:{_alternatives(INDUSTRY_WORKPLACES)})(?!附近|旁边|周边|门口|对面)"
_LEAD = r"(?:(?<=[做干搞去到进入])|(?<=从事))"
_INDUSTRY_FORMS = re.compile(
    rf"(?:(?<!\w)|(?<=[在往想找是的或和与及、事])|{_LEAD})(?P<named>{_FIELD_LIST})(?:行业|领域|方向|类|系统|企业|公司|单位|机构)(?!专业)"
    rf"|{_LEAD}(?P<done>{_FIELD_LIST})(?=$|[\W_]|工作|岗位)"
    rf"|(?<=[去到进入])(?P<workplace>{_WORKPLACE}(?:{_JOINER}{_WORKPLACE})*)"
    rf"|(?<=在)(?P<at>{_WORKPLACE}(?:{_JOINER}{_WORKPLACE})*)(?=工作|上班|任职|就业)(?!(?:工作|上班|任职|就业)(?:过|的?经[历验]|室|指导|办|处))",
    re.IGNORECASE)
_FIELD_WORDS = {word.casefold(): term for word, term in INDUSTRY_FIELD_WORDS.items()}


def industries_in_forms(text: str) -> list[tuple[int, str]]:
    """(position, industry term) of each industry the general forms above name."""
    out = []
    for m in _INDUSTRY_FORMS.finditer(text):
        if places := m.group("workplace") or m.group("at"):
            out.extend((m.start(), INDUSTRY_WORKPLACES[word]) for word in _ITEM_SPLIT.split(places))
            continue
        fields = m.group("named") or m.group("done")
        out.extend((m.start(), _FIELD_WORDS[word.casefold()]) for word in _ITEM_SPLIT.split(fields))
    return out


# Past experience is not a wish: 「在银行工作过」「在保险公司干过」「有在银行工作的经验」「银行工作经验」「在金融行业
# 实习过」 tell where the graduate has been, as 「在国企实习过」 does for a kind of employer
# (``features.intentions._NOT_A_WISH_AFTER``); so do 「之前在银行实习」「曾在证券公司实习」「做过金融」, whose
# past is said before the word. So do 「在银行实习时」「去过银行实习」; a wish given up (「以前想去银行，现在想去互联网」
# 「曾经想去银行」) and where the family works (「父母在银行工作」) are no wish of the graduate's now either.
# The general forms guard their own 在…工作 (``_INDUSTRY_FORMS``).
_PAST_AFTER = re.compile(
    r"(?:公司|行业|领域|机构|单位|企业|系统|网点|支行|分行)?"
    r"(?:(?:工作|实习|上班|任职|干|待|呆)过|(?:工作|实习|上班|任职)(?:的?经[历验]|时(?!间)|期间|的时候))")
_PAST_BEFORE = re.compile(
    r"(?:(?:(?:之前|以前|曾经?|此前|先前|过去)|(?:父母|爸妈|家人|家里人?|父亲|母亲|爸爸|妈妈|亲戚)(?:都|也|一直)?)"
    r"(?:在|于)[^\W_想去到进做从希愿要找]{0,4}"
    r"|(?:做|干|待|呆|去|到)过"
    r"|(?:之前|以前|曾经?|原来|本来|原本|过去)(?:也|还)?(?:想|希望|打算|考虑)过?(?:去|到|进|做|干|从事|在)?)$")


def told_as_past(text: str, start: int, end: int) -> bool:
    """True if the industry word ``text[start:end]`` names where the graduate has been (or once wished
    to go, or the family works), not a wish of theirs now."""
    return _PAST_AFTER.match(text, end) is not None or _PAST_BEFORE.search(text[max(0, start - 8):start]) is not None
