// The coding stage: applies a compiled codebook to every segment of a document.
#pragma once

#include "goalchain/codebook/matcher.h"
#include "goalchain/document/document.h"

namespace goalchain::coding {

// Replaces each segment's hits with the matcher's hits. Each segment is a
// paragraph; segments with the same headings above them form a section (a
// heading belongs to the section it opens); segments are split into sentences
// (document::split_sentences) only when a rule has sentence scope.
void code_document(document::Document& document, const codebook::Matcher& matcher);

}  // namespace goalchain::coding
