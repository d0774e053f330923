"""The README's main job: the shipped codebook over examples/. Checks that every
county gets a workbook and that the workbooks say what results.json says."""

import os
import unittest

import harness
from harness import EXAMPLES_DIR, run_goalchain, fresh_dir, load_workbook, sheet_rows, load_results


# Every kind of file the reader takes; a README is never a document.
DOCUMENT_EXTENSIONS = (".txt", ".md", ".pdf", ".yaml", ".yml")


def is_document(name):
    stem, extension = os.path.splitext(name)
    return extension.lower() in DOCUMENT_EXTENSIONS and stem.lower() != "readme"


class ExamplesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = os.path.join(fresh_dir("examples"), "goalchain-out")
        cls.result = run_goalchain("code", "--out", cls.out, EXAMPLES_DIR)
        cls.json = load_results(os.path.join(cls.out, "results.json")) if cls.result.returncode == 0 else None

    def test_runs_cleanly_with_the_default_codebook(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertEqual(self.result.stderr, "", "the examples must read without warnings")
        self.assertEqual(self.json["codebook"]["name"], "pmh-sv")

    def test_every_example_is_read_with_county_type_and_period(self):
        inputs = sorted(n for n in os.listdir(EXAMPLES_DIR) if is_document(n))
        self.assertEqual(sorted(os.path.basename(d["path"]) for d in self.json["documents"]), inputs)
        for doc in self.json["documents"]:
            with self.subTest(doc["path"]):
                self.assertIsNotNone(doc["county"])
                self.assertNotEqual(doc["type"], "annat")
                self.assertIsNotNone(doc["period"]["from"])
                self.assertGreater(len(doc["segments"]), 5)

    def test_at_least_six_counties_and_one_document_without_pmh(self):
        self.assertGreaterEqual(len(self.json["counties"]), 6)
        def pmh_hits(doc):
            return sum(1 for s in doc["segments"] for c in s["codes"] if c["code"] == "pmh")
        without = [d["path"] for d in self.json["documents"] if pmh_hits(d) == 0]
        self.assertEqual(len(without), 1, without)
        with_pmh = [d for d in self.json["documents"] if pmh_hits(d) > 0]
        self.assertGreaterEqual(len(with_pmh), 6)

    def test_county_workbooks_match_results_json(self):
        files = sorted(os.listdir(os.path.join(self.out, "counties")))
        self.assertEqual(files, sorted(c["slug"] + ".xlsx" for c in self.json["counties"]))
        for county in self.json["counties"]:
            with self.subTest(county["slug"]):
                wb = load_workbook(os.path.join(self.out, "counties", county["slug"] + ".xlsx"))
                segments = sheet_rows(wb["Segment"])
                # Coded by the codebook or by hand (YAML-coded documents).
                listed = sum(1 for d in self.json["documents"] if d["county_slug"] == county["slug"]
                             for s in d["segments"] if s["codes"] or s["manual_codes"])
                self.assertEqual(len(segments) - 1, listed)
                self.assertGreaterEqual(listed, county["coded_segments"])
                counts = sheet_rows(wb["Koder"])
                header = counts[0]
                seg_col = header.index("Totalt")
                hit_col = header.index("Träffar")
                # One column per document, between the label and the total.
                documents = [d for d in self.json["documents"] if d["county_slug"] == county["slug"]]
                self.assertEqual(list(header[2:seg_col]),
                                 [os.path.basename(d["path"]) for d in documents])
                for row in counts[1:]:
                    self.assertEqual(sum(row[2:seg_col]), row[seg_col], row[0])
                self.assertEqual({r[0]: r[seg_col] for r in counts[1:]}, county["code_counts"])
                self.assertEqual({r[0]: r[hit_col] for r in counts[1:]}, county["code_hits"])
                for ws in wb.worksheets:
                    self.assertEqual(ws.freeze_panes, "A2", ws.title)

    def test_summary_matrix_matches_results_json(self):
        wb = load_workbook(os.path.join(self.out, "summary.xlsx"))
        rows = sheet_rows(wb["Län × kod"])
        header = rows[0]
        codes = [c["id"] for c in self.json["codebook"]["codes"]]
        # A person reads labels; the ids stay in results.json and the CSV files.
        self.assertEqual(list(header[5:]), [c["label"] for c in self.json["codebook"]["codes"]])
        self.assertEqual(len(rows) - 1, len(self.json["counties"]))
        for county, row in zip(self.json["counties"], rows[1:]):
            with self.subTest(county["slug"]):
                self.assertEqual(row[0], county["county"])
                self.assertEqual(row[1], county["county_code"])
                self.assertEqual(row[3], county["segments"])
                # A leaf code's cell is its own count; a parent's includes its children.
                for code in self.json["codebook"]["codes"]:
                    if not any(c["parent"] == code["id"] for c in self.json["codebook"]["codes"]):
                        self.assertEqual(row[5 + codes.index(code["id"])],
                                         county["code_counts"][code["id"]], code["id"])


if __name__ == "__main__":
    harness.main()
