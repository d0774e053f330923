#include "goalchain/util/xml_escape.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::util {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
const std::string kFffe = "\xEF\xBF\xBE";         // U+FFFE, not an XML character
const std::string kFfff = "\xEF\xBF\xBF";         // U+FFFF, not an XML character

TEST(XmlEscapeTest, EscapesMarkupAndDropsForbiddenControls) {
  const std::string controls = "\x01\x1f";
  EXPECT_EQ(escape_xml("a<b>&\"c\" " + controls + "åäö 😀", false), "a&lt;b&gt;&amp;\"c\" åäö 😀");
  EXPECT_EQ(escape_xml("\"x\"\ty\r\nz", true), "&quot;x&quot;&#9;y&#13;&#10;z");
  EXPECT_EQ(escape_xml("x\ty\r\nz", false), "x\ty&#13;\nz");
}

TEST(XmlEscapeTest, KeepsTheResultWellFormedForBytesThatAreNotUtf8) {
  EXPECT_EQ(escape_xml("plan-\xff\x01<a>.txt", true), "plan-" + kReplacement + "&lt;a&gt;.txt");
  EXPECT_EQ(escape_xml("a" + kFffe + "b" + kFfff + "c" + kReplacement, false),
            "abc" + kReplacement);
}

}  // namespace
}  // namespace goalchain::util
