import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.ingest.chunking import chunk_article, chunk_spans
from assistant.ingest.sources import load_item
from assistant.types import Article

from .conftest import SAMPLE


def sample() -> Article:
    [a] = list(load_item(SAMPLE / "tass-2017-11-21-putin-trump-call.txt", max_bytes=10**6,
                         timeout=1))
    assert isinstance(a, Article)
    return a


def test_chunks_are_exact_spans_of_the_article():
    a = sample()
    chunks = chunk_article(a, 1000, 200)
    assert len(chunks) > 1
    for c in chunks:
        assert c.text == a.text[c.start:c.end]
        assert len(c.text) <= 1000
        assert c.chunk_id == f"{a.article_id}:{c.index}"


def test_chunks_cover_every_sentence_and_end_on_sentence_boundaries():
    a = sample()
    chunks = chunk_article(a, 600, 150)
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
        assert a.text[c.end - 1] in '.!?"”\'' or a.text[c.end:c.end + 1] in ("\n", "")
    body = {i for i, ch in enumerate(a.text) if not ch.isspace()}
    assert body <= covered


def test_overlap_repeats_whole_trailing_sentences():
    text = " ".join(f"Sentence number {i} is here." for i in range(40))
    spans = chunk_spans(text, 200, 60)
    for (_a1, b1), (a2, _b2) in itertools.pairwise(spans):
        assert a2 < b1, "consecutive chunks overlap"
        assert b1 - a2 <= 60
        assert text[a2 - 1] == " " and text[a2] == "S"  # starts on a sentence


def test_a_sentence_longer_than_the_chunk_is_cut_at_spaces():
    text = "word " * 500 + "end."
    spans = chunk_spans(text, 300, 0)
    assert all(b - a <= 300 for a, b in spans)
    assert all(text[a] != " " for a, _ in spans)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ.!?\n\"'")), min_size=1, max_size=3000),
       st.integers(200, 1200), st.integers(0, 300))
def test_chunk_offsets_hold_for_any_text(text, size, overlap):
    for a, b in chunk_spans(text, size, overlap):
        assert 0 <= a < b <= len(text)
        assert b - a <= size
        assert text[a:b].strip() == text[a:b]
