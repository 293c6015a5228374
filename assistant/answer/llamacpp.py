"""A minimal LangChain chat model over llama-cpp-python (optional extra: newsqa[llamacpp])."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from assistant.errors import ConfigError

_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def _ended(choice: dict[str, Any]) -> dict[str, Any]:
    """Why llama.cpp stopped ("stop", "length"), in the metadata the answer chain reads."""
    reason = choice.get("finish_reason")
    return {"finish_reason": reason} if reason else {}


class LlamaCppChat(BaseChatModel):
    """Chat over a local GGUF file. ``llm`` is a ``llama_cpp.Llama``."""

    llm: Any
    temperature: float = 0.0
    max_tokens: int = 512

    @classmethod
    def from_path(cls, path: str, temperature: float = 0.0) -> LlamaCppChat:
        try:
            from llama_cpp import Llama
        except ImportError as e:
            raise ConfigError("the llamacpp backend needs `pip install newsqa[llamacpp]` "
                              "(llama-cpp-python compiles for several minutes)") from e
        return cls(llm=Llama(model_path=path, n_ctx=4096, verbose=False), temperature=temperature)

    @property
    def _llm_type(self) -> str:
        return "llamacpp"

    def _messages(self, messages: list[BaseMessage]) -> list[dict[str, str]]:
        return [{"role": _ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: Any = None, **kwargs: Any) -> ChatResult:
        out = self.llm.create_chat_completion(messages=self._messages(messages), stop=stop,
                                              temperature=self.temperature,
                                              max_tokens=self.max_tokens)
        choice = out["choices"][0]
        text = choice["message"]["content"] or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(
            content=text, response_metadata=_ended(choice)))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: Any = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        for part in self.llm.create_chat_completion(messages=self._messages(messages), stop=stop,
                                                    temperature=self.temperature,
                                                    max_tokens=self.max_tokens, stream=True):
            choice = part["choices"][0]
            delta = choice.get("delta", {}).get("content") or ""
            if delta or choice.get("finish_reason"):
                yield ChatGenerationChunk(message=AIMessageChunk(
                    content=delta, response_metadata=_ended(choice)))
