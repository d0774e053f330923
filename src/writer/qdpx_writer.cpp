#include "goalchain/writer/qdpx_writer.h"

#include "goalchain/codebook/qdc_codebook.h"
#include "goalchain/util/name_uuid.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/xml_escape.h"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace goalchain::writer {
namespace {

using util::escape_xml;

constexpr std::string_view kFixedTime = "1980-01-01T00:00:00Z";
constexpr std::string_view kSegmentSeparator = "\n\n";

// MS-DOS date of 1980-01-01 (day 1, month 1, year 0 since 1980), time 00:00:00.
constexpr zip_uint16_t kDosDate = (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;

// A segment's text as its source holds it: a carriage return (a YAML quoted
// scalar can hold one) becomes a line feed. Programs that read "\r\n" as one
// line end would otherwise count one character less than the positions do.
void append_source_text(std::string_view segment_text, std::string& text) {
  const std::size_t from = text.size();
  text += segment_text;
  std::replace(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), '\r', '\n');
}

std::string guid_of(std::string_view kind, std::string_view name) {
  return util::derive_name_uuid(fmt::format("goalchain:{}:{}", kind, name));
}

// Who coded: the engine, or a person through YAML `codes:`.
struct Coder {
  std::string_view key;   // part of the GUIDs of what this coder made
  std::string_view name;  // as the QDA program shows it
  std::string guid;
};

struct Selection {
  std::size_t start = 0;  // code points
  std::size_t end = 0;
  const document::Segment* segment = nullptr;
  const Coder* coder = nullptr;
  std::vector<std::size_t> codes;  // indexes into Codebook::codes
};

class ProjectWriter {
 public:
  ProjectWriter(const report::ReportModel& model, const QdpxOptions& options)
      : model_(model),
        book_(*model.codebook),
        created_(options.created.empty() ? std::string(kFixedTime) : options.created),
        origin_(options.origin),
        code_guids_(codebook::derive_code_guids(book_)),
        engine_{"engine", "goalchain", guid_of("user", "engine")},
        manual_{"manual", "manual codes", guid_of("user", "manual")} {}

  std::vector<QdpxEntry> render() {
    std::vector<QdpxEntry> entries(1);
    entries[0].name = "project.qde";
    std::string sources;
    bool any_manual = false;
    for (std::size_t d = 0; d < model_.documents.size(); ++d) {
      const auto& doc = model_.documents[d];
      const std::string guid = guid_of("source", doc.path);
      source_guids_.push_back(guid);
      std::string text;
      const auto selections = select_segments(d, text);
      for (const auto& selection : selections) any_manual |= selection.coder == &manual_;
      sources += render_source(doc, guid, selections);
      entries.push_back({"sources/" + guid + ".txt", std::move(text)});
    }

    std::string& xml = entries[0].content;
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += fmt::format(
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"{}\" origin=\"{}\" "
        "creatingUserGUID=\"{}\" creationDateTime=\"{}\">\n",
        escape_xml(book_.name, true), escape_xml(origin_, true), engine_.guid, created_);
    xml += "  <Users>\n";
    xml += render_user(engine_);
    if (any_manual) xml += render_user(manual_);
    xml += "  </Users>\n";
    if (!book_.codes.empty()) {
      xml += "  <CodeBook>\n" + codebook::render_qda_codes(book_, 2) + "  </CodeBook>\n";
    }
    xml += render_cases();
    if (!model_.documents.empty()) xml += "  <Sources>\n" + sources + "  </Sources>\n";
    xml += "</Project>\n";
    return entries;
  }

 private:
  static std::string render_user(const Coder& coder) {
    return fmt::format("    <User guid=\"{}\" name=\"{}\"/>\n", coder.guid,
                       escape_xml(coder.name, true));
  }

  // Builds the document's plain text into `text` and returns a selection for
  // each segment and coder with codes, in text order.
  std::vector<Selection> select_segments(std::size_t d, std::string& text) const {
    const auto& doc = model_.documents[d];
    std::vector<Selection> selections;
    std::size_t position = 0;
    for (std::size_t s = 0; s < doc.segments.size(); ++s) {
      const auto& segment = doc.segments[s];
      if (s > 0) {
        text += kSegmentSeparator;
        position += kSegmentSeparator.size();
      }
      const std::size_t start = position;
      append_source_text(segment.text, text);
      position += util::count_code_points(segment.text);

      Selection engine{start, position, &segment, &engine_, {}};
      for (const auto& code : model_.segment_codes[d][s]) engine.codes.push_back(code.code);
      if (!engine.codes.empty()) selections.push_back(std::move(engine));

      Selection manual{start, position, &segment, &manual_, {}};
      for (const auto& id : segment.manual_codes) {
        const auto index = book_.find(id);
        if (!index) {
          throw std::invalid_argument(
              fmt::format("segment {} of {}: code '{}' is not in codebook '{}'", segment.id,
                          doc.path, id, book_.name));
        }
        manual.codes.push_back(*index);
      }
      if (!manual.codes.empty()) selections.push_back(std::move(manual));
    }
    return selections;
  }

  std::string render_source(const document::Document& doc, const std::string& guid,
                            const std::vector<Selection>& selections) const {
    std::string out = fmt::format(
        "    <TextSource guid=\"{}\" name=\"{}\" plainTextPath=\"internal://{}.txt\" "
        "creatingUser=\"{}\" creationDateTime=\"{}\">\n",
        guid, escape_xml(doc.id, true), guid, engine_.guid, created_);
    out += fmt::format("      <Description>{}</Description>\n",
                       escape_xml(describe_document(doc), false));
    for (const auto& selection : selections) {
      const std::string selection_guid =
          guid_of("selection", fmt::format("{}:{}-{}:{}", doc.path, selection.start, selection.end,
                                           selection.coder->key));
      out += fmt::format(
          "      <PlainTextSelection guid=\"{}\" name=\"{}\" startPosition=\"{}\" "
          "endPosition=\"{}\" creatingUser=\"{}\" creationDateTime=\"{}\">\n",
          selection_guid, escape_xml(selection.segment->id, true), selection.start, selection.end,
          selection.coder->guid, created_);
      for (const std::size_t code : selection.codes) {
        out += fmt::format(
            "        <Coding guid=\"{}\" creatingUser=\"{}\" creationDateTime=\"{}\">"
            "<CodeRef targetGUID=\"{}\"/></Coding>\n",
            guid_of("coding", selection_guid + "/" + book_.codes[code].id), selection.coder->guid,
            created_, code_guids_[code]);
      }
      out += "      </PlainTextSelection>\n";
    }
    out += "    </TextSource>\n";
    return out;
  }

  // Title, issuer, county, type, period and path, one a line, those known.
  static std::string describe_document(const document::Document& doc) {
    std::string text;
    auto add = [&](std::string_view line) {
      if (line.empty()) return;
      if (!text.empty()) text += '\n';
      text += line;
    };
    add(doc.title);
    add(doc.issuer);
    if (doc.county != nullptr) add(doc.county->name);
    add(document::to_string(doc.type));
    add(document::to_string(doc.period));
    add(doc.path);
    return text;
  }

  // One Case per county with documents, holding them.
  std::string render_cases() const {
    std::string cases;
    for (const auto& county : model_.counties) {
      if (county.county == nullptr) continue;
      cases += fmt::format("    <Case guid=\"{}\" name=\"{}\">\n", guid_of("case", county.slug),
                           escape_xml(county.name, true));
      for (const std::size_t d : county.documents) {
        cases += fmt::format("      <SourceRef targetGUID=\"{}\"/>\n", source_guids_[d]);
      }
      cases += "    </Case>\n";
    }
    return cases.empty() ? cases : "  <Cases>\n" + cases + "  </Cases>\n";
  }

  const report::ReportModel& model_;
  const codebook::Codebook& book_;
  std::string created_;
  std::string origin_;
  std::vector<std::string> code_guids_;
  std::vector<std::string> source_guids_;
  Coder engine_;
  Coder manual_;
};

struct ZipError {
  zip_error_t error;
  ZipError() { zip_error_init(&error); }
  ~ZipError() { zip_error_fini(&error); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;
};

[[noreturn]] void fail(std::string_view what, zip_error_t* error) {
  throw std::runtime_error(
      fmt::format("cannot write the project archive: {}: {}", what, zip_error_strerror(error)));
}

struct FreeSource {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

}  // namespace

std::vector<QdpxEntry> render_qdpx_project(const report::ReportModel& model,
                                           const QdpxOptions& options) {
  return ProjectWriter(model, options).render();
}

std::string zip_qdpx_project(const std::vector<QdpxEntry>& entries) {
  ZipError error;
  // The archive is built in memory: `buffer` outlives the zip_t that writes to it.
  std::unique_ptr<zip_source_t, FreeSource> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &error.error));
  if (!buffer) fail("zip_source_buffer_create", &error.error);
  zip_source_keep(buffer.get());
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error.error);
  if (archive == nullptr) {
    zip_source_free(buffer.get());  // drops the reference zip_open_from_source did not take
    fail("zip_open_from_source", &error.error);
  }
  // Gives up on the archive, naming what failed and libzip's reason.
  auto discard = [archive](std::string_view what) {
    const std::string reason = zip_strerror(archive);
    zip_discard(archive);
    throw std::runtime_error(fmt::format("cannot write the project archive: {}: {}", what, reason));
  };
  for (const auto& entry : entries) {
    zip_source_t* source =
        zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    if (source == nullptr) discard(entry.name);
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      discard(entry.name);
    }
    const auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, at, ZIP_CM_DEFLATE, 9) != 0 ||
        zip_file_set_dostime(archive, at, kDosTime, kDosDate, 0) != 0) {
      discard(entry.name);
    }
  }
  if (zip_close(archive) != 0) discard("project.qdpx");

  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    fail("zip_source_stat", zip_source_error(buffer.get()));
  }
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  if (zip_source_open(buffer.get()) != 0) fail("zip_source_open", zip_source_error(buffer.get()));
  const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), bytes.size());
  zip_source_close(buffer.get());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    fail("zip_source_read", zip_source_error(buffer.get()));
  }
  return bytes;
}

}  // namespace goalchain::writer
