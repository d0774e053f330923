// Field labels: "Ansvarig: Polismyndigheten", and a label alone on a line
// ("Aktiviteter:") that heads the lines or list below it. Recognised by their
// shape, not by a word list; the chain finder decides which role a label names.
#pragma once

#include <string>
#include <string_view>

#include "goalchain/codebook/layout_rules.h"

namespace goalchain::document {

// "Mål: ...", "Ansvarig: ...", "Aktivitet 1.1: ...": a label of one or two
// words starting with a capital, then ':' and white space or the line end.
bool is_label_line(std::string_view line);

// A label alone: at most three words starting with a capital and ending in
// ':' with nothing after it ("Aktiviteter:", "Mål och mått:"). Its words
// without the colon, or "" when the line is not one.
std::string label_alone(std::string_view line);

// A question alone on a line: a capital first, '?' last, at most
// kMaxQuestionLineWords words ("Vad ska göras?", "Who is responsible?").
bool is_question_line(std::string_view line);

// The field label a question heading alone on a line stands for (the
// codebook's `layout: question_labels`: "Who" → "Lead"), or "".
std::string question_label(std::string_view line, const codebook::LayoutRules& rules);

}  // namespace goalchain::document
