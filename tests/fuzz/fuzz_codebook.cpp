// libFuzzer target (tests/fuzz/README.md): every input either reads or is
// refused with util::DiagnosticError; anything else (a crash, another
// exception, a sanitizer report, a hang) is a finding.
// The codebook parser, then the compiler (Matcher) on what it accepts, matched
// against a sentence of a plan.
#include "goalchain/codebook/codebook_parser.h"
#include "goalchain/codebook/matcher.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = goalchain::codebook::parse_codebook_with_diagnostics(text, "fuzz.yaml");
  if (!parsed.diagnostics.empty()) return 0;
  const goalchain::codebook::Matcher matcher(parsed.codebook);
  matcher.match(
      "Polisen ska i samverkan med socialtjänsten utveckla arbetet mot sexköp och "
      "människohandel; antalet ärenden följs upp årligen.");
  return 0;
}
