import pytest

from geograph.layout import block_at, blocks

TEXT = """NATO Chief Warns Moscow

Photo: the summit hall

Key Takeaways

  • Rutte warns Russia of a reaction.
  - Spain raises its budget

Rutte spoke in Warsaw on Monday. He said the alliance was ready."""


def test_layout_classifies_lines():
    kinds = [block.kind for block in blocks(TEXT)]
    assert kinds == ["title", "caption", "heading", "bullet", "bullet", "paragraph"]


@pytest.mark.parametrize(("needle", "kind"), [("Chief", "title"), ("Spain", "bullet"), ("Warsaw", "paragraph")])
def test_layout_block_at(needle, kind):
    block = block_at(TEXT, TEXT.index(needle))
    assert block is not None and block.kind == kind
    assert block.is_summary == (kind != "paragraph")


def test_layout_block_at_between_lines_is_none():
    assert block_at(TEXT, TEXT.index("\n\n")) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("By Jane Doe and John Roe", "byline"),
    ("Reporting by Jane Doe; Editing by John Roe", "byline"),
    ("Soldiers parade in the capital on Wednesday. Photo: Reuters", "caption"),
    ("A vessel is hit by a water cannon, in a handout image released by the coast guard.", "caption"),
    ("Manila says a ship rammed a vessel; Japan and Australia pledge more help for the Philippines and its coast guard as tensions rise", "heading"),
    ("The ministers met in Brussels on Monday and agreed on a new package.", "paragraph"),
])
def test_layout_bylines_captions_and_standfirsts(line, kind):
    assert [b.kind for b in blocks("Title\n\n" + line)] == ["title", kind]
