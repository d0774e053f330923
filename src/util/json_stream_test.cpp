#include "goalchain/util/json_stream.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace goalchain::util {
namespace {

using Layout = JsonStream::Layout;

TEST(JsonStreamTest, BlockLayoutIsByteForByteWhatNlohmannIndentsByTwo) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_object();
  json.key("name");
  json.string("Län");
  json.key("count");
  json.number(3);
  json.key("empty_list");
  json.begin_array();
  json.end_array();
  json.key("empty_object");
  json.begin_object();
  json.end_object();
  json.key("list");
  json.begin_array();
  json.number(std::size_t{1});
  json.null();
  json.boolean(false);
  json.begin_object();
  json.key("x");
  json.number(-2);
  json.end_object();
  json.end_array();
  json.end_object();
  json.finish();

  const auto expected = nlohmann::ordered_json{
      {"name", "Län"},
      {"count", 3},
      {"empty_list", nlohmann::ordered_json::array()},
      {"empty_object", nlohmann::ordered_json::object()},
      {"list", {1, nullptr, false, {{"x", -2}}}}};
  EXPECT_EQ(out.str(), expected.dump(2) + "\n");
}

TEST(JsonStreamTest, SizeCountsTextWrittenAndBufferedAndFlushWritesItWithContainersOpen) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_object();
  json.key("list");
  json.begin_array();
  json.string("ett");
  EXPECT_TRUE(out.str().empty());  // still buffered
  const std::uint64_t before = json.size();
  EXPECT_EQ(before, std::string("{\n  \"list\": [\n    \"ett\"").size());
  json.flush();
  EXPECT_EQ(out.str().size(), before);
  json.encoded("2");
  EXPECT_EQ(json.size(), before + std::string(",\n    2").size());
  json.end_array();
  json.end_object();
  json.finish();
  EXPECT_EQ(json.size(), out.str().size());
  EXPECT_EQ(out.str(), "{\n  \"list\": [\n    \"ett\",\n    2\n  ]\n}\n");
}

TEST(JsonStreamTest, LineLayoutKeepsAContainerAndEverythingInItOnOneLine) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_array();
  json.begin_object(Layout::line);
  json.key("term");
  json.string("polisen");
  json.key("spans");
  json.begin_array();  // nested: on the line too
  json.number(1);
  json.number(2);
  json.end_array();
  json.end_object();
  json.begin_array(Layout::line);
  json.end_array();
  json.end_array();
  json.finish();
  EXPECT_EQ(out.str(), "[\n  {\"term\": \"polisen\", \"spans\": [1, 2]},\n  []\n]\n");
}

TEST(JsonStreamTest, CompactLayoutLeavesOutSpacesInsideAndAroundNestedContainers) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_object(Layout::line);
  json.key("hits");
  json.begin_array(Layout::compact);
  for (const int start : {8, 29}) {
    json.begin_array();  // nested: compact too
    json.number(343);
    json.number(start);
    json.number(start + 10);
    json.end_array();
  }
  json.begin_object();
  json.key("code");
  json.string("NS2");
  json.end_object();
  json.end_array();
  json.key("after");
  json.begin_array();  // beside the compact array: a line again
  json.number(1);
  json.number(2);
  json.end_array();
  json.end_object();
  json.finish();
  EXPECT_EQ(out.str(), "{\"hits\": [[343,8,18],[343,29,39],{\"code\":\"NS2\"}], \"after\": [1, 2]}\n");
}

TEST(JsonStreamTest, OneLineStreamWritesEachTopValueAsALineOfJsonLines) {
  std::ostringstream out;
  JsonStream json(out, Layout::line);
  for (int n = 1; n <= 2; ++n) {
    json.begin_object();
    json.key("n");
    json.number(n);
    json.key("text");
    json.string("rad\nett");
    json.key("list");
    json.begin_array();
    json.begin_object();
    json.key("a");
    json.boolean(true);
    json.end_object();
    json.end_array();
    json.end_object();
    json.finish();
  }
  EXPECT_EQ(out.str(),
            "{\"n\": 1, \"text\": \"rad\\nett\", \"list\": [{\"a\": true}]}\n"
            "{\"n\": 2, \"text\": \"rad\\nett\", \"list\": [{\"a\": true}]}\n");
  std::istringstream lines(out.str());
  std::string line;
  int parsed = 0;
  while (std::getline(lines, line)) {
    EXPECT_EQ(nlohmann::json::parse(line)["n"], ++parsed);
  }
  EXPECT_EQ(parsed, 2);
}

TEST(JsonStreamTest, StringListsAndOptionalStrings) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_object();
  json.key("section");
  json.string_list({"1. Mål", "1.1 \"Citat\""});
  json.key("none");
  json.string_list({});
  json.key("code");
  json.string_or_null("AB");
  json.key("missing");
  json.string_or_null("");
  json.end_object();
  json.finish();
  EXPECT_EQ(out.str(),
            "{\n  \"section\": [\"1. Mål\", \"1.1 \\\"Citat\\\"\"],\n  \"none\": [],\n"
            "  \"code\": \"AB\",\n  \"missing\": null\n}\n");
}

TEST(JsonStreamTest, EscapesWhatJsonRequiresAndKeepsOtherUtf8) {
  EXPECT_EQ(quote_json_string("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(quote_json_string("\n\r\t\b\f"), R"("\n\r\t\b\f")");
  EXPECT_EQ(quote_json_string(std::string_view("\x01\x1f", 2)), R"("\u0001\u001f")");
  EXPECT_EQ(quote_json_string("åäö – “citat” 😀"), "\"åäö – “citat” 😀\"");
  EXPECT_EQ(quote_json_string(""), "\"\"");
  // Same escapes as nlohmann, so the two writers agree.
  const std::string mixed = "x\x7f\"\x02y";
  EXPECT_EQ(quote_json_string(mixed), nlohmann::json(mixed).dump());
}

TEST(JsonStreamTest, EscapesAgreeWithNlohmannAtEveryOffsetOfALongString) {
  // Plain runs are skipped sixteen or eight bytes at a time: put each special
  // character at every offset of a longer string, alone and twice.
  for (const std::string special : {"\"", "\\", "\n", "\x01", "\x1f", "å", "–", "\x7f", "😀"}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text(40, 'a');
      text.insert(at, special);
      EXPECT_EQ(quote_json_string(text), nlohmann::json(text).dump()) << at;
      text.insert(std::min(text.size(), at + 17), special);
      EXPECT_EQ(quote_json_string(text), nlohmann::json(text).dump()) << at;
    }
  }
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text.insert(at, "\xff");
    std::string expected = "\"" + std::string(40, 'a') + "\"";
    expected.insert(at + 1, "\xEF\xBF\xBD");
    EXPECT_EQ(quote_json_string(text), expected) << at;
  }
}

TEST(JsonStreamTest, InvalidUtf8BecomesReplacementCharacters) {
  EXPECT_EQ(quote_json_string("a\xff" "b"), "\"a\xEF\xBF\xBD" "b\"");
  EXPECT_EQ(quote_json_string("\xc3"), "\"\xEF\xBF\xBD\"");             // cut short
  EXPECT_EQ(quote_json_string("\xc0\xaf"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // overlong
  EXPECT_EQ(quote_json_string("\xed\xa0\x80"),                          // surrogate
            "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(quote_json_string("\xf4\x90\x80\x80").substr(0, 4), "\"\xEF\xBF\xBD");  // > U+10FFFF
  EXPECT_EQ(nlohmann::json::parse(quote_json_string("\xff\xfe")).get<std::string>(),
            "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(JsonStreamTest, DoublesReadBackExactlyAndLookLikeDoubles) {
  for (const double value : {1.0, 0.5, -2.25, 0.1, 1e20, 123456.789, 1.0 / 3.0}) {
    std::ostringstream out;
    JsonStream json(out);
    json.number(value);
    json.finish();
    const auto parsed = nlohmann::json::parse(out.str());
    ASSERT_TRUE(parsed.is_number_float()) << out.str();
    EXPECT_EQ(parsed.get<double>(), value);
  }
  std::ostringstream out;
  JsonStream json(out);
  json.begin_array(Layout::line);
  json.number(1.0);
  json.number(std::numeric_limits<double>::quiet_NaN());
  json.number(std::numeric_limits<double>::infinity());
  json.end_array();
  json.finish();
  EXPECT_EQ(out.str(), "[1.0, null, null]\n");
}

TEST(JsonStreamTest, LargeOutputIsFlushedCompletely) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_array();
  const std::string text(1000, 'x');
  for (int i = 0; i < 3000; ++i) json.string(text);
  json.end_array();
  json.finish();
  const auto parsed = nlohmann::json::parse(out.str());
  ASSERT_EQ(parsed.size(), 3000u);
  EXPECT_EQ(parsed[2999], text);
}

TEST(JsonStreamTest, AStringLongerThanTheBufferIsWrittenWhole) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_object();
  json.key("long");
  const std::string text(3'000'000, 'a');
  json.string(text + "\"" + text);
  json.key_text(std::string(2'500'000, 'k'));
  json.number(-7);
  json.end_object();
  json.finish();
  const auto parsed = nlohmann::json::parse(out.str());
  EXPECT_EQ(parsed["long"], text + "\"" + text);
  EXPECT_EQ(parsed[std::string(2'500'000, 'k')], -7);
}

TEST(JsonStreamTest, EncodedValuesAreWrittenAsGivenWithSeparators) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_object(Layout::line);
  json.key("pattern");
  json.encoded(quote_json_string("länsstyrelse* \"x\""));
  json.key("rule");
  json.encoded("null");
  json.key("weight");
  json.encoded(encode_json_number(0.5));
  json.key("list");
  json.begin_array();
  json.encoded(encode_json_number(2.0));
  json.encoded(encode_json_number(std::numeric_limits<double>::infinity()));
  json.end_array();
  json.end_object();
  json.finish();
  EXPECT_EQ(out.str(),
            "{\"pattern\": \"länsstyrelse* \\\"x\\\"\", \"rule\": null, \"weight\": 0.5, "
            "\"list\": [2.0, null]}\n");
}

TEST(JsonStreamTest, KeysThatNeedEscapingAreEscaped) {
  std::ostringstream out;
  JsonStream json(out);
  json.begin_object(Layout::line);
  json.key_text("a\"b");  // key("a\"b") or key("län") would not compile
  json.number(1);
  json.key_text("län");
  json.number(2);
  json.key_text(std::string("plain"));
  json.number(3);
  json.end_object();
  json.finish();
  EXPECT_EQ(out.str(), "{\"a\\\"b\": 1, \"län\": 2, \"plain\": 3}\n");
}

TEST(JsonStreamTest, MisuseIsALogicError) {
  std::ostringstream out;
  {
    JsonStream json(out);
    json.begin_object();
    EXPECT_THROW(json.string("no key"), std::logic_error);
  }
  {
    JsonStream json(out);
    json.begin_array();
    EXPECT_THROW(json.key("k"), std::logic_error);
    EXPECT_THROW(json.end_object(), std::logic_error);
    EXPECT_THROW(json.finish(), std::logic_error);
  }
  {
    JsonStream json(out);
    json.begin_object();
    json.key("k");
    EXPECT_THROW(json.end_object(), std::logic_error);
  }
}

TEST(JsonStreamTest, AFailedStreamIsReportedAtFinish) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  JsonStream json(out);
  json.string("x");
  EXPECT_THROW(json.finish(), std::runtime_error);
}

TEST(JsonStreamTest, AFailedWriteNamesTheReason) {
  // /dev/full takes nothing: every write fails with ENOSPC, as on a full disk.
  std::ofstream out("/dev/full", std::ios::binary);
  ASSERT_TRUE(out);
  JsonStream json(out);
  json.begin_array();
  try {
    for (int i = 0; i < 200'000; ++i) json.string("Länsstyrelsen i Västmanlands län");
    json.end_array();
    json.finish();
    FAIL() << "expected the write to fail";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write the JSON output: No space left on device");
  }
}

TEST(JsonStreamTest, BaseLevelsIndentAValueAsItWouldStandNested) {
  const auto write_item = [](JsonStream& json) {
    json.begin_object();
    json.key("id");
    json.string("a");
    json.key("hits");
    json.begin_array(JsonStream::Layout::compact);
    json.number(1);
    json.number(2);
    json.end_array();
    json.end_object();
  };
  // {"documents": [item]}, the item written by `put_item`.
  const auto write_wrapped = [](const std::function<void(JsonStream&)>& put_item) {
    std::ostringstream out;
    JsonStream json(out);
    json.begin_object();
    json.key("documents");
    json.begin_array();
    put_item(json);
    json.end_array();
    json.end_object();
    json.finish();
    return out.str();
  };
  std::ostringstream part;
  {
    JsonStream json(part, JsonStream::Layout::block, 2);
    write_item(json);
    json.finish();
  }
  std::string fragment = part.str();
  fragment.pop_back();  // finish()'s newline

  const std::string whole = write_wrapped(write_item);
  EXPECT_EQ(write_wrapped([&](JsonStream& json) { json.encoded(fragment); }), whole);
  EXPECT_NE(whole.find("\n      \"id\": \"a\""), std::string::npos);
}

}  // namespace
}  // namespace goalchain::util
