#include "ui/registermodel.h"

#include "core/error.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/registerloader.h"

#include <QLocale>
#include <algorithm>
#include <climits>

namespace hv {
namespace {

// Pages the view asked for and that are still waiting: a drag of the scroll bar asks for many, of which
// only the last few are still on screen.
constexpr std::size_t kWantedPages = 4;
// A page read that skips at least this many rows is dropped when the view wants another page.
constexpr qint64 kSupersedeSkip = 4 * RegisterModel::kPageSize;

QString dmy(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

}  // namespace

RegisterModel::RegisterModel(AppContext& ctx, QObject* parent) : QAbstractTableModel(parent), mCtx(ctx)
{
    const auto failed = [this](const QString& message) {
        QMetaObject::invokeMethod(
            this, [this, message] { emit this->failed(message); }, Qt::QueuedConnection);
    };
    mPageLoader = std::make_unique<RegisterLoader>(ctx.db(), failed);
    mCountLoader = std::make_unique<RegisterLoader>(ctx.db(), failed);
}

RegisterModel::~RegisterModel()
{
    // Join the loaders before the members their jobs report to are gone.
    mPageLoader.reset();
    mCountLoader.reset();
}

void RegisterModel::setQuery(const RegisterQuery& query, bool dataChanged)
{
    mQuery = query;
    if (dataChanged || mUnitNames.isEmpty()) loadUnitNames();
    start();
}

void RegisterModel::reload() { setQuery(mQuery, true); }

void RegisterModel::start()
{
    ++mGeneration;
    mAwaitingFirst = true;
    mInFlight = -1;
    mWanted.clear();
    mEarlyCount.reset();
    // The count waits for the first page: on two cores it would take half the machine from the rows the
    // officer is waiting for (a keystroke's first rows came 2-3x later with the count running beside).
    request(0);
}

void RegisterModel::startCount()
{
    const quint64 generation = mGeneration;
    mCountLoader->post(generation, [this, generation, query = mQuery](RegisterRepository& repo) {
        try {
            const qint64 n = repo.count(query);
            QMetaObject::invokeMethod(
                this, [this, generation, n] { countArrived(generation, n); }, Qt::QueuedConnection);
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Cancelled)
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, m = e.message()] {
                        if (generation == mGeneration) emit failed(m);
                    },
                    Qt::QueuedConnection);
        }
    });
}

void RegisterModel::loadUnitNames()
{
    mUnitNames.clear();
    try {
        for (const OrgUnit& u : UnitRepository(mCtx.db()).all()) mUnitNames.insert(u.id, u.name);
    } catch (const Error& e) {
        emit failed(e.message());
    }
}

int RegisterModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : mRowCount; }

int RegisterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const RegisterRow* RegisterModel::rowAt(int row) const
{
    const auto it = mPages.find(row / kPageSize);
    if (it == mPages.end() || std::size_t(row % kPageSize) >= it->rows.size()) {
        want(row / kPageSize);
        return nullptr;
    }
    it->lastUse = ++mUseClock;
    return &it->rows[std::size_t(row % kPageSize)];
}

Id RegisterModel::idAt(int row) const
{
    const auto it = mPages.constFind(row / kPageSize);
    if (row < 0 || it == mPages.cend() || std::size_t(row % kPageSize) >= it->rows.size()) return 0;
    return it->rows[std::size_t(row % kPageSize)].id;
}

qint64 RegisterModel::rowsHeld() const
{
    qint64 n = 0;
    for (const Page& p : std::as_const(mPages)) n += qint64(p.rows.size());
    return n;
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= mRowCount) return {};
    if (role != Qt::DisplayRole && role != kIdRole && role != Qt::ToolTipRole) return {};
    const RegisterRow* r = rowAt(index.row());
    if (role == kIdRole) return r ? r->id : Id(0);
    if (!r) return index.column() == NameColumn && role == Qt::DisplayRole ? QStringLiteral("…") : QVariant();
    if (role == Qt::ToolTipRole) return index.column() == NameColumn ? QVariant(r->fullName) : QVariant();
    return display(*r, index.column());
}

QVariant RegisterModel::display(const RegisterRow& r, int column) const
{
    switch (column) {
        case NameColumn:
            return r.fullName;
        case BirthColumn:
            return r.birth.date.isValid() ? dmy(r.birth.date)
                   : r.birth.year > 0     ? QString::number(r.birth.year)
                                          : QString();
        case CitizenIdColumn:
            return r.citizenId;
        case EthnicityColumn:
            return mCtx.ref().ethnicityName(r.ethnicityCode);
        case ReligionColumn:
            return mCtx.ref().religionName(r.religionCode);
        case PartyColumn:
            return r.partyMember ? tr("Yes") : QString();
        case PhoneColumn:
            return r.phone;
        case AddressColumn:
            return r.address;
        case UnitColumn:
            return mUnitNames.value(r.unitId);
        case StatusColumn:
            return displayName(r.status);
        case PositionColumn:
            return r.position == Position::None ? QString() : displayName(r.position);
        case JoinedColumn:
            return dmy(r.joinedOn);
        case CardColumn:
            return r.cardNo;
        case TypeColumn:
            return displayName(r.type);
    }
    return {};
}

QString RegisterModel::columnTitle(int column)
{
    switch (column) {
        case NameColumn:
            return tr("Full name");
        case BirthColumn:
            return tr("Date of birth");
        case CitizenIdColumn:
            return tr("CCCD");
        case EthnicityColumn:
            return tr("Ethnicity");
        case ReligionColumn:
            return tr("Religion");
        case PartyColumn:
            return tr("Party member");
        case PhoneColumn:
            return tr("Phone");
        case AddressColumn:
            return tr("Address");
        case UnitColumn:
            return tr("Chapter");
        case StatusColumn:
            return tr("Status");
        case PositionColumn:
            return tr("Position");
        case JoinedColumn:
            return tr("Joined");
        case CardColumn:
            return tr("Card no.");
        case TypeColumn:
            return tr("Member type");
    }
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RegisterModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (mRowCount > 0) emit dataChanged(index(0, 0), index(mRowCount - 1, ColumnCount - 1));
}

bool RegisterModel::isSortable(int column)
{
    return column == NameColumn || column == BirthColumn || column == JoinedColumn || column == UnitColumn;
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) return;
    const RegisterSort sort = column == BirthColumn    ? RegisterSort::BirthDate
                              : column == JoinedColumn ? RegisterSort::JoinedOn
                              : column == UnitColumn   ? RegisterSort::Unit
                                                       : RegisterSort::Name;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == mQuery.sort && descending == mQuery.descending) return;
    mQuery.sort = sort;
    mQuery.descending = descending;
    start();
}

bool RegisterModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !mCount && !mEndKnown && !mAwaitingFirst;
}

void RegisterModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) want(mRowCount / kPageSize);
}

void RegisterModel::want(int page) const
{
    if (mAwaitingFirst) return;
    mWanted.erase(std::remove(mWanted.begin(), mWanted.end(), page), mWanted.end());
    mWanted.push_back(page);
    if (mWanted.size() > kWantedPages) mWanted.erase(mWanted.begin());
    if (!mPumpQueued) {
        mPumpQueued = true;
        auto* self = const_cast<RegisterModel*>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->pump(); }, Qt::QueuedConnection);
    }
}

void RegisterModel::pump()
{
    mPumpQueued = false;
    if (mAwaitingFirst) return;
    if (mInFlight >= 0) {
        // A long jump the officer has scrolled away from gives way to where she is now.
        const bool away = !mWanted.empty() && mWanted.back() != mInFlight && !mPages.contains(mWanted.back());
        if (!away || mInFlightSkip < kSupersedeSkip) return;
    }
    while (!mWanted.empty()) {
        const int page = mWanted.back();
        mWanted.pop_back();
        const qint64 first = qint64(page) * kPageSize;
        if (mPages.contains(page) || first > mRowCount || (first == mRowCount && (mCount || mEndKnown)))
            continue;
        request(page);
        return;
    }
}

void RegisterModel::request(int page)
{
    const qint64 first = qint64(page) * kPageSize;
    qint64 limit = kPageSize;
    if (mCount && !mAwaitingFirst)  // while awaiting, the count is the previous query's
        limit = std::min<qint64>(kPageSize, *mCount - first);
    if (limit <= 0) return;
    // The cheapest way there: keyset from the nearest page held, or from either end of the register,
    // skipping the rows in between.
    std::optional<RegisterKey> key;
    bool forward = true;
    qint64 skip = first;
    if (!mAwaitingFirst) {
        for (auto it = mPages.cbegin(); it != mPages.cend(); ++it) {
            const qint64 start = qint64(it.key()) * kPageSize;
            if (it.key() < page && it->rows.size() == std::size_t(kPageSize) &&
                first - (start + kPageSize) < skip) {
                key = it->rows.back().key;
                forward = true;
                skip = first - (start + kPageSize);
            } else if (it.key() > page && !it->rows.empty() && start - (first + limit) < skip) {
                key = it->rows.front().key;
                forward = false;
                skip = start - (first + limit);
            }
        }
        if (mCount && *mCount - (first + limit) < skip) {
            key.reset();
            forward = false;
            skip = *mCount - (first + limit);
        }
    }
    // Every request outranks the running one (the loader cancels it); pageArrived keeps what still fits.
    const quint64 ticket = ++mTicket;
    mInFlight = page;
    mInFlightTicket = ticket;
    mInFlightSkip = skip;
    const quint64 generation = mGeneration;
    mPageLoader->post(ticket, [this, generation, ticket, page, query = mQuery, key, forward, skip,
                               limit = int(limit)](RegisterRepository& repo) {
        std::vector<RegisterRow> rows;
        QString error;
        bool ok = true;
        try {
            rows = forward ? repo.page(query, key, limit, skip) : repo.pageBefore(query, key, limit, skip);
        } catch (const Error& e) {
            ok = false;
            if (e.kind() != Error::Kind::Cancelled) error = e.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, ticket, page, rows = std::move(rows), forward, ok, error]() mutable {
                if (!error.isEmpty() && generation == mGeneration) emit failed(error);
                pageArrived(generation, ticket, page, std::move(rows), forward, ok);
            },
            Qt::QueuedConnection);
    });
}

void RegisterModel::pageArrived(quint64 generation, quint64 ticket, int page, std::vector<RegisterRow> rows,
                                bool forward, bool ok)
{
    if (generation != mGeneration) return;
    const bool current = ticket == mInFlightTicket;
    if (current) mInFlight = -1;
    mRowsFetched += qint64(rows.size());
    if (!ok || (mAwaitingFirst && !current)) {
        if (mAwaitingFirst && current) {
            // Nothing to show for this query: show it empty rather than the previous one.
            beginResetModel();
            mPages.clear();
            mRowCount = 0;
            mCount.reset();
            mAwaitingFirst = false;
            endResetModel();
        }
        return;
    }
    const qint64 first = qint64(page) * kPageSize;
    const qint64 got = qint64(rows.size());
    if (mAwaitingFirst) {
        beginResetModel();
        mPages.clear();
        mPages.insert(0, {std::move(rows), ++mUseClock});
        mAwaitingFirst = false;
        mEndKnown = got < kPageSize;
        mCount = mEndKnown ? std::optional<qint64>(got) : mEarlyCount;
        mRowCount = int(std::min<qint64>(mCount.value_or(got), INT_MAX));
        endResetModel();
        if (!mCount) startCount();
        emit loaded();
        if (mCount) emit countChanged(*mCount);
        pump();
        return;
    }
    mPages.insert(page, {std::move(rows), ++mUseClock});
    if (!mCount) {
        // Growing page by page until the count is known; a short page is the end.
        if (forward && got < kPageSize) mEndKnown = true;
        if (first + got > mRowCount || mEndKnown) setRowCountTo(first + got);
    }
    if (got > 0 && first < mRowCount)
        emit dataChanged(index(int(first), 0),
                         index(int(std::min<qint64>(first + got, mRowCount)) - 1, ColumnCount - 1));
    evict();
    pump();
}

void RegisterModel::countArrived(quint64 generation, qint64 count)
{
    if (generation != mGeneration) return;
    if (mAwaitingFirst) {
        mEarlyCount = count;
        return;
    }
    mCount = count;
    setRowCountTo(count);
    emit countChanged(count);
}

void RegisterModel::setRowCountTo(qint64 n)
{
    const int rows = int(std::min<qint64>(n, INT_MAX));
    if (rows > mRowCount) {
        beginInsertRows({}, mRowCount, rows - 1);
        mRowCount = rows;
        endInsertRows();
    } else if (rows < mRowCount) {
        beginRemoveRows({}, rows, mRowCount - 1);
        mRowCount = rows;
        for (auto it = mPages.begin(); it != mPages.end();)
            it = qint64(it.key()) * kPageSize >= rows ? mPages.erase(it) : std::next(it);
        endRemoveRows();
    }
}

void RegisterModel::evict()
{
    while (mPages.size() > kMaxPages) {
        auto oldest = mPages.begin();
        for (auto it = mPages.begin(); it != mPages.end(); ++it)
            if (it->lastUse < oldest->lastUse) oldest = it;
        mPages.erase(oldest);
    }
}

}  // namespace hv
