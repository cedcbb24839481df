<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="14" />
            <source>HoiVien — set up the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="21" />
            <source>Welcome to HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="24" />
            <source>The member register of the Women's Union. A few steps set up the register of your office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="30" />
            <source>Language of the program (it can be changed later in the Language menu):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="65" />
            <source>The office's unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="68" />
            <source>Pick the province, then the district or commune your office manages. Type to search; tone marks are not needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="76" />
            <source>&amp;Province:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="86" />
            <source>Search, e.g. thanh hoa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="103" />
            <source>&amp;District or commune:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="113" />
            <source>Search, e.g. tho xuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="129" />
            <source>Create the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="132" />
            <source>Check the unit. Finish creates it and the units below it from the official list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="148" />
            <source>Afterwards, add the chapters of each commune on the Units page (Ctrl+3) and enter the members on the Members page (Ctrl+2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.ui" line="37" />
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/mainwindow.ui" line="60" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../ui/memberdialog.ui" line="20" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="31" />
            <source>C&amp;hapter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="74" />
            <source>Personal information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="83" />
            <source>Full &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="93" />
            <source>as on the citizen ID card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="113" />
            <source>Date of &amp;birth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="125" />
            <source>dd/mm/yyyy or the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="132" />
            <source>Only the &amp;year is known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="151" />
            <source>&amp;Sex:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="174" />
            <source>&amp;Citizen ID (CCCD):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="184" />
            <source>12 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="204" />
            <source>I have checked the card: &amp;keep this number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="211" />
            <source>&amp;Ethnicity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="234" />
            <source>&amp;Religion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="258" />
            <source>Education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="267" />
            <source>General &amp;education:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="284" />
            <source>&amp;Professional level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="301" />
            <source>Political &amp;theory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="318" />
            <source>&amp;Occupation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="331" />
            <source>Member of the Communist &amp;Party of Vietnam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="338" />
            <source>Admitted to the party on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="348" />
            <location filename="../../ui/memberdialog.ui" line="375" />
            <location filename="../../ui/memberdialog.ui" line="475" />
            <location filename="../../ui/memberdialog.ui" line="545" />
            <source>dd/mm/yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="365" />
            <source>Full party member since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="393" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="402" />
            <source>&amp;Address (hamlet, village):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="415" />
            <source>P&amp;hone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="443" />
            <source>Union membership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="452" />
            <source>Member &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="465" />
            <source>&amp;Joined on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="492" />
            <source>How she &amp;joined:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="505" />
            <source>Admission &amp;decision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="515" />
            <source>number of the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="522" />
            <source>Membership &amp;card number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="535" />
            <source>Card &amp;issued on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="562" />
            <source>C&amp;ore member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="569" />
            <source>&amp;Household situation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="586" />
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="604" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="620" />
            <source>Movements:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="643" />
            <source>Positions in the union:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/mergedialog.ui" line="14" />
            <source>Merge a unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="35" />
            <source>Merge &amp;into:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="48" />
            <source>&amp;From (effective date):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="68" />
            <source>&amp;Decision number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="78" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="87" />
            <source>&amp;Keep its chapters and groups: recreate them under the target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MovementDialog</name>
        <message>
            <location filename="../../ui/movementdialog.ui" line="14" />
            <source>Record a movement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="35" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="55" />
            <source>Decision &amp;number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="65" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="72" />
            <source>&amp;Chapter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="85" />
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../ui/splitdialog.ui" line="14" />
            <source>Split a unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="35" />
            <source>&amp;From (effective date):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="55" />
            <source>&amp;Decision number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="65" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="74" />
            <source>New units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="92" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="99" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="118" />
            <source>Where each chapter and member goes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="129" />
            <source>Give the selected rows &amp;to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="149" />
            <source>&amp;Give</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <location filename="../../ui/unitdialog.ui" line="14" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="25" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="35" />
            <source>e.g. Chi hội Thôn 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="42" />
            <source>&amp;Code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="55" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="68" />
            <source>&amp;Belongs to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="81" />
            <source>Exists &amp;from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="98" />
            <source>Ceases &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="115" />
            <source>&amp;Decision number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="125" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="134" />
            <source>To close, merge or split a unit with members, use Close, Merge or Split: they move the members with their history.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ActivityRepository</name>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="76" />
            <source>Activity %1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="79" />
            <source>unknown kind; use one of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="81" />
            <source>the date %1 is outside the year %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="83" />
            <source>counts and amounts cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="88" />
            <source>the unit is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="90" />
            <source>%1 did not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="93" />
            <source>member %1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AnnualReport</name>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="64" />
            <source>The depth must be 1, 2 or 3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="75" />
            <location filename="../../src/reports/memberlists.cpp" line="86" />
            <location filename="../../src/reports/rating.cpp" line="118" />
            <source>The database has no office unit yet: run init first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="79" />
            <location filename="../../src/reports/memberlists.cpp" line="79" />
            <location filename="../../src/reports/rating.cpp" line="226" />
            <location filename="../../src/reports/rating.cpp" line="245" />
            <source>Unknown unit code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="85" />
            <source>The cut-off date %1 is not in %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AwardRepository</name>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="70" />
            <source>Award "%1" of %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="72" />
            <source>unknown form %1; use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="74" />
            <source>unknown issuing level %1; use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="76" />
            <source>unknown status %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="78" />
            <source>the emulation year must be between 1900 and 2100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="80" />
            <source>an approved award needs its decision number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="83" />
            <source>the decision date %1 is outside the emulation year %2 and the year after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="88" />
            <source>member %1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="93" />
            <source>the unit is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="95" />
            <source>%1 did not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="119" />
            <source>Award %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::BatchRepository</name>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="81" />
            <source>There is no import batch %1 (hoivien-cli batches lists them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="83" />
            <source>Batch %1 is an import of %2; only member imports can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="85" />
            <source>Batch %1 (%2) was undone already on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="99" />
            <source>Batch %1 (%2) cannot be undone: %3 member(s) of it were changed or given movements after the import. Undo the later changes first, or correct the members one by one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ChapterPicker</name>
        <message>
            <location filename="../../src/ui/chapterpicker.cpp" line="21" />
            <source>Choose the chapter...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::CitizenId</name>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="59" />
            <source>The citizen ID is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="64" />
            <source>The citizen ID "%1" contains "%2"; it may contain only digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="73" />
            <source>The citizen ID "%1" has 11 digits; it must have 12 (was its leading 0 lost in a spreadsheet?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="76" />
            <source>The citizen ID "%1" has %n digit(s); it must have 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="82" />
            <source>The citizen ID begins with %1, which is not the code of any province.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="89" />
            <source>The citizen ID is a man's (its 4th digit is %1) but the record says female.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="91" />
            <source>The citizen ID is a woman's (its 4th digit is %1) but the record says male.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="98" />
            <source>The citizen ID gives birth year %1 but the record says %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::CsvReader</name>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="38" />
            <source>%1: the file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="39" />
            <source>%1 is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="42" />
            <location filename="../../src/importing/csvreader.cpp" line="62" />
            <source>%1: cannot read the file (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="77" />
            <source>%1, row %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="111" />
            <source>%1 is an Excel workbook (.xlsx) or another zip file, not CSV text. Import it as .xlsx, or save it from Excel as "CSV UTF-8".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="115" />
            <source>%1 is an old Excel workbook (.xls), not CSV text. Save it from Excel as .xlsx or as "CSV UTF-8".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="148" />
            <source>%1 contains NUL characters: it is a binary file, not CSV text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="163" />
            <source>%1 is not UTF-8 text: %2 byte sequences cannot be read. It is a binary file or was saved in an old Vietnamese encoding; save it from Excel as "CSV UTF-8".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="323" />
            <source>column %1: the cell is longer than 1 MB; the file is damaged or is not a member list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="326" />
            <source>the row is longer than %1 MB; the file is damaged or is not a member list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="356" />
            <source>the file contains a NUL character: it is a binary file, not CSV text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="383" />
            <source>column %1: the quote that opens this cell is never closed (reached the end of the file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="419" />
            <source>more than %1 cells in one row; the file is damaged or is not a member list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Database</name>
        <message>
            <location filename="../../src/storage/database.cpp" line="57" />
            <source>The PostgreSQL backend is not available in this version; use an SQLite file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="91" />
            <source>%1 is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="94" />
            <source>%1 is not a HoiVien database (it is not an SQLite file, or it is damaged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="96" />
            <source>The folder of %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="101" />
            <location filename="../../src/storage/database.cpp" line="147" />
            <source>Cannot open %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="106" />
            <source>%1 is damaged or is not a database: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="113" />
            <location filename="../../src/storage/database.cpp" line="202" />
            <location filename="../../src/storage/database.cpp" line="209" />
            <source>%1 is damaged: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="117" />
            <source>%1 is an SQLite database of another program, not of HoiVien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="120" />
            <source>%1 was written by a newer version of HoiVien (schema %2; this program knows %3). Install the newer version; the file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="145" />
            <source>Cannot copy %1 to %2 before the upgrade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="155" />
            <source>Missing migration %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="172" />
            <source>The database refused a statement: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="211" />
            <source>Table %1, row %2: reference to a missing row of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="220" />
            <source>Backup of a server database is made with the server's tools.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="222" />
            <source>The backup cannot overwrite the database itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="230" />
            <source>The backup to %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="251" />
            <source>the copy did not pass the integrity check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="257" />
            <source>cannot rename the copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="264" />
            <source>The database %1 is damaged: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="265" />
            <source>The database refused the operation: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::DemoGenerator</name>
        <message>
            <location filename="../../src/importing/demogenerator.cpp" line="42" />
            <source>The demo database was cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/demogenerator.cpp" line="63" />
            <source>The last year of the demo must be between 1990 and %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/demogenerator.cpp" line="214" />
            <source>The number of members cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="53" />
            <source>The demo needs an empty database; this one has units already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="64" />
            <source>Code %1 is not in the official list of units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="98" />
            <source>Unit %1 has no communes in the official list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="208" />
            <source>Sáp nhập %1 vào %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ErrorPresenter</name>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="18" />
            <source>The data was not accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="19" />
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="22" />
            <source>Database problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="25" />
            <source>HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="35" />
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="36" />
            <source>Something went wrong: %1
Nothing was half-saved; try again, and if it happens again, make a backup and report it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::FirstRunWizard</name>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="110" />
            <location filename="../../src/ui/firstrunwizard.cpp" line="203" />
            <source>%1 (the whole province)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="158" />
            <source>&lt;p&gt;Your office: &lt;b&gt;%1&lt;/b&gt;%2 (code %3).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="162" />
            <source>&lt;p&gt;%1 districts and %2 communes will be created below it.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="164" />
            <source>&lt;p&gt;%1 communes will be created below it.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="173" />
            <source>The register is kept in %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::HeaderMap</name>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="299" />
            <source>"%1" (column %2) and "%3" (column %4) both give %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="307" />
            <source>%1, row %2: %3. Delete or rename one of each pair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="318" />
            <source>this column is not a column of the member list; it is not imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::InputProblem</name>
        <message>
            <location filename="../../src/core/error.cpp" line="17" />
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/error.cpp" line="18" />
            <source>warning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MainWindow</name>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="116" />
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="119" />
            <source>&amp;New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="122" />
            <source>&amp;Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="126" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="133" />
            <location filename="../../src/ui/mainwindow.cpp" line="370" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="133" />
            <location filename="../../src/ui/mainwindow.cpp" line="371" />
            <source>&amp;Undo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="138" />
            <location filename="../../src/ui/mainwindow.cpp" line="373" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="138" />
            <location filename="../../src/ui/mainwindow.cpp" line="374" />
            <source>&amp;Redo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="145" />
            <source>&amp;Find member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="151" />
            <source>Register &amp;date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="166" />
            <source>&amp;About HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="283" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="284" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="285" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="286" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="287" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="290" />
            <source>Register date: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="291" />
            <source>The register is shown as it stood on this date (Ctrl+D).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="292" />
            <source>Search members (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="293" />
            <source>Name, citizen ID or card number; tone marks are not needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="305" />
            <source>HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="305" />
            <source>%1 — HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="306" />
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="380" />
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="381" />
            <source>HoiVien databases (%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="388" />
            <location filename="../../src/ui/mainwindow.cpp" line="393" />
            <source>New database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="389" />
            <location filename="../../src/ui/mainwindow.cpp" line="405" />
            <source>HoiVien databases (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="394" />
            <source>%1 exists already. Choose another name, or open it with Open database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="403" />
            <source>hoivien-backup-%1.sqlite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="404" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="408" />
            <source>Making the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="422" />
            <source>Backup saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="429" />
            <source>About HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="430" />
            <source>&lt;h3&gt;HoiVien %1&lt;/h3&gt;&lt;p&gt;The member register of the Vietnam Women's Union offices: members and their movements, chapters and units, and the figures of the year-end report.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberActions</name>
        <message numerus="yes">
            <location filename="../../src/ui/memberactions.cpp" line="83" />
            <source>Admission is recorded when a new member is entered. %n of the selected members left the Union: restore them instead?</source>
            <translation>
                <numerusform>Admission is recorded when a new member is entered. %n of the selected members left the Union: restore her instead?</numerusform>
                <numerusform>Admission is recorded when a new member is entered. %n of the selected members left the Union: restore them instead?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="46" />
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="48" />
            <source>Reload her record? What you typed in the form is lost: type your changes again over the record as it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="52" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="74" />
            <source>The selected members are members already. To admit a new member, enter her with "New member".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="130" />
            <source>The member is no longer in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="182" />
            <source>A selected member is no longer in the register.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberBulkLoader</name>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="167" />
            <source>Bulk loading needs the embedded database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="258" />
            <source>The import could not be written: prepared rows do not match the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="134" />
            <source>The import could not be written: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberCommand</name>
        <message numerus="yes">
            <location filename="../../src/ui/membercommands.cpp" line="207" />
            <source>%1: %n member(s)</source>
            <translation>
                <numerusform>%1: %n member</numerusform>
                <numerusform>%1: %n members</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="205" />
            <location filename="../../src/ui/membercommands.cpp" line="43" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="88" />
            <source>%1: the %2 of %3 is no longer recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="138" />
            <source>New member %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="152" />
            <source>%1 was changed by someone else after she was entered; she was not removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="172" />
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="184" />
            <source>%1 is no longer in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="187" />
            <source>Someone else saved %1 after your change; it was not undone, so that their work is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberDialog</name>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="43" />
            <source>New member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="51" />
            <source>Her history starts when she is saved, with the joining entered on the "Union membership" tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="69" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="75" />
            <source>chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="76" />
            <source>full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="77" />
            <source>date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="78" />
            <source>sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="79" />
            <source>citizen ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="80" />
            <source>ethnicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="81" />
            <source>religion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="82" />
            <source>party admission date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="84" />
            <source>full party membership date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="85" />
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="86" />
            <source>join date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="87" />
            <source>card issue date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="107" />
            <source>yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="107" />
            <source>dd/mm/yyyy or the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="141" />
            <source>Member: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="184" />
            <source>No movement recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="190" />
            <source>%1 on %2 (last chapter: %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="209" />
            <source>Type the date as dd/mm/yyyy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="221" />
            <source>Type the date of birth as dd/mm/yyyy, or the year alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="227" />
            <source>Type the full date, or tick "Only the year is known".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="243" />
            <source>The date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="245" />
            <source>Full membership cannot come before admission to the party.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="251" />
            <source>A phone number has only digits, spaces and the signs + . - ( ).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="257" />
            <source>Type the date she joined: her first entry in the register has this date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="265" />
            <source>Choose her chapter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="288" />
            <source>Confirmed by the officer on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="402" />
            <source>Still needed: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="404" />
            <source>Correct what is marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="405" />
            <source>Correct what is marked in red on: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="408" />
            <source>Check the citizen ID card, then correct the number or confirm it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="45" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="46" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="49" />
            <source>Newly admitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="50" />
            <source>Transferred in from elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="52" />
            <location filename="../../src/ui/memberdialoglists.cpp" line="54" />
            <source>(not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="63" />
            <source>Elementary vocational</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="64" />
            <source>Intermediate vocational</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="65" />
            <source>College</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="66" />
            <source>University</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="67" />
            <source>Postgraduate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="68" />
            <source>Elementary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="69" />
            <source>Intermediate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="70" />
            <source>Advanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="71" />
            <source>Bachelor of political science</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="72" />
            <source>Poor household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="73" />
            <source>Near-poor household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Movement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Decision no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="113" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberImporter</name>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="113" />
            <source>%1: no header row found in the first 30 rows; the list needs at least a "Họ và tên" column and one other known column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="123" />
            <source>text typed in the old %1 font encoding was converted to Unicode (e.g. "%2" → "%3"); check the names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="178" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="193" />
            <source>accepted on import (batch %1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="213" />
            <source>member #%1 already in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="214" />
            <source>row %1 of this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="216" />
            <source>Skipped: the same person as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="243" />
            <source>Possibly the same person as %1 (same name and year of birth).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="245" />
            <source>The same person as %1 (use --on-duplicate skip or update).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberRepository</name>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="114" />
            <location filename="../../src/storage/memberrepository.cpp" line="147" />
            <source>citizen_id: CCCD %1 belongs to another member already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="141" />
            <location filename="../../src/storage/memberrepository.cpp" line="288" />
            <source>The member no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="143" />
            <location filename="../../src/storage/memberrepository.cpp" line="164" />
            <source>Somebody else saved this member after you opened it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="245" />
            <source>The unit of the event of %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="248" />
            <source>%1 no longer existed on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="283" />
            <source>The event needs a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="285" />
            <source>The date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="314" />
            <source>The first event of a member cannot be removed; delete the member instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="345" />
            <source>A position needs a title and a start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="347" />
            <location filename="../../src/storage/memberrepository.cpp" line="360" />
            <source>A position must end after it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="95" />
            <source>%1 (warning; confirm to accept): %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberRowParser</name>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="92" />
            <source>Several units have this name; write its code instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="94" />
            <source>No commune of the office has this name or code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="95" />
            <source>No unit of this name or code here; import the units first, or let the import create missing chapters and groups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="118" />
            <source>The commune or chapter of the member is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="139" />
            <source>Not a date: write it as dd/mm/yyyy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="145" />
            <source>Write x or có for yes, leave empty or write không for no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="151" />
            <source>The full name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="157" />
            <source>Excel turned this CCCD into a number in scientific notation and its digits are lost; format the column as Text and type the number again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="164" />
            <source>This CCCD has 11 digits: Excel probably dropped its leading 0. Check the card and type the number as text; it is not guessed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="172" />
            <source>Unknown ethnic group (see the official list of 54 groups).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="178" />
            <source>Unknown religion (write its name, or Không).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="194" />
            <source>Write Nữ or Nam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="200" />
            <source>Write Chính thức or Danh dự.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="206" />
            <source>Write Kết nạp or Chuyển đến.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="216" />
            <source>Unknown status: write Đang sinh hoạt, Chuyển đi, Xin ra, Đưa ra khỏi danh sách or Từ trần.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="223" />
            <source>The date of the change is required when the status is not Đang sinh hoạt.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberValidation</name>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="35" />
            <source>%1 %2 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="39" />
            <source>The full name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="44" />
            <source>The date or year of birth is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="46" />
            <source>The date of birth %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="48" />
            <source>The year of birth %1 is not plausible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="52" />
            <source>Ordinary members are women; a man can only be an honorary member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="54" />
            <source>The join date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="58" />
            <source>She was %1 when she joined on %2; ordinary members join at 18 or over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="63" />
            <source>The join date %1 is before the date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="64" />
            <source>The card issue date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="65" />
            <source>The party admission date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="78" />
            <source>Unknown ethnic group code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="80" />
            <source>Unknown religion code %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MembersPage</name>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="172" />
            <source>&amp;New member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="180" />
            <source>&amp;Edit member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="195" />
            <source>&amp;Move to another chapter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="197" />
            <source>&amp;Transfer out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="199" />
            <source>&amp;Withdrew…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="201" />
            <source>Remove from the &amp;list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="203" />
            <source>&amp;Died…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="204" />
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="217" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="221" />
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="222" />
            <source>Name without tone marks, or the beginning of a CCCD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="223" />
            <source>Register on &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="224" />
            <source>Right-click to choose the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="323" />
            <source>Reading the register…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/memberspage.cpp" line="327" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln member</numerusform>
                <numerusform>%Ln members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/memberspage.cpp" line="328" />
            <source>%Ln member(s), ordinary and honorary</source>
            <translation>
                <numerusform>%Ln member, ordinary and honorary</numerusform>
                <numerusform>%Ln members, ordinary and honorary</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="330" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Membership</name>
        <message>
            <location filename="../../src/core/membership.cpp" line="13" />
            <source>unknown date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="28" />
            <source>An event has no date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="33" />
            <source>%1: the member is already active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="35" />
            <source>%1: only a restoration can follow the end of a membership.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="37" />
            <source>%1: there is no earlier membership to restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="39" />
            <source>%1: the chapter or unit is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="43" />
            <source>%1: the member is not active at that date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="46" />
            <source>%1: the destination chapter is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="48" />
            <source>%1: the member is already in that unit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MergeDialog</name>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="17" />
            <source>Close a unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="32" />
            <source>Close %1 (%2). Only a unit without active members and without units below it can be closed; otherwise merge it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="38" />
            <source>Merge %1 (%2): its %3 active member(s) move to the target on the date, with a movement in their history; %4 unit(s) below it are closed with it. Reports of earlier years stay as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="50" />
            <source>choose...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MovementDialog</name>
        <message numerus="yes">
            <location filename="../../src/ui/movementdialog.cpp" line="28" />
            <source>and %n other(s)</source>
            <translation>
                <numerusform>and %n other</numerusform>
                <numerusform>and %n others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/movementdialog.cpp" line="29" />
            <source>&lt;b&gt;%1&lt;/b&gt; — applies to %n member(s): %2</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; — applies to %n member: %2</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; — applies to %n members: %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/movementdialog.cpp" line="47" />
            <source>&amp;Move to chapter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/movementdialog.cpp" line="47" />
            <source>&amp;Chapter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/movementdialog.cpp" line="97" />
            <source>Choose the chapter she goes to.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::OverviewPage</name>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="138" />
            <location filename="../../src/ui/overviewpage.cpp" line="161" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="146" />
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="147" />
            <source>Units below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="148" />
            <location filename="../../src/ui/overviewpage.cpp" line="156" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="149" />
            <location filename="../../src/ui/overviewpage.cpp" line="156" />
            <source>Admitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="150" />
            <location filename="../../src/ui/overviewpage.cpp" line="156" />
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="151" />
            <location filename="../../src/ui/overviewpage.cpp" line="157" />
            <source>Attraction rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="152" />
            <location filename="../../src/ui/overviewpage.cpp" line="157" />
            <source>Chapters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="153" />
            <location filename="../../src/ui/overviewpage.cpp" line="157" />
            <source>Chapter heads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="154" />
            <source>Honorary members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="155" />
            <source>Transferred in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="156" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="207" />
            <source>women aged 18+ present in the area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="208" />
            <source>women aged 18+ eligible to join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="209" />
            <source>women aged 18+ (bases differ between units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="210" />
            <source>women aged 18+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="219" />
            <source>Year %1 — figures at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="228" />
            <source>%1 at the start of the year (%2%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="230" />
            <source>new members in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="235" />
            <source>%1 % over the target of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="236" />
            <source>%1 % of the target of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="241" />
            <source>transferred out %1, withdrew %2, removed %3, died %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="245" />
            <source>of %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="246" />
            <source>no figure of women aged 18+ for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="247" />
            <source>%1 groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="248" />
            <source>%1 of them party members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="249" />
            <source>counted apart, not in the rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="250" />
            <source>from outside the unit in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::PopulationGrid</name>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="154" />
            <source>&lt;b&gt;Women aged 18 and over&lt;/b&gt; (the denominator of the attraction rate). Type or paste the figures as in Excel; Delete empties a cell. Empty cells of the whole unit show, in grey, the sum used by the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="157" />
            <source>&amp;Save figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="158" />
            <source>&amp;Undo edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="198" />
            <source>Unsaved figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="199" />
            <source>The figures of women aged 18 and over were changed. Save them?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::PopulationModel</name>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="22" />
            <source>Eligible to join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="22" />
            <source>Present in the area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="95" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="114" />
            <source>Basis of the figures of %1: double-click to change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="144" />
            <location filename="../../src/ui/populationmodel.cpp" line="192" />
            <source>%1 did not exist at the end of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="145" />
            <source>Sum of the units above it; type a figure to use it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="170" />
            <source>Basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="171" />
            <source>Whole %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="187" />
            <source>%1: "%2" is not a basis; choose present in the area or eligible to join.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="188" />
            <source>Basis, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="206" />
            <source>%1: "%2" is not a whole number of women.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="208" />
            <source>%1: the number of women cannot be negative (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="234" />
            <source>Click the cell where the pasted block should begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="243" />
            <source>The pasted block has %1 row(s) and %2 column(s): from %3 it goes past the end of the grid. Nothing was pasted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="248" />
            <source>the basis row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="252" />
            <source>Nothing was pasted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Rating</name>
        <message>
            <location filename="../../src/reports/rating.cpp" line="24" />
            <source>Communes and chapters are rated; choose --level commune or chapter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="97" />
            <source>The shipped scorecard %1 is missing from the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="109" />
            <source>shipped default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="230" />
            <source>The %1 scorecard of %2 has no criterion %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="232" />
            <source>Criterion %1 takes 0 to %2 points, not %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="249" />
            <source>%1 is not a grade of the %2 scorecard of %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::RatingRepository</name>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="103" />
            <source>An approved grade needs the number of the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="152" />
            <source>Points set by hand cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="154" />
            <source>Points set by hand need a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="16" />
            <source>Scorecards are kept for communes and chapters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::RegisterFilterBar</name>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="101" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="102" />
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="103" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="104" />
            <source>Youngest age (completed years at the register's date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="105" />
            <source>Oldest age (completed years at the register's date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="106" />
            <source>Joined in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="107" />
            <source>any year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="108" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="113" />
            <source>Active members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="114" />
            <source>Members who left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="115" />
            <source>Active and left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="116" />
            <source>Any member type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="120" />
            <source>Any ethnicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="121" />
            <source>Ethnic minorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="125" />
            <source>Any religion or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="126" />
            <source>Has a religion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="129" />
            <source>Party: any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="129" />
            <source>Party members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="129" />
            <source>Not party members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="130" />
            <source>Any position</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::RegisterModel</name>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="149" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="174" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="176" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="178" />
            <source>CCCD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="180" />
            <source>Ethnicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="182" />
            <source>Religion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="184" />
            <source>Party member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="186" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="188" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="190" />
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="192" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="194" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="196" />
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="198" />
            <source>Card no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="200" />
            <source>Member type</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::RegisterRepository</name>
        <message>
            <location filename="../../src/storage/registerrepository.cpp" line="320" />
            <source>The count was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/registerrepository.cpp" line="407" />
            <source>Reading the register was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Reports</name>
        <message>
            <location filename="../../src/reports/pdfwriter.cpp" line="202" />
            <source>PDF needs the graphical libraries, which are not started in this program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/reportdocument.cpp" line="37" />
            <source>Unknown unit code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="152" />
            <source>Unknown column %1; the columns are: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="302" />
            <source>No member has the id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="74" />
            <source>Cannot add the worksheet %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="166" />
            <source>Cannot create a temporary folder for the workbook: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="173" />
            <source>Cannot create the workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="183" />
            <source>Cannot write the workbook: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="186" />
            <source>Cannot read back the workbook: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::RowSourceFactory</name>
        <message>
            <location filename="../../src/importing/rowsourcefactory.cpp" line="30" />
            <source>%1: the file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/rowsourcefactory.cpp" line="32" />
            <source>%1: cannot be read (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/rowsourcefactory.cpp" line="40" />
            <source>%1 is an Excel 97–2003 .xls file; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Scorecard</name>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="37" />
            <source>The scorecard is not valid JSON: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="43" />
            <source>A scorecard's level is commune or chapter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="102" />
            <source>The scorecard has no criteria.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="107" />
            <source>Every criterion needs an id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="109" />
            <source>The criterion id %1 is used twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="112" />
            <source>Criterion %1: its points must be more than 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="114" />
            <source>Criterion %1: unknown method %2; use one of %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="116" />
            <source>Criterion %1: the rate for full points must be above the floor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="120" />
            <source>The criteria add up to %1 points, not the scorecard's maximum of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="122" />
            <source>The scorecard has no grades.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="127" />
            <source>Grade codes must be given, different from each other and from %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="130" />
            <source>Grade %1: thresholds must decrease from the best grade to the lowest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="132" />
            <source>Grade %1: its threshold is above the maximum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="135" />
            <source>Grade %1: the condition names no criterion of the card (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="138" />
            <source>The lowest grade must start at 0 points.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::SplitDialog</name>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="24" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="51" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="51" />
            <source>Code (empty: automatic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="57" />
            <source>Chapter or member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="57" />
            <source>Members / born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="57" />
            <source>New unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="84" />
            <source>Split %1 (%2) into new units of the same level. On the date the new units begin, the members move to them with a movement in their history, and %1 is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="141" />
            <location filename="../../src/ui/splitdialog.cpp" line="188" />
            <source>New unit %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/splitdialog.cpp" line="204" />
            <source>%n new unit(s) without a name</source>
            <translation>
                <numerusform>%n new unit without a name</numerusform>
                <numerusform>%n new units without a name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/splitdialog.cpp" line="205" />
            <source>%n row(s) not given to a new unit yet</source>
            <translation>
                <numerusform>%n row not given to a new unit yet</numerusform>
                <numerusform>%n rows not given to a new unit yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::Startup</name>
        <message>
            <location filename="../../src/ui/startup.cpp" line="62" />
            <source>Usage: hoivien [--db FILE] [--lang vi|en] [--demo] [--screenshot FILE [--page overview|members|units|wizard]]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="82" />
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="94" />
            <source>--lang must be vi or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="98" />
            <source>--page goes with --screenshot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="102" />
            <source>--demo and --db cannot be used together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="203" />
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="227" />
            <source>%1 has no office unit yet: nothing to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="248" />
            <source>Creating the demo district (Huyện Thọ Xuân)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="249" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="251" />
            <source>HoiVien demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="285" />
            <source>This build has no demo generator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="310" />
            <source>Unknown page %1; the pages are: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="322" />
            <location filename="../../src/ui/startup.cpp" line="346" />
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::TableImports</name>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="122" />
            <source>The code is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="124" />
            <source>The name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="127" />
            <source>Unknown level: use province, district, commune, chapter or group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="131" />
            <source>No unit has this code, in the database or above in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="135" />
            <source>A %1 cannot be under a %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="142" />
            <source>A date like 31/12/2024 or 2024-12-31 is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="148" />
            <source>The end date must be after the start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="176" />
            <location filename="../../src/importing/tableimports.cpp" line="209" />
            <source>No unit has this code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="181" />
            <source>A whole number of women, 0 or more, is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="188" />
            <source>The basis is present (có mặt) or eligible (đủ điều kiện).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="213" />
            <source>Unknown indicator; use one of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="217" />
            <source>A number, 0 or more, is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="40" />
            <source>The required column %1 is missing (the first row must be the header %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="74" />
            <source>A year between 1900 and 2100 is expected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::TrainingRepository</name>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="70" />
            <source>Training "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="73" />
            <source>A training needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="77" />
            <source>the first day is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="79" />
            <source>the last day %1 is before the first day %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="81" />
            <source>the dates %1–%2 are outside the year %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="84" />
            <source>the organising unit is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="86" />
            <source>%1 did not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="90" />
            <source>%1 attendees entered, but %2 participants are listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="96" />
            <source>an officer or outside participant needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="100" />
            <source>member %1 is listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="105" />
            <source>%1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="106" />
            <source>member %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::UnitChanges</name>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="42" />
            <location filename="../../src/storage/unitchanges.cpp" line="332" />
            <location filename="../../src/storage/unitchanges.cpp" line="373" />
            <source>The unit no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="48" />
            <location filename="../../src/storage/unitchanges.cpp" line="175" />
            <source>The change needs a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="51" />
            <source>The date %1 is in the future: enter the change on or after that day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="71" />
            <location filename="../../src/storage/unitchanges.cpp" line="139" />
            <source>The unit needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="72" />
            <source>The unit needs a code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="74" />
            <source>The code %1 is used by %2 already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="78" />
            <source>The unit must end (%1) after it begins (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="82" />
            <source>Choose the unit above %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="86" />
            <source>The unit above %1 no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="88" />
            <source>%1 cannot be placed below itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="90" />
            <source>A %1 cannot be below %2, which is a %3: choose a lower level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="94" />
            <source>%1 cannot begin before %2, which begins on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="97" />
            <source>%1 cannot last after %2, which ended on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="125" />
            <source>%1 is below it and is a %2: the level must stay above that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="158" />
            <source>%1 still has %n active member(s) on %2 or later. Move them first, or merge %1 into another unit: a merge moves its members with their history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="167" />
            <source>%1 still has %n unit(s) below it on %2. Close or merge them first, or merge %1 into another unit, which closes them with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="180" />
            <source>%1 was closed on %2 already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="184" />
            <source>%1 begins on %2: it can only be closed after that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="229" />
            <source>%1 (%2) cannot be kept below %3 (%4): the levels do not fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="263" />
            <source>%1 has a movement on %2 into a unit that is closed on %3. Correct her history first, or choose a later date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="307" />
            <source>A member has a movement after %1 into a unit that is closed then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="335" />
            <source>%1 cannot be merged into itself or into a unit below it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="338" />
            <location filename="../../src/storage/unitchanges.cpp" line="375" />
            <source>%1 does not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="346" />
            <source>%1 begins after %2: change its dates first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="376" />
            <source>A split needs at least two new units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="384" />
            <source>A unit given to %1 is not below %2 on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="387" />
            <source>%1 is given to two new units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="392" />
            <source>%1 is not given to any of the new units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="419" />
            <source>A member is given to two new units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="432" />
            <source>%n member(s) of %1 are not given to any of the new units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="435" />
            <source>%n member(s) given to a new unit are not active in %1 on %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::UnitDialog</name>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="38" />
            <source>Leave empty for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="57" />
            <source>New unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="57" />
            <source>Unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="63" />
            <source>(unit %1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::UnitRepository</name>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="53" />
            <source>A unit with code %1 exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="113" />
            <source>Unknown unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="122" />
            <source>Cannot read the unit list %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="129" />
            <source>%1: the first line must be the header code,name,level,parent_code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="140" />
            <source>%1:%2: a unit needs a code, a name and a level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="157" />
            <source>Code %1 is not in the official list of units.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::UnitTreeModel</name>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="143" />
            <source>%1 — code %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="145" />
            <source>%1 members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="148" />
            <source>%1 honorary members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="175" />
            <source>Ordinary members active at the chosen date. Honorary members are counted apart: point at a unit to see them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="178" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="178" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::UnitYearRepository</name>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="12" />
            <source>The number of women cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="14" />
            <source>The basis must be present or eligible, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="44" />
            <source>A target cannot be negative.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::UnitsPage</name>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="77" />
            <source>&amp;Add unit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="78" />
            <source>&amp;Edit unit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="80" />
            <source>&amp;Close unit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="82" />
            <source>&amp;Merge into…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="83" />
            <source>&amp;Split…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="144" />
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="148" />
            <source>Show closed units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="150" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="150" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="150" />
            <source>Merged into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="181" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2): units below it on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="183" />
            <source>Choose a unit in the tree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="265" />
            <source>%1 was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="281" />
            <source>%1 was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="298" />
            <source>%1 was closed on %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/unitspage.cpp" line="329" />
            <source>%1 was merged into %2 on %3; %n member(s) moved.</source>
            <translation>
                <numerusform>%1 was merged into %2 on %3; %n member moved.</numerusform>
                <numerusform>%1 was merged into %2 on %3; %n members moved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/unitspage.cpp" line="349" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/unitspage.cpp" line="364" />
            <source>%1 was split into %n unit(s) on %2.</source>
            <translation>
                <numerusform>%1 was split into %n unit on %2.</numerusform>
                <numerusform>%1 was split into %n units on %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::XlsxReader</name>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="110" />
            <source>%1, row %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="111" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="131" />
            <source>the workbook has no sheet "%1"; its sheets are: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="250" />
            <source>the sheet is not well-formed XML (line %1: %2); the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="253" />
            <source>the sheet ends too early; the file is truncated or damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="279" />
            <source>the sheet has a row numbered "%1" after row %2 (rows go from 1 to %3, in order); the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="283" />
            <source>the sheet has more than %1 rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="311" />
            <source>a cell has the reference "%1", which is no cell of a sheet; the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="313" />
            <source>the row has more than %1 columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="337" />
            <source>cell %1 holds more than %2 characters; a member list has no such cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="353" />
            <source>a cell refers to shared string %1, but the workbook has %2; the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="28" />
            <source>the file does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="32" />
            <location filename="../../src/importing/xlsxzip.cpp" line="47" />
            <source>not a readable .xlsx workbook (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="59" />
            <source>%1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="73" />
            <source>the workbook has no part %1 (the file is damaged or not an Excel workbook)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="75" />
            <source>the part %1 gives no size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="79" />
            <source>the part %1 would inflate to %2 MB, more than the %3 MB a member list can need (the file is damaged or built to exhaust memory)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="84" />
            <source>cannot read the part %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="120" />
            <source>%1: the part %2 is damaged (%3); the file may be truncated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="124" />
            <source>%1: the part %2 inflates to more than its declared size; the file is damaged or built to exhaust memory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="71" />
            <source>%1: the part %2 declares a DTD or entities, which an Excel workbook never does; the file is refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="77" />
            <source>%1: the part %2 is not well-formed XML (line %3: %4); the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="88" />
            <source>%1: a zip archive but not an Excel workbook (no %2); save the list as .xlsx or CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="124" />
            <source>%1: the workbook has no worksheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="179" />
            <source>%1: the workbook declares more than a million cell styles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="230" />
            <source>%1: shared string %2 is longer than %3 characters; a member list has no such cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="237" />
            <source>%1: the shared strings of the workbook exceed %2 million characters; the file is refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="244" />
            <source>%1: the part %2 ends too early; the file is truncated or damaged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::YearWorkImports</name>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="231" />
            <source>The title is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="238" />
            <location filename="../../src/importing/yearworkimports.cpp" line="354" />
            <source>The date is outside the year %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="241" />
            <source>The last day must be on or after the first day, in the same year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="256" />
            <source>Fewer attendees than the %1 participants listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="289" />
            <source>A year between 1900 and 2100 is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="293" />
            <source>Unknown form: use cờ thi đua, bằng khen, giấy khen, kỷ niệm chương or danh hiệu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="297" />
            <source>Unknown issuing level: use Trung ương Hội, tỉnh Hội, huyện Hội, cơ sở Hội, UBND or khác.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="302" />
            <source>The decision date is outside the emulation year %1 and the year after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="311" />
            <source>The status is đề nghị (proposed) or đã duyệt (approved).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="313" />
            <source>An approved award needs its decision number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="316" />
            <source>Give either the unit (a collective award) or the member (an individual one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="359" />
            <source>Unknown kind of activity (see docs/import-formats.md for the list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="136" />
            <source>No unit has this code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="138" />
            <source>%1 did not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="149" />
            <source>No member has the CCCD or id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="153" />
            <source>The member %1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="65" />
            <source>The required column %1 is missing (see docs/import-formats.md).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="95" />
            <source>A date is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="100" />
            <source>A date like 31/12/2025 or 2025-12-31 is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="114" />
            <source>A whole number, 0 or more, is expected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::cli</name>
        <message>
            <location filename="../../src/cli/cli.cpp" line="16" />
            <source>Usage: hoivien-cli COMMAND [--db FILE] [options]

  init --unit CODE [--units-file FILE]   create the office's tree from the official unit list
  import units FILE.csv                   add or update units
  import members FILE.csv|FILE.xlsx [--sheet NAME|N] [--dry-run] [--on-duplicate skip|update|fail] [--create-units] [--strict]
  import population FILE.csv              women aged 18+ per unit and year
  import targets FILE.csv                 targets per unit, year and indicator
  import trainings|awards|activities FILE.csv   the year's work (docs/import-formats.md)
  report annual --year Y [--unit CODE] [--date YYYY-MM-DD] [--depth N] --format json|csv|xlsx|pdf|html [--out FILE]
  report ranking --year Y --level commune|chapter --format json|csv [--out FILE]
  rate --year Y --level commune|chapter   compute and store the year's ratings
  scorecard show|set [FILE.json] --year Y --level commune|chapter   read or edit the year's scorecard
  export members [--unit CODE] [--date YYYY-MM-DD] [--columns a,b,c] [--mask] --format csv|xlsx|pdf|html [--out FILE]
  export movements --year Y [--unit CODE] --format csv|xlsx|pdf|html [--out FILE]
  export member-sheet --id N --format pdf|html [--out FILE]
  search TEXT [--limit N]                 accent-insensitive search of members
  backup --out FILE                       consistent copy while the database is in use
  check                                   integrity and foreign-key check
  batches                                 list the imports, with their numbers
  undo-import BATCH_ID                    remove what an import added and restore what it updated
  demo --out FILE [--unit CODE] [--members N] [--seed S]   realistic demo database

--db FILE is an SQLite file (created if missing); without it the desktop's default database is used.
Exit status: 0 success, 1 input refused, 2 usage error, 3 database cannot be opened or is damaged.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="78" />
            <source>Unknown command %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="81" />
            <source>Run hoivien-cli --help for the commands and options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="96" />
            <source>Internal error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/output.cpp" line="22" />
            <source>This format is binary: give --out FILE, or redirect the output to a file or a pipe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/output.cpp" line="30" />
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/output.cpp" line="39" />
            <source>--printed-on must be a date written YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="146" />
            <source>This database already belongs to %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="149" />
            <source>%1 (%2): %3 units created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="197" />
            <source>%1: refused, %2 error(s) in %3 row(s); nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="202" />
            <source>%1: dry run, nothing written: %2 row(s) read, %3 would be added, %4 updated, %5 skipped (%6 ms).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="203" />
            <source>%1: %2 row(s) read, %3 added, %4 updated, %5 skipped (%6 ms).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="61" />
            <location filename="../../src/cli/commands.cpp" line="223" />
            <location filename="../../src/cli/exportcommands.cpp" line="79" />
            <source>--year is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="219" />
            <source>Usage: report annual|ranking ... (report annual --year Y --format json|csv|xlsx|pdf|html [--unit CODE] [--date YYYY-MM-DD] [--depth N] [--out FILE])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="229" />
            <location filename="../../src/cli/exportcommands.cpp" line="61" />
            <source>--date must be a date written YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="231" />
            <source>--date must be a day of the year given by --year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="80" />
            <source>--format is required (json or csv).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="69" />
            <source>--level is required (commune or chapter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="82" />
            <source>The ranking as %1 is not in this version: use json or csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="95" />
            <source>Usage: rate --year Y --level commune|chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="103" />
            <source>%1 unit(s) rated for %2 on scorecard version %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="115" />
            <source>Usage: scorecard show --year Y --level commune|chapter [--out FILE] | scorecard set FILE.json --year Y --level commune|chapter [--note TEXT]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="126" />
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="135" />
            <source>Scorecard %1 %2: version %3 stored; rate again to apply it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="159" />
            <source>Usage: import units|members|population|targets|trainings|awards|activities FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="164" />
            <source>Unknown import %1: use units, members, population, targets, trainings, awards or activities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="236" />
            <source>--format is required (json, csv, xlsx, pdf or html).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="354" />
            <source>undone %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="357" />
            <source>No import recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="367" />
            <source>Usage: undo-import BATCH_ID (hoivien-cli batches lists them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="370" />
            <source>Batch %1 undone: %2 member(s) removed, %3 restored as they were, %4 unit(s) removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="263" />
            <source>Usage: search TEXT [--limit N]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="277" />
            <source>No member matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="287" />
            <location filename="../../src/cli/commands.cpp" line="300" />
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="290" />
            <source>Backup written to %1 and verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="306" />
            <source>%1 is damaged: %2 problem(s) found. Restore the latest backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="309" />
            <source>%1: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="322" />
            <source>%1 exists already: remove it or choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="340" />
            <source>%1: %2 units, %3 members, %4 events (%5 s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="45" />
            <source>Usage: export members|movements|member-sheet --format FORMAT [options]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="51" />
            <source>--format is required (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="73" />
            <source>%1 member(s) exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="86" />
            <source>%1 movement(s) exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="91" />
            <source>--id is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="29" />
            <source>%1 needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="36" />
            <source>Unknown option %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="44" />
            <source>%1 is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="55" />
            <source>%1 must be a whole number from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="65" />
            <source>%1 must be one of: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::types</name>
        <message>
            <location filename="../../src/core/types.cpp" line="61" />
            <source>Central</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="62" />
            <source>Province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="63" />
            <source>District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="64" />
            <source>Commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="65" />
            <source>Chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="66" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="83" />
            <source>Ordinary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="83" />
            <source>Honorary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="118" />
            <source>Admitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="119" />
            <source>Transferred in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="120" />
            <source>Moved to another chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="121" />
            <location filename="../../src/core/types.cpp" line="162" />
            <source>Transferred out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="122" />
            <location filename="../../src/core/types.cpp" line="163" />
            <source>Withdrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="123" />
            <location filename="../../src/core/types.cpp" line="164" />
            <source>Removed from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="124" />
            <location filename="../../src/core/types.cpp" line="165" />
            <source>Died</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="125" />
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="161" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="234" />
            <source>Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="235" />
            <source>Vice chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="236" />
            <source>Chapter head</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="237" />
            <source>Chapter deputy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="238" />
            <source>Group head</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="239" />
            <source>Group deputy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="240" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
