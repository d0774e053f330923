#include "goalchain/util/sha256.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace goalchain::util {
namespace {

// Test vectors of FIPS 180-2 (appendix B) and of the empty message.
TEST(Sha256Test, KnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256Test, FileDigestEqualsDigestOfItsBytesAcrossBlocks) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("goalchain-sha256-test-" + std::to_string(::getpid()) + ".bin");
  std::string bytes;
  for (int i = 0; i < 200000; ++i) bytes += static_cast<char>(i * 31 % 251);  // > one 64 KiB block
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  EXPECT_EQ(sha256_file_hex(path), sha256_hex(bytes));
  std::filesystem::remove(path);
  EXPECT_THROW(sha256_file_hex(path), std::system_error);
}

}  // namespace
}  // namespace goalchain::util
