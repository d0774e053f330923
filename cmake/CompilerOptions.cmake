# Compiler settings as an INTERFACE target, so every target opts in the same way.
add_library(goalchain_options INTERFACE)

target_compile_options(goalchain_options INTERFACE -Wall -Wextra -Wpedantic)
if(GOALCHAIN_WERROR)
  target_compile_options(goalchain_options INTERFACE -Werror)
endif()

if(GOALCHAIN_SANITIZE)
  target_compile_options(goalchain_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(goalchain_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer builds (clang): the library is instrumented for coverage and
# checked by ASan and UBSan; the fuzz targets link libFuzzer's main.
if(GOALCHAIN_FUZZ)
  target_compile_options(goalchain_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(goalchain_options INTERFACE -fsanitize=address,undefined)
endif()
