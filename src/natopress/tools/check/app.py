"""The check page's web application (Starlette): a token on every request, loopback host names only,
release ids of the corpus only, request bodies capped. Served by uvicorn (natopress.commands.check)."""

from __future__ import annotations

import html
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from natopress.tools.check.candidate import search_entities
from natopress.tools.check.session import CheckRefused, CheckSession

MAX_BODY = 4 * 1024 * 1024
"""Largest request body accepted, in bytes (a release's annotation is a few hundred kB at most)."""
TOKEN_HEADER = "X-Natopress-Token"
"""Header the page sends the token in; `?token=` in the URL works too (the printed link)."""
LOOPBACK_HOSTS = ["127.0.0.1", "localhost"]
"""Host names accepted in the `Host` header, so that a web page cannot reach the server by DNS rebinding."""
_STATIC = Path(__file__).resolve().parent


class TooLarge(Exception):
    """The request body is over MAX_BODY."""


def new_token() -> str:
    """A random token (32 bytes, URL-safe), as notebook servers print at start."""
    return secrets.token_urlsafe(32)


async def _read_json(request: Request) -> Any:
    """The body as JSON; TooLarge past MAX_BODY bytes (counted as they arrive), ValueError when not JSON."""
    declared = request.headers.get("content-length", "0")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise TooLarge
    return json.loads(body)


def render_page(release_id: str) -> str:
    """The page: HTML with the CSS and JS inlined (no network, no build step); the id in `data-release`."""
    page = (_STATIC / "check.html").read_text("utf-8")
    return (
        page.replace("{{css}}", (_STATIC / "check.css").read_text("utf-8"))
        .replace("{{js}}", (_STATIC / "check.js").read_text("utf-8"))
        .replace("{{release}}", html.escape(release_id, quote=True))
    )


Handler = Callable[[Request], Awaitable[Response]]


def guarded(handler: Handler, token: str) -> Handler:
    """`handler` behind the token check, with refusals, oversized and malformed bodies as JSON errors."""

    async def endpoint(request: Request) -> Response:
        given = request.headers.get(TOKEN_HEADER) or request.query_params.get("token") or ""
        if not secrets.compare_digest(given.encode(), token.encode()):
            return JSONResponse({"error": "missing or wrong token"}, 403)
        try:
            return await handler(request)
        except CheckRefused as refused:
            return JSONResponse({"error": str(refused)}, refused.status)
        except TooLarge:
            return JSONResponse({"error": f"request body over {MAX_BODY} bytes"}, 413)
        except ValueError:
            return JSONResponse({"error": "the request body is not JSON"}, 400)
        except OSError as error:  # a file of the corpus went missing or is unwritable
            return JSONResponse({"error": f"{error.filename}: {error.strerror}"}, 500)

    return endpoint


class _Api:
    """The endpoints over one session; one request at a time touches the files (each reads, validates and
    writes the same release)."""

    def __init__(self, session: CheckSession, release_id: str) -> None:
        self.session, self.release_id, self.lock = session, release_id, threading.Lock()

    def _locked(self, work: Callable[[], Any]) -> Awaitable[Any]:
        def run() -> Any:
            with self.lock:
                return work()

        return run_in_threadpool(run)

    async def page(self, request: Request) -> Response:
        return HTMLResponse(render_page(self.release_id), headers={"Cache-Control": "no-store"})

    async def registry(self, request: Request) -> Response:
        query = request.query_params.get("q", "")[:200]
        return JSONResponse(search_entities(self.session.registry_entities(), query))

    async def state(self, request: Request) -> Response:
        ident = request.path_params["release_id"]
        return JSONResponse(await self._locked(lambda: self.session.state(ident)))

    async def save(self, request: Request) -> Response:
        ident, payload = request.path_params["release_id"], await _read_json(request)
        if not isinstance(payload, dict):
            raise CheckRefused("the request body must be a JSON object", 400)
        checking = request.url.path.endswith("/check")
        handle = payload.get("handle") if checking else None
        if checking and not isinstance(handle, str):
            raise CheckRefused("marking checked needs the annotator's handle", 400)
        outcome = await self._locked(lambda: self.session.save(ident, payload, handle))
        body = {"saved": outcome.saved, "findings": outcome.findings, "state": outcome.state}
        return JSONResponse(body, 200 if outcome.saved else 422)

    async def date(self, request: Request) -> Response:
        ident, query = request.path_params["release_id"], request.query_params
        start, end = query.get("start", ""), query.get("end", "")
        if not (start.isdigit() and end.isdigit()):
            raise CheckRefused("start and end must be code-point offsets", 400)
        value = await self._locked(lambda: self.session.read_date(ident, int(start), int(end)))
        return JSONResponse({"value": value})

    async def restore(self, request: Request) -> Response:
        ident = request.path_params["release_id"]
        return JSONResponse(await self._locked(lambda: self.session.restore(ident)))

    async def reopen(self, request: Request) -> Response:
        ident = request.path_params["release_id"]
        return JSONResponse(await self._locked(lambda: self.session.reopen(ident)))


def create_app(session: CheckSession, release_id: str, token: str) -> Starlette:
    """The application for one corpus, opening `release_id`; every request must carry `token`."""
    api = _Api(session, release_id)
    post = ["POST"]
    routes = [
        Route("/", guarded(api.page, token)),
        Route("/api/registry", guarded(api.registry, token)),
        Route("/api/releases/{release_id}", guarded(api.state, token)),
        Route("/api/releases/{release_id}/date", guarded(api.date, token)),
        Route("/api/releases/{release_id}/save", guarded(api.save, token), methods=post),
        Route("/api/releases/{release_id}/check", guarded(api.save, token), methods=post),
        Route("/api/releases/{release_id}/restore", guarded(api.restore, token), methods=post),
        Route("/api/releases/{release_id}/reopen", guarded(api.reopen, token), methods=post),
    ]
    hosts = Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_HOSTS)
    return Starlette(routes=routes, middleware=[hosts])
