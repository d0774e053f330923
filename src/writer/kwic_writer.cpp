#include "goalchain/writer/kwic_writer.h"

#include "goalchain/util/utf8.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace goalchain::writer {
namespace {

constexpr std::size_t kContextWidth = 40;
constexpr std::string_view kEllipsis = "…";

std::size_t width_of(std::string_view text) { return util::count_code_points(text); }

// Byte offset after the first `n` code points.
std::size_t offset_after(std::string_view text, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < n && pos < text.size(); ++i) util::decode_code_point(text, pos);
  return pos;
}

// `text` cut to `width` characters, keeping its end (for pre) or its start.
std::string fit(std::string_view text, std::size_t width, bool keep_end) {
  const std::size_t length = width_of(text);
  if (length <= width) return std::string(text);
  if (keep_end) {
    std::string_view kept = text.substr(offset_after(text, length - width + 1));
    while (!kept.empty() && kept.front() == ' ') kept.remove_prefix(1);
    return std::string(kEllipsis) + std::string(kept);
  }
  std::string_view kept = text.substr(0, offset_after(text, width - 1));
  while (!kept.empty() && kept.back() == ' ') kept.remove_suffix(1);
  return std::string(kept) + std::string(kEllipsis);
}

std::string pad_left(std::string_view text, std::size_t width) {
  const std::size_t length = width_of(text);
  return std::string(length < width ? width - length : 0, ' ') + std::string(text);
}

std::string pad_right(std::string_view text, std::size_t width) {
  const std::size_t length = width_of(text);
  return std::string(text) + std::string(length < width ? width - length : 0, ' ');
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos &&
      (text.empty() || (text.front() != ' ' && text.back() != ' '))) {
    return std::string(text);
  }
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

// A frequency table: column names, and rows of cells; `numeric[i]` right-aligns
// column i in the text table and writes it as a number in JSON.
struct Grid {
  std::vector<std::string> columns;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
};

std::string render_grid(const Grid& grid, std::string_view format) {
  if (format == "csv") {
    std::string out;
    for (std::size_t i = 0; i < grid.columns.size(); ++i) {
      out += (i ? "," : "") + csv_field(grid.columns[i]);
    }
    out += "\n";
    for (const auto& row : grid.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_field(row[i]);
      out += "\n";
    }
    return out;
  }
  if (format == "json") {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const auto& row : grid.rows) {
      nlohmann::ordered_json object;
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (grid.numeric[i]) {
          object[grid.columns[i]] = std::stoull(row[i]);
        } else {
          object[grid.columns[i]] = row[i];
        }
      }
      array.push_back(std::move(object));
    }
    return array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  std::vector<std::size_t> widths(grid.columns.size());
  for (std::size_t i = 0; i < grid.columns.size(); ++i) widths[i] = width_of(grid.columns[i]);
  for (const auto& row : grid.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], width_of(row[i]));
  }
  std::string out;
  const auto add_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += "  ";
      line += grid.numeric[i] ? pad_left(cells[i], widths[i]) : pad_right(cells[i], widths[i]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  add_line(grid.columns);
  for (const auto& row : grid.rows) add_line(row);
  return out;
}

}  // namespace

std::string render_kwic_term_totals(const std::vector<report::KwicTermTotal>& totals,
                                    std::string_view format) {
  Grid grid{{"term", "code", "hits", "documents", "rank"}, {false, false, true, true, true}, {}};
  for (const auto& total : totals) {
    grid.rows.push_back({total.term, total.code, std::to_string(total.hits),
                         std::to_string(total.documents), std::to_string(total.rank)});
  }
  return render_grid(grid, format);
}

std::string render_kwic_document_totals(const std::vector<report::KwicDocumentTotal>& totals,
                                        std::string_view format) {
  Grid grid{{"document", "path", "hits", "terms"}, {false, false, true, true}, {}};
  for (const auto& total : totals) {
    grid.rows.push_back(
        {total.document, total.path, std::to_string(total.hits), std::to_string(total.terms)});
  }
  return render_grid(grid, format);
}

std::string render_kwic_table(const std::vector<report::KwicRow>& rows) {
  struct Cells {
    std::string document, page, line, from, to, pre, keyword, post;
  };
  std::vector<Cells> cells;
  cells.push_back({"document", "page", "line", "from", "to", "pre", "keyword", "post"});
  for (const auto& row : rows) {
    cells.push_back({row.document, std::to_string(row.page),
                     std::to_string(row.line), std::to_string(row.from), std::to_string(row.to),
                     fit(row.pre, kContextWidth, true), row.keyword,
                     fit(row.post, kContextWidth, false)});
  }
  std::size_t widths[7] = {};
  for (const auto& c : cells) {
    const std::string* fields[7] = {&c.document, &c.page, &c.line,   &c.from,
                                    &c.to,       &c.pre,  &c.keyword};
    for (std::size_t i = 0; i < 7; ++i) widths[i] = std::max(widths[i], width_of(*fields[i]));
  }
  std::string out;
  for (const auto& c : cells) {
    std::string line = pad_right(c.document, widths[0]) + "  " + pad_left(c.page, widths[1]) +
                       "  " + pad_left(c.line, widths[2]) + "  " + pad_left(c.from, widths[3]) +
                       "  " + pad_left(c.to, widths[4]) + "  " + pad_left(c.pre, widths[5]) +
                       " | " + pad_right(c.keyword, widths[6]) + " | " + c.post;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string render_kwic_csv(const std::vector<report::KwicRow>& rows) {
  std::string out = "document,path,segment,page,line,from,to,pre,keyword,post,code,pattern\n";
  for (const auto& row : rows) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(row.document),
                       csv_field(row.path), csv_field(row.segment), row.page, row.line, row.from,
                       row.to, csv_field(row.pre), csv_field(row.keyword), csv_field(row.post),
                       csv_field(row.code), csv_field(row.pattern));
  }
  return out;
}

std::string render_kwic_json(const std::vector<report::KwicRow>& rows, const KwicQuery& query) {
  using ordered_json = nlohmann::ordered_json;
  ordered_json hits = ordered_json::array();
  for (const auto& row : rows) {
    hits.push_back(ordered_json{{"document", row.document},
                                {"path", row.path},
                                {"segment", row.segment},
                                {"page", row.page},
                                {"line", row.line},
                                {"from", row.from},
                                {"to", row.to},
                                {"pre", row.pre},
                                {"keyword", row.keyword},
                                {"post", row.post},
                                {"code", row.code},
                                {"pattern", row.pattern}});
  }
  ordered_json root;
  root["codebook"] = query.codebook;
  if (query.pattern.empty()) {
    root["code"] = query.code;
  } else {
    root["pattern"] = query.pattern;
  }
  root["window"] = query.window;
  root["hits"] = std::move(hits);
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace goalchain::writer
