"""Who may use the web UI, and what someone who has not logged in gets to see.

- Accounts come from ``ui.auth`` (``NEWSQA_UI__AUTH=user:password``) and ``ui.auth_file``
  (``user:password`` lines), so a password need not sit on a command line where ``ps``
  shows it.
- Gradio answers ``GET /`` before login with its login page, but that page embeds the app's
  API description (every endpoint, and the values of its inputs: the indexed outlets among
  them). :class:`LoginGate` removes that description from any page served to someone not
  logged in; the browser fetches it (behind the login) once it is needed.
- :class:`HostGate` answers only to the server's own names (DNS rebinding), and
  :class:`OriginGate` only to its own pages: Gradio lets any site's scripts call its API with
  the visitor's login cookie whenever the Host is not a loopback name (behind a proxy, on a
  LAN), and any site may post uploads to it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any

from assistant.config import UISettings
from assistant.errors import ConfigError
from assistant.redact import remember

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def parse_account(line: str, where: str) -> tuple[str, str]:
    user, sep, password = line.strip().partition(":")
    if not sep or not user.strip() or not password:
        raise ConfigError(f"{where}: expected user:password")  # never echo the line itself
    return user.strip(), password


def accounts(ui: UISettings) -> list[tuple[str, str]]:
    """Every (user, password) allowed to log in; empty when no login is required."""
    found: list[tuple[str, str]] = []
    if ui.auth:
        found.append(parse_account(ui.auth, "ui.auth (--auth, NEWSQA_UI__AUTH)"))
    if ui.auth_file is not None:
        path = Path(ui.auth_file).expanduser()
        try:
            lines = path.read_text("utf-8").splitlines()
        except OSError as e:
            raise ConfigError(f"cannot read the auth file {path}: {e.strerror or e}") from e
        for n, line in enumerate(lines, start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                found.append(parse_account(line, f"{path}:{n}"))
        if not found:
            raise ConfigError(f"the auth file {path} holds no user:password line")
    for _user, password in found:
        remember(password)
    return found


_API_INFO = re.compile(rb"window\.gradio_api_info\s*=\s*.*?;\s*</script>", re.S)
_NO_API_INFO = b"window.gradio_api_info = null;</script>"


def strip_api_info(page: bytes) -> bytes | None:
    """``page`` without the API description Gradio embeds, or None when it cannot be removed
    (then the page must not be served)."""
    out = _API_INFO.sub(lambda _m: _NO_API_INFO, page)
    return None if b"named_endpoints" in out else out


def _logged_in(app: Any, scope: Scope) -> bool:
    """Whether the request carries the session cookie of a logged-in user (Gradio's check)."""
    cookie_id = getattr(app, "cookie_id", None)
    tokens = getattr(app, "tokens", None)
    if cookie_id is None or not isinstance(tokens, dict):
        return False  # unknown Gradio internals: treat as a visitor (the page still works)
    raw = b"; ".join(v for k, v in scope.get("headers", []) if k == b"cookie").decode("latin-1")
    try:
        jar = SimpleCookie(raw)
    except CookieError:
        return False
    for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
        if name in jar and tokens.get(jar[name].value) is not None:
            return True
    return False


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


def allowed_hosts(ui: UISettings) -> frozenset[str] | None:
    """The Host names the server answers to, or None for any. Listening on loopback it
    answers to loopback names (and ``ui.allowed_hosts``) only: otherwise a page on any site
    could point its own domain at 127.0.0.1 (DNS rebinding) and use the server from the
    visitor's browser. Listening on other interfaces, any name, unless some are listed: then
    those, the loopback names and the address it listens on."""
    listed = listed_hosts(ui)
    own = ui.host.strip().strip("[]").lower()
    if own in LOOPBACK_NAMES or _is_loopback(own) or listed:
        # the loopback names always: Gradio calls its own server by "localhost" at start
        return LOOPBACK_NAMES | listed | {own}
    return None


def listed_hosts(ui: UISettings) -> frozenset[str]:
    """The names the operator listed in ``ui.allowed_hosts`` (ports dropped)."""
    return frozenset(host_name(h) for h in ui.allowed_hosts if h.strip())


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def host_name(value: str) -> str:
    """The name in a Host header: ``[::1]:7860`` → ``::1``, ``Localhost:80`` → ``localhost``."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        rest = value[end + 1:] if end > 0 else ""
        if end > 0 and (not rest or (rest[0] == ":" and rest[1:].isdigit())):
            return value[1:end]
        return value  # "[::1]evil.com": no name of ours
    name, colon, port = value.rpartition(":")
    if colon and value.count(":") == 1:
        return name if port.isdigit() else value  # "localhost:evil": no name of ours
    return value


async def _refuse(send: Send, status: int, body: bytes) -> None:
    """Answer an HTTP request with ``status`` and a line of plain text, before the app."""
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class HostGate:
    """ASGI middleware: a request whose Host header names no allowed host gets 400."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]],
                 allowed: frozenset[str] | None):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allowed is None or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope.get("headers", [])
                     if k == b"host"), "")
        if host_name(host) in self.allowed:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await _refuse(send, 400, b"Unknown host name (see ui.allowed_hosts).")


class OriginGate:
    """ASGI middleware: a request a page of another site sent gets 403, before the app (which
    would let it through with the visitor's cookies). Its ``Origin`` must name the server as
    the request reached it: the ``Host`` (scheme aside), or the ``X-Forwarded-Host`` a proxy
    on this machine set, or a name the operator listed in ``ui.allowed_hosts`` (any port:
    nginx's default passes on ``Host: 127.0.0.1:7860``, and ``$host`` drops the port).
    Requests with no ``Origin`` (typed addresses, curl, gradio_client) pass."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]],
                 trusted: frozenset[str] = frozenset()):
        self.app = app
        self.trusted = trusted

    def allows(self, scope: Scope) -> bool:
        headers = dict(scope.get("headers", []))
        raw = headers.get(b"origin")
        if raw is None:
            return True
        origin = raw.decode("latin-1")
        host = headers.get(b"host", b"").decode("latin-1")
        if same_origin(origin, host) or origin_name(origin) in self.trusted:
            return True
        client = scope.get("client") or ("", 0)
        forwarded = headers.get(b"x-forwarded-host", b"").decode("latin-1").split(",")[0]
        return bool(forwarded) and _is_loopback(str(client[0])) and same_origin(origin,
                                                                                 forwarded)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.allows(scope):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await _refuse(send, 403, b"Cross-site request refused: the page's origin is not this "
                      b"server's. Behind a proxy, list its public name in ui.allowed_hosts "
                      b"(NEWSQA_UI__ALLOWED_HOSTS).")


def origin_name(origin: str) -> str:
    """The host name of an ``Origin`` ("https://News.example.org:8443" → news.example.org)."""
    _scheme, sep, rest = origin.strip().lower().partition("://")
    return host_name(rest) if sep and "/" not in rest else ""


class UploadGate:
    """ASGI middleware of a read-only server (``ui.read_only``): Gradio's routes that take
    files (``/upload``, ``/process_recording``) stay open whatever the page offers, so anyone
    could fill the disk through them; here they answer 403."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", "")).rstrip("/")
        if scope["type"] != "http" or not path.endswith(("/upload", "/process_recording")):
            await self.app(scope, receive, send)
            return
        await _refuse(send, 403, b"This server is read-only: uploads are refused.")


_DEFAULT_PORT = {"http": "80", "https": "443", "ws": "80", "wss": "443"}


def _name_and_port(netloc: str, default: str) -> tuple[str, str]:
    if netloc.startswith("["):  # "[::1]:7860"
        end = netloc.find("]")
        port = netloc[end + 2:] if netloc[end + 1:end + 2] == ":" else default
        return netloc[:end + 1], port
    name, colon, port = netloc.rpartition(":")
    return (name, port) if colon else (netloc, default)


def same_origin(origin: str, host: str) -> bool:
    """Is a page of ``origin`` ("https://news.example.org:8443") one the server at ``host``
    (the Host header) serves? Names and ports must agree, a default port written or not.
    The scheme is not compared: behind a TLS proxy the server sees http for an https page.
    "null" (a sandboxed frame, a file) is no origin of ours."""
    o_scheme, sep, rest = origin.strip().lower().partition("://")
    if not sep or not rest or "/" in rest:
        return False
    default = _DEFAULT_PORT.get(o_scheme, "")
    o_name, o_port = _name_and_port(rest, default)
    h_name, h_port = _name_and_port(host.strip().lower(), default)
    return bool(h_name) and (o_name, o_port) == (h_name, h_port)


class LoginGate:
    """ASGI middleware for a Gradio app that requires a login: HTML served to a visitor who
    has not logged in loses the embedded API description (see the module docstring)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gradio = scope.get("app")
        if (scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD")
                or not getattr(gradio, "auth", None) or _logged_in(gradio, scope)):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body: list[bytes] = []
        is_html = False

        async def capture(message: Message) -> None:
            nonlocal start, is_html
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                is_html = headers.get(b"content-type", b"").startswith(b"text/html")
                if not is_html:
                    await send(message)
                else:
                    start = message
                return
            if not is_html:
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return
            page = strip_api_info(b"".join(body))
            assert start is not None
            if page is None:  # fail closed
                page = b"Log in first."
                start = {**start, "status": 403}
            kept = [(k, v) for k, v in start.get("headers", [])
                    if k not in (b"content-length", b"content-type")]
            kept += [(b"content-length", str(len(page)).encode()),
                        (b"content-type", b"text/html; charset=utf-8")]
            await send({**start, "headers": kept})
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, capture)
