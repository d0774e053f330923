"""Writes small PDF files with a real text layer, for tests and examples.

Standard library only. Text is set in the standard Type 1 font Helvetica with
/WinAnsiEncoding, so every character of Windows-1252 (å ä ö é – • € ...) can
be used; anything else raises ValueError. Each page is a list of lines, set
from the top-left; a page given as None has no text at all, only an image
(what a scan without OCR looks like).

    python3 pdf_fixture.py TEXT_FILE OUT.pdf

makes a PDF from a UTF-8 text file: form feeds separate pages, a line that is
exactly "<image>" makes an image-only page.
"""

import sys

PAGE_WIDTH = 595   # A4 in points
PAGE_HEIGHT = 842
MARGIN = 56
FONT_SIZE = 10
LEADING = 14


def _pdf_string(text):
    """A literal PDF string in WinAnsiEncoding."""
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError as error:
        raise ValueError(f"not in WinAnsiEncoding: {text!r}") from error
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


MAX_LINES = (PAGE_HEIGHT - 2 * MARGIN) // LEADING


def _text_stream(lines, footer):
    if len(lines) > MAX_LINES:
        raise ValueError(f"{len(lines)} lines do not fit on a page (at most {MAX_LINES})")
    ops = [b"BT", b"/F1 %d Tf" % FONT_SIZE, b"%d TL" % LEADING,
           b"%d %d Td" % (MARGIN, PAGE_HEIGHT - MARGIN)]
    for line in lines:
        ops.append(_pdf_string(line) + b" '")
    ops.append(b"ET")
    if footer is not None:
        ops += [b"BT", b"/F1 8 Tf", b"%d %d Td" % (MARGIN, MARGIN // 2), _pdf_string(footer) + b" Tj",
                b"ET"]
    return b"\n".join(ops) + b"\n"


def _image_stream():
    # A 2x2 grey image scaled over most of the page, drawn inline; no text operators.
    return (b"q %d 0 0 %d %d %d cm\nBI /W 2 /H 2 /BPC 8 /CS /G ID \x40\x80\xc0\xff EI\nQ\n"
            % (PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN, MARGIN, MARGIN))


def make_pdf(pages, footers=None):
    """The bytes of a PDF with one page per entry of `pages` (a list of lines,
    or None for an image-only page). `footers`, if given, holds one line per
    page set small at the bottom, or None for no footer on that page."""
    if not pages:
        raise ValueError("a PDF needs at least one page")
    footers = footers or [None] * len(pages)
    if len(footers) != len(pages):
        raise ValueError("one footer per page")
    # Objects: 1 catalog, 2 page tree, 3 font, then a page and its content per page.
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    for index, (lines, footer) in enumerate(zip(pages, footers)):
        page_id = 4 + 2 * index
        content_id = page_id + 1
        kids.append(b"%d 0 R" % page_id)
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                            % (PAGE_WIDTH, PAGE_HEIGHT, content_id))
        stream = _image_stream() if lines is None else _text_stream(lines, footer)
        objects[content_id] = (b"<< /Length %d >>\nstream\n" % len(stream) + stream
                               + b"endstream")
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for number in range(1, count):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, xref)
    return bytes(out)


def write_pdf(path, pages, footers=None):
    with open(path, "wb") as f:
        f.write(make_pdf(pages, footers))


def pages_from_text(text):
    """Pages of lines from text with form feeds between pages; "<image>" alone
    makes an image-only page."""
    pages = []
    for page in text.split("\f"):
        lines = page.strip("\n").split("\n")
        pages.append(None if lines == ["<image>"] else lines)
    return pages


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        write_pdf(argv[2], pages_from_text(f.read()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
