#include "importing/demoyearwork.h"

#include "storage/activityrepository.h"
#include "storage/awardrepository.h"
#include "storage/database.h"
#include "storage/ratingrepository.h"
#include "storage/statisticsrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"


namespace hv::demo {
namespace {

const char* const kTrainingTitles[] = {
    "Tập huấn kỹ năng tuyên truyền cho chi hội trưởng", "Bồi dưỡng nghiệp vụ công tác Hội",
    "Tập huấn chuyển đổi số cho hội viên", "Tập huấn phòng chống bạo lực gia đình",
    "Tập huấn kiến thức khởi nghiệp", "Tập huấn vệ sinh an toàn thực phẩm",
};
const char* const kActivityKinds[] = {"supervision", "critique", "dialogue", "mediation", "law_comment", "communication",
                                      "communication", "scholarship", "gift", "sponsored_child", "livelihood", "club", "model", "work"};

QString u8(const char* s) { return QString::fromUtf8(s); }

class YearWork {
public:
    YearWork(Database& db, const World& w, quint32 seed) : mDb(db), mW(w), mRng(seed ^ 0x5EEDF00Du), mTree(UnitRepository(db).tree()) {}

    YearWorkSummary run()
    {
        std::vector<int> full;
        for (int y : mW.years)
            if (dayOf(QDate(y, 12, 31)) <= mW.end)
                full.push_back(y);
        for (std::size_t i = full.size() > 2 ? full.size() - 2 : 0; i < full.size(); ++i)
            year(full[i]);
        return mSummary;
    }

private:
    QDate dayIn(int year, int monthFrom, int monthTo)
    {
        const int month = mRng.range(monthFrom, monthTo);
        return QDate(year, month, mRng.range(1, 28));
    }

    void year(int y)
    {
        UnitYearRepository figures(mDb);
        StatisticsRepository stats(mDb);
        const auto active = stats.activeAt(QDate(y, 12, 31));
        QHash<Id, qint64> admitted;
        for (const EventGroup& g : stats.eventsBetween(QDate(y - 1, 12, 31), QDate(y, 12, 31)))
            if (g.kind == EventKind::Admitted)
                admitted[g.unitId] += g.count;
        const auto population = figures.populations(y);
        for (const Commune& c : mW.communes) {
            // Each commune has a character: some do much, some little; the spread makes the ranking.
            const double zeal = mRng.uniform(0.25, 1.15);
            const int trainingTarget = mRng.range(3, 5), activityTarget = mRng.range(10, 14);
            figures.setTarget(c.id, y, QStringLiteral("trainings"), trainingTarget);
            figures.setTarget(c.id, y, QStringLiteral("activities"), activityTarget);
            const auto pop = population.constFind(c.id);
            const int households = std::max(10, int((pop == population.cend() ? 500 : pop->women18Plus) / 12));
            figures.setTarget(c.id, y, QStringLiteral("households"), households);
            trainings(c, y, int(std::lround(trainingTarget * zeal)));
            awards(c, y, zeal);
            activities(c.id, y, int(std::lround(activityTarget * zeal)), int(std::lround(households * std::min(1.1, zeal))));
            RatingRepository(mDb).setOverride(c.id, y, {QStringLiteral("other"), double(std::lround(5 + 10 * std::min(1.0, zeal))),
                                                        u8("Theo báo cáo tự đánh giá và kiểm tra của Hội cấp trên")});
            for (int ch = c.firstChapter; ch < c.firstChapter + c.chapterCount; ++ch)
                chapter(mW.chapters[ch], y, c, active, admitted, zeal);
        }
    }

    void trainings(const Commune& c, int y, int count)
    {
        TrainingRepository repo(mDb);
        const std::vector<Id> units = mTree.subtree(c.id);
        for (int i = 0; i < count; ++i) {
            Training t;
            t.year = y;
            t.title = u8(kTrainingTitles[mRng.below(int(std::size(kTrainingTitles)))]);
            t.unitId = c.id;
            t.from = dayIn(y, 2, 11);
            t.to = t.from.addDays(mRng.range(0, 1));
            t.place = u8("Hội trường UBND ") + c.name;
            t.topic = t.title;
            std::vector<Id> members = membersActiveIn(mDb, units, t.from);
            const int listed = std::min(int(members.size()), mRng.range(5, 15));
            for (int k = 0; k < listed; ++k) {  // a partial shuffle: distinct members
                const int j = k + mRng.below(int(members.size()) - k);
                std::swap(members[k], members[j]);
                t.participants.push_back({TrainingParticipant::Kind::Member, members[k], {}});
            }
            t.participants.push_back({TrainingParticipant::Kind::Officer, 0, u8("Cán bộ Hội LHPN huyện")});
            t.attendees = int(t.participants.size()) + mRng.range(10, 40);
            repo.save(t);
            ++mSummary.trainings;
        }
    }

    void awards(const Commune& c, int y, double zeal)
    {
        AwardRepository repo(mDb);
        if (zeal > 0.8 && mRng.chance(0.7)) {
            Award a{0, y, zeal > 1.0 ? QStringLiteral("merit") : QStringLiteral("certificate"), u8("Tập thể hoàn thành xuất sắc nhiệm vụ"),
                    zeal > 1.0 ? QStringLiteral("province") : QStringLiteral("district"),
                    QStringLiteral("%1/QĐ-HPN").arg(mRng.range(10, 200)), QDate(y, 12, mRng.range(15, 28)),
                    u8("Thành tích trong phong trào thi đua năm %1").arg(y), 0, c.id};
            repo.save(a);
            ++mSummary.awards;
        }
        const int people = int(std::lround(zeal * mRng.range(0, 2)));
        const QDate on(y, 12, 20);
        std::vector<Id> members = membersActiveIn(mDb, mTree.subtree(c.id), on);
        for (int i = 0; i < people && !members.empty(); ++i) {
            Award a{0, y, QStringLiteral("title"), u8("Phụ nữ tiêu biểu"), QStringLiteral("district"),
                    QStringLiteral("%1/QĐ-HPN").arg(mRng.range(10, 200)), on, u8("Gương điển hình tiên tiến"),
                    members[mRng.below(int(members.size()))], 0};
            repo.save(a);
            ++mSummary.awards;
        }
    }

    void activities(Id unit, int y, int count, int households)
    {
        std::vector<Activity> rows;
        for (int i = 0; i < count; ++i) {
            Activity a;
            a.unitId = unit;
            a.year = y;
            a.date = dayIn(y, 1, 12);
            a.kind = QString::fromLatin1(kActivityKinds[mRng.below(int(std::size(kActivityKinds)))]);
            a.name = activityKindName(a.kind);
            a.count = isSupportKind(a.kind) ? mRng.range(2, 20) : 1;
            if (isSupportKind(a.kind))
                a.amount = qint64(a.count) * 500000 * mRng.range(1, 4);
            else if (a.kind == QLatin1String("work"))
                a.amount = qint64(mRng.range(5, 60)) * 1000000;
            if (a.kind == QLatin1String("club") || a.kind == QLatin1String("model"))
                a.foundedOn = QDate(y - mRng.range(0, 6), mRng.range(1, 12), 1);
            rows.push_back(a);
        }
        if (households > 0)
            rows.push_back({0, unit, y, QDate(y, 11, 30), QStringLiteral("household_5k3s"), {}, households, 0, {}, {}, {}});
        ActivityRepository(mDb).upsert(rows);
        mSummary.activities += qint64(rows.size());
    }

    void chapter(const Chapter& ch, int y, const Commune& c, const QHash<Id, ActiveCounts>& active,
                 const QHash<Id, qint64>& admitted, double zeal)
    {
        const OrgUnit* u = mTree.byId(ch.id);
        if (!u || !u->activeAt(QDate(y, 1, 1)) || !u->activeAt(QDate(y, 12, 31)))
            return;
        qint64 members = 0, joined = 0;
        for (Id id : mTree.subtree(ch.id)) {
            members += active.value(id).ordinary;
            joined += admitted.value(id);
        }
        UnitYearRepository figures(mDb);
        if (members > 0) {
            const double rate = std::clamp(c.rateBase + mRng.uniform(-0.06, 0.1), 0.6, 0.97);
            figures.setPopulation(ch.id, y, {qint64(std::lround(double(members) / rate)), QStringLiteral("present")});
        }
        figures.setTarget(ch.id, y, QStringLiteral("admitted"), std::max<qint64>(1, std::lround(double(joined) * mRng.uniform(0.8, 1.25))));
        activities(ch.id, y, int(std::lround(mRng.range(4, 8) * zeal)), int(std::lround(mRng.range(12, 24) * zeal)));
        RatingRepository(mDb).setOverride(ch.id, y, {QStringLiteral("other"), double(mRng.range(8, 15)),
                                                     u8("Theo đánh giá của Ban Chấp hành Hội cơ sở")});
    }

    Database& mDb;
    const World& mW;
    Rng mRng;
    UnitTree mTree;
    YearWorkSummary mSummary;
};

}  // namespace

YearWorkSummary writeYearWork(Database& db, const World& w, quint32 seed) { return YearWork(db, w, seed).run(); }

}  // namespace hv::demo
