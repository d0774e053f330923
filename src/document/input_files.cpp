#include "goalchain/document/input_files.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <set>
#include <string_view>
#include <system_error>

namespace goalchain::document {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string to_lower_ascii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return text;
}

bool is_readme(const fs::path& path) { return to_lower_ascii(path.stem().string()) == "readme"; }

constexpr std::array<std::string_view, 7> kDocumentExtensions{".txt", ".md", ".pdf", ".yaml",
                                                              ".yml", ".docx", ".odt"};

// A document by its extension, but not a README: folders of plans often
// describe themselves in one, and it is not a plan.
bool is_document(const fs::path& path) {
  const std::string extension = to_lower_ascii(path.extension().string());
  if (std::find(kDocumentExtensions.begin(), kDocumentExtensions.end(), extension) ==
      kDocumentExtensions.end()) {
    return false;
  }
  return !is_readme(path);
}

util::Diagnostic problem(util::Severity severity, const fs::path& file, std::string message,
                         std::string hint) {
  util::Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.file = file.string();
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  return diagnostic;
}

// The documents under `directory`, recursively, skipping hidden entries and
// not following symbolic links to directories. Directories that cannot be read
// are reported: an error for the input itself, a warning below it.
// Files skipped for their extension, by extension ("" for none), in the order found.
using SkippedFiles = std::map<std::string, std::vector<fs::path>>;

void search_directory(const fs::path& directory, bool is_input, std::vector<fs::path>& found,
                      SkippedFiles& skipped, std::vector<util::Diagnostic>& problems) {
  std::error_code ec;
  fs::directory_iterator it(directory, ec);
  if (ec) {
    problems.push_back(problem(is_input ? util::Severity::error : util::Severity::warning, directory,
                               "cannot read directory: " + ec.message(),
                               "check that the directory exists and is readable"));
    return;
  }
  for (const fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    const fs::directory_entry& entry = *it;
    if (is_hidden(entry.path())) continue;
    std::error_code status_ec;
    if (entry.is_symlink(status_ec)) {
      // Links to files count, and so do broken links, so that reading them
      // reports the problem; links to directories are not followed (no loops).
      if (!entry.is_directory(status_ec) && is_document(entry.path())) {
        found.push_back(entry.path());
      }
    } else if (entry.is_directory(status_ec)) {
      search_directory(entry.path(), false, found, skipped, problems);
    } else if (entry.is_regular_file(status_ec)) {
      if (is_document(entry.path())) {
        found.push_back(entry.path());
      } else if (!is_readme(entry.path())) {
        skipped[to_lower_ascii(entry.path().extension().string())].push_back(entry.path());
      }
    }
  }
  if (ec) {
    problems.push_back(problem(is_input ? util::Severity::error : util::Severity::warning, directory,
                               "cannot read directory: " + ec.message(),
                               "check that the directory is readable"));
  }
}

// One warning per extension: a folder of plans that holds Word files must not
// look as if it held only the plans that were read.
void report_skipped_files(const fs::path& directory, SkippedFiles& skipped,
                          std::vector<util::Diagnostic>& problems) {
  for (auto& [extension, files] : skipped) {
    std::sort(files.begin(), files.end());
    const std::string kind = extension.empty() ? "without an extension" : "ending in " + extension;
    const std::string count =
        files.size() == 1 ? "1 file" : std::to_string(files.size()) + " files";
    problems.push_back(problem(
        util::Severity::warning, directory,
        "skipped " + count + " " + kind + " (" + files.front().string() +
            (files.size() > 1 ? ", ..." : "") + "): not a document goalchain reads",
        "goalchain reads .txt, .md, .pdf, .docx, .odt, .yaml and .yml; save other documents as "
        "PDF or text "
        "(e.g. libreoffice --headless --convert-to pdf FILE), or name a file directly to read it "
        "as text"));
  }
}

}  // namespace

std::string file_identity(const fs::path& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  if (ec) canonical = fs::absolute(path, ec).lexically_normal();
  return canonical.string();
}

std::vector<fs::path> collect_input_files(const std::vector<std::string>& inputs,
                                          std::vector<util::Diagnostic>& problems) {
  std::vector<fs::path> files;
  std::set<std::string> seen;
  auto add = [&](const fs::path& path) {
    if (seen.insert(file_identity(path)).second) files.push_back(path);
  };

  for (const std::string& input : inputs) {
    if (input == kStandardInput) {
      if (seen.insert(input).second) files.emplace_back(input);
      continue;
    }
    const fs::path path(input);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      problems.push_back(problem(util::Severity::error, path, "no such file or directory",
                                 "check the path"));
      continue;
    }
    if (!fs::is_directory(status)) {
      add(path);
      continue;
    }
    std::vector<fs::path> found;
    SkippedFiles skipped;
    const std::size_t problems_before = problems.size();
    search_directory(path, true, found, skipped, problems);
    report_skipped_files(path, skipped, problems);
    std::sort(found.begin(), found.end(),
              [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
    // An empty but readable directory is worth a warning; an unreadable one
    // has its error already.
    const bool unreadable =
        std::any_of(problems.begin() + static_cast<std::ptrdiff_t>(problems_before), problems.end(),
                    [&](const util::Diagnostic& d) {
                      return d.file == path.string() && d.severity == util::Severity::error;
                    });
    if (found.empty() && !unreadable) {
      problems.push_back(problem(util::Severity::warning, path,
                                 "no documents found (.txt, .md, .pdf, .docx, .odt, .yaml, .yml)",
                                 "name the files directly, or save them in one of these formats"));
    }
    for (const fs::path& file : found) add(file);
  }
  return files;
}

}  // namespace goalchain::document
