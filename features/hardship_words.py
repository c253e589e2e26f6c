"""The words the 困难类别 reader knows (``features.hardship``): each category's and narrower group's
keywords, negations, relatives, the monitoring of 防返贫 households and the separators of a list cell.

Data only (compiled patterns and tables), with why each phrase reads as it does; every accepted
form is listed in docs/hardship.md.
"""

from __future__ import annotations

import re

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
POOR_HOUSEHOLD_WORD = re.compile(rf"(?<!严重){_POOR_HOUSEHOLD}(?!边缘|职工|生|学生)")
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
HOUSEHOLD_AFTER_DISABLED = re.compile(rf"^{_HOUSEHOLD_PHRASE}|^(?:贫困|困难)?家庭")
# The 防返贫 monitoring groups by their official names (脱贫不稳定户、边缘易致贫户、突发严重困难户;
# 易返贫致贫 since 2025) and a bare 监测对象/监测户 lie in 脱贫家庭, as 防返贫监测户 always has here.
POVERTY_WORD = re.compile(r"脱贫|建档立卡|贫困户|防返贫|防止返贫|监测户|监测对象|(?:边缘)?易致贫|易返贫致贫|突发严重困难")
HARDSHIP_WORDS = (
    (re.compile(r"零就业"), Hardship.ZERO_EMPLOYMENT_FAMILY),
    # 孤儿: no family income to speak of. Many 求职创业补贴 policies count an orphan among 特困人员, but an
    # orphan is not always registered as one (特困人员认定办法): 低收入家庭 stated broadly, in no group, so
    # that a subsidy for 特困人员 reviews it (「请核实是否属于低保家庭、特困人员…」) rather than pays on a guess.
    (re.compile(rf"低保|最低生活保障|低收入|特困|五保|城乡困难|孤儿|{_DISABLED_FAMILY}|残疾(?={_DISABLED_HOUSEHOLD})"),
     Hardship.LOW_INCOME_FAMILY),
    (re.compile(rf"残疾(?!{_DISABLED_HOUSEHOLD})|残障"), Hardship.DISABILITY),
    (re.compile(r"少数民族"), Hardship.ETHNIC_MINORITY),
    (POVERTY_WORD, Hardship.POVERTY_ALLEVIATION),
    (re.compile(r"长期失业|失业"), Hardship.LONG_TERM_UNEMPLOYED),
)
#: A cell (or item) stating no category, as forms write it: 「暂无」「无。」「不属于」, or a dash for 无
#: (a slash already reads as none: it is a list separator, so such a cell holds no item).
NO_HARDSHIP = re.compile(
    r"^(?:无|暂无|均无|都没有|无此情况|无特殊情况|否|没有|不是|不属于|非困难(?:生|学生|家庭)?|无困难|不困难|一般|正常"
    r"|none|no|[-－—–]+)[。.！!]?$", re.IGNORECASE)
#: One item of a list cell: the text between separators (;；,，、/| and spaces or line breaks).
LIST_ITEM = re.compile(r"[^;；,，、/|\s]+")
#: A negation right before a keyword (「无残疾」「非低保」「不是建档立卡户」「否（非零就业）」).
#: 「是否」 is a question, not a negation: such an item is refused below.
HARDSHIP_NEGATION = re.compile(r"(?:无|非|不是|没有|不属于|(?<!是)否)$")
#: 未 negates 失业 only (「未失业」「父亲没失业」): before other words it says "not yet" (「未脱贫户」, a household
#: still poor, is 脱贫家庭's; 「未就业」 is unemployed), so it is no negation of those.
UNEMPLOYMENT_NEGATION = re.compile(r"(?:未|没|并未|并没有|从未|不再)(?:长期)?$")
#: What may join two keywords of one category in one phrase (「建档立卡贫困户」「防返贫监测户」):
#: a negation before the first word covers the second.
HARDSHIP_JOIN = re.compile(r"^(?:的|户|家庭|人员|对象|人)*$")
#: Categories that are the graduate's own state, not the household's: said of a relative
#: (「残疾军人子女」「父母残疾」「失业人员家属」) they are not the graduate's category.
PERSONAL_HARDSHIPS = frozenset({Hardship.DISABILITY, Hardship.LONG_TERM_UNEMPLOYED})
#: A relative by name (not 家庭/家中, which also name the household itself).
_KIN = (r"(?:子女|儿女|父母亲?|父亲|母亲|爸爸|妈妈|双亲|家长|家属|亲属|配偶|丈夫|妻子|儿子|女儿|家人|家庭成员"
        r"|兄弟姐妹|兄弟|姐妹|哥哥|弟弟|姐姐|妹妹|(?:外?祖)?父母|祖父|祖母|爷爷|奶奶|外公|外婆|姥姥|姥爷|遗属)")
_RELATIVE = rf"(?:{_KIN}|家庭|家中|家里)"
#: A clause of detail about the household (「父亲已退休」「母亲常年生病」「家中有老人需赡养」): it starts with
#: a relative or the household and names no category. After a category (「零就业家庭，父亲已退休」) it is
#: a note on it, as in brackets (「零就业家庭（父亲已退休）」), and states nothing; alone it is refused.
DETAIL_CLAUSE = re.compile(rf"^{_RELATIVE}")
#: An item led by a named relative (「父母均失业」「母亲残疾」), not by the household (「家庭低保」 states its own).
KIN_CLAUSE = re.compile(rf"^{_KIN}")
#: States a sheet may write in the 困难类别 cell that are not hardship categories of the regional plan
#: (零就业家庭、低收入家庭、残疾、少数民族 …) nor of the 求职创业补贴 (低保、脱贫、贫困残疾人家庭、特困人员、残疾、
#: 国家助学贷款): a single-parent household is not said poor (a poor one is 低保 or 低收入), and a veteran's
#: support (退役军人就业优待) is the 退役军人事务 offices', not a hardship. Beside a category they are
#: dropped as a detail is; alone refused, saying why.
NOT_A_CATEGORY = (
    (re.compile(r"^单亲(?:家庭|户)?$|^父母离异$"), "单亲家庭本身不是困难类别；家庭为低保或低收入的，请写「低保家庭」或「低收入家庭」"),
    (re.compile(r"^(?:退役|复员|转业)(?:军人|士兵|大学生士兵)$|^退伍(?:军人)?$"),
     "退役军人不是困难类别，其就业优待由退役军人事务部门办理"),
    # A grade of the school's 家庭经济困难学生认定 (特别困难/困难/一般困难), copied from the aid file: it says
    # the family is poor but not which household category, and only the clerk can look that up.
    (re.compile(r"^(?:家庭经济)?(?:特别困难|比较困难|一般困难)(?:学生|生)?$|^(?:家庭经济)?困难(?:学生|生)$"),
     "这是学校资助中家庭经济困难学生的认定结果，不是就业帮扶的困难类别；请按家庭情况写明「低保家庭」「零就业家庭」等，都不是的写「无」"),
)
RELATIVE_AFTER = re.compile(r"^(?:人|军人|退役军人|人员|的)*" + _RELATIVE)
#: A relative right before the keyword (「父亲残疾」「家中有残疾人」), or a named relative a few words
#: before it in the same clause (「父亲肢体残疾」「母亲二级残疾」「父亲持有残疾证」「父母都已失业」「父母均下岗失业」):
#: the degree or kind of a disability between them does not make it the graduate's. 本人/自己 does.
RELATIVE_BEFORE = re.compile(rf"(?:{_RELATIVE}(?:均|都|一方)?(?:为|是|系|属|有)?(?:持证)?|{_KIN}[^（()）本自]{{1,8}})$")
#: A relative's state that explains the household category named in the same item (「零就业家庭（父母均
#: 失业）」「低保家庭（父亲残疾）」) is read as that household's, not refused: a relative's 失业 is what
#: 零就业家庭 says; a relative's 残疾 makes it a 「残疾人家庭」 (低收入家庭, and 贫困残疾人家庭 when the
#: item says the household is poor), and so in an item of its own beside that category (「零就业家庭，父母均
#: 失业」, ``features.hardship_items.hardship_item``). Alone (「父母残疾」「父亲失业」) it names no category and is refused.
RELATIVE_STATE_EXPLAINS = {
    Hardship.LONG_TERM_UNEMPLOYED: (frozenset({Hardship.ZERO_EMPLOYMENT_FAMILY}), None),
    Hardship.DISABILITY: (frozenset({Hardship.LOW_INCOME_FAMILY, Hardship.ZERO_EMPLOYMENT_FAMILY,
                                     Hardship.POVERTY_ALLEVIATION}), Hardship.LOW_INCOME_FAMILY),
}


#: Narrower groups, read where a keyword of their category starts (「城乡低保」「低保户」「享受最低生活
#: 保障」「特困供养」「五保户」 (农村五保, now 特困供养), 「防返贫监测户」「防止返贫监测对象」 and the
#: monitoring groups by name: 「脱贫不稳定户」「边缘易致贫户」「突发严重困难户」, a bare 「监测对象」). 「低保边缘」
#: households, 「特困职工」 (a trade-union list) and a school's 「特困生」 (its 家庭经济特别困难 level
#: of student aid) are 低收入家庭 but in neither group.
HARDSHIP_GROUP_WORDS = (
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
RISK_ELIMINATED = re.compile(r"风险已?经?(?:消除|解除)|(?<!未)(?<!没有)(?:已经?)?消除(?:了)?(?:返贫致贫|返贫|致贫)?风险"
                             r"|(?<!未)(?:已经?)?(?:解除|退出|终止)(?:了)?(?:防返贫)?监测")
#: A note on the monitoring written after a separator (「监测户，已解除监测」「监测对象 已消除风险」「监测户 风险未消除」)
#: qualifies the item before it, as the bracketed note (「监测对象（风险已消除）」) does.
MONITORING_NOTE = re.compile(rf"^[（(]?(?:{RISK_ELIMINATED.pattern}|风险未消除|未消除风险|仍在监测)[）)]?$")
#: The monitoring words of ``HARDSHIP_WORDS`` without 脱贫不稳定, whose 脱贫 keeps 脱贫家庭 when the risk is gone.
MONITORING_WORD = re.compile(r"防返贫|防止返贫|监测户|监测对象|(?:边缘)?易致贫|易返贫致贫|突发严重困难")
#: Monitored households that may be 脱贫户 (a bare 监测对象, a 突发严重困难户): with the risk gone the
#: cell no longer says which, so it must say 脱贫家庭 (or 无) itself; an 边缘易致贫户 never was one.
MAYBE_FORMERLY_POOR = re.compile(r"^(?!.*易致贫).*(?:防返贫|防止返贫|监测户|监测对象|易返贫致贫|突发严重困难)")
