#!/usr/bin/python3
"""The analyst's baseline: lower-case each document and count where any of the
terms starts a word, with an Aho-Corasick automaton (Debian's
python3-ahocorasick).

    /usr/bin/python3 bench/count_terms_ahocorasick.py TERMS FILE_OR_DIR...
"""

import os
import sys

import ahocorasick


def files_under(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith(".txt"):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    automaton = ahocorasick.Automaton()
    with open(sys.argv[1], encoding="utf-8") as f:
        for term in (line.strip().lower() for line in f):
            if term:
                automaton.add_word(term, len(term))
    automaton.make_automaton()

    total = 0
    size = 0
    for path in files_under(sys.argv[2:]):
        with open(path, encoding="utf-8") as f:
            text = f.read().lower()
        size += len(text)
        for end, length in automaton.iter(text):
            start = end - length + 1
            if start == 0 or not text[start - 1].isalnum():
                total += 1
    print(f"{total} matches in {size} characters")


if __name__ == "__main__":
    main()
