"""``minebelt serve``: the local web app (map, controls, JSON API).

Layer: interfaces (runs :mod:`minebelt.web`).
"""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import InputError
from ..i18n import N_
from ._common import described


@described(N_("Run the local web app (map, controls, JSON API) at http://HOST:PORT/."))
def serve(
    host: Annotated[str, typer.Option("--host", help=N_("Address to listen on (loopback by default)."))] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help=N_("Port."))] = 8000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="<name>",
            help=N_(
                "Also answer requests for this Host name (repeatable); 127.0.0.1, localhost, ::1 and --host always."
            ),
        ),
    ] = None,
    *,
    lang: str | None = None,
) -> None:
    # lang: the --lang code given (every command's option, checked by the command line), also
    # the page's language when the browser's request names none; None: Accept-Language chooses
    if not 1 <= port <= 65535:
        raise InputError(f"--port {port}: must be in [1, 65535]")
    for name in allow_host or []:
        if not name.strip() or any(c in name for c in "/ ,\t"):
            raise InputError(f"--allow-host {name!r}: must be a host name or address, without port, path or spaces")
    import contextvars

    from ..i18n import gettext as _
    from ..web.app import serve as run_server
    from ._common import console

    shown = f"[{host}]" if ":" in host else host
    console().print(_("minebelt web app at %(url)s (Ctrl+C stops it)") % {"url": f"http://{shown}:{port}/"})
    # the start line is in the language chosen; the server runs outside it (a fresh context:
    # its page follows its own picker, --lang when the request names none, its JSON is English)
    contextvars.Context().run(run_server, host=host, port=port, allow_hosts=list(allow_host or []), default_lang=lang)
