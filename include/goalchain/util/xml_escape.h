// Text made safe for XML 1.0, for the writers that build XML as text.
#pragma once

#include <string>
#include <string_view>

namespace goalchain::util {

// `text` with the markup characters escaped, the characters XML 1.0 forbids
// (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF)
// dropped, and bytes that are not UTF-8 replaced by U+FFFD.
// With `attribute`, quotes are escaped too, and tab and line breaks written as
// character references so that attribute normalization keeps them; in element
// text only the carriage return is (a parser would turn CR LF into LF).
std::string escape_xml(std::string_view text, bool attribute);

}  // namespace goalchain::util
