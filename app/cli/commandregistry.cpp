#include "cli/commandregistry.h"

#include "cli/analyzecommand.h"
#include "cli/auditcommand.h"
#include "cli/bundlecommand.h"
#include "cli/collectcommand.h"
#include "cli/dbcommand.h"
#include "cli/democommand.h"
#include "cli/feedscommand.h"
#include "cli/feedsimcommand.h"
#include "cli/generatecommand.h"
#include "cli/reportcommand.h"
#include "cli/watchcommand.h"

#include <QTextStream>

namespace pegboard {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const std::vector<std::unique_ptr<Command>> &CommandRegistry::all()
{
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<DemoCommand>());
        list.push_back(std::make_unique<DbCommand>());
        list.push_back(std::make_unique<FeedsCommand>());
        list.push_back(std::make_unique<FeedSimCommand>());
        list.push_back(std::make_unique<AnalyzeCommand>());
        list.push_back(std::make_unique<BundleCommand>());
        list.push_back(std::make_unique<GenerateCommand>());
        list.push_back(std::make_unique<CollectCommand>());
        list.push_back(std::make_unique<AuditCommand>());
        list.push_back(std::make_unique<WatchCommand>());
        list.push_back(std::make_unique<ReportCommand>());
        return list;
    }();
    return commands;
}

Command *CommandRegistry::find(const QString &name)
{
    for (const auto &command : all()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace pegboard
