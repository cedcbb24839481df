#include "importing/memberimporter.h"

#include "core/citizenid.h"
#include "core/membership.h"
#include "core/membervalidation.h"
#include "core/referencedata.h"
#include "core/vietnamese.h"
#include "importing/headermap.h"
#include "importing/importpipeline.h"
#include "importing/memberrowparser.h"
#include "importing/rowsource.h"
#include "storage/batchrepository.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/memberbulkloader.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::MemberImporter", s); }

// The keys of DuplicateIndex: the folded name (folded once per row, shared, not copied) with the full
// date or the year. QHash compares the whole key on a hash hit, so a collision can never make two
// people the same.
struct NameDate {
    QString fold;
    qint64 day = 0;  // Julian day
    bool operator==(const NameDate& o) const { return day == o.day && fold == o.fold; }
};
size_t qHash(const NameDate& k, size_t seed = 0) { return qHashMulti(seed, k.fold, k.day); }
struct NameYear {
    QString fold;
    int year = 0;
    bool operator==(const NameYear& o) const { return year == o.year && fold == o.fold; }
};
size_t qHash(const NameYear& k, size_t seed = 0) { return qHashMulti(seed, k.fold, k.year); }

// Who a row may duplicate: stored members and earlier rows of the file.
class DuplicateIndex {
public:
    struct Hit {
        Id memberId = 0;  // stored member, or 0
        int row = 0;      // earlier row of the file, or 0
        bool certain = true;  // false: same name and year of birth only
        bool byCitizenId = false;
    };

    void reserve(qsizetype n)
    {
        mByCitizenId.reserve(n);
        mByNameDate.reserve(n);
        mByNameYear.reserve(n);
    }
    void addStored(const IdentityKey& k) { add(k.citizenId, k.nameFold, k.birth, {k.id, 0, true}); }
    // nameFold: vn::fold(m.fullName).
    void addRow(const Member& m, const QString& nameFold, int row) { add(m.citizenId, nameFold, m.birth, {0, row, true}); }

    // CCCD equal: certain. Same folded name and the same birth (the same full date, or the same year
    // where both know only the year): certain. Same name and year where only one side has the full
    // date: possible.
    std::optional<Hit> find(const Member& m, const QString& nameFold) const
    {
        if (!m.citizenId.isEmpty())
            if (const auto it = mByCitizenId.constFind(m.citizenId); it != mByCitizenId.cend()) {
                Hit h = *it;
                h.byCitizenId = true;
                return h;
            }
        if (m.birth.isNull())
            return std::nullopt;
        if (!m.birth.yearOnly())
            if (const auto it = mByNameDate.constFind(NameDate{nameFold, m.birth.date.toJulianDay()}); it != mByNameDate.cend())
                return *it;
        const auto it = mByNameYear.constFind(NameYear{nameFold, m.birth.year});
        if (it == mByNameYear.cend())
            return std::nullopt;
        const bool storedYearOnly = it->second;
        if (m.birth.yearOnly() && storedYearOnly)
            return it->first;
        if (m.birth.yearOnly() || storedYearOnly) {
            Hit h = it->first;
            h.certain = false;
            return h;
        }
        return std::nullopt;
    }

private:
    void add(const QString& cccd, const QString& name, const FlexDate& birth, const Hit& hit)
    {
        if (!cccd.isEmpty())
            mByCitizenId.insert(cccd, hit);
        if (birth.isNull())
            return;
        if (!birth.yearOnly())
            mByNameDate.insert(NameDate{name, birth.date.toJulianDay()}, hit);
        // second: whether the stored birth is year-only (then any full date of that year may match).
        mByNameYear.insert(NameYear{name, birth.year}, {hit, birth.yearOnly()});
    }
    QHash<QString, Hit> mByCitizenId;
    QHash<NameDate, Hit> mByNameDate;
    QHash<NameYear, std::pair<Hit, bool>> mByNameYear;
};

// The officer's mapping replaces the detected one; her choice makes the unknown-column warnings moot.
void applyColumns(HeaderMap& map, const std::vector<std::optional<MemberColumn>>& columns, const QString& file)
{
    map.columnOf = columns;
    if (map.columnOf.size() < size_t(map.headers.size()))
        map.columnOf.resize(size_t(map.headers.size()));
    map.warnings.clear();
    QStringList twice;
    for (size_t i = 0; i < map.columnOf.size(); ++i)
        for (size_t j = i + 1; j < map.columnOf.size(); ++j)
            if (map.columnOf[i] && map.columnOf[i] == map.columnOf[j])
                twice << columnHeader(*map.columnOf[i]);
    if (!twice.isEmpty())
        throw Error(Error::Kind::Input, tr("%1: more than one column is mapped to %2; choose one.")
                                            .arg(file, twice.join(QStringLiteral(", "))));
    if (!map.has(MemberColumn::FullName))
        throw Error(Error::Kind::Input, tr("%1: no column is mapped to \"Họ và tên\".").arg(file));
}

}  // namespace

ImportResult MemberImporter::run(RowSource& source, const MemberImportOptions& options)
{
    auto map = findMemberHeader(source);
    if (!map)
        throw Error(Error::Kind::Input,
                    tr("%1: no header row found in the first 30 rows; the list needs at least a \"Họ và tên\" "
                       "column and one other known column.").arg(source.sourceName()));
    if (!options.columns.empty())
        applyColumns(*map, options.columns, source.sourceName());
    ImportResult result;
    for (const InputProblem& w : map->warnings)
        result.problems.push_back(w);
    result.convertedFrom = source.convertedFrom();
    result.conversions = source.conversions();
    if (!result.convertedFrom.isEmpty()) {
        const auto& first = result.conversions.front();
        result.problems.push_back({InputProblem::Severity::Warning, source.sourceName(), 0, QString(), first.first,
                                   tr("text typed in the old %1 font encoding was converted to Unicode (e.g. \"%2\" → \"%3\"); "
                                      "check the names.").arg(result.convertedFrom, first.first, first.second)});
    }

    UnitRepository unitRepo(mDb);
    MemberRepository members(mDb, mRef);
    // Before the transaction: SQLite ignores the pragma inside one.
    const ForeignKeysOffForImport noForeignKeyChecks(mDb);
    Transaction transaction(mDb);
    // Two officers importing at once on a server: the second waits here for the first to commit, then
    // finds its members among the stored ones below (no member is added twice).
    dialect::serializeImports(mDb);
    BatchRepository batches(mDb);
    const Id batchId = batches.create(QStringLiteral("members"), QFileInfo(source.sourceName()).fileName());
    const Id lastUnitBefore = batches.lastUnitId();
    MemberRowParser parser(mRef, unitRepo, *map, options.createUnits);

    DuplicateIndex duplicates;
    for (const IdentityKey& k : members.identityKeys())
        duplicates.addStored(k);

    // This thread writes; a worker reads, parses and checks the rows and hands each accepted row over
    // ready to bind (MemberBulkLoader::prepare). The worker's database needs (units created on the way,
    // members updated) run here too, through pipeline.call(), in file order. Everything the worker
    // touches (result, duplicates, parser, source) is its own until run() returns, except inside a
    // call(), while it waits.
    ImportPipeline pipeline;
    std::unique_ptr<MemberBulkLoader> loader;
    // Accepted rows go over in batches of kRowsPerBatch members (a few allocations per batch).
    constexpr size_t kRowsPerBatch = 512;
    MemberBulkLoader::Rows pending;
    auto handOverRows = [&] {
        if (pending.empty())
            return;
        pipeline.post(
            [&, rows = std::move(pending)] {
                if (!loader)
                    loader = std::make_unique<MemberBulkLoader>(mDb, batchId, 0);
                loader->add(rows);
            },
            true);
        pending = {};
    };
    // Calls keep the file order: the rows before them are written first.
    auto databaseCall = [&](const std::function<void()>& f) {
        handOverRows();
        pipeline.call(f);
    };
    parser.setDatabaseCall(databaseCall);
    const QDate today = QDate::currentDate();
    pipeline.run([&] {
        while (nextDataRow(source, *map)) {
            if (isBlankOrSubtotal(source, *map))
                continue;
            ++result.rowsRead;
            if (options.progress && result.rowsRead % 1000 == 0)
                pipeline.post([&options, done = source.progress()] {
                    if (!options.progress(done))
                        throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."));
                });
            if (options.excludedRows.contains(source.rowNumber())) {
                ++result.skipped;
                continue;
            }

            ParsedMember row = parser.parse(source, result.problems);
            // Validation problems are reported against the cells; accepted warnings are recorded.
            auto checkMember = [&](Member& m) {
                bool ok = true;
                for (const FieldProblem& p : validateMember(m, mRef, today)) {
                    const auto column = columnFromCode(p.field);
                    const bool accepted = p.warning && options.acceptWarnings;
                    result.problems.push_back({accepted ? InputProblem::Severity::Warning : InputProblem::Severity::Error,
                                               source.sourceName(), source.rowNumber(),
                                               column ? parser.headerOf(*column) : p.field,
                                               column ? parser.cellText(source, *column) : QString(), p.message});
                    if (accepted)
                        m.citizenIdOverride = tr("accepted on import (batch %1): %2").arg(batchId).arg(p.message);
                    else
                        ok = false;
                }
                return ok;
            };
            auto report = [&](InputProblem::Severity s, const QString& reason) {
                result.problems.push_back({s, source.sourceName(), source.rowNumber(), parser.headerOf(MemberColumn::FullName),
                                           row.member.fullName, reason});
            };
            if (!row.fieldsOk) {
                result.problems.insert(result.problems.end(), row.unitProblems.begin(), row.unitProblems.end());
                continue;
            }

            // Folded once: for the duplicate keys and for the stored name_fold.
            const QString nameFold = vn::fold(row.member.fullName);
            // A row for a member already stored only needs what identifies her when it is skipped or updated.
            const auto dup = duplicates.find(row.member, nameFold);
            const QString other = !dup ? QString()
                                  : dup->memberId ? tr("member #%1 already in the register").arg(dup->memberId)
                                                  : tr("row %1 of this file").arg(dup->row);
            using OnDuplicate = MemberImportOptions::OnDuplicate;
            OnDuplicate decision = options.onDuplicate;
            bool applies = false;  // the decision is taken for this row
            if (dup) {
                result.duplicates.push_back({source.rowNumber(), dup->memberId, dup->row, dup->certain, dup->byCitizenId});
                const auto chosen = options.duplicateDecisions.constFind(source.rowNumber());
                if (chosen != options.duplicateDecisions.cend())
                    decision = *chosen;
                applies = dup->certain || chosen != options.duplicateDecisions.cend();
            }
            if (applies && decision == OnDuplicate::Skip) {
                report(InputProblem::Severity::Warning, tr("Skipped: the same person as %1.").arg(other));
                ++result.skipped;
                continue;
            }
            if (applies && dup->memberId && decision == OnDuplicate::Update) {
                databaseCall([&] {
                    Member updated = parser.mergeInto(*members.byId(dup->memberId), row.member);
                    if (checkMember(updated) && result.accepted()) {
                        batches.saveBeforeUpdate(batchId, updated.id);  // for undo
                        members.update(updated);
                    }
                });
                ++result.updated;
                continue;
            }

            result.problems.insert(result.problems.end(), row.unitProblems.begin(), row.unitProblems.end());
            if (!checkMember(row.member))
                row.ok = false;
            if (const QString why = normalizeChain(row.events); !why.isEmpty()) {
                result.problems.push_back({InputProblem::Severity::Error, source.sourceName(), source.rowNumber(),
                                           parser.headerOf(MemberColumn::Status), parser.cellText(source, MemberColumn::Status), why});
                row.ok = false;
            }
            if (!row.ok)
                continue;
            if (applies && decision == OnDuplicate::Add) {
                if (dup->byCitizenId) {
                    report(InputProblem::Severity::Error,
                           tr("Cannot be added as another member: %1 has the same CCCD (skip or update instead).").arg(other));
                    continue;
                }
                report(InputProblem::Severity::Warning, tr("Added as another member, though she looks like %1.").arg(other));
            } else if (dup && !dup->certain) {
                report(InputProblem::Severity::Warning, tr("Possibly the same person as %1 (same name and year of birth).").arg(other));
            } else if (dup) {
                report(InputProblem::Severity::Error, tr("The same person as %1 (use --on-duplicate skip or update).").arg(other));
                continue;
            }
            duplicates.addRow(row.member, nameFold, source.rowNumber());

            // Rows are written as soon as they pass, inside the transaction; after the first error the rest
            // are only checked, and the transaction is rolled back at the end.
            if (result.accepted()) {
                MemberBulkLoader::prepare(pending, row.member, nameFold, batchId, row.events, row.positions);
                if (pending.members.size() >= kRowsPerBatch)
                    handOverRows();
            }
            ++result.added;
        }
        if (result.accepted())
            handOverRows();
    });
    if (!result.accepted() || options.dryRun)
        return result;  // the transaction rolls back
    if (loader)
        loader->finish();
    batches.markUnitsCreatedAfter(batchId, lastUnitBefore);
    batches.setRowCount(batchId, result.added + result.updated);
    // A Cancel pressed while the last rows were read still leaves nothing behind.
    if (options.progress && !options.progress(1.0))
        throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."));
    transaction.commit();
    result.batchId = batchId;
    return result;
}

}  // namespace hv
