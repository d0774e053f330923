#include "yaml_checker.h"

#include "goalchain/util/yaml_check.h"

#include <deque>
#include <mutex>

namespace goalchain::codebook {
namespace {

// The last few texts util::check_yaml_text found loadable. A run reads its
// codebook, then the codebook's sections and the shipped codebook's one at a
// time, each from the same text (seven loads of one file for `code`), and the
// check costs about as much as loading; a text checked once need not be
// checked again.
class LoadableTexts {
 public:
  bool contains(std::string_view text) {
    const std::lock_guard lock(mutex_);
    for (const auto& known : texts_) {
      if (known == text) return true;
    }
    return false;
  }
  void add(std::string_view text) {
    const std::lock_guard lock(mutex_);
    texts_.emplace_front(text);
    if (texts_.size() > kKept) texts_.pop_back();
  }

 private:
  static constexpr std::size_t kKept = 4;
  std::mutex mutex_;
  std::deque<std::string> texts_;
};

LoadableTexts& loadable_texts() {
  static LoadableTexts texts;
  return texts;
}

}  // namespace

YAML::Node load_checked_yaml(Checker& check, const std::string& path) {
  if (!loadable_texts().contains(check.text())) {
    util::YamlCheck structure = util::check_yaml_text(check.text(), path);
    if (!structure.loadable) throw util::DiagnosticError(std::move(structure.problems));
    loadable_texts().add(check.text());
  }
  try {
    return YAML::Load(check.text());
  } catch (const YAML::Exception& e) {
    check.error(e.mark, fmt::format("not valid YAML: {}", e.msg));
    throw util::DiagnosticError(std::move(check.diagnostics()));
  }
}

}  // namespace goalchain::codebook
