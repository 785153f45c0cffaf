#pragma once

#include "condition.h"
#include "snapshot.h"

#include <QStringList>
#include <cstdint>
#include <vector>

namespace pegboard {

// One cell: issues of one type under one condition bucket, against that type's rate over every
// bucket of the condition (the baseline), so a commander can tell a pattern from noise.
struct HeatmapCell
{
    int condition = 0; // index into HeatmapResult::conditions
    int bucket = 0;
    int type = 0; // column: index into HeatmapResult::types
    std::int64_t count = 0;
    std::int64_t bucketTotal = 0;
    double rate = 0;              // count / bucketTotal
    double baseRate = 0;          // the type's share over all buckets of this condition
    double lift = 0;              // rate / baseRate
    double ciLow = 0, ciHigh = 0; // Wilson 95 % interval of rate
    double pValue = 1;            // one-sided binomial: more of this type here than the baseline predicts
    double qValue = 1;            // Benjamini–Hochberg across all cells
    bool supported = false;       // count >= minimum support
    bool significant = false;     // supported, q < alpha and lift > 1
};

struct HeatmapResult
{
    std::vector<Condition::Kind> conditions;
    std::vector<QStringList> bucketLabels; // per condition
    // Columns in one fixed order (IssueType::known(), then other types by name), whatever order the
    // reports were loaded in: a filter change or a live insert never moves a column.
    QStringList types;
    std::vector<std::uint16_t> typeCodes;     // per column: its code in the snapshot's dictionary
    std::int64_t total = 0;                   // rows with a known type
    std::vector<HeatmapCell> cells;           // condition-major, then bucket, then type
    std::vector<std::size_t> conditionOffset; // first cell of each condition

    const HeatmapCell *cell(int condition, int bucket, int type) const;
};

// Conditions × issue types in one pass per condition column. Pure: snapshot in, result out.
class CorrelationHeatmap
{
public:
    struct Options
    {
        int minSupport = 5;
        double alpha = 0.05;
        double z = 1.96;
    };

    static HeatmapResult compute(const Snapshot &snapshot, const Options &options);
    static HeatmapResult compute(const Snapshot &snapshot) { return compute(snapshot, Options{}); }
    // Row indices behind one cell: the drill-down from the heatmap to the issues. `typeCode` is the
    // snapshot's dictionary code (HeatmapResult::typeCodes of the cell's column).
    static std::vector<std::uint32_t> rowsInCell(const Snapshot &snapshot, Condition::Kind condition,
                                                 int bucket, int typeCode);
    // The fixed column order of these type names.
    static QStringList columnOrder(QStringList types);
};

} // namespace pegboard
