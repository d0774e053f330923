#include "goalchain/writer/agreement_xlsx_writer.h"

#include "goalchain/util/atomic_file.h"

#include "test_labels.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <stdexcept>

namespace goalchain::writer {
namespace {

Labels swedish() { return Labels(shipped_label_table(), "sv"); }

namespace fs = std::filesystem;

TEST(AgreementXlsxWriterTest, KappaBandsFollowTheShownFigure) {
  EXPECT_EQ(kappa_band(std::nullopt), "undefined");
  EXPECT_EQ(kappa_band(-0.2), "< 0.4");
  EXPECT_EQ(kappa_band(0.399), "< 0.4");
  EXPECT_EQ(kappa_band(0.3996), "0.4–0.6");  // shown as 0.400
  EXPECT_EQ(kappa_band(0.4), "0.4–0.6");
  EXPECT_EQ(kappa_band(0.6000000000000001), "0.4–0.6");
  EXPECT_EQ(kappa_band(0.601), "0.6–0.8");
  EXPECT_EQ(kappa_band(0.8), "0.6–0.8");
  EXPECT_EQ(kappa_band(0.801), "> 0.8");
  EXPECT_EQ(kappa_band(1.0), "> 0.8");
  EXPECT_EQ(kappa_band_color(std::nullopt), 0u);
  EXPECT_EQ(kappa_band_color(0.1), 0xF8CBADu);
  EXPECT_EQ(kappa_band_color(0.5), 0xFFE699u);
  EXPECT_EQ(kappa_band_color(0.7), 0xC6EFCEu);
  EXPECT_EQ(kappa_band_color(0.9), 0x63BE7Bu);
}

agreement::AgreementReport small_report(bool with_disagreement) {
  std::vector<agreement::Unit> units = {
      {"d:1", "d.yaml", 3, "Prostitution förekommer.", {{"pmh"}, {"pmh"}}, {"pmh: prostitution* → Prostitution"}},
      {"d:2", "d.yaml", 4, "Inget här.", {{}, {}}, {}},
  };
  if (with_disagreement) units.push_back({"d:3", "d.yaml", 5, "Sexköp.", {{}, {"pmh"}}, {}});
  return agreement::compute_agreement(units, {"manual", "codebook"}, true, "segment", {"pmh"});
}

class AgreementXlsxWriterFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("goalchain-agree-xlsx-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AgreementXlsxWriterFiles, SameReportGivesSameBytes) {
  const auto report = small_report(true);
  write_agreement_workbook(report, {{"pmh", "PMH"}}, dir_ / "a.xlsx", "1.0", swedish());
  write_agreement_workbook(report, {{"pmh", "PMH"}}, dir_ / "b.xlsx", "1.0", swedish());
  const std::string a = util::read_file(dir_ / "a.xlsx");
  EXPECT_EQ(a.substr(0, 2), "PK");
  EXPECT_EQ(a, util::read_file(dir_ / "b.xlsx"));
  // Another report gives other bytes.
  write_agreement_workbook(small_report(false), {}, dir_ / "c.xlsx", "1.0", swedish());
  EXPECT_NE(a, util::read_file(dir_ / "c.xlsx"));
}

TEST_F(AgreementXlsxWriterFiles, LanguageChangesTheWords) {
  const auto report = small_report(true);
  write_agreement_workbook(report, {}, dir_ / "sv.xlsx", "1.0", swedish());
  write_agreement_workbook(report, {}, dir_ / "en.xlsx", "1.0",
                           Labels(shipped_label_table(), "en"));
  EXPECT_NE(util::read_file(dir_ / "sv.xlsx"), util::read_file(dir_ / "en.xlsx"));
}

TEST(AgreementWorkbookWordsTest, EveryWordIsInBothLanguagesAndSidesHaveAPlace) {
  for (const std::string_view key :
       {"agree.sheet.summary", "agree.sheet.disagreements", "agree.prevalence", "agree.both",
        "agree.only", "agree.neither", "agree.agreement", "agree.kappa", "agree.kappa_band",
        "agree.alpha", "agree.precision", "agree.recall", "agree.f1", "agree.undefined",
        "agree.macro", "agree.macro_means", "agree.micro", "agree.micro_means", "agree.unit",
        "agree.line", "agree.codes_of", "agree.patterns_fired"}) {
    EXPECT_TRUE(shipped_label_table().labels.count(key)) << key;
  }
  for (const std::string_view key : {"agree.prevalence", "agree.only", "agree.codes_of"}) {
    for (const char* language : {"sv", "en"}) {
      EXPECT_NE(Labels(shipped_label_table(), language)(key).find("{}"), std::string::npos)
          << key << " " << language;
    }
  }
  EXPECT_EQ(swedish()("agree.sheet.summary"), "Sammanfattning");
  EXPECT_EQ(Labels(shipped_label_table(), "en")("agree.sheet.summary"), "Summary");
}

TEST_F(AgreementXlsxWriterFiles, NoDisagreementsStillGivesAWorkbook) {
  write_agreement_workbook(small_report(false), {}, dir_ / "none.xlsx", "1.0", swedish());
  EXPECT_GT(fs::file_size(dir_ / "none.xlsx"), 0u);
}

TEST_F(AgreementXlsxWriterFiles, UnwritablePathThrows) {
  EXPECT_THROW(write_agreement_workbook(small_report(true), {}, dir_ / "missing" / "a.xlsx", "1.0", swedish()),
               std::runtime_error);
}

}  // namespace
}  // namespace goalchain::writer
