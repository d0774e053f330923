#include "goalchain/document/text_decoder.h"

#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::document {
namespace {

using namespace std::string_literals;

util::Diagnostic diagnostic_of(std::string_view bytes, Encoding choice) {
  try {
    decode_text(bytes, "plan.txt", choice);
  } catch (const util::DiagnosticError& error) {
    EXPECT_EQ(error.diagnostics().size(), 1u);
    return error.diagnostics().front();
  }
  ADD_FAILURE() << "no DiagnosticError";
  return {};
}

// "Målgrupp: flickor 😀\n" in UTF-16, little-endian with its byte-order mark.
const std::string kUtf16Le =
    "\xFF\xFE"
    "M\0\xE5\0l\0g\0r\0u\0p\0p\0:\0 \0f\0l\0i\0c\0k\0o\0r\0 \0\x3D\xD8\x00\xDE\n\0"s;
const std::string kUtf16Be =
    "\xFE\xFF"
    "\0M\0\xE5\0l\0g\0r\0u\0p\0p\0:\0 \0f\0l\0i\0c\0k\0o\0r\0 \xD8\x3D\xDE\x00\0\n"s;

TEST(TextDecoderTest, Utf8IsTakenAsItIs) {
  const DecodedText decoded = decode_text("Länsstyrelsen i Västra Götalands län – 2020\n", "a.txt",
                                          Encoding::detect);
  EXPECT_EQ(decoded.text, "Länsstyrelsen i Västra Götalands län – 2020\n");
  EXPECT_EQ(decoded.encoding, "utf-8");
}

TEST(TextDecoderTest, Utf8ByteOrderMarkIsStrippedAndNamed) {
  const DecodedText decoded = decode_text("\xEF\xBB\xBFÅtgärd\n", "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.text, "Åtgärd\n");
  EXPECT_EQ(decoded.encoding, "utf-8-bom");
  EXPECT_EQ(decode_text("\xEF\xBB\xBFÅtgärd\n", "a.txt", Encoding::utf8).encoding, "utf-8-bom");
}

TEST(TextDecoderTest, Utf16LittleEndianWithByteOrderMark) {
  const DecodedText decoded = decode_text(kUtf16Le, "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.text, "Målgrupp: flickor 😀\n");
  EXPECT_EQ(decoded.encoding, "utf-16le");
}

TEST(TextDecoderTest, Utf16BigEndianWithByteOrderMark) {
  const DecodedText decoded = decode_text(kUtf16Be, "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.text, "Målgrupp: flickor 😀\n");
  EXPECT_EQ(decoded.encoding, "utf-16be");
}

TEST(TextDecoderTest, Utf16SwedishLettersAndLineEnds) {
  // "å ä ö\r\nÅ" little-endian
  const std::string bytes = "\xFF\xFE\xE5\0 \0\xE4\0 \0\xF6\0\r\0\n\0\xC5\0"s;
  EXPECT_EQ(decode_text(bytes, "a.txt", Encoding::detect).text, "å ä ö\nÅ");
}

TEST(TextDecoderTest, ForcedUtf16WithoutByteOrderMarkGuessesTheByteOrder) {
  const DecodedText little = decode_text(kUtf16Le.substr(2), "a.txt", Encoding::utf16);
  EXPECT_EQ(little.text, "Målgrupp: flickor 😀\n");
  EXPECT_EQ(little.encoding, "utf-16le");
  const DecodedText big = decode_text(kUtf16Be.substr(2), "a.txt", Encoding::utf16);
  EXPECT_EQ(big.text, "Målgrupp: flickor 😀\n");
  EXPECT_EQ(big.encoding, "utf-16be");
}

TEST(TextDecoderTest, Utf16WithoutByteOrderMarkIsNotDetected) {
  const util::Diagnostic d = diagnostic_of(kUtf16Le.substr(2), Encoding::detect);
  EXPECT_EQ(d.message, "not a text file (contains NUL bytes)");
  EXPECT_NE(d.hint.find("--encoding utf-16"), std::string::npos);
}

TEST(TextDecoderTest, BrokenUtf16IsAnErrorAtItsPosition) {
  // "ab\nc" then a lone high surrogate, then "d".
  const std::string lone = "\xFF\xFE" "a\0b\0\n\0c\0\x3D\xD8" "d\0"s;
  const util::Diagnostic d = diagnostic_of(lone, Encoding::detect);
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 2);
  EXPECT_EQ(d.message, "not valid UTF-16LE (bytes 0x3D 0xD8)");
  EXPECT_EQ(d.source_line, "c");
  // An odd number of bytes: the last character is cut in half.
  const util::Diagnostic cut = diagnostic_of("\xFE\xFF\0a\0"s, Encoding::detect);
  EXPECT_EQ(cut.line, 1);
  EXPECT_EQ(cut.column, 2);
  EXPECT_EQ(cut.message, "not valid UTF-16BE (byte 0x00)");
  EXPECT_NE(cut.hint.find("cut short"), std::string::npos);
}

TEST(TextDecoderTest, Windows1252IsTheFallback) {
  // "Länsstyrelsen Skåne: 5 000 €" with ä = 0xE4, å = 0xE5, € = 0x80.
  const DecodedText decoded =
      decode_text("L\xE4nsstyrelsen Sk\xE5ne: 5 000 \x80\n", "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.text, "Länsstyrelsen Skåne: 5 000 €\n");
  EXPECT_EQ(decoded.encoding, "windows-1252");
}

TEST(TextDecoderTest, Windows1252PunctuationAndUndefinedBytes) {
  // – (0x96), “ ” (0x93 0x94), • (0x95); 0x81 0x8D 0x8F 0x90 0x9D decode as in Latin-1.
  const DecodedText decoded =
      decode_text("\x93" "2017\x96" "2020\x94 \x95 \x81\x8D\x8F\x90\x9D", "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.text, "“2017–2020” • \u0081\u008D\u008F\u0090\u009D");
  EXPECT_EQ(decoded.encoding, "windows-1252");
}

TEST(TextDecoderTest, ForcedWindows1252DecodesEvenValidUtf8) {
  const DecodedText decoded = decode_text("\xC3\xA5", "a.txt", Encoding::windows1252);
  EXPECT_EQ(decoded.text, "Ã¥");
  EXPECT_EQ(decoded.encoding, "windows-1252");
}

TEST(TextDecoderTest, LineEndsAreNormalisedAndFormFeedsKept) {
  EXPECT_EQ(decode_text("ett\r\ntvå\rtre\r\r\nfyra\f\r\nfem", "a.txt", Encoding::detect).text,
            "ett\ntvå\ntre\n\nfyra\f\nfem");
  EXPECT_EQ(decode_text("r\xE5\r\nd\r", "a.txt", Encoding::detect).text, "rå\nd\n");
}

TEST(TextDecoderTest, DecomposedTextIsComposed) {
  // "a" + combining ring above, "o" + combining diaeresis.
  const DecodedText decoded = decode_text("Sk\x61\xCC\x8Ane l\x6F\xCC\x88n", "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.text, "Skåne lön");
  EXPECT_EQ(decoded.encoding, "utf-8");
}

TEST(TextDecoderTest, NulBytesMeanNotAText) {
  for (const Encoding choice : {Encoding::detect, Encoding::utf8, Encoding::windows1252}) {
    const util::Diagnostic d = diagnostic_of("PK\x03\x04\0\0text"s, choice);
    EXPECT_EQ(d.file, "plan.txt");
    EXPECT_EQ(d.line, 0);
    EXPECT_EQ(d.message, "not a text file (contains NUL bytes)");
    EXPECT_FALSE(d.hint.empty());
  }
  // A UTF-8 byte-order mark does not make binary data text.
  EXPECT_EQ(diagnostic_of("\xEF\xBB\xBF" "a\0b"s, Encoding::detect).message,
            "not a text file (contains NUL bytes)");
}

TEST(TextDecoderTest, ForcedUtf8OnWindows1252IsAnErrorWithColumn) {
  const util::Diagnostic d = diagnostic_of("Rad ett\r\nHej p\xE5 dig, h\xE4lsar\n", Encoding::utf8);
  EXPECT_EQ(d.severity, util::Severity::error);
  EXPECT_EQ(d.file, "plan.txt");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 6);
  EXPECT_EQ(d.message, "not valid UTF-8 (byte 0xE5)");
  EXPECT_NE(d.hint.find("leave out --encoding utf-8"), std::string::npos);
  EXPECT_NE(d.hint.find("2 bytes in the file are not UTF-8"), std::string::npos);
  EXPECT_NE(d.hint.find("iconv -f WINDOWS-1252 -t UTF-8"), std::string::npos);
  EXPECT_EQ(d.source_line, "Hej p\uFFFD dig, h\uFFFDlsar");
}

TEST(TextDecoderTest, ColumnsCountCharactersNotBytes) {
  const util::Diagnostic d = diagnostic_of("åäö\xFF", Encoding::utf8);
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 4);
  EXPECT_EQ(d.message, "not valid UTF-8 (byte 0xFF)");
  EXPECT_NE(d.hint.find("this is the only byte that is not UTF-8"), std::string::npos);
}

TEST(TextDecoderTest, ByteOrderMarkPromisesUtf8) {
  const util::Diagnostic d = diagnostic_of("\xEF\xBB\xBF\xC4r\r\n", Encoding::detect);
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 1);
  EXPECT_EQ(d.message, "not valid UTF-8 (byte 0xC4)");
  EXPECT_NE(d.hint.find("byte-order mark"), std::string::npos);
}

TEST(TextDecoderTest, ValidUtf8IsNeverTakenForWindows1252) {
  // "å" in UTF-8 reads as "Ã¥" in Windows-1252; detection keeps UTF-8.
  EXPECT_EQ(decode_text("\xC3\xA5", "a.txt", Encoding::detect).encoding, "utf-8");
  EXPECT_EQ(decode_text("", "a.txt", Encoding::detect).encoding, "utf-8");
  EXPECT_EQ(decode_text("", "a.txt", Encoding::detect).text, "");
}

TEST(TextDecoderTest, MostlyUtf8WithAStrayByteStaysUtf8AndWarnsWhere) {
  // A UTF-8 plan in which one "ä" was saved as the Windows-1252 byte 0xE4.
  const DecodedText decoded = decode_text(
      "Länsstyrelsen Västmanland\nMål: ökad kunskap om m\xE4nniskohandel\n", "a.txt",
      Encoding::detect);
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.text,
            "Länsstyrelsen Västmanland\nMål: ökad kunskap om m\uFFFDnniskohandel\n");
  ASSERT_EQ(decoded.warnings.size(), 1u);
  const util::Diagnostic& warning = decoded.warnings[0];
  EXPECT_EQ(warning.severity, util::Severity::warning);
  EXPECT_EQ(warning.file, "a.txt");
  EXPECT_EQ(warning.line, 2);
  EXPECT_EQ(warning.column, 23);
  EXPECT_EQ(warning.message, "not valid UTF-8 (byte 0xE4); read as U+FFFD");
}

TEST(TextDecoderTest, ManyStrayBytesAreNamedFiveTimesAndCounted) {
  std::string bytes = "Åtgärder för år 2020–2023, länsövergripande, åklagare, äldre, övrigt: ";
  for (int i = 0; i < 8; ++i) bytes += "x\xFF ";
  const DecodedText decoded = decode_text(bytes, "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.encoding, "utf-8");
  ASSERT_EQ(decoded.warnings.size(), 5u);
  EXPECT_NE(decoded.warnings[4].hint.find("8 bytes in all were replaced"), std::string::npos);
}

TEST(TextDecoderTest, Windows1252WithoutUtf8SequencesHasNoWarnings) {
  const DecodedText decoded = decode_text("M\xE5l och \xE5tg\xE4rder\n", "a.txt", Encoding::detect);
  EXPECT_EQ(decoded.encoding, "windows-1252");
  EXPECT_TRUE(decoded.warnings.empty());
}

}  // namespace
}  // namespace goalchain::document
