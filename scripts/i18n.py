"""The gettext catalogues: extract the messages, update every language, compile, check.

    python scripts/i18n.py extract   # src/minebelt/locale/minebelt.pot from the code and templates (babel.cfg)
    python scripts/i18n.py update    # merge the .pot into every <lang>/LC_MESSAGES/minebelt.po
    python scripts/i18n.py compile   # every .po -> .mo beside it (committed; tests/unit/foundation/test_catalogues.py holds them equal)
    python scripts/i18n.py init xx   # a new language's .po from the .pot
    python scripts/i18n.py all       # extract, update, compile

Babel's own command line (pybabel) does the work; this script only names the paths.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "minebelt" / "locale"
POT = LOCALE / "minebelt.pot"
DOMAIN = "minebelt"


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def extract() -> None:
    pybabel(
        "extract",
        "-F",
        "babel.cfg",
        "-k",
        "N_",
        "-k",
        "pgettext:1c,2",
        "-k",
        "NP_:1c,2",
        # i18n.nprinted(singular, plural, printed, ...), i18n.npprinted(context, singular, plural, ...)
        "-k",
        "nprinted:1,2",
        "-k",
        "npprinted:1c,2,3",
        "--sort-by-file",
        "--no-wrap",
        "--project",
        "minebelt",
        "--copyright-holder",
        "minebelt developers",
        "--msgid-bugs-address",
        "",
        "--add-comments=TRANSLATORS:",
        "-o",
        str(POT),
        "src/minebelt",
    )


def update() -> None:
    pybabel(
        "update",
        "-i",
        str(POT),
        "-d",
        str(LOCALE),
        "-D",
        DOMAIN,
        "--no-wrap",
        "--ignore-obsolete",
        "--no-fuzzy-matching",
    )


def compile_() -> None:
    pybabel("compile", "-d", str(LOCALE), "-D", DOMAIN, "--statistics")


def init(lang: str) -> None:
    pybabel("init", "-i", str(POT), "-d", str(LOCALE), "-D", DOMAIN, "-l", lang, "--no-wrap")


STEPS = {"extract": [extract], "update": [update], "compile": [compile_], "all": [extract, update, compile_]}

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "all"
    if cmd == "init" and len(sys.argv) == 3:
        init(sys.argv[2])
    elif cmd in STEPS and len(sys.argv) <= 2:
        for step in STEPS[cmd]:
            step()
    else:  # --help, a typo or init without its language: the usage above, not a traceback
        sys.exit(__doc__)
