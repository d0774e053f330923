#include "goalchain/document/document_metadata.h"

#include "goalchain/document/county.h"
#include "goalchain/document/metadata.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace goalchain::document {
namespace {

constexpr int kDominance = 2;  // a county counts when named more than this many times as often
constexpr std::size_t kMinWordsForLanguage = 100;
constexpr std::size_t kCommonWordShare = 50;  // one word in this many

std::string replace_chars(std::string_view s, std::string_view from, char to) {
  std::string out(s);
  for (char& c : out) {
    if (from.find(c) != std::string_view::npos) c = to;
  }
  return out;
}

// The county named in the title or issuer line, if exactly one is.
const County* county_in_names(std::string_view title, std::string_view issuer) {
  const std::string names = std::string(issuer) + "\n" + std::string(title);
  const auto counts = count_county_mentions(names);
  return counts.size() == 1 ? counts.front().county : nullptr;
}

struct TextCounty {
  const County* county = nullptr;
  std::vector<const County*> rivals;  // counties named about as often, when none dominates
};

// The county the rest of the text is about: named more than twice as often
// as any other, strong mentions first.
TextCounty county_in_body(std::string_view body) {
  const auto counts = count_county_mentions(body);
  TextCounty result;
  for (const bool strong : {true, false}) {
    const auto count = [&](const CountyMentions& c) { return strong ? c.strong : c.all; };
    std::vector<CountyMentions> named;
    std::copy_if(counts.begin(), counts.end(), std::back_inserter(named),
                 [&](const CountyMentions& c) { return count(c) > 0; });
    if (named.empty()) continue;
    std::stable_sort(named.begin(), named.end(),
                     [&](const CountyMentions& a, const CountyMentions& b) { return count(a) > count(b); });
    if (named.size() == 1 || count(named[0]) > kDominance * count(named[1])) {
      result.county = named[0].county;
      return result;
    }
    for (const auto& c : named) {
      if (kDominance * count(c) >= count(named[0])) result.rivals.push_back(c.county);
    }
    return result;
  }
  return result;
}

void warn(Document& document, std::string field, std::string message) {
  document.warnings.push_back({std::move(field), std::move(message)});
}

void decide_county(Document& document, const MetadataSources& sources, std::string_view file_name) {
  const County* from_file = detect_county_in_file_name(file_name);
  const County* from_names = county_in_names(sources.title, sources.issuer);
  const TextCounty from_body = from_names ? TextCounty{} : county_in_body(sources.body);
  const County* from_text = from_names ? from_names : from_body.county;
  if (from_file) {
    document.county = from_file;
    if (from_text && from_text != from_file) {
      warn(document, "county",
           fmt::format("the file name says {}, the {} says {}; using {} from the file name",
                       from_file->name, from_names ? "title" : "text", from_text->name, from_file->name));
    }
    return;
  }
  document.county = from_text;
  if (from_text == nullptr && !from_body.rivals.empty()) {
    std::string names;
    for (const County* c : from_body.rivals) names += (names.empty() ? "" : ", ") + std::string(c->name);
    warn(document, "county",
         fmt::format("the text names several counties ({}) and none in its title or file name; "
                     "it is reported under \"{}\"",
                     names, unknown_county().name));
  }
}

void decide_type(Document& document, const MetadataSources& sources, std::string_view name_words,
                 const codebook::LayoutRules& rules) {
  const auto from_file = detect_document_type(name_words, rules);
  auto from_title = detect_document_type(sources.title, rules);
  if (from_file) {
    document.type = *from_file;
    if (from_title && from_title != from_file) {
      warn(document, "type",
           fmt::format("the file name says {}, the title {}; using {} from the file name",
                       to_string(*from_file), to_string(*from_title), to_string(*from_file)));
    }
    return;
  }
  if (!from_title) from_title = detect_document_type(sources.body, rules);
  document.type = from_title.value_or(DocumentType::annat);
}

void decide_period(Document& document, const MetadataSources& sources, std::string_view name_dashes,
                   const codebook::LayoutRules& rules) {
  const auto from_file = detect_period(name_dashes, rules);
  auto from_title = detect_period(sources.title, rules);
  if (from_file) {
    document.period = *from_file;
    if (from_title && (from_title->from != from_file->from || from_title->to != from_file->to)) {
      warn(document, "period",
           fmt::format("the file name says {}, the title {}; using {} from the file name",
                       to_string(*from_file), to_string(*from_title), to_string(*from_file)));
    }
    return;
  }
  if (!from_title) from_title = detect_period(sources.body, rules);
  document.period = from_title.value_or(Period{});
}

}  // namespace

void detect_document_metadata(Document& document, const MetadataSources& sources,
                              const codebook::LayoutRules& rules) {
  decide_county(document, sources, sources.file_stem);
  // In file names '-' and '_' separate words; '_' separates years like '-':
  // "plan_2018_2021" covers 2018–2021.
  decide_type(document, sources, replace_chars(sources.file_stem, "-_", ' '), rules);
  decide_period(document, sources, replace_chars(sources.file_stem, "_", '-'), rules);
}

void check_document_language(Document& document, std::string_view body, std::string_view language,
                             const std::vector<std::string>& common_words) {
  if (language.empty() || common_words.empty()) return;
  std::unordered_set<std::string> common;
  for (const auto& word : common_words) common.insert(util::fold_case(word));
  const auto [words, hits] = util::count_words_among(body, common);
  if (words < kMinWordsForLanguage) return;
  if (hits * kCommonWordShare >= words) return;
  warn(document, "language",
       fmt::format("the text does not read as '{}', the codebook's language ({} of {} words are "
                   "among its most common words); its keywords may not match",
                   language, hits, words));
}

}  // namespace goalchain::document
