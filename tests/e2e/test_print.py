"""Fit for print (issue 16): summary.xlsx of examples/, rendered to PDF by
LibreOffice headless, takes at most 25 pages, and no sheet is wider than one
page. Every sheet is set up for it (A4 landscape, one page wide, header row
repeated), and each page of a table sheet starts at the sheet's first column:
a sheet wider than a page would print pages that do not. Each chart of the
Diagram sheet is on a page of its own.

Skips (77) when LibreOffice (libreoffice-calc-nogui) or pdftotext
(poppler-utils) is absent; scripts/setup-debian.sh installs both, so CI runs it."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import harness
from harness import EXAMPLES_DIR, load_workbook, run_goalchain

MAX_PAGES = 25
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


def pdf_pages(pdf):
    """The text of each page, laid out as printed."""
    text = subprocess.run([PDFTOTEXT, "-layout", "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def footer_sheet(page, names):
    """The sheet whose name the page's footer (bottom left) shows."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    for line in reversed(lines[-3:]):
        for name in sorted(names, key=len, reverse=True):
            if line.startswith(name):
                return name
    return None


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
        proc = subprocess.run(
            [OFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "pdf", "--outdir", root, cls.path],
            capture_output=True, text=True, timeout=600, env=dict(os.environ, HOME=profile))
        assert proc.returncode == 0, proc.stderr
        cls.pdf = os.path.join(root, "summary.pdf")
        assert os.path.isfile(cls.pdf), proc.stdout + proc.stderr
        cls.pages = pdf_pages(cls.pdf)
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
                self.assertEqual(sheet.page_setup.fitToWidth, 1)
                self.assertEqual(sheet.page_setup.fitToHeight, 0)  # as many pages down as needed
                if sheet.max_row > 1:
                    self.assertEqual(sheet.print_title_rows, "1:1")

    def test_every_page_of_a_table_sheet_starts_at_its_first_column(self):
        names = self.workbook.sheetnames
        by_sheet = {}
        for number, page in enumerate(self.pages, 1):
            name = footer_sheet(page, names)
            self.assertIsNotNone(name, f"page {number} has no sheet name in its footer")
            by_sheet.setdefault(name, []).append(page)
        self.assertEqual(set(by_sheet), set(names), "every sheet printed")
        for name, pages in by_sheet.items():
            sheet = self.workbook[name]
            first = sheet.cell(row=1, column=1).value
            if first is None:  # the chart sheet
                self.assertEqual(len(pages), self.charts, "one page per chart")
                continue
            first_word = str(first).split()[0]
            for number, page in enumerate(pages, 1):
                starts = [line.strip() for line in page.splitlines() if line.strip()]
                self.assertTrue(any(line.startswith(first_word) for line in starts[:6]),
                                f"{name}, page {number}: the column '{first}' is not on it")


if __name__ == "__main__":
    if OFFICE is None or PDFTOTEXT is None:
        print("skipped: needs soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils)",
              file=sys.stderr)
        sys.exit(harness.SKIP)
    harness.main()
