#include "goalchain/util/yaml_check.h"

#include "goalchain/util/utf8.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <sstream>
#include <unordered_map>

namespace goalchain::util {
namespace {

// Bad bytes reported before the rest of the file is left unread.
constexpr int kMaxInvalidBytesReported = 5;

// Thrown by the handler to stop the parser at the first problem that makes
// reading on pointless (or dangerous).
struct StopReading {
  bool unsafe = true;  // false: the text may still be loaded
};

std::uint64_t add_saturating(std::uint64_t a, std::uint64_t b) {
  return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max()
                                                          : a + b;
}

class Reporter {
 public:
  Reporter(std::string_view text, const std::string& path) : locator_(text), path_(path) {}

  void error_at(std::size_t offset, std::string message, std::string hint) {
    Diagnostic d;
    d.file = path_;
    d.message = std::move(message);
    d.hint = std::move(hint);
    const TextPosition where = locator_.locate(offset);
    d.line = where.line;
    d.column = where.column;
    d.source_line = where.line_text;
    diagnostics_.push_back(std::move(d));
  }

  void error(const YAML::Mark& mark, std::string message, std::string hint) {
    error_at(mark.pos >= 0 ? static_cast<std::size_t>(mark.pos) : 0, std::move(message),
             std::move(hint));
  }

  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

 private:
  TextLocator locator_;
  const std::string& path_;
  std::vector<Diagnostic> diagnostics_;
};

// Walks the parser's events with a budget: depth, alias expansion, keys seen
// per map, documents.
class CheckingHandler : public YAML::EventHandler {
 public:
  CheckingHandler(Reporter& reporter, const YamlLimits& limits)
      : reporter_(reporter), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ < 2) return;
    reporter_.error(mark, "a second YAML document (after '---'); goalchain reads one per file",
                    "remove the '---' line and what follows it, or move it to a file of its own");
    throw StopReading{false};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    note_key(mark, nullptr);
    finish_node(1, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    note_key(mark, nullptr);
    const std::string name = anchor_name(anchor);
    for (const Frame& frame : stack_) {
      if (frame.anchor != anchor) continue;
      reporter_.error(mark,
                      fmt::format("alias '*{}' lies inside the node '&{}' it refers to", name, name),
                      "a node cannot contain itself: copy the part you need instead of the alias");
      throw StopReading{};
    }
    const auto size = anchor_sizes_.find(anchor);
    const std::uint64_t expanded = size == anchor_sizes_.end() ? 1 : size->second;
    alias_nodes_ = add_saturating(alias_nodes_, expanded);
    if (alias_nodes_ > limits_.max_alias_nodes) {
      reporter_.error(
          mark,
          fmt::format("aliases expand to more than {} nodes (the alias expansion limit)",
                      limits_.max_alias_nodes),
          fmt::format("'*{}' alone stands for {} nodes; write the parts out or use fewer aliases",
                      name, expanded));
      throw StopReading{};
    }
    finish_node(expanded, 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    note_key(mark, &value);
    finish_node(1, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, false);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, true);
  }
  void OnMapEnd() override { close(); }

  void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_name_ = name; }

 private:
  struct Frame {
    bool is_map = false;
    bool expecting_key = true;
    YAML::anchor_t anchor = 0;
    std::uint64_t size = 1;                // nodes below, aliases expanded
    std::map<std::string, int> key_lines;  // keys of a map, with the line of each
  };

  std::string anchor_name(YAML::anchor_t anchor) const {
    const auto it = anchor_names_.find(anchor);
    return it == anchor_names_.end() ? std::string("?") : it->second;
  }

  // A node starts: if it is a key of the enclosing map, check it is new there.
  void note_key(const YAML::Mark& mark, const std::string* scalar) {
    if (stack_.empty() || !stack_.back().is_map) return;
    Frame& map = stack_.back();
    const bool is_key = map.expecting_key;
    map.expecting_key = !map.expecting_key;
    if (!is_key || scalar == nullptr) return;
    const int line = mark.line + 1;
    const auto [first, fresh] = map.key_lines.emplace(*scalar, line);
    if (fresh) return;
    reporter_.error(mark, fmt::format("duplicate key '{}'", *scalar),
                    fmt::format("'{}' is already given on line {}; give each key once", *scalar,
                                first->second));
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool is_map) {
    note_key(mark, nullptr);
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      reporter_.error(mark,
                      fmt::format("nested more than {} levels deep (the nesting limit)",
                                  limits_.max_depth),
                      "lists and maps this deep are not a codebook, document or manifest");
      throw StopReading{};
    }
    name_anchor(anchor);
    Frame frame;
    frame.is_map = is_map;
    frame.anchor = anchor;
    stack_.push_back(std::move(frame));
  }

  void close() {
    const Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish_node(frame.size, frame.anchor);
  }

  void name_anchor(YAML::anchor_t anchor) {
    if (anchor == 0) return;
    anchor_names_[anchor] = pending_name_;
    pending_name_.clear();
  }

  void finish_node(std::uint64_t size, YAML::anchor_t anchor) {
    if (anchor != 0) {
      if (anchor_names_.find(anchor) == anchor_names_.end()) name_anchor(anchor);
      anchor_sizes_[anchor] = size;
    }
    if (!stack_.empty()) stack_.back().size = add_saturating(stack_.back().size, size);
  }

  Reporter& reporter_;
  const YamlLimits& limits_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, std::uint64_t> anchor_sizes_;
  std::unordered_map<YAML::anchor_t, std::string> anchor_names_;
  std::string pending_name_;
  std::uint64_t alias_nodes_ = 0;
  int documents_ = 0;
};

// Control characters YAML does not allow in a file (all below 0x20 but tab and
// line ends, and DEL): yaml-cpp lets some through and turns a NUL into a byte
// that is not UTF-8.
bool is_forbidden_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// The first few invalid UTF-8 bytes and control characters; true if any.
bool report_bad_bytes(std::string_view text, Reporter& reporter) {
  int reported = 0;
  for (std::size_t offset = 0; reported < kMaxInvalidBytesReported && offset < text.size();) {
    const std::size_t bad = find_invalid_utf8(text.substr(offset));
    const std::size_t end = bad == std::string_view::npos ? text.size() : offset + bad;
    const auto control = std::find_if(text.begin() + static_cast<std::ptrdiff_t>(offset),
                                      text.begin() + static_cast<std::ptrdiff_t>(end),
                                      [](char c) { return is_forbidden_control(static_cast<unsigned char>(c)); });
    if (control != text.begin() + static_cast<std::ptrdiff_t>(end)) {
      offset = static_cast<std::size_t>(control - text.begin());
      reporter.error_at(offset,
                        fmt::format("control character 0x{:02X}, which YAML does not allow",
                                    static_cast<unsigned char>(text[offset])),
                        "remove it; write a tab or a line break as itself, others as an escape "
                        "in double quotes (\"\\x07\")");
    } else if (bad != std::string_view::npos) {
      offset = end;
      reporter.error_at(offset,
                        fmt::format("not valid UTF-8 (byte 0x{:02X})",
                                    static_cast<unsigned char>(text[offset])),
                        "save the file as UTF-8");
    } else {
      break;
    }
    ++reported;
    ++offset;
  }
  return reported > 0;
}

}  // namespace

YamlCheck check_yaml_text(std::string_view text, const std::string& path,
                          const YamlLimits& limits) {
  Reporter reporter(text, path);
  YamlCheck check;
  if (report_bad_bytes(text, reporter)) {
    check.loadable = false;
  } else {
    std::istringstream in{std::string(text)};
    CheckingHandler handler(reporter, limits);
    try {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(handler)) {
      }
    } catch (const StopReading& stop) {
      check.loadable = !stop.unsafe;
    } catch (const YAML::Exception&) {
      // A syntax error: the reader's own load reports it with its hint.
    }
  }
  check.problems = std::move(reporter.diagnostics());
  return check;
}

}  // namespace goalchain::util
