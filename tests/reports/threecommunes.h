#pragma once
// A hand-worked year (2025) for three communes of one district, shared by the rating, ranking and CLI
// tests. Every figure below is chosen so that the scores can be worked out on paper; the expected
// numbers are written in the tests that use it (tests/reports/rating_test.cpp).
//
// Commune  women18+  members at 31/12/2025       admitted 2025 (target)  trainings  awards  activities  households  "other" by hand
// XA       10        7 before + 2 admitted = 9    2 (2)                   4          2       12          50          12
// XB       10        7 before + 2 admitted = 9    2 (3)                   4          2       12          50          15
// XC       10        7 before + 1 admitted = 8    1 (1)                   1          0       3           10          10

#include "core/referencedata.h"
#include "storage/activityrepository.h"
#include "storage/awardrepository.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/ratingrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"

namespace hvtest {

struct ThreeCommunes {
    hv::Id district = 0, xa = 0, xb = 0, xc = 0;
    hv::Id xaMember = 0;         // a member of XA since 2020 (a participant of XA's first training)
    hv::Id xaNewMember = 0;      // admitted in XA on 1/6/2025
};

inline hv::Id addMember(hv::MemberRepository& repo, const QString& name, hv::Id unit, const QDate& admitted)
{
    hv::Member m;
    m.fullName = name;
    m.birth.date = QDate(1980, 1, 1);
    m.birth.year = 1980;
    m.ethnicityCode = QStringLiteral("01");
    m.religionCode = QStringLiteral("00");
    return repo.create(m, {hv::MembershipEvent{0, 0, hv::EventKind::Admitted, admitted, unit}});
}

inline ThreeCommunes buildThreeCommunes(hv::Database& db)
{
    using namespace hv;
    ThreeCommunes t;
    UnitRepository units(db);
    t.district = units.insert({0, "D9", QString::fromUtf8("Huyện Thử"), UnitLevel::District, 0});
    t.xa = units.insert({0, "XA", QString::fromUtf8("Xã An"), UnitLevel::Commune, t.district});
    t.xb = units.insert({0, "XB", QString::fromUtf8("Xã Bình"), UnitLevel::Commune, t.district});
    t.xc = units.insert({0, "XC", QString::fromUtf8("Xã Cát"), UnitLevel::Commune, t.district});
    units.setOfficeUnit(t.district);
    const ReferenceData ref;
    MemberRepository members(db, ref);
    UnitYearRepository year(db);
    TrainingRepository trainings(db);
    AwardRepository awards(db);
    ActivityRepository activities(db);
    struct Plan { Id unit; const char* tag; int before, admitted, target, trainings, awards, activities, households; };
    const Plan plans[] = {{t.xa, "An", 7, 2, 2, 4, 2, 12, 50}, {t.xb, "Binh", 7, 2, 3, 4, 2, 12, 50}, {t.xc, "Cat", 7, 1, 1, 1, 0, 3, 10}};
    for (const Plan& p : plans) {
        year.setPopulation(p.unit, 2025, {10, QStringLiteral("present")});
        year.setTarget(p.unit, 2025, QStringLiteral("admitted"), p.target);
        std::vector<Id> ids;
        for (int i = 0; i < p.before; ++i)
            ids.push_back(addMember(members, QStringLiteral("Cu %1 %2").arg(QLatin1String(p.tag)).arg(i), p.unit, QDate(2020, 3, 1)));
        for (int i = 0; i < p.admitted; ++i)
            ids.push_back(addMember(members, QStringLiteral("Moi %1 %2").arg(QLatin1String(p.tag)).arg(i), p.unit, QDate(2025, 6, 1)));
        if (p.unit == t.xa) {
            t.xaMember = ids.front();
            t.xaNewMember = ids.back();
        }
        for (int i = 0; i < p.trainings; ++i) {
            Training tr;
            tr.year = 2025;
            tr.title = QStringLiteral("Tap huan %1 %2").arg(QLatin1String(p.tag)).arg(i);
            tr.unitId = p.unit;
            tr.from = QDate(2025, 3 + i, 10);
            tr.to = QDate(2025, 3 + i, 11);
            if (i == 0) {  // members from the register, an officer and an outside person
                tr.participants = {{TrainingParticipant::Kind::Member, ids[0], {}}, {TrainingParticipant::Kind::Member, ids[1], {}},
                                   {TrainingParticipant::Kind::Officer, 0, QString::fromUtf8("Cán bộ Hội huyện")},
                                   {TrainingParticipant::Kind::Outside, 0, QString::fromUtf8("Báo cáo viên")}};
            } else {
                tr.attendees = 10 * i;  // only the number is known
            }
            trainings.save(tr);
        }
        for (int i = 0; i < p.awards; ++i) {
            Award a;
            a.year = 2025;
            a.form = i == 0 ? QStringLiteral("merit") : QStringLiteral("title");
            a.title = i == 0 ? QString::fromUtf8("Bằng khen") : QString::fromUtf8("Phụ nữ tiêu biểu");
            a.issuerLevel = QStringLiteral("province");
            a.decisionNo = QStringLiteral("%1/QĐ-HPN").arg(i + 10);
            a.decisionDate = QDate(2025, 12, 20);
            if (i == 0)
                a.unitId = p.unit;
            else
                a.memberId = ids[2];
            awards.save(a);
        }
        std::vector<Activity> rows;
        for (int i = 0; i < p.activities; ++i)
            rows.push_back({0, p.unit, 2025, QDate(2025, 1 + i % 12, 15), i % 2 ? QStringLiteral("communication") : QStringLiteral("supervision"),
                            QStringLiteral("Hoat dong %1").arg(i), 1, 0, {}, {}, {}});
        rows.push_back({0, p.unit, 2025, QDate(2025, 11, 30), QStringLiteral("household_5k3s"), {}, p.households, 0, {}, {}, {}});
        activities.saveUnitYear(p.unit, 2025, rows);
    }
    RatingRepository ratings(db);
    ratings.setOverride(t.xa, 2025, {QStringLiteral("other"), 12, QString::fromUtf8("Xây dựng tổ chức Hội vững mạnh")});
    ratings.setOverride(t.xb, 2025, {QStringLiteral("other"), 15, QString::fromUtf8("Hoàn thành tốt nhiệm vụ khác")});
    ratings.setOverride(t.xc, 2025, {QStringLiteral("other"), 10, QString::fromUtf8("Hoàn thành nhiệm vụ khác")});
    return t;
}

}  // namespace hvtest
