"""MkDocs hook: links from the docs to repository files outside ``docs/``.

The Markdown files in ``docs/`` are read in two places: on the forge, where a link such as
``[minebelt.geo.zone](../src/minebelt/geo/zone.py)`` opens the source file, and in the built
site, which holds only ``docs/``. For the site this hook rewrites each such link before MkDocs
checks links:

- a file a page of the site includes (``{% include-markdown %}``: the README, CONTRIBUTING.md,
  CHANGELOG.md, the package's LICENSE-DATA.md) becomes a link to that page;
- a module under ``src/`` becomes a cross-reference to its page in the API reference
  (mkdocs-autorefs: a missing page is a warning, so an error under ``--strict``);
- any other file that exists (``../examples/seed-claims.toml``) keeps its text, unlinked;
- a file that does not exist is a warning, so a broken link fails ``mkdocs build --strict``
  as a broken link inside ``docs/`` does.

After the build it reads every page and stylesheet of the site and warns (an error under
``--strict``) about anything a browser would fetch from another host when the page is opened:
a script, stylesheet, font, image or frame with an ``http(s)://`` or ``//`` address. Links a
reader clicks (``<a href>``) are not fetches and stay allowed.

Loaded by ``mkdocs.yml`` (``hooks:``); not part of the package.
"""

from __future__ import annotations

import html.parser
import logging
import posixpath
import re
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.repo_links")

#: An inline Markdown link ``[text](target)``; images (``![...]``) are left alone.
LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")
FENCE = re.compile(r"^\s*(```|~~~)")
INCLUDE = re.compile(r"include-markdown\s+\"([^\"]+)\"")


def included_pages(docs_dir: Path) -> dict[Path, str]:
    """Each repository file a page includes whole, mapped to that page (docs-relative path)."""
    pages: dict[Path, str] = {}
    for page in sorted(docs_dir.rglob("*.md")):
        for target in INCLUDE.findall(page.read_text(encoding="utf-8")):
            resolved = Path(posixpath.normpath((page.parent / target).as_posix()))
            pages.setdefault(resolved, page.relative_to(docs_dir).as_posix())
    return pages


def module_of(path: Path, root: Path) -> str | None:
    """``minebelt.geo.zone`` for ``<root>/src/minebelt/geo/zone.py``; None outside ``src/``."""
    try:
        rel = path.relative_to(root / "src")
    except ValueError:
        return None
    if rel.suffix != ".py":
        return None
    parts = list(rel.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def rewrite_line(line: str, page_dir: Path, docs_dir: Path, root: Path, page: str, included: dict[Path, str]) -> str:
    """One line of Markdown with its links to files outside ``docs_dir`` rewritten."""

    def repl(m: re.Match[str]) -> str:
        target = m["target"]
        if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^/", target):  # URL, anchor, absolute path
            return m[0]
        path_part = target.split("#", 1)[0]
        resolved = Path(posixpath.normpath((page_dir / path_part).as_posix()))
        if resolved == docs_dir or docs_dir in resolved.parents:
            return m[0]  # MkDocs validates links inside docs/
        if not resolved.exists():
            log.warning("%s: link to %s, which does not exist in the repository", page, target)
            return m[0]
        if resolved in included and included[resolved] == page:
            return m["text"]  # the page that shows this file: no link to itself
        if resolved in included:
            anchor = target[len(path_part) :]
            return f"[{m['text']}]({posixpath.relpath(docs_dir / included[resolved], page_dir)}{anchor})"
        module = module_of(resolved, root)
        if module:
            return f"[{m['text']}][{module}]"
        return m["text"]

    return LINK.sub(repl, line)


def on_page_markdown(markdown: str, *, page: Any, config: Any, files: Any) -> str:
    docs_dir = Path(config["docs_dir"]).resolve()
    root = Path(config["config_file_path"]).resolve().parent
    page_dir = Path(page.file.abs_src_path).resolve().parent
    included = included_pages(docs_dir)
    out, in_fence = [], False
    for line in markdown.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence
        out.append(line if in_fence else rewrite_line(line, page_dir, docs_dir, root, page.file.src_uri, included))
    return "\n".join(out)


# ------------------------------------------------------------------------------ offline check

#: Attributes through which a page makes the browser fetch something by itself.
FETCHING = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
}
#: ``<link rel=...>`` values that fetch (or open a connection) when the page loads.
FETCHING_REL = {
    "stylesheet",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "icon",
    "manifest",
    "modulepreload",
    "apple-touch-icon",
}
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.I)
CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])((?:https?:)?//[^'\")\s]+)", re.I)


class _Fetches(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.remote: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        names = FETCHING.get(tag, ())
        if tag == "link" and FETCHING_REL & set(a.get("rel", "").lower().split()):
            names = ("href",)
        for name in names:
            for url in a.get(name, "").split(","):
                if REMOTE.match(url):
                    self.remote.append(f"<{tag} {name}={url.strip().split()[0]}>")
        if "style" in a:
            self.remote += [f"<{tag} style> {u}" for u in CSS_URL.findall(a["style"])]

    def handle_data(self, data: str) -> None:
        if self.lasttag == "style":
            self.remote += [f"<style> {u}" for u in CSS_URL.findall(data)]


def remote_fetches(text: str, kind: str = "html") -> list[str]:
    """What a page (``kind="html"``) or a stylesheet (``"css"``) fetches from another host.

    >>> remote_fetches('<script src="https://cdn.example/x.js"></script><a href="https://osm.org">OSM</a>')
    ['<script src=https://cdn.example/x.js>']
    >>> remote_fetches('<link rel="stylesheet" href="//fonts.example/css"><link rel="canonical" href="https://x">')
    ['<link href=//fonts.example/css>']
    >>> remote_fetches("@font-face{src:url(https://fonts.example/a.woff2)}", "css")
    ['https://fonts.example/a.woff2']
    """
    if kind == "css":
        return CSS_URL.findall(text)
    parser = _Fetches()
    parser.feed(text)
    return parser.remote


def on_post_build(*, config: Any) -> None:
    site = Path(config["site_dir"])
    for path in sorted([*site.rglob("*.html"), *site.rglob("*.css")]):
        found = remote_fetches(
            path.read_text(encoding="utf-8", errors="replace"), "css" if path.suffix == ".css" else "html"
        )
        for url in found:
            log.warning(
                "%s fetches %s from another host: the site must work offline", path.relative_to(site).as_posix(), url
            )
