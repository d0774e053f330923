#include "goalchain/chain/chain.h"

namespace goalchain::chain {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::problem:
      return "problem";
    case Role::goal:
      return "goal";
    case Role::activity:
      return "activity";
    case Role::indicator:
      return "indicator";
    case Role::responsibility:
      return "responsibility";
    case Role::follow_up:
      return "follow_up";
  }
  return "goal";
}

}  // namespace goalchain::chain
