"""One router per resource of the web app (FastAPI's "bigger applications" layout).

Layer: interfaces.

``create_app`` in :mod:`minebelt.web.app` includes them; each module holds its endpoints and
the small pure helpers they need, and imports the core lazily.
"""
