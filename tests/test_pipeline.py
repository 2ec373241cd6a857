import pytest

from conftest import DATA, SEED
from geograph.pipeline import evaluate

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_evaluation():
    return evaluate(DATA, DATA / "nato-rutte-warning.json")


@pytest.mark.parametrize("category", ["actors", "statements", "memberships", "commitments"])
def test_pipeline_seed_scores_at_least_090_per_category(seed_evaluation, category):
    assert seed_evaluation.scores[category].f1 >= 0.9, seed_evaluation.as_table()


def test_pipeline_seed_facts_carry_their_evidence(seed_facts):
    text = SEED.read_text(encoding="utf-8")
    for fact in (*seed_facts.statements, *seed_facts.memberships, *seed_facts.commitments):
        for evidence in fact.evidence:
            assert text[evidence.start:evidence.end] == evidence.exact
            assert evidence.exact.strip() in evidence.sentence or evidence.sentence in evidence.exact


def test_pipeline_direct_quotes_are_exact_substrings(seed_facts):
    text = SEED.read_text(encoding="utf-8")
    quotes = [s.quote for s in seed_facts.statements if s.direct]
    assert len(quotes) == 2
    assert all(quote in text for quote in quotes)
