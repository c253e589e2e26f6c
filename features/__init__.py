"""Text → features: domain records, normalisers, segmentation and vectorisers.

Nothing in this package reads files, opens databases or knows HTTP: callers in
``service`` load data and hand it in.
"""
