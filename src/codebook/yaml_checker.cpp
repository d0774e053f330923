#include "yaml_checker.h"

#include "goalchain/util/yaml_check.h"

namespace goalchain::codebook {

YAML::Node load_checked_yaml(Checker& check, const std::string& path) {
  util::YamlCheck structure = util::check_yaml_text(check.text(), path);
  if (!structure.loadable) throw util::DiagnosticError(std::move(structure.problems));
  try {
    return YAML::Load(check.text());
  } catch (const YAML::Exception& e) {
    check.error(e.mark, fmt::format("not valid YAML: {}", e.msg));
    throw util::DiagnosticError(std::move(check.diagnostics()));
  }
}

}  // namespace goalchain::codebook
