// libFuzzer target (tests/fuzz/README.md): every input either reads or is
// refused with util::DiagnosticError; anything else (a crash, another
// exception, a sanitizer report, a hang) is a finding.
#include "goalchain/codebook/quanteda_dictionary.h"
#include "goalchain/util/diagnostic.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<goalchain::util::Diagnostic> warnings;
  try {
    goalchain::codebook::import_quanteda_dictionary(bytes, "fuzz.yml", warnings);
  } catch (const goalchain::util::DiagnosticError&) {
  }
  return 0;
}
