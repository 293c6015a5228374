"""A small OpenAI-compatible chat server on loopback, for tests and the CI wheel smoke.

It speaks ``POST /v1/chat/completions``, plain or streamed (server-sent events), records
every request, and replies with the next string of ``replies``, or what ``reply_with(body)``
makes of the request. Standard library only: it runs in any venv.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Callable
from typing import Any


class FakeOpenAI(http.server.ThreadingHTTPServer):
    def __init__(self, reply_with: Callable[[dict[str, Any]], str] | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict[str, Any]] = []
        self.replies: list[str] = []
        self.reply_with = reply_with
        self.delay = 0.0  # seconds before answering: a slow server

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up hangs up; a broken pipe here is expected

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def reply(self, body: dict[str, Any]) -> str:
        return self.reply_with(body) if self.reply_with else self.replies.pop(0)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: FakeOpenAI

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"path": self.path, "body": body,
                                     "auth": self.headers.get("Authorization")})
        time.sleep(self.server.delay)
        reply = self.server.reply(body)
        base = {"id": "chatcmpl-1", "created": 0, "model": body["model"]}
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i in range(0, len(reply), 7):
                chunk = {**base, "object": "chat.completion.chunk", "choices": [
                    {"index": 0, "delta": {"content": reply[i:i + 7]}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            done = {**base, "object": "chat.completion.chunk",
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
            return
        payload = json.dumps({**base, "object": "chat.completion", "choices": [
            {"index": 0, "message": {"role": "assistant", "content": reply},
             "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass
