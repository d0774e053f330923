#include "goalchain/util/xml_escape.h"

#include <gtest/gtest.h>

namespace goalchain::util {
namespace {

TEST(XmlEscapeTest, EscapesMarkupAndDropsForbiddenControls) {
  EXPECT_EQ(escape_xml("a<b>&\"c\" \x01\x1f" "åäö 😀", false), "a&lt;b&gt;&amp;\"c\" åäö 😀");
  EXPECT_EQ(escape_xml("\"x\"\ty\r\nz", true), "&quot;x&quot;&#9;y&#13;&#10;z");
  EXPECT_EQ(escape_xml("x\ty\r\nz", false), "x\ty&#13;\nz");
}

}  // namespace
}  // namespace goalchain::util
