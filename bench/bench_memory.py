"""Peak memory and time of deciding one message that carries a 40 MB PDF.

Builds the message (.eml) in a temporary folder, then runs the measured work in a
fresh child process so that its peak RSS is its own:

- with `mailbot.core.decision.DecisionEngine` when it exists: `decide()` on the bytes;
- otherwise (or with --inspector-only) the document inspector alone: the attachment
  is cut out of the message with little copying and `DocumentInspector.inspect`
  reads it.

The PDF worker is forked before the message is read (`DocumentInspector.start`),
as a composition root should do; --lazy-worker forks it at the first PDF instead,
so it inherits (and keeps) the pages the process held then.

It prints the child's peak RSS (`ru_maxrss`), the PDF worker's peak RSS (its
`VmHWM`, read before the worker is stopped) and the wall time. Target: every
process under 300 MB.

    .venv/bin/python bench/bench_memory.py [--megabytes 40] [--inspector-only] [--lazy-worker]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 300


def build_message(folder: Path, megabytes: int) -> Path:
    sys.path.insert(0, str(ROOT))
    from tests import pdfkit

    message = EmailMessage()
    message["From"] = "Ana Pérez <ana.perez@example.com>"
    message["To"] = "mesadepartes@rree.gob.pe"
    message["Subject"] = "Recurso de reconsideración"
    message["Date"] = "Mon, 02 Nov 2026 10:31:20 -0500"
    message["Message-ID"] = "<bench-memory@example.com>"
    message.set_content("Adjunto mi recurso de reconsideración firmado y escaneado.\n")
    message.add_attachment(pdfkit.big_pdf(megabytes * 1024 * 1024), maintype="application",
                           subtype="pdf", filename="recurso escaneado.pdf")
    path = folder / "grande.eml"
    path.write_bytes(message.as_bytes())
    return path


def peak_rss_mb(pid: int | str = "self") -> float:
    """VmHWM (the peak resident set) of a process, in MB; unlike ru_maxrss it is not
    inherited from the image the process was before exec."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worker_peaks_mb() -> dict[int, float]:
    """VmHWM of this process's live children (the PDF worker), in MB."""
    return {int(pid): peak_rss_mb(pid) for task in Path("/proc/self/task").iterdir()
            for pid in (task / "children").read_text().split()}


def lean_attachments(raw: bytes) -> list[tuple[str, str, bytes]]:
    """The attachments of a one-level multipart message, without the standard-library
    parser (its line-by-line feed peaks near ten times the message size)."""
    import binascii
    from email import policy
    from email.parser import BytesHeaderParser

    parse_headers = BytesHeaderParser(policy=policy.default).parsebytes
    end_of_headers = raw.index(b"\n\n")
    boundary = b"--" + parse_headers(raw[:end_of_headers + 2]).get_boundary().encode()
    view = memoryview(raw)
    found = []
    start = raw.find(boundary, end_of_headers)
    while start >= 0:
        head_start = raw.index(b"\n", start) + 1
        following = raw.find(boundary, head_start)
        if following < 0:
            break
        body_start = raw.index(b"\n\n", head_start) + 2
        headers = parse_headers(raw[head_start:body_start])
        if headers.get_filename():
            body = view[body_start:following]
            if headers.get("Content-Transfer-Encoding", "").lower() == "base64":
                data = binascii.a2b_base64(body)
            else:
                data = bytes(body)
            found.append((headers.get_filename(), headers.get_content_type(), data))
        start = following
    return found


def child(path: Path, inspector_only: bool, early_worker: bool) -> None:
    """The measured work; prints one JSON line."""
    sys.path.insert(0, str(ROOT))
    from mailbot.settings import Settings

    settings = Settings()
    engine = None
    inspector = None
    if not inspector_only:
        try:
            from mailbot.core.decision import DecisionEngine

            engine = DecisionEngine.from_settings(settings)
        except Exception as exc:  # noqa: BLE001 - absent or unfinished: fall back
            print(f"DecisionEngine unavailable ({exc}); measuring the inspector alone", file=sys.stderr)
    if engine is None:
        from mailbot.core.documents import DocumentInspector

        inspector = DocumentInspector(settings.limits)
    else:
        inspector = engine.inspector
    if early_worker and hasattr(inspector, "start"):
        inspector.start()  # fork the PDF worker while this process is still small
    started_rss = peak_rss_mb()
    started = time.perf_counter()
    if engine is not None:
        decision = engine.decide(path.read_bytes(), file=path.name)
        summary = {"mode": "DecisionEngine.decide", "outcome": decision.outcome,
                   "documents": [(d.filename, d.pages, d.has_images, d.error) for d in decision.documents]}
    else:
        from mailbot.core.documents import sniff_media_type
        from mailbot.core.model import Attachment

        documents = []
        for name, declared, data in lean_attachments(path.read_bytes()):
            documents.append(inspector.inspect(
                Attachment(name, declared, sniff_media_type(data, name, declared), data)))
        summary = {"mode": "DocumentInspector.inspect",
                   "documents": [(d.filename, d.pages, d.has_images, d.error) for d in documents]}
    elapsed = time.perf_counter() - started
    workers = worker_peaks_mb()
    inspector.close()
    summary.update(
        seconds=round(elapsed, 3),
        rss_before_mb=round(started_rss, 1),
        peak_rss_mb=round(peak_rss_mb(), 1),
        worker_peak_rss_mb=round(max(workers.values(), default=0.0), 1),
    )
    print(json.dumps(summary))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=40)
    parser.add_argument("--inspector-only", action="store_true")
    parser.add_argument("--lazy-worker", action="store_true",
                        help="fork the PDF worker at the first PDF, not before reading the message")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.inspector_only, not args.lazy_worker)
        return 0
    if args.build:
        build_message(args.build, args.megabytes)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        # built in its own process, so this one stays small for the measured child
        subprocess.run([sys.executable, __file__, "--build", folder, "--megabytes",
                        str(args.megabytes)], check=True)
        path = Path(folder) / "grande.eml"
        size_mb = path.stat().st_size / (1024 * 1024)
        command = [sys.executable, __file__, "--child", str(path)]
        command += ["--inspector-only"] * args.inspector_only + ["--lazy-worker"] * args.lazy_worker
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n")
        return 1
    if result.stderr.strip():
        print(result.stderr.strip(), file=sys.stderr)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"message: {size_mb:.1f} MB .eml with a {args.megabytes} MB PDF")
    print(f"measured: {figures['mode']}  ->  {figures['documents']}")
    print(f"time: {figures['seconds']:.3f} s for the work, {wall:.2f} s with interpreter start-up")
    print(f"peak RSS, main process: {figures['peak_rss_mb']:.1f} MB "
          f"(after imports and set-up: {figures['rss_before_mb']:.1f} MB)")
    print(f"peak RSS, PDF worker:   {figures['worker_peak_rss_mb']:.1f} MB")
    print(f"largest ru_maxrss of any child process: {children_peak:.1f} MB "
          "(includes the message builder; ru_maxrss also carries the pre-exec image)")
    worst = max(figures["peak_rss_mb"], figures["worker_peak_rss_mb"])
    verdict = "OK" if worst < TARGET_MB else "OVER"
    print(f"target < {TARGET_MB} MB per process: {verdict} (worst {worst:.1f} MB)")
    return 0 if worst < TARGET_MB else 2


if __name__ == "__main__":
    sys.exit(main())
