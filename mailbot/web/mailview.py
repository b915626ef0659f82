"""A received mail shown safely: sanitised HTML, remote images blocked, downloads only.

- `safe_html_document` turns the message's HTML into an inert page: nh3 keeps a list of
  harmless tags, drops every script, style, event handler and form, keeps only http,
  https and mailto links, and keeps an image only when it is inline data (a remote image
  would tell the sender that the mail was read). The page is served with a CSP of
  ``default-src 'none'; sandbox`` and shown in an ``<iframe sandbox>``.
- `download_headers` makes every attachment a download of ``application/octet-stream``
  with a safe name, never rendered by the browser.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import nh3

from mailbot.core.model import ParsedMessage
from mailbot.core.parse import safe_filename

BODY_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
DOWNLOAD_CSP = "default-src 'none'; sandbox"
_TAGS = set(nh3.ALLOWED_TAGS) - {"area", "map"}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "*": {"title"},
}
_URL_SCHEMES = {"http", "https", "mailto", "data"}
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,", re.IGNORECASE)


@dataclass(frozen=True)
class AttachmentView:
    index: int
    filename: str
    media_type: str
    size: int
    sha256: str


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if _DATA_IMAGE.match(value) else None
    if tag == "a" and attribute == "href" and value.lower().startswith("data:"):
        return None
    return value


def sanitise_html(html: str) -> str:
    """The HTML with nothing active left in it (see the module docstring)."""
    return nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags={"script", "style", "title", "head", "template", "noscript", "iframe", "object"},
        attributes=_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def blocked_images(html: str) -> int:
    """How many images would load something from outside (shown as a note to staff)."""
    return sum(1 for src in re.findall(r"<img[^>]*\bsrc\s*=\s*['\"]?([^'\" >]+)", html or "", re.IGNORECASE)
               if not _DATA_IMAGE.match(src))


def safe_html_document(message: ParsedMessage) -> str:
    """A standalone, inert HTML page with the message's HTML (or its text)."""
    if message.html:
        body = sanitise_html(message.html)
    else:
        escaped = (message.text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = f"<pre>{escaped}</pre>"
    return (
        "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"
        "<style>body{font:15px/1.45 system-ui,sans-serif;margin:.6em;color:#111;word-wrap:break-word}"
        "pre{white-space:pre-wrap}img{max-width:100%}table{max-width:100%}</style>"
        f"</head><body>{body}</body></html>"
    )


def attachments(message: ParsedMessage) -> list[AttachmentView]:
    return [AttachmentView(index, safe_filename(att.filename), att.sniffed_type or att.declared_type,
                           att.size, att.sha256)
            for index, att in enumerate(message.attachments)]


def _ascii_name(name: str) -> str:
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "_", name).strip(" .") or "adjunto"
    return ascii_name[:120]


def download_headers(filename: str) -> dict[str, str]:
    """Headers that make the browser save the file under a safe name and never render it."""
    name = safe_filename(filename)
    return {
        "content-disposition": f"attachment; filename=\"{_ascii_name(name)}\"; filename*=UTF-8''{quote(name, safe='')}",
        "x-content-type-options": "nosniff",
        "content-security-policy": DOWNLOAD_CSP,
        "cache-control": "no-store",
    }
