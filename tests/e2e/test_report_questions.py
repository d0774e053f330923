"""The report's questions for all 21 counties (issue 16), and the summary
tables computed once in report/ and rendered alike by every writer: the
"Rapportens frågor" sheet has one row per county, "ingen plan" where a county
has no document and "okänt" where the codebook cannot answer; no code id
stands in a heading or row label of any sheet of any workbook; questions.csv,
county_codes.csv, cooccurrence.csv and summary.json carry the same figures;
`goalchain report` renders the same bytes again."""

import csv
import io
import os
import unittest

import harness
from harness import EXAMPLES_DIR, load_json, load_workbook, run_goalchain, sheet_rows, load_results

COUNTY_CODES = ["AB", "C", "D", "E", "F", "G", "H", "I", "K", "M", "N", "O", "S", "T", "U", "W",
                "X", "Y", "Z", "AC", "BD"]
SUMMARY_FILES = ["questions.csv", "county_codes.csv", "national_goals.csv", "completeness.csv",
                 "cooccurrence.csv", "trend.csv", "documents.csv", "summary.json"]


def read_csv(path):
    with open(path, "rb") as f:
        return list(csv.DictReader(io.StringIO(f.read().decode("utf-8"), newline="")))


def words_of(value, words):
    """A summary.json answer as the Swedish workbook shows it."""
    if value is None:
        return words["unknown"]
    if value is True:
        return "ja"
    if value is False:
        return "nej"
    return value


class ReportQuestionsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.fresh_dir("questions-out")
        cls.proc = run_goalchain("code", "-f", "xlsx,csv,json", "-o", cls.out, EXAMPLES_DIR)
        cls.summary_json = load_json(os.path.join(cls.out, "summary.json"))
        cls.results = load_results(os.path.join(cls.out, "results.json"))
        cls.summary = load_workbook(os.path.join(cls.out, "summary.xlsx"))

    def test_runs(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)

    def test_questions_sheet_has_every_county(self):
        rows = sheet_rows(self.summary["Rapportens frågor"])
        self.assertEqual(self.summary.sheetnames[0], "Rapportens frågor")
        self.assertEqual(rows[0][:3], ("Län", "Länskod", "Dokument"))
        self.assertEqual([row[1] for row in rows[1:]], COUNTY_CODES)
        with_documents = {c["county_code"] for c in self.results["counties"]}
        self.assertTrue(0 < len(with_documents) < 21, with_documents)
        for row in rows[1:]:
            answers = row[3:]
            self.assertTrue(answers, "no question columns")
            if row[1] in with_documents:
                self.assertGreater(row[2], 0, row)
                self.assertNotIn("ingen plan", answers, row)
            else:
                self.assertEqual(row[2], 0, row)
                self.assertEqual(set(answers), {"ingen plan"}, row)

    def test_questions_sheet_shows_what_summary_json_says(self):
        table = self.summary_json["questions"]
        rows = sheet_rows(self.summary["Rapportens frågor"])
        header = rows[0]
        # One column per question of pmh-sv's profile, headed by its label.
        self.assertIn("PMH nämns", header)
        self.assertIn("Kompletta kedjor", header)
        self.assertIn("Kedjor mot mål 4 (kunskap och metodutveckling)", header)
        answers = [c for c in table["columns"][5:] if not c.endswith("_labels")]
        self.assertEqual(len(header) - 3, len(answers))
        self.assertEqual(len(table["rows"]), 21)
        unknown_seen = False
        for sheet_row, json_row in zip(rows[1:], table["rows"]):
            self.assertEqual(sheet_row[1], json_row["county_code"])
            if not json_row["has_plan"]:
                continue
            for answer, cell in zip(answers, sheet_row[3:]):
                value = json_row[answer]
                if answer == "target_groups":
                    self.assertEqual(cell, json_row["target_groups_labels"] or "inga", answer)
                    continue
                unknown_seen |= value is None
                self.assertEqual(cell, words_of(value, {"unknown": "okänt"}), answer)
        # pmh-sv has no code for the street: that column says so.
        self.assertTrue(unknown_seen, "no 'okänt' where pmh-sv cannot answer")
        street = header.index("Gatan")
        for row in rows[1:]:
            self.assertIn(row[street], ("okänt", "ingen plan"), row)

    def test_questions_sheet_in_english(self):
        out = harness.fresh_dir("questions-en")
        proc = run_goalchain("code", "-q", "--lang", "en", "-f", "xlsx", "-o", out, EXAMPLES_DIR)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        rows = sheet_rows(load_workbook(os.path.join(out, "summary.xlsx"))["Report questions"])
        self.assertEqual(rows[0][:4], ("County", "County code", "Documents", "PMH mentioned"))
        self.assertIn("Street", rows[0])
        self.assertEqual(len(rows), 22)
        uppsala = next(row for row in rows if row[1] == "C")
        self.assertEqual(set(uppsala[3:]), {"no plan"})
        stockholm = next(row for row in rows if row[1] == "AB")
        self.assertEqual(stockholm[rows[0].index("Street")], "unknown")
        self.assertIn(stockholm[3], ("yes", "no"))

    def test_no_code_id_in_any_heading_or_row_label(self):
        ids = {c["id"] for c in self.results["codebook"]["codes"]}
        books = {"summary.xlsx": self.summary}
        for county in self.results["counties"]:
            name = os.path.join("counties", county["slug"] + ".xlsx")
            books[name] = load_workbook(os.path.join(self.out, name))
        checked = 0
        for file, book in books.items():
            for name in book.sheetnames:
                sheet = book[name]
                if not hasattr(sheet, "iter_rows"):
                    continue  # a chart sheet
                rows = sheet_rows(sheet)
                if not rows:
                    continue
                cells = set(rows[0])
                # The first column labels the rows, except on the two sheets
                # that list code ids on purpose, beside their labels.
                if name not in ("Kodbok", "Koder"):
                    cells |= {row[0] for row in rows[1:] if row}
                self.assertFalse(ids & cells, (file, name, sorted(ids & cells)[:5]))
                checked += 1
        self.assertGreater(checked, 10)

    def test_csv_carries_the_summary_tables(self):
        for name in SUMMARY_FILES:
            self.assertTrue(os.path.isfile(os.path.join(self.out, name)), name)
        questions = read_csv(os.path.join(self.out, "questions.csv"))
        self.assertEqual([r["county_code"] for r in questions], COUNTY_CODES)
        for row, json_row in zip(questions, self.summary_json["questions"]["rows"]):
            self.assertEqual(row["has_plan"], "true" if json_row["has_plan"] else "false")
            self.assertEqual(row["chains"], str(json_row["chains"]) if json_row["has_plan"] else "")
        # Every summary table of summary.json is a CSV file with the same columns.
        for name, table in self.summary_json.items():
            if name == "goalchain":
                continue
            with open(os.path.join(self.out, name + ".csv"), encoding="utf-8") as f:
                header = next(csv.reader(f))
            self.assertEqual(header, table["columns"], name)
        # County x code: ids in the header, counts as results.json has them.
        matrix = read_csv(os.path.join(self.out, "county_codes.csv"))
        by_code = {c["county_code"]: c for c in self.results["counties"]}
        self.assertEqual(len(matrix), len(self.results["counties"]))
        for row in matrix:
            county = by_code[row["county_code"]]
            for code, count in county["code_segments_with_children"].items():
                self.assertEqual(int(row[code]), count, (row["county"], code))
        # Co-occurrence: code ids in a column, labels beside them, symmetric.
        cooccurrence = read_csv(os.path.join(self.out, "cooccurrence.csv"))
        labels = {c["id"]: c["label"] for c in self.results["codebook"]["codes"]}
        self.assertGreater(len(cooccurrence), 1)
        for row in cooccurrence:
            self.assertEqual(row["label"], labels[row["code"]])
            for other in cooccurrence:
                self.assertEqual(row[other["code"]], other[row["code"]])
        pmh = next(r for r in cooccurrence if r["code"] == "pmh")
        pmh_segments = sum(1 for d in self.results["documents"] for s in d["segments"]
                           if any(c["code"] == "pmh" for c in s["codes"]))
        self.assertEqual(int(pmh["pmh"]), pmh_segments)

    def test_summary_json_sources_point_at_county_sheets(self):
        table = self.summary_json["questions"]
        self.assertEqual(len(table["sources"]), 21)
        slugs = {c["slug"] for c in self.results["counties"]}
        seen = 0
        for row, sources in zip(table["rows"], table["sources"]):
            if not row["has_plan"]:
                self.assertEqual(sources, {})
                continue
            self.assertEqual(sources["chains"], {"county": row["slug"], "sheet": "chains",
                                                 "code": None})
            self.assertEqual(sources["pmh_mentioned"]["code"], "pmh")
            for source in sources.values():
                self.assertIn(source["county"], slugs)
                self.assertIn(source["sheet"], ("chains", "codes"))
                seen += 1
        self.assertGreater(seen, 0)

    def test_report_renders_the_same_tables(self):
        again = harness.fresh_dir("questions-report")
        proc = run_goalchain("report", self.out, "-f", "csv,json", "-o", again)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        for name in SUMMARY_FILES:
            with open(os.path.join(self.out, name), "rb") as a, \
                    open(os.path.join(again, name), "rb") as b:
                self.assertEqual(a.read(), b.read(), name)


if __name__ == "__main__":
    harness.main()
