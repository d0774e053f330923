#include "goalchain/writer/summary_json.h"

#include "goalchain/report/summary_tables.h"
#include "goalchain/util/json_stream.h"

#include <sstream>
#include <string_view>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace goalchain::writer {
namespace {

using util::JsonStream;
using Layout = JsonStream::Layout;

constexpr int kSummaryFormat = 1;

void write_value(JsonStream& json, const report::TableValue& value) {
  std::visit(
      [&json](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          json.null();
        } else if constexpr (std::is_same_v<T, std::string>) {
          json.string(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          json.boolean(v);
        } else {
          json.number(v);
        }
      },
      value);
}

void write_sources(JsonStream& json, const report::ReportTable& table) {
  json.key("sources");
  json.begin_array();
  for (const auto& row : table.sources) {
    json.begin_object(Layout::line);
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      if (!row[c]) continue;
      json.key_text(table.columns[c]);
      json.begin_object(Layout::line);
      json.key("county");
      json.string(row[c]->county);
      json.key("sheet");
      json.string(row[c]->sheet);
      json.key("code");
      json.string_or_null(row[c]->code);
      json.end_object();
    }
    json.end_object();
  }
  json.end_array();
}

void write_table(JsonStream& json, const report::ReportTable& table, bool with_sources) {
  json.begin_object();
  json.key("columns");
  json.begin_array(Layout::line);
  for (const auto& column : table.columns) json.string(column);
  json.end_array();
  json.key("rows");
  json.begin_array();
  for (const auto& row : table.rows) {
    json.begin_object(Layout::line);
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      json.key_text(table.columns[c]);
      write_value(json, row[c]);
    }
    json.end_object();
  }
  json.end_array();
  if (with_sources) write_sources(json, table);
  json.end_object();
}

}  // namespace

void write_summary_json(const report::ReportModel& model, std::ostream& out) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("write_summary_json: the report model has no codebook");
  }
  JsonStream json(out);
  json.begin_object();
  json.key("goalchain");
  json.begin_object(Layout::line);
  json.key("version");
  json.string(model.tool_version);
  json.key("summary_format");
  json.number(kSummaryFormat);
  json.end_object();
  // Only the questions carry their sources: the other tables' are implied by
  // their rows (a county's codes and chains sheets).
  for (const auto& [name, table] : report::tabulate_summary(model)) {
    json.key_text(name);
    write_table(json, table, name == "questions");
  }
  json.end_object();
  json.finish();
}

std::string render_summary_json(const report::ReportModel& model) {
  std::ostringstream out;
  write_summary_json(model, out);
  return std::move(out).str();
}

}  // namespace goalchain::writer
