#pragma once
// The member register as a table (ARCHITECTURE.md "Interface"): our own model over RegisterRepository
// that holds only the pages of rows the view has asked for (at most kMaxPages of kPageSize rows, the
// least recently shown dropped first), so its memory does not grow with the register. Pages are read by
// keyset from the nearest page held (or from the end), on a loader thread; a row not read yet shows "…"
// until its page arrives. The number of rows comes from a count on a second loader thread; until it is
// known the table grows page by page as the officer scrolls (canFetchMore).
//
// Filtering and sorting are the repository's (SQL on indexed columns); sort() accepts the columns that
// have an order there: name (given name first), birth date, date joined, unit.

#include "storage/registerrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>
#include <vector>

namespace hv {

class AppContext;
class RegisterLoader;

class RegisterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        BirthColumn,
        CitizenIdColumn,
        EthnicityColumn,
        ReligionColumn,
        PartyColumn,
        PhoneColumn,
        AddressColumn,
        UnitColumn,
        StatusColumn,
        PositionColumn,
        JoinedColumn,
        CardColumn,
        TypeColumn,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;  // the member's id (0 while the row is not read)
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 8;

    explicit RegisterModel(AppContext& ctx, QObject* parent = nullptr);
    ~RegisterModel() override;

    // Shows the register of the query. The rows on screen stay until the first page of the new query
    // has arrived, then the model is reset. dataChanged: the names of the units are read again too.
    void setQuery(const RegisterQuery& query, bool dataChanged = false);
    const RegisterQuery& query() const { return mQuery; }
    // Reads the same query again (after the data changed).
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static bool isSortable(int column);
    static QString columnTitle(int column);  // translated
    // The member of a row; 0 while its page has not been read.
    Id idAt(int row) const;
    // The number of members of the query, once counted.
    std::optional<qint64> count() const { return mCount; }
    // True from setQuery()/reload() until its first page has arrived.
    bool isLoading() const { return mAwaitingFirst; }
    // Rows received from the repository since construction (all queries): proves that the model reads
    // pages, not the register.
    qint64 rowsFetched() const { return mRowsFetched; }
    // Rows held in memory now.
    qint64 rowsHeld() const;
    // Headers and the names shown for codes, after a language switch.
    void retranslate();

signals:
    // The first page of a new query (or of a reload) is shown.
    void loaded();
    void countChanged(qint64 count);
    // A read failed; message is for the officer.
    void failed(const QString& message);

private:
    struct Page {
        std::vector<RegisterRow> rows;
        quint64 lastUse = 0;
    };
    void start();
    void startCount();
    void want(int page) const;
    void loadUnitNames();
    void pump();
    void request(int page);
    void pageArrived(quint64 generation, quint64 ticket, int page, std::vector<RegisterRow> rows,
                     bool forward, bool ok);
    void countArrived(quint64 generation, qint64 count);
    void setRowCountTo(qint64 n);
    void evict();
    const RegisterRow* rowAt(int row) const;
    QVariant display(const RegisterRow& r, int column) const;

    AppContext& mCtx;
    RegisterQuery mQuery;
    std::unique_ptr<RegisterLoader> mPageLoader, mCountLoader;
    quint64 mGeneration = 0;
    bool mAwaitingFirst = false;
    int mRowCount = 0;
    std::optional<qint64> mCount;
    std::optional<qint64> mEarlyCount;  // the count of a query whose first page has not arrived yet
    bool mEndKnown = false;             // a short page showed where the register ends
    mutable QHash<int, Page> mPages;
    mutable quint64 mUseClock = 0;
    mutable std::vector<int> mWanted;  // pages asked for by the view, most recent last
    mutable bool mPumpQueued = false;
    int mInFlight = -1;  // page being read
    quint64 mTicket = 0, mInFlightTicket = 0;
    qint64 mInFlightSkip = 0;  // rows its read skips
    qint64 mRowsFetched = 0;
    QHash<Id, QString> mUnitNames;
};

}  // namespace hv
