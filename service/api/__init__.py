"""The HTTP service: ``create_app`` builds the FastAPI app (API under ``/api``, pages at ``/``)."""

from service.api.app import create_app

__all__ = ["create_app"]
