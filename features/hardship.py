"""Parsers for the hardship cells of a graduate sheet: 困难类别 (categories, and the narrower
groups named within them, and the student loan when the cell names it too) and 助学贷款
(获得国家助学贷款, yes or no).

Pure functions, as ``features.values``: ``None`` when the cell says nothing, ``ValueError``
with a Chinese message when it says something that cannot be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from features.records import Hardship, HardshipGroup

#: A household with a disabled member (「残疾人家庭」「贫困残疾人家庭」「残疾人贫困家庭」): on a 困难类别
#: sheet the family's hardship, 低收入家庭, not the graduate's 残疾. Only a cell that says the household
#: is poor (贫困/困难) names the group 贫困残疾人家庭 (中国残联's: income under the 低保 or 低收入 line),
#: which a subsidy admits; a bare 「残疾人家庭」 does not say so and is 低收入家庭 stated broadly, which
#: such a policy reviews (a disabled member alone is no proof of the income line).
_DISABLED_FAMILY = r"(?:贫困|困难)?残疾人?(?:贫困|困难)?家庭"
#: Words that say a household is below the 低保 or 低收入 line: with a disabled member it is a 贫困残疾人家庭
#: (「低保残疾人家庭」「残疾人低保户」 → 低保家庭 and 贫困残疾人家庭).
_POOR_HOUSEHOLD = r"(?:贫困|困难|低保|最低生活保障|低收入|特困)"
#: The same words where they say the household is poor (not 「低保边缘」「特困生」「突发严重困难户」).
_POOR_HOUSEHOLD_WORD = re.compile(rf"(?<!严重){_POOR_HOUSEHOLD}(?!边缘|职工|生|学生)")
_POOR_DISABLED_FAMILY = rf"{_POOR_HOUSEHOLD}残疾人?(?:家庭|户)|残疾人?{_POOR_HOUSEHOLD}(?:家庭|户)"
#: 残疾 describing a household that another word names (「残疾人低保家庭」「残疾低保户」「残疾人零就业家庭」):
#: a member's disability, read as 「残疾人家庭」 is, never the graduate's own 残疾 (「低保残疾人」「本人残疾」 are).
_HOUSEHOLD_PHRASE = r"(?:低保|最低生活保障|低收入|特困|五保|贫困|困难|零就业|脱贫|建档立卡)+(?:家庭|户)"
_DISABLED_HOUSEHOLD = rf"人?{_HOUSEHOLD_PHRASE}"
#: 「残疾人 低保家庭」「残疾　建档立卡户」: a space inside the phrase 「残疾人低保家庭」, not a list. The staff
#: list the graduate's own disability beside a household with 、，；/ (the samples' lists all use 、)
#: or as 「本人残疾 低保家庭」「肢体残疾 低保户」 (an item that says whose disability it is); a bare
#: 「残疾人」 before a household word, with or without the space, is that household's member. A bare
#: 「残疾 低保」 (no household word) stays two items, as 「残疾低保」 reads both.
_HOUSEHOLD_AFTER_DISABLED = re.compile(rf"^{_HOUSEHOLD_PHRASE}|^(?:贫困|困难)?家庭")
# The 防返贫 monitoring groups by their official names (脱贫不稳定户、边缘易致贫户、突发严重困难户;
# 易返贫致贫 since 2025) and a bare 监测对象/监测户 lie in 脱贫家庭, as 防返贫监测户 always has here.
_POVERTY_WORD = re.compile(r"脱贫|建档立卡|贫困户|防返贫|防止返贫|监测户|监测对象|(?:边缘)?易致贫|易返贫致贫|突发严重困难")
_HARDSHIP_WORDS = (
    (re.compile(r"零就业"), Hardship.ZERO_EMPLOYMENT_FAMILY),
    (re.compile(rf"低保|最低生活保障|低收入|特困|五保|城乡困难|{_DISABLED_FAMILY}|残疾(?={_DISABLED_HOUSEHOLD})"),
     Hardship.LOW_INCOME_FAMILY),
    (re.compile(rf"残疾(?!{_DISABLED_HOUSEHOLD})|残障"), Hardship.DISABILITY),
    (re.compile(r"少数民族"), Hardship.ETHNIC_MINORITY),
    (_POVERTY_WORD, Hardship.POVERTY_ALLEVIATION),
    (re.compile(r"长期失业|失业"), Hardship.LONG_TERM_UNEMPLOYED),
)
_NO_HARDSHIP = re.compile(r"^(无|否|没有|不是|非困难|无困难|一般|正常|none|no)$", re.IGNORECASE)
#: One item of a list cell: the text between separators (;；,，、/| and spaces or line breaks).
_LIST_ITEM = re.compile(r"[^;；,，、/|\s]+")
#: A negation right before a keyword (「无残疾」「非低保」「不是建档立卡户」「否（非零就业）」).
#: 「是否」 is a question, not a negation: such an item is refused below.
_HARDSHIP_NEGATION = re.compile(r"(?:无|非|不是|没有|不属于|(?<!是)否)$")
#: 未 negates 失业 only (「未失业」「父亲没失业」): before other words it says "not yet" (「未脱贫户」, a household
#: still poor, is 脱贫家庭's; 「未就业」 is unemployed), so it is no negation of those.
_UNEMPLOYMENT_NEGATION = re.compile(r"(?:未|没|并未|并没有|从未|不再)(?:长期)?$")
#: A note that someone is in work (「父亲未失业」「母亲没有下岗」「父亲已就业」「父母均已再就业」「在职」). It
#: states no category: on a hardship sheet it reads as an answer to another column (就业状态), so alone
#: it is refused, not read as 「无」 (「无失业」「非低保」, the clerks' "no such category", are read so).
#: Beside 零就业家庭 it contradicts it (``_check_employed_notes``). 「未就业」「无业」「下岗」 say the opposite.
_EMPLOYED_NOTE = re.compile(r"(?:未|没有?|并未|并没有|从未|不再)(?:长期)?(?:失业|下岗)"
                            r"|已经?(?:再|重新)?(?:就业|上岗|工作)(?!过)|(?<![未不没非])在(?:职|岗)"
                            r"|(?<![没无未])有(?:固定|稳定)?工作")
#: What may join two keywords of one category in one phrase (「建档立卡贫困户」「防返贫监测户」):
#: a negation before the first word covers the second.
_HARDSHIP_JOIN = re.compile(r"^(?:的|户|家庭|人员|对象|人)*$")
#: Categories that are the graduate's own state, not the household's: said of a relative
#: (「残疾军人子女」「父母残疾」「失业人员家属」) they are not the graduate's category.
_PERSONAL_HARDSHIPS = frozenset({Hardship.DISABILITY, Hardship.LONG_TERM_UNEMPLOYED})
#: A relative by name (not 家庭/家中, which also name the household itself).
_KIN = (r"(?:子女|儿女|父母亲?|父亲|母亲|爸爸|妈妈|双亲|家长|家属|亲属|配偶|丈夫|妻子|儿子|女儿|家人|家庭成员"
        r"|兄弟姐妹|兄弟|姐妹|哥哥|弟弟|姐姐|妹妹|(?:外?祖)?父母|祖父|祖母|爷爷|奶奶|外公|外婆|姥姥|姥爷|遗属)")
_RELATIVE = rf"(?:{_KIN}|家庭|家中|家里)"
_RELATIVE_AFTER = re.compile(r"^(?:人|军人|退役军人|人员|的)*" + _RELATIVE)
#: A relative right before the keyword (「父亲残疾」「家中有残疾人」), or a named relative a few words
#: before it in the same clause (「父亲肢体残疾」「母亲二级残疾」「父亲持有残疾证」「父母都已失业」「父母均下岗失业」):
#: the degree or kind of a disability between them does not make it the graduate's. 本人/自己 does.
_RELATIVE_BEFORE = re.compile(rf"(?:{_RELATIVE}(?:均|都|一方)?(?:为|是|系|属|有)?(?:持证)?|{_KIN}[^（()）本自]{{1,8}})$")
#: A relative's state that explains the household category named in the same item (「零就业家庭（父母均
#: 失业）」「低保家庭（父亲残疾）」) is read as that household's, not refused: a relative's 失业 is what
#: 零就业家庭 says; a relative's 残疾 makes it a 「残疾人家庭」 (低收入家庭, and 贫困残疾人家庭 when the
#: item says the household is poor). Alone (「父母残疾」「父亲失业」) it names no category and is refused.
_RELATIVE_STATE_EXPLAINS = {
    Hardship.LONG_TERM_UNEMPLOYED: (frozenset({Hardship.ZERO_EMPLOYMENT_FAMILY}), None),
    Hardship.DISABILITY: (frozenset({Hardship.LOW_INCOME_FAMILY, Hardship.ZERO_EMPLOYMENT_FAMILY,
                                     Hardship.POVERTY_ALLEVIATION}), Hardship.LOW_INCOME_FAMILY),
}


#: Narrower groups, read where a keyword of their category starts (「城乡低保」「低保户」「享受最低生活
#: 保障」「特困供养」「五保户」 (农村五保, now 特困供养), 「防返贫监测户」「防止返贫监测对象」 and the
#: monitoring groups by name: 「脱贫不稳定户」「边缘易致贫户」「突发严重困难户」, a bare 「监测对象」). 「低保边缘」
#: households, 「特困职工」 (a trade-union list) and a school's 「特困生」 (its 家庭经济特别困难 level
#: of student aid) are 低收入家庭 but in neither group.
_HARDSHIP_GROUP_WORDS = (
    (re.compile(r"(?:低保|最低生活保障)(?!边缘)"), HardshipGroup.SUBSISTENCE_ALLOWANCE),
    (re.compile(r"特困(?!职工|生|学生)|五保"), HardshipGroup.EXTREME_POVERTY),
    (re.compile(r"防返贫|防止返贫|监测户|监测对象|(?:边缘)?易致贫|易返贫致贫|突发严重困难|脱贫不稳定"),
     HardshipGroup.RELAPSE_MONITORING),
    (re.compile(_POOR_DISABLED_FAMILY), HardshipGroup.POOR_DISABLED_FAMILY),
)
#: A monitored household whose risk has been eliminated (「监测对象（风险已消除）」「已消除风险的监测户」「已解除
#: 监测」) has left the monitoring: it is no 防返贫监测对象 any more. Its monitoring word then states
#: nothing; a 脱贫不稳定户 stays a 脱贫户 (脱贫家庭), the others (边缘易致贫户, 突发严重困难户, a bare
#: 监测对象) were monitored for a risk now gone. 「风险未消除」 is still monitored.
_RISK_ELIMINATED = re.compile(r"风险已?经?(?:消除|解除)|(?<!未)(?<!没有)(?:已经?)?消除(?:了)?(?:返贫致贫|返贫|致贫)?风险"
                              r"|(?<!未)(?:已经?)?(?:解除|退出|终止)(?:了)?(?:防返贫)?监测")
#: A note on the monitoring written after a separator (「监测户，已解除监测」「监测对象 已消除风险」「监测户 风险未消除」)
#: qualifies the item before it, as the bracketed note (「监测对象（风险已消除）」) does.
_MONITORING_NOTE = re.compile(rf"^[（(]?(?:{_RISK_ELIMINATED.pattern}|风险未消除|未消除风险|仍在监测)[）)]?$")
#: The monitoring words of ``_HARDSHIP_WORDS`` without 脱贫不稳定, whose 脱贫 keeps 脱贫家庭 when the risk is gone.
_MONITORING_WORD = re.compile(r"防返贫|防止返贫|监测户|监测对象|(?:边缘)?易致贫|易返贫致贫|突发严重困难")
#: Monitored households that may be 脱贫户 (a bare 监测对象, a 突发严重困难户): with the risk gone the
#: cell no longer says which, so it must say 脱贫家庭 (or 无) itself; an 边缘易致贫户 never was one.
_MAYBE_FORMERLY_POOR = re.compile(r"^(?!.*易致贫).*(?:防返贫|防止返贫|监测户|监测对象|易返贫致贫|突发严重困难)")
#: 国家助学贷款 is financial aid, not a hardship category: its own field (and column). Named as an
#: item of the 困难类别 cell (「建档立卡、助学贷款」「低保；未获得国家助学贷款」) it is read into that field.
_STUDENT_LOAN_WORD = re.compile(r"助学贷款|助贷")
_LOAN_ITEM = re.compile(
    r"^(?:(?P<no>无|未|没有|非|不是|否)(?:获得|享受|申请|办理)?|已?(?:获得|享受|办理|有))?了?"
    r"(?:国家|生源地(?:信用)?|校园地)?(?:国家)?(?:助学贷款|助贷)(?:的)?(?:学生|毕业生|人员|对象|户)?$")
#: A bracketed note after the answer (「是（生源地）」「否(未申请)」): the answer decides.
_LOAN_NOTE = re.compile(r"[（(]([^（()）]*)[）)]$")


def _open_brackets(text: str) -> int:
    """How many brackets of ``text`` are left open (「零就业家庭（父亲失业」: 1)."""
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in "）)")


def _cell_items(text: str) -> list[str]:
    """The items of a list cell (「低保；残疾」 → 低保, 残疾), a monitoring note joined to the item it
    qualifies (「监测户，已解除监测」 is one item). A note after anything but a 脱贫 or monitoring word
    (「低保，已解除监测」) stays an item of its own, which is refused. A bare 「残疾」「残疾人」 and the
    household word after it across spaces only (「残疾人 低保家庭」, a full-width space too) are one phrase,
    read as 「残疾人低保家庭」 is (``_HOUSEHOLD_AFTER_DISABLED``). A bracket's note is not split
    (「零就业家庭（父亲失业、母亲无业）」 is one item), nor parted by a space from what it notes
    (「零就业家庭 （父母均失业）」)."""
    items: list[tuple[int, int]] = []
    for found in _LIST_ITEM.finditer(text):
        if items and _MONITORING_NOTE.match(found.group()) and _POVERTY_WORD.search(text, *items[-1]):
            items[-1] = (items[-1][0], found.end())
        else:
            items.append(found.span())
    spans = [text[start:end] for start, end in items]
    merged: list[str] = []
    for index, item in enumerate(spans):
        gap = text[items[index - 1][1]:items[index][0]] if index else ""
        if merged and (_open_brackets(merged[-1]) > 0 or (gap.isspace() and item[0] in "（(")):
            merged[-1] += gap + item  # inside 「（…）」, or the note 「零就业家庭 （父母均失业）」
        elif merged and merged[-1] in ("残疾", "残疾人") and gap.isspace() and _HOUSEHOLD_AFTER_DISABLED.match(item):
            merged[-1] += item
        else:
            merged.append(item)
    return merged


@dataclass(frozen=True, slots=True)
class HardshipCell:
    """What a 困难类别 cell states: its categories, the narrower groups named within them, and
    the student loan when the cell names it too (``None``: it does not)."""

    categories: frozenset[Hardship]
    groups: frozenset[HardshipGroup]
    student_loan: bool | None = None


def _loan_item(part: str) -> bool:
    """An item of the 困难类别 cell that names the loan: 「国家助学贷款」 → True, 「无助学贷款」 →
    False; a bracketed answer decides (「助学贷款（否）」). An item that mixes the loan with
    anything else (「脱贫户助学贷款」) is refused: which word is the category is a guess."""
    note = _LOAN_NOTE.search(part)
    stem = part[:note.start()] if note else part
    found = _LOAN_ITEM.match(stem)
    if found is None:
        if any(pattern.search(stem) for pattern, _ in _HARDSHIP_WORDS):
            raise ValueError(f"困难类别「{part}」中的助学贷款请与困难类别分开写（如「建档立卡、助学贷款」），"
                             "或填在「助学贷款」列（是/否）")
        raise ValueError(f"无法识别的助学贷款情况「{part}」（可写：助学贷款、无助学贷款，或填在「助学贷款」列）")
    stated = found.group("no") is None
    if note is not None:
        try:
            answer = parse_student_loan(note.group(1))
        except ValueError:
            answer = None  # a note, not an answer (「助学贷款（生源地）」)
        if answer is not None:
            if not stated and answer:
                raise ValueError(f"无法识别的助学贷款情况「{part}」（可写：助学贷款、无助学贷款）")
            stated = answer
    return stated


def _hardship_item(part: str) -> tuple[set[Hardship], set[HardshipGroup]]:
    """The categories and narrower groups one list item states; an item that only negates
    them states none."""
    # At one start the longer word counts (「残疾人家庭」 over 「残疾」).
    hits = sorted(
        ((m.start(), m.end(), flag) for pattern, flag in _HARDSHIP_WORDS for m in pattern.finditer(part)),
        key=lambda hit: (hit[0], -hit[1], hit[2]),
    )
    risk_eliminated = bool(_RISK_ELIMINATED.search(part))
    found: set[Hardship] = set()
    groups: set[HardshipGroup] = set()
    negated: set[Hardship] = set()
    relatives: set[Hardship] = set()  # personal categories said of a relative
    previous: tuple[int, Hardship, bool] | None = None  # (end, flag, negated) of the last keyword
    for start, end, flag in hits:
        if previous is not None and start < previous[0]:
            continue  # overlapping spellings (长期失业 / 失业): the first one counts
        gap_start = previous[0] if previous is not None else 0
        if previous is not None and previous[1] is flag and previous[2] and _HARDSHIP_JOIN.match(part[previous[0]:start]):
            is_negated = True  # 「不是建档立卡贫困户」: 贫困户 is still under 不是
        else:
            is_negated = bool(_HARDSHIP_NEGATION.search(part[gap_start:start])) or (
                flag is Hardship.LONG_TERM_UNEMPLOYED and bool(_UNEMPLOYMENT_NEGATION.search(part[gap_start:start])))
        previous = (end, flag, is_negated)
        if is_negated:
            negated.add(flag)
            continue
        if risk_eliminated and _MONITORING_WORD.match(part, start):
            negated.add(flag)  # no longer monitored: the word states nothing
            continue
        if flag in _PERSONAL_HARDSHIPS and (_RELATIVE_AFTER.match(part[end:]) or _RELATIVE_BEFORE.search(part[:start])):
            relatives.add(flag)
            continue
        found.add(flag)
        groups.update(group for pattern, group in _HARDSHIP_GROUP_WORDS
                      if group.category is flag and pattern.match(part, start)
                      and not (risk_eliminated and group is HardshipGroup.RELAPSE_MONITORING))
    for flag in relatives:
        households, reads_as = _RELATIVE_STATE_EXPLAINS[flag]
        if not found & households:
            known = "、".join(h.value for h in Hardship)
            family = "；家庭贫困且有残疾人的，可写「贫困残疾人家庭」" if flag is Hardship.DISABILITY else ""
            raise ValueError(f"困难类别「{part}」写的是亲属的情况，不是毕业生本人的类别：请写明本人的困难类别"
                             f"（可用：{known}、无{family}）")
        if reads_as is not None:
            found.add(reads_as)
            if _POOR_HOUSEHOLD_WORD.search(part):
                groups.add(HardshipGroup.POOR_DISABLED_FAMILY)
    if not found and not negated and not _NO_HARDSHIP.match(part):
        known = "、".join(h.value for h in Hardship)
        raise ValueError(f"无法识别的困难类别：「{part}」（可用：{known}、无）")
    return found, groups


@dataclass(frozen=True, slots=True)
class _EmployedNote:
    """An item that says someone is in work: the item, the note, whether it is said of a relative
    (「父亲未失业」) and whether the item names a category it qualifies (「低保户（父亲已就业）」)."""

    item: str
    note: str
    of_relative: bool
    qualifies: bool


def _employed_note(part: str) -> _EmployedNote | None:
    found = _EMPLOYED_NOTE.search(part)
    if found is None:
        return None
    rest = _EMPLOYED_NOTE.sub("", part)
    return _EmployedNote(item=part, note=found.group(),
                         of_relative=bool(_RELATIVE_BEFORE.search(part[:found.start()])),
                         qualifies=any(pattern.search(rest) for pattern, _ in _HARDSHIP_WORDS))


def _check_employed_notes(text: str, flags: set[Hardship], notes: list[_EmployedNote]) -> None:
    """Refuse a cell whose note that someone is in work contradicts its category, or that is only such a note.

    零就业家庭 is a household whose members of working age who can and want to work are all out of
    work: 「零就业家庭（父亲未失业）」「零就业家庭，母亲已就业」 says both that none works and that one does.
    Kept as 零就业家庭 it would admit a household that may have left the list (a member back in work
    ends it); dropped it would refuse one that may be on it (a father past working age is 「未失业」 too).
    The clerk knows which: the row is refused, naming the note. 长期失业 is the graduate's own: only
    the graduate's own 「已就业」 contradicts it (「长期失业（父亲已就业）」 is the family's, and kept)."""
    for note in notes:
        if Hardship.ZERO_EMPLOYMENT_FAMILY in flags:
            category = Hardship.ZERO_EMPLOYMENT_FAMILY
        elif Hardship.LONG_TERM_UNEMPLOYED in flags and not note.of_relative:
            category = Hardship.LONG_TERM_UNEMPLOYED
        else:
            continue
        meaning, who = (("家庭中法定劳动年龄内有劳动能力和就业意愿的成员均处于失业状态", "有家庭成员")
                        if category is Hardship.ZERO_EMPLOYMENT_FAMILY else ("毕业生本人长期处于失业状态", "本人"))
        where = "其中" if note.item == text else f"「{note.item}」中"
        raise ValueError(f"困难类别「{text}」前后矛盾：{category.value}指{meaning}，而{where}的「{note.note}」"
                         f"说{who}在业：请核实后只写「{category.value}」，或写其他困难类别、「无」")
    for note in notes:
        if not note.qualifies:
            known = "、".join(h.value for h in Hardship)
            whose = "亲属的情况，不是毕业生本人的类别" if note.of_relative else "就业情况，不是困难类别"
            raise ValueError(f"困难类别「{note.item}」写的是{whose}：请写明本人的困难类别（可用：{known}、无）")


def read_hardship_cell(value: object) -> HardshipCell | None:
    """What a 困难类别 cell states (``城乡低保；残疾`` → {低收入家庭, 残疾} and {低保家庭});
    ``None`` for an empty cell. An item naming the national student loan (「建档立卡、助学贷款」)
    is no category: it goes to ``student_loan``, and a cell naming only the loan states no
    category (the clerk listed what applies). A negated group (「非低保」) is not named."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if _NO_HARDSHIP.match(text):
        return HardshipCell(frozenset(), frozenset())
    flags: set[Hardship] = set()
    groups: set[HardshipGroup] = set()
    loans: set[bool] = set()
    unsure: str | None = None  # an item whose monitoring ended without saying whether it was a 脱贫户
    notes: list[_EmployedNote] = []
    for part in _cell_items(text):
        if "是否" in part:
            raise ValueError(f"困难类别「{part}」是一个问句，请写明毕业生本人的困难类别或「无」")
        if _STUDENT_LOAN_WORD.search(part):
            loans.add(_loan_item(part))
            continue
        note = _employed_note(part)
        if note is not None:
            notes.append(note)
            if not note.qualifies:
                continue  # refused below, after a contradiction the cell may state
        found, named = _hardship_item(part)
        flags.update(found)
        groups.update(named)
        if _RISK_ELIMINATED.search(part) and _MAYBE_FORMERLY_POOR.search(part):
            unsure = part
    _check_employed_notes(text, flags, notes)
    if unsure is not None and Hardship.POVERTY_ALLEVIATION not in flags:
        # Read as no category it would refuse a 脱贫户 a 脱贫家庭 policy; read as 脱贫家庭, admit
        # a household that never was one: the clerk knows which.
        raise ValueError(f"困难类别「{unsure}」风险已消除，已不属于防返贫监测对象，但未写明是否为脱贫户："
                         "原为脱贫户的请写「脱贫家庭」，不是的请写其他困难类别或「无」")
    if len(loans) > 1:
        raise ValueError(f"困难类别「{text}」对助学贷款的说法前后矛盾（既写有又写无）")
    return HardshipCell(frozenset(flags), frozenset(groups), loans.pop() if loans else None)


def read_hardship(value: object) -> tuple[frozenset[Hardship], frozenset[HardshipGroup]] | None:
    """The categories a hardship cell states and the narrower groups it names within them
    (``read_hardship_cell`` without the loan); ``None`` for an empty cell."""
    cell = read_hardship_cell(value)
    return None if cell is None else (cell.categories, cell.groups)


def parse_hardship(value: object) -> frozenset[Hardship] | None:
    """``零就业家庭；残疾`` → both flags; ``无``/``否`` → empty set (stated none); an empty
    cell → ``None`` (not stated: an empty cell is not a statement of 'no hardship').

    A negated keyword does not count (``无残疾``, ``非低保``, ``不是建档立卡户``, ``否（非零就业）``
    → empty set; ``非低保；残疾`` → 残疾 only). A personal category said of a relative
    (``残疾军人子女``, ``父母残疾``) raises ``ValueError``: it is not the graduate's own category.
    低保 and 特困 are 低收入家庭, 防返贫监测 脱贫家庭 (``read_hardship`` also keeps those groups).
    """
    read = read_hardship(value)
    return None if read is None else read[0]


def parse_hardship_groups(value: object) -> frozenset[HardshipGroup] | None:
    """The narrower groups a hardship cell names (``低保户`` → {低保家庭}); ``None`` when it
    names none (an empty cell, 「无」, or categories stated only broadly: 「低收入家庭」)."""
    read = read_hardship(value)
    return (read[1] or None) if read is not None else None


def parse_hardship_group_list(value: object) -> frozenset[HardshipGroup] | None:
    """A column of its own listing the narrower groups (the API's ``hardship_groups``:
    ``["低保家庭"]``, or 「低保户、防返贫监测户」 as the 困难类别 cell writes them); ``None`` when it
    names none (empty, 「无」, ``[]``). An item that names no group (「低收入家庭」) is refused."""
    items = [str(v) for v in value] if isinstance(value, (list, tuple)) else None if value is None else [str(value)]
    groups: set[HardshipGroup] = set()
    for item in (part for text in items or () for part in _cell_items(text)):
        if _RISK_ELIMINATED.search(item) and _MONITORING_WORD.search(item):
            raise ValueError(f"「{item}」风险已消除，已不属于防返贫监测对象，不是细分类别"
                             "（原为脱贫户的，请在困难类别中写「脱贫家庭」）")
        try:
            cell = read_hardship_cell(item)
        except ValueError:
            cell = None
        if cell is None or cell.student_loan is not None or cell.categories != {g.category for g in cell.groups}:
            known = "、".join(g.value for g in HardshipGroup)
            raise ValueError(f"「{item}」不是困难类别中的细分类别（可用：{known}、无）")
        groups.update(cell.groups)
    return frozenset(groups) or None


_LOAN_YES = re.compile(r"^(?:是|有|已?获得|已?贷款?|已办理|√|✓|y|yes|true|1|(?:国家|生源地(?:信用)?|校园地)?(?:国家)?助学贷款)$",
                       re.IGNORECASE)
_LOAN_NO = re.compile(r"^(?:否|无|没有|未获得|未贷款?|未办理|未申请|无贷款|没有贷款|不是|×|n|no|false|0)$", re.IGNORECASE)


def parse_student_loan(value: object) -> bool | None:
    """A 助学贷款 cell: 「是」「有」「已获得」「生源地信用助学贷款」「是（生源地）」 → True; 「否」「无」
    「未获得」「未申请」 → False; empty → ``None`` (not stated). Anything else raises ``ValueError``."""
    if value is None or isinstance(value, bool):
        return value
    text = re.sub(r"\s+", "", str(value))
    if not text:
        return None
    answer = _LOAN_NOTE.sub("", text) or text
    if _LOAN_YES.match(answer):
        return True
    if _LOAN_NO.match(answer):
        return False
    raise ValueError(f"无法识别的助学贷款情况「{text}」（可写：是、否）")
