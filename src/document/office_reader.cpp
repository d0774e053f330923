#include "goalchain/document/office_reader.h"

#include "goalchain/document/text_reader.h"
#include "goalchain/util/diagnostic.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace goalchain::document {
namespace {

[[noreturn]] void fail(const std::string& path, std::string message, std::string hint) {
  util::throw_file_error(path, std::move(message), std::move(hint));
}

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses without touching the network and without expanding entities, so a
// document cannot reach out or blow up (no XXE, no billion laughs).
XmlDoc parse_xml(std::string_view xml, const std::string& path, std::string_view part) {
  if (xml.empty()) return nullptr;
  XmlDoc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                               XML_PARSE_NOCDATA));
  if (!doc) {
    const xmlError* error = xmlGetLastError();
    fail(path,
         fmt::format("{} is not well-formed XML{}", part,
                     error != nullptr && error->message != nullptr
                         ? fmt::format(" (line {}: {})", error->line,
                                       std::string(error->message).substr(
                                           0, std::strcspn(error->message, "\n")))
                         : std::string()),
         "the file is damaged; open it in a word processor and save it again, or save it as PDF");
  }
  return doc;
}

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

const xmlNode* child(const xmlNode* node, const char* name) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (named(c, name)) return c;
  }
  return nullptr;
}

// An attribute by its local name, whatever its namespace ("w:val" is "val").
std::string attribute(const xmlNode* node, const char* name) {
  if (node == nullptr) return {};
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::optional<int> number(const std::string& text) {
  if (text.empty() || text.size() > 3) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Runs of white space become one space; the ends are trimmed.
std::string tidy(const std::string& text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// What the text reader is given: blocks apart by blank lines, footnotes after.
struct TextBuilder {
  std::vector<std::string> blocks;
  std::vector<std::string> footnotes;
  std::vector<std::string> row;  // cells of the table row being read

  void add_block(const std::string& prefix, const std::string& words) {
    const std::string text = tidy(words);
    if (!text.empty()) blocks.push_back(prefix + text);
  }

  std::string finish() const {
    std::string out;
    for (const auto& block : blocks) out += block + "\n\n";
    if (!footnotes.empty()) {
      out += '\f';
      for (std::size_t i = 0; i < footnotes.size(); ++i) {
        out += fmt::format("{} {}\n", i + 1, footnotes[i]);
      }
    }
    return out;
  }
};

std::string heading_prefix(int level) { return std::string(static_cast<std::size_t>(level), '#') + " "; }

// ---------------------------------------------------------------- docx

// Outline level (1 = top) of each paragraph style that has one.
std::map<std::string, int> read_style_levels(const xmlNode* styles) {
  struct Style {
    std::string based_on;
    std::optional<int> level;
  };
  std::map<std::string, Style> found;
  for (const xmlNode* s = styles ? styles->children : nullptr; s != nullptr; s = s->next) {
    if (!named(s, "style") || attribute(s, "type") != "paragraph") continue;
    Style style;
    style.based_on = attribute(child(s, "basedOn"), "val");
    if (const xmlNode* ppr = child(s, "pPr")) {
      if (auto level = number(attribute(child(ppr, "outlineLvl"), "val")); level && *level < 9) {
        style.level = *level + 1;
      }
    }
    // Word's built-in style names are stored in English whatever the language.
    if (!style.level && attribute(child(s, "name"), "val") == "Title") style.level = 1;
    found[attribute(s, "styleId")] = style;
  }
  std::map<std::string, int> levels;
  for (const auto& [id, style] : found) {
    const Style* at = &style;
    for (int depth = 0; at != nullptr && depth < 16; ++depth) {  // basedOn may loop
      if (at->level) {
        levels[id] = *at->level;
        break;
      }
      const auto parent = found.find(at->based_on);
      at = parent == found.end() ? nullptr : &parent->second;
    }
  }
  return levels;
}

void collect_docx_words(const xmlNode* node, std::string& words) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (named(c, "t")) {
      xmlChar* text = xmlNodeGetContent(c);
      if (text != nullptr) {
        words += reinterpret_cast<const char*>(text);
        xmlFree(text);
      }
    } else if (named(c, "tab") || named(c, "br") || named(c, "cr")) {
      words += ' ';
    } else if (named(c, "noBreakHyphen")) {
      words += '-';
    } else if (named(c, "delText") || named(c, "instrText") || named(c, "del") ||
               named(c, "Fallback") || named(c, "pPr") || named(c, "rPr")) {
      // Deleted text, field codes, duplicates for old readers, properties.
    } else {
      collect_docx_words(c, words);
    }
  }
}

void read_docx_paragraph(const xmlNode* p, const std::map<std::string, int>& style_levels,
                         TextBuilder& out) {
  std::string words;
  collect_docx_words(p, words);
  std::optional<int> level;
  bool list = false;
  if (const xmlNode* ppr = child(p, "pPr")) {
    if (auto l = number(attribute(child(ppr, "outlineLvl"), "val")); l && *l < 9) level = *l + 1;
    if (!level) {
      const auto found = style_levels.find(attribute(child(ppr, "pStyle"), "val"));
      if (found != style_levels.end()) level = found->second;
    }
    list = child(ppr, "numPr") != nullptr;
  }
  if (level) {
    out.add_block(heading_prefix(*level), words);
  } else {
    out.add_block(list ? "• " : "", words);
  }
}

void read_docx_table(const xmlNode* table, TextBuilder& out) {
  for (const xmlNode* tr = table->children; tr != nullptr; tr = tr->next) {
    if (!named(tr, "tr")) continue;
    std::vector<std::string> cells;
    for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
      if (!named(tc, "tc")) continue;
      std::string words;
      for (const xmlNode* p = tc->children; p != nullptr; p = p->next) {
        if (named(p, "p")) {
          collect_docx_words(p, words);
          words += ' ';
        }
      }
      if (const std::string cell = tidy(words); !cell.empty()) cells.push_back(cell);
    }
    std::string line;
    for (const auto& cell : cells) line += (line.empty() ? "" : " | ") + cell;
    out.add_block("", line);
  }
}

void read_docx_blocks(const xmlNode* parent, const std::map<std::string, int>& style_levels,
                      TextBuilder& out, int depth) {
  if (depth > 64) return;  // content controls nest; real documents stay shallow
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (named(c, "p")) {
      read_docx_paragraph(c, style_levels, out);
    } else if (named(c, "tbl")) {
      read_docx_table(c, out);
    } else if (named(c, "sdt") || named(c, "sdtContent") || named(c, "customXml")) {
      read_docx_blocks(c, style_levels, out, depth + 1);
    }
  }
}

// ---------------------------------------------------------------- odt

void collect_odt_words(const xmlNode* node, std::string& words, TextBuilder& out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      words += reinterpret_cast<const char*>(c->content);
    } else if (named(c, "s")) {
      words += std::string(static_cast<std::size_t>(number(attribute(c, "c")).value_or(1)), ' ');
    } else if (named(c, "tab") || named(c, "line-break")) {
      words += ' ';
    } else if (named(c, "note")) {
      if (const xmlNode* body = child(c, "note-body")) {
        std::string note;
        for (const xmlNode* p = body->children; p != nullptr; p = p->next) {
          collect_odt_words(p, note, out);
          note += ' ';
        }
        if (const std::string text = tidy(note); !text.empty()) out.footnotes.push_back(text);
      }
    } else if (c->type == XML_ELEMENT_NODE) {
      collect_odt_words(c, words, out);
    }
  }
}

void read_odt_blocks(const xmlNode* parent, TextBuilder& out, bool in_list, int depth) {
  if (depth > 64) return;
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (named(c, "h")) {
      std::string words;
      collect_odt_words(c, words, out);
      out.add_block(heading_prefix(std::clamp(number(attribute(c, "outline-level")).value_or(1), 1, 9)),
                    words);
    } else if (named(c, "p")) {
      std::string words;
      collect_odt_words(c, words, out);
      out.add_block(in_list ? "• " : "", words);
    } else if (named(c, "list") || named(c, "list-item") || named(c, "list-header")) {
      read_odt_blocks(c, out, true, depth + 1);
    } else if (named(c, "table-row")) {
      std::vector<std::string> cells;
      for (const xmlNode* cell = c->children; cell != nullptr; cell = cell->next) {
        if (!named(cell, "table-cell")) continue;
        std::string words;
        collect_odt_words(cell, words, out);
        if (const std::string text = tidy(words); !text.empty()) cells.push_back(text);
      }
      std::string line;
      for (const auto& cell : cells) line += (line.empty() ? "" : " | ") + cell;
      out.add_block("", line);
    } else if (named(c, "table") || named(c, "table-header-rows") || named(c, "table-rows") ||
               named(c, "section") || named(c, "text") || named(c, "body")) {
      read_odt_blocks(c, out, in_list, depth + 1);
    }
  }
}

// ---------------------------------------------------------------- zip

struct ZipClose {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

// The unpacked bytes of one entry; nullopt when the archive has no such entry.
std::optional<std::string> read_zip_entry(zip_t* archive, const char* name, const std::string& path) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, 0, &stat) != 0) return std::nullopt;
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > kMaxOfficePartBytes) {
    fail(path, fmt::format("{} unpacks to more than {} MiB", name, kMaxOfficePartBytes >> 20),
         "this is not an ordinary document; save it as PDF or text to read it");
  }
  zip_file_t* file = zip_fopen(archive, name, 0);
  if (file == nullptr) {
    fail(path, fmt::format("cannot unpack {}: {}", name, zip_strerror(archive)),
         "the file is damaged or encrypted; save it again without a password");
  }
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_fread(file, bytes.data(), bytes.size());
  zip_fclose(file);
  if (read < 0 || static_cast<std::size_t>(read) != bytes.size()) {
    fail(path, fmt::format("cannot unpack {}", name),
         "the file is damaged; open it in a word processor and save it again");
  }
  return bytes;
}

std::string lower_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return extension;
}

}  // namespace

std::string docx_to_text(std::string_view document_xml, std::string_view styles_xml,
                         std::string_view footnotes_xml, const std::string& path) {
  const XmlDoc document = parse_xml(document_xml, path, "word/document.xml");
  const XmlDoc styles = parse_xml(styles_xml, path, "word/styles.xml");
  const XmlDoc footnotes = parse_xml(footnotes_xml, path, "word/footnotes.xml");
  const auto style_levels = read_style_levels(styles ? xmlDocGetRootElement(styles.get()) : nullptr);
  TextBuilder out;
  const xmlNode* root = document ? xmlDocGetRootElement(document.get()) : nullptr;
  if (const xmlNode* body = root ? child(root, "body") : nullptr) {
    read_docx_blocks(body, style_levels, out, 0);
  }
  const xmlNode* notes = footnotes ? xmlDocGetRootElement(footnotes.get()) : nullptr;
  for (const xmlNode* n = notes ? notes->children : nullptr; n != nullptr; n = n->next) {
    // Separators are footnotes of a type; real ones have none.
    if (!named(n, "footnote") || !attribute(n, "type").empty()) continue;
    std::string words;
    collect_docx_words(n, words);
    if (const std::string text = tidy(words); !text.empty()) out.footnotes.push_back(text);
  }
  return out.finish();
}

std::string odt_to_text(std::string_view content_xml, const std::string& path) {
  const XmlDoc content = parse_xml(content_xml, path, "content.xml");
  TextBuilder out;
  if (const xmlNode* root = content ? xmlDocGetRootElement(content.get()) : nullptr) {
    read_odt_blocks(root, out, false, 0);
  }
  return out.finish();
}

Document read_office_document(std::string_view bytes, const std::string& path,
                              const ReadOptions& options) {
  const bool odt = lower_extension(path) == ".odt";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  std::unique_ptr<zip_t, ZipClose> archive(
      source != nullptr ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr);
  if (!archive) {
    if (source != nullptr) zip_source_free(source);
    zip_error_fini(&error);
    fail(path, odt ? "not an OpenDocument text file (not a zip archive)"
                   : "not a Word document (not a zip archive)",
         "an old .doc or a renamed file: save it as .docx, PDF or text");
  }
  zip_error_fini(&error);
  std::string text;
  if (odt) {
    const auto content = read_zip_entry(archive.get(), "content.xml", path);
    if (!content) fail(path, "not an OpenDocument text file: content.xml is missing", "save it again as .odt, PDF or text");
    text = odt_to_text(*content, path);
  } else {
    const auto document = read_zip_entry(archive.get(), "word/document.xml", path);
    if (!document) fail(path, "not a Word document: word/document.xml is missing", "save it again as .docx, PDF or text");
    const auto styles = read_zip_entry(archive.get(), "word/styles.xml", path);
    const auto footnotes = read_zip_entry(archive.get(), "word/footnotes.xml", path);
    text = docx_to_text(*document, styles.value_or(""), footnotes.value_or(""), path);
  }
  ReadOptions utf8 = options;
  utf8.encoding = Encoding::utf8;
  Document result = read_text_document(text, path, utf8);
  result.format = odt ? "odt" : "docx";
  return result;
}

}  // namespace goalchain::document
