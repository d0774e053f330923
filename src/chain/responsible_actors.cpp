#include "responsible_actors.h"

#include "section_labels.h"

#include "goalchain/document/sentence_splitter.h"
#include "responsible_names.h"
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
  names_added_.clear();
  for (const Element& element : draft.responsibility) {
    bool named = false;
    each_hit(index_, std::span<const Element>(&element, 1),
             [&](const Piece& piece, const codebook::Hit& hit) {
               if (!r_.is_actor(hit)) return;
               add_actor(chain, *piece.segment, hit);
               named = true;
             });
    for (const Piece& piece : element.parts) {
      if (!lists_names(piece)) continue;
      for (const auto& name : unknown_names(piece)) {
        const std::string words(piece.segment->text.substr(name.first, name.second - name.first));
        add_name(chain, *piece.segment, words);
        named = true;
      }
    }
    // "Fältgruppen ansvarar för alla insatser ...": the one word before the
    // responsibility is who, as a task's subject is.
    if (!named) named = add_responsibility_subject(chain, element.first());
    if (!named) {
      ChainElement text = element_of(element);
      if (element.parts.size() == 1 && lists_names(element.first())) text.text = without_when(element.first(), text.text);
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
      if (elements == &draft.activities) {
        find_bracketed(chain, element.parts.back());
        find_opening_doer(chain, first);
      }
    }
  }
}

// The words of a list of names without the names after the first that
// hold a figure: when, not who ("samordnaren för sexuellt våld, Q1",
// "kuratorn, hösten 2026"); `words` unchanged without such names.
std::string ResponsibleActors::without_when(const Piece& piece, const std::string& words) const {
  const std::string_view text = piece_text(piece);
  const auto names = listed_names(rules_, text, [&](std::size_t at) {
    return actor_at(index_, r_, *piece.segment, piece.content + at);
  });
  std::size_t kept = names.size();
  while (kept > 1 && names[kept - 1].end > names[kept - 1].begin &&
         text.substr(names[kept - 1].begin, names[kept - 1].end - names[kept - 1].begin)
                 .find_first_of("0123456789") != std::string_view::npos) {
    --kept;
  }
  if (kept == names.size() || kept == 0) return words;
  return std::string(text.substr(names.front().begin, names[kept - 1].end - names.front().begin));
}

bool ResponsibleActors::add_responsibility_subject(Chain& chain, const Piece& piece) {
  for (const auto& hit : index_.between(*piece.segment, piece.content, piece.end)) {
    const auto role = r_.role_of_code.find(hit.code);
    if (role == r_.role_of_code.end() || role->second != Role::responsibility) continue;
    if (hit.begin <= piece.content) return false;
    const auto words = util::tokenize_words(std::string_view(piece.segment->text).substr(piece.content, hit.begin - piece.content));
    if (words.size() != 1) return false;
    const bool added = uncoded_added_.contains(words.front().folded);
    const std::size_t before = chain.responsible.size();
    add_uncoded_subject(chain, piece, piece.content, hit.begin);
    return added || chain.responsible.size() > before;
  }
  return false;
}

// Adds a name no actor code covers unless the chain has it.
void ResponsibleActors::add_name(Chain& chain, const Segment& segment, const std::string& words) {
  if (names_added_.insert(util::fold_case(words)).second) {
    chain.responsible.push_back({"", "", words, segment.id, segment.line});
  }
}

// "Utbildning för chefer (Stadskontoret, 2027)", "Kampanj mot sexköp (Polisen
// i samverkan med stadskontoret, varje år)": who does an activity, named in
// brackets that end it. The brackets name someone when they hold a known
// actor or a comma (names, then when); of their other words a name opens
// with a capital or follows a partner phrase, and has no figure.
void ResponsibleActors::find_bracketed(Chain& chain, const Piece& piece) {
  const std::string_view text = std::string_view(piece.segment->text).substr(piece.content, piece.end - piece.content);
  const auto inside = closing_bracket(text);
  if (!inside) return;
  const std::size_t from = piece.content + inside->first;
  const std::string_view words = text.substr(inside->first, inside->second - inside->first);
  const auto hits = index_.between(*piece.segment, from, from + words.size());
  const bool any_known = std::any_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_actor(hit); });
  if (!any_known && words.find(',') == std::string_view::npos) return;
  constexpr std::size_t kMaxNameWords = 5;
  const auto names = listed_names(rules_, words, [&](std::size_t at) {
    return actor_at(index_, r_, *piece.segment, from + at);
  });
  const auto known = known_names(*piece.segment, from, names);
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto [begin, end, after_partner, after_joiner] = names[i];
    for (const auto& hit : index_.between(*piece.segment, from + begin, from + end)) {
      if (r_.is_actor(hit) && hit.begin >= from + begin && hit.end <= from + end) {
        add_actor(chain, *piece.segment, hit);
      }
    }
    const std::string_view name = words.substr(begin, end - begin);
    std::size_t at = 0;
    const bool capital = util::is_upper_case(util::decode_code_point(name, at));
    if (known[i] || !names_own_actor(names, i, known) || (!capital && !after_partner) ||
        name.find_first_of("0123456789") != std::string_view::npos || util::count_words(name) > kMaxNameWords) {
      continue;
    }
    add_name(chain, *piece.segment, std::string(name));
  }
}

void ResponsibleActors::find_opening_doer(Chain& chain, const Piece& piece) {
  const std::string_view text = std::string_view(piece.segment->text).substr(piece.content, piece.end - piece.content);
  const auto words = util::tokenize_words(text);
  if (words.size() < 2) return;
  const auto hits = index_.between(*piece.segment, piece.content, piece.end);
  // The actors of the opening run: names joined by a comma or a name joiner.
  std::vector<codebook::Hit> doers;
  std::size_t w = 0;
  while (w < words.size()) {
    const std::size_t at = piece.content + words[w].begin;
    const auto hit = std::find_if(hits.begin(), hits.end(), [&](const auto& h) { return r_.is_actor(h) && h.begin == at; });
    if (hit == hits.end()) break;
    // "KAST-samtal": a name within a word names no doer; "Stadens skyddade
    // boenden": a genitive names whose, not who.
    const std::size_t after = hit->end - piece.content;
    if (after < text.size() && text[after] != ' ' && text[after] != ',') return;
    if (hit->end == piece.content + words[w].end && words[w].folded.ends_with('s')) return;
    doers.push_back(*hit);
    while (w < words.size() && piece.content + words[w].end <= hit->end) ++w;
    if (w < words.size() && contains(rules_.name_joiners, words[w].folded)) ++w;
  }
  if (doers.empty() || w >= words.size() || w == 0) return;
  // The verb: in lower case, and not a passive ("utbildas", "erbjuds").
  const std::string_view verb = text.substr(words[w].begin, words[w].end - words[w].begin);
  std::size_t first = 0;
  if (util::is_upper_case(util::decode_code_point(verb, first)) || words[w].folded.ends_with('s') ||
      is_number(words[w].folded)) {
    return;
  }
  // A state, not a deed: a goal verb with a present ending ("får", "har",
  // "blir", "ökar" of rules.goal_verbs "få", "ha", "bli", "öka").
  constexpr std::size_t kMaxEndingBytes = 2;
  const std::string& folded = words[w].folded;
  if (std::any_of(rules_.goal_verbs.begin(), rules_.goal_verbs.end(), [&](const auto& state) {
        return state.size() == 1 && folded.starts_with(state.front()) &&
               folded.size() <= state.front().size() + kMaxEndingBytes;
      })) {
    return;
  }
  for (const auto& hit : doers) add_actor(chain, *piece.segment, hit);
}

// For each name (byte ranges from `offset` in the segment): a known actor
// covers part of it.
std::vector<bool> ResponsibleActors::known_names(const Segment& segment, std::size_t offset,
                                                 const std::vector<ListedName>& names) const {
  std::vector<bool> known;
  known.reserve(names.size());
  for (const auto& name : names) {
    const auto hits = index_.between(segment, offset + name.begin, offset + name.end);
    known.push_back(std::any_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_actor(hit); }));
  }
  return known;
}

// A responsibility after a field label ("Ansvarig: ..."), or a few words
// alone (a table's cell), lists names; a sentence ("Ansvaret ligger hos
// ...") does not.
bool ResponsibleActors::lists_names(const Piece& piece) const {
  constexpr std::size_t kMaxCellWords = 8;
  if (piece.content > piece.begin) return true;
  // Partners after the names ("AoV vuxen, med stöd av regionkoordinatorn i
  // region Syd") do not make the cell a sentence.
  std::string_view text = piece_text(piece);
  const SentenceReading reading = grammar_.read(text);
  if (!reading.partners_from.empty() && !reading.subject_end && !reading.whole_plan) {
    text = text.substr(0, reading.partners_from.front());
  }
  return util::count_words(text) <= kMaxCellWords;
}

// "IFO vuxen, Samtalsmottagningen": one word with a capital after a comma
// names an actor of its own, where a qualifier of the name before it runs to
// more words or opens in lower case ("Socialtjänsten, enheten Vuxen",
// "Police Authority, Stockholm Region").
bool ResponsibleActors::own_name_after_comma(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t before = text.find_last_not_of(' ', begin == 0 ? 0 : begin - 1);
  if (begin == 0 || before == std::string_view::npos || text[before] != ',') return false;
  const std::string_view name = text.substr(begin, end - begin);
  std::size_t at = 0;
  return util::count_words(name) == 1 && util::is_upper_case(util::decode_code_point(name, at));
}

// The names the piece lists that no known actor covers, of a few words
// each ("utbildningsnämnden" beside "socialnämnden").
std::vector<std::pair<std::size_t, std::size_t>> ResponsibleActors::unknown_names(const Piece& piece) const {
  constexpr std::size_t kMaxNameWords = 5;
  const std::string_view text = std::string_view(piece.segment->text).substr(piece.content, piece.end - piece.content);
  std::vector<std::pair<std::size_t, std::size_t>> unknown;
  const auto names = listed_names(rules_, text, [&](std::size_t at) {
    return actor_at(index_, r_, *piece.segment, piece.content + at);
  });
  const auto known = known_names(*piece.segment, piece.content, names);
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto [begin, end, after_partner, after_joiner] = names[i];
    if (known[i]) continue;
    if (!names_own_actor(names, i, known) && !own_name_after_comma(text, begin, end)) continue;
    if (util::count_words(text.substr(begin, end - begin)) > kMaxNameWords) continue;
    unknown.emplace_back(piece.content + begin, piece.content + end);
  }
  return unknown;
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
