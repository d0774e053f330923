#include "goalchain/document/page_furniture.h"

namespace goalchain::document {

CleanedText remove_page_furniture(std::string_view utf8_text) {
  return CleanedText{std::string(utf8_text), {}};
}

}  // namespace goalchain::document
