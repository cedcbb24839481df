#pragma once
// What an import did, or why it refused the file.

#include "core/error.h"
#include "core/types.h"

#include <functional>
#include <vector>

namespace hv {

struct ImportResult {
    int rowsRead = 0;   // data rows (after the header, without blank and subtotal rows)
    int added = 0;
    int updated = 0;
    int skipped = 0;
    Id batchId = 0;     // 0 when nothing was written (refused or dry run)
    std::vector<InputProblem> problems;  // errors and warnings, in file order
    // Rows that look like a stored member or an earlier row of the file, whatever was done with them.
    struct Duplicate {
        int row = 0;
        Id memberId = 0;     // the stored member, or 0
        int otherRow = 0;    // the earlier row of the file, or 0
        bool certain = true; // false: same name and year of birth only
        bool sameCitizenId = false;
    };
    std::vector<Duplicate> duplicates;
    // Text found in a legacy font encoding and converted (RowSource::convertedFrom, conversions).
    QString convertedFrom;
    std::vector<std::pair<QString, QString>> conversions;
    bool accepted() const;               // no error among the problems
    int errorCount() const;
};

// Called now and then with the fraction done (0..1); returning false cancels: the import then throws
// Error(Kind::Cancelled) and the database is left as it was.
using ProgressFn = std::function<bool(double)>;

}  // namespace hv
