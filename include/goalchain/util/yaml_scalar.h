// Writing text as YAML scalars that read back exactly.
#pragma once

#include <string>
#include <string_view>

namespace goalchain::util {

// `text` as a YAML scalar usable anywhere, block or flow: plain when that reads
// back as the same string (and not as a number, boolean or null), otherwise
// double-quoted with escapes. Non-ASCII characters are kept as UTF-8.
std::string quote_yaml_scalar(std::string_view text);

}  // namespace goalchain::util
