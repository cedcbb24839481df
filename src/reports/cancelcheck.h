#pragma once
// A way to stop a report while it is being built or written. The builders and writers that can run
// long (the annual summary of a province and its ten years of charts, the member and movement lists,
// the PDF and HTML writers) ask it between units, years, pages and rows; when it answers true they
// throw Error(Kind::Cancelled) and write nothing. An empty check never stops.
//
// It is called on the thread that builds the report, often: make it cheap and thread-safe (the
// desktop reads an atomic flag that its Cancel button sets).

#include <functional>

namespace hv {

using CancelCheck = std::function<bool()>;

// Throws Error(Kind::Cancelled) when cancelled is set and returns true.
void throwIfCancelled(const CancelCheck& cancelled);

}  // namespace hv
