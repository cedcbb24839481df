// The organisation tree from the official list, and lookups by name as people write them.
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace hv;

TEST(UnitRepository, InitCreatesThoXuanWithItsThirtyCommunes)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, "u.sqlite"));
    UnitRepository units(db);
    EXPECT_EQ(units.createFromOfficialList("395"), 31);
    const UnitTree tree = units.tree();
    const OrgUnit* district = tree.byCode("395");
    ASSERT_NE(district, nullptr);
    EXPECT_EQ(district->level, UnitLevel::District);
    EXPECT_EQ(tree.children(district->id).size(), 30u);
    const OrgUnit* town = tree.byCode("15499");
    ASSERT_NE(town, nullptr);
    EXPECT_EQ(town->name, QString::fromUtf8("Thị trấn Thọ Xuân"));
    EXPECT_EQ(town->parentId, district->id);
    // Running it again creates nothing new.
    EXPECT_EQ(units.createFromOfficialList("395"), 0);
}

TEST(UnitRepository, InitOfAProvinceCreatesDistrictsAndCommunes)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, "p.sqlite"));
    UnitRepository units(db);
    const int created = units.createFromOfficialList("49");
    const UnitTree tree = units.tree();
    EXPECT_EQ(int(tree.units().size()), created);
    const OrgUnit* province = tree.byCode("49");
    ASSERT_NE(province, nullptr);
    EXPECT_EQ(province->level, UnitLevel::Province);
    int districts = 0, communes = 0;
    for (const OrgUnit& u : tree.units()) {
        districts += u.level == UnitLevel::District;
        communes += u.level == UnitLevel::Commune;
    }
    EXPECT_EQ(districts, int(tree.children(province->id).size()));
    EXPECT_GT(communes, 200);
}

TEST(UnitRepository, UnknownCodeIsRefused)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, "x.sqlite"));
    EXPECT_THROW(UnitRepository(db).createFromOfficialList("99999"), Error);
    EXPECT_TRUE(UnitRepository(db).all().empty());
}

TEST(UnitTree, FindsChaptersByNameWrittenDifferently)
{
    std::vector<OrgUnit> units(4);
    units[0] = {1, "C1", QString::fromUtf8("Xã Xuân Lai"), UnitLevel::Commune, 0};
    units[1] = {2, "C1-01", QString::fromUtf8("Chi hội Thôn 3"), UnitLevel::Chapter, 1};
    units[2] = {3, "C1-02", QString::fromUtf8("Chi hội Thôn 4"), UnitLevel::Chapter, 1};
    units[3] = {4, "C1-03", QString::fromUtf8("Thôn 4"), UnitLevel::Chapter, 1};
    const UnitTree tree(units);
    EXPECT_EQ(tree.find(QString::fromUtf8("Thôn 3"), 1, false)->id, 2);
    EXPECT_EQ(tree.find(QString::fromUtf8("thon 3"), 1, false)->id, 2);
    EXPECT_EQ(tree.find(QString::fromUtf8("CHI HỘI THÔN 3"), 1, false)->id, 2);
    EXPECT_EQ(tree.find(QString::fromUtf8("C1-02"), 1, false)->id, 3);
    bool ambiguous = false;
    EXPECT_EQ(tree.find(QString::fromUtf8("Thôn 4"), 1, false, &ambiguous), nullptr);
    EXPECT_TRUE(ambiguous);
    EXPECT_EQ(tree.find(QString::fromUtf8("Xuân Lai"), 0, true)->id, 1);
    EXPECT_EQ(tree.find(QString::fromUtf8("Thôn 9"), 1, false), nullptr);
}
