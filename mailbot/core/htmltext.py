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
_PARAGRAPH = {
    "p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr",
    "section", "article", "header", "footer", "pre", "address",
}
_SKIP = {"style", "script", "head", "title", "xml", "o:p"}
_NEWLINE, _BLANK, _CELL, _HEADER_CELL = "\x01", "\x02", "\x03", "\x04"
_LABEL = re.compile(r"^[^\W\d][^\d:]{0,50}$")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.cells: list[int] = [0]  # cells seen in each open row (a stack, for nested tables)

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
        elif tag in _PARAGRAPH:
            self.pre_depth += tag == "pre"
            self.parts.append(_BLANK)
        elif tag in _LINE:
            self.parts.append(_NEWLINE)

    def _row_is_header(self) -> bool:
        for part in reversed(self.parts):
            if part == _NEWLINE:
                return False
            if part == "\x05":
                return True
        return False

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _PARAGRAPH:
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
        elif tag in _PARAGRAPH:
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
            self.parts.append(_BLANK)
        elif tag in _LINE:
            self.parts.append(_NEWLINE)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.pre_depth:
            self.parts.append(data.replace("\n", _NEWLINE))
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


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


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: one line per block, single spaces inside lines."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - malformed HTML: keep what was read
        pass
    text = "".join(parser.parts).replace("\xa0", " ")
    text = re.sub(f"[{_NEWLINE}{_BLANK}\\s]*{_BLANK}[{_NEWLINE}{_BLANK}\\s]*", "\n\n", text)
    text = re.sub(f"[{_NEWLINE}\\s]*{_NEWLINE}[{_NEWLINE}\\s]*", "\n", text)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", _row(line)).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
