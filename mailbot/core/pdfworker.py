"""The bounded PDF worker: a persistent child process that analyses one PDF at a time.

PDFs are untrusted input: a decompression bomb can ask for gigabytes, a crafted
object graph can keep pypdf or pyHanko busy indefinitely. So the analysis
(`mailbot.core.documents._analyse_pdf`, given to `PdfWorker` as its job, so that
this module does not import `documents`) never runs in the main process; it runs
in a child forked from it, under two bounds:

* memory: the child sets `RLIMIT_AS` to what it maps at birth plus
  `LimitSettings.pdf_memory_mb`. Going over raises `MemoryError` in the child,
  which reports "needs more than N MB" and is then replaced;
* time: each job has a wall-clock limit, `LimitSettings.pdf_timeout_seconds`,
  enforced by the parent as a socket timeout. A child that overruns is killed
  (SIGKILL) and a new one is forked at the next job.

Inside those bounds pypdf's own limits still stop decompression bombs early.
Either way the caller gets a `BoundedWorkError` whose message a clerk can read.

Why one persistent forked child rather than a child per PDF, or a fresh
interpreter: what matters is the cost per PDF. Importing pypdf and pyHanko takes
about half a second, so `_load_pdf_modules` does it once in the parent, before
forking, and the child inherits the modules. Forking a child per PDF would
still cost 5 to 10 ms (copying the page tables of a process that holds those
libraries, then copy-on-write faults as the analysis touches inherited pages),
several times the ~1 ms that a typical one-page letter takes to analyse. A
persistent child pays that once: each job is one length-prefixed message on a
socket pair (the PDF's bytes) and one back (a pickled result), so a PDF costs
about what it would cost in-process. The child is forked again after
a timeout, a `MemoryError`, `_RECYCLE_AFTER_JOBS` jobs (so leaks and heap growth
do not accumulate) or when the owning process itself was forked. Fork it early
(`DocumentInspector.start`) while the process is still small and has no threads:
the child keeps the pages it was born with.

Inside the child only, pyHanko's byte-at-a-time hex-string reader is replaced by
a bulk one (`_install_fast_hex_reader`) with the same results. Where there is no
`fork` (Windows), the analysis runs in-process, bounded by pypdf's limits alone.
"""
from __future__ import annotations

import asyncio
import binascii
import io
import logging
import os
import pickle
import signal
import socket
import struct
import threading
import time
from typing import Any, Callable

from mailbot.settings import LimitSettings

log = logging.getLogger(__name__)


class BoundedWorkError(Exception):
    """The PDF worker ran out of time or memory, or died; the message says which."""


_HEADER = struct.Struct("!Q")
_RECYCLE_AFTER_JOBS = 500
_modules_loaded = False
_modules_lock = threading.Lock()

# The analysis of one PDF: (document, limits, send_part) -> what was found (see
# `PdfWorker`). `send_part(found)` may be called once, before the end, with what is known
# so far (the text layer, before the signatures are validated): the parent can read it
# while the child goes on; the final answer adds to it.
PdfJobFunction = Callable[[io.BytesIO, LimitSettings, Callable[[dict[str, Any]], None]], dict[str, Any]]


def load_pdf_modules() -> None:
    """Import pypdf and pyHanko once in this process, so the forked worker inherits them.

    Under one lock: threads importing pyHanko's modules at the same time can deadlock
    in the import system (`_DeadlockError`). Call it before any thread starts (the
    composition roots do); later calls return at once.
    """
    global _modules_loaded
    if _modules_loaded:
        return
    with _modules_lock:
        if _modules_loaded:
            return
        import pypdf  # noqa: F401
        try:
            import pyhanko.pdf_utils.reader  # noqa: F401
            import pyhanko.sign.validation  # noqa: F401
            import pyhanko_certvalidator  # noqa: F401
        except ImportError:  # signatures are then reported as not verifiable
            log.warning("pyHanko is not installed: PDF signatures cannot be validated")
        _modules_loaded = True


_load_pdf_modules = load_pdf_modules  # the name the rest of this module uses


class PdfWorker:
    """A persistent child, forked from this process, that analyses one PDF at a time.

    The child runs under an address-space limit (what it maps at birth plus
    `memory_mb`); each job has a wall-clock `timeout`. A child that overruns is
    killed and a new one is forked at the next job; so is one that hit its memory
    limit or served `_RECYCLE_AFTER_JOBS` jobs. Jobs are serialised by a lock.
    """

    def __init__(self, limits: LimitSettings, job: PdfJobFunction) -> None:
        self.limits = limits
        self.job = job  # what the child runs on each PDF (given by `documents`: no import cycle)
        self._lock = threading.Lock()
        self._pid = 0
        self._owner = 0
        self._socket: socket.socket | None = None
        self._deadline = 0.0  # when the job in flight runs out of time (time.monotonic())

    def analyse(self, data: bytes) -> dict[str, Any]:
        """What `_analyse_pdf` finds in `data`; `BoundedWorkError` when it fails."""
        return self.submit(data).result()

    def submit(self, data: bytes) -> "PdfJob":
        """Send `data` to the child and return at once; `PdfJob.result()` collects.

        The caller does other work meanwhile (the child runs on another core). Until
        `result()` is called the worker is held: call it, also when the caller fails.
        """
        if not hasattr(os, "fork"):  # no fork (Windows): pypdf's own limits still apply
            _load_pdf_modules()
            parts: list[dict[str, Any]] = []
            found = self.job(io.BytesIO(data), self.limits, parts.append)
            return PdfJob(self, answer=("ok", {**(parts[0] if parts else {}), **found}, False))
        self._lock.acquire()
        try:
            if self._owner != os.getpid():  # first job, or this process was forked
                self._fork()
            assert self._socket is not None
            self._deadline = time.monotonic() + self.limits.pdf_timeout_seconds
            self._socket.settimeout(self.limits.pdf_timeout_seconds)
            self._socket.sendall(_HEADER.pack(len(data)))
            self._socket.sendall(data)
        except OSError:
            self.stop()
            self._lock.release()
            raise BoundedWorkError("El análisis del PDF terminó de forma anormal "
                                   "(posible falta de memoria); no se pudo leer.") from None
        except BaseException:
            self.stop()
            self._lock.release()
            raise
        return PdfJob(self)

    def _collect(self) -> tuple[str, Any, bool]:
        """The next answer to the job in flight (a part, or the final one); called with
        the lock held, releases it after the final answer or a failure. The time limit
        is the job's, from its submission, whatever the number of answers."""
        timeout = self.limits.pdf_timeout_seconds
        final = False
        try:
            assert self._socket is not None
            self._socket.settimeout(max(0.001, self._deadline - time.monotonic()))
            answer = pickle.loads(_receive(self._socket))
            final = answer[0] != "part"
        except (OSError, EOFError, AssertionError) as exc:  # socket.timeout is an OSError
            final = True
            self.stop()
            if isinstance(exc, socket.timeout):
                raise BoundedWorkError(
                    f"El análisis del PDF superó el límite de {timeout:g} s y se detuvo "
                    "(documento demasiado complejo o con bucles).") from None
            raise BoundedWorkError("El análisis del PDF terminó de forma anormal "
                                   "(posible falta de memoria); no se pudo leer.") from None
        except BaseException:  # e.g. KeyboardInterrupt mid-message: the channel is unusable
            self.stop()
            final = True
            raise
        finally:
            if final:
                self._lock.release()
        if answer[2]:
            with self._lock:
                self.stop()
        return answer

    def stop(self) -> None:
        """Kill the child (if this process owns one) and reap it."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._pid and self._owner == os.getpid():
            try:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        self._pid = self._owner = 0

    def start(self) -> None:
        """Fork the child now, unless this process already has one."""
        if hasattr(os, "fork"):
            with self._lock:
                if self._owner != os.getpid():
                    self._fork()

    def _fork(self) -> None:
        if self._owner == os.getpid():
            self.stop()
        self._socket = None  # a forked copy's socket belongs to the parent's worker
        _load_pdf_modules()
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child; it reports through the socket
            ours.close()
            _worker_main(theirs, self.limits, self.job)
        theirs.close()
        self._pid, self._owner, self._socket = pid, os.getpid(), ours


class PdfJob:
    """A PDF sent to the worker; `result()` waits for (at most the time limit) and returns
    it; `early()` returns as soon as the child sent a part (the text layer)."""

    def __init__(self, worker: PdfWorker, answer: tuple[str, Any, bool] | None = None) -> None:
        self._worker = worker
        self._answer = answer
        self._part: dict[str, Any] = {}

    def early(self) -> dict[str, Any]:
        """What the child sent first: a part (the final answer still to come) or, when it
        sent none, the final answer. Raises `BoundedWorkError` as `result()` does."""
        if self._answer is None and not self._part:
            self._next()
        return self._part or self.result()

    def result(self) -> dict[str, Any]:
        while self._answer is None:
            self._next()
        status, value, _recycle = self._answer
        if status == "ok":
            return {**self._part, **value}
        raise BoundedWorkError(value)

    def _next(self) -> None:
        try:
            answer = self._worker._collect()  # noqa: SLF001 - the worker's own job
        except BoundedWorkError as exc:  # the job is over (the worker was stopped): remember it
            self._answer = ("error", str(exc), False)
            return
        if answer[0] == "part":
            self._part = answer[1]
        else:
            self._answer = answer

    @property
    def part(self) -> dict[str, Any]:
        """The part received before a failure (what was read before it), or {}."""
        return self._part


def _receive(channel: socket.socket) -> bytes:
    """One length-prefixed message; EOFError when the peer closed the socket."""
    return _receive_stream(channel).getvalue()


def _receive_stream(channel: socket.socket) -> io.BytesIO:
    """One length-prefixed message, received straight into a BytesIO (no extra copy)."""
    header = io.BytesIO(bytes(_HEADER.size))
    _receive_into(channel, header)
    size = _HEADER.unpack(header.getvalue())[0]
    stream = io.BytesIO()
    if size:
        stream.seek(size - 1)
        stream.write(b"\0")
        _receive_into(channel, stream)
    stream.seek(0)
    return stream


def _receive_into(channel: socket.socket, stream: io.BytesIO) -> None:
    with stream.getbuffer() as buffer:
        view = buffer
        while view:
            count = channel.recv_into(view)
            if not count:
                raise EOFError("peer closed the socket")
            view = view[count:]
        view.release()


def _worker_main(channel: socket.socket, limits: LimitSettings, analyse: PdfJobFunction) -> None:  # pragma: no cover
    """Body of the worker child: serve jobs until told to stop, then exit without cleanup."""
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        asyncio.events._set_running_loop(None)  # the caller's loop, if any, is not ours
        for name in ("pypdf", "pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        _install_fast_hex_reader()
        _install_name_prep_memo()
        _limit_address_space(limits.pdf_memory_mb)
        for job in range(1, _RECYCLE_AFTER_JOBS + 1):
            try:
                document = _receive_stream(channel)
            except EOFError:
                break
            recycle = job == _RECYCLE_AFTER_JOBS

            def send_part(found: dict[str, Any]) -> None:
                part = pickle.dumps(("part", found, False), protocol=pickle.HIGHEST_PROTOCOL)
                channel.sendall(_HEADER.pack(len(part)) + part)

            try:
                answer: tuple[str, Any] = ("ok", analyse(document, limits, send_part))
            except MemoryError:
                recycle = True
                answer = ("error", f"El PDF necesita más de {limits.pdf_memory_mb} MB de memoria "
                                   "para analizarse (posible bomba de descompresión); no se analizó.")
            except Exception as exc:  # noqa: BLE001 - any failure is reported to the parent
                answer = ("error", _describe_pdf_error(exc))
            del document
            payload = pickle.dumps((*answer, recycle), protocol=pickle.HIGHEST_PROTOCOL)
            channel.sendall(_HEADER.pack(len(payload)) + payload)
            if recycle:
                break
    finally:
        os._exit(0)


def _install_fast_hex_reader() -> None:
    """Let pyHanko read a hex string in one go when it holds only hex digits and spaces.

    pyHanko reads hex strings a byte at a time: 4 ms for a signature's /Contents,
    more than the rest of the PDF. Anything unusual (comments, no closing `>` in
    reach) falls back to pyHanko's own reader, so results are the same. Worker only.
    """
    try:
        from pyhanko.pdf_utils import generic
    except ImportError:
        return
    original = generic.read_hex_string_from_stream
    if getattr(original, "mailbot_fast", False):
        return

    def read_hex_string_from_stream(stream: Any) -> Any:
        start = stream.tell()
        for reach in (4096, 1 << 20):
            ahead = stream.read(reach)
            stream.seek(start)
            end = ahead.find(b">")
            if ahead[:1] != b"<" or (end < 0 and len(ahead) == reach):
                continue
            digits = ahead[1:end].translate(None, b" \n\r\t\f\x00") if end > 0 else b"?"
            if digits.translate(None, b"0123456789abcdefABCDEF"):
                break  # not a plain hex string: let pyHanko judge it
            stream.seek(start + end + 1)
            return generic.pdf_string(binascii.unhexlify(digits + b"0" * (len(digits) % 2)))
        return original(stream)

    read_hex_string_from_stream.mailbot_fast = True  # type: ignore[attr-defined]
    generic.read_hex_string_from_stream = read_hex_string_from_stream


def _install_name_prep_memo() -> None:
    """Remember asn1crypto's RFC 4518 string preparation of X.509 name values.

    pyHanko matches a signature's certificate id against the certificates by issuer
    name; asn1crypto prepares each attribute's string again for every comparison (about
    a third of a self-signed signature's validation here). The preparation is a pure
    function of the string, so a bounded memo gives the same answers; a string it
    rejects is not remembered and raises again. Worker only.
    """
    try:
        from asn1crypto import x509
    except ImportError:
        return
    original = x509.NameTypeAndValue._ldap_string_prep
    if getattr(original, "mailbot_memo", False):
        return
    memo: dict[str, str] = {}

    def _ldap_string_prep(self: Any, string: str) -> str:
        if not isinstance(string, str):
            return original(self, string)
        known = memo.get(string)
        if known is None:
            known = original(self, string)
            if len(memo) > 4096:
                memo.clear()
            memo[string] = known
        return known

    _ldap_string_prep.mailbot_memo = True  # type: ignore[attr-defined]
    x509.NameTypeAndValue._ldap_string_prep = _ldap_string_prep  # type: ignore[method-assign]


def _limit_address_space(memory_mb: int) -> None:
    try:
        import resource

        with open("/proc/self/statm", "rb") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no rlimits: the timeout and pypdf's limits remain


def _describe_pdf_error(exc: Exception) -> str:
    from pypdf.errors import FileNotDecryptedError, LimitReachedError

    if isinstance(exc, LimitReachedError):
        return ("El PDF supera los límites de seguridad al descomprimirse (posible bomba "
                f"de descompresión); no se leyó su contenido. Detalle: {exc}")
    if isinstance(exc, FileNotDecryptedError):
        return "El PDF está cifrado con contraseña; no se puede leer su contenido."
    if isinstance(exc, RecursionError):
        return "El PDF tiene una estructura circular o demasiado anidada; no se pudo leer."
    return f"El PDF está dañado o no se puede leer ({type(exc).__name__}: {exc})."
