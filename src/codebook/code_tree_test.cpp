#include "goalchain/codebook/code_tree.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

Codebook book_of(const std::vector<std::pair<std::string, std::string>>& ids_and_parents) {
  Codebook book;
  for (const auto& [id, parent] : ids_and_parents) {
    Code code;
    code.id = id;
    code.label = id;
    code.parent = parent;
    book.codes.push_back(code);
  }
  return book;
}

TEST(CodeTreeTest, GroupsChildrenUnderParentsInCodebookOrder) {
  const Codebook book = book_of({{"actor", ""},
                                 {"pmh", ""},
                                 {"actor.police", "actor"},
                                 {"actor.police.local", "actor.police"},
                                 {"actor.school", "actor"}});
  const CodeTree tree = build_code_tree(book);
  EXPECT_EQ(tree.roots, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(tree.children[0], (std::vector<std::size_t>{2, 4}));
  EXPECT_EQ(tree.children[2], (std::vector<std::size_t>{3}));
  EXPECT_TRUE(tree.children[1].empty());
}

TEST(CodeTreeTest, UnknownParentsAndCyclesBecomeRoots) {
  const Codebook book = book_of({{"a", "b"}, {"b", "a"}, {"c", "missing"}, {"d", "d"}});
  const CodeTree tree = build_code_tree(book);
  EXPECT_EQ(tree.roots, (std::vector<std::size_t>{0, 2, 3}));
  EXPECT_EQ(tree.children[0], (std::vector<std::size_t>{1}));
}

TEST(CodeTreeTest, LocalKeyIsThePartAfterTheParentsId) {
  const Codebook book = book_of({{"actor", ""},
                                 {"actor.police", "actor"},
                                 {"school", "actor"},
                                 {"actorx", "actor"},
                                 {"actor.", "actor"}});
  EXPECT_EQ(local_code_key(book, 0), "actor");
  EXPECT_EQ(local_code_key(book, 1), "police");
  EXPECT_EQ(local_code_key(book, 2), "school");
  EXPECT_EQ(local_code_key(book, 3), "actorx");
  EXPECT_EQ(local_code_key(book, 4), "actor.");
}

}  // namespace
}  // namespace goalchain::codebook
