"""goalchain kwic on tests/data/plans with the mini codebook: every row, as
table, CSV and JSON, derived by hand from the plan texts."""

import csv
import io
import json
import os
import unittest

import harness
from harness import DATA_DIR, run_goalchain

PLANS = os.path.join(DATA_DIR, "plans")
MINI = os.path.join(DATA_DIR, "codebooks", "mini.yaml")


def plan(name):
    return os.path.join(PLANS, name + ".txt")


# --code actor gives the hits of actor.police and actor.social_services, in
# file order. Words are numbered from 1 within the paragraph; pre and post hold
# five words each, with the punctuation between them.
#  gotland lines 5-6 are one paragraph: "Planen(1) beskriver arbetet mot våld i(6)
#    nära relationer. Skolan och(10) socialtjänsten(11) är viktiga aktörer."
#  orebro line 4: "Arbetet(1) har fortsatt under året(5). Polismyndigheten(6) och
#    socialtjänsten(8) har deltagit."
#  stockholm line 9: "Mål: Polisen(2) ska utveckla arbetet mot sexköp."
#  stockholm line 12: "• Socialtjänsten(1) erbjuder stöd till personer i prostitution."
ACTOR_ROWS = [
    # document, path, page, line, from, to, pre, keyword, post, code, pattern
    ["gotland-utan-pmh", plan("gotland-utan-pmh"), "1", "5", "11", "11",
     "i nära relationer. Skolan och", "socialtjänsten", "är viktiga aktörer",
     "actor.social_services", "socialtjänst*"],
    ["orebro-lagesrapport", plan("orebro-lagesrapport"), "1", "4", "6", "6",
     "Arbetet har fortsatt under året.", "Polismyndigheten", "och socialtjänsten har deltagit",
     "actor.police", "polismyndighet*"],
    ["orebro-lagesrapport", plan("orebro-lagesrapport"), "1", "4", "8", "8",
     "fortsatt under året. Polismyndigheten och", "socialtjänsten", "har deltagit",
     "actor.social_services", "socialtjänst*"],
    ["stockholm-handlingsplan", plan("stockholm-handlingsplan"), "1", "9", "2", "2",
     "Mål:", "Polisen", "ska utveckla arbetet mot sexköp", "actor.police", "polisen"],
    ["stockholm-handlingsplan", plan("stockholm-handlingsplan"), "1", "12", "1", "1",
     "", "Socialtjänsten", "erbjuder stöd till personer i", "actor.social_services", "socialtjänst*"],
]


class KwicTest(unittest.TestCase):
    def kwic(self, *args, expect=0):
        result = run_goalchain("kwic", *args)
        self.assertEqual(result.returncode, expect, result.stderr)
        return result

    def test_csv_rows_for_a_code_and_the_codes_below_it(self):
        result = self.kwic("-c", MINI, "--code", "actor", "--format", "csv", PLANS)
        rows = list(csv.reader(io.StringIO(result.stdout)))
        self.assertEqual(rows[0], ["document", "path", "segment", "page", "line", "from", "to", "pre",
                                   "keyword", "post", "code", "pattern"])
        for row in rows[1:]:
            self.assertTrue(row[2].startswith(row[0] + ":"), row)
        self.assertEqual([row[:2] + row[3:] for row in rows[1:]], ACTOR_ROWS)
        self.assertEqual(result.stderr, "")

    def test_table_aligns_the_keywords(self):
        # stockholm line 10: "Indikator(1): Antalet(2) ärenden som redovisas till åklagare."
        # (indikator*, antalet), three words of context.
        result = self.kwic("-c", MINI, "--code", "indicator", "--window", "3", plan("stockholm-handlingsplan"))
        self.assertEqual(result.stdout,
                         "document                 page  line  from  to         pre | keyword   | post\n"
                         "stockholm-handlingsplan     1    10     1   1             | Indikator | : Antalet ärenden som\n"
                         "stockholm-handlingsplan     1    10     2   2  Indikator: | Antalet   | ärenden som redovisas\n")

    def test_json_for_a_pattern_that_must_not_match_inside_a_compound(self):
        # prostitution* matches "prostitution" in stockholm's title (line 2, a
        # segment of its own below the issuer's line: "Regional handlingsplan mot(3)
        # prostitution(4) och människohandel 2020–2022") and in its list item, but
        # not "Barnprostitution" in vg-strategi, which only "*prostitution" finds.
        result = self.kwic("--pattern", "prostitution*", "--format", "json", PLANS)
        data = json.loads(result.stdout)
        self.assertEqual(data["codebook"], "pattern")
        self.assertEqual(data["pattern"], "prostitution*")
        self.assertEqual(data["window"], 5)
        self.assertEqual([(h["document"], h["line"], h["from"], h["to"], h["pre"], h["keyword"], h["post"])
                          for h in data["hits"]], [
            ("stockholm-handlingsplan", 2, 4, 4, "Regional handlingsplan mot", "prostitution",
             "och människohandel 2020–2022"),
            ("stockholm-handlingsplan", 12, 7, 7, "erbjuder stöd till personer i", "prostitution", ""),
        ])
        for hit in data["hits"]:
            self.assertEqual((hit["code"], hit["pattern"], hit["page"]), ("pattern", "prostitution*", 1))

        wider = json.loads(self.kwic("--pattern", "*prostitution", "-w", "2", "-f", "json",
                                     plan("vg-strategi")).stdout)
        self.assertEqual([(h["line"], h["from"], h["pre"], h["keyword"], h["post"]) for h in wider["hits"]],
                         [(4, 1, "", "Barnprostitution", "och människohandelsärenden")])

    def test_no_hits_is_not_an_error(self):
        result = self.kwic("--pattern", "sexköpslagen", PLANS)
        self.assertEqual(result.stdout, "")
        self.assertIn("no hits for pattern 'sexköpslagen' in 4 documents", result.stderr)

    def test_usage_errors(self):
        for args in ([PLANS], ["--code", "pmh", "--pattern", "mål", PLANS], ["--code", "pmh"],
                     ["--code", "pmh", "--format", "xml", PLANS], ["--code", "pmh", "--window", "-1", PLANS]):
            with self.subTest(args=args):
                result = self.kwic(*args, expect=2)
                self.assertTrue(result.stderr.strip())

    def test_unknown_code_suggests_the_closest(self):
        result = self.kwic("-c", MINI, "--code", "actr", PLANS, expect=2)
        self.assertIn("codebook 'mini' has no code 'actr'", result.stderr)
        self.assertIn("did you mean 'actor'?", result.stderr)

    def test_invalid_pattern_is_a_usage_error(self):
        result = self.kwic("--pattern", "**", PLANS, expect=2)
        self.assertIn("--pattern '**'", result.stderr)

    def test_missing_input_still_shows_the_others_and_exits_1(self):
        result = self.kwic("-c", MINI, "--code", "actor.police", "--format", "csv",
                           plan("orebro-lagesrapport"), plan("saknas"), expect=1)
        rows = list(csv.reader(io.StringIO(result.stdout)))
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[1][8], "Polismyndigheten")
        self.assertIn("saknas.txt", result.stderr)

    def test_help_documents_columns_and_examples(self):
        result = self.kwic("--help")
        for text in ("--code", "--pattern", "--window", "--format", "Examples:", "Exit codes:", "from and to"):
            self.assertIn(text, result.stdout)


if __name__ == "__main__":
    harness.main()
