#pragma once
// The indicators of the annual summary by key, for export templates (the Excel forms of the level
// above): the keys are those of the annual report's JSON (CONTRACT.md; left_withdrew for left.withdrew),
// each with the Vietnamese name the mapping dialog shows.

#include "reports/annualreport.h"

#include <optional>
#include <vector>

namespace hv {

struct IndicatorInfo {
    QString key;   // members_end
    QString name;  // Tổng số hội viên
};
const std::vector<IndicatorInfo>& annualIndicators();

// The row's figure for the key; nullopt for an unknown key or a figure not known (no population).
std::optional<double> annualIndicator(const AnnualRow& row, const QString& key);

// The row of the report whose unit has this name or code: the exact name (case and spacing ignored),
// the name without its level word ("Thọ Xuân" for "Huyện Thọ Xuân"), or the code. Empty name: the
// report's own unit (its totals). nullptr when none.
const AnnualRow* findReportRow(const AnnualReport& report, const QString& name);

}  // namespace hv
