// Google Benchmark of the codebook engine alone: the shipped codebook compiled
// once, Matcher::match over the paragraphs of the generated corpus, reported in
// bytes per second. Also the compile step and the document stage, to show
// where the time of a whole run goes. See bench/README.md.
//
//   matcher_bench [--benchmark_filter=...]   corpus: $GOALCHAIN_BENCH_CORPUS or bench/corpus
//                                            codebook: $GOALCHAIN_BENCH_CODEBOOK or
//                                            codebooks/pmh-sv.yaml
#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/util/atomic_file.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using goalchain::codebook::Codebook;
using goalchain::codebook::Matcher;

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

const Codebook& shipped_codebook() {
  static const Codebook book = goalchain::codebook::load_codebook(
      env_or("GOALCHAIN_BENCH_CODEBOOK", GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml"));
  return book;
}

struct Corpus {
  std::vector<std::string> files;       // raw text of each file, sorted by name
  std::vector<std::string> paragraphs;  // blank-line separated blocks, lines joined with spaces
  std::size_t bytes = 0;                // of the files
  std::size_t paragraph_bytes = 0;
};

// Paragraphs as the segmenter roughly makes them: blocks between blank lines
// (form feeds count as blank), their lines joined with single spaces.
void split_paragraphs(const std::string& text, std::vector<std::string>& out, std::size_t& bytes) {
  std::string paragraph;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    line.erase(std::remove(line.begin(), line.end(), '\f'), line.end());
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!paragraph.empty()) {
        bytes += paragraph.size();
        out.push_back(std::move(paragraph));
        paragraph.clear();
      }
    } else {
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += line;
    }
    pos = end + 1;
  }
  if (!paragraph.empty()) {
    bytes += paragraph.size();
    out.push_back(std::move(paragraph));
  }
}

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    const fs::path dir = env_or("GOALCHAIN_BENCH_CORPUS", GOALCHAIN_SOURCE_DIR "/bench/corpus");
    if (!fs::is_directory(dir)) return c;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      c.files.push_back(goalchain::util::read_file(path));
      c.bytes += c.files.back().size();
      split_paragraphs(c.files.back(), c.paragraphs, c.paragraph_bytes);
    }
    return c;
  }();
  return loaded;
}

bool have_corpus(benchmark::State& state) {
  if (!corpus().files.empty()) return true;
  state.SkipWithError("no corpus: run bench/run.sh, or bench/generate_corpus.py, first");
  return false;
}

// The engine alone: every paragraph of the corpus through Matcher::match.
void BM_MatchParagraphs(benchmark::State& state) {
  if (!have_corpus(state)) return;
  const Matcher matcher(shipped_codebook());
  std::size_t hits = 0;
  for (auto _ : state) {
    for (const auto& paragraph : corpus().paragraphs) hits += matcher.match(paragraph).size();
  }
  benchmark::DoNotOptimize(hits);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().paragraph_bytes));
  state.counters["hits_per_pass"] =
      static_cast<double>(hits) /
      static_cast<double>(std::max<std::int64_t>(1, state.iterations()));
  state.counters["paragraphs"] = static_cast<double>(corpus().paragraphs.size());
}
BENCHMARK(BM_MatchParagraphs)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Compiling the shipped codebook into a matcher.
void BM_CompileMatcher(benchmark::State& state) {
  const Codebook& book = shipped_codebook();
  for (auto _ : state) {
    Matcher matcher(book);
    benchmark::DoNotOptimize(matcher);
  }
}
BENCHMARK(BM_CompileMatcher)->Unit(benchmark::kMillisecond);

// The document stage: decoding, page furniture, segmentation, county, type and
// period detection, without coding.
void BM_ReadDocuments(benchmark::State& state) {
  if (!have_corpus(state)) return;
  std::size_t segments = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < corpus().files.size(); ++i) {
      segments += goalchain::document::read_text_document(corpus().files[i],
                                                          "bench-" + std::to_string(i) + ".txt")
                      .segments.size();
    }
  }
  benchmark::DoNotOptimize(segments);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}
BENCHMARK(BM_ReadDocuments)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Reading and coding together (what `goalchain code` does before the report
// and the writers).
void BM_ReadAndCodeDocuments(benchmark::State& state) {
  if (!have_corpus(state)) return;
  const Matcher matcher(shipped_codebook());
  std::size_t segments = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < corpus().files.size(); ++i) {
      auto doc = goalchain::document::read_text_document(corpus().files[i],
                                                         "bench-" + std::to_string(i) + ".txt");
      goalchain::coding::code_document(doc, matcher);
      segments += doc.segments.size();
    }
  }
  benchmark::DoNotOptimize(segments);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}
BENCHMARK(BM_ReadAndCodeDocuments)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace

BENCHMARK_MAIN();
