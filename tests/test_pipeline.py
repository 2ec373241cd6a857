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


def statement_count(store_dir):
    from geograph.query import select
    from geograph.store import open_source

    return select(open_source(store_dir), "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/geograph/ontology#Statement> }")[0]["n"]


def test_pipeline_store_builds_are_incremental_and_survive_bad_articles(tmp_path):
    from geograph.pipeline import build_store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Warning\n\nGermany warned Russia on Monday that sanctions would follow.")
    (corpus / "b.txt").write_text("Demand\n\nFrance urged Iran to return to talks.")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    store = tmp_path / "kb"
    first = build_store([corpus], store)
    assert (first.articles, first.unchanged, len(first.skipped)) == (2, 0, 1)
    assert first.skipped[0].reason == f"{corpus / 'bad.txt'}: the file is binary, not a text article"
    assert statement_count(store) == "2"
    again = build_store([corpus], store)
    assert (again.articles, again.unchanged, again.triples) == (0, 2, 0)
    (corpus / "b.txt").write_text("Demand\n\nFrance urged Iran to return to talks. Spain criticised Iran.")
    changed = build_store([corpus], store)
    assert (changed.articles, changed.unchanged) == (1, 1)
    assert statement_count(store) == "3"


def by_value(triple):
    """A triple with numbers compared by value: Oxigraph writes decimals in canonical form."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    s, p, o = triple
    if isinstance(o, Literal) and o.datatype == XSD.decimal:
        o = o.toPython().normalize()
    return s, p, o


def test_pipeline_store_and_file_builds_agree(tmp_path):
    from geograph.pipeline import build_file, build_store
    from geograph.store import export_store, open_store
    from geograph.validate import read_rdf, union_graph

    build_file([SEED], tmp_path / "seed.nq")
    build_store([SEED], tmp_path / "kb")
    export_store(open_store(tmp_path / "kb"), tmp_path / "export.nq")
    exported, written = union_graph(read_rdf(tmp_path / "export.nq")), union_graph(read_rdf(tmp_path / "seed.nq"))
    assert {by_value(t) for t in written} <= {by_value(t) for t in exported}  # the store also holds all reference data
    export_store(open_store(tmp_path / "kb"), tmp_path / "again.nq")
    assert (tmp_path / "export.nq").read_bytes() == (tmp_path / "again.nq").read_bytes()


@pytest.mark.slow
def test_pipeline_development_set_scores_do_not_regress():
    evaluation = evaluate(DATA / "dev", DATA / "dev")
    assert evaluation.articles >= 20
    assert evaluation.micro.f1 >= 0.80, evaluation.as_table()
    for category, score in evaluation.scores.items():
        assert score.f1 >= 0.70, f"{category}\n{evaluation.as_table()}"
