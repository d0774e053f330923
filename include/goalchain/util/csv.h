// CSV as RFC 4180 describes it, safe to open in a spreadsheet program.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::util {

// A text field: quoted when it holds the separator, a quote, CR or LF (quotes
// doubled).
// Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab
// or CR) is prefixed with an apostrophe, as OWASP recommends.
std::string csv_text(std::string_view text, char separator = ',');

// A field already known to be a number, or empty: written as it is.
std::string csv_number(std::string_view number);

// Fields joined with the separator (a comma, or the semicolon that Excel set
// to Swedish and other decimal-comma languages expects) and ended with CRLF.
std::string csv_row(const std::vector<std::string>& fields, char separator = ',');

}  // namespace goalchain::util
