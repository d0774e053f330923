// The coding stage: applies a compiled codebook to every segment of a document.
#pragma once

#include "goalchain/codebook/matcher.h"
#include "goalchain/document/document.h"

namespace goalchain::coding {

// Replaces each segment's hits with the matcher's hits on its text.
void code_document(document::Document& document, const codebook::Matcher& matcher);

}  // namespace goalchain::coding
