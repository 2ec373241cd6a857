"""Read article files into :class:`Article` values, refusing what is not a text article."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import InputError

MAX_BYTES = 5 * 1024 * 1024


def slugify(text: str) -> str:
    """A lower-case ASCII slug for IRIs and ids.

    >>> slugify("Mark Rutte")
    'mark-rutte'
    >>> slugify("Côte d’Ivoire")
    'cote-divoire'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def decode_article(data: bytes, name: str) -> str:
    """The text of an article file's bytes, or an :class:`InputError` naming what is wrong."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: the file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if b"\x00" in data:
        raise InputError(f"{name}: the file is binary, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: the file is not UTF-8 text (invalid byte at offset {error.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path) -> bytes:
    """The bytes of an article file, or an :class:`InputError` saying why they cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an article file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
