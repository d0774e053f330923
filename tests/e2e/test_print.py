"""Fit for print (issue 16): summary.xlsx of examples/, rendered to PDF by
LibreOffice headless, takes at most 25 pages, and no sheet is wider than one
page. Every sheet is set up for it (A4 landscape, one page wide, header row
repeated), and each page of a table sheet starts at the sheet's first column:
a sheet wider than a page would print pages that do not. Each chart of the
Diagram sheet is on a page of its own. A county workbook prints one page wide
too.

Skips (77) when LibreOffice (libreoffice-calc-nogui) or pdftotext
(poppler-utils) is absent; scripts/setup-debian.sh installs both, so CI runs it."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from html import unescape

import harness
from harness import EXAMPLES_DIR, load_workbook, run_goalchain

MAX_PAGES = 25
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>')


def pdf_pages(pdf):
    """Each page as (width, height, [(x, y, word)]), the words' top left corners."""
    html = subprocess.run([PDFTOTEXT, "-bbox", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = []
    for match in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html,
                             re.S):
        words = [(float(x), float(y), unescape(w)) for x, y, w in WORD.findall(match.group(3))]
        pages.append((float(match.group(1)), float(match.group(2)), words))
    return pages


def footer_text(page):
    """The left part of the page's footer: the sheet's name."""
    width, height, words = page
    footer = sorted((x, w) for x, y, w in words if y > height * 0.9 and x < width / 2)
    return " ".join(w for _, w in footer)


def first_column_header(page):
    """The top word at the page's left edge: on a page that starts at the
    sheet's first column, the first word of that column's header."""
    width, height, words = page
    left = min((x for x, y, w in words if y < height * 0.9), default=None)
    if left is None:
        return None
    column = [(y, w) for x, y, w in words if x < left + 2 and y < height * 0.9]
    return min(column)[1]


class PrintTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        root = harness.fresh_dir("print")
        cls.out = os.path.join(root, "out")
        proc = run_goalchain("code", "-q", "--format", "xlsx", "-o", cls.out, EXAMPLES_DIR)
        assert proc.returncode == 0, proc.stderr
        cls.path = os.path.join(cls.out, "summary.xlsx")
        cls.workbook = load_workbook(cls.path)
        # A profile of its own: LibreOffice's first run sets it up (slow), and a
        # shared one would lock out a second LibreOffice running at the time.
        profile = tempfile.mkdtemp(prefix="lo-profile-", dir=root)
        cls.county_path = os.path.join(cls.out, "counties", "stockholm.xlsx")
        proc = subprocess.run(
            [OFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "pdf", "--outdir", root, cls.path, cls.county_path],
            capture_output=True, text=True, timeout=600, env=dict(os.environ, HOME=profile))
        assert proc.returncode == 0, proc.stderr
        for name in ("summary.pdf", "stockholm.pdf"):
            assert os.path.isfile(os.path.join(root, name)), proc.stdout + proc.stderr
        cls.pages = pdf_pages(os.path.join(root, "summary.pdf"))
        cls.county_pages = pdf_pages(os.path.join(root, "stockholm.pdf"))
        with zipfile.ZipFile(cls.path) as z:
            cls.charts = len([n for n in z.namelist() if n.startswith("xl/charts/chart")])

    def test_at_most_25_pages(self):
        self.assertGreater(len(self.pages), 0)
        self.assertLessEqual(len(self.pages), MAX_PAGES)

    def test_every_sheet_is_set_up_one_page_wide_landscape(self):
        for sheet in self.workbook.worksheets:
            with self.subTest(sheet.title):
                self.assertEqual(sheet.page_setup.orientation, "landscape")
                self.assertEqual(sheet.page_setup.paperSize, 9)  # A4
                self.assertTrue(sheet.sheet_properties.pageSetUpPr.fitToPage)
                # An absent fitToWidth is 1 (ECMA-376); libxlsxwriter leaves it out.
                self.assertIn(sheet.page_setup.fitToWidth, (None, 1))
                self.assertEqual(sheet.page_setup.fitToHeight, 0)  # as many pages down as needed
                if sheet.max_row > 1:
                    self.assertIn(sheet.print_title_rows, ("1:1", "$1:$1"))

    def assert_pages_start_at_column_a(self, workbook, pages):
        names = sorted(workbook.sheetnames, key=len, reverse=True)
        by_sheet = {}
        for number, page in enumerate(pages, 1):
            footer = footer_text(page)
            name = next((n for n in names if footer.startswith(n)), None)
            self.assertIsNotNone(name, f"page {number}: no sheet name in the footer {footer!r}")
            by_sheet.setdefault(name, []).append((number, page))
        self.assertEqual(set(by_sheet), set(names), "every sheet printed")
        for name, sheet_pages in by_sheet.items():
            first = workbook[name].cell(row=1, column=1).value
            if first is None:  # the chart sheet
                self.assertEqual(len(sheet_pages), self.charts, "one page per chart")
                continue
            for number, page in sheet_pages:
                self.assertEqual(first_column_header(page), str(first).split()[0],
                                 f"{name}, page {number} does not start at column A")

    def test_every_page_of_a_table_sheet_starts_at_its_first_column(self):
        self.assert_pages_start_at_column_a(self.workbook, self.pages)

    def test_a_county_workbook_prints_one_page_wide_too(self):
        self.assert_pages_start_at_column_a(load_workbook(self.county_path), self.county_pages)

if __name__ == "__main__":
    if OFFICE is None or PDFTOTEXT is None:
        print("skipped: needs soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils)",
              file=sys.stderr)
        sys.exit(harness.SKIP)
    harness.main()
