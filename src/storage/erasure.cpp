#include "storage/erasure.h"

#include "core/error.h"
#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>

namespace hv {
namespace {
QString tr(const char* s) { return QCoreApplication::translate("hv::Erasure", s); }
}  // namespace

QString erasedName(Id memberId) { return QStringLiteral("Đã xoá theo yêu cầu #%1").arg(memberId); }

void eraseMemberData(Database& db, Id memberId)
{
    access::requireMemberWrite(db, memberId);
    Query m(db, QStringLiteral("SELECT name_fold, erased_on FROM members WHERE id = :id"));
    m.bind(QStringLiteral(":id"), memberId).exec();
    if (!m.next())
        throw Error(Error::Kind::Input, tr("No member has the id %1.").arg(memberId));
    if (!m.value(1).isNull())
        throw Error(Error::Kind::Input, tr("The personal data of member %1 was erased already.").arg(memberId));
    const QString oldFold = m.text(0);
    const QString name = erasedName(memberId);

    Transaction t(db);
    const bool searchTable = dialect::keepsSearchTable(db);
    if (searchTable) {
        Query del(db, QStringLiteral("INSERT INTO member_search(member_search, rowid, name_fold) VALUES('delete', :id, :fold)"));
        del.bind(QStringLiteral(":id"), memberId).bind(QStringLiteral(":fold"), oldFold).exec();
    }
    // Only columns the reports do not count are touched, so the facts trigger (0003) does not fire.
    Query q(db, QStringLiteral(
                    "UPDATE members SET full_name = :name, name_fold = :fold, sort_key = :key, birth_date = NULL, "
                    "citizen_id = NULL, citizen_id_override = NULL, education = NULL, professional = NULL, "
                    "political_theory = NULL, occupation = NULL, party_official_on = NULL, address = NULL, "
                    "phone = NULL, admission_decision = NULL, card_no = NULL, card_issued_on = NULL, household = NULL, "
                    "notes = NULL, erased_on = :today, version = version + 1 WHERE id = :id"));
    q.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":fold"), vn::fold(name));
    q.bind(QStringLiteral(":key"), QVariant(vn::nameSortKey(name)));
    q.bind(QStringLiteral(":today"), QDate::currentDate()).bind(QStringLiteral(":id"), memberId).exec();
    if (searchTable) {
        Query ins(db, QStringLiteral("INSERT INTO member_search(rowid, name_fold) VALUES(:id, :fold)"));
        ins.bind(QStringLiteral(":id"), memberId).bind(QStringLiteral(":fold"), vn::fold(name)).exec();
    }
    for (const char* sql : {"UPDATE member_events SET notes = NULL WHERE member_id = :id",
                            "DELETE FROM batch_member_before WHERE id = :id",
                            "UPDATE training_participants SET name = '' WHERE member_id = :id",
                            "UPDATE awards SET reason = '' WHERE member_id = :id"}) {
        Query u(db, QString::fromLatin1(sql));
        u.bind(QStringLiteral(":id"), memberId).exec();
    }
    AuditLog log(db);
    log.redactMember(memberId);
    log.append(QStringLiteral("erase"), QStringLiteral("member:%1").arg(memberId), {}, memberId);
    t.commit();
}

}  // namespace hv
