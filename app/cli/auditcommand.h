#pragma once

#include "cli/command.h"

namespace pegboard {

// `pegboard audit checkpoint --db URL [--key FILE] -o FILE`
// `pegboard audit verify --db URL [--checkpoint FILE] [--pubkey FILE] [--leaves FILE]`
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    int checkpoint(const QString &url, const QString &keyPath, const QString &output);
    int verify(const QString &url, const QString &checkpointPath, const QString &pubkeyPath,
               const QString &leavesPath, bool json);
};

} // namespace pegboard
