"""The answers this server gave recently, by id, so that a rating finds its answer.

Each answer in the chat carries an id (in its message); a like or dislike on that message
looks the answer up here and stores the rating with it. Only answers this server produced can
be rated, never text a browser sends, and the store is bounded: the oldest go first. After a
restart, answers from before it can no longer be rated (the page says so).
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict

from assistant.types import Answer

LIMIT = 5_000


def new_id() -> str:
    return secrets.token_hex(6)


class RecentAnswers:
    def __init__(self, limit: int = LIMIT):
        self.limit = limit
        self._items: OrderedDict[str, Answer] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, answer_id: str, answer: Answer) -> None:
        with self._lock:
            self._items[answer_id] = answer
            self._items.move_to_end(answer_id)
            while len(self._items) > self.limit:
                self._items.popitem(last=False)

    def get(self, answer_id: str) -> Answer | None:
        with self._lock:
            return self._items.get(answer_id)

    def __len__(self) -> int:
        return len(self._items)
