import json

import pytest

from geograph.corpus import Skipped, content_hash, discover, read_documents

PAGE = """<html><head><title>Poland warns Russia</title>
<meta property="article:published_time" content="2026-03-01"><script>var tracking = 1;</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>Poland warns Russia</h1>
<p>Polish Prime Minister Donald Tusk warned Russia on Monday that any incursion would be met with force.</p>
<p>Poland, a NATO member, has pledged to spend 4.7% of GDP on defence next year.</p></article>
<footer>Subscribe to our newsletter.</footer></body></html>"""


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "europe").mkdir()
    (tmp_path / "europe" / "index.html").write_text(PAGE)
    (tmp_path / "asia").mkdir()
    (tmp_path / "asia" / "index.md").write_text("# Japan pledges aid\n\nJapan pledged 1 trillion yen.")
    (tmp_path / "notes.json").write_text("{}")
    lines = [{"text": "Chile joined talks.", "title": "Chile talks", "published": "2026-01-02", "source": "wire"},
             "not json", {"title": "no text"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines))
    (tmp_path / "empty.txt").write_text("")
    return tmp_path


def test_corpus_discovers_folders_recursively_with_unique_ids(corpus):
    assert [stem for _, stem in discover([corpus])] == ["asia-index", "empty", "europe-index", "feed"]


def test_corpus_reads_every_kind_and_reports_bad_documents(corpus):
    documents = list(read_documents([corpus]))
    articles = {d.id: d for d in documents if not isinstance(d, Skipped)}
    skipped = [d.reason for d in documents if isinstance(d, Skipped)]
    assert set(articles) == {"asia-index", "europe-index", "feed-1"}
    page = articles["europe-index"]
    assert page.title == "Poland warns Russia" and page.published == "2026-03-01"
    assert "Donald Tusk warned Russia" in page.text
    assert "tracking" not in page.text and "Subscribe" not in page.text and "Home" not in page.text
    assert articles["feed-1"].text.startswith("Chile talks\n\n") and articles["feed-1"].source == "wire"
    assert skipped == [f"{corpus / 'empty.txt'}: the file is empty",
                       f"{corpus / 'feed.jsonl'}:2: not JSON (Expecting value)",
                       f"{corpus / 'feed.jsonl'}:3: no 'text' field"]


def test_corpus_content_hash_follows_the_text(corpus):
    first = next(d for d in read_documents([corpus / "asia"]) if not isinstance(d, Skipped))
    (corpus / "asia" / "index.md").write_text("# Japan pledges aid\n\nJapan pledged 2 trillion yen.")
    second = next(d for d in read_documents([corpus / "asia"]) if not isinstance(d, Skipped))
    assert content_hash(first) != content_hash(second) and first.id == second.id
