"""The service edge: file import and export, storage, API, CLI and web pages.

Everything that touches files, databases or the network lives here and hands plain
records to ``matching`` and ``features``.
"""
