import pytest
from pydantic import ValidationError

from assistant.config import Settings


def test_env_nested_and_top_level(monkeypatch):
    monkeypatch.setenv("NEWSQA_RETRIEVAL__K", "9")
    monkeypatch.setenv("NEWSQA_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("NEWSQA_INGEST__CHUNK_SIZE", "800")
    s = Settings()
    assert (s.retrieval.k, s.chroma_host, s.ingest.chunk_size) == (9, "127.0.0.1", 800)


def test_unknown_and_invalid_settings_are_rejected():
    with pytest.raises(ValidationError):
        Settings(unknown_key=1)
    with pytest.raises(ValidationError):
        Settings(retrieval={"k": 0})
    with pytest.raises(ValidationError):
        Settings(retrieval={"mode": "magic"})


def test_data_dir_defaults_per_user(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSQA_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert Settings().data_dir == tmp_path / "newsqa"


@pytest.mark.parametrize("name", ["../../x", "bad/name", "a..b", "-news", "ab", "news\\x"])
def test_a_collection_name_must_be_a_plain_folder_name(name: str):
    with pytest.raises(ValidationError, match="collection"):
        Settings(collection=name)


def test_a_collection_name_may_hold_dots_dashes_and_underscores():
    assert Settings(collection="my.news_2024-a").collection == "my.news_2024-a"
    # the model's name follows it ("news_-minilm-l6"), so it may end in any of them
    assert [Settings(collection=n).collection for n in ("news_", "news-", "news.")] == [
        "news_", "news-", "news."]


def test_an_empty_data_dir_is_rejected_not_read_as_the_current_folder():
    with pytest.raises(ValidationError, match="empty"):
        Settings(data_dir="")


def test_chunk_overlap_must_not_exceed_chunk_size():
    with pytest.raises(ValidationError, match="not be larger than chunk_size"):
        Settings(ingest={"chunk_size": 500, "chunk_overlap": 600})
    assert Settings(ingest={"chunk_size": 250, "chunk_overlap": 100}).ingest.chunk_overlap == 100
    # the smallest chunk size with the default overlap, as before
    assert Settings(ingest={"chunk_size": 200}).ingest.chunk_size == 200
