"""goalchain agree on tests/data/agreement: two coders of one invented
Kronoberg plan, and one coder against the mini codebook. Every figure below is
derived by hand from the fixtures.

The ten paragraphs (P1..P10), with anna's codes, bertil's codes and the mini
codebook's hits (keywords prostitution*, *prostitution, människohandel*,
sexköp*, ...; goal: mål, målet; actor.social_services: socialtjänst*):

  P1  Prostitution förekommer ...            anna pmh   bertil pmh   book pmh
  P2  Människohandel för sexuella ...        anna pmh   bertil pmh   book pmh
  P3  Sexköp sker ...                        anna pmh   bertil pmh   book pmh
  P4  Unga som säljer sex ...                anna pmh   bertil -     book -
  P5  ... exploatering i prostitution ...
      ... hos socialtjänsten.                anna pmh   bertil -     book pmh, actor.social_services
  P6  ... om sexköpslagen.                   anna -     bertil pmh   book pmh
  P7  Målet är att kunskapen ska öka.        anna goal  bertil goal  book goal
  P8  Målet är en samlad lägesbild.          anna goal  bertil goal  book goal
  P9  Våld i nära relationer ...             -          -            -
  P10 Skolan arbetar med normer ...          -          -            -

anna vs bertil, pmh: both P1-P3 = 3, only anna P4, P5 = 2, only bertil P6 = 1,
neither P7-P10 = 4 (n = 10). p_o = 7/10 = 0.7; p_anna = 0.5, p_bertil = 0.4;
p_e = 0.5*0.4 + 0.5*0.6 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.400.
Alpha: o_11 = 2*3 = 6, o_00 = 2*4 = 8, o_10 = o_01 = 3; n_1 = 9, n_0 = 11,
n = 20; alpha = 1 - 19 * 6 / (2 * 9 * 11) = 1 - 114/198 = 0.424.
goal: both 2, neither 8: p_o = 1, p_e = 0.2*0.2 + 0.8*0.8 = 0.68, kappa = 1.000.

anna vs the codebook, pmh: both P1, P2, P3, P5 = 4, only anna P4 = 1, only the
codebook P6 = 1, neither 4. P = 4/5 = 0.8, R = 4/5 = 0.8, F1 = 0.8;
p_o = 0.8, p_e = 0.5*0.5 + 0.5*0.5 = 0.5, kappa = 0.3/0.5 = 0.600.
goal: both 2, neither 8 (P = R = F1 = 1). actor.social_services: only the
codebook P5 = 1, neither 9: precision 0/1 = 0, recall undefined (anna never
gave it); p_o = 0.9, p_e = 0*0.1 + 1*0.9 = 0.9, kappa = 0/0.1 = 0.000.
Micro: both 4+2+0 = 6, only anna 1, only codebook 1+0+1 = 2, neither 4+8+9 = 21
(n = 30): P = 6/8 = 0.750, R = 6/7 = 0.857, F1 = 2*0.75*0.857/1.607 = 0.800;
p_o = 27/30 = 0.9, p_anna = 7/30, p_book = 8/30,
p_e = (7*8 + 23*22)/900 = 562/900, kappa = (810 - 562)/(900 - 562) = 248/338 = 0.734.
"""

import csv
import io
import json
import os
import unittest

import harness
from harness import DATA_DIR, fresh_dir, run_goalchain

AGREEMENT = os.path.join(DATA_DIR, "agreement")
ANNA = os.path.join(AGREEMENT, "anna.yaml")
BERTIL = os.path.join(AGREEMENT, "bertil.yaml")
MINI = os.path.join(DATA_DIR, "codebooks", "mini.yaml")


def by_code(report):
    return {row["code"]: row for row in report["codes"]}


class AgreeTest(unittest.TestCase):
    def agree(self, *args, expect=0):
        result = run_goalchain("agree", *args)
        self.assertEqual(result.returncode, expect, result.stderr)
        return result

    def variant(self, name, old, new):
        """bertil.yaml with `old` replaced by `new`, written to the work dir."""
        with open(BERTIL, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text)
        path = os.path.join(fresh_dir("agree-" + name), name + ".yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))
        return path

    # ---- two coders ---------------------------------------------------------

    def test_coders_json(self):
        report = json.loads(self.agree("--coders", ANNA, BERTIL, "--format", "json").stdout)
        self.assertEqual(report["sides"], ["anna", "bertil"])
        self.assertEqual(report["unit"], "segment")
        self.assertEqual(report["units"], 10)
        codes = by_code(report)
        self.assertEqual([c["code"] for c in report["codes"]], ["pmh", "goal"])
        pmh = codes["pmh"]
        self.assertEqual((pmh["both"], pmh["only_a"], pmh["only_b"], pmh["neither"]), (3, 2, 1, 4))
        self.assertAlmostEqual(pmh["agreement"], 0.7, places=3)
        self.assertAlmostEqual(pmh["kappa"], 0.4, places=3)
        self.assertAlmostEqual(pmh["alpha"], 0.424, places=3)
        self.assertAlmostEqual(pmh["prevalence_a"], 0.5, places=3)
        self.assertAlmostEqual(pmh["prevalence_b"], 0.4, places=3)
        self.assertNotIn("precision", pmh)  # no codebook side
        self.assertAlmostEqual(codes["goal"]["kappa"], 1.0, places=3)
        self.assertEqual([d["line"] for d in report["disagreements"]], [16, 18, 20])
        self.assertEqual(report["disagreements"][2]["codes"], [[], ["pmh"]])
        self.assertEqual(report["disagreements"][2]["text"],
                         "Hotellbranschen har fått information om sexköpslagen.")

    def test_coders_table(self):
        out = self.agree("--coders", ANNA, BERTIL).stdout
        self.assertIn("Agreement: anna vs bertil, unit segment, 10 units", out)
        pmh = next(line for line in out.splitlines() if line.startswith("pmh "))
        self.assertEqual(pmh.split(), ["pmh", "3", "2", "1", "4", "0.700", "0.400", "0.424",
                                       "0.500", "0.400"])
        self.assertIn("Disagreements (3):", out)
        self.assertIn(f"{ANNA}:16 [anna:5]", out)
        self.assertIn("  bertil: (none)", out)
        self.assertNotIn("nan", out.lower())

    def test_coders_csv(self):
        rows = list(csv.reader(io.StringIO(self.agree("--coders", ANNA, BERTIL, "--format",
                                                      "csv").stdout)))
        self.assertEqual(rows[0][:5], ["code", "both", "only anna", "only bertil", "neither"])
        self.assertEqual(rows[1][:7], ["pmh", "3", "2", "1", "4", "0.700", "0.400"])
        self.assertEqual(rows[2][:7], ["goal", "2", "0", "0", "8", "1.000", "1.000"])
        self.assertEqual([r[0] for r in rows[3:]], ["macro", "micro"])

    def test_coders_by_section_is_one_unit(self):
        report = json.loads(self.agree("--coders", ANNA, BERTIL, "--unit", "section",
                                       "--format", "json").stdout)
        # One heading: one unit, where both coders used pmh and goal.
        self.assertEqual(report["units"], 1)
        self.assertEqual(report["disagreements"], [])
        self.assertIsNone(by_code(report)["pmh"]["kappa"])  # nothing varies: undefined

    # ---- a coder against the codebook ----------------------------------------

    def test_codebook_json(self):
        report = json.loads(self.agree("-c", MINI, ANNA, "--format", "json").stdout)
        self.assertEqual(report["sides"], ["manual", "codebook"])
        codes = by_code(report)
        pmh = codes["pmh"]
        self.assertEqual((pmh["both"], pmh["only_a"], pmh["only_b"], pmh["neither"]), (4, 1, 1, 4))
        for figure in ("precision", "recall", "f1"):
            self.assertAlmostEqual(pmh[figure], 0.8, places=3)
        self.assertAlmostEqual(pmh["kappa"], 0.6, places=3)
        social = codes["actor.social_services"]
        self.assertEqual((social["both"], social["only_a"], social["only_b"]), (0, 0, 1))
        self.assertAlmostEqual(social["precision"], 0.0, places=3)
        self.assertIsNone(social["recall"])
        self.assertAlmostEqual(report["micro"]["precision"], 0.75, places=3)
        self.assertAlmostEqual(report["micro"]["recall"], 0.857, places=3)
        self.assertAlmostEqual(report["micro"]["f1"], 0.8, places=3)
        self.assertAlmostEqual(report["micro"]["kappa"], 0.734, places=3)
        p5 = report["disagreements"][1]
        self.assertEqual(p5["line"], 18)
        self.assertEqual(p5["codes"], [["pmh"], ["actor.social_services", "pmh"]])
        self.assertEqual(p5["evidence"], ["pmh: prostitution* → prostitution",
                                          "actor.social_services: socialtjänst* → socialtjänsten"])

    def test_folder_of_coded_documents(self):
        # anna (above) plus bertil against the codebook, pmh: P1-P3 both, P4 neither,
        # P5 only the codebook, P6 both, P7-P10 neither -> both 4, only B 1, neither 5.
        # Summed with anna's 4, 1, 1, 4: both 8, only manual 1, only codebook 2, neither 9.
        report = json.loads(self.agree("-c", MINI, AGREEMENT, "--format", "json").stdout)
        self.assertEqual(report["units"], 20)
        pmh = by_code(report)["pmh"]
        self.assertEqual((pmh["both"], pmh["only_a"], pmh["only_b"], pmh["neither"]), (8, 1, 2, 9))

    def test_sentence_units(self):
        report = json.loads(self.agree("-c", MINI, ANNA, "--unit", "sentence",
                                       "--format", "json").stdout)
        # Each paragraph is one sentence: the same figures as per segment.
        self.assertEqual(report["unit"], "sentence")
        self.assertEqual(report["units"], 10)
        self.assertAlmostEqual(by_code(report)["pmh"]["kappa"], 0.6, places=3)
        self.assertTrue(report["disagreements"][0]["unit"].endswith("#1"))

    def test_workbook(self):
        out_dir = fresh_dir("agree-xlsx")
        path = os.path.join(out_dir, "agreement.xlsx")
        self.agree("-c", MINI, ANNA, "--xlsx", path, "--lang", "en")
        self.assertEqual(sorted(os.listdir(out_dir)), ["agreement.xlsx"])  # no temporary left
        workbook = harness.load_workbook(path)
        self.assertEqual(workbook.sheetnames, ["Summary", "Disagreements"])
        summary = workbook["Summary"]
        rows = harness.sheet_rows(summary)
        self.assertEqual(rows[0], ("Code", "Label", "Prevalence manual", "Prevalence codebook",
                                   "Both", "Only manual", "Only codebook", "Neither", "Agreement",
                                   "Kappa", "Kappa band", "Alpha", "Precision", "Recall", "F1"))
        self.assertEqual([r[0] for r in rows[1:]],
                         ["pmh", "goal", "actor.social_services", "macro", "micro"])
        pmh = rows[1]
        self.assertEqual(pmh[1], "Prostitution and trafficking")
        self.assertEqual(pmh[4:8], (4, 1, 1, 4))
        self.assertAlmostEqual(pmh[9], 0.6, places=3)
        self.assertEqual(pmh[10], "0.4–0.6")
        self.assertAlmostEqual(pmh[12], 0.8, places=3)
        self.assertEqual(rows[3][13], "undefined")  # recall of actor.social_services
        self.assertAlmostEqual(rows[5][12], 0.75, places=3)
        self.assertAlmostEqual(rows[5][13], 0.857, places=3)
        # Kappa cells coloured by band: 0.6 yellow, 1.0 green, 0.0 red, 0.734 light green.
        fills = [summary.cell(row=r, column=10).fill.fgColor.rgb for r in range(2, 7)]
        self.assertEqual(fills, ["FFFFE699", "FF63BE7B", "FFF8CBAD", "FFFFE699", "FFC6EFCE"])
        self.assertEqual(summary.cell(row=2, column=10).number_format, "0.000")
        self.assertEqual(summary.freeze_panes, "A2")
        self.assertEqual(list(summary.tables.keys()), ["Summary"])
        self.assertEqual(summary.tables["Summary"].ref, "A1:O6")

        disagreements = workbook["Disagreements"]
        rows = harness.sheet_rows(disagreements)
        self.assertEqual(rows[0], ("Unit", "Document", "Line", "Text", "Codes manual",
                                   "Codes codebook", "Patterns that fired"))
        self.assertEqual([r[2] for r in rows[1:]], [16, 18, 20])
        self.assertEqual(rows[3][5], "pmh")
        self.assertEqual(rows[3][6], "pmh: sexköp* → sexköpslagen")
        self.assertTrue(disagreements.cell(row=2, column=4).alignment.wrap_text)
        self.assertEqual(disagreements.freeze_panes, "A2")
        self.assertEqual(list(disagreements.tables.keys()), ["Disagreements"])
        self.assert_headers_fit(workbook)

    def assert_headers_fit(self, workbook):
        """No heading is cut: each column is as wide as its heading and filter button."""
        for sheet in workbook.worksheets:
            for cell in next(sheet.iter_rows(min_row=1, max_row=1)):
                width = sheet.column_dimensions[cell.column_letter].width
                self.assertGreaterEqual(width, len(cell.value) + 3,
                                        f"{sheet.title}!{cell.coordinate} {cell.value!r}")

    def test_workbook_in_swedish_by_default(self):
        out_dir = fresh_dir("agree-xlsx-sv")
        path = os.path.join(out_dir, "avstamning.xlsx")
        self.agree("-c", MINI, ANNA, "--xlsx", path)
        workbook = harness.load_workbook(path)
        self.assertEqual(workbook.sheetnames, ["Sammanfattning", "Oenigheter"])
        rows = harness.sheet_rows(workbook["Sammanfattning"])
        self.assertEqual(rows[0], ("Kod", "Etikett", "Förekomst manual", "Förekomst codebook",
                                   "Båda", "Bara manual", "Bara codebook", "Ingen",
                                   "Överensstämmelse", "Kappa", "Kappaintervall", "Alfa",
                                   "Precision", "Täckning", "F1"))
        self.assertEqual(rows[1][1], "Prostitution och människohandel")
        self.assertEqual([r[0] for r in rows[4:]], ["makro", "mikro"])
        self.assertEqual(rows[3][13], "odefinierat")  # recall of actor.social_services
        rows = harness.sheet_rows(workbook["Oenigheter"])
        self.assertEqual(rows[0], ("Enhet", "Dokument", "Rad", "Text", "Koder manual",
                                   "Koder codebook", "Mönster som slog till"))
        self.assert_headers_fit(workbook)

    def test_workbook_is_deterministic_and_undefined_kappa_is_text(self):
        out_dir = fresh_dir("agree-xlsx-twice")
        first = os.path.join(out_dir, "a.xlsx")
        second = os.path.join(out_dir, "b.xlsx")
        for path in (first, second):
            self.agree("--coders", ANNA, BERTIL, "--unit", "section", "--xlsx", path,
                       "--lang", "en")
        with open(first, "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(), b.read())
        rows = harness.sheet_rows(harness.load_workbook(first)["Summary"])
        self.assertEqual(rows[1][9], "undefined")
        self.assertEqual(rows[1][10], "undefined")

    # ---- errors ----------------------------------------------------------------

    def test_segments_that_do_not_line_up(self):
        path = self.variant("misaligned", "Sexköp sker i stor", "Sexköp sker i hög")
        result = self.agree("--coders", ANNA, path, expect=1)
        self.assertIn(f"{path}:14:15: error: codable segment 3 does not line up with {ANNA}:14",
                      result.stderr)
        self.assertIn("hint: coders must code the same text", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_coder_file_for_another_document(self):
        path = self.variant("other", "period: 2021", "period: 2020")
        result = self.agree("--coders", ANNA, path, expect=1)
        self.assertIn(f"{path}:5:1: error: this coder file describes Kronoberg, handlingsplan, "
                      f"2020, but the first ({ANNA}) describes Kronoberg, handlingsplan, 2021",
                      result.stderr)
        self.assertEqual(result.stdout, "")

    def test_unknown_code(self):
        path = self.variant("unknown", "codes: [goal]", "codes: [gaol]")
        for args in (("-c", MINI, path), ("--coders", ANNA, path, "-c", MINI)):
            result = self.agree(*args, expect=1)
            self.assertIn(f"{path}:21:17: error: unknown code 'gaol'", result.stderr)
            self.assertIn("hint: did you mean 'goal'?", result.stderr)
            self.assertEqual(result.stdout, "")

    def test_workbook_not_written_on_error(self):
        out_dir = fresh_dir("agree-xlsx-error")
        path = self.variant("other-xlsx", "period: 2021", "period: 2020")
        self.agree("--coders", ANNA, path, "--xlsx", os.path.join(out_dir, "a.xlsx"), expect=1)
        self.assertEqual(os.listdir(out_dir), [])

    def test_usage_errors(self):
        self.assertEqual(self.agree("--coders", ANNA, expect=2).stdout, "")
        self.agree(ANNA, expect=2)  # no codebook
        self.agree("--coders", ANNA, BERTIL, "--unit", "page", expect=2)
        self.agree("-c", MINI, ANNA, "--coders", ANNA, BERTIL, expect=2)

    def test_text_documents_are_refused(self):
        plan = os.path.join(DATA_DIR, "plans", "stockholm-handlingsplan.txt")
        result = self.agree("-c", MINI, plan, expect=1)
        self.assertIn(f"{plan}: error: not a YAML-coded document", result.stderr)

    def test_help_documents_exit_codes(self):
        out = self.agree("--help").stdout
        self.assertIn("--coders", out)
        self.assertIn("Exit codes:", out)
        self.assertIn("segments\n     that do not line up", out)


if __name__ == "__main__":
    harness.main()
