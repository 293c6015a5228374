"""The index on real Chroma in tmp_path with the real embedder: add, re-add, replace, delete."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError, NotFound
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.retrieval import retrieve
from assistant.types import Filters

from .conftest import DATA


def chroma_ids(index: Index) -> list[str]:
    return sorted(index.vectors._col.get(include=[])["ids"])


def catalog_ids(index: Index) -> list[str]:
    return sorted(r.chunk_id for r in index.catalog.chunk_rows())


def test_ingest_reingest_is_a_noop(corpus_index: Index, corpus_dir: Path):
    before = chroma_ids(corpus_index)
    assert before == catalog_ids(corpus_index)
    assert len(before) == corpus_index.catalog.stats()["chunks"]
    gen = corpus_index.catalog.generation()
    report = ingest([str(corpus_dir)], corpus_index)
    assert (report.added, report.replaced, report.unchanged, report.chunks) == (0, 0, 6, 0)
    assert chroma_ids(corpus_index) == before
    assert corpus_index.catalog.generation() == gen


def test_changed_article_replaces_its_chunks(index: Index, tmp_path: Path):
    other = tmp_path / "other.txt"
    other.write_text("Council meets\n\n" + "The council met on Monday. " * 80)
    ingest([str(other)], index)
    old = chroma_ids(index)
    f = tmp_path / "story.txt"  # an explicit id makes an edited file the same article
    f.write_text("---\nid: council\n---\nCouncil votes on budget\n\n" + "First version. " * 90)
    first = ingest([str(f)], index)
    assert first.added == 1
    f.write_text("---\nid: council\n---\nCouncil votes on budget\n\nSecond version, changed.")
    second = ingest([str(f)], index)
    assert (second.added, second.replaced) == (0, 1)
    rows = [r for r in index.catalog.chunk_rows() if r.article_id == "council"]
    assert len(rows) == 1 and "Second version" in rows[0].embed_text  # was 2 chunks
    assert sorted(index.vectors.chunk_ids("council")) == [r.chunk_id for r in rows]
    assert set(old) <= set(chroma_ids(index))  # the other article is untouched


def test_changing_chunk_settings_rechunks_on_reingest(corpus_index: Index, corpus_dir: Path):
    corpus_index.settings.ingest.chunk_size = 400
    report = ingest([str(corpus_dir)], corpus_index)
    assert report.replaced == 6
    assert chroma_ids(corpus_index) == catalog_ids(corpus_index)


def test_delete_removes_article_everywhere(corpus_index: Index):
    assert corpus_index.keyword().search("corrosion cables", 5)
    article = corpus_index.delete("harbor-1")
    assert article.title.startswith("Harbor bridge")
    assert not corpus_index.vectors.chunk_ids("harbor-1")
    assert "harbor-1" not in {r.article_id for r in corpus_index.catalog.chunk_rows()}
    hits = corpus_index.keyword().search("corrosion cables steel", 5)
    assert all(not cid.startswith("harbor-1:") for cid, _ in hits)
    with pytest.raises(NotFound):
        corpus_index.get("harbor-1")


def test_short_id_prefix_resolves(corpus_index: Index):
    full = next(r.article.article_id for r in corpus_index.catalog.articles()
                if r.article.outlet == "tass.com")
    assert corpus_index.get(full[:6]).article.article_id == full


def test_same_article_twice_in_one_run_is_indexed_once(index: Index, tmp_path: Path):
    rec = json.loads((DATA / "articles.jsonl").read_text().splitlines()[0])
    f = tmp_path / "dup.jsonl"
    f.write_text(json.dumps(rec) + "\n" + json.dumps(rec) + "\n")
    report = ingest([str(f)], index)
    assert (report.added, report.unchanged) == (1, 1)
    assert chroma_ids(index) == catalog_ids(index)


def test_retrieval_filters_by_outlet_and_date(corpus_index: Index):
    q = "How much did the bridge repairs cost?"
    got = retrieve(corpus_index, q).passages
    assert {p.article_id for p in got[:2]} == {"harbor-1", "harbor-2"}
    only = retrieve(corpus_index, q, Filters(outlets=("valleypost.example",))).passages
    assert only and {p.outlet for p in only} == {"valleypost.example"}
    dated = retrieve(corpus_index, q, Filters(since="2024-03-13", until="2024-03-31")).passages
    assert dated and {p.published for p in dated} == {"2024-03-13"}
    old = retrieve(corpus_index, q, Filters(since="2023-01-01", until="2023-12-31")).passages
    assert {p.article_id for p in old} == {"storm-1"}


@pytest.mark.parametrize("mode", ["dense", "keyword", "hybrid"])
def test_each_retriever_mode_finds_the_obvious_passage(corpus_index: Index, mode: str):
    corpus_index.settings.retrieval.mode = mode
    got = retrieve(corpus_index, "Which documentary won the Lakeside Film Festival prize?").passages
    assert got[0].title == "Film festival names its winner"
    assert got[0].text == corpus_index.get(got[0].article_id).article.text[got[0].start:got[0].end]


def test_diversity_caps_one_article_while_others_qualify(corpus_index: Index):
    corpus_index.settings.retrieval.max_per_article = 1
    got = retrieve(corpus_index, "Putin Trump call Syria bridge storm", k=4).passages
    assert len({p.article_id for p in got}) == 4


def test_bad_filters_are_clear_errors(corpus_index: Index):
    with pytest.raises(ConfigError, match=r"no articles from outlet cnn\.com"):
        retrieve(corpus_index, "x", Filters(outlets=("cnn.com",)))
    with pytest.raises(ConfigError, match="full date"):
        retrieve(corpus_index, "x", Filters(since="last week"))
    with pytest.raises(ConfigError, match="after"):
        retrieve(corpus_index, "x", Filters(since="2024-02-01", until="2024-01-01"))


def test_keyword_index_is_rebuilt_after_changes_and_survives_reopen(
        corpus_index: Index, settings, embedder):
    kw = corpus_index.keyword()
    n = kw.n_docs
    reopened = Index(settings, embedder=embedder)
    assert reopened.keyword().n_docs == n  # loaded from disk, same generation
    reopened.delete("storm-1")
    assert reopened.keyword().n_docs < n
    assert corpus_index.keyword().n_docs == reopened.keyword().n_docs  # other handle sees it


def test_concurrent_keyword_rebuilds_leave_one_whole_index(corpus_index: Index):
    import threading

    from assistant.index.keyword import KeywordIndex

    folder = corpus_index.root / "keyword"
    built = [KeywordIndex.build(corpus_index.catalog) for _ in range(4)]
    threads = [threading.Thread(target=k.save, args=(folder,)) for k in built]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    loaded = KeywordIndex.load(folder)
    assert loaded is not None and loaded.n_docs == built[0].n_docs
    assert sorted(p.name for p in corpus_index.root.iterdir() if p.name.startswith("keyword")) \
        == ["keyword"]


def test_keyword_scores_read_back_without_bm25s_equal_bm25s_own(corpus_index: Index):
    import bm25s

    from assistant.index.keyword import KeywordIndex
    from assistant.nlp.tokens import terms

    folder = corpus_index.root / "keyword"
    built = KeywordIndex.build(corpus_index.catalog)
    built.save(folder)
    loaded = KeywordIndex.load(folder)
    assert loaded is not None and loaded._bm25 is None
    reference = bm25s.BM25.load(str(folder / "bm25"))
    queries = ["bridge reopened repairs", "storm storm schools closed", "port strike workers",
               "nothing matches zzzz"]
    for q in queries:
        toks = [t for t in terms(q) if t in built.doc_freq]
        want = (np.asarray(reference.get_scores(toks), dtype=np.float32) if toks
                else np.zeros(built.n_docs, dtype=np.float32))
        np.testing.assert_allclose(built.weights.scores(toks), want, rtol=1e-6)
        np.testing.assert_allclose(loaded.weights.scores(toks), want, rtol=1e-6)
        assert loaded.search(q, 5) == built.search(q, 5)


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner = inner
        self.texts: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.texts += texts
        return self.inner.encode(texts)


def _story(paragraphs: list[str]) -> str:
    return "---\nid: council\n---\nCouncil votes on budget\n\n" + "\n\n".join(paragraphs)


PARAGRAPHS = [f"Paragraph {i} of the budget story names item {i} and its cost of {i * 3} "
              f"million dollars, which council members debated at length on Monday night."
              for i in range(30)]


def test_reingest_embeds_nothing_twice(index: Index, tmp_path: Path, embedder):
    counting = CountingEmbedder(embedder)
    index.embedder = counting
    f = tmp_path / "story.txt"
    f.write_text(_story(PARAGRAPHS))
    first = ingest([str(f)], index)
    assert first.chunks == first.embedded == len(counting.texts) >= 4
    before = {r.chunk_id: r.embed_text for r in index.catalog.chunk_rows()}

    # an update that changes only the last paragraph: only the chunk(s) holding it are new
    counting.texts.clear()
    f.write_text(_story([*PARAGRAPHS[:-1], "A correction: the final item cost 90 million."]))
    update = ingest([str(f)], index)
    assert update.replaced == 1 and update.chunks == first.chunks
    after = {r.chunk_id: r.embed_text for r in index.catalog.chunk_rows()}
    changed = [cid for cid in after if after[cid] != before.get(cid)]
    assert 1 <= len(changed) < first.chunks
    assert update.embedded == len(counting.texts) == len(changed)
    assert all("correction" in t for t in counting.texts)
    assert "reused" in update.summary()

    # a word-for-word wire copy under another id: nothing is embedded at all
    counting.texts.clear()
    copy = tmp_path / "copy.txt"
    copy.write_text(_story([*PARAGRAPHS[:-1], "A correction: the final item cost 90 million."])
                    .replace("id: council", "id: council-copy\noutlet: other.example"))
    wire = ingest([str(copy)], index)
    assert wire.chunks == first.chunks and wire.embedded == 0 and counting.texts == []

    # unchanged: nothing is even chunked again
    assert ingest([str(f), str(copy)], index).unchanged == 2 and counting.texts == []

    # reused vectors are the stored ones, and they are what the embedder gives
    got = index.vectors.get_vectors([f"council-copy:{i}" for i in range(first.chunks)])
    texts = [r.embed_text for r in index.catalog.chunk_rows() if r.article_id == "council-copy"]
    fresh = embedder.encode(texts)
    stored = np.stack([got[f"council-copy:{i}"] for i in range(first.chunks)])
    assert (fresh * stored).sum(axis=1).min() > 0.999


def test_vectors_without_overlap_leave_out_only_the_repeated_sentences():
    from assistant.ingest.chunking import chunk_article, embedding_text, vector_texts
    from assistant.types import Article

    text = " ".join(f"Sentence number {i} says something about the harbor." for i in range(60))
    article = Article(article_id="a", title="Harbor news", text=text)
    chunks = chunk_article(article, 400, 120)
    assert any(b.start < a.end for a, b in pairwise(chunks))  # overlap
    whole = vector_texts(chunks, article, overlap=True)
    assert whole == [embedding_text(c, article.title) for c in chunks]
    own = vector_texts(chunks, article, overlap=False)
    assert own[0] == whole[0]
    body = [t.removeprefix("Harbor news\n") for t in own]
    assert all(t.startswith("Harbor news\n") for t in own)
    assert " ".join(body) == text  # every sentence embedded exactly once


def test_vectors_can_leave_the_headline_to_the_keyword_index():
    from assistant.ingest.chunking import chunk_article, vector_texts
    from assistant.types import Article

    article = Article(article_id="a", title="Harbor news", text="The harbor reopened today.")
    chunks = chunk_article(article)
    assert vector_texts(chunks, article) == ["Harbor news\nThe harbor reopened today."]
    assert vector_texts(chunks, article, headline=False) == ["The harbor reopened today."]


def test_an_outlet_may_be_given_by_its_name(corpus_index: Index):
    """A CLI walk-through: `--outlet CNN` was an error over an index of cnn.com."""
    got = retrieve(corpus_index, "storm", Filters(outlets=("Coastal Herald",))).passages
    assert got and {p.outlet for p in got} == {"coastalherald.example"}
    assert {p.outlet for p in retrieve(corpus_index, "storm",
                                       Filters(outlets=("VALLEYPOST",))).passages} \
        == {"valleypost.example"}
    with pytest.raises(ConfigError, match=r"no articles from outlet Coastal"):
        retrieve(corpus_index, "x", Filters(outlets=("Coastal",)))  # a part is not the name


def test_an_outlet_name_means_every_domain_of_that_name_and_no_other():
    """An independent review: "news" matched news.yahoo.com and "CNN" left edition.cnn.com
    out."""
    from assistant.index import named_outlets

    known = {"cnn.com", "edition.cnn.com", "usatoday.com", "news.yahoo.com", "bbc.co.uk",
             "bbc.com"}
    assert named_outlets("cnn", known) == ["cnn.com", "edition.cnn.com"]
    assert named_outlets("usa today", known) == ["usatoday.com"]
    assert named_outlets("bbc", known) == ["bbc.co.uk", "bbc.com"]
    assert named_outlets("news", known) == ["news"]  # a part of a domain names nothing
    assert named_outlets("yahoo", known) == ["news.yahoo.com"]


def test_a_name_typed_without_its_accents_finds_the_article_that_has_them(index: Index,
                                                                          tmp_path):
    from assistant.ingest.pipeline import ingest
    from tests.helpers import write_jsonl

    path = write_jsonl(tmp_path / "pele.jsonl", [
        {"id": "pele", "title": "Brazil says farewell", "outlet": "ex.com",
         "published": "2023-01-03",
         "text": "Pelé was buried in Santos on Tuesday after a procession through São Paulo."},
        {"id": "other", "title": "Santos harbour reopens", "outlet": "ex.com",
         "published": "2023-01-03", "text": "The harbour of Santos reopened on Tuesday."}])
    assert ingest([str(path)], index).added == 2
    kw = index.keyword()
    for query in ("Pele", "Pelé", "PELE", "Sao Paulo"):  # only the accented words match
        found = kw.search(query, 2)
        assert [chunk.split(":")[0] for chunk, _ in found] == ["pele"], (query, found)


def test_ingest_says_when_it_loads_the_embedding_model(settings, embedder, tmp_path):
    """A walk-through watched an ingest's bar sit at "0 chunks" for six seconds with no word:
    the first embedding loads the model."""
    from assistant.ingest import sample_path

    class Lazy:
        """The session's embedder, reporting itself unloaded until first used."""

        def __init__(self, inner: object) -> None:
            self.inner, self.used = inner, False

        def is_loaded(self) -> bool:
            return self.used

        def __getattr__(self, name: str) -> object:
            self.used = True
            return getattr(self.inner, name)

    idx = Index(settings, embedder=Lazy(embedder))  # type: ignore[arg-type]
    try:
        notes: list[str] = []
        ingest([str(sample_path())], idx, lambda done, total, note: notes.append(note))
        assert notes.count("loading the embedding model") == 1
    finally:
        idx.close()
