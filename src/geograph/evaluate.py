"""Scoring extraction against hand-made gold annotations (the format of shared/gold/README.md).

Predictions are read back through the named queries, exactly as analysts and the held-out
evaluation see them. Matching follows the gold README: names fold case, accents, curly quotes,
spaces and a leading "the"; each gold item matches at most one prediction; exact duplicate
predictions count once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import InputError
from .ingest import slugify
from .query import named_query, select

CATEGORIES = ("actors", "statements", "memberships", "commitments")


@dataclass
class Score:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Score) -> Score:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Scores per category (and their micro average), plus agreement on attributes of matches."""

    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    agreement: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    articles: int = 0

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.scores.values():
            total += score
        return total

    def as_dict(self) -> dict[str, Any]:
        def row(score: Score) -> dict[str, Any]:
            return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
                    "f1": round(score.f1, 4), "tp": score.tp, "fp": score.fp, "fn": score.fn}
        return {
            "articles": self.articles,
            "categories": {name: row(score) for name, score in self.scores.items()},
            "micro": row(self.micro),
            "agreement": {name: round(sum(v) / len(v), 4) for name, v in sorted(self.agreement.items()) if v},
        }

    def as_table(self) -> str:
        lines = [f"{'category':<12} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for name, score in [*self.scores.items(), ("micro", self.micro)]:
            lines.append(f"{name:<12} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f} "
                         f"{score.tp:>4} {score.fp:>4} {score.fn:>4}")
        for name, values in sorted(self.agreement.items()):
            if values:
                lines.append(f"agreement on {name}: {sum(values) / len(values):.3f} ({len(values)} matched)")
        return "\n".join(lines) + "\n"


def normalize(name: str) -> str:
    """Fold case, accents, curly quotes, extra spaces and a leading "the".

    >>> normalize("  The  Baltic  States")
    'baltic states'
    >>> normalize("Côte d’Ivoire")
    "cote d'ivoire"
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text).strip().casefold()
    return re.sub(r"^the ", "", text)


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text))


def token_f1(predicted: str, gold: str) -> float:
    """Token-overlap F1 of two quotes."""
    p, g = tokens(predicted), tokens(gold)
    if not p or not g:
        return 0.0
    common = sum(min(p.count(t), g.count(t)) for t in set(p))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def max_matching(gold: Sequence[Any], predicted: Sequence[Any],
                 fits: Callable[[Any, Any], bool]) -> dict[int, int]:
    """A maximum one-to-one matching of gold to predicted items (gold index → predicted index)."""
    options = [[j for j, p in enumerate(predicted) if fits(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        assign(i, set())
    return {i: j for j, i in owner.items()}


def score_of(gold: Sequence[Any], predicted: Sequence[Any], fits: Callable[[Any, Any], bool]) -> tuple[Score, dict[int, int]]:
    matched = max_matching(gold, predicted, fits)
    return Score(len(matched), len(predicted) - len(matched), len(gold) - len(matched)), matched


class GoldNames:
    """Which names stand for which gold actor."""

    def __init__(self, actors: Iterable[dict[str, Any]]):
        self.names: dict[str, set[str]] = {}
        for actor in actors:
            self.names[actor["name"]] = {normalize(n) for n in [actor["name"], *actor.get("aliases", [])]}

    def fits(self, predicted: str | None, gold_name: str) -> bool:
        if predicted is None:
            return False
        return normalize(predicted) in self.names.get(gold_name, {normalize(gold_name)})


def _decimal(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def score_article(gold: dict[str, Any], rows: dict[str, list[dict[str, str]]], evaluation: Evaluation) -> None:
    """Add one article's scores to an evaluation."""
    names = GoldNames(gold.get("actors", []))
    add = evaluation.scores

    actors = sorted({r["label"]: r for r in rows["actors"] if "label" in r}.values(), key=lambda r: r["label"])
    score, matched = score_of(gold.get("actors", []), actors, lambda g, p: names.fits(p["label"], g["name"]))
    add["actors"] += score
    for i, j in matched.items():
        evaluation.agreement["actor type"].append(gold["actors"][i].get("type") == actors[j].get("type"))
        if gold["actors"][i].get("wikidata"):
            evaluation.agreement["wikidata"].append(gold["actors"][i]["wikidata"] == actors[j].get("wikidata"))

    grouped: dict[str, dict[str, Any]] = {}
    for row in rows["statements"]:
        item = grouped.setdefault(row["statement"], {**row, "targets": set()})
        if "targetLabel" in row:
            item["targets"].add(row["targetLabel"])
    unique = {(s.get("speakerLabel"), s.get("quote"), s["direct"], frozenset(s["targets"]), s["kind"]): s
              for s in grouped.values()}
    statements = list(unique.values())

    def statement_fits(g: dict[str, Any], p: dict[str, Any]) -> bool:
        if not names.fits(p.get("speakerLabel"), g["speaker"]):
            return False
        if g.get("quote"):
            return bool(p.get("quote")) and token_f1(p["quote"], g["quote"]) >= 0.5
        if not g.get("targets"):
            return True
        return any(names.fits(t, gt) for t in p["targets"] for gt in g["targets"])

    score, matched = score_of(gold.get("statements", []), statements, statement_fits)
    add["statements"] += score
    for i, j in matched.items():
        evaluation.agreement["statement kind"].append(gold["statements"][i].get("kind") == statements[j]["kind"])

    memberships = list({(m.get("memberLabel"), m.get("organizationLabel")): m for m in rows["memberships"]}.values())
    score, matched = score_of(gold.get("memberships", []), memberships, lambda g, p: names.fits(
        p.get("memberLabel"), g["member"]) and names.fits(p.get("organizationLabel"), g["organization"]))
    add["memberships"] += score
    for i, j in matched.items():
        evaluation.agreement["membership status"].append(
            gold["memberships"][i].get("status", "active") == memberships[j]["status"])

    commitments = list({(c.get("actorLabel"), c.get("amount"), c.get("currency"), c.get("shareOfGdp")): c
                        for c in rows["commitments"]}.values())

    def commitment_fits(g: dict[str, Any], p: dict[str, str]) -> bool:
        if not names.fits(p.get("actorLabel"), g["actor"]):
            return False
        amount, share = _decimal(g.get("amount")), _decimal(g.get("share_of_gdp"))
        if amount is None and share is None:
            return True
        predicted_amount, predicted_share = _decimal(p.get("amount")), _decimal(p.get("shareOfGdp"))
        if amount is not None and predicted_amount is not None and g.get("currency") == p.get("currency") \
                and abs(predicted_amount - amount) <= abs(amount) * Decimal("0.01"):
            return True
        return share is not None and predicted_share is not None and predicted_share == share

    score, _ = score_of(gold.get("commitments", []), commitments, commitment_fits)
    add["commitments"] += score
    evaluation.articles += 1


def query_rows(store: ox.Store) -> dict[str, dict[str, dict[str, list[dict[str, str]]]]]:
    """Rows of the four named queries, per article IRI."""
    per_article: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: {c: [] for c in CATEGORIES})
    actor_articles: dict[str, set[str]] = defaultdict(set)
    for row in select(store, "PREFIX gg: <https://w3id.org/geograph/ontology#> "
                             "SELECT ?actor ?article WHERE { ?actor gg:mentionedIn ?article }"):
        actor_articles[row["actor"]].add(row["article"])
    # one label per actor in the named query; scored per article, an actor is named as there
    own_labels = {(row["actor"], row["article"]): row["label"] for row in select(
        store, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
               "SELECT ?actor ?article (MIN(?name) AS ?label) "
               "WHERE { GRAPH ?article { ?actor rdfs:label ?name } } GROUP BY ?actor ?article")}
    for row in select(store, named_query("actors")):
        for article in actor_articles[row["actor"]]:
            label = own_labels.get((row["actor"], article), row.get("label"))
            per_article[article]["actors"].append({**row, "label": label} if label else row)
    for name in CATEGORIES[1:]:
        for row in select(store, named_query(name)):
            per_article[row["article"]][name].append(row)
    return per_article


def read_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: not a gold JSON file ({error})") from None
    if not isinstance(gold, dict) or "article" not in gold:
        raise InputError(f"{path}: not a gold JSON file (no 'article' field)")
    return gold


def gold_pairs(articles: Path, gold: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(article file, gold annotation) for every gold file in a folder (or one gold file)."""
    files = sorted(gold.glob("*.json")) if gold.is_dir() else [gold]
    if not files or not files[0].exists():
        raise InputError(f"{gold}: no gold JSON files")
    pairs = []
    for path in files:
        annotation = read_gold(path)
        folder = articles if articles.is_dir() else articles.parent
        article = folder / annotation["article"]
        if not article.is_file():
            raise InputError(f"{path}: its article {article} does not exist")
        pairs.append((article, annotation))
    return pairs


def evaluate_store(store: ox.Store, pairs: list[tuple[Path, dict[str, Any]]]) -> Evaluation:
    """Score what a store holds for each article against its gold."""
    evaluation = Evaluation()
    rows = query_rows(store)
    empty: dict[str, list[dict[str, str]]] = {c: [] for c in CATEGORIES}
    for article, annotation in pairs:
        iri = f"https://w3id.org/geograph/id/article/{slugify(article.stem)}"
        score_article(annotation, rows.get(iri, empty), evaluation)
    return evaluation
