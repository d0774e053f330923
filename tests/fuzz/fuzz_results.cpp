// libFuzzer target (tests/fuzz/README.md): every input either reads or is
// refused with util::DiagnosticError; anything else (a crash, another
// exception, a sanitizer report, a hang) is a finding. The results.json that
// goalchain report and merge read back (formats 2 and 3), against a small
// codebook whose two patterns the seeds name.
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/results_reader.h"
#include "goalchain/util/diagnostic.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

goalchain::codebook::Codebook seed_codebook() {
  goalchain::codebook::Codebook book;
  book.name = "fuzz";
  for (const auto& [id, keyword] : {std::pair{"actor.police", "polis*"}, std::pair{"pmh", "sexköp*"}}) {
    goalchain::codebook::Code code;
    code.id = id;
    code.label = id;
    code.keywords = {keyword};
    book.codes.push_back(std::move(code));
  }
  return book;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const goalchain::codebook::Codebook book = seed_codebook();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const goalchain::document::ResultsReader reader(text, "fuzz/results.json");
    reader.read_documents(book);
  } catch (const goalchain::util::DiagnosticError&) {
  }
  return 0;
}
