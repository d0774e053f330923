#include "goalchain/document/county.h"

#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace goalchain::document {
namespace {

std::string name_of(const County* county) {
  return county == nullptr ? std::string("<none>") : std::string(county->name);
}

TEST(CountyTest, AllTwentyOneInLetterCodeOrder) {
  const auto counties = all_counties();
  ASSERT_EQ(counties.size(), 21u);
  EXPECT_EQ(counties.front().code, "AB");
  EXPECT_EQ(counties.front().name, "Stockholm");
  EXPECT_EQ(counties[1].code, "C");
  EXPECT_EQ(counties[1].name, "Uppsala");
  EXPECT_EQ(counties[19].code, "AC");
  EXPECT_EQ(counties[19].name, "Västerbotten");
  EXPECT_EQ(counties.back().code, "BD");
  EXPECT_EQ(counties.back().name, "Norrbotten");
  std::set<std::string_view> codes;
  std::set<std::string_view> slugs;
  for (const County& county : counties) {
    codes.insert(county.code);
    slugs.insert(county.slug);
    EXPECT_EQ(county.slug, util::to_ascii_slug(county.name)) << county.name;
  }
  EXPECT_EQ(codes.size(), 21u);
  EXPECT_EQ(slugs.size(), 21u);
}

TEST(CountyTest, LetterCodesMatchTheDomain) {
  const std::vector<std::pair<std::string_view, std::string_view>> expected = {
      {"Södermanland", "D"}, {"Östergötland", "E"}, {"Jönköping", "F"},      {"Kronoberg", "G"},
      {"Kalmar", "H"},       {"Gotland", "I"},      {"Blekinge", "K"},       {"Skåne", "M"},
      {"Halland", "N"},      {"Västra Götaland", "O"}, {"Värmland", "S"},   {"Örebro", "T"},
      {"Västmanland", "U"},  {"Dalarna", "W"},      {"Gävleborg", "X"},      {"Västernorrland", "Y"},
      {"Jämtland", "Z"},
  };
  for (const auto& [name, code] : expected) {
    const County* county = find_county(name);
    ASSERT_NE(county, nullptr) << name;
    EXPECT_EQ(county->code, code) << name;
  }
}

TEST(CountyTest, SlugsAreAsciiWithDashes) {
  EXPECT_EQ(find_county("Västra Götaland")->slug, "vastra-gotaland");
  EXPECT_EQ(find_county("Örebro")->slug, "orebro");
  EXPECT_EQ(find_county("Jämtland")->slug, "jamtland");
  EXPECT_EQ(find_county("Stockholm")->slug, "stockholm");
}

TEST(CountyTest, FindCountyAcceptsTheSpellingsDocumentsUse) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Stockholm", "Stockholm"},
      {"stockholm", "Stockholm"},
      {"STOCKHOLM", "Stockholm"},
      {"Stockholms län", "Stockholm"},
      {"Stockholms", "Stockholm"},
      {"Länsstyrelsen i Stockholms län", "Stockholm"},
      {"Länsstyrelsen Stockholm", "Stockholm"},
      {"länsstyrelsen stockholm", "Stockholm"},
      {"AB", "Stockholm"},
      {"ab", "Stockholm"},
      {"ac", "Västerbotten"},
      {"BD", "Norrbotten"},
      {"c", "Uppsala"},
      {"Västra Götalands län", "Västra Götaland"},
      {"Länsstyrelsen i Västra Götalands län", "Västra Götaland"},
      {"västra  götaland", "Västra Götaland"},
      {"vastra-gotaland", "Västra Götaland"},
      {"Örebro län", "Örebro"},
      {"Länsstyrelsen Örebro län", "Örebro"},
      {"orebro", "Örebro"},
      {"Skåne län", "Skåne"},
      {"skane", "Skåne"},
      {"Dalarnas län", "Dalarna"},
      {"Kalmar län", "Kalmar"},
      {"Uppsala län", "Uppsala"},
      {"Blekinge län", "Blekinge"},
      {"  Gävleborgs län  ", "Gävleborg"},
      {"ÖSTERGÖTLANDS LÄN", "Östergötland"},
      {"jamtland", "Jämtland"},
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(name_of(find_county(input)), expected) << "input: " << input;
  }
}

TEST(CountyTest, FindCountyRejectsWhatIsNotACounty) {
  for (const std::string input :
       {"", "   ", "Gävle", "Götaland", "Västra", "Gotlands kommun", "Stockholmsregionen", "A", "V",
        "ABC", "A1", "Länsstyrelsen", "Länsstyrelsen i", "Norge", "Västerås", "län",
        "Stockholm Uppsala", "\xE4"}) {
    EXPECT_EQ(find_county(input), nullptr) << "input: " << input;
  }
}

TEST(CountyTest, FirstStrongMentionInTheOpeningLinesWins) {
  // Stockholm is named more often, but Örebro is the county board behind the text.
  const std::string text =
      "Länsstyrelsen Örebro län\n"
      "Regional handlingsplan\n\n"
      "Samverkan med Stockholm. Stockholm och Stockholm har fler kommuner än Stockholms län.\n";
  EXPECT_EQ(name_of(detect_county_in_text(text)), "Örebro");
}

TEST(CountyTest, StrongMentionFormsAreRecognised) {
  EXPECT_EQ(name_of(detect_county_in_text("Länsstyrelsen i Västra Götalands län\nLägesrapport")),
            "Västra Götaland");
  EXPECT_EQ(name_of(detect_county_in_text("LÄNSSTYRELSEN VÄRMLAND\nHandlingsplan")), "Värmland");
  EXPECT_EQ(name_of(detect_county_in_text("Plan för Dalarnas län")), "Dalarna");
  EXPECT_EQ(name_of(detect_county_in_text("enligt länsstyrelsen Värmlands handlingsplan")),
            "Värmland");
}

TEST(CountyTest, EarlyStrongMentionBeatsEarlierBareMention) {
  const std::string text = "Samarbete med Skåne.\nLänsstyrelsen Halland\nHandlingsplan\n";
  EXPECT_EQ(name_of(detect_county_in_text(text)), "Halland");
}

TEST(CountyTest, AfterTheOpeningLinesTheMostStrongMentionsWin) {
  std::string text;
  for (int i = 0; i < 16; ++i) text += "Inledande rad utan namn.\n";
  text += "Länsstyrelsen Kalmar nämns en gång. Men Skåne län, Skåne län och Skånes län.\n";
  text += "Kalmar Kalmar Kalmar Kalmar Kalmar.\n";
  EXPECT_EQ(name_of(detect_county_in_text(text)), "Skåne");
}

TEST(CountyTest, TheOpeningLinesEndAtTheFifteenthLineWithTextButTheirNamesMayRunOn) {
  // A name on the fifteenth line whose "län" stands on the next line is still
  // a strong mention in the opening lines; one a line later is not.
  std::string text;
  for (int i = 0; i < 14; ++i) text += "Inledande rad.\n\n";
  EXPECT_EQ(name_of(detect_county_in_text(text + "Planen gäller Kalmars\nlän. Skåne län.\n")),
            "Kalmar");
  EXPECT_EQ(
      name_of(detect_county_in_text(text + "Rad femton.\nKalmars län. Skåne län och Skåne län.\n")),
      "Skåne");
}

TEST(CountyTest, StrongMentionTiesGoToTheEarliest) {
  std::string text;
  for (int i = 0; i < 16; ++i) text += "Rad.\n";
  text += "Hallands län och sedan Kronobergs län.\n";
  EXPECT_EQ(name_of(detect_county_in_text(text)), "Halland");
}

TEST(CountyTest, WithoutStrongMentionsTheMostNamedCountyWins) {
  EXPECT_EQ(name_of(detect_county_in_text("Region Gotland och Gotland. Uppsala nämns en gång.")),
            "Gotland");
  EXPECT_EQ(name_of(detect_county_in_text("Halland och Kronoberg.")), "Halland");
}

TEST(CountyTest, PluralCountyBoardsAreNotStrongMentions) {
  // "länsstyrelserna i Norrbotten" is not the county board of the document.
  std::string text;
  for (int i = 0; i < 16; ++i) text += "Rad.\n";
  text += "Länsstyrelserna i Norrbotten och Västerbotten. Västerbotten har mest.\n";
  EXPECT_EQ(name_of(detect_county_in_text(text)), "Västerbotten");
}

TEST(CountyTest, SimilarNamesAreNotConfused) {
  EXPECT_EQ(detect_county_in_text("Gävle kommun och Gävle hamn"), nullptr);
  EXPECT_EQ(name_of(detect_county_in_text("Länsstyrelsen Gävleborg")), "Gävleborg");
  EXPECT_EQ(detect_county_in_text("Södra Götaland och Götalands kust"), nullptr);
  EXPECT_EQ(name_of(detect_county_in_text("Länsstyrelsen Västra Götaland")), "Västra Götaland");
  EXPECT_EQ(name_of(detect_county_in_text("Västernorrlands län")), "Västernorrland");
  EXPECT_EQ(name_of(detect_county_in_text("Västmanlands län")), "Västmanland");
  EXPECT_EQ(name_of(detect_county_in_text("Västerbottens län")), "Västerbotten");
  EXPECT_EQ(name_of(detect_county_in_text("Östergötlands län")), "Östergötland");
  EXPECT_EQ(detect_county_in_text("Västra delen av länet"), nullptr);
}

TEST(CountyTest, LetterCodesAndCompoundsAreNotMentions) {
  EXPECT_EQ(detect_county_in_text("Se bilaga C och D samt punkt E, I och AB."), nullptr);
  EXPECT_EQ(detect_county_in_text("Stockholmsregionen och Skånetrafiken"), nullptr);
  EXPECT_EQ(detect_county_in_text(""), nullptr);
}

TEST(CountyTest, FileNamesNameCounties) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"stockholm-handlingsplan.txt", "Stockholm"},
      {"AB_plan.txt", "Stockholm"},
      {"ab-handlingsplan-2020.txt", "Stockholm"},
      {"Västra_Götaland 2020.txt", "Västra Götaland"},
      {"vastra-gotaland-lagesrapport-2020.txt", "Västra Götaland"},
      {"Västra-gotaland.txt", "Västra Götaland"},
      {"orebro-handlingsplan-2019-2020.txt", "Örebro"},
      {"Örebro län.txt", "Örebro"},
      {"docs/2020/gotland.plan.txt", "Gotland"},
      {"BD.txt", "Norrbotten"},
      {"strategi_ac.txt", "Västerbotten"},
      {"Stockholms_lan.txt", "Stockholm"},
      {"c-stockholm.txt", "Stockholm"},  // a name beats a letter code
      {"gotland-stockholm.txt", "Gotland"},  // the first name counts
  };
  for (const auto& [file, expected] : cases) {
    EXPECT_EQ(name_of(detect_county_in_file_name(file)), expected) << "file: " << file;
  }
}

TEST(CountyTest, FileNamesWithoutACountyGiveNothing) {
  for (const std::string file :
       {"handlingsplan-2020.txt", "gotaland.txt", "vastra-plan.txt", "gavle-plan.txt", "abc_plan.txt",
        "plan-v2.txt", "stockholmsregionen.txt", "stockholm/plan.txt", ""}) {
    EXPECT_EQ(detect_county_in_file_name(file), nullptr) << "file: " << file;
  }
}

}  // namespace
}  // namespace goalchain::document
