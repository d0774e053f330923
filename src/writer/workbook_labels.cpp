#include "goalchain/writer/workbook_labels.h"

namespace goalchain::writer {

Labels::Labels(const codebook::LabelTable& table, std::string language)
    : table_(&table), language_(std::move(language)) {
  if (language_.empty() && !table.languages.empty()) language_ = table.languages.front();
}

std::string Labels::operator()(std::string_view key) const {
  if (table_ == nullptr) return std::string(key);
  return table_->find(key, language_).value_or(std::string(key));
}

}  // namespace goalchain::writer
