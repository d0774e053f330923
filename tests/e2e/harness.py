"""Shared setup for the end-to-end tests: run the real goalchain binary and
read back what it wrote.

Every test module is run by ctest as
    /usr/bin/python3 tests/e2e/test_X.py --binary B --source-dir S --work-dir W
and exits 77 (skipped) when a precondition it needs is absent.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import unittest

SKIP = 77

_parser = argparse.ArgumentParser()
_parser.add_argument("--binary", required=True)
_parser.add_argument("--source-dir", required=True)
_parser.add_argument("--work-dir", required=True)
ARGS, _rest = _parser.parse_known_args()

BINARY = os.path.abspath(ARGS.binary)
SOURCE_DIR = os.path.abspath(ARGS.source_dir)
WORK_DIR = os.path.abspath(ARGS.work_dir)
DATA_DIR = os.path.join(SOURCE_DIR, "tests", "data")
EXAMPLES_DIR = os.path.join(SOURCE_DIR, "examples")
SHARED_DIR = os.path.join(os.path.dirname(SOURCE_DIR), "shared")


def fresh_dir(name):
    """An empty folder under the test's work dir."""
    path = os.path.join(WORK_DIR, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def codebook_with(name, extra):
    """tests/data/codebooks/mini.yaml with the YAML `extra` (sections such as
    counties: or labels:) appended, written to a fresh folder `name`."""
    with open(os.path.join(DATA_DIR, "codebooks", "mini.yaml"), encoding="utf-8") as f:
        text = f.read()
    path = os.path.join(fresh_dir(name), "codebook.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + extra)
    return path


def run_goalchain(*args, cwd=None, env=None):
    """Runs the binary; returns CompletedProcess with text stdout/stderr."""
    return subprocess.run([BINARY, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=240)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def piece_text(document, piece):
    """The words of one piece of a format 3 chain element: [segment, start,
    end] is a character range of that segment's text; [segment, "words"]
    spells them out."""
    if isinstance(piece[1], str):
        return piece[1]
    segment, start, end = piece
    return document["segments"][segment]["text"][start:end]


def element_text(document, element):
    """The words of a format 3 chain element: its pieces' words joined with a
    space (docs/results-json.md)."""
    return " ".join(piece_text(document, piece) for piece in element)


def segment_codes(segment, codebook, terms=None):
    """A format 3 segment's codes as {code id: [terms]}, in the order of the
    codes' first hits (or as listed, under --evidence codes, where `terms` is
    the document's list of terms)."""
    if "codes" in segment:
        return {codebook["codes"][code]["id"]: [terms[t] for t in words]
                for code, *words in segment["codes"]}
    codes = {}
    for pattern, start, end in segment.get("hits", []):
        words = codes.setdefault(codebook["patterns"][pattern]["code"], [])
        if segment["text"][start:end] not in words:
            words.append(segment["text"][start:end])
    return codes


def resolve_document(document, codebook):
    """A format 3 document (of results.json or a results.jsonl line) with its
    references resolved into the fields format 2 spelled out, in place: each
    segment's id, kind, last_line, section path, codes with terms (and hits)
    and manual_codes; each chain's id, section path, elements as {text,
    segment, page, line[, parts]}, responsible with label, raw and line,
    evidence with term and line, and elements. Returns the document."""
    sections = document["sections"]
    segments = document["segments"]
    for n, segment in enumerate(segments):
        segment.setdefault("id", f"{document['id']}:{n + 1}")
        segment.setdefault("kind", "paragraph")
        segment.setdefault("last_line", segment["line"])
        segment["section"] = sections[segment["section"]]
        segment.setdefault("manual_codes", [])
    labels = {code["id"]: code["label"] for code in codebook["codes"]}
    for segment in segments:
        if isinstance(segment.get("parent"), int):
            segment["parent"] = segments[segment["parent"]]["id"]
        hits = segment.pop("hits", None)
        codes = segment_codes({**segment, "hits": hits or []}, codebook, document.get("terms"))
        segment["codes"] = [{"code": code, "terms": terms} for code, terms in codes.items()]
        if hits is not None or "terms" not in document:
            for code in segment["codes"]:
                code["hits"] = [hit for hit in hits or []
                                if codebook["patterns"][hit[0]]["code"] == code["code"]]

    def place(piece):
        segment = segments[piece[0]] if piece[0] is not None else {"id": None, "page": None,
                                                                   "line": None}
        return {"text": piece_text(document, piece), "segment": segment["id"],
                "page": segment["page"], "line": segment["line"]}

    def element(pieces):
        if pieces is None:
            return None
        out = place(pieces[0])
        if len(pieces) > 1:
            out["parts"] = [place(piece) for piece in pieces]
            out["text"] = element_text(document, pieces)
        return out

    for n, chain in enumerate(document["chains"]):
        chain["id"] = f"{document['id']}:chain-{n + 1}"
        chain["section"] = sections[chain["section"]]
        for key in ("problem", "goal", "follow_up"):
            chain[key] = element(chain.get(key))
        for key in ("activities", "indicators"):
            chain[key] = [element(pieces) for pieces in chain.get(key, [])]
        chain["responsible"] = [
            {"code": code, "label": labels.get(code), "raw": place(ref)["text"],
             "segment": place(ref)["segment"], "line": place(ref)["line"]}
            for code, *ref in chain.get("responsible", [])]
        chain["evidence"] = [
            {"code": code, "term": place(ref)["text"], "segment": place(ref)["segment"],
             "line": place(ref)["line"]}
            for code, *ref in chain.get("evidence", [])]
        for key in ("national_goals", "target_groups", "flags"):
            chain.setdefault(key, [])
        chain.setdefault("problem_link", "")
        chain["elements"] = {"problem": chain["problem"] is not None,
                             "goal": chain["goal"] is not None,
                             "activity": bool(chain["activities"]),
                             "indicator": bool(chain["indicators"]),
                             "responsibility": bool(chain["responsible"])}
    return document


def resolve_results(results):
    """results.json (format 3) with every document resolved (resolve_document)."""
    for document in results["documents"]:
        resolve_document(document, results["codebook"])
    return results


def load_results(path):
    """A results.json read and resolved: what tests of chains and segments read."""
    return resolve_results(load_json(path))


def load_workbook(path):
    import openpyxl  # Debian's python3-openpyxl, seen by /usr/bin/python3
    return openpyxl.load_workbook(path)


def sheet_rows(sheet):
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def main():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("openpyxl is missing: run scripts/setup-debian.sh (python3-openpyxl) "
              "and use /usr/bin/python3", file=sys.stderr)
        sys.exit(1)
    os.makedirs(WORK_DIR, exist_ok=True)
    unittest.main(argv=[sys.argv[0], *_rest], verbosity=2)
