"""HTTP routes: a docstring and a call into ``service.api.services`` (imports: ``uploads``) each."""
