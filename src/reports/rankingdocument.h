#pragma once
// The ranking as a printed report and a workbook, in the same administrative style as the annual
// summary: one row per unit with its rank, the points of each criterion of the year's card (a column
// each, headed with the criterion's maximum), the score, the grade and the attraction rate, then the
// conditions that kept it from a higher grade; a second table lists the criteria behind the columns.

#include "reports/ranking.h"
#include "reports/reportdocument.h"

#include <QByteArray>

namespace hv {

// The ranking table; columns: Hạng, Đơn vị, one per criterion, Tổng điểm, Xếp loại, Tỷ lệ thu hút (%),
// Điều kiện chưa đạt.
ReportTable rankingTable(const Ranking& ranking);
// The criteria of the card: number, name, how it is scored, maximum points.
ReportTable rankingCriteriaTable(const Ranking& ranking);

ReportDocument rankingDocument(const Ranking& ranking, const Letterhead& letterhead, const QDate& printedOn);
// Sheets "Xếp hạng" and "Tiêu chí".
QByteArray rankingXlsx(const Ranking& ranking);

}  // namespace hv
