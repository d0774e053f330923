"""--format jsonl: results.jsonl, a line per document in input order that parses
alone, holding what results.json holds for the document; counties.json beside it
with the codebook and the per-county figures; the same bytes for any -j."""

import json
import os
import shutil
import unittest

import harness
from harness import (EXAMPLES_DIR, fresh_dir, load_json, read_bytes, run_goalchain,
                     segment_codes)


def read_lines(path):
    """Each line of a JSON Lines file parsed on its own."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert text.endswith("\n"), "results.jsonl ends with a newline"
    return [json.loads(line) for line in text.split("\n")[:-1]]


class JsonLinesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = fresh_dir("jsonl")
        cls.json_out = os.path.join(cls.root, "json")
        cls.json_run = run_goalchain("code", "-q", "-f", "json", "-o", cls.json_out, EXAMPLES_DIR)
        cls.lines_out = os.path.join(cls.root, "jsonl")
        cls.lines_run = run_goalchain("code", "-f", "jsonl", "-j", "2", "-o", cls.lines_out,
                                      EXAMPLES_DIR)

    def setUp(self):
        self.assertEqual(self.json_run.returncode, 0, self.json_run.stderr)
        self.assertEqual(self.lines_run.returncode, 0, self.lines_run.stderr)

    def test_jsonl_alone_writes_lines_and_counties_only(self):
        self.assertEqual(sorted(os.listdir(self.lines_out)), ["counties.json", "results.jsonl"])
        self.assertIn("wrote " + os.path.join(self.lines_out, "results.jsonl"),
                      self.lines_run.stdout)
        self.assertIn("coded 12 documents from", self.lines_run.stdout)

    def test_each_line_is_a_document_of_results_json(self):
        results = load_json(os.path.join(self.json_out, "results.json"))
        lines = read_lines(os.path.join(self.lines_out, "results.jsonl"))
        self.assertEqual(len(lines), len(results["documents"]))
        by_path = {d["path"]: d for d in results["documents"]}
        for line in lines:
            self.assertIn(line["path"], by_path)
            self.assertEqual(line, by_path[line["path"]], line["path"])
        coded = sum(1 for line in lines for s in line["segments"] if s.get("hits"))
        self.assertGreater(coded, 0, "the examples have coded segments")
        self.assertTrue(any(line["chains"] for line in lines), "and chains")

    def test_lines_follow_the_input_order(self):
        names = ["vastmanland-handlingsplan-2020.txt", "gotland-handlingsplan-2019.txt",
                 "stockholm-handlingsplan-2020-2022.txt"]
        out = os.path.join(fresh_dir("jsonl-order"), "out")
        paths = [os.path.join(EXAMPLES_DIR, name) for name in names]
        result = run_goalchain("code", "-q", "-f", "jsonl", "-j", "3", "-o", out, *paths)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = read_lines(os.path.join(out, "results.jsonl"))
        self.assertEqual([line["path"] for line in lines], paths)

    def test_counties_json_holds_the_codebook_and_the_county_figures(self):
        results = load_json(os.path.join(self.json_out, "results.json"))
        counties = load_json(os.path.join(self.lines_out, "counties.json"))
        self.assertEqual(counties["goalchain"], results["goalchain"])
        self.assertEqual(counties["codebook"], results["codebook"])
        self.assertNotIn("documents", counties)
        self.assertEqual(len(counties["counties"]), len(results["counties"]))
        for streamed, kept in zip(counties["counties"], results["counties"]):
            self.assertEqual(streamed["document_count"], len(kept["documents"]))
            del streamed["document_count"]
            del kept["documents"]
            self.assertEqual(streamed, kept, kept["slug"])

    def test_the_same_bytes_for_any_number_of_jobs_and_with_other_outputs(self):
        one = os.path.join(fresh_dir("jsonl-j1"), "out")
        result = run_goalchain("code", "-q", "-f", "jsonl", "-j", "1", "-o", one, EXAMPLES_DIR)
        self.assertEqual(result.returncode, 0, result.stderr)
        both = os.path.join(fresh_dir("jsonl-json"), "out")
        result = run_goalchain("code", "-q", "-f", "jsonl,json", "-o", both, EXAMPLES_DIR)
        self.assertEqual(result.returncode, 0, result.stderr)
        for name in ("results.jsonl", "counties.json"):
            expected = read_bytes(os.path.join(self.lines_out, name))
            self.assertEqual(read_bytes(os.path.join(one, name)), expected, name)
            self.assertEqual(read_bytes(os.path.join(both, name)), expected, name)
        self.assertEqual(read_bytes(os.path.join(both, "results.json")),
                         read_bytes(os.path.join(self.json_out, "results.json")))

    def test_evidence_codes_drops_the_hits_on_each_line(self):
        out = os.path.join(fresh_dir("jsonl-codes"), "out")
        result = run_goalchain("code", "-q", "-f", "jsonl", "--evidence", "codes", "-o", out,
                               EXAMPLES_DIR)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = read_lines(os.path.join(out, "results.jsonl"))
        codebook = load_json(os.path.join(out, "counties.json"))["codebook"]
        self.assertEqual(load_json(os.path.join(out, "counties.json"))["goalchain"]["evidence"],
                         "codes")
        self.assertFalse(any("hits" in s for line in lines for s in line["segments"]))
        # Each code [code, term, ...] refers to codebook.codes and the line's terms.
        codes = [c for line in lines for s in line["segments"] for c in s.get("codes", [])]
        self.assertTrue(codes)
        self.assertTrue(all(len(c) >= 2 for c in codes))
        full = {line["path"]: line for line in read_lines(os.path.join(self.lines_out,
                                                                       "results.jsonl"))}
        for line in lines:
            for segment, with_hits in zip(line["segments"], full[line["path"]]["segments"]):
                self.assertEqual(segment_codes(segment, codebook, line["terms"]),
                                 segment_codes(with_hits, codebook), segment["text"])

    def test_a_failed_input_writes_nothing_unless_keep_going(self):
        folder = fresh_dir("jsonl-fail")
        shutil.copy(os.path.join(EXAMPLES_DIR, "gotland-handlingsplan-2019.txt"), folder)
        with open(os.path.join(folder, "trasig.pdf"), "wb") as f:
            f.write(b"%PDF-1.4 not really\n")
        out = os.path.join(folder, "out")
        result = run_goalchain("code", "-q", "-f", "jsonl", "-o", out, folder)
        self.assertEqual(result.returncode, 1)
        self.assertFalse(os.path.exists(os.path.join(out, "results.jsonl")))
        self.assertEqual([n for n in os.listdir(out)] if os.path.isdir(out) else [], [],
                         "no temporary file is left")
        result = run_goalchain("code", "-q", "-k", "-f", "jsonl", "-o", out, folder)
        self.assertEqual(result.returncode, 1)
        lines = read_lines(os.path.join(out, "results.jsonl"))
        self.assertEqual([os.path.basename(line["path"]) for line in lines],
                         ["gotland-handlingsplan-2019.txt"])

    def test_merge_and_report_write_jsonl_from_results(self):
        out = os.path.join(fresh_dir("jsonl-report"), "out")
        result = run_goalchain("report", os.path.join(self.json_out, "results.json"), "-q", "-f",
                               "jsonl", "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        for name in ("results.jsonl", "counties.json"):
            self.assertEqual(read_bytes(os.path.join(out, name)),
                             read_bytes(os.path.join(self.lines_out, name)), name)


if __name__ == "__main__":
    harness.main()
