"""Chinese word segmentation with a domain dictionary.

``Segmenter`` owns its tokenizer (never jieba's global default) and is picklable, so a
vectoriser can receive it through scikit-learn's ``tokenizer=`` hook and be saved.

Backend choice (see ``benchmarks/segmenter.py``): ``rjieba`` (jieba-rs) cuts the same
words as ``jieba`` on almost every job text and is many times faster, so it is the
default; ``jieba`` remains selectable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: Function words and table boilerplate that carry no matching signal.
STOP_WORDS = frozenset(
    """
    的 了 和 与 及 或 等 在 是 为 对 以 从 由 将 于 并 其 之 中 上 下 内 外 有 无 不 可 能 会 要 也 都 就
    负责 相关 工作 岗位 职位 职责 要求 具有 具备 能够 优先 以上 以下 一定 良好 较强 进行 完成 协助
    我们 公司 单位 本 该 各类 各项 相应 一 二 三 个 年 人 名 （ ） ( ) 、 ， , 。 ； ; ： : ！ ? ？ “ ” " ' / - — … · 《 》 【 】 [ ]
    """.split()
)

_SPACE = re.compile(r"\s+")
_TOKEN_OK = re.compile(r"[\w\u4e00-\u9fff]")


class Segmenter:
    """Cut Chinese text into words, with extra dictionary words and stop-word removal.

    Parameters are keyword-only and stored as given; the tokenizer is built lazily on
    first use and rebuilt after unpickling.
    """

    def __init__(self, *, words: Iterable[str] = (), backend: str = "rjieba", stop_words: Iterable[str] | None = None):
        if backend not in ("rjieba", "jieba"):
            raise ValueError(f"unknown segmenter backend {backend!r}")
        self.words = tuple(sorted({w.strip() for w in words if w and w.strip()}))
        self.backend = backend
        self.stop_words = frozenset(STOP_WORDS if stop_words is None else stop_words)
        self._tokenizer = None

    def __getstate__(self) -> dict:
        return {"words": self.words, "backend": self.backend, "stop_words": self.stop_words}

    def __setstate__(self, state: dict) -> None:
        self.words = state["words"]
        self.backend = state["backend"]
        self.stop_words = state["stop_words"]
        self._tokenizer = None

    def _build(self):
        if self.backend == "rjieba":
            import rjieba

            tokenizer = rjieba.Jieba()
            for word in self.words:
                tokenizer.add_word(word, None, None)
            return tokenizer.cut
        import jieba

        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        for word in self.words:
            tokenizer.add_word(word)
        return tokenizer.lcut

    def raw_cut(self, text: str) -> list[str]:
        """All pieces jieba returns, stop words and spaces included."""
        if self._tokenizer is None:
            self._tokenizer = self._build()
        return self._tokenizer(text)

    def cut(self, text: str | None) -> list[str]:
        """Content words of ``text``: no spaces, punctuation or stop words; Latin lower-cased."""
        if not text:
            return []
        out = []
        for piece in self.raw_cut(_SPACE.sub(" ", str(text))):
            piece = piece.strip().lower()
            if piece and piece not in self.stop_words and _TOKEN_OK.search(piece):
                out.append(piece)
        return out

    __call__ = cut

    def cut_many(self, texts: Sequence[str]) -> list[list[str]]:
        return [self.cut(t) for t in texts]
