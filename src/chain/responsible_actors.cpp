#include "responsible_actors.h"

#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <span>

namespace goalchain::chain {

using document::Segment;

// Actor names are short: those that cover `at` begin at most a few dozen
// bytes before it.
bool actor_at(HitIndex& index, const ResolvedRules& r, const Segment& segment, std::size_t at) {
  constexpr std::size_t kLongestName = 200;
  for (const auto& hit : index.between(segment, at > kLongestName ? at - kLongestName : 0, at + 1)) {
    if (r.is_actor(hit) && at >= hit.begin && at < hit.end) return true;
  }
  return false;
}

// Adds the actor of `hit` unless the chain has it.
void ResponsibleActors::add_actor(Chain& chain, const Segment& segment, const codebook::Hit& hit) {
  const auto& code = codebook_.codes[hit.code];
  if (actors_added_.insert(hit.code).second) {
    chain.responsible.push_back({code.id, code.label,
                                 segment.text.substr(hit.begin, hit.end - hit.begin), segment.id,
                                 segment.line});
  }
}

// Actors named in responsibility elements (an element naming none is kept
// as written); then the subject of "X ska ..." and the partners after
// "tillsammans med" in the activities, and in the goal when nobody else is
// named.
void ResponsibleActors::find(Draft& draft) {
  Chain& chain = draft.chain;
  actors_added_.clear();
  uncoded_added_.clear();
  for (const Element& element : draft.responsibility) {
    bool named = false;
    each_hit(index_, std::span<const Element>(&element, 1),
             [&](const Piece& piece, const codebook::Hit& hit) {
               if (!r_.is_actor(hit)) return;
               add_actor(chain, *piece.segment, hit);
               named = true;
             });
    if (!named) {
      const ChainElement text = element_of(element);
      chain.responsible.push_back({"", "", text.text, text.segment_id, text.line});
    }
  }
  // Who does each activity is responsible too ("Skolan ska genomföra
  // lektioner i samverkan med ungdomsmottagningen." under "Ansvarig:
  // Utbildningsförvaltningen"); the subject of a goal only when nobody else
  // is named: "Alla kommuner ska ha rutiner" names whom the goal concerns.
  for (const auto* elements : {&draft.activities, &draft.goal}) {
    if (elements == &draft.goal && !chain.responsible.empty()) break;
    const bool tasks = elements == &draft.activities;
    for (const Element& element : *elements) {
      for (const Piece& piece : element.parts) find_obligations(chain, piece, tasks);
      const Piece& first = element.first();
      if (first.lead_segment != nullptr) find_obligations(chain, lead_in_of(first), tasks);
    }
  }
}

// The subject and partners of each obligation ("ska") or assignment ("ges i
// uppdrag att") in a piece's sentences; every actor a lead-in names
// ("Genom samordningsfunktionen ska länsstyrelserna ...:").
void ResponsibleActors::find_obligations(Chain& chain, const Piece& piece, bool uncoded_subject) {
  const std::string_view text = piece.segment->text;
  if (piece.lead_in) {
    for (const auto& hit : index_.between(*piece.segment, piece.begin, piece.end)) {
      if (r_.is_actor(hit)) add_actor(chain, *piece.segment, hit);
    }
    if (uncoded_subject) {
      const SentenceReading reading = grammar_.read(text.substr(piece.begin, piece.end - piece.begin), true);
      if (reading.subject_end && reading.assignees_from.empty()) {
        add_uncoded_subject(chain, piece, piece.begin, piece.begin + *reading.subject_end);
      }
    }
    return;
  }
  // A piece starts at a sentence start, so its own sentences are found
  // without splitting the text before it.
  const std::size_t from = std::min(piece.begin, piece.content);
  for (auto span : document::split_sentences(text.substr(from, piece.end - from))) {
    span.begin += from;
    span.end += from;
    const std::size_t begin = std::max(span.begin, piece.content);
    if (begin >= span.end) continue;
    const std::string_view sentence = text.substr(begin, span.end - begin);
    const SentenceReading reading = grammar_.read(sentence);
    if (!reading.subject_end && reading.partners_from.empty() && reading.assignees_from.empty()) {
      continue;
    }
    // Without an obligation ("Under 2019 genomfördes ... i samverkan med
    // polisen") only the partners are named.
    const std::size_t subject_end = begin + reading.subject_end.value_or(0);
    const auto words = util::tokenize_words(sentence);
    std::vector<std::pair<std::size_t, std::size_t>> partners;  // byte ranges
    // Partners end before a run of three other words ("tillsammans med
    // regionkoordinatorn och polisen genomföra ..."), assignees at the
    // first ("uppdrar åt Jämställdhetsmyndigheten att stödja länsstyrelserna").
    constexpr int kPartnerOtherWords = 3;
    for (const auto& [offsets, others] :
         {std::pair{&reading.partners_from, kPartnerOtherWords}, std::pair{&reading.assignees_from, 1}}) {
      for (const std::size_t offset : *offsets) {
        const auto word = std::find_if(words.begin(), words.end(),
                                       [&](const auto& w) { return w.begin == offset; });
        if (word == words.end()) continue;
        partners.push_back(partner_span(piece, words, begin,
                                        static_cast<std::size_t>(word - words.begin()), others));
      }
    }
    // "För att nå mål 2 ska Polisen genomföra ...": with no actor before the
    // obligation, the actors right after it are its subject.
    if (reading.after_obligation) {
      const auto hits = index_.between(*piece.segment, begin, subject_end);
      if (std::none_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_actor(hit); })) {
        const std::size_t offset = *reading.after_obligation;
        const auto word = std::find_if(words.begin(), words.end(),
                                       [&](const auto& w) { return w.begin == offset; });
        if (word != words.end()) {
          partners.push_back(partner_span(piece, words, begin,
                                          static_cast<std::size_t>(word - words.begin()), 1));
        }
      }
    }
    // Who gives an assignment ("Regeringen uppdrar åt ...") does not do it.
    if (uncoded_subject && reading.subject_end && reading.assignees_from.empty() && !reading.whole_plan) {
      add_uncoded_subject(chain, piece, begin, subject_end);
    }
    for (const auto& hit : index_.between(*piece.segment, begin, span.end)) {
      if (!r_.is_actor(hit)) continue;
      const bool subject = hit.end <= subject_end;
      const bool partner = std::any_of(partners.begin(), partners.end(), [&](auto range) {
        return hit.begin >= range.first && hit.end <= range.second;
      });
      if (subject || partner) add_actor(chain, *piece.segment, hit);
    }
  }
}

// "Projektledaren utbildade ...", "Elevhälsoteamet ska:": a task's subject
// of one word with a capital that names no known actor is responsible by its
// words, as a responsibility element naming none is kept as written.
void ResponsibleActors::add_uncoded_subject(Chain& chain, const Piece& piece, std::size_t begin,
                                            std::size_t subject_end) {
  constexpr std::size_t kMinSubjectLetters = 4;  // "Vi", "Man" say nobody
  const std::string_view text = piece.segment->text;
  if (subject_end <= begin || subject_end > text.size()) return;
  for (const auto& hit : index_.between(*piece.segment, begin, subject_end)) {
    if (r_.is_actor(hit)) return;
  }
  const auto words = util::tokenize_words(text.substr(begin, subject_end - begin));
  if (words.size() != 1) return;
  const auto& subject = words.front();
  std::size_t at = begin + subject.begin;
  if (!util::is_upper_case(util::decode_code_point(text, at)) ||
      util::count_code_points(subject.folded) < kMinSubjectLetters ||
      contains(rules_.linking_words, subject.folded) || !uncoded_added_.insert(subject.folded).second) {
    return;
  }
  chain.responsible.push_back({"", "", std::string(text.substr(begin + subject.begin, subject.end - subject.begin)),
                               piece.segment->id, piece.segment->line});
}

// The byte range of the partners named from word `from` on: actor names and
// linking words, ending before a run of `max_others` other words.
std::pair<std::size_t, std::size_t> ResponsibleActors::partner_span(
    const Piece& piece, const std::vector<util::WordToken>& words, std::size_t offset,
    std::size_t from, int max_others) const {
  const std::size_t start = from < words.size() ? offset + words[from].begin : piece.end;
  std::size_t end = start;
  int others = 0;
  const std::string_view text = piece.segment->text;
  for (std::size_t w = from; w < words.size(); ++w) {
    const bool actor = actor_at(index_, r_, *piece.segment, offset + words[w].begin);
    // A capitalised word goes on a name ("regionkoordinatorn i region Syd
    // och länets socialtjänst"): it is no word of the task after the names.
    std::size_t at = offset + words[w].begin;
    const bool capital = at < text.size() && util::is_upper_case(util::decode_code_point(text, at));
    if (actor) {
      others = 0;
      end = offset + words[w].end;
    } else if (!capital && !contains(rules_.linking_words, words[w].folded) &&
               ++others >= max_others) {
      break;
    }
  }
  return {start, end};
}

}  // namespace goalchain::chain
