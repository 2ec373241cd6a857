"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = DATA / "nato-rutte-warning.txt"
SEED_GOLD = DATA / "nato-rutte-warning.json"


@pytest.fixture(scope="session")
def reference():
    from geograph.reference import load_reference

    return load_reference()


@pytest.fixture(scope="session")
def extractor(reference):
    from geograph.pipeline import Extractor

    return Extractor(reference=reference)


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def seed_facts(extractor):
    from geograph.corpus import read_article

    return next(extractor.facts([read_article(SEED)]))


@pytest.fixture(scope="session")
def seed_dataset(seed_facts, reference):
    from geograph.rdf import build_dataset

    return build_dataset([seed_facts], reference)


@pytest.fixture(scope="session")
def seed_files(seed_dataset, tmp_path_factory):
    """The seed's graph written in every output format."""
    from geograph.rdf import FORMATS, write_dataset

    folder = tmp_path_factory.mktemp("seed")
    files = {}
    for extension in FORMATS:
        path = folder / f"seed{extension}"
        write_dataset(seed_dataset, path)
        files[extension] = path
    return files


def require_tool(name: str) -> str:
    """The path of an external tool; skip (locally) or fail (in CI) when it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
