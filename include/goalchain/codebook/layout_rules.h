// What a codebook's `layout:` section says about how documents in its language
// are laid out: the words that name sections, titles, issuers and references.
// The document stage's mechanisms (numbering, capitals, line shape, blank
// space) work without any of it; these words only add evidence.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::codebook {

// The words that name one type of document in titles and file names: a
// document is of `type` when a word of its file name, else of its title, else
// of its text is one of `words` (after any compound prefix: "länsstrategi")
// with one of `endings` ("strategin", "strategier"). A word of several parts
// ("action plan") matches those words in a row, the endings on the last.
struct DocumentTypeWords {
  std::string type;                  // one of document_type_ids(): "handlingsplan"
  std::vector<std::string> words;    // "handlingsplan", "åtgärdsplan"
  std::vector<std::string> endings;  // "", "en", "er"; [""] when not given
  int line = 0;                      // where the type is given; 0 when not read from a file
  int column = 0;
};

// The document types results.json's `type` can hold besides "annat" (the
// values of document::DocumentType): the keys `layout: document_types:` may use.
const std::vector<std::string>& document_type_ids();

struct LayoutRules {
  // Words that open a section heading: "Bakgrund", "Mål", "Insatser". A short
  // line whose first word is one of them is a heading even when text follows
  // on the next line with no blank line between.
  std::vector<std::string> section_words;
  // Words that name a kind of document: "handlingsplan", "strategi",
  // "rapport". A heading in the first lines that holds one (also as the tail of
  // a compound: "länsstrategi") is the document's title.
  std::vector<std::string> title_words;
  // Forms of the body that issued a document, '*' standing for one or more
  // words or, inside a word, for its beginning: "Länsstyrelsen *", "Region *",
  // "* kommun", "*departementet". A short line in the first lines of that
  // form is the issuer.
  std::vector<std::string> issuer_forms;
  // Abbreviations before a reference whose numbers are not years: "Skr.",
  // "prop.", "SOU", "dnr", "SFS".
  std::vector<std::string> reference_abbreviations;
  // Headings of a contents page: "Innehåll", "Innehållsförteckning".
  std::vector<std::string> contents_headings;
  // Words before a chapter number: "Kapitel 2", "Del 3". The line is a
  // numbered heading of level 1.
  std::vector<std::string> chapter_words;
  // The language's most frequent words ("och", "att", "som" / "the", "and",
  // "of"): a document in which they are rare gets a warning that it is not in
  // the codebook's language.
  std::vector<std::string> common_words;
  // Modal verbs of obligation ("ska", "skall", "shall", "will"): a short line
  // ending in one and ':' ("Länsstyrelsen ska:") leads the list under it as a
  // sentence the chain finder reads, and is no field label ("Aktiviteter:").
  std::vector<std::string> lead_in_words;
  // Words a unit of text never ends with ("och", "i", "med", "för"; "and",
  // "of", "with"): a line of a table's cell that ends in one goes on in the
  // next line even when that starts with a capital ("Sexköpen i" /
  // "Sundsvall ska minska.").
  std::vector<std::string> continuation_words;
  // Words before which a hyphen at a line's end hangs, keeping its space:
  // "hälso-" / "och sjukvård" is "hälso- och sjukvård" ("och", "eller",
  // "samt"; "and", "or"), written without a final period ("resp").
  std::vector<std::string> hanging_hyphen_words;
  // Lower-case words written with a hyphen before the next part ("hbtq",
  // "sms"; "lgbt", "anti"): "hbtq-" / "personer" keeps its hyphen,
  // "hbtq-personer", where "människo-" / "handel" loses it.
  std::vector<std::string> hyphen_prefixes;
  // How titles and file names name each type of document, in the order they
  // are tried on each word.
  std::vector<DocumentTypeWords> document_types;
  // Abbreviations after whose period a sentence goes on ("t.ex.", "bl.a.",
  // "e.g."), as written; case and the last period do not matter.
  std::vector<std::string> sentence_abbreviations;
  // Questions a plan heads the parts of a goal with, each with the field label
  // it stands for ("What we will do" → "Actions", "Vem ansvarar?" → "Ansvar"):
  // a line of the question alone (its '?' or ':' optional) heads the lines
  // below it as that label alone would.
  std::vector<std::pair<std::string, std::string>> question_labels;

  bool empty() const {
    return section_words.empty() && title_words.empty() && issuer_forms.empty() &&
           reference_abbreviations.empty() && contents_headings.empty() && chapter_words.empty() &&
           common_words.empty() && lead_in_words.empty() && continuation_words.empty() &&
           hanging_hyphen_words.empty() && hyphen_prefixes.empty() && document_types.empty() &&
           sentence_abbreviations.empty() && question_labels.empty();
  }
};

// The `layout:` section of the codebook text `yaml_text`, or nullopt when the
// codebook has none. Throws util::DiagnosticError with every problem of the
// section (parse_codebook reports the same ones).
std::optional<LayoutRules> parse_layout_rules(std::string_view yaml_text, std::string path);

// `rules` with the document types, sentence abbreviations, hanging-hyphen
// words and hyphen prefixes it lacks taken from `shipped` (the shipped
// codebook's layout): a codebook written before they were data reads
// documents as it did.
LayoutRules fill_layout_rules(LayoutRules rules, const LayoutRules& shipped);

}  // namespace goalchain::codebook
