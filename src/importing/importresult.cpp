#include "importing/importresult.h"

#include <algorithm>

namespace hv {

int ImportResult::errorCount() const
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const InputProblem& p) { return p.severity == InputProblem::Severity::Error; }));
}

bool ImportResult::accepted() const { return errorCount() == 0; }

}  // namespace hv
