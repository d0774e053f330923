// Name-based UUIDs: the same name always gives the same UUID, so exported
// GUIDs stay stable from run to run.
#pragma once

#include <string>
#include <string_view>

namespace goalchain::util {

// The version 5 UUID (SHA-1, RFC 4122 URL name space) of `name`, as
// lower-case 8-4-4-4-12 hex: what Python's uuid.uuid5(uuid.NAMESPACE_URL,
// name) gives.
std::string derive_name_uuid(std::string_view name);

}  // namespace goalchain::util
