"""results.json format 3 (docs/results-json.md): nothing written twice, every
reference resolves, defaults left out; --evidence codes says the same codes
and words as the hits; the Python snippets of docs/results-json.md run on a
fresh results.json; and a format 2 file, written by goalchain before format 3
(tests/data/results-format2, coded with tests/data/codebooks/mini.yaml), is
still read by goalchain report, segment for segment."""

import os
import re
import subprocess
import unittest

import harness
from harness import (DATA_DIR, EXAMPLES_DIR, SOURCE_DIR, fresh_dir, load_json, read_bytes,
                     resolve_results, run_goalchain, segment_codes)

FORMAT2_DIR = os.path.join(DATA_DIR, "results-format2")
MINI = os.path.join(DATA_DIR, "codebooks", "mini.yaml")
SEGMENT_KEYS = ["id", "kind", "page", "line", "last_line", "section", "label", "text", "hits",
                "codes", "manual_codes", "parent"]


class Format3Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.full_out = os.path.join(fresh_dir("format3-full"), "out")
        cls.full_run = run_goalchain("code", "-q", "-f", "json", "-o", cls.full_out, EXAMPLES_DIR)
        cls.codes_out = os.path.join(fresh_dir("format3-codes"), "out")
        cls.codes_run = run_goalchain("code", "-q", "-f", "json", "--evidence", "codes", "-o",
                                      cls.codes_out, EXAMPLES_DIR)

    def results(self, out):
        return load_json(os.path.join(out, "results.json"))

    def test_runs(self):
        self.assertEqual(self.full_run.returncode, 0, self.full_run.stderr)
        self.assertEqual(self.codes_run.returncode, 0, self.codes_run.stderr)

    def test_header_says_format_and_evidence(self):
        self.assertEqual(self.results(self.full_out)["goalchain"]["format"], 3)
        self.assertEqual(self.results(self.full_out)["goalchain"]["evidence"], "full")
        self.assertEqual(self.results(self.codes_out)["goalchain"]["evidence"], "codes")

    def test_segments_leave_out_what_is_derivable_or_empty(self):
        results = self.results(self.full_out)
        patterns = results["codebook"]["patterns"]
        for document in results["documents"]:
            sections = document["sections"]
            self.assertEqual(len({tuple(path) for path in sections}), len(sections),
                             "each section path once")
            for n, segment in enumerate(document["segments"]):
                keys = list(segment.keys())
                self.assertEqual(keys, [k for k in SEGMENT_KEYS if k in keys])
                self.assertNotIn("id", segment, "ids are <document id>:<n>")
                self.assertNotEqual(segment.get("kind"), "paragraph")
                self.assertNotEqual(segment.get("last_line"), segment["line"])
                self.assertNotIn("codes", segment, "codes follow from the hits")
                for key in ("hits", "manual_codes"):
                    self.assertNotEqual(segment.get(key), [], key)
                self.assertLess(segment["section"], len(sections))
                if "parent" in segment:
                    self.assertLess(segment["parent"], n)
                for pattern, start, end in segment.get("hits", []):
                    self.assertLess(pattern, len(patterns))
                    self.assertTrue(0 <= start < end <= len(segment["text"]))
                starts = [start for _, start, _ in segment.get("hits", [])]
                self.assertEqual(starts, sorted(starts), "hits in text order")

    def test_every_piece_of_every_chain_is_in_its_segment(self):
        results = self.results(self.full_out)
        checked = 0
        for document in results["documents"]:
            segments = document["segments"]
            for chain in document["chains"]:
                self.assertLess(chain["section"], len(document["sections"]))
                elements = [chain[k] for k in ("problem", "goal", "follow_up") if k in chain]
                elements += chain.get("activities", []) + chain.get("indicators", [])
                refs = [piece for element in elements for piece in element]
                refs += [ref[1:] for ref in chain.get("responsible", []) + chain.get("evidence", [])]
                for segment, start, end in refs:
                    self.assertTrue(0 <= start <= end <= len(segments[segment]["text"]))
                    checked += 1
                for key in ("national_goals", "activities", "indicators", "responsible",
                            "target_groups", "flags", "evidence"):
                    self.assertNotEqual(chain.get(key), [], key)
                self.assertNotEqual(chain.get("problem_link"), "")
        self.assertGreater(checked, 100)

    def test_evidence_codes_says_what_the_hits_say(self):
        full = self.results(self.full_out)
        codes = self.results(self.codes_out)
        for with_hits, with_codes in zip(full["documents"], codes["documents"]):
            self.assertEqual(with_hits["chains"], with_codes["chains"])
            for a, b in zip(with_hits["segments"], with_codes["segments"]):
                self.assertEqual(segment_codes(a, full["codebook"]),
                                 segment_codes(b, codes["codebook"], with_codes["terms"]), a["text"])

    def test_the_python_of_the_documentation_runs(self):
        with open(os.path.join(SOURCE_DIR, "docs", "results-json.md"), encoding="utf-8") as f:
            blocks = re.findall(r"```python\n(.*?)```", f.read(), re.S)
        programs = [b for b in blocks if b.startswith("import json")]
        self.assertTrue(programs)
        for program in programs:
            # The snippets read out/results.json; --evidence codes' loop follows
            # the first program, whose variables it uses.
            codes_loop = next(b for b in blocks if 'document["terms"]' in b)
            for out, extra in ((self.full_out, ""), (self.codes_out, codes_loop)):
                folder = os.path.dirname(out)
                result = subprocess.run(["/usr/bin/python3", "-c", program + extra], cwd=folder,
                                        capture_output=True, text=True, timeout=60)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertTrue(result.stdout, "the snippet prints what it found")


class Format2Test(unittest.TestCase):
    """goalchain report reads the results.json of goalchain before format 3."""

    def test_report_reads_format_2_segment_for_segment(self):
        old = load_json(os.path.join(FORMAT2_DIR, "results.json"))
        self.assertEqual(old["goalchain"]["format"], 2)
        out = os.path.join(fresh_dir("format2-report"), "out")
        result = run_goalchain("report", "-q", "-c", MINI, "-f", "json", "-o", out, FORMAT2_DIR)
        self.assertEqual(result.returncode, 0, result.stderr)
        new = resolve_results(load_json(os.path.join(out, "results.json")))
        self.assertEqual(new["goalchain"]["format"], 3)
        self.assertEqual(len(new["documents"]), len(old["documents"]))
        parents = 0
        for was, now in zip(old["documents"], new["documents"]):
            self.assertEqual(was["path"], now["path"])
            self.assertEqual(len(was["segments"]), len(now["segments"]))
            for a, b in zip(was["segments"], now["segments"]):
                self.assertEqual(a, b)
                parents += "parent" in a
        self.assertGreater(parents, 0, "the YAML plan's entries have parents")
        for was, now in zip(old["counties"], new["counties"]):
            for key in ("slug", "documents", "segments", "coded_segments", "code_counts",
                        "code_hits"):
                self.assertEqual(was[key], now[key], key)
        # And format 3 read back writes the same bytes again.
        again = os.path.join(fresh_dir("format2-report-again"), "out")
        result = run_goalchain("report", "-q", "-c", MINI, "-f", "json", "-o", again, out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(read_bytes(os.path.join(again, "results.json")),
                         read_bytes(os.path.join(out, "results.json")))


if __name__ == "__main__":
    harness.main()
