"""The local web app of minebelt (``minebelt serve``): a JSON API over the core and one page.

Layer: interfaces.

Everything is served from this machine: the page uses a vendored copy of Leaflet and the
bundled country outlines as its basemap; it makes no request to any other host.

    from minebelt.web import create_app
    app = create_app()          # a FastAPI application; OpenAPI at /openapi.json
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["create_app", "serve"]

if TYPE_CHECKING:
    from .app import create_app, serve


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module 'minebelt.web' has no attribute {name!r}")
