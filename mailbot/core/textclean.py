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
import unicodedata

_REPLY_HEADER = re.compile(r"^\s*(El\s.{5,120}\sescribi[oó]\s*:|On\s.{5,120}\swrote\s*:)\s*$", re.IGNORECASE)
_FORWARD_MARK = re.compile(r"^\s*(-{2,}\s*(Forwarded message|Mensaje reenviado|Original Message|Mensaje original)\s*-{2,}|_{5,})\s*$", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\s*\*?(De|From|Enviado(?:\s+el)?|Sent|Date|Fecha|Para|To|CC|Asunto|Subject|Envoy[ée]|Objet|"
                          r"[ÀA]|Enviada|Assunto)\s*:\*?\s*(.*)$", re.IGNORECASE)
# a legal notice appended by a mail server or a company ("AVISO DE CONFIDENCIALIDAD: ...",
# "CONFIDENTIALITY NOTICE", "Este mensaje es confidencial ..."): not the applicant's words,
# and the addresses in it ("notifíquelo a seguridad@empresa.com") are not theirs
_DISCLAIMER = re.compile(
    r"^\s*(?:\*+\s*)?(?:aviso\s+(?:de\s+)?confidencialidad|aviso\s+legal|nota\s+de\s+confidencialidad|cl[aá]usula\s+de\s+confidencialidad|"
    r"confidentiality\s+(?:notice|note|statement)|disclaimer|"
    r"(?:este|el\s+presente)\s+(?:correo|mensaje|e-?mail)\b[^\n]{0,80}\bconfidencial)", re.IGNORECASE)


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
        if _DISCLAIMER.match(line):
            # the notice runs to the next blank line
            while index < len(lines) and lines[index].strip():
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
                    # the office's reply: skipped up to the next forwarded message (the
                    # applicant's own earlier message forwarded below it), else to the end
                    while index < len(lines) and not _FORWARD_MARK.match(lines[index]):
                        index += 1
                    if index == len(lines):
                        break
                continue
            index = block_start
            out.append(lines[index])
            index += 1
            continue
        out.append(line)
        index += 1
    return "\n".join(out).strip()


def forwarded_note(body: str, sender: str, sender_name: str, is_institutional) -> tuple[str, str] | None:
    """(the forwarder's note, the forwarded message), each as `applicant_text` reads it,
    when `body` forwards a message written by another person (its "De:/From:" is neither
    the sender's address, nor a name the sender's address spells or the sender's own
    name, nor the office's): the note above it is the writer's own (a relative, a parish,
    an aid group who forward the applicant's message), the message below the applicant's.
    None for anything else (the sender forwarding their own earlier message, a reply)."""
    sender = sender.lower().strip()
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        if not _FORWARD_MARK.match(line):
            continue
        author = None
        headers = 0
        for following in lines[index + 1:index + 8]:
            match = _HEADER_LINE.match(following)
            if not match:
                if following.strip():
                    break
                continue
            headers += 1
            if match.group(1).lower() in ("de", "from") and author is None:
                author = match.group(2)
        note = "\n".join(lines[:index])
        if headers < 2 or not author or not note.strip() or note.lstrip().startswith(">"):
            return None
        addresses = [a.lower() for a in re.findall(r"[\w.+-]+@[\w.-]+", author)]
        name = author.split("<")[0].strip(" \t\"'")
        if any(a == sender or is_institutional(a) for a in addresses) or (not addresses and not name):
            return None
        if name and (_spelt_by_address(name, sender) or _same_name(name, sender_name)):
            return None
        forwarded = applicant_text("\n".join(lines[index:]), is_institutional)
        return (applicant_text(note, is_institutional), forwarded) if forwarded else None
    return None


def _name_words(name: str, shortest: int = 2) -> list[str]:
    """The words of a display name ("Yadiel Fonseca <y.f@...>"), lower case, accents off."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name.split("<")[0].lower()) if not unicodedata.combining(ch))
    return re.findall(r"[a-z]{%d,}" % shortest, folded)


def _same_name(one: str, other: str) -> bool:
    return bool(_name_words(one)) and _name_words(one) == _name_words(other)


# --- Layout: how forms are typed, reduced to "Label: value" lines ----------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_BULLET = re.compile(r"^[ ]*(?:[-–—•·▪▫►▶➢➤→○●◦■□✓✔✅*]+|\(?(?!0)\d{1,2}[.)]|\(?[a-hA-H]\))[ ]+(?=\S)", re.MULTILINE)
_LABEL_ONLY = re.compile(r"^[ ]*([^\s:][^:\n]{0,60}?)[ ]*:[ ]*$")
# a line that is a label and its value, whatever separates them ("Nombre: ...", "Nombre -
# ...", "Nombre / ...", "Nombre    ..."): not the value of a label-only line above it
_HAS_LABEL = re.compile(r"^[ ]*[^\s:][^:\n]{0,40}?(?::|[ ]+[-–—=/|>]{1,2}[ ]+\S|[ ]{3,}\S)")
# "Nombres y apellidos<TAB>Ana Pérez": a row pasted from a spreadsheet or a form, the
# label and the value separated by tabs and no colon
_TAB_ROW = re.compile(r"^([ \t]*)([^\W\d][^\t:\d\n]{1,40}?)[ ]*\t[ \t]*(?=\S)", re.MULTILINE)
_STARS = re.compile(r"(?<![\w*])\*([^*\n]{1,80}?)\*(?![\w*])")  # *bold* of plain-text alternatives
_CLOSING = re.compile(r"^\s*(atentamente|saludos|cordialmente|gracias|bendiciones|firma|att|atte)\b", re.IGNORECASE)


# emoji and pictographs ("👤 Nombre:", "📱 Celular:", "Gracias 🙏"): decoration, never part of a value
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D\U000E0020-\U000E007F]+")


# "Nombres..............: Ana": dot leaders of a typed form between a label and its value
_DOT_LEADER = re.compile(r"^([ \t]*[^\W\d][^\n.:]{0,40}?)[ \t]*\.{3,}[ \t]*:?[ \t]*(?=\S)", re.MULTILINE)


# a row of a table typed with pipes, as plain-text alternatives of HTML tables come
# ("| Nacionalidad | Colombia |", "|---|---|")
_PIPE_ROW = re.compile(r"^[ \t]*\|([^\n]{1,600})\|[ \t]*$", re.MULTILINE)


def _pipe_row(match: re.Match) -> str:
    cells = [cell.strip() for cell in match.group(1).split("|")]
    if all(not cell or set(cell) <= set("-:= ") for cell in cells):
        return ""  # the rule under a header row
    cells = [cell for cell in cells if cell]
    if len(cells) == 2 and cells[0][:1].isalpha() and ":" not in cells[0] and len(cells[0].split()) <= 6:
        return f"{cells[0]}: {cells[1]}"
    return " | ".join(cells)


def tidy_layout(text: str) -> str:
    """The same text with the typing noise of forms removed, so one pattern reads them all.

    - a label and a value separated by tabs become "Label: value";
    - tabs, NBSPs and other spaces become plain spaces; invisible characters and emoji go;
    - *bold* marks of plain-text alternatives go ("*Nombre:* Ana" -> "Nombre: Ana");
    - bullets and list numbers at the start of a line go ("- Nombre:", "• CE:", "1) DNI:");
    - a line that is only a short label ("Nombres y apellidos:") is joined with the value
      on the next non-empty line, unless that line is a label of its own.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    if not text.isascii():
        text = _EMOJI.sub("", text)
    if "\t" in text:
        text = _TAB_ROW.sub(r"\1\2: ", text)
    text = _STARS.sub(r"\1", _SPACES.sub(" ", text))
    if "..." in text:
        text = _DOT_LEADER.sub(r"\1: ", text)
    text = _BULLET.sub("", text)
    if "|" in text:
        text = _PIPE_ROW.sub(_pipe_row, text)
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        label = _LABEL_ONLY.match(line)
        if label and len(label.group(1).split()) <= 7 and not _CLOSING.match(line):
            following = index + 1
            while following < len(lines) and following <= index + 2 and not lines[following].strip():
                following += 1
            if following < len(lines) and lines[following].strip() and not _HAS_LABEL.match(lines[following]):
                out.append(line.rstrip() + " " + lines[following].strip())
                index = following + 1
                continue
        out.append(line)
        index += 1
    return "\n".join(out)


_ATTRIBUTION = re.compile(r"(?:escribi[oó]|wrote|a\s+[ée]crit|escreveu)\s*:\s*$", re.IGNORECASE)
_QUOTE_PREFIX = re.compile(r"^((?:[ \t]*>)*)[ \t]?")


def _spelt_by_address(name: str, address: str) -> bool:
    """"Yadiel Fonseca" and yadiel.fonseca@...: two words of the name (three letters or
    more) in the address's local part."""
    local = address.partition("@")[0]
    return sum(1 for word in _name_words(name, shortest=3) if word in local) >= 2


def own_quoted_text(body: str, sender: str) -> str:
    """The sender's own earlier message quoted in a reply ("El lun, 19 oct 2026, Edgar
    (<edgar@...>) escribió:" and the lines quoted under it, at any depth): their data
    there count as given (INTAKE.md section 3), after what the new text says. A message
    quoted from anyone else (the office's reply, a third person) is left out."""
    sender = sender.lower().strip()
    if not sender:
        return ""
    out: list[str] = []
    depth: int | None = None  # the depth of the sender's attribution line while collecting
    for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        prefix = _QUOTE_PREFIX.match(line)
        level = prefix.group(1).count(">")
        text = line[prefix.end():]
        if _ATTRIBUTION.search(text):
            # a new quoted message starts: the sender's own, or someone else's (stop)
            depth = level if sender in text.lower() else None
            continue
        header = _HEADER_LINE.match(text) if level else None
        if header and header.group(1).lower() in ("de", "from"):
            # a quoted message's header block ("> De: Yadiel Fonseca" / "> Asunto: ..."): the
            # sender's own when it gives their address, or a name their address spells
            depth = level if sender in text.lower() or _spelt_by_address(header.group(2), sender) else None
            continue
        if depth is None:
            continue
        if header and level == depth:
            continue  # the rest of the quoted header block (Asunto:, Para:, Enviado:)
        if text.strip() and level < max(depth, 1):
            depth = None  # back in the text that quoted it
            continue
        out.append(text)
    return "\n".join(out).strip()
