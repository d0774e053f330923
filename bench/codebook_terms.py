#!/usr/bin/python3
"""Prints the literal terms of a goalchain codebook, one per line, for the
baselines of bench/run.sh: every keyword (and rule pattern) as written, lower
case, with '*' wildcards at the ends of words stripped. Patterns that cannot
be written as a literal (regexes, '?' or '*' inside a word) are left out.

    /usr/bin/python3 bench/codebook_terms.py codebooks/pmh-sv.yaml > terms.txt
"""

import sys

import yaml  # Debian's python3-yaml


def patterns_in(node):
    """Every pattern string under a keywords list or rule node."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from patterns_in(item)
    elif isinstance(node, dict):
        for key in ("pattern", "word", "phrase", "text"):
            if isinstance(node.get(key), str):
                yield node[key]
                return
        if "regex" in node:
            return
        for key in ("all", "any", "near", "terms", "not", "keywords"):
            if key in node:
                yield from patterns_in(node[key])


def literal(pattern):
    if pattern.startswith("regex:"):
        return None
    words = []
    for word in pattern.lower().split():
        word = word.strip("*")
        if not word or "*" in word or "?" in word:
            return None
        words.append(word)
    return " ".join(words) if words else None


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        book = yaml.safe_load(f)
    terms = set()

    def walk(codes):
        for code in codes or []:
            for key in ("keywords", "rules", "not"):
                for pattern in patterns_in(code.get(key)):
                    term = literal(pattern)
                    if term:
                        terms.add(term)
            walk(code.get("children"))

    walk(book.get("codes"))
    for term in sorted(terms):
        print(term)


if __name__ == "__main__":
    main()
