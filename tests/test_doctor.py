"""`mailbot doctor` against the real servers the suite starts: a private Dovecot (IMAP,
and the archive mailbox) and aiosmtpd (SMTP, with and without a login). Each test
writes a real config.toml and runs the command line."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from mailbot.cli import main
from mailbot.store import open_engine, upgrade
from mailbot.store.migrate import head_revision
from tests.conftest_store import SmtpRecorder, SmtpServer, free_port
from tests.dovecot import DovecotServer
from tests.smtp_archive import ARCHIVE_USER, archive_dovecot  # noqa: F401 - fixture

MESA = "mesadepartes"
PROCESSED = "Procesados"
SMTP_USER, SMTP_PASSWORD = "mailbot", "clave-smtp-de-prueba"


@pytest.fixture
def smtp_with_login():
    """aiosmtpd that asks for a login (AUTH over plain text, as on a private network)."""
    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001 - aiosmtpd API
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            SMTP_USER.encode(), SMTP_PASSWORD.encode())
        return AuthResult(success=ok, handled=False)  # refused: aiosmtpd answers 535

    recorder, port = SmtpRecorder(), free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False)
    controller.start()
    yield SmtpServer("127.0.0.1", port, recorder, controller)
    controller.stop()


def _store(tmp_path: Path, revision: str = "head") -> Path:
    """A SQLite store migrated to `revision`."""
    path = tmp_path / "state.db"
    engine = open_engine(f"sqlite:///{path}")
    upgrade(engine, revision)
    engine.dispose()
    return path


def _mailbox_toml(dovecot: DovecotServer, user: str, **changes: object) -> str:
    settings = dovecot.mailbox_settings(user)
    table = {"address": settings.address, "kind": "imap", "host": settings.host, "port": settings.port,
             "tls": False, "user": user, "password_file": settings.password_file,
             "folder": "INBOX", "processed_folder": PROCESSED, **changes}
    return "[[mailboxes]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in table.items()
                                       if value is not None)


def _config(tmp_path: Path, dovecot: DovecotServer, smtp: SmtpServer | None, *, database: Path,
            smtp_login: bool = True, smtp_port: int | None = None, archive: bool = False,
            **mailbox_changes: object) -> Path:
    lines = [f"database_url = {json.dumps(f'sqlite:///{database}')}", "",
             _mailbox_toml(dovecot, MESA, **mailbox_changes), "[smtp]", 'kind = "smtp"',
             'host = "127.0.0.1"', f"port = {smtp_port or smtp.port}"]
    if smtp_login:
        secret = tmp_path / "smtp.password"
        secret.write_text(SMTP_PASSWORD + "\n")
        lines += [f'user = "{SMTP_USER}"', f"password_file = {json.dumps(str(secret))}"]
    if archive:
        archive_settings = dovecot.mailbox_settings(ARCHIVE_USER)
        lines += ["", "[smtp.archive]", f'address = "{archive_settings.address}"', 'host = "127.0.0.1"',
                  f"port = {archive_settings.port}", "tls = false", f'user = "{ARCHIVE_USER}"',
                  f"password_file = {json.dumps(archive_settings.password_file)}"]
    config = tmp_path / "config.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def _doctor(config: Path, capsys) -> tuple[int, list[str]]:
    code = main(["--config", str(config), "doctor"])
    captured = capsys.readouterr()
    assert captured.err == ""
    return code, captured.out.splitlines()


def _failures(lines: list[str]) -> list[str]:
    assert all(line.startswith(("OK ", "FALLA ")) for line in lines), lines
    return [line for line in lines if line.startswith("FALLA ")]


def _with_folder(dovecot: DovecotServer, user: str, folder: str) -> None:
    with dovecot.client(user) as client:
        client.create_folder(folder)


def test_a_working_installation_passes_every_check(tmp_path, archive_dovecot, smtp_with_login, capsys):
    """GIVEN a migrated store, a Dovecot mailbox with its processed folder, an SMTP server
    that asks for a login and an archive mailbox WHEN `mailbot doctor` THEN every line is
    OK (login, folders, IDLE, SMTP login, archive, store, calendar), exit 0, and no
    password appears."""
    _with_folder(archive_dovecot, MESA, PROCESSED)
    config = _config(tmp_path, archive_dovecot, smtp_with_login, database=_store(tmp_path), archive=True)
    code, lines = _doctor(config, capsys)
    assert code == 0 and _failures(lines) == [], "\n".join(lines)
    text = "\n".join(lines)
    for expected in (f"OK base de datos: migrada a la última versión ({head_revision()})",
                     "OK base de datos: se puede escribir",
                     f"OK buzón {MESA}@rree.gob.pe: inicio de sesión como {MESA}",
                     f"OK buzón {MESA}@rree.gob.pe: las carpetas 'INBOX' y '{PROCESSED}' existen",
                     f"OK buzón {MESA}@rree.gob.pe: el servidor ofrece IDLE",
                     f"OK envío: SMTP 127.0.0.1:{smtp_with_login.port} responde, inicio de sesión como {SMTP_USER}",
                     f"OK archivo de respuestas {ARCHIVE_USER}@rree.gob.pe: inicio de sesión como {ARCHIVE_USER}",
                     "OK calendario: feriados nacionales de Perú cargados para"):
        assert expected in text, text
    for secret in (archive_dovecot.password(MESA), archive_dovecot.password(ARCHIVE_USER), SMTP_PASSWORD):
        assert secret not in text
    assert smtp_with_login.recorder.messages == []  # nothing was sent


def test_wrong_mailbox_password_is_one_line_with_the_servers_answer(tmp_path, dovecot, smtp_server, capsys,
                                                                   monkeypatch):
    """GIVEN a mailbox whose password variable holds a wrong password WHEN `doctor` THEN
    one FALLA line for that mailbox says the server refused the login, with its answer
    and where the password comes from (never the password); the other checks still run;
    exit 1."""
    monkeypatch.setenv("MAILBOT_TEST_IMAP_MESA", "una-clave-equivocada")
    config = _config(tmp_path, dovecot, smtp_server, database=_store(tmp_path), smtp_login=False,
                     password_file=None, password_env="MAILBOT_TEST_IMAP_MESA")
    code, lines = _doctor(config, capsys)
    assert code == 1
    [failure] = _failures(lines)
    assert failure.startswith(f"FALLA buzón {MESA}@rree.gob.pe: 127.0.0.1:{dovecot.port} rechazó el inicio de sesión")
    assert "authentication failed" in failure.lower() and "MAILBOT_TEST_IMAP_MESA" in failure
    assert "una-clave-equivocada" not in "\n".join(lines)
    assert any(line.startswith("OK envío: SMTP") for line in lines)
    assert any(line.startswith("OK calendario") for line in lines)


def test_unset_password_variable_is_named(tmp_path, dovecot, smtp_server, capsys, monkeypatch):
    monkeypatch.delenv("MAILBOT_TEST_IMAP_UNSET", raising=False)
    config = _config(tmp_path, dovecot, smtp_server, database=_store(tmp_path), smtp_login=False,
                     password_file=None, password_env="MAILBOT_TEST_IMAP_UNSET")
    code, lines = _doctor(config, capsys)
    assert code == 1
    assert _failures(lines) == [f"FALLA buzón {MESA}@rree.gob.pe: la variable de entorno MAILBOT_TEST_IMAP_UNSET "
                                "no está definida — defínala en el entorno del servicio (EnvironmentFile de systemd)"]


@pytest.mark.parametrize("changes, expected", [
    ({"folder": "Entrada"}, "la carpeta 'Entrada' (folder) no se puede abrir"),
    ({"processed_folder": "Procesado"}, "la carpeta 'Procesado' (processed_folder) no existe"),
])
def test_a_missing_folder_is_named_with_its_key(tmp_path, dovecot, smtp_server, capsys, changes, expected):
    """GIVEN a mailbox whose config names a folder the server does not have WHEN `doctor`
    THEN the login is OK and one FALLA line names the folder and its key; nothing is
    created on the server."""
    _with_folder(dovecot, MESA, PROCESSED)
    config = _config(tmp_path, dovecot, smtp_server, database=_store(tmp_path), smtp_login=False, **changes)
    code, lines = _doctor(config, capsys)
    assert code == 1
    [failure] = _failures(lines)
    assert failure.startswith(f"FALLA buzón {MESA}@rree.gob.pe: {expected}") and "corrija" in failure, failure
    assert f"OK buzón {MESA}@rree.gob.pe: inicio de sesión como {MESA} en 127.0.0.1:{dovecot.port}" in lines
    with dovecot.client(MESA) as client:
        assert not client.folder_exists(next(iter(changes.values())))


def test_a_server_without_idle_is_reported(tmp_path, dovecot_factory, smtp_server, capsys):
    server = dovecot_factory(capabilities="IMAP4rev1 UIDPLUS")
    _with_folder(server, MESA, PROCESSED)
    config = _config(tmp_path, server, smtp_server, database=_store(tmp_path), smtp_login=False)
    code, lines = _doctor(config, capsys)
    assert code == 1
    assert _failures(lines) == [f"FALLA buzón {MESA}@rree.gob.pe: el servidor no ofrece IDLE (mailbot lo espera con "
                                "idle = true) — ponga idle = false en este buzón: se leerá cada "
                                "[scheduler] poll_seconds"]


def test_smtp_down_and_smtp_login_refused(tmp_path, dovecot, smtp_with_login, capsys):
    """GIVEN no SMTP server on the configured port WHEN `doctor` THEN one FALLA line says
    it could not connect; GIVEN the server up but a wrong SMTP password THEN one FALLA
    line says the login was refused, with the server's code."""
    _with_folder(dovecot, MESA, PROCESSED)
    config = _config(tmp_path, dovecot, None, database=_store(tmp_path), smtp_port=free_port())
    code, lines = _doctor(config, capsys)
    assert code == 1
    [failure] = _failures(lines)
    assert failure.startswith("FALLA envío: la conexión con SMTP 127.0.0.1:") and "Connection refused" in failure

    config = _config(tmp_path, dovecot, smtp_with_login, database=tmp_path / "state.db")
    (tmp_path / "smtp.password").write_text("otra-clave\n")
    code, lines = _doctor(config, capsys)
    assert code == 1
    [failure] = _failures(lines)
    assert failure.startswith(f"FALLA envío: SMTP 127.0.0.1:{smtp_with_login.port} rechazó el inicio de sesión "
                              f"como {SMTP_USER} (535") and "otra-clave" not in failure, failure


def test_a_store_that_is_not_migrated_is_reported_and_left_as_it_is(tmp_path, dovecot, smtp_server, capsys):
    """GIVEN a store at an older migration WHEN `doctor` THEN one FALLA line gives its
    migration, the newest one and how to migrate; the store is still at its migration."""
    _with_folder(dovecot, MESA, PROCESSED)
    database = _store(tmp_path, revision="0002")
    config = _config(tmp_path, dovecot, smtp_server, database=database, smtp_login=False)
    code, lines = _doctor(config, capsys)
    assert code == 1
    assert _failures(lines) == [f"FALLA base de datos: está en la migración 0002, no en la última ({head_revision()}) "
                                "— `mailbot run` la migra al iniciar: reinicie el servicio"]
    from mailbot.store.migrate import current_revision

    engine = open_engine(f"sqlite:///{database}")
    assert current_revision(engine) == "0002"
    engine.dispose()


def test_a_missing_sqlite_file_is_reported_not_created(tmp_path, dovecot, smtp_server, capsys):
    _with_folder(dovecot, MESA, PROCESSED)
    database = tmp_path / "data" / "state.db"
    config = _config(tmp_path, dovecot, smtp_server, database=database, smtp_login=False)
    code, lines = _doctor(config, capsys)
    assert code == 1
    [failure] = _failures(lines)
    assert failure.startswith(f"FALLA base de datos: el archivo {database} (sqlite:///{database}) no existe")
    assert not database.exists() and not database.parent.exists()


def test_a_config_that_does_not_load_is_one_line(tmp_path, capsys):
    config = tmp_path / "config.toml"
    config.write_text('[calendar]\nnon_working_days = ["2026-13-01"]\n')
    code, lines = _doctor(config, capsys)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("FALLA configuración: ") and "2026-13-01" in lines[0]


def test_a_maildir_that_does_not_exist_is_reported_not_created(tmp_path, capsys):
    missing = tmp_path / "no-existe"
    config = tmp_path / "config.toml"
    config.write_text(f'database_url = "sqlite:///{_store(tmp_path)}"\n[[mailboxes]]\naddress = "a@rree.gob.pe"\n'
                      f'kind = "maildir"\npath = {json.dumps(str(missing))}\n'
                      f'[smtp]\nkind = "maildir"\noutbox_path = {json.dumps(str(tmp_path / "outbox"))}\n')
    code, lines = _doctor(config, capsys)
    assert code == 1
    assert _failures(lines) == [f"FALLA buzón a@rree.gob.pe: la carpeta Maildir {missing} no existe — corrija path "
                                "o cree el Maildir (new/, cur/, tmp/)"]
    assert not missing.exists() and not os.path.exists(tmp_path / "outbox")
