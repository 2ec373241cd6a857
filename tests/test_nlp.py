"""The pipeline's own components on small texts (the spaCy pipeline is loaded once)."""

import pytest

from geograph.nlp import dateline_at, dateline_place

pytestmark = pytest.mark.model


def test_nlp_lines_and_datelines_start_sentences(nlp):
    doc = nlp("Talks resume\n\nMEXICO CITY, Feb 18 – Mexico and the United States said they made progress.")
    assert [s.text.strip() for s in doc.sents] == [
        "Talks resume", "MEXICO CITY, Feb 18 –", "Mexico and the United States said they made progress."]


@pytest.mark.parametrize(("line", "dateline"), [
    ("WASHINGTON -- The leaders agreed on Friday.", "WASHINGTON -- "),
    ("WASHINGTON/BEIJING -- The two sides agreed.", "WASHINGTON/BEIJING -- "),
    ("YAOUNDÉ, March 29 (Reuters) - Members agreed.", "YAOUNDÉ, March 29 (Reuters) - "),
    ("The WASHINGTON - talks went on.", None),
])
def test_nlp_datelines_as_wires_write_them(line, dateline):
    found = dateline_at(line, 0)
    assert (found.group() if found else None) == dateline


@pytest.mark.parametrize(("text", "place"), [
    ("Headline\n\nOTTAWA — The federal government will spend more.", "OTTAWA"),
    ("Headline\n\nSEOUL, March 3 (Reuters) - Talks resumed.", "SEOUL"),
    ("Headline\n\nWASHINGTON/BEIJING -- The two sides agreed.", "WASHINGTON"),
    ("Headline\n\nThe federal government will spend more.", None),
])
def test_nlp_the_place_a_story_is_filed_from(text, place):
    assert dateline_place(text) == place


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_nlp_blank_texts_parse(nlp, text):
    assert nlp(text).text == text
