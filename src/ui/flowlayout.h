#pragma once
// A layout that places its items left to right and wraps them onto further lines when the width runs
// out (after Qt's Flow Layout example), so that a bar of filters fits a narrow window instead of widening
// it.

#include <QLayout>
#include <QList>

namespace hv {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int hSpacing = 6, int vSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(mItems.size()); }
    QLayoutItem* itemAt(int index) const override { return mItems.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return place(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in rect (or only measures when apply is false); returns the height used.
    int place(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> mItems;
    int mHSpacing;
    int mVSpacing;
};

}  // namespace hv
