"""Builders of the certificate, language and ethnicity conditions the clause rules
(``patterns.RULES``) read: a certificate's name as the requirement words it (且需有… gone),
English and Mandarin grades, 法律职业资格 classes, the groups an ethnicity clause names and the
languages a language clause names."""

from __future__ import annotations

import re

from matching.rules.conditions import CertificateCond, EthnicityCond, Kind, LanguageCond

#: Languages of China's minorities that posts ask for (Xinjiang's first: 塔吉克语 at 塔什库尔干, 锡伯语 at
#: 察布查尔), as stems before 语/文: one list for the language rules and for ``_HARD``, so that a
#: clause naming one (「熟练掌握塔吉克语」) is a language requirement, never a soft note.
MINORITY_LANGUAGES = "维吾尔|哈萨克|蒙古|柯尔克孜|锡伯|塔吉克|乌孜别克|塔塔尔|藏|朝鲜|彝|壮|傣|景颇|傈僳|拉祜|哈尼|纳西|佤|苗|瑶|布依|侗"


def _certificate(m: re.Match[str]) -> CertificateCond:
    # The words asking for it go, however many (且需有, 须同时取得, 要取得); 应 is a verb here
    # (应具有…), never the first character of 应届 (「应届本科毕业生…」 lost it).
    name = re.sub(r"^(?:须|需|要|应(?!届)|并|且|及|和|同时)*(?:具有|取得|持有|具备|获得|有|通过|持)?<?", "", m.group(0)).strip()
    if name.endswith(">") and "<" not in name:
        name = name[:-1]  # <护士执业证书>: the title marks are not part of the name
    return CertificateCond(name=name)


def _alternatives(m: re.Match[str]) -> CertificateCond:
    name = _certificate(m).name
    # 初级或以上 is one grade and up (初级及以上), not an alternative named 「以上资格证书」.
    parts = tuple(p.strip() for p in re.split(r"或者|或(?!以上)", name) if p.strip())
    return CertificateCond(name=name, alternatives=parts if len(parts) > 1 else ())


def _scoped_english(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """研究生大学英语六级425分以上，本科生大学英语四级425分以上: one certificate per level."""
    out: list[tuple[Kind, object]] = []
    for who, level, score in re.findall(r"(研究生|本科生|本科|硕士|博士)[^四六46]*?(四|六|4|6)级[^\d,、]*(\d{3})?", m.group(0)):
        name = f"大学英语{ {'4': '四', '6': '六'}.get(level, level) }级" + (f"{score}分以上" if score else "")
        out.append((Kind.CERTIFICATE, CertificateCond(name=name, scope=who)))
    return out


def _law(m: re.Match[str]) -> CertificateCond:
    if "C证" in m.group(0):
        return CertificateCond(name="法律职业资格证书(A、B或C证)", alternatives=("国家司法考试",))
    if "A" in m.group(0):
        return CertificateCond(name="法律职业资格证书(A类)", alternatives=("国家司法考试",))
    return CertificateCond(name="法律职业资格证书", alternatives=("国家司法考试",))


def _english(m: re.Match[str]) -> CertificateCond:
    level = {"4": "四", "6": "六"}.get(m.group("lv") or m.group("cet") or "", m.group("lv") or m.group("lv2"))
    name = {"四": "大学英语四级", "六": "大学英语六级"}.get(level, "英语专业八级")
    score = m.groupdict().get("score") or m.groupdict().get("score2")
    return CertificateCond(name=f"{name}{score}分以上" if score else name)


def _mandarin(m: re.Match[str]) -> CertificateCond:
    return CertificateCond(name=f"普通话{m.group('lv')}级{m.group('grade') or ''}等及以上".replace("等等", "等"))


#: Xinjiang's thirteen long-resident groups first, then others seen in tables.
_ETHNIC_GROUPS = ("维吾尔族|汉族|哈萨克族|回族|柯尔克孜族|蒙古族|塔吉克族|锡伯族|满族|乌孜别克族|俄罗斯族|达斡尔族|塔塔尔族"
                  "|朝鲜族|藏族|赫哲族|壮族")


def _ethnicity(m: re.Match[str]) -> EthnicityCond:
    if m.group("etc"):
        return EthnicityCond(minority=True)
    return EthnicityCond(tuple(dict.fromkeys(re.findall(_ETHNIC_GROUPS, m.group("n")))))


def _language(m: re.Match[str]) -> LanguageCond:
    t = m.group(0)
    if "双语" in t:
        return LanguageCond(("双语",))
    if "蒙汉兼通" in t:
        return LanguageCond(("蒙古语", "汉语"))
    names = re.findall(rf"({MINORITY_LANGUAGES}|英|俄|日|法|德)(?:语|文)", t)
    return LanguageCond(tuple(dict.fromkeys(n + "语" for n in names)))
