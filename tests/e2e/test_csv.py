"""goalchain code --format csv: chains.csv, segments.csv and counties.csv hold
the same rows and figures as results.json, are RFC 4180 with CRLF line ends,
neutralise formula-looking text, and start with a byte-order mark only on
--csv-bom."""

import csv
import io
import os
import unittest

import harness
from harness import DATA_DIR, EXAMPLES_DIR, run_goalchain


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


class CsvOfExamplesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.fresh_dir("csv-examples")
        cls.proc = run_goalchain("code", "--format", "csv,json", "-o", cls.out, EXAMPLES_DIR)
        cls.results = harness.load_results(os.path.join(cls.out, "results.json"))

    def test_runs_and_writes_only_what_was_asked(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.assertEqual(sorted(os.listdir(self.out)),
                         ["chains.csv", "completeness.csv", "cooccurrence.csv", "counties.csv",
                          "county_codes.csv", "documents.csv", "national_goals.csv",
                          "questions.csv", "results.json", "segments.csv", "summary.json",
                          "trend.csv"])

    def test_files_are_crlf_without_bom(self):
        for name in ("chains.csv", "segments.csv", "counties.csv", "questions.csv",
                     "county_codes.csv", "national_goals.csv", "completeness.csv",
                     "cooccurrence.csv", "trend.csv", "documents.csv"):
            raw, _ = read_csv(os.path.join(self.out, name))
            self.assertFalse(raw.startswith(b"\xef\xbb\xbf"), name)
            self.assertTrue(raw.endswith(b"\r\n"), name)

    def test_segments_match_results_json(self):
        _, rows = read_csv(os.path.join(self.out, "segments.csv"))
        header, body = rows[0], rows[1:]
        self.assertEqual(header[:4], ["segment_id", "document", "county", "kind"])
        segments = [s for d in self.results["documents"] for s in d["segments"]]
        self.assertEqual(len(body), len(segments))
        col = {name: i for i, name in enumerate(header)}
        for row, segment in zip(body, segments):
            self.assertEqual(row[col["segment_id"]], segment["id"])
            self.assertEqual(int(row[col["line"]]), segment["line"])
            codes = [c["code"] for c in segment["codes"]]
            self.assertEqual(row[col["codes"]], "; ".join(codes))
            text = segment["text"]
            expected = "'" + text if text[:1] in ("=", "+", "-", "@") else text
            self.assertEqual(row[col["text"]], expected)

    def test_chains_match_results_json(self):
        _, rows = read_csv(os.path.join(self.out, "chains.csv"))
        header, body = rows[0], rows[1:]
        chains = [c for d in self.results["documents"] for c in d["chains"]]
        self.assertGreater(len(chains), 0, "examples/ should yield chains")
        self.assertEqual(len(body), len(chains))
        col = {name: i for i, name in enumerate(header)}
        for row, chain in zip(body, chains):
            self.assertEqual(row[col["chain_id"]], chain["id"])
            self.assertEqual(int(row[col["score"]]), chain["score"])
            self.assertEqual(row[col["complete"]], "true" if chain["complete"] else "false")
            self.assertEqual(row[col["national_goals"]],
                             "; ".join(str(g) for g in chain["national_goals"]))
            for mark, element in (("P", "problem"), ("G", "goal"), ("A", "activity"),
                                  ("I", "indicator"), ("R", "responsibility")):
                self.assertEqual(row[col[mark]], "true" if chain["elements"][element] else "false")

    def test_counties_match_results_json(self):
        _, rows = read_csv(os.path.join(self.out, "counties.csv"))
        header, body = rows[0], rows[1:]
        counties = self.results["counties"]
        self.assertEqual(len(body), len(counties))
        col = {name: i for i, name in enumerate(header)}
        for row, county in zip(body, counties):
            self.assertEqual(row[col["county"]], county["county"])
            self.assertEqual(int(row[col["segments"]]), county["segments"])
            self.assertEqual(int(row[col["coded_segments"]]), county["coded_segments"])
            self.assertEqual(int(row[col["chains"]]), county["chains"])
            self.assertEqual(int(row[col["complete_chains"]]), county["complete_chains"])
            for goal in ("1", "2", "3", "4"):
                self.assertEqual(int(row[col["national_goal_" + goal]]),
                                 county["national_goals"][goal])


class CsvSafetyTest(unittest.TestCase):
    def test_formula_looking_text_is_neutralised_and_bom_on_request(self):
        folder = harness.fresh_dir("csv-formula-input")
        with open(os.path.join(folder, "uppsala-handlingsplan-2021.txt"), "w",
                  encoding="utf-8") as f:
            f.write("Länsstyrelsen i Uppsala län\n\n"
                    "=HYPERLINK(\"http://example.invalid\",\"klicka\") om prostitution\n\n"
                    "-Polisen ska arbeta mot sexköp, \"med kraft\".\n")
        out = harness.fresh_dir("csv-formula")
        run = run_goalchain("code", "--format", "csv", "--csv-bom", "-o", out, folder)
        self.assertEqual(run.returncode, 0, run.stderr)
        raw, rows = read_csv(os.path.join(out, "segments.csv"))
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"))
        col = {name: i for i, name in enumerate(rows[0])}
        texts = [row[col["text"]] for row in rows[1:]]
        self.assertIn("'=HYPERLINK(\"http://example.invalid\",\"klicka\") om prostitution", texts)
        self.assertIn("'-Polisen ska arbeta mot sexköp, \"med kraft\".", texts)
        self.assertFalse(any(t.startswith(("=", "+", "-", "@")) for t in texts))


if __name__ == "__main__":
    harness.main()
