// The words the workbooks show in one language: sheet names, column headings
// for the report tables' column ids, yes/no, flags. They are data, the
// codebook's `labels:` (codebook/label_table.h, docs/workbooks.md).
#pragma once

#include "goalchain/codebook/label_table.h"

#include <string>
#include <string_view>

namespace goalchain::writer {

class Labels {
 public:
  // No labels: every key is shown as it is.
  Labels() = default;
  // The labels of `table` in `language` (empty: the table's first language).
  // `table` must outlive this.
  Labels(const codebook::LabelTable& table, std::string language);

  // What `key` (a column id such as "national_goals", a sheet key such as
  // "sheet.chains", a flag such as "goal_without_indicator") is called; a key
  // without a label is returned as it is.
  std::string operator()(std::string_view key) const;

  // The language code ("sv", "en").
  const std::string& language() const { return language_; }

 private:
  const codebook::LabelTable* table_ = nullptr;
  std::string language_;
};

}  // namespace goalchain::writer
