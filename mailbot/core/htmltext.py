"""HTML mail bodies turned into readable plain text (for field extraction only).

The standard library's HTMLParser is enough: block elements become line breaks,
`<style>`, `<script>` and `<head>` are dropped, entities are decoded, and white space
inside text is collapsed as a browser would (except in `<pre>`). A table row becomes one
line; a row of two cells whose first is a label ("Celular" | "987 654 321") becomes
"Celular: 987 654 321", so a label and its value stay together. Nothing here is ever
rendered; the web pages sanitise HTML separately.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# line breaks: one newline; paragraph breaks: a blank line
_LINE = {"br", "tr", "li", "dd", "dt", "div", "caption"}
_DT_END = "\x06"  # after a <dt> term: a <dd> right after it is its value
_PARAGRAPH = {
    "p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr",
    "section", "article", "header", "footer", "pre", "address",
}
_SKIP = {"style", "script", "head", "title", "xml", "o:p"}
_NEWLINE, _BLANK, _CELL, _HEADER_CELL = "\x01", "\x02", "\x03", "\x04"
_BR = "\x07"  # a <br>: always ends a line, so "<div><br></div>" (Gmail's blank line) is an empty line
# a run of breaks and white space, matched only from its start (linear on long white space)
_BREAKS = re.compile(f"(?<![{_NEWLINE}{_BLANK}{_BR}\\s])\\s*[{_NEWLINE}{_BLANK}{_BR}][{_NEWLINE}{_BLANK}{_BR}\\s]*")
_LABEL = re.compile(r"^[^\W\d][^\d:]{0,50}$")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.cells: list[int] = [0]  # cells seen in each open row (a stack, for nested tables)
        self.paragraphs: list[int] = []  # open <p>s: where a tight one started in parts, or -1

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "tr":
            self.cells.append(0)
            self.parts.append(_NEWLINE)
        elif tag in ("td", "th"):
            if self.cells[-1]:
                self.parts.append(_HEADER_CELL if tag == "th" and self._row_is_header() else _CELL)
            self.cells[-1] += 1
            if tag == "th" and self.cells[-1] == 1:
                self.parts.append("\x05")  # marks a row that starts with a header cell
        elif tag == "p" and _tight(attrs):
            # Outlook's and Word's <p class="MsoNormal"> (margin 0): one line each, as a
            # browser shows it; an empty one (&nbsp;) is the blank line
            self.paragraphs.append(len(self.parts))
            self.parts.append(_NEWLINE)
        elif tag in _PARAGRAPH:
            self.pre_depth += tag == "pre"
            if tag == "p":
                self.paragraphs.append(-1)
            self.parts.append(_BLANK)
        elif tag == "dd" and self._after_term():
            while self.parts and self.parts[-1] != _DT_END and not self.parts[-1].strip():
                self.parts.pop()
            self.parts.append(": ")
        elif tag == "br":
            self.parts.append(_BR)
        elif tag in _LINE:
            self.parts.append(_NEWLINE)

    def _after_term(self) -> bool:
        """The last thing written is a <dt> term (only white space since its end)."""
        for part in reversed(self.parts):
            if part == _DT_END:
                return True
            if part.strip() and part not in (_NEWLINE,):
                return False
        return False

    def _row_is_header(self) -> bool:
        for part in reversed(self.parts):
            if part == _NEWLINE:
                return False
            if part == "\x05":
                return True
        return False

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br":
            self.parts.append(_BR)
        elif tag in _PARAGRAPH:
            self.parts.append(_BLANK)
        elif tag in _LINE:
            self.parts.append(_NEWLINE)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "tr":
            if len(self.cells) > 1:
                self.cells.pop()
            self.parts.append(_NEWLINE)
        elif tag == "p" and self.paragraphs and self.paragraphs[-1] >= 0:
            start = self.paragraphs.pop()
            if not "".join(part for part in self.parts[start + 1:] if part not in _MARKERS).strip():
                self.parts.append(_BR)  # an empty line of its own
            self.parts.append(_NEWLINE)
        elif tag in _PARAGRAPH:
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
            if tag == "p" and self.paragraphs:
                self.paragraphs.pop()
            self.parts.append(_BLANK)
        elif tag == "dt":
            self.parts.append(_DT_END)
        elif tag in _LINE and tag != "br":
            self.parts.append(_NEWLINE)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.pre_depth:
            self.parts.append(data.replace("\n", _BR))
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


_MARKERS = frozenset({_NEWLINE, _BLANK, _CELL, _HEADER_CELL, _BR, _DT_END, "\x05"})
_TIGHT_STYLE = re.compile(r"margin(?:-top|-bottom)?\s*:\s*0(?![.\d])", re.IGNORECASE)


def _tight(attrs) -> bool:
    """A paragraph without the space between paragraphs: Word's and Outlook's MsoNormal,
    or an inline style that sets its margin to 0."""
    for name, value in attrs:
        if name == "class" and value and "msonormal" in value.lower():
            return True
        if name == "style" and value and _TIGHT_STYLE.search(value):
            return True
    return False


def _row(line: str) -> str:
    """One line of output: a two-cell label/value row becomes "label: value"."""
    line = line.replace("\x05", "")
    if _CELL not in line and _HEADER_CELL not in line:
        return line
    cells = [cell.strip() for cell in re.split(f"[{_CELL}{_HEADER_CELL}]", line)]
    cells = [cell for cell in cells if cell]
    if len(cells) == 2 and _HEADER_CELL not in line and _LABEL.match(cells[0]) and len(cells[0].split()) <= 6:
        return f"{cells[0]}: {cells[1]}"
    return " ".join(cells)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(f"[{_CELL}{_HEADER_CELL}]", line.replace("\x05", ""))]


def _header_table(lines: list[str]) -> list[str]:
    """A table laid out in columns -- a row of three or more header labels, then rows of
    values with as many cells -- becomes "label: value" lines, one per cell of each value
    row. (Two header cells are usually "Dato | Valor" over label/value rows: left alone.)"""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        headed = line.startswith("\x05") and _CELL not in line and _HEADER_CELL in line
        # a header row of plain cells (<td><b>Nombre</b></td>...): every cell a label, and
        # every row below holding a number somewhere (a document, a date)
        plain = not headed and _CELL in line and _HEADER_CELL not in line and "\x05" not in line
        if headed or plain:
            header = _cells(line)
            if len(header) >= 3 and all(_LABEL.match(cell) for cell in header):
                rows = []
                following = index + 1
                while following < len(lines) and "\x05" not in lines[following] and _CELL in lines[following] \
                        and len(_cells(lines[following])) == len(header) \
                        and (headed or any(ch.isdigit() for ch in lines[following])):
                    rows.append(_cells(lines[following]))
                    following += 1
                if rows:
                    for cells in rows:
                        out.extend(f"{label}: {value}" for label, value in zip(header, cells) if value)
                    index = following
                    continue
        out.append(line)
        index += 1
    return out


def _line_breaks(run: re.Match) -> str:
    """The line breaks a run of block boundaries and <br>s makes, as a browser shows them:
    a block boundary ends a line that holds text, a <br> ends a line even an empty one, a
    paragraph is set apart by a blank line; never more than one blank line."""
    markers = run.group()
    if _BLANK in markers:
        return "\n\n"
    breaks, line_has_text = 0, run.start() > 0
    for marker in markers:
        if marker == _BR or marker == _NEWLINE and line_has_text:
            breaks += 1
            line_has_text = False
    return "\n" * min(breaks, 2) if run.start() > 0 else "\n"


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: one line per block, single spaces inside lines."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - malformed HTML: keep what was read
        pass
    text = "".join(parser.parts).replace("\xa0", " ")
    text = _BREAKS.sub(_line_breaks, text).replace(_DT_END, "")
    raw_lines = text.split("\n")
    if "\x05" in text or _CELL in text:
        raw_lines = _header_table(raw_lines)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", _row(line)).strip() for line in raw_lines]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
