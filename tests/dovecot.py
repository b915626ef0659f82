"""A private Dovecot IMAP server for tests and benchmarks (Debian `dovecot-imapd`).

The server's configuration, state, logs and mail all live in one temporary
directory; it listens on 127.0.0.1 on a free high port, plain text (no TLS), with
one account per institutional mailbox.

Example::

    server = DovecotServer(tmp_path)
    server.start()
    server.append("mesadepartes", "INBOX", b"Subject: hola\\r\\n\\r\\ncuerpo\\r\\n")
    settings = server.mailbox_settings("mesadepartes", processed_folder="Procesados")
    ...
    server.stop()
"""
from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from imapclient import IMAPClient
from imapclient.util import to_bytes

from mailbot.settings import MailboxSettings

DEFAULT_USERS = ("solicitantesrefugio", "mesadepartes", "refugiados")
DOMAIN = "rree.gob.pe"
READY_TIMEOUT = 10.0


class DovecotUnavailable(RuntimeError):
    """The `dovecot` binary is not installed or the server would not start."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _traversable_by_others(path: Path) -> bool:
    """True when every directory from / down to `path` lets other users through."""
    path = path.resolve()
    for directory in [path, *path.parents]:
        if not directory.exists():
            continue
        if not directory.stat().st_mode & stat.S_IXOTH:
            return False
    return True


class DovecotServer:
    """Start, stop and feed a private Dovecot instance.

    `capabilities`, when given, replaces the advertised IMAP capability list
    (e.g. without MOVE or IDLE, to exercise a source's fallbacks). `fsync=False`
    (`mail_fsync = never`) trades durability for speed; the default is Dovecot's.
    """

    def __init__(
        self,
        tmp_path: Path,
        users: Sequence[str] = DEFAULT_USERS,
        capabilities: str | None = None,
        fsync: bool = True,
    ) -> None:
        self.binary = shutil.which("dovecot") or (
            "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
        )
        if self.binary is None:
            raise DovecotUnavailable(
                "the `dovecot` binary is not installed: run `apt-get install -y dovecot-imapd` "
                "(the IMAP tests need a real Dovecot server)"
            )
        self.users = tuple(users)
        self.host = "127.0.0.1"
        self.port = free_port()
        self._is_root = os.geteuid() == 0
        self._own_root = False
        root = Path(tmp_path) / "dovecot"
        if self._is_root and not _traversable_by_others(Path(tmp_path)):
            # The mail processes run as `nobody`, which cannot enter pytest's 0700 dirs.
            root = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-"))
            self._own_root = True
        self.root = root
        self.config_path = root / "dovecot.conf"
        self.log_path = root / "dovecot.log"
        self.mail_dir = root / "mail"
        self.secrets_dir = Path(tmp_path) / "secrets"
        self._process: subprocess.Popen[bytes] | None = None
        self._write_config(capabilities, fsync)

    # --- configuration ---------------------------------------------------------

    def password(self, user: str) -> str:
        return f"clave-{user}-de-prueba"

    def address(self, user: str) -> str:
        return f"{user}@{DOMAIN}"

    def _write_config(self, capabilities: str | None, fsync: bool) -> None:
        for sub in ("run", "state", "home"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self.mail_dir.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)
        (self.root / "passwd").write_text(
            "".join(f"{user}:{{PLAIN}}{self.password(user)}\n" for user in self.users),
            encoding="utf-8",
        )
        if self._is_root:
            nobody = pwd.getpwnam("nobody")
            for directory in (self.mail_dir, self.root / "home"):
                os.chown(directory, nobody.pw_uid, nobody.pw_gid)
            userdb_args = "uid=nobody gid=nogroup"
            identity = ""
        else:
            me = pwd.getpwuid(os.geteuid()).pw_name
            userdb_args = f"uid={os.geteuid()} gid={os.getegid()}"
            identity = (
                f"default_internal_user = {me}\n"
                f"default_login_user = {me}\n"
                f"default_internal_group = {pwd.getpwuid(os.geteuid()).pw_gid}\n"
                "service anvil {\n  chroot =\n}\n"
            )
        capability_line = f"imap_capability = {capabilities}\n" if capabilities else ""
        login_chroot = "" if self._is_root else "  chroot =\n"
        self.config_path.write_text(
            f"""# private test instance written by tests/dovecot.py
protocols = imap
listen = 127.0.0.1
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.log_path}
info_log_path = {self.log_path}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{self.mail_dir}/%u
first_valid_uid = 1
first_valid_gid = 1
mailbox_idle_check_interval = 1 secs
mail_fsync = {"optimized" if fsync else "never"}
{capability_line}{identity}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/passwd
}}
userdb {{
  driver = static
  args = {userdb_args} home={self.root}/home/%u
}}
service imap-login {{
{login_chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
""",
            encoding="utf-8",
        )

    # --- lifecycle -----------------------------------------------------------

    def start(self) -> "DovecotServer":
        if self._process is not None and self._process.poll() is None:
            return self
        self._process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config_path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # one process group: stop() ends every child too
        )
        self._wait_for_greeting()
        return self

    def _wait_for_greeting(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                stderr = self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
                raise DovecotUnavailable(
                    f"dovecot exited with status {self._process.returncode} at start-up:\n"
                    f"{stderr}\n{self.log_tail()}"
                )
            try:
                with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                    greeting = sock.recv(256)
                if greeting.startswith(b"* OK"):
                    return
                last_error = RuntimeError(f"unexpected greeting {greeting!r}")
            except OSError as exc:
                last_error = exc
            time.sleep(0.01)  # no event to wait on: the port either answers or it does not
        self.stop()
        raise DovecotUnavailable(
            f"dovecot did not greet on {self.host}:{self.port} within {READY_TIMEOUT:.0f} s "
            f"({last_error}):\n{self.log_tail()}"
        )

    def kill(self) -> None:
        """Crash the server: SIGKILL to every process, no BYE to the clients."""
        process, self._process = self._process, None
        if process is None:
            return
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
        if process.stderr:
            process.stderr.close()

    def stop(self) -> None:
        """Stop the server like a restart of the host's service: every process of this
        instance ends, so connected clients are disconnected (the master alone would
        leave running `imap` processes serving their sessions)."""
        process, self._process = self._process, None
        if process is None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        try:
            os.killpg(process.pid, signal.SIGKILL)  # any straggler of the group
        except ProcessLookupError:
            pass
        if process.stderr:
            process.stderr.close()

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def close(self) -> None:
        """Stop the server and remove a temporary directory this helper created."""
        self.stop()
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "DovecotServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no dovecot log)"
        return "\n".join(text.splitlines()[-lines:])

    # --- clients and mail ------------------------------------------------------

    @contextmanager
    def client(self, user: str) -> Iterator[IMAPClient]:
        """A logged-in imapclient connection for `user` (a separate connection)."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        try:
            client.login(user, self.password(user))
            yield client
        finally:
            try:
                client.logout()
            except Exception:  # noqa: BLE001 - the server may already be gone
                client.shutdown()

    def append(
        self,
        user: str,
        folder: str,
        raw: bytes,
        flags: Sequence[bytes] = (),
        msg_time: dt.datetime | None = None,
    ) -> int:
        """APPEND one message (creating the folder if needed); return its UID."""
        return self.append_many(user, folder, [raw], flags=flags, msg_time=msg_time)[0]

    def append_many(
        self,
        user: str,
        folder: str,
        messages: Iterable[bytes],
        flags: Sequence[bytes] = (),
        msg_time: dt.datetime | None = None,
    ) -> list[int]:
        """APPEND messages over one connection, in order; return their UIDs."""
        uids: list[int] = []
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                response = client.append(folder, raw, flags=flags, msg_time=msg_time)
                uids.append(_appenduid(response))
        return uids

    def mailbox_settings(self, user: str, **overrides: object) -> MailboxSettings:
        """MailboxSettings for an IMAP source reading `user`'s mailbox here."""
        self.secrets_dir.mkdir(parents=True, exist_ok=True)
        password_file = self.secrets_dir / f"{user}.password"
        password_file.write_text(self.password(user) + "\n", encoding="utf-8")
        password_file.chmod(0o600)
        values: dict[str, object] = dict(
            address=self.address(user),
            kind="imap",
            host=self.host,
            port=self.port,
            tls=False,
            starttls=False,
            user=user,
            password_file=str(password_file),
        )
        values.update(overrides)
        return MailboxSettings(**values)  # type: ignore[arg-type]

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run `doveadm -c CONF ARGS...`; raise with its output when it fails."""
        result = subprocess.run(
            ["doveadm", "-c", str(self.config_path), *args],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"doveadm {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result


def _appenduid(response: bytes) -> int:
    """The UID from an `[APPENDUID validity uid]` response code."""
    text = to_bytes(response)
    marker = b"[APPENDUID "
    start = text.find(marker)
    if start < 0:
        raise RuntimeError(f"APPEND answered without APPENDUID: {text!r}")
    _, uid = text[start + len(marker):].split(b"]", 1)[0].split()
    return int(uid)
