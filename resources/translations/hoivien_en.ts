<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../ui/auditdialog.ui" line="14" />
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/auditdialog.ui" line="35" />
            <source>&amp;Verify the chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/auditdialog.ui" line="42" />
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AwardDialog</name>
        <message>
            <location filename="../../ui/awarddialog.ui" line="14" />
            <source>Award</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="20" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="28" />
            <source>To a &amp;member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="38" />
            <source>To a &amp;unit (collective)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="54" />
            <source>Name or citizen ID, tone marks not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="89" />
            <source>&amp;Form:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="102" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="112" />
            <source>e.g. Phụ nữ tiêu biểu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="119" />
            <source>&amp;Issued by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="132" />
            <source>&amp;Emulation year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="152" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="165" />
            <source>&amp;Decision no.:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="175" />
            <source>e.g. 45/QĐ-HPN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="182" />
            <source>Decision &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="216" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClubDialog</name>
        <message>
            <location filename="../../ui/clubdialog.ui" line="14" />
            <source>Club or model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="22" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="32" />
            <source>e.g. CLB Phụ nữ với pháp luật</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="39" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="52" />
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="62" />
            <source>The unit the club or model belongs to; its members are members of this unit or of a unit below it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="69" />
            <source>R&amp;ecorded on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="81" />
            <source>The day the club and its members are counted on: its year is the record's year, and the members must be active members then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="94" />
            <source>&amp;Founded on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="97" />
            <source>Tick when the founding date is known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="123" />
            <source>No&amp;tes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="138" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="146" />
            <source>Find &amp;members:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="156" />
            <source>Name or citizen ID, tone marks not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="166" />
            <source>&amp;Add selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="181" />
            <source>Select several with Ctrl or Shift; double-click adds one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="200" />
            <source>&amp;Only the number of members is known:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="228" />
            <source>&amp;Remove from the list</source>
            <translation type="unfinished" />
        </message>
    </context>
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
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/logindialog.ui" line="14" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/logindialog.ui" line="29" />
            <source>&amp;Account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/logindialog.ui" line="42" />
            <source>&amp;Password:</source>
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
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="14" />
            <source>Backup passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="27" />
            <source>&amp;Encrypt the backup with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="39" />
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="56" />
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScorecardDialog</name>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="14" />
            <source>Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="32" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="45" />
            <source>&amp;Maximum points:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="67" />
            <source>&amp;Criteria (the points must add up to the maximum):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="82" />
            <source>Add criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="89" />
            <source>Remove criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="112" />
            <source>&amp;Grades, best first (conditions: criterion &gt;= points, separated by ;):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="131" />
            <source>Add grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="138" />
            <source>Remove grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="156" />
            <source>Note for this &amp;version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="166" />
            <source>e.g. Hướng dẫn 05/HD-HPN of the province</source>
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
        <name>TrainingDialog</name>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="14" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="22" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="32" />
            <source>e.g. Tập huấn nghiệp vụ chi hội trưởng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="39" />
            <source>&amp;Organised by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="52" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="65" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="87" />
            <source>&amp;to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="116" />
            <source>&amp;Place:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="129" />
            <source>T&amp;opic:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="142" />
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="157" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="165" />
            <source>Find &amp;members:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="175" />
            <source>Name or citizen ID, tone marks not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="185" />
            <source>&amp;Add selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="200" />
            <source>Select several with Ctrl or Shift; double-click adds one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="212" />
            <source>Full name of an officer or an outside person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="219" />
            <source>Add &amp;person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="240" />
            <source>Only the &amp;number of attendees is known:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="268" />
            <source>&amp;Remove from the list</source>
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
        <name>UsersDialog</name>
        <message>
            <location filename="../../ui/usersdialog.ui" line="14" />
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="35" />
            <source>&amp;Account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="48" />
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="61" />
            <source>&amp;Unit code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="71" />
            <source>empty: the whole office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="78" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="95" />
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="116" />
            <source>&amp;Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="123" />
            <source>&amp;Set password of the selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="130" />
            <source>&amp;Remove the selected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AccessScope</name>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="62" />
            <source>The session is locked: sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="69" />
            <source>The account %1 may read but not change the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="76" />
            <source>Only the office's administrator may do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="97" />
            <source>The unit %1 is outside the units of the account %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="121" />
            <source>The member %1 is not in the units of the account %2: she cannot be changed from here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AccountRepository</name>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="48" />
            <source>Not enough memory to protect the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="92" />
            <source>The first account must be an administrator of the whole office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="97" />
            <source>An account name must not be empty or contain spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="99" />
            <source>The account %1 exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="105" />
            <source>The unit of the account does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="125" />
            <location filename="../../src/storage/accountrepository.cpp" line="146" />
            <source>There is no account %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="130" />
            <source>%1 is the last administrator of the whole office and cannot be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="35" />
            <source>The password must have at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ActivitiesGrid</name>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="39" />
            <source>&lt;b&gt;Activities of the year&lt;/b&gt;, one row per unit: type the number of sessions, people supported or households, and the amount in đồng, as in Excel (Enter goes down, a block copied from Excel can be pasted, Delete empties a cell and deletes the record). Grey cells hold several records with their own dates: they are kept as entered. Green columns count the clubs and models, entered with their members in the Clubs and models tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="62" />
            <source>%1 (its own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="70" />
            <source>%1: how many there are, one record per group with its members; add and edit them in the Clubs and models tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="75" />
            <source>%1
(đồng)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="76" />
            <source>Amount or value in đồng: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="77" />
            <source>Number (sessions, people, households): %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/activitiesgrid.cpp" line="98" />
            <source>%n record(s), </source>
            <translation>
                <numerusform>%n record, </numerusform>
                <numerusform>%n records, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/activitiesgrid.cpp" line="98" />
            <source>%n member(s) in all</source>
            <translation>
                <numerusform>%n member in all</numerusform>
                <numerusform>%n members in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/activitiesgrid.cpp" line="108" />
            <source>%n record(s) with their own dates or names; the total is shown.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>hv::ActivitiesPage</name>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="52" />
            <source>&amp;Save figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="84" />
            <location filename="../../src/ui/activitiespage.cpp" line="89" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="88" />
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="90" />
            <source>Clubs and models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="91" />
            <source>Targets and results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="130" />
            <source>&lt;b&gt;%1&lt;/b&gt;: activities and targets of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="131" />
            <source>Choose a unit in the tree.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ActivityRepository</name>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="87" />
            <source>Activity %1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="90" />
            <source>unknown kind; use one of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="92" />
            <source>the date %1 is outside the year %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="94" />
            <source>counts and amounts cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="104" />
            <source>the record no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="109" />
            <source>the unit is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="111" />
            <source>%1 did not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="114" />
            <source>member %1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AnnualReport</name>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="65" />
            <source>The database has no office unit yet: run init first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="68" />
            <source>Unknown unit code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="191" />
            <source>The depth must be 1, 2 or 3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="200" />
            <source>The cut-off date %1 is not in %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AuditDialog</name>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="28" />
            <source>Export the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="29" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="57" />
            <source>%1 entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="64" />
            <source>The chain is whole: %1 entries. Last hash %2 (write it down to detect entries removed from the end).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="67" />
            <source>The audit log was altered: entry %1 is the first bad one (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="78" />
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="80" />
            <source>%1 entries exported to %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AwardDialog</name>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="17" />
            <source>Central Union</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="18" />
            <source>Provincial Union</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="19" />
            <source>District Union</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="20" />
            <source>Commune Union</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="21" />
            <source>People's Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="22" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="28" />
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="29" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="30" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="43" />
            <source>The decision has a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="54" />
            <location filename="../../src/ui/awarddialog.cpp" line="79" />
            <source>Awarded to: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="72" />
            <source>New award of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="72" />
            <source>Award: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="131" />
            <source>Find the member the award is for: type her name and pick her in the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AwardRepository</name>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="71" />
            <source>Award "%1" of %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="76" />
            <source>unknown form %1; use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="78" />
            <source>unknown issuing level %1; use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="80" />
            <source>unknown status %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="82" />
            <source>the emulation year must be between 1900 and 2100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="84" />
            <source>an approved award needs its decision number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="87" />
            <source>the decision date %1 is outside the emulation year %2 and the year after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="92" />
            <source>member %1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="97" />
            <source>the unit is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="99" />
            <source>%1 did not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="125" />
            <location filename="../../src/storage/awardrepository.cpp" line="136" />
            <source>Award %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::AwardsPage</name>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="25" />
            <source>&amp;New award…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="28" />
            <source>&amp;Edit award…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="31" />
            <source>&amp;Approve proposal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="34" />
            <source>&amp;Delete award…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="40" />
            <source>Awards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Awarded to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Decision no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Decision date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="54" />
            <source>&lt;b&gt;Awards of the emulation year %2&lt;/b&gt; to %1, the units below it and their members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="57" />
            <source>Choose a unit in the tree.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/awardspage.cpp" line="81" />
            <source>%n approved, </source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/awardspage.cpp" line="81" />
            <source>%n proposed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="131" />
            <source>Delete award</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="132" />
            <source>Delete the award "%1"?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::BatchRepository</name>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="57" />
            <source>%1 member(s) of the import are outside the units of the account %2; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="115" />
            <source>There is no import batch %1 (hoivien-cli batches lists them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="117" />
            <source>Batch %1 is an import of %2; only member imports can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="119" />
            <source>Batch %1 (%2) was undone already on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="133" />
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
        <name>hv::ChartsPanel</name>
        <message>
            <location filename="../../src/ui/chartviews.cpp" line="100" />
            <source>The charts appear when the figures have been computed.</source>
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
        <name>hv::ClubDialog</name>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="23" />
            <source>Club</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="24" />
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="25" />
            <source>Cooperative group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="26" />
            <source>Cooperative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="42" />
            <location filename="../../src/ui/clubdialog.cpp" line="169" />
            <source>member %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="50" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="50" />
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="50" />
            <source>Unit on the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="59" />
            <source>(not active)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="92" />
            <source>New club or model of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="93" />
            <source>Club or model: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="148" />
            <source>%1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="151" />
            <source>%1 is a member of %2, not of %3 or a unit below it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="161" />
            <source>Type the name of the club or model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="164" />
            <source>The founding date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="166" />
            <source>The founding date %1 is after the day the club is recorded on (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="172" />
            <source>%1 members entered, but %2 are listed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/clubdialog.cpp" line="212" />
            <source>%n member(s) listed</source>
            <translation>
                <numerusform>%n member listed</numerusform>
                <numerusform>%n members listed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::ClubList</name>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="75" />
            <source>&amp;New club or model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="78" />
            <source>&amp;Edit club…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="81" />
            <source>&amp;Delete club…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="90" />
            <source>Double-click a club or model to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Founded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="105" />
            <source>&lt;b&gt;Clubs and models of %1&lt;/b&gt; and the units below it, %2: each counts as one activity of the year, with its members from the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="109" />
            <source>Choose a unit in the tree.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/clublist.cpp" line="134" />
            <source>%n club(s) or model(s), </source>
            <translation>
                <numerusform>%n club or model, </numerusform>
                <numerusform>%n clubs or models, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/clublist.cpp" line="135" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="158" />
            <source>&lt;b&gt;Members of %1&lt;/b&gt; in the register:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="159" />
            <source>Select a club or model to see its members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="209" />
            <source>Delete club</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="210" />
            <source>Delete "%1" with its list of members?</source>
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
            <location filename="../../src/storage/database.cpp" line="95" />
            <source>%1 is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="99" />
            <source>%1 is not a HoiVien database (it is not an SQLite file, or it is damaged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="101" />
            <source>The folder of %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="106" />
            <location filename="../../src/storage/database.cpp" line="164" />
            <source>Cannot open %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="112" />
            <source>%1 is damaged or is not a database: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="119" />
            <location filename="../../src/storage/database.cpp" line="267" />
            <location filename="../../src/storage/database.cpp" line="273" />
            <source>%1 is damaged: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="124" />
            <source>%1 is an SQLite database of another program, not of HoiVien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="127" />
            <source>%1 was written by a newer version of HoiVien (schema %2; this program knows %3). Install the newer version; the file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="154" />
            <source>Cannot copy %1 to %2 before the upgrade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="172" />
            <location filename="../../src/storage/postgres.cpp" line="149" />
            <source>Missing migration %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="223" />
            <source>The database refused a statement: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="256" />
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="262" />
            <source>Table %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="275" />
            <source>Table %1, row %2: reference to a missing row of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="301" />
            <source>The backup cannot overwrite the database itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="296" />
            <location filename="../../src/storage/database.cpp" line="308" />
            <source>The backup to %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="326" />
            <source>the copy did not pass the integrity check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="296" />
            <location filename="../../src/storage/database.cpp" line="331" />
            <source>cannot rename the copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="340" />
            <source>The connection to the server %1 was lost: %2. Your changes were not saved; try again when the server is reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="349" />
            <source>Another workstation changed the same data at the same time: %1. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="352" />
            <source>The database %1 is damaged: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="174" />
            <location filename="../../src/storage/postgres.cpp" line="273" />
            <location filename="../../src/storage/postgres.cpp" line="286" />
            <location filename="../../src/storage/postgres.cpp" line="298" />
            <location filename="../../src/storage/database.cpp" line="354" />
            <source>The database refused the operation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="58" />
            <source>The server %1 cannot be reached: %2. Your changes were not saved; try again when the server is reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="78" />
            <source>%1 is not a server address. Write postgresql://user@host:port/database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="82" />
            <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="97" />
            <source>Cannot connect to the server %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="106" />
            <source>This program lacks the server's migrations (%1 of %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="118" />
            <source>%1 is a database of another program, not of HoiVien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="127" />
            <source>%1 holds tables of another program; give HoiVien a database of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="134" />
            <source>%1 was written by a newer version of HoiVien (schema %2; this program knows %3). Install the newer version; the database was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="168" />
            <source>COPY needs a server database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::DatabaseCopy</name>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="142" />
            <source>%1 is not empty (table %2 has rows): the copy goes into a new, empty database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="164" />
            <source>Table %1 has other columns in the two databases: open both with this version of HoiVien first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="230" />
            <source>The copy was cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="252" />
            <source>Table %1 differs after the copy (%2 rows read, %3 found); nothing was kept in %4.</source>
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
        <name>hv::Erasure</name>
        <message>
            <location filename="../../src/storage/erasure.cpp" line="25" />
            <source>No member has the id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/erasure.cpp" line="27" />
            <source>The personal data of member %1 was erased already.</source>
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
            <location filename="../../src/importing/headermap.cpp" line="307" />
            <source>"%1" (column %2) and "%3" (column %4) both give %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="315" />
            <source>%1, row %2: %3. Delete or rename one of each pair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="326" />
            <source>this column is not a column of the member list; it is not imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ImportHistoryDialog</name>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="31" />
            <source>Import history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="32" />
            <source>Every import is recorded. A member import can be taken back as a whole while no later work builds on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>Imported on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="46" />
            <source>&amp;Undo this import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="81" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="82" />
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="83" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="84" />
            <source>Targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="85" />
            <source>Demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="89" />
            <source>Undone on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="90" />
            <source>Standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="135" />
            <source>Undo this import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="136" />
            <source>Undo import no. %1 (%2)? The members it added are removed and those it updated are put back as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="145" />
            <source>Import no. %1 was undone: %2 member(s) removed, %3 put back as they were, %4 unit(s) removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ImportMappingPage</name>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="75" />
            <source>Match the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="76" />
            <source>Choose, for each column of the file, the field of the register it holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="77" />
            <source>The header was found on row %1 of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="83" />
            <source>The columns are matched as you chose last time for a file with the same headers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>Header in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>First member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="112" />
            <source>— ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="115" />
            <source>%1 (not imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="153" />
            <source>Columns %1 and %2 are both %3; choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="157" />
            <source>Choose the column that holds "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ImportPreviewModel</name>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="86" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="88" />
            <source>Update the member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="90" />
            <source>Add as another member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="94" />
            <source>Not chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="184" />
            <source>%1 (in the file: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="190" />
            <source>Error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="191" />
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="209" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="211" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="213" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="215" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="217" />
            <source>CCCD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="219" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="221" />
            <source>Same person as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="223" />
            <source>Duplicate: what to do</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ImportPreviewPage</name>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="86" />
            <source>Check the rows before importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="88" />
            <source>Nothing is written yet. Untick a row to leave it out; choose what to do with each duplicate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="89" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="90" />
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="91" />
            <source>All rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="92" />
            <source>Rows with errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="93" />
            <source>Rows with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="94" />
            <source>Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="95" />
            <source>Create &amp;chapters and groups missing from the tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="96" />
            <source>Selected &amp;duplicates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="100" />
            <source>All duplicates: s&amp;kip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="101" />
            <source>All duplicates: &amp;update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="102" />
            <source>Check &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="138" />
            <source>The check was not finished; the rows show the last check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="148" />
            <source>Checking the rows of %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="197" />
            <location filename="../../src/ui/importwizardpreview.cpp" line="221" />
            <source>The check was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="260" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="261" />
            <source>%1 “%2”: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="273" />
            <source>row %1 of this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="276" />
            <source>%1 (no. %2 in the register)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="277" />
            <source>no. %1 in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="279" />
            <source>same CCCD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="280" />
            <source>same name and date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="281" />
            <source>same name and year of birth only: check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="282" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="293" />
            <source>“%1” does not apply to the selected rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="301" />
            <source>%1 row(s): %2 with errors, %3 with warnings, %4 duplicate(s); %5 left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="309" />
            <source>Rows with errors must be left out (or the file corrected) before importing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="332" />
            <source>The list was not imported: %1 problem(s) stop it. Leave those rows out or correct the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ImportSourcePage</name>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="92" />
            <location filename="../../src/ui/importwizardsource.cpp" line="108" />
            <source>Choose the member list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="93" />
            <source>An Excel workbook (.xlsx) or a CSV file. Title rows above the header are fine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="94" />
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="95" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="96" />
            <source>&amp;Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="97" />
            <source>Old Vietnamese font encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="98" />
            <source>&amp;Convert the text to Unicode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="99" />
            <source>In the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="99" />
            <source>Converted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="109" />
            <source>Member lists (*.xlsx *.csv);;Excel 97–2003 (*.xls);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="140" />
            <source>The text of this workbook was typed in the old %1 font encoding. Check that the converted text reads right:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="171" />
            <source>%1: no header row found in the first 30 rows; the list needs at least a "Họ và tên" column and one other known column.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ImportSummaryPage</name>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="211" />
            <source>The list was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="216" />
            <source>&lt;p&gt;Import number &lt;b&gt;%1&lt;/b&gt; from %2.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Members added: &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Members updated: &lt;b&gt;%4&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Rows skipped: &lt;b&gt;%5&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Warnings recorded: %6&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;To take the whole import back, use File → Import history.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::ImportWizard</name>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="60" />
            <source>Import a member list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="150" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="163" />
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="93" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="102" />
            <source>Cancelling…</source>
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
        <name>hv::LoginDialog</name>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="19" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="21" />
            <source>HoiVien was locked after a period without use. Type the password of %1 to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="25" />
            <source>Close HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="28" />
            <location filename="../../src/ui/logindialog.cpp" line="32" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="29" />
            <source>%1 holds members' personal data: sign in with your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="32" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MainWindow</name>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="136" />
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="139" />
            <source>&amp;New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="142" />
            <source>&amp;Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="146" />
            <source>&amp;Import member list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="149" />
            <source>Import &amp;history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="155" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="162" />
            <location filename="../../src/ui/mainwindow.cpp" line="413" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="162" />
            <location filename="../../src/ui/mainwindow.cpp" line="414" />
            <source>&amp;Undo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="167" />
            <location filename="../../src/ui/mainwindow.cpp" line="416" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="167" />
            <location filename="../../src/ui/mainwindow.cpp" line="417" />
            <source>&amp;Redo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="174" />
            <source>&amp;Find member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="180" />
            <source>Register &amp;date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="195" />
            <source>&amp;About HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="324" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="325" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="326" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="327" />
            <source>&amp;Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="328" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="329" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="332" />
            <source>Register date: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="333" />
            <source>The register is shown as it stood on this date (Ctrl+D).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="334" />
            <source>Search members (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="335" />
            <source>Name, citizen ID or card number; tone marks are not needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="347" />
            <source>HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="347" />
            <source>%1 — HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="348" />
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="423" />
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="424" />
            <source>HoiVien databases (%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="431" />
            <location filename="../../src/ui/mainwindow.cpp" line="436" />
            <source>New database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="432" />
            <source>HoiVien databases (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="437" />
            <source>%1 exists already. Choose another name, or open it with Open database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="465" />
            <source>About HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="466" />
            <source>&lt;h3&gt;HoiVien %1&lt;/h3&gt;&lt;p&gt;The member register of the Vietnam Women's Union offices: members and their movements, chapters and units, and the figures of the year-end report.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberActions</name>
        <message numerus="yes">
            <location filename="../../src/ui/memberactions.cpp" line="109" />
            <source>Admission is recorded when a new member is entered. %n of the selected members left the Union: restore them instead?</source>
            <translation>
                <numerusform>Admission is recorded when a new member is entered. %n of the selected members left the Union: restore her instead?</numerusform>
                <numerusform>Admission is recorded when a new member is entered. %n of the selected members left the Union: restore them instead?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="59" />
            <source>%1: %2 → %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="65" />
            <source>Changed since you opened her record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="67" />
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="69" />
            <source>&amp;Keep my changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="70" />
            <source>&amp;Reload theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="74" />
            <source>Keep my changes saves the fields you changed over the record as it is now; their other changes stay. Reload theirs shows the record as it is now, and what you typed is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="100" />
            <source>The selected members are members already. To admit a new member, enter her with "New member".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="156" />
            <source>The member is no longer in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="230" />
            <source>A selected member is no longer in the register.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberBulkLoader</name>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="249" />
            <source>Bulk loading needs the embedded database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="341" />
            <source>The import could not be written: prepared rows do not match the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="196" />
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
            <location filename="../../src/ui/memberdialog.cpp" line="210" />
            <source>Type the date as dd/mm/yyyy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="222" />
            <source>Type the date of birth as dd/mm/yyyy, or the year alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="228" />
            <source>Type the full date, or tick "Only the year is known".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="244" />
            <source>The date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="246" />
            <source>Full membership cannot come before admission to the party.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="252" />
            <source>A phone number has only digits, spaces and the signs + . - ( ).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="258" />
            <source>Type the date she joined: her first entry in the register has this date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="266" />
            <source>Choose her chapter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="289" />
            <source>Confirmed by the officer on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="403" />
            <source>Still needed: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="405" />
            <source>Correct what is marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="406" />
            <source>Correct what is marked in red on: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="409" />
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
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="113" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="55" />
            <source>Trainings she took part in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="57" />
            <source>Her awards:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="59" />
            <source>Trainings and awards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="69" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberImporter</name>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="137" />
            <source>%1: no header row found in the first 30 rows; the list needs at least a "Họ và tên" column and one other known column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="149" />
            <source>text typed in the old %1 font encoding was converted to Unicode (e.g. "%2" → "%3"); check the names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="207" />
            <location filename="../../src/importing/memberimporter.cpp" line="320" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="226" />
            <source>accepted on import (batch %1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="246" />
            <source>member #%1 already in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="247" />
            <source>row %1 of this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="259" />
            <source>Skipped: the same person as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="288" />
            <source>Cannot be added as another member: %1 has the same CCCD (skip or update instead).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="291" />
            <source>Added as another member, though she looks like %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="293" />
            <source>Possibly the same person as %1 (same name and year of birth).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="295" />
            <source>The same person as %1 (use --on-duplicate skip or update).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="124" />
            <source>%1: more than one column is mapped to %2; choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="127" />
            <source>%1: no column is mapped to "Họ và tên".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::MemberRepository</name>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="121" />
            <location filename="../../src/storage/memberrepository.cpp" line="161" />
            <source>citizen_id: CCCD %1 belongs to another member already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="154" />
            <location filename="../../src/storage/memberrepository.cpp" line="343" />
            <source>The member no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="156" />
            <location filename="../../src/storage/memberrepository.cpp" line="187" />
            <source>Somebody else saved this member after you opened it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="288" />
            <source>The unit of the event of %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="292" />
            <source>%1 no longer existed on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="335" />
            <source>The event needs a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="339" />
            <source>The date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="371" />
            <source>The first event of a member cannot be removed; delete the member instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="403" />
            <source>A position needs a title and a start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="405" />
            <location filename="../../src/storage/memberrepository.cpp" line="425" />
            <source>A position must end after it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="97" />
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
            <location filename="../../src/ui/memberspage.cpp" line="180" />
            <source>&amp;New member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="188" />
            <source>&amp;Edit member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="203" />
            <source>&amp;Move to another chapter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="205" />
            <source>&amp;Transfer out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="207" />
            <source>&amp;Withdrew…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="209" />
            <source>Remove from the &amp;list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="211" />
            <source>&amp;Died…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="212" />
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="230" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="234" />
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="235" />
            <source>Name without tone marks, or the beginning of a CCCD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="236" />
            <source>Register on &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="237" />
            <source>Right-click to choose the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="336" />
            <source>Reading the register…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/memberspage.cpp" line="340" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln member</numerusform>
                <numerusform>%Ln members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/memberspage.cpp" line="341" />
            <source>%Ln member(s), ordinary and honorary</source>
            <translation>
                <numerusform>%Ln member, ordinary and honorary</numerusform>
                <numerusform>%Ln members, ordinary and honorary</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="343" />
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
        <name>hv::NumberGrid</name>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="78" />
            <source>&amp;Save figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="79" />
            <source>&amp;Undo edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="111" />
            <source>Unsaved figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="112" />
            <source>Figures were typed and not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::NumberGridModel</name>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="108" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="117" />
            <source>%1 cannot be typed here: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="131" />
            <source>%1: "%2" is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="132" />
            <source>%1: a figure cannot be negative (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="154" />
            <source>Click the cell where the pasted block should begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="163" />
            <source>The pasted block has %1 row(s) and %2 column(s): from %3 it goes past the end of the grid. Nothing was pasted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="177" />
            <source>Nothing was pasted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::OverviewPage</name>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="148" />
            <location filename="../../src/ui/overviewpage.cpp" line="174" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="156" />
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="157" />
            <location filename="../../src/ui/overviewpage.cpp" line="158" />
            <source>Units below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="159" />
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="161" />
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="162" />
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Admitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="163" />
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="164" />
            <location filename="../../src/ui/overviewpage.cpp" line="170" />
            <source>Attraction rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="165" />
            <location filename="../../src/ui/overviewpage.cpp" line="170" />
            <source>Chapters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="166" />
            <location filename="../../src/ui/overviewpage.cpp" line="170" />
            <source>Chapter heads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="167" />
            <source>Honorary members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="168" />
            <source>Transferred in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="238" />
            <source>women aged 18+ present in the area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="239" />
            <source>women aged 18+ eligible to join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="240" />
            <source>women aged 18+ (bases differ between units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="241" />
            <source>women aged 18+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="250" />
            <source>Year %1 — figures at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="259" />
            <source>%1 at the start of the year (%2%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="261" />
            <source>new members in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="266" />
            <source>%1 % over the target of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="267" />
            <source>%1 % of the target of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="272" />
            <source>transferred out %1, withdrew %2, removed %3, died %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="276" />
            <source>of %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="277" />
            <source>no figure of women aged 18+ for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="278" />
            <source>%1 groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="279" />
            <source>%1 of them party members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="280" />
            <source>counted apart, not in the rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="281" />
            <source>from outside the unit in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::PassphraseDialog</name>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="14" />
            <source>This backup is encrypted. Type the passphrase it was made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="19" />
            <source>A backup holds every member's personal data. Encrypt it when it leaves this computer (USB stick, e-mail); without the passphrase nobody can read it, not even you: write the passphrase down and keep it safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="48" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="50" />
            <source>The two entries differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="52" />
            <source>Type the passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::PopulationGrid</name>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="121" />
            <source>&lt;b&gt;Women aged 18 and over&lt;/b&gt; (the denominator of the attraction rate). Type or paste the figures as in Excel; Delete empties a cell. Empty cells of the whole unit show, in grey, the sum used by the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="124" />
            <source>&amp;Save figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="125" />
            <source>&amp;Undo edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="165" />
            <source>Unsaved figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="166" />
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
            <location filename="../../src/reports/rating.cpp" line="120" />
            <location filename="../../src/reports/rating.cpp" line="124" />
            <source>The database has no office unit yet: run init first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="232" />
            <location filename="../../src/reports/rating.cpp" line="251" />
            <source>Unknown unit code %1.</source>
            <translation type="unfinished" />
        </message>
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
            <location filename="../../src/reports/rating.cpp" line="111" />
            <source>shipped default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="236" />
            <source>The %1 scorecard of %2 has no criterion %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="238" />
            <source>Criterion %1 takes 0 to %2 points, not %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="255" />
            <source>%1 is not a grade of the %2 scorecard of %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::RatingPage</name>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="186" />
            <source>&amp;Compute and store ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="192" />
            <source>&amp;Scorecard of the year…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="237" />
            <source>Rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="241" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="245" />
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="247" />
            <source>&amp;Compute and store (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="249" />
            <source>Computes every unit's rating from the data as it is now and stores it with the scorecard used; grades already decided are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="251" />
            <source>Score&amp;card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="252" />
            <source>&lt;b&gt;Set a criterion's points by hand&lt;/b&gt; (the reason is printed with it):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="253" />
            <source>Reason, e.g. Biên bản kiểm tra ngày 10/12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="254" />
            <source>Set &amp;points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="255" />
            <source>Use computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="256" />
            <source>&lt;b&gt;Grades&lt;/b&gt;: self-assessed, proposed, approved; decision number and date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="257" />
            <source>Decision no., e.g. 112/QĐ-HPN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="258" />
            <source>Save &amp;grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="283" />
            <source>Computing the ratings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="315" />
            <source>The ratings of %1 were computed and stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Attraction rate (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="324" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="324" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="358" />
            <source>&lt;b&gt;Rating of the %1 units&lt;/b&gt; of %2, %3 — scorecard version %4</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/ratingpage.cpp" line="364" />
            <source>%n unit(s); </source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/ratingpage.cpp" line="365" />
            <source>%n stored with Compute and store, the others computed now. * = points set by hand.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="383" />
            <source>Computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="383" />
            <source>Set by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="383" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="392" />
            <source>Choose a unit in the ranking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="397" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2): rank %3, %4 points, %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="417" />
            <source>Conditions of a higher grade not met: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="427" />
            <source>(self-assessed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="428" />
            <source>(proposed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="429" />
            <source>(approved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="454" />
            <source>Write the reason for setting the points by hand; it is printed with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="462" />
            <source>%1: the points of "%2" were set by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="491" />
            <source>The grades of %1 were saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::RatingRepository</name>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="110" />
            <source>An approved grade needs the number of the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="163" />
            <source>Points set by hand cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="165" />
            <source>Points set by hand need a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="17" />
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
            <location filename="../../src/storage/registerrepository.cpp" line="331" />
            <location filename="../../src/storage/registerrepository.cpp" line="349" />
            <source>The count was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/registerrepository.cpp" line="382" />
            <location filename="../../src/storage/registerrepository.cpp" line="438" />
            <source>Reading the register was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Reports</name>
        <message>
            <location filename="../../src/reports/pdfwriter.cpp" line="294" />
            <source>PDF needs the graphical libraries, which are not started in this program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="83" />
            <location filename="../../src/reports/reportdocument.cpp" line="37" />
            <source>Unknown unit code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/cancelcheck.cpp" line="14" />
            <source>The report was cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="95" />
            <source>The database has no office unit yet: run init first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="161" />
            <source>Unknown column %1; the columns are: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="326" />
            <source>No member has the id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="25" />
            <source>The office's unit is not set yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="88" />
            <source>Unknown report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="94" />
            <location filename="../../src/reports/reportrequest.cpp" line="118" />
            <source>This report cannot be saved as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="127" />
            <source>Cannot write %1: %2. Choose another folder.</source>
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
        <name>hv::ReportsPage</name>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="59" />
            <source>&amp;Print report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="60" />
            <source>&amp;Save report as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="62" />
            <source>Show the re&amp;port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="201" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Annual summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Member list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Movements of the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="206" />
            <source>Member record sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="209" />
            <source>Communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="210" />
            <source>Chapters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="211" />
            <source>&amp;Report:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="212" />
            <source>Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="213" />
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="214" />
            <location filename="../../src/ui/reportspage.cpp" line="249" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="215" />
            <source>&amp;Depth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="216" />
            <source>1: the units directly below; 2: also the units below them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="217" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="218" />
            <source>&amp;Member number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="219" />
            <source>The member's number, shown in the member's window on the Members page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="220" />
            <source>&amp;Columns:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="221" />
            <source>Hide the middle of citizen IDs and phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="222" />
            <source>Show (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="223" />
            <source>Print… (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="224" />
            <source>Save as PDF, Excel, CSV or HTML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="225" />
            <source>Fill the Excel form of the level above…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="226" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="227" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="228" />
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="249" />
            <source>&amp;Cut-off date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="250" />
            <source>Used when it falls in the year; otherwise the figures are those of 31 December.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="275" />
            <source>(the office's unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="322" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="328" />
            <source>Preparing the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="345" />
            <source>The report could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="353" />
            <source>%1 page(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="378" />
            <source>Print report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="389" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="390" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="391" />
            <source>CSV table (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="392" />
            <source>Web page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="396" />
            <source>Save report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="410" />
            <source>Writing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="424" />
            <source>The report was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="428" />
            <source>Saved as %1.</source>
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
        <name>hv::ScorecardDialog</name>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="39" />
            <source>Row %1, %2: "%3" is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="60" />
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="60" />
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="60" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="61" />
            <source>Scoring method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="61" />
            <source>Floor (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="61" />
            <source>Full marks at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="62" />
            <source>Target indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="66" />
            <source>Methods: attraction_rate, admitted, trainings, trainees, awards, activities, households, manual. Full marks at: the rate or the count that earns every point; a target indicator replaces it where the unit has that target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>From (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="103" />
            <source>Scorecard of the %1 units, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="104" />
            <source>Version %1 of the %2 scorecard. Saving stores a new version; ratings stored before keep the version they were computed with until they are computed again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="141" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="143" />
            <source>floor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="144" />
            <source>full marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="156" />
            <source>from (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="160" />
            <source>Grade %1: the condition "%2" cannot be read; write it as criterion &gt;= points: text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="188" />
            <source>Sum of the points: %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::SecurityActions</name>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="36" />
            <source>&amp;Restore a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="38" />
            <source>&amp;Accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="40" />
            <source>Audit &amp;log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="42" />
            <source>&amp;Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="83" />
            <source>Daily backup saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="85" />
            <source>The daily backup failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="93" />
            <source>hoivien-backup-%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="100" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="101" />
            <location filename="../../src/ui/securityactions.cpp" line="145" />
            <source>HoiVien databases (*.sqlite *.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="101" />
            <source>Encrypted backups (*.hvbackup)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="107" />
            <source>Making the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="122" />
            <source>Backup saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="128" />
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="129" />
            <source>Backups (*.hvbackup *.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="142" />
            <source>Restore as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="144" />
            <source>restored-%1.sqlite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="149" />
            <source>A backup cannot be restored over the open database: restore it as another file, then open that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="154" />
            <source>%1 restored to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Session</name>
        <message>
            <location filename="../../src/storage/session.cpp" line="40" />
            <source>Too many wrong passwords for %1: try again in %2 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/session.cpp" line="68" />
            <source>Wrong account name or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/session.cpp" line="102" />
            <source>The account %1 no longer exists.</source>
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
            <location filename="../../src/ui/startup.cpp" line="74" />
            <source>Usage: hoivien [--db FILE] [--lang vi|en] [--demo] [--date YYYY-MM-DD] [--screenshot FILE [--page overview|members|units|trainings|awards|activities|clubs|club|rating|reports|wizard|login|users|audit|import-mapping|import-preview]]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="99" />
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="113" />
            <source>--date must be a date written YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="119" />
            <source>--lang must be vi or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="123" />
            <source>--page goes with --screenshot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="127" />
            <source>--demo and --db cannot be used together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="228" />
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="272" />
            <source>%1 has no office unit yet: nothing to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="293" />
            <source>Creating the demo district (Huyện Thọ Xuân)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="294" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="296" />
            <source>HoiVien demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="330" />
            <source>This build has no demo generator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="374" />
            <source>Unknown page %1; the pages are: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="386" />
            <location filename="../../src/ui/startup.cpp" line="428" />
            <location filename="../../src/ui/startup.cpp" line="455" />
            <location filename="../../src/ui/startup.cpp" line="478" />
            <location filename="../../src/ui/startup.cpp" line="502" />
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="403" />
            <source>No club or model in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="450" />
            <source>Unknown page %1, or no list given with --import.</source>
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
        <name>hv::TargetsGrid</name>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="16" />
            <source>New members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="17" />
            <source>Trainings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="18" />
            <source>Members trained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="19" />
            <source>Awards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="20" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="21" />
            <source>Households 5K3S/5C3S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="53" />
            <source>&lt;b&gt;Targets of the year&lt;/b&gt; per unit, with what was achieved beside each (from the data entered, as the annual report counts it). Type or paste the targets; the green columns are computed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="73" />
            <source>Whole %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="86" />
            <source>%1
target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="86" />
            <source>Target: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="87" />
            <source>%1
achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="88" />
            <source>Achieved in the year, computed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::TemplateDialog</name>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="37" />
            <source>Fill the Excel form of the level above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="41" />
            <source>Form (.xlsx):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="45" />
            <source>Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="49" />
            <source>For each figure, write the cell of the form it goes in (for example Sheet1!D12), and for the rows of the units below, the column (for example D).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="55" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="55" />
            <source>Cell for this unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="55" />
            <source>Column in the unit rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="68" />
            <source>Rows of the units below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="80" />
            <source>to the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="81" />
            <source>Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="82" />
            <source>Column of the unit names:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="83" />
            <source>From row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="84" />
            <source>To row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="92" />
            <source>Load mapping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="93" />
            <source>Save mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="94" />
            <source>Fill the form…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="179" />
            <source>Open the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="180" />
            <location filename="../../src/ui/templatedialog.cpp" line="209" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="190" />
            <source>Load mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="191" />
            <source>Mapping (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="201" />
            <source>Mapping saved as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="209" />
            <source>Save the filled form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="221" />
            <source>Filling the form…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="236" />
            <source>The form was not filled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="240" />
            <source>%1 cell(s) filled in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="242" />
            <source>Not units of this report, left as they were: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::Templates</name>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="74" />
            <source>%1 is not a valid workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="145" />
            <source>%1 is damaged: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="161" />
            <source>%1 has no worksheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="170" />
            <source>%1 has no sheet named %2; its sheets are: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="378" />
            <source>Cannot write %1: check the folder exists and is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="298" />
            <location filename="../../src/importing/xlsxtemplate.cpp" line="386" />
            <location filename="../../src/importing/xlsxtemplate.cpp" line="408" />
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="389" />
            <source>the form is not a workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="413" />
            <source>Cannot write %1: check the file is not open in another program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="226" />
            <source>The template mapping is not valid JSON: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="231" />
            <source>The template mapping names no template ("template": the form's .xlsx file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="237" />
            <source>The template mapping has a cell that is not a cell reference: "%1" (write it like Sheet1!D12).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="248" />
            <source>The template mapping's unit rows have no name column ("name_column": a column such as B).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="252" />
            <source>The template mapping puts %1 in "%2", which is not a column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="286" />
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::TrainingDialog</name>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="23" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="25" />
            <source>Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="27" />
            <source>Outside person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="47" />
            <source>Taking part as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="47" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="90" />
            <source>New training of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="90" />
            <source>Training: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/trainingdialog.cpp" line="180" />
            <source>%n participant(s) listed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>hv::TrainingRepository</name>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="71" />
            <source>Training "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="78" />
            <source>A training needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="82" />
            <source>the first day is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="84" />
            <source>the last day %1 is before the first day %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="86" />
            <source>the dates %1–%2 are outside the year %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="89" />
            <source>the organising unit is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="91" />
            <source>%1 did not exist on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="95" />
            <source>%1 attendees entered, but %2 participants are listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="101" />
            <source>an officer or outside participant needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="105" />
            <source>member %1 is listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="110" />
            <source>%1 was not an active member on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="111" />
            <source>member %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="148" />
            <source>No training has the number %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::TrainingsPage</name>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="22" />
            <source>&amp;New training…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="25" />
            <source>&amp;Edit training…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="28" />
            <source>&amp;Delete training…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="34" />
            <source>Trainings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="38" />
            <source>Double-click a class to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>Organised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="53" />
            <source>&lt;b&gt;Training classes of %1&lt;/b&gt; and the units below it, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="56" />
            <source>Choose a unit in the tree.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/trainingspage.cpp" line="69" />
            <source>%n class(es), </source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/trainingspage.cpp" line="70" />
            <source>%n attendee(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="109" />
            <source>Delete training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="110" />
            <source>Delete the training "%1" with its list of participants?</source>
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
            <location filename="../../src/storage/unitrepository.cpp" line="58" />
            <source>Only the office's administrator may add a unit at the top of the tree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="60" />
            <source>A unit with code %1 exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="124" />
            <source>Unknown unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="133" />
            <source>Cannot read the unit list %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="140" />
            <source>%1: the first line must be the header code,name,level,parent_code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="151" />
            <source>%1:%2: a unit needs a code, a name and a level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="168" />
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
            <location filename="../../src/storage/unityearrepository.cpp" line="15" />
            <source>The number of women cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="17" />
            <source>The basis must be present or eligible, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="54" />
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
        <name>hv::UsersDialog</name>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="20" />
            <source>Officer (reads and writes her units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="21" />
            <source>Viewer (reads, exports masked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="22" />
            <location filename="../../src/ui/usersdialog.cpp" line="43" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Failed sign-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="43" />
            <source>Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="43" />
            <source>Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="44" />
            <source>whole office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="61" />
            <source>The two passwords differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="78" />
            <source>Unknown unit code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="83" />
            <source>Account %1 added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="95" />
            <source>Select an account first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="102" />
            <source>Password of %1 changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="110" />
            <source>Remove account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="110" />
            <source>Remove the account %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="113" />
            <source>Account %1 removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hv::XlsxReader</name>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="111" />
            <source>%1, row %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="112" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="132" />
            <source>the workbook has no sheet "%1"; its sheets are: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="251" />
            <source>the sheet is not well-formed XML (line %1: %2); the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="254" />
            <source>the sheet ends too early; the file is truncated or damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="280" />
            <source>the sheet has a row numbered "%1" after row %2 (rows go from 1 to %3, in order); the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="284" />
            <source>the sheet has more than %1 rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="312" />
            <source>a cell has the reference "%1", which is no cell of a sheet; the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="314" />
            <source>the row has more than %1 columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="338" />
            <source>cell %1 holds more than %2 characters; a member list has no such cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="354" />
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
        <name>hv::YearListPage</name>
        <message>
            <location filename="../../src/ui/yearlistpage.cpp" line="81" />
            <source>&amp;Year:</source>
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
        <name>hv::backup</name>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="51" />
            <source>Not enough memory to derive the backup key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="57" />
            <location filename="../../src/storage/securebackup.cpp" line="131" />
            <location filename="../../src/storage/securebackup.cpp" line="167" />
            <location filename="../../src/storage/securebackup.cpp" line="203" />
            <location filename="../../src/storage/securebackup.cpp" line="244" />
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="91" />
            <source>it is not a HoiVien database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="96" />
            <source>it was written by a newer version of HoiVien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="110" />
            <source>Cannot rename %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="125" />
            <source>The backup passphrase is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="128" />
            <location filename="../../src/storage/securebackup.cpp" line="175" />
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="178" />
            <source>%1 is damaged (%2); nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="182" />
            <source>%1 is not an encrypted HoiVien backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="185" />
            <source>%1 is a backup of format %2, which this version cannot read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="187" />
            <location filename="../../src/storage/securebackup.cpp" line="194" />
            <source>the header is cut short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="191" />
            <source>the key cost in the header is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="199" />
            <source>the header is invalid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="210" />
            <location filename="../../src/storage/securebackup.cpp" line="217" />
            <source>the file ends before its last part: it was cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="213" />
            <location filename="../../src/storage/securebackup.cpp" line="228" />
            <source>Wrong passphrase for %1, or its beginning is damaged; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="214" />
            <source>at byte %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="230" />
            <source>the part at byte %1 does not authenticate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="234" />
            <source>the first part is not a backup's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="242" />
            <source>bytes follow its last part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="267" />
            <source>The backup %1 did not pass its check: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="287" />
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="290" />
            <source>The folder of %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="296" />
            <source>%1 is encrypted: give its passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="299" />
            <source>Cannot copy %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="302" />
            <source>%1 cannot be restored: %2. Nothing was restored.</source>
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
  report ranking --year Y --level commune|chapter --format json|csv|xlsx|pdf [--out FILE]
  rate --year Y --level commune|chapter   compute and store the year's ratings
  scorecard show|set [FILE.json] --year Y --level commune|chapter   read or edit the year's scorecard
  export members [--unit CODE] [--date YYYY-MM-DD] [--columns a,b,c] [--mask] --format csv|xlsx|pdf|html [--out FILE]
  export movements --year Y [--unit CODE] --format csv|xlsx|pdf|html [--out FILE]
  export member-sheet --id N --format pdf|html [--out FILE]
  search TEXT [--limit N]                 accent-insensitive search of members
  backup --out FILE [--encrypt]           consistent copy while the database is in use (encrypted: passphrase from HOIVIEN_BACKUP_PASSPHRASE or typed)
  restore --in FILE --db TARGET           put a backup back (checked first; TARGET is replaced in one step)
  user add NAME --role admin|officer|viewer [--unit CODE] | list | remove NAME | passwd NAME   accounts
  audit list [--member N] [--after ID] [--limit N] | verify | export [--format csv|json] [--out FILE]
  erase --id N                            erase a member's personal data on her request (counts kept)
  copy --to TARGET                        the whole database into a new SQLite file or an empty server database
  check                                   integrity and foreign-key check
  batches                                 list the imports, with their numbers
  undo-import BATCH_ID                    remove what an import added and restore what it updated
  demo --out FILE [--unit CODE] [--members N] [--seed S]   realistic demo database

--db FILE is an SQLite file (created if missing) or a server, postgresql://user@host:port/database;
without it the desktop's default database is used.
--user NAME signs in when the database has accounts (password from HOIVIEN_PASSWORD or typed).
Exit status: 0 success, 1 input refused, 2 usage error, 3 database cannot be opened or is damaged.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="95" />
            <source>Unknown command %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="98" />
            <source>Run hoivien-cli --help for the commands and options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="114" />
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
            <location filename="../../src/cli/commands.cpp" line="189" />
            <source>This database already belongs to %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="192" />
            <source>%1 (%2): %3 units created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="241" />
            <source>%1: refused, %2 error(s) in %3 row(s); nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="246" />
            <source>%1: dry run, nothing written: %2 row(s) read, %3 would be added, %4 updated, %5 skipped (%6 ms).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="247" />
            <source>%1: %2 row(s) read, %3 added, %4 updated, %5 skipped (%6 ms).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="67" />
            <location filename="../../src/cli/commands.cpp" line="267" />
            <location filename="../../src/cli/exportcommands.cpp" line="81" />
            <source>--year is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="263" />
            <source>Usage: report annual|ranking ... (report annual --year Y --format json|csv|xlsx|pdf|html [--unit CODE] [--date YYYY-MM-DD] [--depth N] [--out FILE])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="273" />
            <location filename="../../src/cli/exportcommands.cpp" line="62" />
            <source>--date must be a date written YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="275" />
            <source>--date must be a day of the year given by --year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="75" />
            <source>--level is required (commune or chapter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="134" />
            <source>Usage: rate --year Y --level commune|chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="143" />
            <source>%1 unit(s) rated for %2 on scorecard version %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="155" />
            <source>Usage: scorecard show --year Y --level commune|chapter [--out FILE] | scorecard set FILE.json --year Y --level commune|chapter [--note TEXT]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="167" />
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="177" />
            <source>Scorecard %1 %2: version %3 stored; rate again to apply it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="202" />
            <source>Usage: import units|members|population|targets|trainings|awards|activities FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="207" />
            <source>Unknown import %1: use units, members, population, targets, trainings, awards or activities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="282" />
            <source>--format is required (json, csv, xlsx, pdf or html).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="411" />
            <source>undone %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="414" />
            <source>No import recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="424" />
            <source>Usage: undo-import BATCH_ID (hoivien-cli batches lists them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="428" />
            <source>Batch %1 undone: %2 member(s) removed, %3 restored as they were, %4 unit(s) removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="312" />
            <source>Usage: search TEXT [--limit N]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="86" />
            <source>--format is required (json, csv, xlsx or pdf).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="96" />
            <source>The office's unit is not set: run init first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="117" />
            <source>--template needs --out FILE.xlsx: the filled copy of the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="122" />
            <source>%1 cell(s) filled in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="124" />
            <source>Not a unit of the report, left as it was: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="327" />
            <source>No member matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="337" />
            <location filename="../../src/cli/commands.cpp" line="356" />
            <location filename="../../src/cli/securitycommands.cpp" line="216" />
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="341" />
            <location filename="../../src/cli/securitycommands.cpp" line="187" />
            <source>Backup passphrase: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="344" />
            <source>The backup passphrase is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="346" />
            <source>Backup written to %1 and verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="362" />
            <source>%1 is damaged: %2 problem(s) found. Restore the latest backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="365" />
            <source>%1: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="378" />
            <source>%1 exists already: remove it or choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="396" />
            <source>%1: %2 units, %3 members, %4 events (%5 s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="46" />
            <source>Usage: export members|movements|member-sheet --format FORMAT [options]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="52" />
            <source>--format is required (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="75" />
            <source>%1 member(s) exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="89" />
            <source>%1 movement(s) exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="94" />
            <source>--id is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="45" />
            <source>(whole tree)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="62" />
            <source>Usage: user add NAME --role admin|officer|viewer [--unit CODE] | user list | user remove NAME | user passwd NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="75" />
            <source>Account %1 removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="81" />
            <source>New password of %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="82" />
            <source>Password of %1 changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="88" />
            <source>--role is required (admin, officer or viewer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="94" />
            <source>Unknown unit code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="97" />
            <source>Password of the new account %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="99" />
            <source>Account %1 added (%2, %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="114" />
            <source>Usage: audit list [--member N] [--after ID] [--limit N] | audit verify | audit export [--format csv|json] [--out FILE]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="122" />
            <source>The audit log was altered: entry %1 is the first bad one (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="128" />
            <source>ok: %1 entries, last hash %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="160" />
            <source>%1 entries exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="168" />
            <source>--db TARGET is required: the database the backup replaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="179" />
            <source>%1 cannot be opened (%2); it is replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="189" />
            <source>%1 restored to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="198" />
            <source>Usage: erase --id N (the member's number, as search prints it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="202" />
            <source>The personal data of member %1 was erased; her movements stay in the counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="213" />
            <source>--to is required: a new SQLite file or an empty server database (postgresql://…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="218" />
            <source>%1 exists already: the copy goes into a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="230" />
            <source>%1 rows copied to %2 and compared with the source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="45" />
            <source>Set %1, or run the command on a terminal to type it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="47" />
            <source>Again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="48" />
            <source>The two entries differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="60" />
            <source>This database has accounts: sign in with --user NAME (the password from HOIVIEN_PASSWORD or typed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="61" />
            <source>Password of %1: </source>
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
