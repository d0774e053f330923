#include "responsibility_appendix.h"

#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/word_tokens.h"
#include "key_overlap.h"

#include <algorithm>
#include <utility>

namespace goalchain::chain {

using document::Segment;
using document::SegmentKind;

std::string task_word_key(const std::string& folded, const std::vector<std::string>& linking_words) {
  constexpr std::size_t kKeyBytes = 4;
  if (folded.size() < kKeyBytes ||
      std::find(linking_words.begin(), linking_words.end(), folded) != linking_words.end()) {
    return {};
  }
  return folded.substr(0, kKeyBytes);
}

bool ResponsibilityAppendix::in_roles_section(const Segment& segment) const {
  for (const auto& heading : segment.section) {
    std::vector<std::string> words;
    for (auto& token : util::tokenize_words(heading)) words.push_back(std::move(token.folded));
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (codebook::phrase_at(rules_.responsibility_sections, words, w)) return true;
    }
  }
  return false;
}

bool ResponsibilityAppendix::take_tasks_of(const Segment& segment, const document::SentenceSpan& span) {
  const auto hits = index_.between(segment, span.begin, span.end);
  const auto term = std::find_if(hits.begin(), hits.end(), [&](const codebook::Hit& hit) {
    const auto role = r_.role_of_code.find(hit.code);
    return role != r_.role_of_code.end() && role->second == Role::responsibility;
  });
  if (term == hits.end() || term->begin <= span.begin) return false;
  const std::string_view text = segment.text;
  if (util::tokenize_words(text.substr(span.begin, term->begin - span.begin)).size() != 1) return false;
  std::size_t who_end = term->begin;
  while (who_end > span.begin && text[who_end - 1] == ' ') --who_end;
  Piece who = piece_of(segment, Role::responsibility, span.begin, who_end);
  const std::string_view tasks = text.substr(term->end, span.end - term->end);
  bool taken = false;
  Line line;
  std::size_t from = 0;
  const auto close = [&]() {
    if (!line.task.empty()) {
      line.who = who;
      lines_.push_back(std::move(line));
      taken = true;
    }
    line = Line{};
  };
  for (const auto& word : util::tokenize_words(tasks)) {
    if (tasks.substr(from, word.begin - from).find(',') != std::string_view::npos ||
        std::find(rules_.name_joiners.begin(), rules_.name_joiners.end(), word.folded) != rules_.name_joiners.end()) {
      close();
    }
    from = word.end;
    auto key = task_word_key(word.folded, rules_.linking_words);
    if (!key.empty() && std::find(line.task.begin(), line.task.end(), key) == line.task.end()) {
      line.task.push_back(std::move(key));
    }
  }
  close();
  return taken;
}

bool ResponsibilityAppendix::take(const Segment& segment, bool answers_roles) {
  constexpr std::size_t kMaxTaskWords = 12;
  if ((segment.kind != SegmentKind::paragraph && segment.kind != SegmentKind::list_item)) return false;
  if (answers_roles) {
    const auto spans = segment.sentences.empty() ? document::split_sentences(segment.text) : segment.sentences;
    bool taken = false;
    for (const auto& span : spans) taken = take_tasks_of(segment, span) || taken;
    return taken;
  }
  if (rules_.responsibility_sections.empty() || !in_roles_section(segment)) return false;
  const std::string_view text = segment.text;
  auto spans = segment.sentences.empty() ? document::split_sentences(text) : segment.sentences;
  bool taken = false;
  for (const auto& span : spans) {
    const std::string_view sentence = text.substr(span.begin, span.end - span.begin);
    const std::size_t colon = sentence.find(':');
    if (colon == std::string_view::npos) continue;
    const auto task = util::tokenize_words(sentence.substr(0, colon));
    if (task.empty() || task.size() > kMaxTaskWords) continue;
    const std::size_t who_begin = span.begin + colon + 1;
    const auto hits = index_.between(segment, who_begin, span.end);
    if (std::none_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_actor(hit); })) continue;
    Line line;
    for (const auto& word : task) {
      auto key = task_word_key(word.folded, rules_.linking_words);
      if (!key.empty() && std::find(line.task.begin(), line.task.end(), key) == line.task.end()) {
        line.task.push_back(std::move(key));
      }
    }
    if (line.task.empty()) continue;
    line.who = piece_of(segment, Role::responsibility, span.begin, span.end);
    line.who.content = who_begin;
    while (line.who.content < span.end && text[line.who.content] == ' ') ++line.who.content;
    lines_.push_back(std::move(line));
    taken = true;
  }
  return taken;
}

void ResponsibilityAppendix::assign(std::vector<Draft>& drafts) const {
  if (lines_.empty()) return;
  // Each activity's words by key: key → (chain, activity) holding it.
  KeyOverlap<std::pair<std::size_t, std::size_t>> holders;
  std::size_t activities = 0;
  for (std::size_t d = 0; d < drafts.size(); ++d) {
    for (std::size_t a = 0; a < drafts[d].activities.size(); ++a, ++activities) {
      for (const Piece& part : drafts[d].activities[a].parts) {
        for (const auto& word : util::tokenize_words(piece_text(part))) {
          const auto key = task_word_key(word.folded, rules_.linking_words);
          if (!key.empty()) holders.add(key, {d, a});
        }
      }
    }
  }
  constexpr std::size_t kFewActivities = 8;
  const std::size_t common = std::max(kFewActivities, activities / 2);
  for (const Line& line : lines_) {
    const auto shared = holders.shared(line.task, common);
    const std::size_t best = most_shared(shared);
    if (best == 0 || 2 * best < line.task.size()) continue;
    std::size_t last = drafts.size();
    for (const auto& [at, count] : shared) {
      if (count != best || at.first == last) continue;
      last = at.first;
      drafts[at.first].responsibility.push_back(Element{{line.who}});
    }
  }
}

}  // namespace goalchain::chain
