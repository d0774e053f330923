// libFuzzer target (tests/fuzz/README.md): every input either reads or is
// refused with util::DiagnosticError; anything else (a crash, another
// exception, a sanitizer report, a hang) is a finding. The first byte picks
// what the rest is: a .docx or an .odt file (libzip, then libxml2), or the
// XML of a .docx's word/document.xml or an .odt's content.xml alone, so the
// fuzzer reaches the XML readers without having to build a zip.
#include "goalchain/document/office_reader.h"
#include "goalchain/util/diagnostic.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0:
        goalchain::document::read_office_document(bytes, "fuzz.docx");
        break;
      case 1:
        goalchain::document::read_office_document(bytes, "fuzz.odt");
        break;
      case 2:
        goalchain::document::docx_to_text(bytes, {}, {}, "fuzz.docx");
        break;
      default:
        goalchain::document::odt_to_text(bytes, "fuzz.odt");
        break;
    }
  } catch (const goalchain::util::DiagnosticError&) {
  }
  return 0;
}
