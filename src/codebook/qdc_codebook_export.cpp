#include "goalchain/codebook/qdc_codebook.h"

#include "goalchain/codebook/code_tree.h"

#include "goalchain/util/name_uuid.h"
#include "goalchain/util/xml_escape.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace goalchain::codebook {
namespace {

using util::escape_xml;

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

// The <Codes> element of a codebook, and each code's GUID (from its path of
// ids from the root down).
class CodesWriter {
 public:
  explicit CodesWriter(const Codebook& codebook)
      : codebook_(codebook), tree_(build_code_tree(codebook)), guids_(codebook.codes.size()) {
    for (const std::size_t root : tree_.roots) derive_guids(root, "");
  }

  std::string render(int depth) {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    out_ = indent + "<Codes>\n";
    for (const std::size_t root : tree_.roots) write_code(root, depth + 1);
    out_ += indent + "</Codes>\n";
    return std::move(out_);
  }

  std::vector<std::string> take_guids() { return std::move(guids_); }

 private:
  void derive_guids(std::size_t index, const std::string& parent_path) {
    const std::string& id = codebook_.codes[index].id;
    const std::string path = parent_path.empty() ? id : parent_path + "/" + id;
    guids_[index] = derive_code_guid(codebook_.name, path);
    for (const std::size_t child : tree_.children[index]) derive_guids(child, path);
  }

  void write_code(std::size_t index, int depth) {
    const Code& code = codebook_.codes[index];
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += fmt::format("{}<Code guid=\"{}\" name=\"{}\" isCodable=\"true\"{}>\n", indent,
                        guids_[index], escape_xml(code.label.empty() ? code.id : code.label, true),
                        is_rgb_colour(code.color) ? fmt::format(" color=\"{}\"", code.color) : "");
    out_ += fmt::format("{}  <Description>{}</Description>\n", indent,
                        escape_xml(describe(code), false));
    for (const std::size_t child : tree_.children[index]) write_code(child, depth + 1);
    out_ += indent + "</Code>\n";
  }

  const Codebook& codebook_;
  CodeTree tree_;
  std::vector<std::string> guids_;
  std::string out_;
};

}  // namespace

std::string derive_code_guid(std::string_view codebook_name, std::string_view code_path) {
  std::string name = "goalchain:";
  name += codebook_name;
  name += '/';
  name += code_path;
  return util::derive_name_uuid(name);
}

std::vector<std::string> derive_code_guids(const Codebook& codebook) {
  return CodesWriter(codebook).take_guids();
}

std::string render_qda_codes(const Codebook& codebook, int depth) {
  return CodesWriter(codebook).render(depth);
}

std::string render_qdc_codebook(const Codebook& codebook, std::string_view origin) {
  if (codebook.codes.empty()) {
    throw std::invalid_argument("a REFI-QDA codebook needs at least one code");
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += fmt::format("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"{}\">\n",
                     escape_xml(origin, true));
  xml += render_qda_codes(codebook, 1);
  xml += "</CodeBook>\n";
  return xml;
}

}  // namespace goalchain::codebook
