#pragma once

#include "analysis/patternfinder.h"

#include <QAbstractListModel>

namespace pegboard {

// The ranked pattern findings as plain sentences, strongest first.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        LiftRole = Qt::UserRole + 1,
        CountRole,
        TypeRole,
        ShareRole
    };
    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(std::vector<Finding> findings);
    const Finding *findingAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Finding> m_findings;
};

} // namespace pegboard
