"""Domain knowledge is data (issue 14): the workbooks' words are the
codebook's labels: (a third language is data only; mistakes are reported with
file:line:col; lint names a label that lacks a language), the county forms are
the codebook's county_forms:; and the hardening that goes with reading files:
--max-file-size for agree and codebook import, links to input files whose
names hold '#', '?', '%' or spaces."""

import os
import shutil
import unittest
import urllib.parse

import harness
from harness import DATA_DIR, codebook_with, load_workbook, run_goalchain, sheet_rows

AGREEMENT = os.path.join(DATA_DIR, "agreement")
PLANS = os.path.join(harness.SOURCE_DIR, "tests", "plans")

PLAN = """Handlingsplan mot prostitution och människohandel 2023–2025

Länsstyrelsen i Gotlands län

Mål 1: Fler personer som utsätts för prostitution ska få stöd.

Aktivitet: Länsstyrelsen ska utbilda socialtjänsten om sexköp.
Ansvarig: Länsstyrelsen
"""


def line_of(path, needle):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if needle in line:
                return number
    raise AssertionError(f"{needle!r} not in {path}")


def plan_folder(name, file_name):
    folder = harness.fresh_dir(name)
    with open(os.path.join(folder, file_name), "w", encoding="utf-8") as f:
        f.write(PLAN)
    return folder


class WorkbookLabelsTest(unittest.TestCase):
    def test_a_third_language_needs_only_data(self):
        book = codebook_with("labels-nb", "labels:\n"
                             "  sheet.overview: {sv: Översikt, en: Overview, nb: Oversikt}\n"
                             "  sheet.chains: {sv: Kedjor, en: Chains, nb: Kjeder}\n"
                             "  section: {sv: Avsnitt, en: Section, nb: Seksjon}\n")
        out = harness.fresh_dir("labels-nb-out")
        proc = run_goalchain("code", "-q", "-c", book, "--lang", "nb", "-f", "xlsx", "-o", out,
                             plan_folder("labels-nb-in", "gotland.txt"))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        county = load_workbook(os.path.join(out, "counties", "gotland.xlsx"))
        # Norwegian where the codebook gives it, the first language (sv) elsewhere.
        self.assertEqual(county.sheetnames[:3], ["Oversikt", "Kjeder", "Segment"])
        header = sheet_rows(county["Kjeder"])[0]
        self.assertIn("Seksjon", header)
        self.assertIn("Dokument", header)
        # lint names every label the codebook gives without nb.
        proc = run_goalchain("lint", book)
        text = proc.stdout + proc.stderr
        self.assertNotIn("'sheet.chains' has no", text)
        book_en = codebook_with("labels-partial", "labels:\n"
                                "  sheet.codes: {sv: Koder, nb: Koder}\n"
                                "  sheet.chains: {sv: Kedjor, en: Chains}\n")
        proc = run_goalchain("lint", book_en)
        text = proc.stdout + proc.stderr
        self.assertIn(f"{book_en}:{line_of(book_en, 'sheet.codes')}:3: warning: label "
                      "'sheet.codes' has no 'en' text", text)
        self.assertIn("label 'sheet.chains' has no 'nb' text", text)

    def test_a_language_no_label_gives_is_a_usage_error(self):
        out = harness.fresh_dir("labels-de-out")
        proc = run_goalchain("code", "-q", "--lang", "de", "-f", "xlsx", "-o", out,
                             plan_folder("labels-de-in", "gotland.txt"))
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn("--lang de: the codebook's labels are in sv, en", proc.stderr)
        # Without workbooks the language does not matter.
        proc = run_goalchain("code", "-q", "--lang", "de", "-f", "json", "-o", out,
                             plan_folder("labels-de-json", "gotland.txt"))
        self.assertEqual(proc.returncode, 0, proc.stderr)

    def test_broken_labels_are_reported_with_their_place(self):
        book = codebook_with("labels-broken", "labels:\n"
                             "  sheet.chain: {sv: Kedjor}\n"
                             "  sheet.codes: {sv: [Koder]}\n")
        line = line_of(book, "sheet.chain:")
        proc = run_goalchain("lint", book)
        self.assertEqual(proc.returncode, 1, proc.stdout + proc.stderr)
        text = proc.stdout + proc.stderr
        self.assertIn(f"{book}:{line}:3: error: unknown label 'sheet.chain'", text)
        self.assertIn("did you mean 'sheet.chains'?", text)
        self.assertIn(f"{book}:{line + 1}:", text)
        proc = run_goalchain("code", "-c", book, "-o", harness.fresh_dir("labels-broken-out"),
                             plan_folder("labels-broken-in", "gotland.txt"))
        self.assertEqual(proc.returncode, 1)
        self.assertIn(f"{book}:{line}:3", proc.stderr)

    def test_the_english_codebook_names_its_topic(self):
        out = harness.fresh_dir("labels-thb-out")
        proc = run_goalchain("code", "-q", "-c", "thb-en", "--lang", "en", "-f", "xlsx", "-o",
                             out, plan_folder("labels-thb-in", "gotland.txt"))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        county = load_workbook(os.path.join(out, "counties", "gotland.xlsx"))
        fields = [row[0] for row in sheet_rows(county["Overview"])]
        self.assertIn("Trafficking mentioned", fields)
        self.assertNotIn("PMH mentioned", fields)
        self.assertIn("trafficking", county.properties.subject)


class CountyFormsTest(unittest.TestCase):
    def test_the_forms_decide_a_documents_county(self):
        folder = harness.fresh_dir("county-forms-in")
        # Uppsala is named most often; Gotland once, but as its board.
        text = ("Handlingsplan mot människohandel\n\n"
                "Samverkan sker i Uppsala, med Uppsala och för Uppsala.\n\n"
                "The County Board of Gotland leder arbetet.\n\n"
                "Mål: Fler personer som utsätts för prostitution ska få stöd.\n")
        with open(os.path.join(folder, "plan.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        counties = ("counties:\n  - {name: Uppsala, code: C, slug: uppsala}\n"
                    "  - {name: Gotland, code: I, slug: gotland}\n")
        for forms, expected in (("", "uppsala"),
                                ('county_forms: ["The County Board of *", "* County"]\n',
                                 "gotland")):
            book = codebook_with("county-forms", counties + forms)
            out = harness.fresh_dir("county-forms-out")
            proc = run_goalchain("code", "-q", "-c", book, "-f", "json", "-o", out, folder)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            documents = harness.load_json(os.path.join(out, "results.json"))["documents"]
            self.assertEqual(documents[0]["county_slug"], expected, forms)
        proc = run_goalchain("lint", codebook_with("county-forms-lint", counties))
        self.assertIn("has 'counties:' but no 'county_forms:'", proc.stdout + proc.stderr)
        bad = codebook_with("county-forms-bad", counties + 'county_forms: ["Board*", "x"]\n')
        proc = run_goalchain("lint", bad)
        self.assertEqual(proc.returncode, 1)
        self.assertIn(f"{bad}:{line_of(bad, 'county_forms')}:", proc.stdout + proc.stderr)
        self.assertIn("county form 'Board*' must have one '*'", proc.stdout + proc.stderr)


class InputLimitsTest(unittest.TestCase):
    def test_agree_and_codebook_import_stop_at_max_file_size(self):
        anna = os.path.join(AGREEMENT, "anna.yaml")
        bertil = os.path.join(AGREEMENT, "bertil.yaml")
        proc = run_goalchain("agree", "--coders", anna, bertil, "--max-file-size", "512")
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn(anna, proc.stderr)
        self.assertIn("512 bytes", proc.stderr)
        self.assertEqual(run_goalchain("agree", "--coders", anna, bertil).returncode, 0)

        hand = os.path.join(PLANS, "gotland-handlingsplan-2021-hand.yaml")
        plan = os.path.join(PLANS, "gotland-handlingsplan-2021.txt")
        proc = run_goalchain("agree", "--chains", hand, plan, "--max-file-size", "2000")
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn(hand, proc.stderr)  # 2193 bytes; the plan's 1446 pass
        self.assertNotIn(plan + ":", proc.stderr)
        proc = run_goalchain("agree", "--chains", hand, plan, "--max-file-size", "1KiB")
        self.assertIn(plan, proc.stderr)

        dictionary = os.path.join(DATA_DIR, "dictionaries", "pmh-ordlista.yml")
        out = os.path.join(harness.fresh_dir("import-limit"), "book.yaml")
        proc = run_goalchain("codebook", "import", dictionary, out, "--max-file-size", "100")
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn("100 bytes", proc.stderr)
        self.assertFalse(os.path.exists(out))
        proc = run_goalchain("codebook", "import", "-q", dictionary, out)
        self.assertEqual(proc.returncode, 0, proc.stderr)


class LinkTargetsTest(unittest.TestCase):
    def test_a_file_name_with_hash_question_mark_percent_or_space_still_links(self):
        for name in ("a#b.txt", "plan 100% klar?.txt"):
            folder = plan_folder("links-in", name)
            out = os.path.join(folder, "out")
            proc = run_goalchain("code", "-q", "-f", "xlsx", "-o", out, folder)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            workbook_dir = os.path.join(out, "counties")
            county = load_workbook(os.path.join(workbook_dir, "gotland.xlsx"))
            targets = {cell.hyperlink.target for sheet in county.worksheets
                       for row in sheet.iter_rows() for cell in row
                       if cell.hyperlink is not None and cell.hyperlink.target}
            to_file = [t for t in targets if t.endswith(".txt")]
            self.assertTrue(to_file, targets)
            for target in to_file:
                self.assertNotIn("#", target)
                self.assertNotIn(" ", target)
                # libxlsxwriter writes a relative file link with '\\' as Excel does.
                path = urllib.parse.unquote(target.replace("\\", "/"))
                opened = os.path.normpath(os.path.join(workbook_dir, path))
                self.assertEqual(opened, os.path.join(folder, name))


if __name__ == "__main__":
    harness.main()
