"""The cargo as a PDF, so that it travels with its mail as a printable document.

The PDF is the cargo written for paper (`ReplyRenderer.render(..., medium="paper")`:
the same text as the mail without what only makes sense in a mail, such as "Si
responde, no cambie el asunto…") on A4: the office's letterhead from ``[office]``
(ministry and office name, then "Lima, 23 de noviembre de 2026", the day of receipt,
as a cargo is dated), the subject as title, the text line for line (Helvetica; a
paragraph, one line in the text, wrapped to the page) and a footer with the
registration number and the page. Written with fpdf2; the PDF's dates are the moment
given (the receipt), so the same cargo gives the same bytes.

    paper = engine.render_reply(decision, "REG-2026-000123", medium="paper")
    data = reply_pdf(paper.subject, paper.body, office=settings.office,
                     reference="REG-2026-000123", created=registro.received_at)

The PDF standard fonts know Windows-1252 only (all of Spanish, «», –, “”): any other
character is written as its unaccented letter when it has one, else as "?"
(control and format characters are dropped).
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from zoneinfo import ZoneInfo

from mailbot.core.dates_es import fecha
from mailbot.settings import OfficeSettings

MEDIA_TYPE = "application/pdf"
_MARGIN = 56          # points (about 2 cm)
_MINISTRY_SIZE, _OFFICE_SIZE, _LETTERHEAD_LEADING = 10, 11, 14
_TITLE_SIZE, _TITLE_LEADING = 12, 16
_BODY_SIZE, _BODY_LEADING = 10.5, 14
_FOOTER_SIZE = 8


def pdf_text(text: str) -> str:
    """`text` reduced to what the standard fonts can show (Windows-1252)."""
    text = unicodedata.normalize("NFC", text).replace("\t", "    ").replace("\r\n", "\n")
    out = []
    for char in text:
        if char == "\n" or _encodable(char):
            out.append(char)
            continue
        if unicodedata.category(char)[0] == "C":
            continue  # control and format characters (zero-width space...) show nothing
        plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(plain if plain and all(_encodable(c) for c in plain) else "?")
    return "".join(out)


def _encodable(char: str) -> bool:
    if unicodedata.category(char)[0] == "C":
        return False
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def warm_up() -> None:
    """Import the PDF library (~0.2-0.4 s) now: for a long-running worker, at start-up."""
    import fpdf  # noqa: F401


def reply_pdf(subject: str, body: str, *, office: OfficeSettings, reference: str,
              created: dt.datetime, timezone: str = "America/Lima") -> bytes:
    """The cargo as a PDF: the letterhead, the subject as title, then the body, line for line."""
    from fpdf import FPDF  # imported here: it takes ~0.2 s, and only filing needs it

    footer_text = pdf_text(reference)

    class _Document(FPDF):
        def footer(self) -> None:
            self.set_y(-_MARGIN + 16)
            self.set_font("helvetica", size=_FOOTER_SIZE)
            self.cell(0, 10, f"{footer_text} · página {self.page_no()} de {{nb}}", align="C")

    pdf = _Document(format="A4", unit="pt")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(created if created.tzinfo else created.replace(tzinfo=dt.timezone.utc))
    pdf.set_title(pdf_text(subject))
    pdf.set_margins(_MARGIN, _MARGIN, _MARGIN)
    pdf.set_auto_page_break(True, margin=_MARGIN)
    pdf.add_page()
    _letterhead(pdf, office, f"{office.city}, {fecha(created, ZoneInfo(timezone))}")
    pdf.set_font("helvetica", style="B", size=_TITLE_SIZE)
    pdf.multi_cell(0, _TITLE_LEADING, pdf_text(subject), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(_BODY_LEADING)
    pdf.set_font("helvetica", size=_BODY_SIZE)
    width = pdf.epw
    for line in pdf_text(body.strip("\n")).split("\n"):
        # a line that fits is one cell; only a long one goes through multi_cell's line
        # breaking, which costs ten times as much
        if pdf.get_string_width(line) <= width:
            pdf.cell(0, _BODY_LEADING, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, _BODY_LEADING, line, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _letterhead(pdf, office: OfficeSettings, place_and_date: str) -> None:
    """Ministry and office centred over a rule, then the place and date on the right."""
    pdf.set_font("helvetica", style="B", size=_MINISTRY_SIZE)
    pdf.multi_cell(0, _LETTERHEAD_LEADING, pdf_text(office.ministry), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=_OFFICE_SIZE)
    pdf.multi_cell(0, _LETTERHEAD_LEADING, pdf_text(office.name), align="C", new_x="LMARGIN", new_y="NEXT")
    rule = pdf.get_y() + 6
    pdf.line(pdf.l_margin, rule, pdf.w - pdf.r_margin, rule)
    pdf.set_y(rule + 14)
    pdf.set_font("helvetica", size=_BODY_SIZE)
    pdf.cell(0, _BODY_LEADING, pdf_text(place_and_date), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(_BODY_LEADING)


def cargo_attachment(reference: str, subject: str, body: str, created: dt.datetime, *,
                     office: OfficeSettings, timezone: str = "America/Lima"):
    """The PDF copy of a cargo (its paper text), as the file its outbox row carries."""
    from mailbot.store.filing import OutgoingFile

    data = reply_pdf(subject, body, office=office, reference=reference, created=created, timezone=timezone)
    return OutgoingFile(filename=f"Cargo-{reference}.pdf", media_type=MEDIA_TYPE, data=data)
