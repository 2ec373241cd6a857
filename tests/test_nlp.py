"""The pipeline's own components on small texts (the spaCy pipeline is loaded once)."""

import pytest

pytestmark = pytest.mark.model


def test_nlp_lines_and_datelines_start_sentences(nlp):
    doc = nlp("Talks resume\n\nMEXICO CITY, Feb 18 – Mexico and the United States said they made progress.")
    assert [s.text.strip() for s in doc.sents] == [
        "Talks resume", "MEXICO CITY, Feb 18 –", "Mexico and the United States said they made progress."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_nlp_blank_texts_parse(nlp, text):
    assert nlp(text).text == text
