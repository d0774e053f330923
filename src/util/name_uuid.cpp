#include "goalchain/util/name_uuid.h"

#include <fmt/format.h>
#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace goalchain::util {
namespace {

// RFC 4122, appendix C: the name space for URLs and URNs.
constexpr std::array<unsigned char, 16> kUrlNamespace = {
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

std::array<unsigned char, 20> sha1(std::string_view data) {
  std::array<unsigned char, 20> digest{};
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha1(), nullptr) != 1 ||
      size != digest.size()) {
    throw std::runtime_error("SHA-1 failed (OpenSSL EVP_Digest)");
  }
  return digest;
}

}  // namespace

std::string derive_name_uuid(std::string_view name) {
  std::string data(kUrlNamespace.begin(), kUrlNamespace.end());
  data += name;
  auto bytes = sha1(data);
  bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x50);  // version 5
  bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
  std::string uuid;
  uuid.reserve(36);
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) uuid += '-';
    uuid += fmt::format("{:02x}", bytes[i]);
  }
  return uuid;
}

}  // namespace goalchain::util
