// Writes JSON text as it is produced, without building a tree first, so that
// a report of any size costs memory for one buffer only. Output is indented by
// two spaces, with containers opened as Layout::line written on one line
// (`{"term": "x", "start": 3}`), which keeps long lists of small records short,
// and those opened as Layout::compact on one line without spaces (`[3,0,12]`),
// for the millions of small tuples of a results file.
#pragma once

#include <concepts>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::util {

// A member name written in the source, checked when compiled to be ASCII
// that needs no escaping, so that writing it is a copy.
class JsonName {
 public:
  template <std::size_t N>
  consteval JsonName(const char (&name)[N]) : text_(name, N - 1) {  // NOLINT: implicit on purpose
    for (const char c : text_) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte >= 0x80 || c == '"' || c == '\\') {
        throw "JsonName: a name that needs escaping; use JsonStream::key_text";
      }
    }
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

class JsonStream {
 public:
  enum class Layout { block, line, compact };

  // Writes to `out`, through a buffer; call finish() at the end. With
  // Layout::line every container is written on one line, so that each value
  // at the top, ended by finish(), is one line of JSON Lines.
  explicit JsonStream(std::ostream& out, Layout layout = Layout::block);
  // The same, for a value that will stand `base_levels` containers deep in a
  // bigger document (its lines indented as they would be there): rendered
  // apart, e.g. on another thread, and put in place with encoded().
  JsonStream(std::ostream& out, Layout layout, std::size_t base_levels);
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  // Containers. Inside a line container every nested container is on the line
  // too; inside a compact one, compact too.
  void begin_object(Layout layout = Layout::block);
  void end_object();
  void begin_array(Layout layout = Layout::block);
  void end_array();

  // The name of the next member; only inside an object. key() takes a name
  // written in the source, key_text() any other, escaped as JSON needs.
  void key(JsonName name);
  void key_text(std::string_view name);

  // Values. Strings must be UTF-8; invalid bytes are written as U+FFFD.
  void string(std::string_view text);
  // `text`, or null when it is empty.
  void string_or_null(std::string_view text);
  // An array of strings on one line: ["a", "b"].
  void string_list(const std::vector<std::string>& items);
  void null();
  void boolean(bool value);
  // A value already encoded as JSON text, e.g. by quote_json_string, written
  // as it is: for constant strings that a run writes millions of times.
  void encoded(std::string_view json_text);
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  void number(T value) {
    if constexpr (std::is_signed_v<T>) {
      write_integer(static_cast<std::int64_t>(value));
    } else {
      write_unsigned(static_cast<std::uint64_t>(value));
    }
  }
  // Shortest form that reads back to the same double, always with a fraction
  // or exponent ("1.0"); NaN and infinities, which JSON lacks, as null.
  void number(double value);

  // Writes what is buffered to the stream and flushes it, containers open or
  // not. Throws std::runtime_error when the stream failed.
  void flush();

  // Bytes of text produced so far, written to the stream or still buffered.
  std::uint64_t size() const { return flushed_ + used_; }

  // Ends the text with a newline and flushes; more values may follow (JSON
  // Lines). Throws std::logic_error when
  // containers are still open and std::runtime_error when the stream failed.
  void finish();

 private:
  struct Level {
    bool object = false;
    bool line = false;
    bool compact = false;  // no space after "," and ":"
    bool empty = true;
  };

  void begin_value();
  void begin_container(char open, bool object, Layout layout);
  void end_container(char close, bool object);
  void write_integer(std::int64_t value);
  void write_unsigned(std::uint64_t value);
  struct BufferOut;  // lets the escaping code write to the buffer
  void begin_key();
  void begin_item(Level& level);  // the separator and indent before a member or element
  void flush_if_full();
  // Throws naming the reason (strerror) when the stream has failed.
  void throw_if_failed() const;
  void grow(std::size_t more);
  void put(std::string_view text) {
    if (used_ + text.size() > buffer_.size()) grow(text.size());
    std::memcpy(buffer_.data() + used_, text.data(), text.size());
    used_ += text.size();
  }
  void put(char c) {
    if (used_ == buffer_.size()) grow(1);
    buffer_[used_++] = c;
  }
  void put_indent();

  std::ostream& out_;
  std::string buffer_;    // storage, kept at its full size; used_ bytes of it are written
  std::size_t used_ = 0;
  std::uint64_t flushed_ = 0;  // bytes written to out_
  std::vector<Level> levels_;
  bool after_key_ = false;
  bool one_line_ = false;  // every container on one line
  std::size_t base_levels_ = 0;  // indentation levels around the whole value
};

// `text` as a JSON string literal, quotes included (escaping as JsonStream does).
std::string quote_json_string(std::string_view text);

// `value` as JsonStream::number(double) writes it.
std::string encode_json_number(double value);

}  // namespace goalchain::util
