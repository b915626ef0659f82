"""Benchmark: the queue and search pages with 100,000 stored messages.

Fills a temporary SQLite store through the store's models (bulk inserts of synthetic
rows: raw messages, messages, registros, expedientes, decisions, deadlines), starts the
FastAPI app with uvicorn in a thread and measures each page over real HTTP.

    .venv/bin/python bench/bench_web.py [--messages 100000] [--runs 30] [--keep DIR]

Prints median and p95 in milliseconds per page; the target is < 200 ms.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from mailbot.settings import Settings  # noqa: E402
from mailbot.store import open_store  # noqa: E402
from mailbot.store.db import session_scope  # noqa: E402
from mailbot.store.models import (  # noqa: E402
    Deadline, DecisionRecord, Expediente, Message, RawMessage, Registro, RuleHitRecord,
)

MAILBOXES = ("solicitantesrefugio@rree.gob.pe", "mesadepartes@rree.gob.pe", "refugiados@rree.gob.pe")
PROCEDURES = ("actualizacion_datos", "cambio_clave", "reconsideracion", "apelacion", "renuncia",
              "prorroga_residencia", "duplicado_carne_extranjeria", "autorizacion_viaje", "solicitud_refugio")
FIRST = ("María", "José", "Luis", "Ana", "Carlos", "Yusmary", "Oscar", "Dayana", "Jean", "Lianet", "Andrés", "Valentina")
LAST = ("Pérez", "Rondón", "Villegas", "Araujo", "Medina", "Bastidas", "Rivas", "Núñez", "Camacho", "Zambrano",
        "Guevara", "Figueroa", "Montilla", "Carrasquel", "Joseph", "Betancourt")
CHUNK = 5000


def raw_mail(index: int) -> bytes:
    return (f"From: persona{index}@example.com\r\nTo: mesadepartes@rree.gob.pe\r\nSubject: Recurso de apelación\r\n"
            f"Message-ID: <bench-{index}@example.com>\r\nDate: Mon, 02 Nov 2026 10:00:00 -0500\r\n\r\n"
            f"Presento recurso de apelación. Mi cédula es V{10_000_000 + index}.\r\n").encode()


def fill(url: str, count: int, seed: int = 7) -> dict:
    """Insert `count` filed messages; returns sample values to search for."""
    rng = random.Random(seed)
    db = open_store(url)
    raws = [raw_mail(i) for i in range(50)]
    shas = [hashlib.sha256(raw).hexdigest() for raw in raws]
    now = dt.datetime.now(dt.timezone.utc)
    today = now.date()
    sample: dict = {}
    with session_scope(db) as session:
        session.execute(insert(RawMessage.__table__), [
            {"sha256": sha, "size": len(raw), "data": raw, "stored_at": now} for sha, raw in zip(shas, raws)])
    for start in range(0, count, CHUNK):
        expedientes, registros, messages, decisions, deadlines, hits = [], [], [], [], [], []
        for i in range(start, min(start + CHUNK, count)):
            pk = i + 1
            received = now - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 600))
            status = rng.choices(("closed", "open", "subsanar", "triage"), (75, 17, 6, 2))[0]
            procedure = None if status == "triage" else rng.choice(PROCEDURES)
            outcome = {"triage": "triage", "subsanar": "subsanar"}.get(status, rng.choice(("acuse", "cargo")))
            flags = [flag for flag, share in (("verificar_firma", .03), ("derivado", .05), ("extemporaneo", .01))
                     if rng.random() < share and status != "triage"]
            due = today + dt.timedelta(days=rng.randint(-40, 40)) if status in ("open", "subsanar") else None
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"
            documento = f"V{20_000_000 + pk}"
            year = received.year
            expedientes.append({"id": pk, "number": f"EXP-{year}-{pk:06d}", "documento_identidad": documento,
                                "carne_extranjeria": None, "correo": f"persona{pk}@example.com", "nombres": name,
                                "known_refugee": False, "created_at": received})
            registros.append({"id": pk, "number": f"REG-{year}-{pk:06d}", "year": year, "sequence": pk,
                              "expediente_id": pk, "first_message_pk": pk, "current_decision_pk": pk,
                              "mailbox": rng.choice(MAILBOXES), "sender": f"persona{pk}@example.com",
                              "procedure": procedure, "outcome": outcome, "status": status, "flags": flags,
                              "received_at": received, "filing_date": received.date(), "due_date": due,
                              "created_at": received, "updated_at": received})
            messages.append({"id": pk, "content_key": hashlib.sha256(b"bench%d" % pk).hexdigest(),
                             "raw_sha256": shas[pk % 50], "message_id": f"<bench-{pk}@example.com>",
                             "mailbox": registros[-1]["mailbox"], "sender": f"persona{pk}@example.com",
                             "subject": "Recurso de apelación", "in_reply_to": "", "received_at": received,
                             "role": "filing", "registro_id": pk, "created_at": received})
            decisions.append({"id": pk, "message_pk": pk, "registro_id": pk, "procedure": procedure, "outcome": outcome,
                              "flags": flags, "missing": [], "signature_status": "not_required",
                              "filing_date": received.date(), "due_date": due, "merged": False,
                              "data": {"procedure": procedure, "outcome": outcome}, "created_at": received})
            if procedure:
                hits.append({"decision_pk": pk, "rule": f"{procedure}/asunto", "procedure": procedure,
                             "location": "subject", "matched": procedure.replace("_", " ")})
            if due:
                deadlines.append({"registro_id": pk, "kind": "subsanar" if status == "subsanar" else "resolver",
                                  "due_date": due, "status": "open", "created_at": received})
            if pk == count // 2:
                sample.update(registro=registros[-1]["number"], expediente=expedientes[-1]["number"],
                              documento=documento, surname=name.split()[-1])
        with session_scope(db) as session:
            for model, rows in ((Expediente, expedientes), (Registro, registros), (Message, messages),
                                (DecisionRecord, decisions), (RuleHitRecord, hits), (Deadline, deadlines)):
                if rows:
                    session.execute(insert(model.__table__), rows)
    db.dispose()
    return sample


def measure(base: str, client, path: str, runs: int) -> tuple[float, float]:
    timings = []
    client.get(base + path)  # warm-up (templates compiled, caches filled)
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(base + path)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    timings.sort()
    return statistics.median(timings), timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", help="keep the database in this folder")
    args = parser.parse_args(argv)

    import re

    import httpx

    from mailbot.web.accounts import create_user
    from mailbot.web.app import create_app
    from tests.test_web_support import LiveServer

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'bench.db'}"
    started = time.perf_counter()
    sample = fill(url, args.messages)
    print(f"store filled: {args.messages:,} messages in {time.perf_counter() - started:.1f} s ({url})")

    os.environ.setdefault("MAILBOT_SECRET_KEY", "bench-secret-key-0123456789")
    settings = dataclasses.replace(Settings(), database_url=url)
    app = create_app(settings)
    with session_scope(app.state.db) as session:
        create_user(session, "bench", "admin", "bench-password-123")
    pages = [
        ("cola triage", "/colas/triage"),
        ("cola subsanar", "/colas/subsanar"),
        ("cola verificar_firma", "/colas/verificar_firma"),
        ("cola derivado", "/colas/derivado"),
        ("cola extemporaneo", "/colas/extemporaneo"),
        ("cola vence_pronto", "/colas/vence_pronto"),
        ("cola vencidos", "/colas/vencidos"),
        ("cola subsanar, filtros", f"/colas/subsanar?mailbox={MAILBOXES[1]}&procedure=apelacion&since=2025-06-01"),
        ("cola derivado, página 3", "/colas/derivado?page=3"),
        ("buscar registro", f"/buscar?q={sample['registro']}"),
        ("buscar expediente", f"/buscar?q={sample['expediente']}"),
        ("buscar documento", f"/buscar?q={sample['documento']}"),
        ("buscar nombre", f"/buscar?q={sample['surname']}"),
        ("página de registro", f"/registro/{sample['registro']}"),
    ]
    with LiveServer(app) as server, httpx.Client(timeout=30) as client:
        login = client.get(server.url + "/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', login).group(1)
        client.post(server.url + "/login", data={"username": "bench", "password": "bench-password-123",
                                                   "csrf_token": token})
        print(f"{'page':<28} {'median ms':>10} {'p95 ms':>8}")
        worst = 0.0
        for label, path in pages:
            median, p95 = measure(server.url, client, path, args.runs)
            worst = max(worst, p95)
            print(f"{label:<28} {median:>10.1f} {p95:>8.1f}")
    app.state.db.dispose()
    print(f"worst p95: {worst:.1f} ms (target < 200 ms): {'OK' if worst < 200 else 'SLOW'}")
    return 0 if worst < 200 else 1


if __name__ == "__main__":
    raise SystemExit(main())
