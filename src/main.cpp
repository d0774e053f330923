#include "goalchain/cli/app.h"

#include <iostream>

int main(int argc, char** argv) { return goalchain::cli::run_app(argc, argv, std::cout, std::cerr); }
