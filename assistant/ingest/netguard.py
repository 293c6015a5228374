"""Which addresses a URL fetch may connect to, checked where the connection is made.

The web UI lets anyone who can reach it make the server fetch a URL. Without a check, that
reaches the server's own loopback, its private network and cloud metadata endpoints. So a
fetch from the UI connects only to public (globally routable) addresses, unless the operator
allows private ones (``ui.allow_private_urls``); the CLI may fetch anything (its user is the
operator).

The check runs inside the HTTP connection: the host is resolved once, every address it
resolves to is checked, and the socket connects to a checked address (so a DNS answer that
changes between check and use, "DNS rebinding", cannot slip through). Each redirect opens a
new connection and is checked again; a redirect to anything but http(s) is refused. Proxies
from the environment are not used, since the proxy, not this check, would pick the address.
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import os
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from assistant.errors import SourceError

Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order, each once."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise OSError(f"cannot resolve {host} ({e.strerror or e})") from e
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def forbidden(ip: str) -> str | None:
    """Why a fetch from the web UI may not connect to ``ip``, or None for a public address."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    for test, name in ((addr.is_loopback, "loopback"), (addr.is_link_local, "link-local"),
                       (addr.is_private, "private"), (addr.is_multicast, "multicast"),
                       (addr.is_unspecified, "unspecified"), (addr.is_reserved, "reserved")):
        if test:
            return name
    return None if addr.is_global else "non-public"


@dataclass(frozen=True)
class AddressPolicy:
    """What a fetch may connect to. ``resolver`` and ``classify`` are injectable for tests."""

    allow_private: bool = True
    # when the fetches this policy governs must all end (``time.monotonic()``), or None: the
    # web UI gives one add's URLs and feeds one budget, so a list of slow pages cannot hold
    # ingest (and the index's write lock) for their number times the fetch timeout
    deadline: float | None = None
    resolver: Resolver = field(default=system_resolver, compare=False)
    classify: Callable[[str], str | None] = field(default=forbidden, compare=False)

    def addresses(self, host: str, port: int) -> list[str]:
        """The addresses to connect to for ``host``, or a :class:`SourceError` naming why not."""
        ips = self.resolver(host, port)
        if not ips:
            raise OSError(f"cannot resolve {host}")
        if self.allow_private:
            return ips
        for ip in ips:
            if (why := self.classify(ip)) is not None:
                shown = host if host == ip else f"{host} ({ip})"
                raise SourceError(
                    host, f"refused: {shown} is a {why} address; the web UI fetches only public "
                          "addresses (an operator can allow others with "
                          "NEWSQA_UI__ALLOW_PRIVATE_URLS=true)")
        return ips


class Cutoff:
    """Ends a fetch ``seconds`` after it starts, whatever it is waiting for (a connection, the
    status line, a header, a redirect, the body): every connection it opened is shut down
    then. A socket timeout bounds each read only, so a server that sends a byte at a time
    would otherwise hold a fetch for as long as it liked. ``fired`` says it ended one."""

    def __init__(self, seconds: float):
        self.fired = False
        self.ends = time.monotonic() + seconds
        self._fds: list[int] = []  # duplicates: they stay valid when http.client closes its own
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Cutoff:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for fd in self._fds:
                os.close(fd)
            self._fds.clear()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._fds.append(os.dup(sock.fileno()))
            if self.fired:
                _shut(self._fds[-1])

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for fd in self._fds:
                _shut(fd)


def _shut(fd: int) -> None:
    """Shut down (not close) the connection behind ``fd``: its blocked reads return."""
    sock = socket.socket(fileno=os.dup(fd))
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


def _connector(policy: AddressPolicy, cutoff: Cutoff | None = None,
               ) -> Callable[..., socket.socket]:
    """A ``socket.create_connection`` that connects only to addresses ``policy`` allows (and
    that ``cutoff`` can end)."""

    def connect(address: tuple[str, int], timeout: Any = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
                source_address: Any = None) -> socket.socket:
        host, port = address
        last: OSError | None = None
        for ip in policy.addresses(host, port):
            if cutoff is not None:
                left = cutoff.ends - time.monotonic()
                if cutoff.fired or left <= 0:  # no more addresses to try: the time is up
                    raise TimeoutError
                if isinstance(timeout, int | float):
                    timeout = min(timeout, left)
            try:
                sock = socket.create_connection((ip, port), timeout, source_address)
            except OSError as e:
                last = e
                continue
            if cutoff is not None:
                cutoff.watch(sock)
            return sock
        raise last or OSError(f"cannot connect to {host}")

    return connect


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, policy: AddressPolicy, cutoff: Cutoff | None = None,
                 **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._create_connection = _connector(policy, cutoff)


class _HTTPSConnection(http.client.HTTPSConnection):
    """TLS still verifies the certificate against the host name, not the address."""

    def __init__(self, *args: Any, policy: AddressPolicy, cutoff: Cutoff | None = None,
                 **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._create_connection = _connector(policy, cutoff)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, policy: AddressPolicy, cutoff: Cutoff | None = None):
        super().__init__()
        self.policy, self.cutoff = policy, cutoff

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(functools.partial(_HTTPConnection, policy=self.policy,
                                              cutoff=self.cutoff), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, policy: AddressPolicy, cutoff: Cutoff | None = None):
        super().__init__()
        self.policy, self.cutoff = policy, cutoff

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(functools.partial(_HTTPSConnection, policy=self.policy,
                                              cutoff=self.cutoff), req,
                            context=self._context)  # type: ignore[attr-defined]


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise SourceError(req.full_url, f"refused: redirect to a non-HTTP URL ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener(policy: AddressPolicy, cutoff: Cutoff | None = None,
           ) -> urllib.request.OpenerDirector:
    """An opener for http(s) only, whose every connection (redirects too) obeys ``policy``
    and ends when ``cutoff`` fires."""
    director = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler({}), urllib.request.UnknownHandler(),
                    urllib.request.HTTPDefaultErrorHandler(), _Redirects(),
                    urllib.request.HTTPErrorProcessor(), _HTTPHandler(policy, cutoff),
                    _HTTPSHandler(policy, cutoff)):
        director.add_handler(handler)
    return director
