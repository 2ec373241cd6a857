import pytest

from geograph.errors import InputError
from geograph.corpus import read_article
from geograph.ingest import MAX_BYTES, slugify


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (b"PK\x03\x04\x00\x00binary", "the file is binary, not a text article"),
        (b"Caf\xe9 au lait", "the file is not UTF-8 text (invalid byte at offset 3)"),
    ],
)
def test_ingest_refuses_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert str(caught.value) == f"{path}: {message}"


def test_ingest_refuses_missing_and_huge_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(InputError, match="larger than 5 MiB"):
        read_article(huge)
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_ingest_reads_title_id_and_normalises_newlines(tmp_path, newline):
    path = tmp_path / "Poland Warns Russia.txt"
    path.write_bytes(("\ufeff\n  Poland warns Russia  " + newline + newline + "Body text.").encode())
    article = read_article(path)
    assert article.title == "Poland warns Russia"
    assert article.id == "poland-warns-russia"
    assert "\r" not in article.text
    assert article.source == "Poland Warns Russia.txt"


@pytest.mark.parametrize(("text", "slug"), [("Mark Rutte", "mark-rutte"), ("Côte d’Ivoire", "cote-divoire"), ("!!", "x")])
def test_ingest_slugify(text, slug):
    assert slugify(text) == slug
