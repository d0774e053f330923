#include "goalchain/coding/document_coder.h"

namespace goalchain::coding {

void code_document(document::Document& document, const codebook::Matcher& matcher) {
  for (auto& segment : document.segments) segment.hits = matcher.match(segment.text);
}

}  // namespace goalchain::coding
