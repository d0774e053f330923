// SHA-256 digests (OpenSSL), as lower-case hex, for recording exactly which
// files a run read.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace goalchain::util {

// The SHA-256 of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

// The SHA-256 of the file at `path`, read in blocks. Throws std::system_error
// naming the path when it cannot be read.
std::string sha256_file_hex(const std::filesystem::path& path);

}  // namespace goalchain::util
