#pragma once

#include <QString>
#include <QUuid>
#include <cstdint>
#include <optional>
#include <vector>

namespace pegboard {

// A commander's correction to the root-cause clusters, as stored (migration 0006). It names
// reports, not cluster numbers, so it constrains every later analysis: merge — the reports of
// `a` and `b` share one cluster (must-link); split — `b` never shares a cluster with `a`
// (cannot-link); move — the one report in `a` joins the reports of `b` and leaves its old cluster.
struct ClusterCorrection
{
    enum class Kind
    {
        Merge,
        Split,
        Move
    };
    std::int64_t id = 0;
    Kind kind = Kind::Merge;
    std::vector<QUuid> a, b;
    QString reason;
    QString createdBy;
    std::int64_t createdMs = 0;
    bool undone = false;
    QString undoneBy, undoReason;

    static QString key(Kind kind)
    {
        switch (kind) {
        case Kind::Merge:
            return QStringLiteral("merge");
        case Kind::Split:
            return QStringLiteral("split");
        case Kind::Move:
            return QStringLiteral("move");
        }
        return {};
    }
    static std::optional<Kind> fromKey(const QString &key)
    {
        for (Kind k : {Kind::Merge, Kind::Split, Kind::Move})
            if (ClusterCorrection::key(k) == key)
                return k;
        return std::nullopt;
    }
};

} // namespace pegboard
