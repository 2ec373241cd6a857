from dataclasses import replace

import pyoxigraph as ox
import pytest

from geograph.evaluate import Evaluation, max_matching, normalize, query_rows, score_article, token_f1
from geograph.rdf import build_dataset
from geograph.store import replace_graphs
from test_rdf import facts

GOLD = {
    "article": "x.txt",
    "actors": [{"name": "Mark Rutte", "type": "Person", "aliases": ["Rutte"]},
               {"name": "Russia", "type": "Country", "aliases": ["Moscow"]},
               {"name": "NATO", "type": "Organization"},
               {"name": "Poland", "type": "Country"}],
    "statements": [{"speaker": "Mark Rutte", "targets": ["Russia"], "kind": "warning", "quote": None, "direct": False},
                   {"speaker": "Mark Rutte", "targets": [], "kind": "warning",
                    "quote": "Our reaction will be devastating.", "direct": True}],
    "memberships": [{"member": "Poland", "organization": "NATO", "explicit": True}],
    "commitments": [{"actor": "Poland", "amount": 2000000000, "currency": "EUR", "share_of_gdp": None},
                    {"actor": "Russia", "amount": None, "currency": None, "share_of_gdp": None}],
}


def rows(**changes):
    base = {
        "actors": [{"label": "Rutte", "type": "Person"}, {"label": "Russia", "type": "Country"},
                   {"label": "NATO", "type": "Organization"}, {"label": "Poland", "type": "Country"}],
        "statements": [
            {"statement": "s1", "speakerLabel": "Mark Rutte", "kind": "warning", "direct": "false", "targetLabel": "Moscow"},
            {"statement": "s2", "speakerLabel": "Mark Rutte", "kind": "threat", "direct": "true",
             "quote": "Our reaction will be devastating"}],
        "memberships": [{"memberLabel": "Poland", "organizationLabel": "NATO", "status": "active"}],
        "commitments": [{"actorLabel": "Poland", "amount": "2010000000", "currency": "EUR"},
                        {"actorLabel": "Russia"}],
    }
    base.update(changes)
    return base


def scored(predicted):
    evaluation = Evaluation()
    score_article(GOLD, predicted, evaluation)
    return {name: (s.tp, s.fp, s.fn) for name, s in evaluation.scores.items()}, evaluation


def test_evaluate_perfect_prediction_scores_one():
    scores, evaluation = scored(rows())
    assert scores == {"actors": (4, 0, 0), "statements": (2, 0, 0), "memberships": (1, 0, 0), "commitments": (2, 0, 0)}
    assert evaluation.micro.f1 == 1.0
    assert evaluation.as_dict()["agreement"]["statement kind"] == 0.5


def test_evaluate_two_nodes_for_one_actor_give_a_false_positive():
    scores, _ = scored(rows(actors=[{"label": "Rutte"}, {"label": "Mark Rutte"}, {"label": "the Russia"}]))
    assert scores["actors"] == (2, 1, 2)


def test_evaluate_exact_duplicates_count_once():
    scores, _ = scored(rows(memberships=[{"memberLabel": "Poland", "organizationLabel": "NATO", "status": "active"}] * 3))
    assert scores["memberships"] == (1, 0, 0)


@pytest.mark.parametrize(("commitment", "hit"), [
    ({"actorLabel": "Poland", "amount": "2030000000", "currency": "EUR"}, False),
    ({"actorLabel": "Poland", "amount": "2000000000", "currency": "USD"}, False),
    ({"actorLabel": "Poland"}, False),
])
def test_evaluate_commitment_figures_must_agree(commitment, hit):
    scores, _ = scored(rows(commitments=[commitment, {"actorLabel": "Russia"}]))
    assert scores["commitments"][0] == 1 + hit


def test_evaluate_quote_needs_half_the_tokens():
    scores, _ = scored(rows(statements=[{"statement": "s2", "speakerLabel": "Rutte", "kind": "warning",
                                         "direct": "true", "quote": "devastating"}]))
    assert scores["statements"] == (0, 1, 2)


@pytest.mark.parametrize(("a", "b", "f1"), [("a b c d", "a b c d", 1.0), ("a b", "a b c d", 2 / 3), ("x", "y", 0.0)])
def test_evaluate_token_f1(a, b, f1):
    assert token_f1(a, b) == pytest.approx(f1)


def test_evaluate_matching_is_maximal():
    # Greedy would give gold 0 the first prediction and leave gold 1 without one.
    assert len(max_matching([0, 1], ["a", "b"], lambda g, p: p == "a" or (g == 0 and p == "b"))) == 2


@pytest.mark.parametrize(("raw", "folded"), [("The  Baltic States", "baltic states"), ("Türkiye", "turkiye"), ("‘Quad’", "'quad'")])
def test_evaluate_normalize(raw, folded):
    assert normalize(raw) == folded


def test_evaluate_actors_are_named_per_article(reference):
    """An actor two articles name differently is scored under each article's own name."""
    first, second = facts("a1"), facts("a2")
    second = replace(second, actors=tuple(replace(a, label="Polska") if a.key == "country/PL" else a
                                          for a in second.actors))
    store = ox.Store()
    replace_graphs(store, build_dataset([first, second], reference))
    labels = {article[-2:]: sorted(r["label"] for r in found["actors"]) for article, found in query_rows(store).items()}
    assert labels == {"a1": ["NATO", "Poland", "Russia"], "a2": ["NATO", "Polska", "Russia"]}
