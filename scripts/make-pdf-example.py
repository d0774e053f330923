#!/usr/bin/env python3
"""Writes examples/norrbotten-handlingsplan-2021-2023.pdf, an invented three-page
plan with a real text layer and a running footer, using the PDF writer of
tests/e2e/pdf_fixture.py. Run from anywhere:

    /usr/bin/python3 scripts/make-pdf-example.py
"""

import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "e2e"))
import pdf_fixture  # noqa: E402

OUTPUT = os.path.join(HERE, "..", "examples", "norrbotten-handlingsplan-2021-2023.pdf")
FOOTER = "Länsstyrelsen Norrbotten | Handlingsplan 2021–2023 | {page} ({pages})"
WIDTH = 88  # characters per line of 10 pt Helvetica on A4

# Each page is a list of blocks: ("h", heading), ("p", paragraph) or ("b", bullet).
# Paragraphs and bullets are wrapped, each "\n" starting a new line; a blank line
# follows every block.
PAGES = [
    [
        ("h", "Länsstyrelsen Norrbotten"),
        ("h", "HANDLINGSPLAN 2021–2023"),
        ("p", "mot prostitution och människohandel för sexuella ändamål i Norrbottens län"),
        ("h", "1. BAKGRUND"),
        ("p", "Norrbotten är till ytan Sveriges största län, med fjorton kommuner och långt mellan "
              "orterna. Länet gränsar till Finland och Norge och många reser över gränserna. "
              "Gruvorna, de stora industriprojekten och säsongsarbetet i turismen och "
              "bärplockningen gör att många bor i länet under kortare tider. Det skapar en "
              "efterfrågan som den som säljer andra människors kroppar kan utnyttja."),
        ("p", "Polisen i region Nord ser att annonserna om sexuella tjänster med Luleå, Kiruna och "
              "Gällivare som ort har blivit fler de senaste åren. Samtidigt är kunskapen om "
              "prostitution och människohandel ojämnt spridd bland länets kommuner, och "
              "socialtjänsten har svårt att upptäcka dem som utnyttjas."),
        ("p", "Planen är länsstyrelsens del av arbetet med den nationella strategin mot mäns våld "
              "mot kvinnor. Den följer strategins fyra målsättningar: förebyggande arbete, "
              "upptäckt, skydd och stöd, effektivare brottsbekämpning samt kunskap och "
              "metodutveckling."),
        ("h", "2. PROBLEMBESKRIVNING"),
        ("p", "De som utnyttjas i prostitution i länet är främst kvinnor, många födda utomlands och "
              "utan eget nätverk i Sverige. Ensamkommande barn och unga som själva har varit utsatta "
              "för våld löper särskild risk. Efterfrågan kommer nästan helt från män. I dag finns "
              "inget samlat stöd för den som vill lämna prostitution, och den som köper sex och vill "
              "sluta har ingenstans att vända sig i länet."),
    ],
    [
        ("h", "3. MÅL OCH AKTIVITETER"),
        ("p", "Mål 1: Efterfrågan på sexuella tjänster i länet ska minska."),
        ("b", "Aktivitet 1.1: En kampanj om sexköpslagen riktad till män, i samband med stora "
              "evenemang och under säsongen för gruv- och byggarbete."),
        ("p", "Ansvarig: Länsstyrelsen Norrbotten tillsammans med länets kommuner.\nIndikator: antal "
              "personer som kampanjen har nått och antal besök på kampanjens webbsida."),
        ("b", "Aktivitet 1.2: Samtalsstöd för personer som köper sexuella tjänster och vill ändra "
              "sitt beteende."),
        ("p", "Ansvarig: Region Norrbotten.\nIndikator: antal personer som fått samtalsstöd under "
              "året."),
        ("p", "Mål 2: Den som utsätts för prostitution eller människohandel ska upptäckas tidigt och "
              "få skydd och stöd."),
        ("b", "Aktivitet 2.1: Socialtjänsten, hälso- och sjukvården och ungdomsmottagningarna frågar "
              "rutinmässigt om erfarenhet av sex mot ersättning."),
        ("p", "Ansvarig: länets kommuner och Region Norrbotten.\nIndikator: andelen verksamheter som "
              "har en rutin för att ställa frågan."),
        ("b", "Aktivitet 2.2: Uppsökande arbete på nätet mot annonser om sexuella tjänster, med "
              "erbjudande om samtal och stöd."),
        ("p", "Ansvarig: socialtjänsten i Luleå kommun i samverkan med idéburen sektor.\nUppföljning "
              "sker i den regionala samverkansgruppen."),
    ],
    [
        ("p", "Mål 3: Fler sexköp och fall av människohandel ska utredas och leda till åtal."),
        ("b", "Aktivitet 3.1: Minst två insatsveckor mot sexköp per år, tillsammans med "
              "regionkoordinatorn för region Nord och Migrationsverket."),
        ("p", "Ansvarig: Polismyndigheten, polisregion Nord.\nIndikator: antal anmälda sexköp och antal "
              "ärenden om människohandel som har redovisats till åklagare."),
        ("p", "Mål 4: Yrkesverksamma i länet ska ha kunskap om prostitution och människohandel för "
              "sexuella ändamål."),
        ("b", "Aktivitet 4.1: Utbildningsdagar för socialtjänst, skola, polis och hälso- och "
              "sjukvård i alla fjorton kommuner."),
        ("p", "Ansvarig: Länsstyrelsen Norrbotten och regionkoordinatorn.\nIndikator: antal utbildade "
              "yrkesverksamma per kommun."),
        ("b", "Aktivitet 4.2: En kartläggning av omfattningen av prostitution i länet under 2022."),
        ("p", "Ansvarig: Länsstyrelsen Norrbotten."),
        ("h", "4. UPPFÖLJNING"),
        ("p", "Länsstyrelsen följer upp planen varje år i den regionala samverkansgruppen mot "
              "prostitution och människohandel, där Polismyndigheten, Åklagarmyndigheten, Region "
              "Norrbotten, Migrationsverket och kommunerna ingår. Resultatet redovisas till "
              "Jämställdhetsmyndigheten."),
    ],
]


def page_lines(blocks):
    lines = []
    for kind, text in blocks:
        if kind == "h":
            lines.append(text)
        elif kind == "b":
            lines += textwrap.wrap("• " + text, WIDTH, subsequent_indent="  ")
        else:
            for part in text.split("\n"):
                lines += textwrap.wrap(part, WIDTH)
        lines.append("")
    return lines


def main():
    pages = [page_lines(blocks) for blocks in PAGES]
    footers = [FOOTER.format(page=n, pages=len(PAGES)) for n in range(1, len(PAGES) + 1)]
    pdf_fixture.write_pdf(OUTPUT, pages, footers)
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
