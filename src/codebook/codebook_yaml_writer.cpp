#include "goalchain/codebook/codebook_yaml_writer.h"

#include "goalchain/util/yaml_scalar.h"

namespace goalchain::codebook {
namespace {

void write_comment(std::string& out, std::string_view comment) {
  while (!comment.empty()) {
    const std::size_t end = comment.find('\n');
    const std::string_view line = comment.substr(0, end);
    out += line.empty() ? "#\n" : "# " + std::string(line) + "\n";
    if (end == std::string_view::npos) break;
    comment.remove_prefix(end + 1);
  }
}

void write_field(std::string& out, std::string_view indent, std::string_view key,
                 std::string_view value) {
  if (value.empty()) return;
  out += std::string(indent) + std::string(key) + ": " + util::quote_yaml_scalar(value) + "\n";
}

}  // namespace

std::string render_codebook_yaml(const Codebook& codebook, std::string_view header_comment) {
  std::string out;
  write_comment(out, header_comment);
  out += "goalchain_codebook: 1\n";
  write_field(out, "", "name", codebook.name);
  write_field(out, "", "title", codebook.title);
  write_field(out, "", "language", codebook.language);
  write_field(out, "", "description", codebook.description);
  out += codebook.codes.empty() ? "codes: []\n" : "codes:\n";
  for (const Code& code : codebook.codes) {
    out += "  - id: " + util::quote_yaml_scalar(code.id) + "\n";
    if (code.label_en.empty()) {
      write_field(out, "    ", "label", code.label);
    } else if (code.label.empty()) {
      out += "    label: {en: " + util::quote_yaml_scalar(code.label_en) + "}\n";
    } else {
      out += "    label: {sv: " + util::quote_yaml_scalar(code.label) +
             ", en: " + util::quote_yaml_scalar(code.label_en) + "}\n";
    }
    write_field(out, "    ", "parent", code.parent);
    write_field(out, "    ", "description", code.description);
    write_field(out, "    ", "color", code.color);
    if (!code.keywords.empty()) {
      out += "    keywords:\n";
      for (const auto& keyword : code.keywords)
        out += "      - " + util::quote_yaml_scalar(keyword) + "\n";
    }
  }
  return out;
}

}  // namespace goalchain::codebook
