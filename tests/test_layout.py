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
    assert kinds == ["title", "heading", "heading", "bullet", "bullet", "paragraph"]


@pytest.mark.parametrize(("needle", "kind"), [("Chief", "title"), ("Spain", "bullet"), ("Warsaw", "paragraph")])
def test_layout_block_at(needle, kind):
    block = block_at(TEXT, TEXT.index(needle))
    assert block is not None and block.kind == kind
    assert block.is_summary == (kind != "paragraph")


def test_layout_block_at_between_lines_is_none():
    assert block_at(TEXT, TEXT.index("\n\n")) is None
