"""The layout of an article's text: title, headings, bullets and paragraphs.

News text is not all prose. Headlines, section headings, captions and bullet lists break
sentence splitting and, read naively, invent entities ("Stirs Tensions"). Extractors ask the
layout which block a character belongs to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

BULLET = re.compile(r"^\s*(?:[•·▪◦‣*–—-]|\d{1,2}[.)])\s+")
BYLINE = re.compile(r"^\s*(?:By [A-Z]|(?:Reporting|Writing|Editing|Additional reporting|Compiled) by\b)")
CREDIT = re.compile(
    r"(?:Photo(?:graph)?|Image|Picture|Credit)\s*:|\((?:Reuters|AFP|AP|EPA|Getty Images)\)\s*$|"
    r"(?:REUTERS|AFP|Getty Images)\s*/|\bhandout (?:image|photo|picture)|\bFile photo\b", re.IGNORECASE)
TERMINAL = re.compile(r"[.!?:;][\"”’'»)]*\s*$")
MAX_HEADING_WORDS = 60


@dataclass(frozen=True)
class Block:
    """A line of the article: its character span and what kind of line it is."""

    start: int
    end: int
    kind: str  # title, heading (also standfirsts), byline, caption, bullet or paragraph

    @property
    def is_prose(self) -> bool:
        """Paragraphs and bullets are prose; titles and headings are not."""
        return self.kind in ("paragraph", "bullet")

    @property
    def is_summary(self) -> bool:
        """Titles, headings, captions and bullets restate what the paragraphs say."""
        return self.kind != "paragraph"

    @property
    def is_headline(self) -> bool:
        """Titles, headings, bylines and captions: read for facts, never alone."""
        return self.kind not in ("paragraph", "bullet")


def classify_line(line: str, first: bool) -> str:
    """The kind of one non-empty line."""
    if first:
        return "title"
    if BYLINE.match(line):
        return "byline"
    if BULLET.match(line):
        return "bullet"
    if CREDIT.search(line):
        return "caption"
    if len(line.split()) <= MAX_HEADING_WORDS and not TERMINAL.search(line):
        return "heading"
    return "paragraph"


@lru_cache(maxsize=64)
def blocks(text: str) -> tuple[Block, ...]:
    """The non-empty lines of ``text`` as blocks, in order."""
    found: list[Block] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            kind = classify_line(line, first=not found)
            found.append(Block(match.start(), match.end(), kind))
    return tuple(found)


def block_at(text: str, char: int) -> Block | None:
    """The block holding character ``char``, or None between blocks."""
    found = blocks(text)
    index = bisect_right([block.start for block in found], char) - 1
    if index >= 0 and char < found[index].end:
        return found[index]
    return None
