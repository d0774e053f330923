#!/usr/bin/python3
"""Writes a deterministic corpus of Swedish plan-like text for the benchmarks.

    /usr/bin/python3 bench/generate_corpus.py [--out bench/corpus] [--megabytes 110] [--seed 2021]

Files of 50-500 KB named after the 21 counties ("stockholm-handlingsplan-2020-2022-007.txt"),
each a county board's strategy, action plan, status report or final report:
numbered headings, paragraphs of general prose and of PMH goals, activities,
indicators and responsibilities, bullet lists, form feeds between pages with a
running footer. The same arguments always give the same bytes.
"""

import argparse
import os
import random
import sys

COUNTIES = [
    # slug, "X län" genitive, name
    ("stockholm", "Stockholms", "Stockholm"), ("uppsala", "Uppsala", "Uppsala"),
    ("sodermanland", "Södermanlands", "Södermanland"), ("ostergotland", "Östergötlands", "Östergötland"),
    ("jonkoping", "Jönköpings", "Jönköping"), ("kronoberg", "Kronobergs", "Kronoberg"),
    ("kalmar", "Kalmar", "Kalmar"), ("gotland", "Gotlands", "Gotland"), ("blekinge", "Blekinge", "Blekinge"),
    ("skane", "Skåne", "Skåne"), ("halland", "Hallands", "Halland"),
    ("vastra-gotaland", "Västra Götalands", "Västra Götaland"), ("varmland", "Värmlands", "Värmland"),
    ("orebro", "Örebro", "Örebro"), ("vastmanland", "Västmanlands", "Västmanland"),
    ("dalarna", "Dalarnas", "Dalarna"), ("gavleborg", "Gävleborgs", "Gävleborg"),
    ("vasternorrland", "Västernorrlands", "Västernorrland"), ("jamtland", "Jämtlands", "Jämtland"),
    ("vasterbotten", "Västerbottens", "Västerbotten"), ("norrbotten", "Norrbottens", "Norrbotten"),
]

DOCUMENT_TYPES = [
    ("handlingsplan", "Handlingsplan mot prostitution och människohandel för sexuella ändamål"),
    ("regional-strategi", "Regional strategi mot mäns våld mot kvinnor"),
    ("lagesrapport", "Lägesrapport om arbetet mot prostitution och människohandel"),
    ("slutredovisning", "Slutredovisning av uppdraget att motverka prostitution och människohandel"),
]

ACTORS = [
    "Polismyndigheten", "polisen", "Åklagarmyndigheten", "socialtjänsten", "kommunerna", "Region {county}",
    "hälso- och sjukvården", "elevhälsan", "skolan", "Migrationsverket", "länsstyrelsen",
    "regionkoordinatorn mot prostitution och människohandel", "den idéburna sektorn", "Kriminalvården",
    "ungdomsmottagningarna", "Mikamottagningen", "KAST-verksamheten", "kvinnojourerna", "Arbetsförmedlingen",
    "Statens institutionsstyrelse", "Jämställdhetsmyndigheten", "Barnahus", "tjejjourerna",
]
TARGETS = [
    "kvinnor", "flickor", "barn och unga", "unga vuxna", "män och pojkar", "hbtq-personer", "sexköpare",
    "ensamkommande barn", "utsatta EU/EES-medborgare", "personer med funktionsnedsättning",
    "personer med missbruk", "kvinnor i fängelse", "unga på institution", "personer som säljer sex",
    "nyanlända kvinnor", "personer i prostitution",
]
GOALS = [
    "Ett effektivt förebyggande arbete mot köp av sexuella tjänster ska finnas i hela länet",
    "Fler utsatta för människohandel för sexuella ändamål ska upptäckas och erbjudas skydd och stöd",
    "Brottsbekämpningen mot sexköp och koppleri ska bli effektivare",
    "Kunskapen om prostitution och människohandel ska öka bland yrkesverksamma",
    "Samverkan mellan myndigheter mot människohandel ska stärkas",
    "Attityderna till sexköp bland unga män ska förändras",
    "Stödet till personer som vill lämna prostitution ska vara likvärdigt i länets kommuner",
    "Omfattningen av prostitution i länet ska vara känd",
    "Metodutvecklingen inom socialtjänsten ska ge fler rutiner för att ställa frågor om sex mot ersättning",
    "Mäns och pojkars våld mot kvinnor och flickor ska förebyggas",
    "Ingen ska utsättas för sexuell exploatering",
    "Barn och unga som säljer sex ska få tidigt stöd",
]
ACTIVITIES = [
    "genomföra en utbildning om människohandel för {target}",
    "hålla en föreläsning för personal inom {actor} om sexköp",
    "anordna en insatsvecka mot köp av sexuella tjänster tillsammans med {actor}",
    "genomföra en omfattningskartläggning av prostitution i länet",
    "erbjuda samtalsstöd till {target}",
    "bedriva uppsökande arbete på internet och i hotellmiljöer",
    "ta fram rutiner och metodstöd för {actor}",
    "sprida en kampanj riktad till {target}",
    "fördela utvecklingsmedel till kommuner och idéburna organisationer",
    "utbilda hotell- och restaurangpersonal i att upptäcka människohandel",
    "inrätta ett regionalt nätverk mot prostitution och människohandel",
    "genomföra dialogmöten med {actor} om sexuell exploatering",
    "ta fram en handbok om att ställa frågor om våld och sex mot ersättning",
    "erbjuda skyddat boende för {target}",
]
INDICATORS = [
    "antalet anmälda brott om köp av sexuell tjänst",
    "antalet ärenden som redovisas till åklagare",
    "antalet yrkesverksamma som deltagit i utbildning",
    "andelen kommuner med rutiner för att ställa frågor om sex mot ersättning",
    "antalet personer som fått samtalsstöd",
    "antalet identifierade offer för människohandel",
    "andelen unga som uppger att de köpt sex",
    "antalet genomförda insatsveckor",
    "antalet kontakter med stödverksamheten",
    "resultatet av en enkät till länets kommuner",
]
PROSE = [
    "Arbetet bedrivs inom ramen för länsstyrelsens uppdrag att samordna arbetet mot mäns våld mot kvinnor.",
    "Länet präglas av stora avstånd och många små kommuner, vilket påverkar hur insatser kan organiseras.",
    "Under året har flera kommuner rapporterat svårigheter att rekrytera personal med rätt kompetens.",
    "Befolkningen har ökat något under perioden och andelen unga är högre än i riket som helhet.",
    "Planen har tagits fram i dialog med kommuner, region, myndigheter och civilsamhälle.",
    "Det finns ett stort mörkertal och kunskapen om omfattningen är begränsad.",
    "Pandemin försvårade genomförandet av fysiska möten och flera aktiviteter fick skjutas upp.",
    "Uppföljningen sker årligen och redovisas till styrgruppen i samband med verksamhetsplaneringen.",
    "Resurserna är begränsade och prioriteringar har därför varit nödvändiga.",
    "Arbetet ska utgå från ett barnrättsperspektiv och ett jämställdhetsperspektiv.",
    "Erfarenheterna från tidigare år visar att långsiktighet är avgörande för resultaten.",
    "Många verksamheter efterfrågar stöd i hur de ska ställa frågor om våld.",
    "Samverkan fungerar väl i vissa delar av länet men behöver utvecklas i andra.",
    "Länsstyrelsen har under perioden haft en samordnare på heltid för området.",
    "Budgeten för insatserna fastställs av regeringen i regleringsbrevet.",
    "Statistik från Brottsförebyggande rådet visar att antalet anmälningar varierar mellan åren.",
    "En enkät skickades till samtliga kommuner och svarsfrekvensen var hög.",
    "Det behövs mer kunskap om hur digitala plattformar används för att köpa och sälja sex.",
    "Frågorna har också lyfts i det regionala folkhälsoarbetet och i skolans värdegrundsarbete.",
    "Nätverket har träffats fyra gånger per år, varav två gånger digitalt.",
]
WORDS = (
    "och att det som en på är av för med till den har de inte om ett ska sig men var vi så från vid kan "
    "även under inom mellan genom efter utan mot hela flera olika andra nya stora viktiga behov arbete "
    "verksamhet utveckling samarbete region kommun länet året perioden planen frågor stöd insatser resultat "
    "personal kompetens uppdrag ansvar samordning dialog nätverk möten rutiner metoder kunskap erfarenheter "
    "underlag rapport analys uppföljning utvärdering budget medel ekonomi organisation ledning styrning "
    "invånare befolkning landsbygd tätort avstånd tillgänglighet likvärdighet kvalitet effektivitet "
    "långsiktighet prioritering förutsättningar möjligheter utmaningar svårigheter framgångar lärdomar "
    "beskriver visar innebär påverkar bidrar förbättrar stärker utvecklar genomför följer redovisar "
    "behöver fungerar saknas finns krävs gäller omfattar ingår berör handlar"
).split()


def upper_first(text):
    return text[:1].upper() + text[1:]


def shorten(text, limit):
    """`text` cut after the last whole word within `limit` characters."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0]


class Writer:
    def __init__(self, rng, county, doc_type, years):
        self.rng = rng
        self.county = county
        self.doc_type = doc_type
        self.years = years
        self.parts = []
        self.size = 0
        self.page_lines = 0
        self.page = 1

    def add(self, text):
        self.parts.append(text)
        self.size += len(text.encode("utf-8"))
        self.page_lines += text.count("\n")
        if self.page_lines > 55:
            self.page_lines = 0
            footer = f"Länsstyrelsen {self.county[2]} | {self.doc_type[1]} {self.years} | Sida {self.page}"
            self.page += 1
            self.parts.append(f"\n{footer}\n\f")
            self.size += len(footer.encode("utf-8")) + 3

    def fill(self, template):
        return template.format(actor=self.rng.choice(ACTORS).format(county=self.county[2]),
                               target=self.rng.choice(TARGETS), county=self.county[2])

    def prose_sentence(self):
        if self.rng.random() < 0.45:
            return self.rng.choice(PROSE)
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(6, 18))]
        return upper_first(words[0]) + " " + " ".join(words[1:]) + "."

    def domain_sentence(self):
        kind = self.rng.randrange(6)
        if kind == 0:
            return f"Mål: {self.rng.choice(GOALS)}."
        if kind == 1:
            actor = self.rng.choice(ACTORS).format(county=self.county[2])
            return f"{upper_first(actor)} ska {self.fill(self.rng.choice(ACTIVITIES))}."
        if kind == 2:
            return f"Indikator: {upper_first(self.rng.choice(INDICATORS))} följs upp årligen."
        if kind == 3:
            actor = self.rng.choice(ACTORS).format(county=self.county[2])
            return f"Ansvarig: {actor}. Uppföljning sker genom {self.rng.choice(INDICATORS)}."
        if kind == 4:
            return (f"Målgruppen är {self.rng.choice(TARGETS)} och {self.rng.choice(TARGETS)}, "
                    f"som riskerar att utsättas för prostitution och människohandel.")
        return (f"Under {self.years.split('–')[0]} genomfördes {self.rng.randint(2, 40)} aktiviteter, "
                f"bland annat att {self.fill(self.rng.choice(ACTIVITIES))}.")

    def paragraph(self):
        sentences = []
        for _ in range(self.rng.randint(2, 7)):
            domain = self.rng.random() < 0.4
            sentences.append(self.domain_sentence() if domain else self.prose_sentence())
        # Wrap at about 90 characters, as text extracted from a PDF is.
        lines, line = [], ""
        for word in " ".join(sentences).split(" "):
            if line and len(line) + 1 + len(word) > 90:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        return "\n".join(lines) + "\n\n"

    def bullet_list(self):
        items = []
        for _ in range(self.rng.randint(3, 8)):
            items.append("• " + upper_first(self.fill(self.rng.choice(ACTIVITIES))) + ".")
        return "\n".join(items) + "\n\n"

    def write(self, target_bytes):
        self.add(f"Länsstyrelsen i {self.county[1]} län\n{self.doc_type[1]} {self.years}\n\n")
        section = 0
        while self.size < target_bytes:
            section += 1
            heading = self.rng.choice(["Bakgrund", "Mål och insatser", "Uppföljning", "Målgrupper",
                                       "Samverkan", "Problembeskrivning", "Ansvar och organisation",
                                       "Resultat", "Kunskapsläge", "Aktiviteter"])
            self.add(f"{section}. {heading.upper()}\n\n")
            for sub in range(1, self.rng.randint(2, 5)):
                self.add(f"{section}.{sub} {shorten(self.rng.choice(GOALS), 60)}\n\n")
                for _ in range(self.rng.randint(2, 6)):
                    self.add(self.bullet_list() if self.rng.random() < 0.2 else self.paragraph())
        return "".join(self.parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus"))
    parser.add_argument("--megabytes", type=float, default=110.0, help="total size in 10^6 bytes")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    stamp = os.path.join(args.out, ".complete")
    for name in os.listdir(args.out):  # a corpus is written whole or not at all
        if name.endswith(".txt") or name == ".complete":
            os.remove(os.path.join(args.out, name))
    total, target, index = 0, int(args.megabytes * 1_000_000), 0
    while total < target:
        index += 1
        county = COUNTIES[(index - 1) % len(COUNTIES)]
        doc_type = rng.choice(DOCUMENT_TYPES)
        start = rng.randint(2015, 2021)
        years = f"{start}–{start + rng.randint(1, 3)}"
        size = min(rng.randint(50_000, 500_000), max(50_000, target - total))
        text = Writer(rng, county, doc_type, years).write(size)
        name = f"{county[0]}-{doc_type[0]}-{years.replace('–', '-')}-{index:03d}.txt"
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(f"seed {args.seed} megabytes {args.megabytes} files {index} bytes {total}\n")
    print(f"generate_corpus.py: wrote {index} files, {total / 1e6:.1f} MB, to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
