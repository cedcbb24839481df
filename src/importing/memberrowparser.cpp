#include "importing/memberrowparser.h"

#include "core/citizenid.h"
#include "core/flexparse.h"
#include "core/referencedata.h"
#include "core/vietnamese.h"
#include "importing/rowsource.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::MemberRowParser", s); }

EventKind leavingEvent(Status s)
{
    switch (s) {
    case Status::TransferredOut: return EventKind::TransferredOut;
    case Status::Withdrew: return EventKind::Withdrew;
    case Status::Removed: return EventKind::Removed;
    case Status::Died: return EventKind::Died;
    case Status::Active: break;
    }
    return EventKind::Admitted;
}

}  // namespace

MemberRowParser::MemberRowParser(const ReferenceData& ref, UnitRepository& units, const HeaderMap& map, bool createUnits)
    : mRef(ref), mUnits(units), mMap(map), mCreateUnits(createUnits), mTree(units.tree())
{
    if (const auto office = units.officeUnit())
        mOffice = office->id;
    else if (mTree.roots().size() == 1)
        mOffice = mTree.roots().front()->id;
}

QString MemberRowParser::headerOf(MemberColumn c) const
{
    const int i = mMap.indexOf(c);
    return i >= 0 ? mMap.headers.value(i) : columnHeader(c);
}

QString MemberRowParser::cellText(const RowSource& row, MemberColumn c) const
{
    const int i = mMap.indexOf(c);
    return i >= 0 ? row.cell(i).toString() : QString();
}

Id MemberRowParser::findOrCreate(QStringView text, Id parent, UnitLevel level, bool deep, const RowSource& row,
                                 MemberColumn column, std::vector<InputProblem>& problems, bool& ok)
{
    // Keyed on the cell as written: a file has a few hundred distinct unit cells for a million rows, so
    // folding (UnitTree::find does it) happens once per spelling, not once per row.
    QString key = QString::number(parent);
    key += QLatin1Char('|') + QChar(u'0' + int(level)) + QLatin1Char('|');
    key += text;
    auto cached = mUnitCache.constFind(key);
    if (cached == mUnitCache.cend()) {
        bool ambiguous = false;
        const OrgUnit* u = mTree.find(text, parent, deep, &ambiguous);
        Id id = u ? u->id : 0;
        if (!u && ambiguous) {
            id = -1;
        } else if (!u && mCreateUnits && !deep && (level == UnitLevel::Chapter || level == UnitLevel::Group)) {
            const OrgUnit* p = mTree.byId(parent);
            OrgUnit created;
            created.name = text.toString().simplified();
            created.level = level;
            created.parentId = parent;
            do {
                created.code = QStringLiteral("%1-%2").arg(p ? p->code : QStringLiteral("U")).arg(++mCreated, 2, 10, QLatin1Char('0'));
            } while (mTree.byCode(created.code));
            const auto insert = [&] { created.id = mUnits.insert(created); };
            if (mDatabaseCall)
                mDatabaseCall(insert);
            else
                insert();
            std::vector<OrgUnit> all = mTree.units();
            all.push_back(created);
            mTree = UnitTree(std::move(all));
            id = created.id;
        }
        cached = mUnitCache.insert(key, id);
    }
    if (*cached > 0)
        return *cached;
    ok = false;
    problems.push_back({InputProblem::Severity::Error, row.sourceName(), row.rowNumber(), headerOf(column), text.toString(),
                        *cached < 0 ? tr("Several units have this name; write its code instead.")
                                    : (level == UnitLevel::Commune
                                           ? tr("No commune of the office has this name or code.")
                                           : tr("No unit of this name or code here; import the units first, or "
                                                "let the import create missing chapters and groups."))});
    return 0;
}

Id MemberRowParser::resolveUnits(const RowSource& row, std::vector<InputProblem>& problems, bool& ok)
{
    const QString commune = cellText(row, MemberColumn::Commune);
    const QString chapter = cellText(row, MemberColumn::Chapter);
    const QString group = cellText(row, MemberColumn::Group);
    Id unit = 0;
    if (!commune.isEmpty())
        unit = findOrCreate(commune, mOffice, UnitLevel::Commune, true, row, MemberColumn::Commune, problems, ok);
    if (!chapter.isEmpty() && (commune.isEmpty() || unit))
        unit = findOrCreate(chapter, unit ? unit : mOffice, UnitLevel::Chapter, !unit, row, MemberColumn::Chapter, problems, ok);
    if (!group.isEmpty() && unit)
        unit = findOrCreate(group, unit, UnitLevel::Group, false, row, MemberColumn::Group, problems, ok);
    if (!unit && ok) {
        const OrgUnit* office = mTree.byId(mOffice);
        if (office && int(office->level) >= int(UnitLevel::Commune))
            return mOffice;  // a commune's own office: its list needs no commune column
        ok = false;
        problems.push_back({InputProblem::Severity::Error, row.sourceName(), row.rowNumber(), headerOf(MemberColumn::Chapter),
                            QString(), tr("The commune or chapter of the member is required.")});
    }
    return unit;
}

ParsedMember MemberRowParser::parse(const RowSource& row, std::vector<InputProblem>& problems)
{
    ParsedMember out;
    Member& m = out.member;
    auto problem = [&](MemberColumn c, const QString& reason) {
        problems.push_back({InputProblem::Severity::Error, row.sourceName(), row.rowNumber(), headerOf(c), cellText(row, c), reason});
        out.ok = false;
        out.fieldsOk = false;
    };
    auto text = [&](MemberColumn c) { return cellText(row, c); };
    auto date = [&](MemberColumn c) -> std::optional<FlexDate> {
        const QString t = text(c);
        if (t.isEmpty())
            return FlexDate{};
        const auto d = parseFlexDate(t, row.date1904());
        if (!d)
            problem(c, tr("Not a date: write it as dd/mm/yyyy."));
        return d;
    };
    auto yesNo = [&](MemberColumn c) {
        const auto v = parseYesNo(text(c));
        if (!v)
            problem(c, tr("Write x or có for yes, leave empty or write không for no."));
        return v.value_or(false);
    };

    m.fullName = vn::normalizeName(text(MemberColumn::FullName));
    if (m.fullName.isEmpty())
        problem(MemberColumn::FullName, tr("The full name is required."));
    if (const auto b = date(MemberColumn::BirthDate))
        m.birth = *b;

    const QString rawId = text(MemberColumn::CitizenId);
    if (rawId.contains(QLatin1Char('E'), Qt::CaseInsensitive) && rawId.contains(QLatin1Char('+'))) {
        problem(MemberColumn::CitizenId, tr("Excel turned this CCCD into a number in scientific notation and its digits are "
                                            "lost; format the column as Text and type the number again."));
    } else {
        QString id = CitizenId::normalize(rawId);
        if (id.endsWith(QLatin1String(".0")))
            id.chop(2);
        if (id.size() == 11 && std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); }))
            problem(MemberColumn::CitizenId, tr("This CCCD has 11 digits: Excel probably dropped its leading 0. Check the "
                                                "card and type the number as text; it is not guessed."));
        m.citizenId = id;
    }

    if (const QString e = text(MemberColumn::Ethnicity); !e.isEmpty()) {
        const auto code = mRef.ethnicityCode(e);
        if (!code)
            problem(MemberColumn::Ethnicity, tr("Unknown ethnic group (see the official list of 54 groups)."));
        m.ethnicityCode = code.value_or(QString());
    }
    if (const QString r = text(MemberColumn::Religion); !r.isEmpty()) {
        const auto code = mRef.religionCode(r);
        if (!code)
            problem(MemberColumn::Religion, tr("Unknown religion (write its name, or Không)."));
        m.religionCode = code.value_or(QString());
    }
    m.education = text(MemberColumn::Education);
    m.professional = text(MemberColumn::Professional);
    m.politicalTheory = text(MemberColumn::PoliticalTheory);
    m.occupation = text(MemberColumn::Occupation);
    m.partyMember = yesNo(MemberColumn::PartyMember);
    m.phone = text(MemberColumn::Phone);
    m.address = text(MemberColumn::Address);
    m.cardNo = text(MemberColumn::CardNo);
    m.coreMember = yesNo(MemberColumn::CoreMember);
    m.notes = text(MemberColumn::Notes);
    if (const QString s = text(MemberColumn::Sex); !s.isEmpty()) {
        const auto sex = sexFromText(s);
        if (!sex)
            problem(MemberColumn::Sex, tr("Write Nữ or Nam."));
        m.sex = sex.value_or(Sex::Female);
    }
    if (const QString t = text(MemberColumn::MemberType); !t.isEmpty()) {
        const auto type = memberTypeFromText(t);
        if (!type)
            problem(MemberColumn::MemberType, tr("Write Chính thức or Danh dự."));
        m.type = type.value_or(MemberType::Ordinary);
    }
    if (const QString k = text(MemberColumn::JoinKind); !k.isEmpty()) {
        const auto kind = eventKindFromCode(k);
        if (kind != EventKind::Admitted && kind != EventKind::TransferredIn)
            problem(MemberColumn::JoinKind, tr("Write Kết nạp or Chuyển đến."));
        m.joinKind = kind == EventKind::TransferredIn ? JoinKind::TransferredIn : JoinKind::Admitted;
    }
    if (const auto j = date(MemberColumn::JoinedOn); j && !j->isNull())
        m.joinedOn = j->yearOnly() ? QDate(j->year, 1, 1) : j->date;

    Status status = Status::Active;
    if (const QString s = text(MemberColumn::Status); !s.isEmpty()) {
        const auto st = statusFromText(s);
        if (!st)
            problem(MemberColumn::Status, tr("Unknown status: write Đang sinh hoạt, Chuyển đi, Xin ra, Đưa ra khỏi danh sách or Từ trần."));
        status = st.value_or(Status::Active);
    }
    QDate statusDate;
    if (const auto d = date(MemberColumn::StatusDate); d && !d->isNull())
        statusDate = d->yearOnly() ? QDate(d->year, 12, 31) : d->date;
    if (status != Status::Active && !statusDate.isValid())
        problem(MemberColumn::StatusDate, tr("The date of the change is required when the status is not Đang sinh hoạt."));

    Position position = Position::None;
    QString title;
    if (const QString p = text(MemberColumn::Position); !p.isEmpty()) {
        position = positionFromText(p).value_or(Position::Other);
        if (position == Position::Other)
            title = p;
    }

    const Id unit = resolveUnits(row, out.unitProblems, out.ok);
    if (!out.ok)
        return out;

    MembershipEvent start;
    start.kind = m.joinKind == JoinKind::TransferredIn ? EventKind::TransferredIn : EventKind::Admitted;
    start.date = m.joinedOn.isValid() ? m.joinedOn : unknownDate();
    start.unitId = unit;
    out.events.push_back(start);
    if (status != Status::Active) {
        MembershipEvent end;
        end.kind = leavingEvent(status);
        end.date = statusDate;
        out.events.push_back(end);
    }
    if (position != Position::None) {
        PositionHolding h;
        h.position = position;
        h.title = title;
        h.unitId = unit;
        h.from = start.date;
        if (status != Status::Active)
            h.to = statusDate;
        out.positions.push_back(h);
    }
    return out;
}

Member MemberRowParser::mergeInto(const Member& stored, const Member& parsed) const
{
    Member m = stored;
    auto take = [&](MemberColumn c, auto Member::*field) {
        if (mMap.has(c))
            m.*field = parsed.*field;
    };
    take(MemberColumn::FullName, &Member::fullName);
    take(MemberColumn::BirthDate, &Member::birth);
    take(MemberColumn::CitizenId, &Member::citizenId);
    take(MemberColumn::Ethnicity, &Member::ethnicityCode);
    take(MemberColumn::Religion, &Member::religionCode);
    take(MemberColumn::Education, &Member::education);
    take(MemberColumn::Professional, &Member::professional);
    take(MemberColumn::PoliticalTheory, &Member::politicalTheory);
    take(MemberColumn::Occupation, &Member::occupation);
    take(MemberColumn::PartyMember, &Member::partyMember);
    take(MemberColumn::Phone, &Member::phone);
    take(MemberColumn::Address, &Member::address);
    take(MemberColumn::CardNo, &Member::cardNo);
    take(MemberColumn::CoreMember, &Member::coreMember);
    take(MemberColumn::Notes, &Member::notes);
    if (!parsed.citizenIdOverride.isEmpty())
        m.citizenIdOverride = parsed.citizenIdOverride;
    return m;
}

}  // namespace hv
