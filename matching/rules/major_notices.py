"""The wordings that say which of a graduate's majors counts, one pattern for the parser (the ``main_major``
note rule, ``matching.rules.patterns``) and for what the graduate reads (``matching.rules.post_notices``):
they restrict nobody by themselves (the post's major list decides), but a graduate with a second degree or
a 本科 major other than the master's should learn which one they apply with.
"""

from __future__ import annotations

import re

#: 「限主修专业报考」「仅限主修专业」 (Henan 其他要求, 434 posts), 「限以主修学位报考」「双学位考生限以主修学位报考」
#: (gkld 备注, 14 posts): the 主修 major, not a 辅修 or 第二学位 one, counts.
MAIN_MAJOR = r"(?:双学位考生)?(?:限|仅限)(?:以)?主修(?:专业|学位)(?:报考)?"
#: 「考生需以最高学历对应的专业报考(（均以主修专业报考）)」「以最高学历所学专业报考」「限以最高学历期间主修专业报考」
#: 「最高学历对应专业需满足职位专业要求」 (gkld 备注): the highest degree's major counts.
HIGHEST_MAJOR = (r"(?:考生)?(?:需|须)?以最高学历(?:所)?(?:对应(?:的)?|所学)专业报考(?:[(（]均以主修专业报考[)）])?"
                 r"|限以最高学历期间主修专业报考|最高学历对应专业需满足职位专业要求")
#: Either, as the parser reads a clause (brackets already ASCII there).
MAJOR_NOTICE = f"{HIGHEST_MAJOR}|{MAIN_MAJOR}"

MAIN_MAJOR_RE = re.compile(MAIN_MAJOR)
HIGHEST_MAJOR_RE = re.compile(HIGHEST_MAJOR)
