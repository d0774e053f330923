"""A codebook using the whole language (rules, scopes, compounds, stems,
regexes, requires) codes a plan, and results.json explains every hit."""

import os
import unittest

import harness
from harness import fresh_dir, run_goalchain, load_results

CODEBOOK = """goalchain_codebook: 1
name: regler
language: sv
codes:
  - id: pmh
    label: {sv: PMH, en: Trafficking and prostitution}
    color: "#AA3377"
    keywords:
      - {word: människohandel, compound: head}
      - {word: prostitution, compound: tail}
      - {regex: "köp(er|te|a) sex"}
    not: [människohandel för arbetskraftsexploatering]
  - id: goal
    label: Mål
    children:
      - id: goal.pmh
        label: Mål om PMH
        requires: pmh
        scope: sentence
        keywords: [mål, målet]
  - id: indicator
    label: Indikator
    rules:
      - any: ["indikator*", {word: uppföljning, stem: true}]
        not: [saknas]
        scope: sentence
"""

PLAN = """Länsstyrelsen i Stockholms län

Handlingsplan 2020–2022

Målet är att minska barnprostitution. Målet för skolan gäller annat.

Människohandelsärenden ska utredas. Indikatorer saknas. Uppföljningen sker årligen.

Människohandel för arbetskraftsexploatering och målet att följa den.
"""


class CodebookRulesTest(unittest.TestCase):
    def test_rules_scopes_and_compounds_in_results_json(self):
        folder = fresh_dir("rules")
        codebook = os.path.join(folder, "regler.yaml")
        plan = os.path.join(folder, "stockholm-handlingsplan-2020-2022.txt")
        with open(codebook, "w", encoding="utf-8") as f:
            f.write(CODEBOOK)
        with open(plan, "w", encoding="utf-8") as f:
            f.write(PLAN)
        lint = run_goalchain("lint", codebook)
        self.assertEqual(lint.returncode, 0, lint.stderr)
        out = os.path.join(folder, "out")
        result = run_goalchain("code", plan, "-c", codebook, "-o", out, "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = load_results(os.path.join(out, "results.json"))
        hits = []
        patterns = data["codebook"]["patterns"]
        for segment in data["documents"][0]["segments"]:
            for code in segment["codes"]:
                for pattern, start, end in code["hits"]:
                    self.assertEqual(patterns[pattern]["code"], code["code"])
                    hits.append((code["code"], segment["text"][start:end],
                                 patterns[pattern]["pattern"], patterns[pattern]["rule"]))
        self.assertEqual(hits, [
            # The second "Målet" has no PMH in its sentence; "Indikatorer" stands
            # beside "saknas"; the last paragraph is about labour trafficking.
            ("goal.pmh", "Målet", "målet", None),
            ("pmh", "barnprostitution", "prostitution (compound tail)", None),
            ("pmh", "Människohandelsärenden", "människohandel (compound head)", None),
            ("indicator", "Uppföljningen", "uppföljning (stem swedish)",
             "any(indikator*, uppföljning (stem swedish)) not(saknas) in sentence"),
        ])


if __name__ == "__main__":
    harness.main()
