// libFuzzer target (tests/fuzz/README.md): every input either reads or is
// refused with util::DiagnosticError; anything else (a crash, another
// exception, a sanitizer report, a hang) is a finding.
#include "goalchain/document/manifest.h"
#include "goalchain/util/diagnostic.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    goalchain::document::parse_manifest(text, "fuzz/manifest.yaml", {});
  } catch (const goalchain::util::DiagnosticError&) {
  }
  return 0;
}
