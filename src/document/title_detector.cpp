#include "goalchain/document/title_detector.h"

#include "goalchain/document/layout_words.h"
#include "goalchain/document/line_breaks.h"
#include "goalchain/document/metadata.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxFrontSegments = 12;
constexpr std::size_t kMaxTitleChars = 200;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Where the body starts: a contents page, a list, a numbered heading, or a
// paragraph that ends a sentence (title pages do not), or the heading right
// above it.
std::size_t front_matter_end(const std::vector<Segment>& segments) {
  const std::size_t limit = std::min(segments.size(), kMaxFrontSegments);
  for (std::size_t i = 0; i < limit; ++i) {
    const Segment& s = segments[i];
    if (s.kind == SegmentKind::contents || s.kind == SegmentKind::list_item) return i;
    if (s.kind == SegmentKind::heading && !s.text.empty() && is_digit(s.text[0])) return i;
    if (s.kind == SegmentKind::paragraph && ends_sentence(s.text)) {
      return i > 0 && segments[i - 1].kind == SegmentKind::heading ? i - 1 : i;
    }
  }
  return limit;
}

// At most `max_chars` characters, cut before the word that would cross it
// (or between characters in a word that long).
std::string cut_at_word(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  std::size_t last_space = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return text.substr(0, last_space > 0 ? last_space : i);
    if (text[i] == ' ') last_space = i;
  }
  return text;
}

// Every letter upper case: "HANDLINGSPLAN 2020".
bool is_in_capitals(std::string_view text) {
  std::size_t pos = 0;
  bool letters = false;
  while (pos < text.size()) {
    const char32_t cp = util::decode_code_point(text, pos);
    if (!util::is_letter(cp)) continue;
    if (!util::is_upper_case(cp)) return false;
    letters = true;
  }
  return letters;
}

bool is_candidate(const Segment& s) {
  return s.kind == SegmentKind::heading || s.kind == SegmentKind::paragraph;
}

}  // namespace

TitleAndIssuer detect_title_and_issuer(const std::vector<Segment>& segments,
                                       const codebook::LayoutRules& rules) {
  TitleAndIssuer found;
  const std::size_t end = front_matter_end(segments);
  found.front_end = end;
  for (std::size_t i = 0; i < end && !found.issuer_at; ++i) {
    if (is_candidate(segments[i]) && matches_issuer_form(segments[i].text, rules)) found.issuer_at = i;
  }
  const auto pick = [&](auto&& accept) {
    for (std::size_t i = 0; i < end && !found.title_at; ++i) {
      if (i == found.issuer_at || !is_candidate(segments[i])) continue;
      if (accept(segments[i])) found.title_at = i;
    }
  };
  pick([&](const Segment& s) { return names_document_kind(s.text, rules); });
  // Without title words: a line naming its years, a heading in capitals, a heading.
  pick([](const Segment& s) { return detect_period(s.text).has_value(); });
  pick([](const Segment& s) { return s.kind == SegmentKind::heading && is_in_capitals(s.text); });
  pick([](const Segment& s) { return s.kind == SegmentKind::heading; });
  pick([](const Segment&) { return true; });
  if (found.title_at) {
    found.title = cut_at_word(segments[*found.title_at].text, kMaxTitleChars);
  } else if (!segments.empty() && found.issuer_at != 0) {
    // No front matter (the text opens with its first chapter): the first
    // segment names the document, and stays a section.
    found.title = cut_at_word(segments.front().text, kMaxTitleChars);
  }
  if (found.issuer_at) found.issuer = segments[*found.issuer_at].text;
  return found;
}

void detach_title_and_issuer(std::vector<Segment>& segments, const TitleAndIssuer& found) {
  if (!found.title_at && !found.issuer_at) return;  // no front matter: its headings are sections
  std::vector<std::string> names;
  for (std::size_t i = 0; i < found.front_end && i < segments.size(); ++i) {
    if (segments[i].kind != SegmentKind::heading) continue;
    names.push_back(segments[i].text);
    if (i != found.title_at) segments[i].kind = SegmentKind::paragraph;
  }
  if (names.empty()) return;
  for (Segment& segment : segments) {
    auto& path = segment.section;
    path.erase(std::remove_if(path.begin(), path.end(),
                              [&](const std::string& heading) {
                                return std::find(names.begin(), names.end(), heading) != names.end();
                              }),
               path.end());
  }
}

}  // namespace goalchain::document
