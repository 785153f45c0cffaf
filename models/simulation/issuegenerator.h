#pragma once

#include "domain/issue.h"
#include "plannedreport.h"
#include "plantedcluster.h"

#include <QJsonObject>
#include <array>
#include <functional>
#include <span>
#include <vector>

namespace pegboard {

class MarketModel;

// Turns the market history into issue reports: plans them (ReportPlanner), then renders each one
// (text, context at its minute from the model, severity rising with volatility, losses,
// resolutions) with its own random stream, so rendering can be split across threads and still be
// identical for a seed. Ids and external ids are deterministic too.
class IssueGenerator
{
public:
    struct Options
    {
        qint64 issues = 847;
        quint64 seed = 1;
    };

    IssueGenerator(const MarketModel &model, Options options);

    // Plans the reports; call once before rendering.
    void plan();
    const std::vector<PlannedReport> &planned() const { return m_planned; }
    const std::vector<PlantedCluster> &clusters() const { return m_clusters; }

    // Renders planned reports [from, from + out.size()) into out, using `threads` threads.
    void render(qint64 from, std::span<Issue> out, int threads = 2) const;
    Issue render(qint64 index) const;
    // The severity render() gives report `index` (for the ground truth, without rendering text).
    int severity(qint64 index) const;
    QString source(qint64 index) const;
    QString externalId(qint64 index) const;

private:
    // Reports are ordered by time and several share a minute: their context groups are built once
    // and shared (QJsonObject is implicitly shared). One cache per rendering thread.
    struct ContextCache
    {
        int networkMinute = -1;
        QJsonObject network;
        std::array<int, 4> coinMinute{-1, -1, -1, -1};
        std::array<QJsonObject, 4> price, protocol;
    };
    Issue render(qint64 index, ContextCache &cache) const;
    QString txHash(qint64 index, int which) const;
    QString address(quint64 stream) const;

    const MarketModel &m_model;
    Options m_options;
    std::vector<PlannedReport> m_planned;
    std::vector<PlantedCluster> m_clusters;
};

} // namespace pegboard
