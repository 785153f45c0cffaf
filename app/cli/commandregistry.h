#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace pegboard {

class CommandRegistry
{
public:
    static const std::vector<std::unique_ptr<Command>> &all();
    static Command *find(const QString &name);
};

} // namespace pegboard
