#!/usr/bin/env python3
"""Writes one plan of N blocks that piles up the structures the chain finder
links across a document: a problem section, then N numbered goals in one
section (with activities, responsibility and indicator labels, goals in prose
and visions), then an activities section whose items name goals far away
("För att nå mål N ska länsstyrelsen:", "(mål 1 och 7)", "[mål 7]"), with
whole-plan responsibility, tables side by side in layout mode and page
footers. bench/plan_scaling.sh times goalchain on 1, 2, 4 and 8 times the
blocks: work per document must grow in proportion to its size.

    generate_adversarial_plan.py BLOCKS OUT.txt
"""

import sys


def goal(i):
    return f"""Mål {i}: Efterfrågan på sexuella tjänster i område {i} ska minska.
Aktivitet {i}.1 Polisen genomför en insatsvecka mot sexköp i område {i}.
Ansvarig part: Polisen i samverkan med kommunen
Mätetal: antal anmälda sexköp i område {i}

Det andra målet är att unga i område {i} inte ska utnyttjas sexuellt mot ersättning.
Visionen är ett område {i} där ingen utnyttjas i prostitution.

"""


def reference(i, blocks):
    far = (i * 7919) % blocks + 1
    return f"""För att nå mål {far} ska länsstyrelsen:
- samla och sprida kunskap om exploatering i område {i}
- utbilda socialtjänsten om sexköpslagen
a) anordna en utbildningsdag om prostitution och människohandel (mål {i} och {far})
b) ta fram en rutin vid misstanke om människohandel [mål {far}] Ansvar: Länsstyrelsen
Uppdraget ska genomföras i samverkan med Polisen och Region {i}.

Åtgärd                      Ansvar              Klart
Erbjuda stödsamtal till     Socialtjänsten      {2026 + i % 3}
unga i område {i}
Handlingsplan mot prostitution och människohandel        Sida {i}

"""


def problem(i):
    return f"""Fler unga än tidigare säljer sex i område {i}, enligt kartläggningen {2000 + i % 25}.

"""


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    blocks = int(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("Handlingsplan mot prostitution och människohandel 2026–2028\n\n")
        out.write("1. Så ser det ut\n")
        for i in range(1, blocks + 1):
            out.write(problem(i))
        out.write("2. Mål\n")
        for i in range(1, blocks + 1):
            out.write(goal(i))
        out.write("3. Aktiviteter\n")
        for i in range(1, blocks + 1):
            out.write(reference(i, blocks))


if __name__ == "__main__":
    main()
