#include "goalchain/codebook/qdc_codebook.h"

#include "goalchain/codebook/code_tree.h"

#include <fmt/format.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace goalchain::codebook {
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

// Characters XML 1.0 forbids (controls other than tab, newline and carriage
// return) are dropped; markup characters are escaped. In attributes, tab and
// line breaks are written as references so that they survive normalization.
std::string escape_xml(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (static_cast<unsigned char>(ch) >= 0x20) out += ch;
    }
  }
  return out;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// "#RRGGBB" or "#RGB", the colours the schema accepts.
bool is_rgb_colour(std::string_view colour) {
  if (colour.size() != 7 && colour.size() != 4) return false;
  if (colour.front() != '#') return false;
  return std::all_of(colour.begin() + 1, colour.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

std::string describe(const Code& code) {
  std::string text = trim(code.description);
  if (!text.empty()) text += "\n\n";
  text += "goalchain id: " + code.id;
  if (!code.keywords.empty()) {
    text += "\nkeywords: ";
    for (std::size_t i = 0; i < code.keywords.size(); ++i) {
      if (i > 0) text += ", ";
      text += code.keywords[i];
    }
  }
  return text;
}

class QdcWriter {
 public:
  QdcWriter(const Codebook& codebook, std::string_view origin)
      : codebook_(codebook), origin_(origin), tree_(build_code_tree(codebook)) {}

  std::string render() {
    out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ += fmt::format("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"{}\">\n",
                        escape_xml(origin_, true));
    out_ += "  <Codes>\n";
    for (const std::size_t root : tree_.roots) write_code(root, "", 2);
    out_ += "  </Codes>\n";
    out_ += "</CodeBook>\n";
    return std::move(out_);
  }

 private:
  void write_code(std::size_t index, const std::string& parent_path, int depth) {
    const Code& code = codebook_.codes[index];
    const std::string path = parent_path.empty() ? code.id : parent_path + "/" + code.id;
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += fmt::format("{}<Code guid=\"{}\" name=\"{}\" isCodable=\"true\"{}>\n", indent,
                        derive_code_guid(codebook_.name, path),
                        escape_xml(code.label.empty() ? code.id : code.label, true),
                        is_rgb_colour(code.color) ? fmt::format(" color=\"{}\"", code.color) : "");
    out_ += fmt::format("{}  <Description>{}</Description>\n", indent,
                        escape_xml(describe(code), false));
    for (const std::size_t child : tree_.children[index]) write_code(child, path, depth + 1);
    out_ += indent + "</Code>\n";
  }

  const Codebook& codebook_;
  std::string_view origin_;
  CodeTree tree_;
  std::string out_;
};

}  // namespace

std::string derive_code_guid(std::string_view codebook_name, std::string_view code_path) {
  std::string data(kUrlNamespace.begin(), kUrlNamespace.end());
  data += "goalchain:";
  data += codebook_name;
  data += '/';
  data += code_path;
  auto bytes = sha1(data);
  bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x50);  // version 5
  bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
  std::string guid;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) guid += '-';
    guid += fmt::format("{:02x}", bytes[i]);
  }
  return guid;
}

std::string render_qdc_codebook(const Codebook& codebook, std::string_view origin) {
  if (codebook.codes.empty()) {
    throw std::invalid_argument("a REFI-QDA codebook needs at least one code");
  }
  return QdcWriter(codebook, origin).render();
}

}  // namespace goalchain::codebook
