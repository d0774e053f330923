#include "goalchain/codebook/matcher.h"

#include "goalchain/codebook/rule_evaluator.h"
#include "goalchain/codebook/stemmer.h"
#include "goalchain/codebook/word_index.h"
#include "goalchain/codebook/word_memo.h"
#include "goalchain/codebook/word_scanner.h"
#include "goalchain/util/utf8.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <string>
#include <unordered_map>

namespace goalchain::codebook {
namespace {

// A compiled pattern: a sequence of word atoms (one word, or a phrase), or a regex.
struct Term {
  std::vector<std::uint32_t> atoms;
  int regex = -1;  // index into Impl::regexes
  bool whole_words = false;
};

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// True when no letter or digit touches [begin, end) from outside.
bool at_word_edges(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin > 0) {
    std::size_t before = begin - 1;
    while (before > 0 && is_continuation(text[before])) --before;
    if (util::is_word_character(util::decode_code_point(text, before))) return false;
  }
  std::size_t after = end;
  return after >= text.size() || !util::is_word_character(util::decode_code_point(text, after));
}

// A whole-words regex with its word edges written into the expression rather
// than checked afterwards, so that RE2 goes on to the alternative or repeat
// that fits: "fem|femton" finds "femton". Group 1 is the match itself.
std::string whole_word_expression(const std::string& text) {
  static constexpr std::string_view kNotWord = "[^\\p{L}\\p{Mn}\\p{Mc}\\p{Nd}]";
  return "(?:^|" + std::string(kNotWord) + ")(" + text + ")(?:" + std::string(kNotWord) + "|$)";
}

RE2::Options regex_options() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  return options;
}

void collect_terms(const CompiledNode& node, std::vector<std::uint32_t>& terms) {
  if (node.kind == RuleNode::Kind::pattern && node.term != kNoTerm &&
      std::find(terms.begin(), terms.end(), node.term) == terms.end()) {
    terms.push_back(node.term);
  }
  for (const auto& part : node.parts) collect_terms(part, terms);
  for (const auto& exclusion : node.exclusions) collect_terms(exclusion, terms);
}

bool contains(std::span<const std::uint32_t> atoms, std::uint32_t atom) {
  return std::find(atoms.begin(), atoms.end(), atom) != atoms.end();
}

std::atomic<std::uint64_t> next_matcher_id{1};

// Buffers kept per thread, so matching many short texts allocates little, and
// the atoms of each distinct word are found once.
struct MatchBuffers {
  std::uint64_t memo_owner = 0;  // Matcher::Impl::id the memo belongs to
  WordMemo memo;
  WordScratch scratch;
  std::vector<ScannedWord> tokens;
  std::string folded;
  std::vector<std::uint32_t> atom_begin;
  std::vector<std::uint32_t> atoms;
  std::vector<Occurrence> occurrences;
};

}  // namespace

struct Matcher::Impl {
  const std::uint64_t id = next_matcher_id++;
  const Codebook* codebook = nullptr;
  WordIndex words;
  std::vector<Term> terms;
  std::unordered_map<std::string, std::uint32_t> term_ids;
  std::vector<std::uint32_t> single_term;                // per atom: the one-word term, or kNoTerm
  std::vector<std::vector<std::uint32_t>> phrase_terms;  // per atom: phrases starting with it
  std::vector<std::unique_ptr<RE2>> regexes;
  std::vector<std::uint32_t> regex_terms;  // per regex
  std::unique_ptr<RE2::Set> regex_set;
  CompiledCodes compiled;
  bool sentences = false;
  bool sections = false;

  std::uint32_t compile_pattern(const Pattern& pattern);
  CompiledNode compile_node(const RuleNode& node, std::uint32_t& leaf);
  void compile_codes();
  void order_codes();
  void finish();

  void find_occurrences(const Passage& passage, std::uint32_t passage_index,
                        std::uint32_t& position_base, std::uint32_t& sentence_base,
                        MatchBuffers& buffers) const;
};

std::uint32_t Matcher::Impl::compile_pattern(const Pattern& pattern) {
  std::string identity;
  Term term;
  if (pattern.regex) {
    identity = (pattern.whole_words ? "R\n" : "r\n") + pattern.text;
    if (const auto it = term_ids.find(identity); it != term_ids.end()) return it->second;
    if (!RE2(pattern.text, regex_options()).ok()) return kNoTerm;  // parse_codebook reports it
    auto regex = std::make_unique<RE2>(
        pattern.whole_words ? whole_word_expression(pattern.text) : pattern.text, regex_options());
    if (!regex->ok()) return kNoTerm;
    term.regex = static_cast<int>(regexes.size());
    term.whole_words = pattern.whole_words;
    regexes.push_back(std::move(regex));
    regex_terms.push_back(static_cast<std::uint32_t>(terms.size()));
  } else {
    std::string error;
    const auto parsed = parse_pattern(pattern.text, error);
    if (parsed.empty()) return kNoTerm;
    if (pattern.compound != Compound::none && parsed.size() != 1) return kNoTerm;
    identity.push_back('w');
    for (const PatternWord& word : parsed) {
      WordAtom atom;
      atom.text = word.text;
      if (pattern.compound != Compound::none) {
        atom.kind = WordAtom::Kind::compound;
        atom.compound = pattern.compound;
      } else if (!pattern.stem.empty() && !word.has_wildcards() &&
                 is_stemmer_algorithm(pattern.stem)) {
        atom.kind = WordAtom::Kind::stem;
        atom.stemmer = pattern.stem;
      }
      const std::uint32_t id = words.add(atom);
      term.atoms.push_back(id);
      identity += ' ' + std::to_string(id);
    }
    if (const auto it = term_ids.find(identity); it != term_ids.end()) return it->second;
  }
  const auto id = static_cast<std::uint32_t>(terms.size());
  terms.push_back(std::move(term));
  term_ids.emplace(std::move(identity), id);
  return id;
}

CompiledNode Matcher::Impl::compile_node(const RuleNode& node, std::uint32_t& leaf) {
  CompiledNode compiled;
  compiled.kind = node.kind;
  compiled.within = node.within;
  compiled.ordered = node.ordered;
  if (node.kind == RuleNode::Kind::pattern) {
    compiled.leaf = leaf++;
    compiled.term = compile_pattern(node.pattern);
  }
  for (const auto& part : node.parts) compiled.parts.push_back(compile_node(part, leaf));
  for (const auto& exclusion : node.exclusions) {
    compiled.exclusions.push_back(compile_node(exclusion, leaf));
  }
  index_any_parts(compiled);
  return compiled;
}

void Matcher::Impl::compile_codes() {
  const auto& codes = codebook->codes;
  auto code_indexes = [&](const std::vector<std::string>& ids) {
    std::vector<std::uint32_t> indexes;
    for (const auto& id : ids) {
      if (const auto index = codebook->find(id)) {
        indexes.push_back(static_cast<std::uint32_t>(*index));
      } else {
        indexes.push_back(static_cast<std::uint32_t>(codes.size()));  // unknown: never met
      }
    }
    return indexes;
  };
  std::vector<std::vector<KeywordUse>> uses;
  for (std::uint32_t c = 0; c < codes.size(); ++c) {
    const Code& code = codes[c];
    CompiledCode out;
    for (std::uint32_t k = 0; k < code.keywords.size(); ++k) {
      const std::uint32_t term = compile_pattern(keyword_pattern(code, k));
      if (term == kNoTerm) continue;
      if (uses.size() <= term) uses.resize(term + 1);
      uses[term].push_back({c, k});
    }
    for (const Rule& rule : code.rules) {
      CompiledRule compiled_rule;
      std::uint32_t leaf = 0;
      compiled_rule.match = compile_node(rule.match, leaf);
      collect_terms(compiled_rule.match, compiled_rule.terms);
      compiled_rule.scope = rule.scope;
      compiled_rule.required = code_indexes(rule.required_codes);
      compiled_rule.min_hits = rule.min_hits;
      compiled_rule.weight = static_cast<float>(rule.weight);
      sentences = sentences || rule.scope == Scope::sentence;
      sections = sections || rule.scope == Scope::section;
      out.rules.push_back(std::move(compiled_rule));
    }
    std::uint32_t leaf = 0;
    for (const RuleNode& exclusion : code.exclusions) {
      out.exclusions.push_back(compile_node(exclusion, leaf));
      collect_terms(out.exclusions.back(), out.exclusion_terms);
    }
    out.scope = code.scope;
    out.required = code_indexes(code.required_codes);
    out.min_hits = code.min_hits;
    out.weight = static_cast<float>(code.weight);
    if (out.conditional()) {
      sentences = sentences || code.scope == Scope::sentence;
      sections = sections || code.scope == Scope::section;
    }
    compiled.codes.push_back(std::move(out));
  }
  uses.resize(terms.size());
  compiled.keyword_uses = std::move(uses);
  compiled.in_rules.assign(terms.size(), 0);
  compiled.rule_users.assign(terms.size(), {});
  compiled.involved.assign(compiled.codes.size(), 0);
  compiled.term_rules.assign(terms.size(), {});
  std::uint32_t rule_number = 0;
  for (std::uint32_t c = 0; c < compiled.codes.size(); ++c) {
    const CompiledCode& code = compiled.codes[c];
    compiled.first_rule.push_back(rule_number);
    for (const CompiledRule& rule : code.rules) {
      for (const std::uint32_t t : rule.terms) compiled.term_rules[t].push_back(rule_number);
      ++rule_number;
      for (const std::uint32_t t : rule.terms) {
        compiled.in_rules[t] = 1;
        auto& users = compiled.rule_users[t];
        if (users.empty() || users.back() != c) users.push_back(c);
      }
      for (const std::uint32_t r : rule.required) {
        if (r < compiled.codes.size()) compiled.involved[r] = 1;
      }
    }
    for (const std::uint32_t t : code.exclusion_terms) compiled.in_rules[t] = 1;
    for (const std::uint32_t r : code.required) {
      if (r < compiled.codes.size()) compiled.involved[r] = 1;
    }
    if (!code.rules.empty() || code.conditional()) compiled.involved[c] = 1;
  }
  for (const char involved : compiled.involved)
    compiled.any_involved = compiled.any_involved || involved != 0;
}

// Codes in an order where every required code comes first (Kahn's algorithm);
// codes caught in a cycle of `requires` never fire.
void Matcher::Impl::order_codes() {
  auto& codes = compiled.codes;
  const std::size_t n = codes.size();
  std::vector<std::vector<std::uint32_t>> dependents(n);
  std::vector<std::size_t> waiting(n, 0);
  for (std::uint32_t c = 0; c < n; ++c) {
    std::vector<std::uint32_t> required = codes[c].required;
    for (const auto& rule : codes[c].rules) {
      required.insert(required.end(), rule.required.begin(), rule.required.end());
    }
    std::sort(required.begin(), required.end());
    required.erase(std::unique(required.begin(), required.end()), required.end());
    for (const std::uint32_t r : required) {
      if (r >= n) continue;  // an unknown code: the condition is never met
      dependents[r].push_back(c);
      ++waiting[c];
    }
  }
  std::deque<std::uint32_t> ready;
  for (std::uint32_t c = 0; c < n; ++c) {
    if (waiting[c] == 0) ready.push_back(c);
  }
  std::vector<char> done(n, 0);
  while (!ready.empty()) {
    const std::uint32_t c = ready.front();
    ready.pop_front();
    compiled.order.push_back(c);
    done[c] = 1;
    for (const std::uint32_t d : dependents[c]) {
      if (--waiting[d] == 0) ready.push_back(d);
    }
  }
  compiled.rank.assign(n, static_cast<std::uint32_t>(n));
  for (std::uint32_t i = 0; i < compiled.order.size(); ++i) compiled.rank[compiled.order[i]] = i;
  for (std::uint32_t c = 0; c < n; ++c) {
    if (done[c] == 0) {
      codes[c].never = true;
      compiled.involved[c] = 1;
      compiled.any_involved = true;
    }
  }
}

void Matcher::Impl::finish() {
  words.build();
  single_term.assign(words.size(), kNoTerm);
  phrase_terms.assign(words.size(), {});
  for (std::uint32_t t = 0; t < terms.size(); ++t) {
    const Term& term = terms[t];
    if (term.atoms.size() == 1) {
      single_term[term.atoms[0]] = t;
    } else if (term.atoms.size() > 1) {
      phrase_terms[term.atoms[0]].push_back(t);
    }
  }
  if (!regexes.empty()) {
    regex_set = std::make_unique<RE2::Set>(regex_options(), RE2::UNANCHORED);
    for (const auto& regex : regexes) {
      std::string error;
      if (regex_set->Add(regex->pattern(), &error) < 0) {
        regex_set.reset();
        break;
      }
    }
    if (regex_set && !regex_set->Compile()) regex_set.reset();
  }
}

void Matcher::Impl::find_occurrences(const Passage& passage, std::uint32_t passage_index,
                                     std::uint32_t& position_base, std::uint32_t& sentence_base,
                                     MatchBuffers& buffers) const {
  const std::string_view text = passage.text;
  auto& tokens = buffers.tokens;
  auto& atom_begin = buffers.atom_begin;
  auto& atoms = buffers.atoms;
  auto& out = buffers.occurrences;
  scan_words(text, tokens, buffers.folded);
  const std::size_t count = tokens.size();
  atom_begin.clear();
  atoms.clear();
  for (const ScannedWord& token : tokens) {
    atom_begin.push_back(static_cast<std::uint32_t>(atoms.size()));
    const auto found =
        buffers.memo.atoms_of(folded_word(buffers.folded, token), words, buffers.scratch);
    atoms.insert(atoms.end(), found.begin(), found.end());
  }
  atom_begin.push_back(static_cast<std::uint32_t>(atoms.size()));
  const auto atoms_of = [&](std::size_t i) {
    return std::span<const std::uint32_t>(atoms.data() + atom_begin[i],
                                          atom_begin[i + 1] - atom_begin[i]);
  };

  const std::vector<TextRange>& sentences_in = passage.sentences;
  // The sentence (counted within the passage) holding byte offset `at`.
  const auto sentence_at = [&](std::size_t at) -> std::uint32_t {
    if (sentences_in.empty()) return 0;
    const auto it =
        std::upper_bound(sentences_in.begin(), sentences_in.end(), at,
                         [](std::size_t offset, const TextRange& s) { return offset < s.begin; });
    return it == sentences_in.begin() ? 0
                                      : static_cast<std::uint32_t>(it - sentences_in.begin() - 1);
  };

  std::size_t sentence = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto here = atoms_of(i);
    if (here.empty()) continue;
    if (!sentences_in.empty()) {
      while (sentence + 1 < sentences_in.size() &&
             sentences_in[sentence + 1].begin <= tokens[i].begin) {
        ++sentence;
      }
    }
    const auto emit = [&](std::uint32_t term, std::size_t last) {
      out.push_back(Occurrence{term, passage_index, tokens[i].begin, tokens[last].end,
                               position_base + static_cast<std::uint32_t>(i),
                               sentence_base + static_cast<std::uint32_t>(sentence)});
    };
    for (const std::uint32_t atom : here) {
      if (const std::uint32_t term = single_term[atom]; term != kNoTerm) emit(term, i);
      for (const std::uint32_t term : phrase_terms[atom]) {
        const auto& parts = terms[term].atoms;
        if (i + parts.size() > count) continue;
        bool matched = true;
        for (std::size_t w = 1; w < parts.size() && matched; ++w)
          matched = contains(atoms_of(i + w), parts[w]);
        if (matched) emit(term, i + parts.size() - 1);
      }
    }
  }

  if (!regexes.empty()) {
    std::vector<int> candidates;
    if (regex_set) {
      regex_set->Match(text, &candidates);
    } else {
      for (std::size_t r = 0; r < regexes.size(); ++r) candidates.push_back(static_cast<int>(r));
    }
    std::sort(candidates.begin(), candidates.end());
    for (const int r : candidates) {
      const RE2& regex = *regexes[static_cast<std::size_t>(r)];
      std::size_t start = 0;
      re2::StringPiece found[2];
      const bool whole_words = terms[regex_terms[static_cast<std::size_t>(r)]].whole_words;
      const int group = whole_words ? 1 : 0;
      while (start <= text.size() &&
             regex.Match(text, start, text.size(), RE2::UNANCHORED, found, group + 1)) {
        const auto begin = static_cast<std::size_t>(found[group].data() - text.data());
        const std::size_t end = begin + found[group].size();
        if (end == begin || (whole_words && !at_word_edges(text, begin, end))) {
          // Nothing to count here: look again from the next character.
          start = begin + 1;
          while (start < text.size() && is_continuation(text[start])) ++start;
          continue;
        }
        const auto first_word = std::partition_point(
            tokens.begin(), tokens.end(), [&](const ScannedWord& t) { return t.end <= begin; });
        const auto word = static_cast<std::uint32_t>(
            first_word == tokens.end() && count > 0 ? count - 1 : first_word - tokens.begin());
        out.push_back(Occurrence{regex_terms[static_cast<std::size_t>(r)], passage_index,
                                 static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                                 position_base + word, sentence_base + sentence_at(begin)});
        start = end;
      }
    }
  }
  position_base += static_cast<std::uint32_t>(count);
  sentence_base += static_cast<std::uint32_t>(std::max<std::size_t>(sentences_in.size(), 1));
}

Matcher::Matcher(const Codebook& codebook) : impl_(std::make_unique<Impl>()) {
  impl_->codebook = &codebook;
  impl_->compile_codes();
  impl_->order_codes();
  index_keyword_uses(impl_->compiled);
  impl_->finish();
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

bool Matcher::uses_sentences() const { return impl_->sentences; }

bool Matcher::uses_sections() const { return impl_->sections; }

std::vector<std::vector<Hit>> Matcher::match_passages(std::span<const Passage> passages) const {
  thread_local MatchBuffers buffers;
  if (buffers.memo_owner != impl_->id) {
    buffers.memo.clear();
    buffers.memo_owner = impl_->id;
  }
  buffers.occurrences.clear();
  std::uint32_t position_base = 0;
  std::uint32_t sentence_base = 0;
  for (std::uint32_t p = 0; p < passages.size(); ++p) {
    impl_->find_occurrences(passages[p], p, position_base, sentence_base, buffers);
  }
  auto hits = evaluate_codes(impl_->compiled, buffers.occurrences, passages);
  if (buffers.occurrences.capacity() > (1u << 20)) {
    buffers.occurrences = {};  // do not keep a huge document's buffer for the next one
    buffers.folded = {};
  }
  return hits;
}

std::vector<Hit> Matcher::match(std::string_view text, std::vector<TextRange> sentences) const {
  const Passage passage{text, 0, std::move(sentences)};
  auto hits = match_passages(std::span<const Passage>(&passage, 1));
  return std::move(hits.front());
}

}  // namespace goalchain::codebook
