"""The applicant's own words in a body: quoted replies and forwarding headers removed.

- Lines quoted with ">" are dropped (they are earlier messages, often the office's).
- A reply header ("El jue, 5 nov 2026 ... escribió:", "On ... wrote:") ends the text
  when what follows is quoted or comes from an institutional address.
- A forwarded block ("---------- Forwarded message ---------", "De: ... Enviado: ...")
  keeps the forwarded text (it is usually the applicant's own earlier message) but
  drops its header lines, so addresses in them are not taken as given by the applicant.
  When the forwarded/replied-to message comes from an institutional address, the rest
  is dropped.
"""
from __future__ import annotations

import re

_REPLY_HEADER = re.compile(r"^\s*(El\s.{5,120}\sescribi[oó]\s*:|On\s.{5,120}\swrote\s*:)\s*$", re.IGNORECASE)
_FORWARD_MARK = re.compile(r"^\s*(-{2,}\s*(Forwarded message|Mensaje reenviado|Original Message|Mensaje original)\s*-{2,}|_{5,})\s*$", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\s*\*?(De|From|Enviado|Sent|Date|Fecha|Para|To|CC|Asunto|Subject)\s*:\*?\s*(.*)$", re.IGNORECASE)


def applicant_text(body: str, is_institutional) -> str:
    """`body` without quoted lines and headers of replies and forwards."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith(">"):
            index += 1
            continue
        if _REPLY_HEADER.match(line):
            # the text below is quoted (">" lines, dropped above) or the office's: stop
            # unless it is clearly the applicant's own text again
            addresses = re.findall(r"[\w.+-]+@[\w.-]+", line)
            if not addresses or any(is_institutional(a) for a in addresses):
                break
            index += 1
            continue
        if _FORWARD_MARK.match(line) or _HEADER_LINE.match(line):
            block_start = index
            if _FORWARD_MARK.match(line):
                index += 1
            header_lines = 0
            sender_institutional = False
            while index < len(lines) and (_HEADER_LINE.match(lines[index]) or (header_lines and not lines[index].strip() and header_lines < 2)):
                match = _HEADER_LINE.match(lines[index])
                if match:
                    header_lines += 1
                    if match.group(1).lower() in ("de", "from"):
                        addresses = re.findall(r"[\w.+-]+@[\w.-]+", match.group(2))
                        sender_institutional = any(is_institutional(a) for a in addresses)
                index += 1
            if header_lines >= 2:
                if sender_institutional:
                    break
                continue
            index = block_start
            out.append(lines[index])
            index += 1
            continue
        out.append(line)
        index += 1
    return "\n".join(out).strip()
