#include "goalchain/document/yaml_document_reader.h"

#include "goalchain/document/county.h"
#include "goalchain/document/segmenter.h"
#include "goalchain/document/yaml_scalar_lines.h"
#include "goalchain/document/text_lines.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/spelling.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/yaml_check.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <utility>

namespace goalchain::document {
namespace {

const std::string kFormatVersion = "1";

const std::vector<std::string> kDocumentKeys = {"goalchain", "county", "type",     "period",
                                                "title",     "source", "language", "sections"};
const std::vector<std::string> kSectionKeys = {"heading", "problem",    "text",    "paragraphs",
                                               "goals",   "activities", "sections"};
const std::vector<std::string> kGoalKeys = {"goal",        "codes",      "activities",
                                            "responsible", "indicators", "follow_up"};
const std::vector<std::string> kActivityKeys = {"activity", "codes", "responsible", "indicators",
                                                "follow_up"};
const std::vector<std::string> kTextItemKeys = {"text", "codes"};

constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2099;

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\n") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

// A scalar's text without the line breaks a block scalar ends with.
std::string strip_final_line_breaks(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

int parse_year(std::string_view text) {
  if (text.size() != 4) return 0;
  int year = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year >= kFirstYear && year <= kLastYear ? year : 0;
}

// "2020", "2017–2020", "2017-2020" (spaces around the dash allowed).
std::optional<Period> parse_period(std::string_view text) {
  text = trim(text);
  for (const std::string_view dash : {"\u2013", "\u2014", "-"}) {
    const std::size_t at = text.find(dash);
    if (at == std::string_view::npos) continue;
    const int from = parse_year(trim(text.substr(0, at)));
    const int to = parse_year(trim(text.substr(at + dash.size())));
    if (from == 0 || to == 0) return std::nullopt;
    return Period{from, to};
  }
  const int year = parse_year(text);
  if (year == 0) return std::nullopt;
  return Period{year, year};
}

std::optional<DocumentType> parse_document_type(std::string_view text) {
  const std::string folded = util::fold_case(trim(text));
  for (const DocumentType type :
       {DocumentType::strategi, DocumentType::handlingsplan, DocumentType::slutredovisning,
        DocumentType::lagesrapport, DocumentType::annat}) {
    if (folded == to_string(type)) return type;
  }
  if (folded == "lagesrapport") return DocumentType::lagesrapport;
  return std::nullopt;
}

std::vector<std::string> document_type_names() {
  return {"strategi", "handlingsplan", "slutredovisning", "lägesrapport", "annat"};
}

std::vector<std::string> county_names() {
  std::vector<std::string> names;
  for (const County& county : all_counties()) names.emplace_back(county.name);
  return names;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) {
    out += line;
    out += '\n';
  }
  return out;
}

// In a folded or quoted scalar each line break stands for a blank line.
std::string double_line_breaks(std::string_view text) {
  std::string out;
  for (const char c : text) {
    out += c;
    if (c == '\n') out += '\n';
  }
  return out;
}

// A key of a YAML map and its value.
struct Field {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
};

const Field* find_field(const std::vector<Field>& fields, std::string_view key) {
  for (const Field& field : fields) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

// One text the document spells out, with its source lines and manual codes.
struct TextItem {
  std::string text;
  int line = 0;
  int last_line = 0;
  std::vector<std::string> codes;
};

class YamlDocumentReader {
 public:
  YamlDocumentReader(std::string text, std::string path, const ReadOptions& options)
      : text_(std::move(text)), path_(std::move(path)), options_(options) {}

  Document read() {
    util::YamlCheck structure = util::check_yaml_text(text_, path_);
    diagnostics_ = std::move(structure.problems);
    if (!structure.loadable) fail();
    YAML::Node root;
    try {
      root = YAML::Load(text_);
    } catch (const YAML::Exception& e) {
      error(e.mark, fmt::format("not valid YAML: {}", e.msg),
            "check the indentation (spaces, not tabs) and quote texts that contain ': ' or "
            "start with a character such as '*', '&', '!', '[' or '{'");
      fail();
    }
    start_document();
    if (!root.IsMap()) {
      error(root.Mark(),
            "a YAML-coded document must be a map with 'goalchain', 'county', 'type', 'period' "
            "and 'sections'",
            "see docs/document-format.md for an example");
      fail();
    }
    if (const auto codebook_key = find_codebook_version_key(root)) {
      error(*codebook_key, "this is a codebook, not a YAML-coded document",
            "give a codebook with -c/--codebook, not as an input");
      fail();
    }
    const std::vector<Field> fields = fields_of(root, kDocumentKeys, "at the top of the document");
    if (!read_version(root, fields)) fail();
    read_county(root, find_field(fields, "county"));
    read_type(root, find_field(fields, "type"));
    read_period(root, find_field(fields, "period"));
    read_optional_text(find_field(fields, "title"), document_.title);
    read_optional_text(find_field(fields, "source"), document_.source);
    read_optional_text(find_field(fields, "language"), document_.language);
    read_sections(root, find_field(fields, "sections"));

    if (!diagnostics_.empty()) fail();
    if (document_.title.empty()) {
      for (const Segment& segment : document_.segments) {
        if (segment.kind == SegmentKind::heading) {
          document_.title = segment.text;
          break;
        }
      }
    }
    return std::move(document_);
  }

 private:
  // ---- diagnostics ---------------------------------------------------------

  void error_at(std::size_t offset, std::string message, std::string hint) {
    util::Diagnostic d;
    d.file = path_;
    d.message = std::move(message);
    d.hint = std::move(hint);
    const util::TextPosition where = util::locate_offset(text_, offset);
    d.line = where.line;
    d.column = where.column;
    d.source_line = where.line_text;
    diagnostics_.push_back(std::move(d));
  }

  void error(const YAML::Mark& mark, std::string message, std::string hint = {}) {
    if (mark.pos >= 0) {
      error_at(static_cast<std::size_t>(mark.pos), std::move(message), std::move(hint));
      return;
    }
    util::Diagnostic d;
    d.file = path_;
    d.message = std::move(message);
    d.hint = std::move(hint);
    diagnostics_.push_back(std::move(d));
  }

  // Throws every problem found, in file order.
  [[noreturn]] void fail() {
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                     [](const util::Diagnostic& a, const util::Diagnostic& b) {
                       return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    throw util::DiagnosticError(std::move(diagnostics_));
  }

  // Where to point at a value: the value itself, or its key when it is empty
  // (yaml-cpp marks an empty value where the next token starts).
  static YAML::Mark mark_of(const Field& field) {
    if (field.value && !field.value.IsNull()) return field.value.Mark();
    return field.key_node.Mark();
  }

  static YAML::Mark mark_of(const YAML::Node& node, const YAML::Mark& fallback) {
    if (node && !node.IsNull()) return node.Mark();
    return fallback;
  }

  // ---- maps and scalars ----------------------------------------------------

  // Where a codebook's top map has its key `goalchain_codebook`, if it does.
  static std::optional<YAML::Mark> find_codebook_version_key(const YAML::Node& root) {
    for (const auto& entry : root) {
      if (entry.first.IsScalar() && entry.first.Scalar() == "goalchain_codebook") {
        return entry.first.Mark();
      }
    }
    return std::nullopt;
  }

  // The known keys of a map in the order written; unknown and repeated keys
  // are reported.
  std::vector<Field> fields_of(const YAML::Node& map, const std::vector<std::string>& allowed,
                               std::string_view where) {
    std::vector<Field> fields;
    for (const auto& entry : map) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string hint;
        if (auto suggestion = util::suggest_closest(key, allowed)) {
          hint = fmt::format("did you mean '{}'?", *suggestion);
        } else {
          hint = fmt::format("the keys allowed {} are: {}", where, fmt::join(allowed, ", "));
        }
        error(entry.first.Mark(), fmt::format("unknown key '{}' {}", key, where), hint);
        continue;
      }
      fields.push_back(Field{key, entry.first, entry.second});
    }
    return fields;
  }

  // A text value: a scalar that is not blank. `what` names it in messages.
  std::optional<TextItem> read_text(const YAML::Node& node, const YAML::Mark& mark,
                                    std::string_view what) {
    if (!node || node.IsNull()) {
      error(mark, fmt::format("{} is empty", what), "write the text, or leave the key out");
      return std::nullopt;
    }
    if (!node.IsScalar()) {
      error(mark, fmt::format("{} must be text", what));
      return std::nullopt;
    }
    std::string text = strip_final_line_breaks(node.Scalar());
    if (is_blank(text)) {
      error(mark, fmt::format("{} is empty", what), "write the text, or leave the key out");
      return std::nullopt;
    }
    const ScalarLines lines =
        locate_scalar_lines(text_, static_cast<std::size_t>(node.Mark().pos), node.Scalar());
    return TextItem{std::move(text), lines.first_content_line(), lines.last_content_line(), {}};
  }

  // Text, or a map {text: ..., codes: [...]}. `what` names it in messages.
  std::optional<TextItem> read_text_item(const YAML::Node& node, const YAML::Mark& mark,
                                         std::string_view what) {
    if (!node.IsMap()) {
      if (node.IsSequence()) {
        error(mark, fmt::format("{} must be text or a map with 'text' and 'codes'", what),
              "write the text, or {text: ..., codes: [...]}");
        return std::nullopt;
      }
      return read_text(node, mark, what);
    }
    const std::vector<Field> fields = fields_of(node, kTextItemKeys, fmt::format("in {}", what));
    std::vector<std::string> codes = read_codes(find_field(fields, "codes"));
    const Field* text = find_field(fields, "text");
    if (text == nullptr) {
      error(node.Mark(), fmt::format("missing 'text' in {}", what),
            "write {text: ..., codes: [...]}");
      return std::nullopt;
    }
    auto item = read_text(text->value, mark_of(*text), "'text'");
    if (item) item->codes = std::move(codes);
    return item;
  }

  std::vector<std::string> read_codes(const Field* field) {
    std::vector<std::string> codes;
    if (field == nullptr) return codes;
    if (!field->value.IsSequence()) {
      error(mark_of(*field), "'codes' must be a list", "write codes: [NS3, actor.police]");
      return codes;
    }
    for (const auto& item : field->value) {
      const YAML::Mark mark = mark_of(item, field->value.Mark());
      if (!item.IsScalar() || is_blank(item.Scalar())) {
        error(mark, "a code must be a code id such as 'NS3'", "write codes: [NS3, actor.police]");
        continue;
      }
      const std::string code = item.Scalar();
      if (std::find(codes.begin(), codes.end(), code) != codes.end()) {
        error(mark, fmt::format("code '{}' is given twice", code), "give each code once");
        continue;
      }
      const auto& known = options_.known_codes;
      if (!known.empty() && std::find(known.begin(), known.end(), code) == known.end()) {
        std::string hint = "use the id of a code in the codebook";
        if (auto suggestion = util::suggest_closest(code, known)) {
          hint = fmt::format("did you mean '{}'?", *suggestion);
        }
        error(mark, fmt::format("unknown code '{}'", code), hint);
        continue;
      }
      codes.push_back(code);
    }
    return codes;
  }

  // Calls `read_item(item, mark)` for each entry of a list-valued field.
  template <typename Fn>
  void for_each_entry(const Field& field, std::string_view hint, Fn&& read_item) {
    if (!field.value.IsSequence()) {
      error(mark_of(field), fmt::format("'{}' must be a list", field.key), std::string(hint));
      return;
    }
    for (const auto& item : field.value) read_item(item, mark_of(item, field.value.Mark()));
  }

  // ---- the document's head -------------------------------------------------

  void start_document() {
    const std::filesystem::path fs_path(path_);
    const std::string stem = fs_path.stem().string();
    document_.path = path_;
    document_.format = "yaml";
    document_.encoding = "utf-8";
    document_.pages = 1;
    document_.id = util::find_invalid_utf8(stem) == std::string::npos ? util::to_ascii_slug(stem)
                                                                      : std::string();
    if (document_.id.empty()) document_.id = "document";
  }

  // False when the version is missing or not one this reader knows: the
  // other keys are not checked against the wrong format.
  bool read_version(const YAML::Node& root, const std::vector<Field>& fields) {
    const Field* version = find_field(fields, "goalchain");
    if (version == nullptr) {
      error(root.Mark(), "missing 'goalchain'",
            fmt::format("start the file with goalchain: {}, the format version", kFormatVersion));
      return false;
    }
    if (!version->value.IsScalar() || version->value.Scalar() != kFormatVersion) {
      error(mark_of(*version),
            fmt::format("unsupported format version '{}'",
                        version->value.IsScalar() ? version->value.Scalar() : std::string("?")),
            fmt::format("this goalchain reads goalchain: {}", kFormatVersion));
      return false;
    }
    return true;
  }

  void read_optional_text(const Field* field, std::string& target) {
    if (field == nullptr) return;
    if (auto item = read_text(field->value, mark_of(*field), fmt::format("'{}'", field->key))) {
      target = std::move(item->text);
    }
  }

  void read_county(const YAML::Node& root, const Field* field) {
    if (field == nullptr) {
      error(root.Mark(), "missing 'county'", "name the county: " + describe_county_choices());
      return;
    }
    const auto item = read_text(field->value, mark_of(*field), "'county'");
    if (!item) return;
    document_.county = find_county(item->text);
    if (document_.county != nullptr) return;
    std::string hint = "name " + describe_county_choices();
    if (auto suggestion = util::suggest_closest(item->text, county_names())) {
      hint = fmt::format("did you mean '{}'?", *suggestion);
    }
    error(mark_of(*field), fmt::format("unknown county '{}'", item->text), hint);
  }

  void read_type(const YAML::Node& root, const Field* field) {
    const std::string types = fmt::format("{}", fmt::join(document_type_names(), ", "));
    if (field == nullptr) {
      error(root.Mark(), "missing 'type'", fmt::format("add type: with one of {}", types));
      return;
    }
    const auto item = read_text(field->value, mark_of(*field), "'type'");
    if (!item) return;
    if (auto type = parse_document_type(item->text)) {
      document_.type = *type;
      return;
    }
    std::string hint = fmt::format("use one of {}", types);
    if (auto suggestion = util::suggest_closest(item->text, document_type_names())) {
      hint = fmt::format("did you mean '{}'?", *suggestion);
    }
    error(mark_of(*field), fmt::format("unknown document type '{}'", item->text), hint);
  }

  void read_period(const YAML::Node& root, const Field* field) {
    if (field == nullptr) {
      error(root.Mark(), "missing 'period'", "add period: 2020 or period: 2017–2020");
      return;
    }
    const auto item = read_text(field->value, mark_of(*field), "'period'");
    if (!item) return;
    const auto period = parse_period(item->text);
    if (period && period->from <= period->to) {
      document_.period = *period;
      return;
    }
    error(mark_of(*field), fmt::format("invalid period '{}'", item->text),
          period ? "the period ends before it starts: write the earlier year first"
                 : fmt::format("write one year (2020) or a range of years (2017–2020), "
                               "years {}–{}",
                               kFirstYear, kLastYear));
  }

  // ---- sections and the chain ----------------------------------------------

  void read_sections(const YAML::Node& root, const Field* field) {
    if (field == nullptr) {
      error(root.Mark(), "missing 'sections'",
            "add sections: with at least one '- heading: ...' entry");
      return;
    }
    if (field->value.IsSequence() && field->value.size() == 0) {
      error(mark_of(*field), "'sections' is empty", "add at least one '- heading: ...' entry");
      return;
    }
    read_section_list(*field);
  }

  void read_section_list(const Field& field) {
    for_each_entry(
        field, "write sections: followed by '- heading: ...' entries",
        [&](const YAML::Node& node, const YAML::Mark& mark) { read_section(node, mark); });
  }

  void read_section(const YAML::Node& node, const YAML::Mark& mark) {
    if (!node.IsMap()) {
      error(mark, "each entry of 'sections' must be a map with 'heading'",
            "write - heading: <the section's heading>");
      return;
    }
    const std::vector<Field> fields = fields_of(node, kSectionKeys, "in a section");
    const Field* heading = find_field(fields, "heading");
    std::optional<TextItem> title;
    if (heading == nullptr) {
      error(node.Mark(), "missing 'heading' in a section",
            "every section starts with heading: <the section's heading>");
    } else {
      title = read_text(heading->value, mark_of(*heading), "'heading'");
      if (title) add_segment(SegmentKind::heading, *title, {});
    }
    section_.push_back(title ? title->text : std::string());
    for (const Field& field : fields) {
      if (field.key == "problem") {
        if (auto item = read_text_item(field.value, mark_of(field), "'problem'")) {
          add_segment(SegmentKind::problem, *item, {});
        }
      } else if (field.key == "text") {
        read_prose(field);
      } else if (field.key == "paragraphs") {
        for_each_entry(
            field, "write paragraphs: followed by '- text: ...' entries",
            [&](const YAML::Node& item_node, const YAML::Mark& item_mark) {
              if (auto item = read_text_item(item_node, item_mark, "an entry of 'paragraphs'")) {
                add_segment(SegmentKind::paragraph, *item, {});
              }
            });
      } else if (field.key == "goals") {
        for_each_entry(field, "write goals: followed by '- goal: ...' entries",
                       [&](const YAML::Node& goal, const YAML::Mark& goal_mark) {
                         read_goal(goal, goal_mark);
                       });
      } else if (field.key == "activities") {
        read_activities(field, {});
      } else if (field.key == "sections") {
        read_section_list(field);
      }
    }
    section_.pop_back();
  }

  // `text:` prose, segmented like a text file at the lines it stands on.
  void read_prose(const Field& field) {
    const auto item = read_text(field.value, mark_of(field), "'text'");
    if (!item) return;
    const std::string& value = field.value.Scalar();
    const ScalarLines lines =
        locate_scalar_lines(text_, static_cast<std::size_t>(field.value.Mark().pos), value);
    std::vector<Segment> segments;
    if (lines.exact) {
      segments = segment_text(join_lines(lines.lines));
      for (Segment& segment : segments) {
        segment.line += lines.first_line - 1;
        segment.last_line += lines.first_line - 1;
      }
    } else {
      segments = segment_text(double_line_breaks(value));
      for (Segment& segment : segments) {
        segment.line = lines.first_content_line();
        segment.last_line = lines.last_content_line();
      }
    }
    for (Segment& segment : segments) {
      std::vector<std::string> section = section_;
      section.insert(section.end(), segment.section.begin(), segment.section.end());
      segment.section = std::move(section);
      segment.page = 1;
      segment.id = next_id();
      document_.segments.push_back(std::move(segment));
    }
  }

  void read_goal(const YAML::Node& node, const YAML::Mark& mark) {
    if (!node.IsMap()) {
      error(mark, "each entry of 'goals' must be a map with 'goal'",
            "write - goal: <the goal's text>");
      return;
    }
    const std::vector<Field> fields = fields_of(node, kGoalKeys, "in a goal");
    std::vector<std::string> codes = read_codes(find_field(fields, "codes"));
    std::string id;
    if (const Field* goal = find_field(fields, "goal")) {
      if (auto item = read_text(goal->value, mark_of(*goal), "'goal'")) {
        item->codes = std::move(codes);
        id = add_segment(SegmentKind::goal, *item, {});
      }
    } else {
      error(node.Mark(), "missing 'goal'",
            "each entry of 'goals' starts with goal: <the goal's text>");
    }
    read_chain_fields(fields, id);
  }

  void read_activities(const Field& field, const std::string& parent) {
    for_each_entry(
        field, "write activities: followed by '- activity: ...' entries",
        [&](const YAML::Node& node, const YAML::Mark& mark) { read_activity(node, mark, parent); });
  }

  void read_activity(const YAML::Node& node, const YAML::Mark& mark, const std::string& parent) {
    if (!node.IsMap()) {
      error(mark, "each entry of 'activities' must be a map with 'activity'",
            "write - activity: <the activity's text>");
      return;
    }
    const std::vector<Field> fields = fields_of(node, kActivityKeys, "in an activity");
    std::vector<std::string> codes = read_codes(find_field(fields, "codes"));
    std::string id;
    if (const Field* activity = find_field(fields, "activity")) {
      if (auto item = read_text(activity->value, mark_of(*activity), "'activity'")) {
        item->codes = std::move(codes);
        id = add_segment(SegmentKind::activity, *item, parent);
      }
    } else {
      error(node.Mark(), "missing 'activity'",
            "each entry of 'activities' starts with activity: <the activity's text>");
    }
    read_chain_fields(fields, id);
  }

  // A goal's or activity's activities, responsible, indicators and follow-up,
  // in the order written; `parent` is the goal's or activity's segment id.
  void read_chain_fields(const std::vector<Field>& fields, const std::string& parent) {
    for (const Field& field : fields) {
      if (field.key == "activities") {
        read_activities(field, parent);
      } else if (field.key == "responsible") {
        read_text_list(field, SegmentKind::responsible, parent,
                       "write responsible: [Länsstyrelsen, Polismyndigheten]");
      } else if (field.key == "indicators") {
        read_text_list(field, SegmentKind::indicator, parent,
                       "write indicators: followed by '- ...' entries, one per indicator");
      } else if (field.key == "follow_up") {
        if (auto item = read_text_item(field.value, mark_of(field), "'follow_up'")) {
          add_segment(SegmentKind::follow_up, *item, parent);
        }
      }
    }
  }

  void read_text_list(const Field& field, SegmentKind kind, const std::string& parent,
                      std::string_view hint) {
    const std::string what = fmt::format("an entry of '{}'", field.key);
    for_each_entry(field, hint, [&](const YAML::Node& node, const YAML::Mark& mark) {
      if (auto item = read_text_item(node, mark, what)) add_segment(kind, *item, parent);
    });
  }

  std::string next_id() const {
    return fmt::format("{}:{}", document_.id, document_.segments.size() + 1);
  }

  // Appends a segment; returns its id.
  std::string add_segment(SegmentKind kind, const TextItem& item, const std::string& parent) {
    Segment segment;
    segment.id = next_id();
    segment.kind = kind;
    segment.page = 1;
    segment.line = item.line;
    segment.last_line = item.last_line;
    segment.parent = parent;
    segment.text = item.text;
    segment.section = section_;
    segment.manual_codes = item.codes;
    // Every entry but a heading may carry `codes:`; without them the person said "none".
    segment.hand_codable = kind != SegmentKind::heading;
    document_.segments.push_back(std::move(segment));
    return document_.segments.back().id;
  }

  std::string text_;
  std::string path_;
  const ReadOptions& options_;
  Document document_;
  std::vector<std::string> section_;  // headings of the enclosing sections, outermost first
  std::vector<util::Diagnostic> diagnostics_;
};

}  // namespace

Document read_yaml_document(std::string_view yaml_text, const std::string& path,
                            const ReadOptions& options) {
  if (yaml_text.starts_with("\xEF\xBB\xBF")) yaml_text.remove_prefix(3);
  return YamlDocumentReader(normalize_line_ends(yaml_text), path, options).read();
}

}  // namespace goalchain::document
