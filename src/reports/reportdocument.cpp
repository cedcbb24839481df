#include "reports/reportdocument.h"

#include "core/error.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <cmath>

namespace hv {

bool ReportDocument::landscape() const
{
    for (const ReportTable& t : tables)
        if (t.landscape)
            return true;
    return false;
}

QString placeName(const QString& unitName)
{
    // Longest words first: "Thành phố" before a bare level word.
    static const char* const kLevelWords[] = {"Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Quận ", "Tỉnh ",
                                              "Xã ", "Phường ", "Đặc khu "};
    for (const char* w : kLevelWords) {
        const QString word = QString::fromUtf8(w);
        if (unitName.startsWith(word, Qt::CaseInsensitive))
            return unitName.mid(word.size()).trimmed();
    }
    return unitName.trimmed();
}

Letterhead letterheadFor(Database& db, const QString& unitCode)
{
    UnitRepository units(db);
    const auto unit = units.byCode(unitCode);
    if (!unit)
        throw Error(Error::Kind::Input, QCoreApplication::translate("hv::Reports", "Unknown unit code %1.").arg(unitCode));
    const QString prefix = QStringLiteral("HỘI LHPN ");
    Letterhead l;
    l.unitLine = prefix + unit->name.toUpper();
    l.place = placeName(unit->name);
    QString parentName;
    if (unit->parentId) {
        if (const auto p = units.byId(unit->parentId))
            parentName = p->name;
    } else if (unit->level == UnitLevel::District || unit->level == UnitLevel::Commune) {
        // The office's tree starts at its own unit; the level above is in the official list.
        const auto list = UnitRepository::readOfficialList();
        QString parentCode;
        for (const OfficialUnit& o : list)
            if (o.code == unit->code)
                parentCode = o.parentCode;
        if (!parentCode.isEmpty())
            for (const OfficialUnit& o : list)
                if (o.code == parentCode)
                    parentName = o.name;
    }
    if (!parentName.isEmpty())
        l.parentLine = prefix + parentName.toUpper();
    return l;
}

QString placeAndDate(const Letterhead& l, const QDate& d)
{
    // Nghị định 30/2020/NĐ-CP: days below 10 and the months January and February take a leading zero.
    const QString day = d.day() < 10 ? QStringLiteral("0%1").arg(d.day()) : QString::number(d.day());
    const QString month = d.month() < 3 ? QStringLiteral("0%1").arg(d.month()) : QString::number(d.month());
    const QString date = QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(d.year());
    return l.place.isEmpty() ? date : l.place + QStringLiteral(", ") + date;
}

QString printedText(const ReportCell& c)
{
    auto grouped = [](qint64 v) {
        QString digits = QString::number(v < 0 ? -v : v);
        for (int i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, QLatin1Char('.'));
        return (v < 0 ? QStringLiteral("-") : QString()) + digits;
    };
    switch (c.kind) {
    case ReportCell::Kind::Empty: return {};
    case ReportCell::Kind::Text: return c.text;
    case ReportCell::Kind::Integer: return c.grouped ? grouped(qint64(c.number)) : QString::number(qint64(c.number));
    case ReportCell::Kind::Decimal: {
        const qint64 tenths = qint64(std::llround(c.number * 10.0));
        const qint64 whole = (tenths < 0 ? -tenths : tenths) / 10;
        return (tenths < 0 ? QStringLiteral("-") : QString()) + grouped(whole).remove(QStringLiteral("-")) +
               QLatin1Char(',') + QString::number((tenths < 0 ? -tenths : tenths) % 10);
    }
    case ReportCell::Kind::Date: return c.date.toString(QStringLiteral("dd/MM/yyyy"));
    }
    return {};
}

}  // namespace hv
