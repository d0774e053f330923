#include "goalchain/document/county.h"
#include "goalchain/document/county_table.h"

#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace goalchain::document {
namespace {

// The table in use (use_county_table), with the views all_counties() hands
// out and the folded words of each name, computed once per table.
struct CountyWords {
  std::vector<std::string> folded;      // "västra", "götaland"
  std::vector<std::string> slug_parts;  // "vastra", "gotaland"
};

// A form documents name a county in ("Länsstyrelsen i *", "* län"): the
// words before and after the name, folded, and as slugs.
struct CountyForm {
  std::vector<std::string> before;  // "länsstyrelsen", "i"
  std::vector<std::string> after;   // "län"
  std::string before_text;          // "länsstyrelsen i"
  std::string after_text;           // "län"
  std::string before_slug;          // "lansstyrelsen-i"
  std::string after_slug;           // "lan"
};

struct CountyTable {
  std::vector<codebook::CountyEntry> entries;
  codebook::CountyEntry unknown_entry;
  County unknown;  // a view into unknown_entry
  std::vector<std::string> form_texts;
  std::vector<County> counties;  // views into entries
  std::vector<CountyWords> words;
  std::vector<CountyForm> forms;
};

CountyTable& county_table() {
  static CountyTable table;
  return table;
}

std::span<const County> counties() { return county_table().counties; }

const std::vector<CountyWords>& county_words() { return county_table().words; }

const std::vector<CountyForm>& county_forms() { return county_table().forms; }

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// "Länsstyrelsen i *": the words on each side of the '*' (the parser of
// `county_forms:` checks that there is one).
CountyForm parse_form(std::string_view form) {
  CountyForm parsed;
  const std::size_t star = std::min(form.find('*'), form.size());
  for (auto& token : util::tokenize_words(form.substr(0, star))) {
    parsed.before.push_back(std::move(token.folded));
  }
  if (star < form.size()) {
    for (auto& token : util::tokenize_words(form.substr(star + 1))) {
      parsed.after.push_back(std::move(token.folded));
    }
  }
  parsed.before_text = join_words(parsed.before);
  parsed.after_text = join_words(parsed.after);
  parsed.before_slug = util::to_ascii_slug(parsed.before_text);
  parsed.after_slug = util::to_ascii_slug(parsed.after_text);
  return parsed;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  while (true) {
    if (!s.empty() && is_space(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with(kNoBreakSpace)) {
      s.remove_prefix(kNoBreakSpace.size());
    } else if (!s.empty() && is_space(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kNoBreakSpace)) {
      s.remove_suffix(kNoBreakSpace.size());
    } else {
      return s;
    }
  }
}

// `word` is `name` or its genitive `name` + "s".
bool same_or_genitive(std::string_view word, std::string_view name) {
  if (word == name) return true;
  return word.size() == name.size() + 1 && word.back() == 's' && word.starts_with(name);
}

bool strip_prefix(std::string& s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return false;
  s.erase(0, prefix.size());
  return true;
}

bool strip_suffix(std::string& s, std::string_view suffix) {
  if (s.size() <= suffix.size() || !s.ends_with(suffix)) return false;
  s.erase(s.size() - suffix.size());
  return true;
}

// Removes the longest of the forms' words before a name ("länsstyrelsen i ")
// and after it (" län"), as folded text (`slugs` false, ' ' between words)
// or as slugs ('-').
void strip_decorations(std::string& s, bool slugs) {
  const char separator = slugs ? '-' : ' ';
  std::string prefix;
  std::string suffix;
  for (const auto& form : county_forms()) {
    const std::string& before = slugs ? form.before_slug : form.before_text;
    const std::string& after = slugs ? form.after_slug : form.after_text;
    if (!before.empty() && before.size() + 1 > prefix.size() && s.starts_with(before + separator)) {
      prefix = before + separator;
    }
    if (!after.empty() && after.size() + 1 > suffix.size() && s.ends_with(separator + after)) {
      suffix = separator + after;
    }
  }
  strip_prefix(s, prefix);
  strip_suffix(s, suffix);
}

const County* find_by_code(std::string_view s) {
  if (s.empty() || s.size() > 2) return nullptr;
  std::string upper;
  for (const char c : s) {
    if (c >= 'a' && c <= 'z') {
      upper += static_cast<char>(c - 'a' + 'A');
    } else if (c >= 'A' && c <= 'Z') {
      upper += c;
    } else {
      return nullptr;
    }
  }
  for (const County& county : counties()) {
    if (county.code == upper) return &county;
  }
  return nullptr;
}

// One occurrence of a county name in a token stream.
struct Mention {
  std::size_t county = 0;
  std::size_t token = 0;  // index of the first name word
  std::size_t words = 0;  // number of name words
};

// The county whose name starts at token `i`, if any. The last name word may
// carry a genitive s ("Stockholms", "Västra Götalands").
bool name_at(const std::vector<util::WordToken>& tokens, std::size_t i, Mention& mention) {
  const auto& words = county_words();
  for (std::size_t c = 0; c < words.size(); ++c) {
    const auto& name = words[c].folded;
    if (name.empty() || i + name.size() > tokens.size()) continue;
    if (tokens[i].folded.empty() || tokens[i].folded[0] != name[0][0]) continue;
    bool match = true;
    for (std::size_t w = 0; w < name.size() && match; ++w) {
      const bool last = w + 1 == name.size();
      const std::string& token = tokens[i + w].folded;
      match = last ? same_or_genitive(token, name[w]) : token == name[w];
    }
    if (match) {
      mention = {c, i, name.size()};
      return true;
    }
  }
  return false;
}

// The name in one of the forms: "länsstyrelsen X", "länsstyrelsen i X", "X(s) län".
bool is_strong(const std::vector<util::WordToken>& tokens, const Mention& m) {
  for (const auto& form : county_forms()) {
    const auto& before = form.before;
    const auto& after = form.after;
    if (before.size() > m.token || m.token + m.words + after.size() > tokens.size()) continue;
    bool match = true;
    for (std::size_t w = 0; w < before.size() && match; ++w) {
      match = tokens[m.token - before.size() + w].folded == before[w];
    }
    for (std::size_t w = 0; w < after.size() && match; ++w) {
      match = tokens[m.token + m.words + w].folded == after[w];
    }
    if (match) return true;
  }
  return false;
}

// Byte offset just past the `count`-th non-blank line (or the end of the text).
std::size_t end_of_first_lines(std::string_view text, int count) {
  std::size_t pos = 0;
  int seen = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (!trim(text.substr(pos, end - pos)).empty() && ++seen == count) return end;
    pos = end + 1;
  }
  return text.size();
}

}  // namespace

std::span<const County> all_counties() { return counties(); }

const County& unknown_county() { return county_table().unknown; }

void use_county_table(std::vector<codebook::CountyEntry> entries, std::vector<std::string> forms,
                      codebook::CountyEntry unknown) {
  CountyTable& table = county_table();
  table.unknown_entry = std::move(unknown);
  table.unknown = {table.unknown_entry.name, {}, table.unknown_entry.slug};
  const auto same = [](const codebook::CountyEntry& a, const codebook::CountyEntry& b) {
    return a.name == b.name && a.code == b.code && a.slug == b.slug;
  };
  if (std::equal(entries.begin(), entries.end(), table.entries.begin(), table.entries.end(),
                 same) &&
      forms == table.form_texts) {
    return;
  }
  table.form_texts = std::move(forms);
  table.forms.clear();
  for (const auto& form : table.form_texts) table.forms.push_back(parse_form(form));
  table.entries = std::move(entries);
  table.counties.clear();
  table.words.clear();
  for (const auto& entry : table.entries) {
    table.counties.push_back({entry.name, entry.code, entry.slug});
    CountyWords w;
    for (auto& token : util::tokenize_words(entry.name)) w.folded.push_back(token.folded);
    std::string_view slug = entry.slug;
    while (!slug.empty()) {
      const std::size_t dash = slug.find('-');
      w.slug_parts.emplace_back(slug.substr(0, dash));
      if (dash == std::string_view::npos) break;
      slug.remove_prefix(dash + 1);
    }
    table.words.push_back(std::move(w));
  }
}

std::string describe_county_choices() {
  const auto all = counties();
  if (all.empty()) return "the codebook lists no counties: add a counties: section";
  return "one of the " + std::to_string(all.size()) + " counties of the codebook (e.g. " +
         std::string(all.front().name) + ") or its letter code (e.g. " +
         std::string(all.front().code) + ")";
}

const County* find_county(std::string_view name) {
  const std::string_view trimmed = trim(name);
  if (trimmed.empty() || util::find_invalid_utf8(trimmed) != std::string_view::npos) return nullptr;
  if (const County* by_code = find_by_code(trimmed)) return by_code;

  std::string folded = collapse_ascii_white_space(util::fold_case(trimmed));
  strip_decorations(folded, false);
  const auto& words = county_words();
  for (std::size_t c = 0; c < counties().size(); ++c) {
    std::string full;
    for (const auto& w : words[c].folded) full += (full.empty() ? "" : " ") + w;
    if (same_or_genitive(folded, full)) return &counties()[c];
  }

  // Slugs and unaccented spellings: "vastra-gotaland", "Orebro lan".
  std::string slug = util::to_ascii_slug(trimmed);
  strip_decorations(slug, true);
  for (const County& county : counties()) {
    if (same_or_genitive(slug, county.slug)) return &county;
  }
  return nullptr;
}

const County* detect_county_in_text(std::string_view utf8_text) {
  const std::size_t head_end = end_of_first_lines(utf8_text, 15);
  {
    // Nearly every plan names its county strongly in its first lines: look
    // there first (with a few lines more for the words after a name) before
    // reading the whole text. Same answer as the loop below, which returns
    // the first strong mention in the head when there is one.
    const auto head = util::tokenize_words(utf8_text.substr(0, end_of_first_lines(utf8_text, 18)));
    for (std::size_t i = 0; i < head.size() && head[i].begin < head_end; ++i) {
      Mention m;
      if (!name_at(head, i, m)) continue;
      if (is_strong(head, m)) return &counties()[m.county];
      i += m.words - 1;
    }
  }
  const auto tokens = util::tokenize_words(utf8_text);

  struct Tally {
    int strong = 0;
    int all = 0;
    std::size_t first_strong = SIZE_MAX;
    std::size_t first_any = SIZE_MAX;
  };
  std::vector<Tally> tally(counties().size());
  const County* first_strong_in_head = nullptr;

  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Mention m;
    if (!name_at(tokens, i, m)) continue;
    Tally& t = tally[m.county];
    ++t.all;
    if (t.first_any == SIZE_MAX) t.first_any = i;
    if (is_strong(tokens, m)) {
      ++t.strong;
      if (t.first_strong == SIZE_MAX) t.first_strong = i;
      if (first_strong_in_head == nullptr && tokens[i].begin < head_end) {
        first_strong_in_head = &counties()[m.county];
      }
    }
    i += m.words - 1;
  }
  if (first_strong_in_head != nullptr) return first_strong_in_head;

  auto best_by = [&](auto count, auto first) -> const County* {
    std::size_t best = counties().size();
    for (std::size_t c = 0; c < counties().size(); ++c) {
      if (count(tally[c]) == 0) continue;
      if (best == counties().size() || count(tally[c]) > count(tally[best]) ||
          (count(tally[c]) == count(tally[best]) && first(tally[c]) < first(tally[best]))) {
        best = c;
      }
    }
    return best == counties().size() ? nullptr : &counties()[best];
  };
  if (const County* c = best_by([](const Tally& t) { return t.strong; },
                                [](const Tally& t) { return t.first_strong; })) {
    return c;
  }
  return best_by([](const Tally& t) { return t.all; }, [](const Tally& t) { return t.first_any; });
}

std::vector<CountyMentions> count_county_mentions(std::string_view utf8_text) {
  std::vector<CountyMentions> counts(counties().size());
  const auto tokens = util::tokenize_words(utf8_text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Mention m;
    if (!name_at(tokens, i, m)) continue;
    CountyMentions& c = counts[m.county];
    c.county = &counties()[m.county];
    ++c.all;
    if (is_strong(tokens, m)) ++c.strong;
    i += m.words - 1;
  }
  std::erase_if(counts, [](const CountyMentions& c) { return c.county == nullptr; });
  return counts;
}

const County* detect_county_in_file_name(std::string_view file_name) {
  if (util::find_invalid_utf8(file_name) != std::string_view::npos) return nullptr;
  // The last path component, without its extension.
  std::size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  const std::size_t dot = file_name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) file_name = file_name.substr(0, dot);

  const auto tokens = util::tokenize_words(file_name);
  std::vector<std::string> parts;
  for (const auto& token : tokens) parts.push_back(util::to_ascii_slug(token.folded));

  const auto& words = county_words();
  for (std::size_t i = 0; i < parts.size(); ++i) {
    for (std::size_t c = 0; c < counties().size(); ++c) {
      const auto& slug_parts = words[c].slug_parts;
      if (slug_parts.empty() || i + slug_parts.size() > parts.size()) continue;
      bool match = true;
      for (std::size_t w = 0; w < slug_parts.size() && match; ++w) {
        const bool last = w + 1 == slug_parts.size();
        match = last ? same_or_genitive(parts[i + w], slug_parts[w]) : parts[i + w] == slug_parts[w];
      }
      if (match) return &counties()[c];
    }
  }
  // Letter codes only as a whole part: "AB_plan", "ac-handlingsplan".
  for (const auto& token : tokens) {
    if (const County* county = find_by_code(file_name.substr(token.begin, token.end - token.begin))) {
      return county;
    }
  }
  return nullptr;
}

}  // namespace goalchain::document
