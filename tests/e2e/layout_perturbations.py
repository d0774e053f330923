"""Changes to a plan's layout that real plans differ in and that leave every
word where it was: lines wrapped at another width, other bullets, a blank
line after headings or none, list items numbered "1)" instead of "1.",
indented list items, Windows line ends. A hand reading quotes words, not
lines, so the chains an analyst reads in a plan are the same after any of
them; test_plan_perturbations.py checks that the chains goalchain finds stay
nearly the same too.

Each perturbation takes the plan's lines (without line ends) and returns the
new lines. Lines a table or layout sets out (indented, with runs of spaces,
tabs or pipes) are left as they are: rewrapping them would change the table,
not its layout."""

import re
import textwrap

BULLET = re.compile(r"^(\s*)([•\-\*–·▪])\s+")
NUMBERED_ITEM = re.compile(r"^(\s*)(\d{1,2})\. (?=\S)")
SENTENCE_END = (".", ":", "?", "!", ";")
NUMBERED_HEADING = re.compile(r"^(\w+ )?\d+(\.\d+)*[.)]?\s")  # "Mål 1. …", "3.2 …"
LABEL = re.compile(r"^[A-ZÅÄÖ][\w ]{0,30}:(\s|$)")


def is_blank(line):
    return not line.strip()


def is_plain(line):
    """Prose as wrapped: no indent, no runs of spaces, no tab, no pipe."""
    return (line == line.lstrip() and "\t" not in line and "|" not in line
            and "  " not in line.strip())


def looks_like_heading(line):
    """A short line with no final punctuation that opens in a capital or a
    digit, and no label with its value ("Ansvar: Polisen")."""
    text = line.strip()
    return (0 < len(text) < 70 and not text.endswith(SENTENCE_END) and ":" not in text
            and (text[0].isupper() or text[0].isdigit())
            and not BULLET.match(line) and is_plain(line))


def goes_on(line, below, full):
    """`below` continues `line` as a wrapped paragraph does: both plain, and
    the one below opens in lower case or `line` is a full line (at least
    `full` characters, as a line wrapped at the plan's width is) that ends
    no sentence and is not numbered as a heading is ("Mål 1. Stärkt stöd
    …"), over a line that is no heading. A list item or a label line
    ("Ansvar: …") below is never a wrapped line's rest."""
    if is_blank(line) or is_blank(below) or not is_plain(line) or not is_plain(below):
        return False
    if BULLET.match(below) or NUMBERED_ITEM.match(below) or LABEL.match(below.strip()) \
            or line.rstrip().endswith("-"):
        return False
    if below.strip()[:1].islower():
        return True
    return len(line.strip()) >= full and not line.rstrip().endswith(SENTENCE_END) \
        and not NUMBERED_HEADING.match(line.strip()) and not looks_like_heading(below)


def is_header_cell(line):
    """"Mål", "Ansvarig förvaltning": a flattened table's header cell."""
    text = line.strip()
    return (0 < len(text) <= 25 and text[0].isupper() and 1 <= len(text.split()) <= 3
            and not re.search(r"[0-9.,;:!?]", text))


def flattened_table_lines(lines):
    """The lines of tables flattened one cell to a line: from three header
    cells in a row to the next blank line. Their cells are wrapped at their
    column's width, not the page's, and are no paragraphs to rewrap."""
    inside = [False] * len(lines)
    i = 0
    while i < len(lines):
        if all(i + k < len(lines) and is_header_cell(lines[i + k]) for k in range(3)):
            while i < len(lines) and not is_blank(lines[i]):
                inside[i] = True
                i += 1
        i += 1
    return inside


def rewrap(lines, width):
    """Every paragraph wrapped again at `width` characters: runs of lines
    where each goes on in the next (goes_on), outside flattened tables."""
    full = int(0.8 * max((len(line.strip()) for line in lines if is_plain(line)), default=0))
    table = flattened_table_lines(lines)
    out, run = [], []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) and not table[i + 1] else ""
        if table[i]:
            out.append(line)
        elif run or goes_on(line, below, full):
            run.append(line)
            if not goes_on(line, below, full):
                text = " ".join(part.strip() for part in run)
                out.extend(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))
                run = []
        else:
            out.append(line)
    return out


def other_bullets(lines):
    swap = {"•": "-", "-": "•", "*": "–", "–": "•", "·": "-", "▪": "-"}
    return [BULLET.sub(lambda m: m.group(1) + swap[m.group(2)] + " ", line) for line in lines]


def blank_after_headings(lines):
    """A blank line after each heading-like line that has one above and text below."""
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        above = lines[i - 1] if i > 0 else ""
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if looks_like_heading(line) and is_blank(above) and not is_blank(below) \
                and not looks_like_heading(below):
            out.append("")
    return out


def no_blank_after_headings(lines):
    """The blank line after each heading-like line removed."""
    out = []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if is_blank(line) and out and looks_like_heading(out[-1]) and not is_blank(below):
            continue
        out.append(line)
    return out


def parenthesised_numbers(lines):
    """List items "1. Utbilda …" written "1) Utbilda …"; numbered headings stay."""
    return [line if looks_like_heading(line) else NUMBERED_ITEM.sub(r"\1\2) ", line)
            for line in lines]


def indented_lists(lines):
    """Bulleted and numbered items indented by two spaces, as word processors save them."""
    return ["  " + line if (BULLET.match(line) or NUMBERED_ITEM.match(line)) and line == line.lstrip()
            else line for line in lines]


NUMBERED_LABEL = re.compile(
    r"^(\s*)((?:Mål|Delmål|Effektmål|Aktivitet|Insats|Åtgärd|Indikator|Objective|Action)"
    r"\s+[0-9A-Z]+(?:\.[0-9]+)*)\s*[:.]\s+(?=\S)")


def label_separator(separator):
    """Numbered labels written with another separator: "Mål 1: Fler …" and
    "Mål 1. Fler …" as "Mål 1 – Fler …" (or with a full stop)."""
    return lambda lines: [NUMBERED_LABEL.sub(lambda m: m.group(1) + m.group(2) + separator, line)
                          for line in lines]


def numbered_bullets(lines):
    """Bulleted items numbered instead, "1. ", "2. ", … in each list, as
    many plans number their activities. Adds the numbers, no other word."""
    out, number = [], 0
    for line in lines:
        match = BULLET.match(line)
        if match:
            number += 1
            line = f"{match.group(1)}{number}. {line[match.end():]}"
        elif is_blank(line) or not line.strip()[:1].islower():
            number = 0
        out.append(line)
    return out


def headings_in_capitals():
    """Each heading-like line after a blank line, short and with no lower-case
    continuation below it, set in capitals ("BAKGRUND", "MÅL 1"), as PDFs of
    county boards set chapter headings. (Markdown headings are no such
    change: a converted document marks every heading with its level, "4.1"
    under "4." too, which a line-by-line change cannot tell.)"""
    def restyle(lines):
        out = []
        for i, line in enumerate(lines):
            above = lines[i - 1] if i > 0 else ""
            below = lines[i + 1] if i + 1 < len(lines) else ""
            if i > 2 and looks_like_heading(line) and is_blank(above) and len(line.strip()) < 60 \
                    and not below.strip()[:1].islower():
                line = line.upper()
            out.append(line)
        return out
    return restyle


PAGE_LINES = 45


def footer(title, number, count):
    return f"{title}    Sida {number} av {count}"


def pages(lines, length=PAGE_LINES):
    """Pages of `length` lines, each ending in a running footer of the plan's
    first line and "Sida N av M" and a form feed, as PDF text comes out: the
    breaks fall wherever the page is full, inside paragraphs, lists and
    tables. The footer's words repeat on every page, and goalchain removes
    them as page furniture."""
    count = (len(lines) + length - 1) // length
    title = lines[0].strip() if lines else ""
    out = []
    for n in range(count):
        out.extend(lines[n * length:(n + 1) * length])
        out.append("")
        out.append(footer(title, n + 1, count))
        if n + 1 < count:
            out.append("\f")
    return out


PERTURBATIONS = {
    "rewrapped at 60": lambda lines: rewrap(lines, 60),
    "rewrapped at 100": lambda lines: rewrap(lines, 100),
    "other bullets": other_bullets,
    "blank line after headings": blank_after_headings,
    "no blank line after headings": no_blank_after_headings,
    "list items 1)": parenthesised_numbers,
    "indented lists": indented_lists,
    "pages with footers": pages,
    "labels 'Mål 1 – '": label_separator(" – "),
    "labels 'Mål 1. '": label_separator(". "),
    "headings in capitals": headings_in_capitals(),
    "numbered bullets": numbered_bullets,
}


def perturb(text, name):
    """`text` with the perturbation `name`; "CRLF" gives Windows line ends."""
    lines = text.split("\n")
    if name == "CRLF":
        return "\r\n".join(lines)
    return "\n".join(PERTURBATIONS[name](lines))


NAMES = list(PERTURBATIONS) + ["CRLF"]
ADDS_NUMBERS = {"numbered bullets"}  # item numbers are the only words these add


def words(text):
    return sorted(re.findall(r"\w+", text.lower()))  # case-folded: capitals keep words




def expected_words(text, name):
    """The words `perturb(text, name)` must have: the plan's, and the
    footers' for "pages with footers"."""
    expected = words(text)
    if name == "pages with footers":
        lines = text.split("\n")
        count = (len(lines) + PAGE_LINES - 1) // PAGE_LINES
        for n in range(count):
            expected += words(footer(lines[0].strip() if lines else "", n + 1, count))
    return sorted(expected)
