"""Matching core: eligibility rules, scoring, ranking, fairs and evaluation.

May import ``features``; reads no files and knows no HTTP.
"""
