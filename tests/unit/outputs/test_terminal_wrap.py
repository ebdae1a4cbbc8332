"""Terminal wrapping measures terminal cells, not characters: a Korean title fits 80 columns."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from minebelt.outputs.terminal.layout import wrap

KOREAN = "source: dmz-average: Asia Economy (Kim Hee-yoon), \u201c[DMZ \uc9c0\ub8b0 \uc81c\uac70] \ud55c\ubc18\ub3c4 \ub9e4\uc124 \uc9c0\ub8b0, \uc885\ub958\uc640 \uc591\uc740 \uc5bc\ub9c8\ub098?\u201d (2018)"


def test_double_width_letters_fit_the_width():
    lines = wrap(KOREAN, 40)
    assert all(cell_len(line) <= 40 for line in lines) and " ".join(x.strip() for x in lines) == KOREAN


def test_a_no_break_space_joins_its_words():
    assert wrap("12\u00a0000 mines", 20) == ["12\u00a0000 mines"]


@given(
    st.lists(st.text("abcdefgh", min_size=1, max_size=12), max_size=40),
    st.integers(20, 90),
    st.integers(0, 4),
    st.integers(0, 4),
)
def test_same_lines_as_textwrap_on_ascii(words, width, indent, hang):
    text = " ".join(words)
    expected = textwrap.wrap(
        text,
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + hang),
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]
    assert wrap(text, width, indent, hang) == expected
