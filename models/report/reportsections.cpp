#include "actionssection.h"
#include "appendixsection.h"
#include "classificationsection.h"
#include "deadlinessection.h"
#include "incidentdescriptionsection.h"
#include "incidentsummarysection.h"
#include "lossessection.h"
#include "openitemssection.h"
#include "periodoverviewsection.h"
#include "preventionsection.h"
#include "reportsection.h"
#include "resolutionsection.h"
#include "weeklylossessection.h"

namespace pegboard {

const std::vector<std::unique_ptr<ReportSection>> &ReportSections::all()
{
    static const std::vector<std::unique_ptr<ReportSection>> sections = [] {
        std::vector<std::unique_ptr<ReportSection>> list;
        list.push_back(std::make_unique<IncidentSummarySection>());
        list.push_back(std::make_unique<ClassificationSection>());
        list.push_back(std::make_unique<IncidentDescriptionSection>());
        list.push_back(std::make_unique<LossesSection>());
        list.push_back(std::make_unique<ActionsSection>());
        list.push_back(std::make_unique<PreventionSection>());
        list.push_back(std::make_unique<DeadlinesSection>());
        list.push_back(std::make_unique<PeriodOverviewSection>());
        list.push_back(std::make_unique<WeeklyLossesSection>());
        list.push_back(std::make_unique<ResolutionSection>());
        list.push_back(std::make_unique<OpenItemsSection>());
        list.push_back(std::make_unique<AppendixSection>());
        return list;
    }();
    return sections;
}

} // namespace pegboard
