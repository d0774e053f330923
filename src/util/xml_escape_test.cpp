#include "goalchain/util/xml_escape.h"

#include <gtest/gtest.h>

namespace goalchain::util {
namespace {

TEST(XmlEscapeTest, EscapesMarkupAndDropsForbiddenControls) {
  EXPECT_EQ(escape_xml("a<b>&\"c\" \x01\x1f" "åäö 😀", false), "a&lt;b&gt;&amp;\"c\" åäö 😀");
  EXPECT_EQ(escape_xml("\"x\"\ty\r\nz", true), "&quot;x&quot;&#9;y&#13;&#10;z");
  EXPECT_EQ(escape_xml("x\ty\r\nz", false), "x\ty&#13;\nz");
}

TEST(XmlEscapeTest, KeepsTheResultWellFormedForBytesThatAreNotUtf8) {
  EXPECT_EQ(escape_xml("plan-\xff\x01<a>.txt", true), "plan-\xEF\xBF\xBD&lt;a&gt;.txt");
  EXPECT_EQ(escape_xml("a" "\xEF\xBF\xBE" "b" "\xEF\xBF\xBF" "c" "\xEF\xBF\xBD", false), "ab" "c\xEF\xBF\xBD");
}

}  // namespace
}  // namespace goalchain::util
