"""The first checks of every request, made before its body is read (`RequestGuard`).

For a state-changing request (POST, PUT, PATCH, DELETE):

1. its ``Origin`` (or ``Referer``) must be this site (`security.same_origin`), else 403;
2. outside ``/login`` the session must be valid, else 401: an anonymous upload is never
   read, let alone spooled to a temporary file;
3. a body declared (``Content-Length``) over the limit is refused at once with 413, and a
   streamed body is counted as it arrives and refused once it passes the limit.

The limit is ``web.max_request_mb`` for a signed-in user and `ANONYMOUS_BODY_BYTES` for
anything else (the login form). A path holding a NUL character is 404. Every answer the
guard gives is a Spanish page with the security headers.
"""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mailbot.web.pages import error_page
from mailbot.web.security import UNSAFE_METHODS, load_auth, same_origin

ANONYMOUS_BODY_BYTES = 64 * 1024
FOREIGN_ORIGIN = ("La petición viene de otro sitio web y no se aceptó. "
                  "Abra la Mesa de Partes directamente en su navegador e intente de nuevo.")
NOT_SIGNED_IN = "Inicie sesión para continuar."


def size_text(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def too_large_message(limit: int) -> str:
    return f"El envío pasa del tamaño máximo permitido ({size_text(limit)}) y no se recibió. Elija un archivo más pequeño."


class BodyTooLarge(HTTPException):
    """Raised while the body is read, once it passes the limit (rendered as a 413 page)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=too_large_message(limit))


class RequestGuard:
    """ASGI middleware; see the module docstring."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        if "\x00" in scope["path"]:
            await error_page(request, 404, "No existe esa página.")(scope, receive, send)
            return
        limit = ANONYMOUS_BODY_BYTES
        if scope["method"] in UNSAFE_METHODS:
            if not same_origin(request):
                await error_page(request, 403, FOREIGN_ORIGIN)(scope, receive, send)
                return
            if scope["path"] != "/login":
                if await run_in_threadpool(load_auth, request) is None:
                    await error_page(request, 401, NOT_SIGNED_IN)(scope, receive, send)
                    return
                limit = self.max_body_bytes
        else:
            limit = self.max_body_bytes  # nothing reads the body of a GET; it is bounded all the same
        try:
            declared = int(request.headers.get("content-length", "0"))
        except ValueError:
            declared = limit + 1
        if declared > limit:
            await error_page(request, 413, too_large_message(limit))(scope, receive, send)
            return
        await self._counted(scope, receive, send, limit)

    async def _counted(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        """Run the app, refusing the body once more than `limit` bytes of it arrived."""
        received, overflow, started, replaced = 0, False, False, False

        async def counted_receive() -> Message:
            nonlocal received, overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    overflow = True
                    raise BodyTooLarge(limit)
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started, replaced
            if replaced:
                return
            if message["type"] == "http.response.start":
                started = True
                if overflow and message["status"] != 413:
                    # something turned the refusal into another answer: it is a 413 all the same
                    replaced = True
                    await error_page(Request(scope), 413, too_large_message(limit))(scope, receive, send)
                    return
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except BodyTooLarge:
            if started:
                raise
            await error_page(Request(scope), 413, too_large_message(limit))(scope, receive, send)
