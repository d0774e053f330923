#include "goalchain/writer/chain_agreement_writer.h"

#include "goalchain/util/csv.h"
#include "goalchain/util/utf8.h"
#include "goalchain/writer/text_table.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace goalchain::writer {
namespace {

using agreement::ChainAgreementFigures;
using agreement::ChainAgreementReport;
using agreement::ComparedChain;
using agreement::ComparedElement;
using agreement::kComparedElements;
using json = nlohmann::ordered_json;

constexpr std::size_t kShownCodePoints = 70;  // of an anchor in the table

std::string figure(const std::optional<double>& value, std::string_view undefined) {
  return value ? fmt::format("{:.3f}", *value) : std::string(undefined);
}

json figure_json(const std::optional<double>& value) {
  return value ? json(std::round(*value * 1e6) / 1e6) : json(nullptr);
}

std::vector<std::string> figure_headers() {
  std::vector<std::string> h = {"hand_chains", "found_chains", "matched", "recall", "precision"};
  for (std::size_t e = 0; e < kComparedElements; ++e) {
    h.emplace_back(agreement::to_string(static_cast<ComparedElement>(e)));
  }
  h.emplace_back("elements");
  return h;
}

std::vector<std::string> figure_cells(const ChainAgreementFigures& f, std::string_view undefined) {
  std::vector<std::string> c = {std::to_string(f.hand_chains), std::to_string(f.found_chains),
                                std::to_string(f.matched), figure(f.recall, undefined),
                                figure(f.precision, undefined)};
  for (const auto& e : f.elements) c.push_back(figure(e, undefined));
  c.push_back(figure(f.elements_mean, undefined));
  return c;
}

json figures_json(const ChainAgreementFigures& f) {
  json elements = json::object();
  for (std::size_t e = 0; e < kComparedElements; ++e) {
    elements[std::string(agreement::to_string(static_cast<ComparedElement>(e)))] =
        figure_json(f.elements[e]);
  }
  return json{{"hand_chains", f.hand_chains}, {"found_chains", f.found_chains},
              {"matched", f.matched},         {"recall", figure_json(f.recall)},
              {"precision", figure_json(f.precision)}, {"elements", elements},
              {"elements_mean", figure_json(f.elements_mean)}};
}

json chain_json(const ComparedChain& c) {
  return json{{"id", c.id},
              {"anchor", c.anchor},
              {"line", c.line},
              {"activities", c.activities},
              {"indicators", c.indicators},
              {"actors", c.actors},
              {"problem", c.problem},
              {"national_goals", c.national_goals},
              {"complete", c.complete}};
}

// The anchor cut to kShownCodePoints, with "…" when cut.
std::string shown(const std::string& text) {
  if (util::count_code_points(text) <= kShownCodePoints) return text;
  std::size_t pos = 0;
  for (std::size_t n = 0; n < kShownCodePoints - 1 && pos < text.size(); ++n) {
    util::decode_code_point(text, pos);
  }
  return text.substr(0, pos) + "…";
}

std::string chain_line(const ComparedChain& c) {
  return fmt::format("line {} [{}] {}", c.line, c.id, shown(c.anchor));
}

void append_details(std::string& out, const agreement::DocumentChainAgreement& d) {
  out += fmt::format("\n{} against {}\n", d.document_path, d.hand_path);
  for (const auto& pair : d.matched) {
    out += fmt::format("  matched (overlap {:.3f})\n    hand:  {}\n    found: {}\n    ", pair.overlap,
                       chain_line(pair.hand), chain_line(pair.found));
    for (std::size_t e = 0; e < kComparedElements; ++e) {
      out += fmt::format("{}{} {:.3f}", e > 0 ? ", " : "",
                         agreement::to_string(static_cast<ComparedElement>(e)), pair.elements[e]);
    }
    out += '\n';
  }
  for (const auto& c : d.missed) out += fmt::format("  missed: {}\n", chain_line(c));
  for (const auto& c : d.extra) out += fmt::format("  extra:  {}\n", chain_line(c));
}

}  // namespace

std::string render_chain_agreement_table(const ChainAgreementReport& report) {
  std::string out = fmt::format(
      "Chains: hand reading against the chains found (a match: word overlap >= {:.2f})\n\n",
      report.threshold);
  std::vector<std::vector<std::string>> table;
  std::vector<std::string> head = {"plan"};
  for (auto& h : figure_headers()) head.push_back(std::move(h));
  table.push_back(std::move(head));
  for (std::size_t d = 0; d < report.documents.size(); ++d) {
    std::vector<std::string> row = {report.documents[d].document_path};
    for (auto& c : figure_cells(report.figures[d], "–")) row.push_back(std::move(c));
    table.push_back(std::move(row));
  }
  std::vector<std::string> total = {"total"};
  for (auto& c : figure_cells(report.total, "–")) total.push_back(std::move(c));
  table.push_back(std::move(total));
  const auto lines = align_columns(table);
  for (std::size_t r = 0; r < lines.size(); ++r) {
    if (r + 1 == lines.size() && lines.size() > 2) out += '\n';
    out += lines[r] + '\n';
  }
  out +=
      "\n– undefined: recall without hand chains, precision without chains found, element\n"
      "  agreement without matched chains. elements: the mean of the six element columns.\n";
  for (const auto& d : report.documents) append_details(out, d);
  return out;
}

std::string render_chain_agreement_json(const ChainAgreementReport& report) {
  json documents = json::array();
  for (std::size_t d = 0; d < report.documents.size(); ++d) {
    const auto& doc = report.documents[d];
    json matched = json::array();
    for (const auto& pair : doc.matched) {
      json elements = json::object();
      for (std::size_t e = 0; e < kComparedElements; ++e) {
        elements[std::string(agreement::to_string(static_cast<ComparedElement>(e)))] =
            figure_json(pair.elements[e]);
      }
      matched.push_back(json{{"overlap", figure_json(pair.overlap)},
                             {"elements", elements},
                             {"hand", chain_json(pair.hand)},
                             {"found", chain_json(pair.found)}});
    }
    json missed = json::array();
    for (const auto& c : doc.missed) missed.push_back(chain_json(c));
    json extra = json::array();
    for (const auto& c : doc.extra) extra.push_back(chain_json(c));
    documents.push_back(json{{"hand", doc.hand_path},
                             {"document", doc.document_path},
                             {"figures", figures_json(report.figures[d])},
                             {"matched", matched},
                             {"missed", missed},
                             {"extra", extra}});
  }
  const json out{{"threshold", report.threshold},
                 {"documents", documents},
                 {"total", figures_json(report.total)}};
  return out.dump(2) + "\n";
}

std::string render_chain_agreement_csv(const ChainAgreementReport& report) {
  std::vector<std::string> head = {"plan", "hand"};
  for (auto& h : figure_headers()) head.push_back(std::move(h));
  std::string out = util::csv_row(head);
  auto row = [&](const std::string& plan, const std::string& hand,
                 const ChainAgreementFigures& figures) {
    std::vector<std::string> fields = {util::csv_text(plan), util::csv_text(hand)};
    for (const auto& cell : figure_cells(figures, "")) fields.push_back(util::csv_number(cell));
    out += util::csv_row(fields);
  };
  for (std::size_t d = 0; d < report.documents.size(); ++d) {
    row(report.documents[d].document_path, report.documents[d].hand_path, report.figures[d]);
  }
  row("total", "", report.total);
  return out;
}

}  // namespace goalchain::writer
