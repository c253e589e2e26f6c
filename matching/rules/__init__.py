"""Rules engine: eligibility conditions of position tables and postings, parsed into typed
``Condition`` records (with the span of text each came from) and checked against graduates
with one Chinese reason per condition.

Entry point: ``RulesEngine(catalog=..., reference_date=..., major_tables=...)``.
"""

from matching.rules.conditions import Condition, Kind, Span
from matching.rules.engine import RulesEngine
from matching.rules.parser import parse_cell, parse_posting_text

__all__ = ["Condition", "Kind", "RulesEngine", "Span", "parse_cell", "parse_posting_text"]
