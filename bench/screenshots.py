"""Screenshots of the main pages, in headless Chromium, into docs/screenshots/.

Files the development corpus with the real runner into a temporary store, starts the
app and photographs: login, queues (laptop and phone width), a registro, the reply
preview, the audit log and the operators' pages.

    .venv/bin/python bench/screenshots.py [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    from mailbot.store import open_store
    from mailbot.store.db import session_scope
    from mailbot.web.accounts import create_user
    from mailbot.web.app import create_app
    from tests.test_web_support import (
        CORPUS, LABELS, PASSWORD, LiveServer, corpus_settings_for, file_messages, launch_chromium,
    )

    os.environ.setdefault("MAILBOT_SECRET_KEY", "screenshots-secret-key-0123")
    folder = Path(tempfile.mkdtemp(prefix="mailbot-shots-"))
    settings = corpus_settings_for(f"sqlite:///{folder / 'state.db'}")
    db = open_store(settings.database_url)
    file_messages(settings, db, {name: (CORPUS / name).read_bytes() for name in sorted(LABELS)})
    app = create_app(settings, db=db)
    with session_scope(db) as session:
        create_user(session, "ana", "staff", PASSWORD)
        create_user(session, "oscar", "operator", PASSWORD)

    def sign_in(page, base: str, name: str) -> None:
        page.goto(base + "/login")
        page.fill("input[name=username]", name)
        page.fill("input[name=password]", PASSWORD)
        page.click("button.primary")
        page.wait_for_load_state("load")

    def shot(page, name: str, full: bool = True) -> None:
        """Full-page shots resize the viewport instead (headless full_page leaves iframes blank)."""
        page.wait_for_load_state("load")
        size = page.viewport_size
        if full:
            height = min(page.evaluate("document.documentElement.scrollHeight"), 4000)
            page.set_viewport_size({"width": size["width"], "height": max(height, size["height"])})
            page.wait_for_load_state("load")
        page.screenshot(path=str(out / f"{name}.png"))
        page.set_viewport_size(size)
        print(out / f"{name}.png")

    with LiveServer(app) as server, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(server.url + "/login")
        shot(page, "01-login", full=False)
        sign_in(page, server.url, "ana")
        shot(page, "02-cola-triage")
        page.goto(server.url + "/colas/subsanar")
        shot(page, "03-cola-subsanar")
        page.goto(server.url + "/colas/verificar_firma")
        number = re.search(r"/registro/(REG-[\d-]+)", page.content()).group(1)
        page.goto(server.url + f"/registro/{number}")
        page.frame_locator("iframe.mail").first.locator("body").wait_for()
        shot(page, "04-registro")
        page.click("#vista-previa")
        shot(page, "05-vista-previa-respuesta")
        page.goto(server.url + "/buscar?q=Villegas")
        shot(page, "06-busqueda")
        page.goto(server.url + f"/registro/{number}")
        page.click("#confirmar-firma")
        page.goto(server.url + "/auditoria")
        shot(page, "07-auditoria")
        phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        sign_in(phone, server.url, "ana")
        phone.goto(server.url + "/colas/triage")
        shot(phone, "08-cola-telefono")
        phone.goto(server.url + f"/registro/{number}")
        shot(phone, "09-registro-telefono", full=False)

        operator = browser.new_page(viewport={"width": 1280, "height": 860})
        sign_in(operator, server.url, "oscar")
        operator.goto(server.url + "/operadores/reglas?semanas=12")
        shot(operator, "10-reglas-estadisticas")
        operator.goto(server.url + "/operadores/replay")
        edited = folder / "asunto.toml"
        edited.write_text((settings.rules_dir / "asunto.toml").read_text(encoding="utf-8")
                          .replace('"password"', '"consulta"', 1), encoding="utf-8")
        operator.set_input_files("input[name=asunto]", str(edited))
        operator.click("button.primary")
        shot(operator, "11-replay")
        operator.goto(server.url + "/operadores/explicar")
        operator.set_input_files("input[name=eml]", str(CORPUS / "026-apelacion-pdf-firmado-html.eml"))
        operator.click("button.primary")
        shot(operator, "12-explicar")
        browser.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
