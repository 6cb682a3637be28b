from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def lex():
    from pipeline.lexicons import load_lexicons

    return load_lexicons()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, nlp):
    """The five corpus reports ingested into a fresh database, once for the session."""
    from pipeline.db import open_db
    from pipeline.ingest import ingest

    path = tmp_path_factory.mktemp("db") / "facts.db"
    db = open_db(path)
    summary = ingest([CORPUS], db, nlp=nlp)
    assert summary.ok and summary.ingested == 5
    return path


@pytest.fixture
def corpus_db_copy(corpus_db, tmp_path):
    """A copy of the corpus database for a test that writes to it (SQLite's backup: the WAL comes along)."""
    import sqlite3

    path = tmp_path / "facts.db"
    source, target = sqlite3.connect(corpus_db), sqlite3.connect(path)
    with target:
        source.backup(target)
    source.close()
    target.close()
    return path
