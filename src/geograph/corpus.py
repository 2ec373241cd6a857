"""Corpora: article files and folders of .txt, .md, .html and JSON Lines, read into articles.

A bad document is reported and skipped, never aborting the rest: readers yield either an
:class:`Article` or a :class:`Skipped` with the reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .facts import Article
from .ingest import decode_article, read_bytes, slugify

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True)
class Skipped:
    """A document that could not be read, and why."""

    source: str
    reason: str


def discover(paths: Iterable[Path | str]) -> list[tuple[Path, str]]:
    """Every document under the paths as (file, id stem): files as given, folders searched
    recursively for known suffixes, in a stable order. Ids come from the path below the folder,
    so that two "index.html" in different folders stay two articles."""
    found: list[tuple[Path, str]] = []
    for given in map(Path, paths):
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()):
                found.append((path, "-".join(path.relative_to(given).with_suffix("").parts)))
        else:
            found.append((given, given.stem))
    return found


def content_hash(article: Article) -> str:
    """What a rebuild compares to decide an article is unchanged."""
    return hashlib.sha256("\x1f".join((article.title, article.published or "", article.text)).encode()).hexdigest()


def read_documents(paths: Iterable[Path | str]) -> Iterator[Article | Skipped]:
    """Articles from every document under the paths, and the documents skipped."""
    for path, stem in discover(paths):
        try:
            yield from read_file(path, stem)
        except InputError as error:
            yield Skipped(str(path), str(error))


def read_file(path: Path, stem: str) -> Iterator[Article | Skipped]:
    """The articles of one file."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        if not path.exists():
            raise InputError(f"{path}: no such file")
        yield from read_jsonl(path, stem)
        return
    text = decode_article(read_bytes(path), str(path))
    if suffix in HTML_SUFFIXES:
        yield html_article(text, stem, path.name)
    else:
        yield text_article(text, stem, path.name)


def read_article(path: Path | str) -> Article:
    """One article from one text or HTML file, read as a build reads it."""
    path = Path(path)
    document = next(read_file(path, path.stem))
    if isinstance(document, Skipped):
        raise InputError(document.reason)
    return document


def text_article(text: str, stem: str, source: str, title: str | None = None, published: str | None = None) -> Article:
    """An article from plain text; the title, when given apart, becomes the first line."""
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    first = next((line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip()), "")
    if not first:
        raise InputError(f"{source}: the document has no text")
    return Article(id=slugify(stem), title=title or first, text=text, source=source, published=published)


def html_article(html: str, stem: str, source: str) -> Article:
    """The main text of a web page, without navigation, scripts and boilerplate (trafilatura)."""
    import trafilatura

    document = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        raise InputError(f"{source}: no article text found in the page")
    return text_article(text, stem, source, getattr(document, "title", None) or None, getattr(document, "date", None) or None)


def read_jsonl(path: Path, stem: str) -> Iterator[Article | Skipped]:
    """One article per line: {"text", "title", "published", "source"}; a bad line is skipped."""
    with path.open(encoding="utf-8", errors="strict") as lines:
        try:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
                        raise InputError(f"{where}: no 'text' field")
                    source = str(record.get("source") or where)
                    yield text_article(record["text"], f"{stem}-{number}", source,
                                       record.get("title") or None, record.get("published") or None)
                except (json.JSONDecodeError, InputError) as error:
                    yield Skipped(where, str(error) if isinstance(error, InputError) else f"{where}: not JSON ({error.msg})")
        except UnicodeDecodeError:
            yield Skipped(str(path), f"{path}: the file is not UTF-8 text")
