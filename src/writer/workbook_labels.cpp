#include "goalchain/writer/workbook_labels.h"

#include <algorithm>
#include <array>

namespace goalchain::writer {
namespace {

struct Label {
  std::string_view key;
  std::string_view sv;
  std::string_view en;
};

constexpr std::array kLabels = {
    // Sheets.
    Label{"sheet.overview", "Översikt", "Overview"},
    Label{"sheet.chains", "Kedjor", "Chains"},
    Label{"sheet.segments", "Segment", "Segments"},
    Label{"sheet.codes", "Koder", "Codes"},
    Label{"sheet.questions", "Rapportens frågor", "Report questions"},
    Label{"sheet.county_code", "Län × kod", "County × code"},
    Label{"sheet.national_goals", "Nationella mål", "National goals"},
    Label{"sheet.completeness", "Fullständighet", "Completeness"},
    Label{"sheet.target_groups", "Målgrupper", "Target groups"},
    Label{"sheet.actors", "Aktörer", "Actors"},
    Label{"sheet.cooccurrence", "Samförekomst", "Co-occurrence"},
    Label{"sheet.charts", "Diagram", "Charts"},
    Label{"sheet.trend", "Trend", "Trend"},
    Label{"sheet.documents", "Dokument", "Documents"},
    Label{"sheet.codebook", "Kodbok", "Codebook"},
    Label{"sheet.run", "Körning", "Run"},
    // Report table columns.
    Label{"chain_id", "Kedje-id", "Chain id"},
    Label{"document", "Dokument", "Document"},
    Label{"county", "Län", "County"},
    Label{"section", "Avsnitt", "Section"},
    Label{"problem", "Problem", "Problem"},
    Label{"goal", "Mål", "Goal"},
    Label{"national_goals", "Nationella mål", "National goals"},
    Label{"activities", "Aktiviteter", "Activities"},
    Label{"indicators", "Indikatorer", "Indicators"},
    Label{"responsible", "Ansvariga", "Responsible"},
    Label{"follow_up", "Uppföljning", "Follow-up"},
    Label{"target_groups", "Målgrupper", "Target groups"},
    Label{"P", "P", "P"},
    Label{"G", "G", "G"},
    Label{"A", "A", "A"},
    Label{"I", "I", "I"},
    Label{"R", "R", "R"},
    Label{"score", "Poäng", "Score"},
    Label{"complete", "Komplett", "Complete"},
    Label{"flags", "Brister", "Gaps"},
    Label{"page", "Sida", "Page"},
    Label{"line", "Rad", "Line"},
    Label{"problem_link", "Problemets plats", "Problem link"},
    Label{"problem_link.section", "avsnittet", "section"},
    Label{"problem_link.plan", "planen", "plan"},
    Label{"problem_link_section", "Kedjor med problem i avsnittet", "Chains with a section problem"},
    Label{"problem_link_plan", "Kedjor med planens problem", "Chains with the plan's problem"},
    Label{"segment_id", "Segment-id", "Segment id"},
    Label{"kind", "Segmenttyp", "Kind"},
    Label{"last_line", "Radslut", "Last line"},
    Label{"text", "Text", "Text"},
    Label{"codes", "Koder", "Codes"},
    Label{"terms", "Träffade ord", "Matched words"},
    Label{"manual_codes", "Manuella koder", "Manual codes"},
    Label{"county_code", "Länskod", "County code"},
    Label{"documents", "Dokument", "Documents"},
    Label{"segments", "Segment", "Segments"},
    Label{"coded_segments", "Kodade segment", "Coded segments"},
    Label{"pmh_mentioned", "PMH nämns", "PMH mentioned"},
    Label{"pmh_segments", "PMH-segment", "PMH segments"},
    Label{"problem_description", "Problembeskrivning", "Problem description"},
    Label{"problem_covers_sex_buyers", "Problembeskrivning om sexköpare",
          "Problem covers sex buyers"},
    Label{"intersectional", "Intersektionell analys", "Intersectional analysis"},
    Label{"places", "Platser", "Places"},
    Label{"prevalence_mapping", "Kartläggning av omfattning", "Prevalence mapping"},
    Label{"cooperation_local", "Lokal samverkan", "Local cooperation"},
    Label{"cooperation_regional", "Regional samverkan", "Regional cooperation"},
    Label{"cooperation_between_counties", "Samverkan mellan län", "Cooperation between counties"},
    Label{"actors", "Aktörer", "Actors"},
    Label{"chains", "Kedjor", "Chains"},
    Label{"complete_chains", "Kompletta kedjor", "Complete chains"},
    Label{"incomplete_chains", "Ofullständiga kedjor", "Incomplete chains"},
    Label{"national_goal_1", "Mål 1 Förebyggande", "Goal 1 Prevention"},
    Label{"national_goal_2", "Mål 2 Upptäcka, skydda, stödja", "Goal 2 Detection, protection, support"},
    Label{"national_goal_3", "Mål 3 Brottsbekämpning", "Goal 3 Law enforcement"},
    Label{"national_goal_4", "Mål 4 Kunskap och metod", "Goal 4 Knowledge and methods"},
    // Workbook-only columns and values.
    Label{"field", "Uppgift", "Field"},
    Label{"value", "Värde", "Value"},
    Label{"type", "Typ", "Type"},
    Label{"period", "Period", "Period"},
    Label{"title", "Titel", "Title"},
    Label{"issuer", "Utfärdare", "Issuer"},
    Label{"label", "Fältetikett", "Field label"},
    Label{"file", "Fil", "File"},
    Label{"path", "Sökväg", "Path"},
    Label{"code", "Kod", "Code"},
    Label{"code_label", "Etikett", "Label"},
    Label{"label_sv", "Etikett (sv)", "Label (sv)"},
    Label{"label_en", "Etikett (en)", "Label (en)"},
    Label{"parent", "Överordnad kod", "Parent code"},
    Label{"description", "Beskrivning", "Description"},
    Label{"patterns", "Mönster", "Patterns"},
    Label{"rules", "Regler", "Rules"},
    Label{"hits", "Träffar", "Hits"},
    Label{"segments_with_children", "Segment inkl. underkoder", "Segments incl. subcodes"},
    Label{"total", "Totalt", "Total"},
    Label{"goals", "Mål", "Goals"},
    Label{"with_indicator_pct", "Med indikator %", "With indicator %"},
    Label{"with_responsible_pct", "Med ansvarig %", "With responsible %"},
    Label{"complete_pct", "Kompletta %", "Complete %"},
    Label{"gap", "Brist", "Gap"},
    Label{"trend_empty",
          "Inget län har dokument från mer än en period, så det finns ingen utveckling att visa.",
          "No county has documents from more than one period, so there is no trend to show."},
    Label{"sha256", "SHA-256", "SHA-256"},
    Label{"format", "Format", "Format"},
    Label{"encoding", "Teckenkodning", "Encoding"},
    Label{"yes", "ja", "yes"},
    Label{"no", "nej", "no"},
    Label{"unknown", "okänt (koden saknas i kodboken)", "unknown (the codebook lacks the code)"},
    Label{"none", "inga", "none"},
    Label{"unknown_short", "okänt", "unknown"},
    Label{"no_plan", "ingen plan", "no plan"},
    Label{"slug", "Filnamn", "File name"},
    Label{"has_plan", "Har plan", "Has a plan"},
    Label{"label", "Etikett", "Label"},
    Label{"target_groups_labels", "Målgrupper", "Target groups"},
    Label{"actors_labels", "Aktörer", "Actors"},
    Label{"at_line", "rad", "line"},
    Label{"place.internet", "internet", "internet"},
    Label{"place.street", "gatan", "street"},
    Label{"run.tool", "Verktyg", "Tool"},
    Label{"run.codebook", "Kodbok", "Codebook"},
    Label{"run.codebook_path", "Kodbokens sökväg", "Codebook path"},
    Label{"run.codebook_sha256", "Kodbokens SHA-256", "Codebook SHA-256"},
    Label{"run.timestamp", "Körd", "Run at"},
    Label{"run.option", "Inställning", "Option"},
    Label{"run.input", "Indata", "Input"},
    // Segment kinds (document::to_string).
    Label{"kind.heading", "rubrik", "heading"},
    Label{"kind.paragraph", "stycke", "paragraph"},
    Label{"kind.list_item", "listpunkt", "list item"},
    Label{"kind.footnote", "fotnot", "footnote"},
    Label{"kind.problem", "problem", "problem"},
    Label{"kind.goal", "mål", "goal"},
    Label{"kind.activity", "aktivitet", "activity"},
    Label{"kind.indicator", "indikator", "indicator"},
    Label{"kind.responsible", "ansvarig", "responsible"},
    Label{"kind.follow_up", "uppföljning", "follow-up"},
    // Flags.
    Label{"activity_without_goal", "aktivitet utan mål", "activity without goal"},
    Label{"goal_without_indicator", "mål utan indikator", "goal without indicator"},
    Label{"goal_without_responsible", "mål utan ansvarig", "goal without responsible actor"},
    Label{"vague_goal", "vagt mål", "vague goal"},
    Label{"follow_up_not_described", "uppföljning nämns men beskrivs inte",
          "follow-up named but not described"},
    // The agreement workbook (goalchain agree --xlsx); {} is a side's name.
    Label{"agree.sheet.summary", "Sammanfattning", "Summary"},
    Label{"agree.sheet.disagreements", "Oenigheter", "Disagreements"},
    Label{"agree.prevalence", "Förekomst {}", "Prevalence {}"},
    Label{"agree.both", "Båda", "Both"},
    Label{"agree.only", "Bara {}", "Only {}"},
    Label{"agree.neither", "Ingen", "Neither"},
    Label{"agree.agreement", "Överensstämmelse", "Agreement"},
    Label{"agree.kappa", "Kappa", "Kappa"},
    Label{"agree.kappa_band", "Kappaintervall", "Kappa band"},
    Label{"agree.alpha", "Alfa", "Alpha"},
    Label{"agree.precision", "Precision", "Precision"},
    Label{"agree.recall", "Täckning", "Recall"},
    Label{"agree.f1", "F1", "F1"},
    Label{"agree.undefined", "odefinierat", "undefined"},
    Label{"agree.macro", "makro", "macro"},
    Label{"agree.macro_means", "medelvärde över koderna där talet är definierat",
          "mean over the codes where the figure is defined"},
    Label{"agree.micro", "mikro", "micro"},
    Label{"agree.micro_means", "ur 2×2-tabellerna summerade över koderna",
          "from the 2×2 counts summed over the codes"},
    Label{"agree.unit", "Enhet", "Unit"},
    Label{"agree.line", "Rad", "Line"},
    Label{"agree.codes_of", "Koder {}", "Codes {}"},
    Label{"agree.patterns_fired", "Mönster som slog till", "Patterns that fired"},
};

const Label* find_label(std::string_view key) {
  const auto it = std::find_if(kLabels.begin(), kLabels.end(),
                               [&](const Label& l) { return l.key == key; });
  return it == kLabels.end() ? nullptr : &*it;
}

}  // namespace

std::optional<Language> parse_language(std::string_view name) {
  if (name == "sv") return Language::sv;
  if (name == "en") return Language::en;
  return std::nullopt;
}

std::string label(std::string_view key, Language language) {
  const Label* found = find_label(key);
  if (found == nullptr) return std::string(key);
  return std::string(language == Language::sv ? found->sv : found->en);
}

bool has_label(std::string_view key) { return find_label(key) != nullptr; }

}  // namespace goalchain::writer
