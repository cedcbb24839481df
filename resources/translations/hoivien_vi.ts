<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../ui/auditdialog.ui" line="14" />
            <source>Audit log</source>
            <translation>Nhật ký</translation>
        </message>
        <message>
            <location filename="../../ui/auditdialog.ui" line="35" />
            <source>&amp;Verify the chain</source>
            <translation>&amp;Kiểm tra chuỗi nhật ký</translation>
        </message>
        <message>
            <location filename="../../ui/auditdialog.ui" line="42" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Xuất CSV…</translation>
        </message>
    </context>
    <context>
        <name>AwardDialog</name>
        <message>
            <location filename="../../ui/awarddialog.ui" line="14" />
            <source>Award</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="20" />
            <source>Recipient</source>
            <translation>Người/đơn vị được khen</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="28" />
            <source>To a &amp;member</source>
            <translation>Cho hội &amp;viên</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="38" />
            <source>To a &amp;unit (collective)</source>
            <translation>Ch&amp;o đơn vị (tập thể)</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="54" />
            <source>Name or citizen ID, tone marks not needed</source>
            <translation>Họ tên hoặc số CCCD, không cần gõ dấu</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="89" />
            <source>&amp;Form:</source>
            <translation>&amp;Hình thức:</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="102" />
            <source>&amp;Title:</source>
            <translation>&amp;Danh hiệu:</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="112" />
            <source>e.g. Phụ nữ tiêu biểu</source>
            <translation>ví dụ: Phụ nữ tiêu biểu</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="119" />
            <source>&amp;Issued by:</source>
            <translation>&amp;Cấp khen:</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="132" />
            <source>&amp;Emulation year:</source>
            <translation>Năm &amp;thi đua:</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="152" />
            <source>&amp;Status:</source>
            <translation>Trạn&amp;g thái:</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="165" />
            <source>&amp;Decision no.:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="175" />
            <source>e.g. 45/QĐ-HPN</source>
            <translation>ví dụ: 45/QĐ-HPN</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="182" />
            <source>Decision &amp;date:</source>
            <translation>&amp;Ngày quyết định:</translation>
        </message>
        <message>
            <location filename="../../ui/awarddialog.ui" line="216" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
    </context>
    <context>
        <name>ClubDialog</name>
        <message>
            <location filename="../../ui/clubdialog.ui" line="14" />
            <source>Club or model</source>
            <translation>Câu lạc bộ, mô hình</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="22" />
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="32" />
            <source>e.g. CLB Phụ nữ với pháp luật</source>
            <translation>ví dụ: CLB Phụ nữ với pháp luật</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="39" />
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="52" />
            <source>&amp;Unit:</source>
            <translation>Đơn &amp;vị:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="62" />
            <source>The unit the club or model belongs to; its members are members of this unit or of a unit below it.</source>
            <translation>Đơn vị có câu lạc bộ, mô hình; thành viên là hội viên của đơn vị này hoặc của đơn vị trực thuộc.</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="69" />
            <source>R&amp;ecorded on:</source>
            <translation>Ngày &amp;ghi nhận:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="81" />
            <source>The day the club and its members are counted on: its year is the record's year, and the members must be active members then.</source>
            <translation>Ngày tính câu lạc bộ và thành viên: năm của ngày này là năm của bản ghi, và thành viên phải là hội viên đang sinh hoạt vào ngày đó.</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="94" />
            <source>&amp;Founded on:</source>
            <translation>Ngày thành lậ&amp;p:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="97" />
            <source>Tick when the founding date is known.</source>
            <translation>Đánh dấu khi biết ngày thành lập.</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="123" />
            <source>No&amp;tes:</source>
            <translation>Ghi c&amp;hú:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="138" />
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="146" />
            <source>Find &amp;members:</source>
            <translation>Tì&amp;m hội viên:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="156" />
            <source>Name or citizen ID, tone marks not needed</source>
            <translation>Họ tên hoặc số CCCD, không cần gõ dấu</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="166" />
            <source>&amp;Add selected</source>
            <translation>Thêm người đã &amp;chọn</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="181" />
            <source>Select several with Ctrl or Shift; double-click adds one.</source>
            <translation>Chọn nhiều người bằng Ctrl hoặc Shift; nhấp đúp để thêm một người.</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="200" />
            <source>&amp;Only the number of members is known:</source>
            <translation>Chỉ biết &amp;số thành viên:</translation>
        </message>
        <message>
            <location filename="../../ui/clubdialog.ui" line="228" />
            <source>&amp;Remove from the list</source>
            <translation>&amp;Xoá khỏi danh sách</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="14" />
            <source>HoiVien — set up the office</source>
            <translation>HoiVien — thiết lập văn phòng</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="21" />
            <source>Welcome to HoiVien</source>
            <translation>Chào mừng đến với HoiVien</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="24" />
            <source>The member register of the Women's Union. A few steps set up the register of your office.</source>
            <translation>Sổ hội viên của Hội Liên hiệp Phụ nữ. Vài bước sau đây thiết lập sổ hội viên cho văn phòng của chị.</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="30" />
            <source>Language of the program (it can be changed later in the Language menu):</source>
            <translation>Ngôn ngữ của chương trình (có thể đổi sau trong trình đơn Ngôn ngữ):</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="65" />
            <source>The office's unit</source>
            <translation>Đơn vị của văn phòng</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="68" />
            <source>Pick the province, then the district or commune your office manages. Type to search; tone marks are not needed.</source>
            <translation>Chọn tỉnh, rồi chọn huyện hoặc xã mà văn phòng quản lý. Gõ để tìm; không cần gõ dấu.</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="76" />
            <source>&amp;Province:</source>
            <translation>&amp;Tỉnh/thành phố:</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="86" />
            <source>Search, e.g. thanh hoa</source>
            <translation>Tìm, ví dụ: thanh hoa</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="103" />
            <source>&amp;District or commune:</source>
            <translation>&amp;Huyện hoặc xã:</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="113" />
            <source>Search, e.g. tho xuan</source>
            <translation>Tìm, ví dụ: tho xuan</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="129" />
            <source>Create the register</source>
            <translation>Tạo sổ hội viên</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="132" />
            <source>Check the unit. Finish creates it and the units below it from the official list.</source>
            <translation>Kiểm tra lại đơn vị. Bấm Hoàn tất để tạo đơn vị này và các đơn vị trực thuộc theo danh mục hành chính.</translation>
        </message>
        <message>
            <location filename="../../ui/firstrunwizard.ui" line="148" />
            <source>Afterwards, add the chapters of each commune on the Units page (Ctrl+3) and enter the members on the Members page (Ctrl+2).</source>
            <translation>Sau đó, thêm các chi hội của từng xã ở trang Đơn vị (Ctrl+3) và nhập hội viên ở trang Hội viên (Ctrl+2).</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/logindialog.ui" line="14" />
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <location filename="../../ui/logindialog.ui" line="29" />
            <source>&amp;Account:</source>
            <translation>&amp;Tài khoản:</translation>
        </message>
        <message>
            <location filename="../../ui/logindialog.ui" line="42" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.ui" line="37" />
            <source>Toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.ui" line="60" />
            <source>Organisation</source>
            <translation>Tổ chức Hội</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../ui/memberdialog.ui" line="20" />
            <source>Member</source>
            <translation>Hội viên</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="31" />
            <source>C&amp;hapter:</source>
            <translation>C&amp;hi hội:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="74" />
            <source>Personal information</source>
            <translation>Thông tin cá nhân</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="83" />
            <source>Full &amp;name:</source>
            <translation>Họ và &amp;tên:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="93" />
            <source>as on the citizen ID card</source>
            <translation>như trên thẻ căn cước</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="113" />
            <source>Date of &amp;birth:</source>
            <translation>Ngày &amp;sinh:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="125" />
            <source>dd/mm/yyyy or the year</source>
            <translation>dd/mm/yyyy hoặc chỉ năm</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="132" />
            <source>Only the &amp;year is known</source>
            <translation>Chỉ biết &amp;năm sinh</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="151" />
            <source>&amp;Sex:</source>
            <translation>&amp;Giới tính:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="174" />
            <source>&amp;Citizen ID (CCCD):</source>
            <translation>Số &amp;CCCD:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="184" />
            <source>12 digits</source>
            <translation>12 chữ số</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="204" />
            <source>I have checked the card: &amp;keep this number</source>
            <translation>Đã kiểm tra thẻ: &amp;giữ số này</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="211" />
            <source>&amp;Ethnicity:</source>
            <translation>&amp;Dân tộc:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="234" />
            <source>&amp;Religion:</source>
            <translation>Tôn &amp;giáo:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="258" />
            <source>Education</source>
            <translation>Trình độ</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="267" />
            <source>General &amp;education:</source>
            <translation>Học &amp;vấn:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="284" />
            <source>&amp;Professional level:</source>
            <translation>Chuyên &amp;môn:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="301" />
            <source>Political &amp;theory:</source>
            <translation>&amp;Lý luận chính trị:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="318" />
            <source>&amp;Occupation:</source>
            <translation>Nghề ng&amp;hiệp:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="331" />
            <source>Member of the Communist &amp;Party of Vietnam</source>
            <translation>&amp;Đảng viên Đảng Cộng sản Việt Nam</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="338" />
            <source>Admitted to the party on:</source>
            <translation>Ngày vào Đảng:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="348" />
            <location filename="../../ui/memberdialog.ui" line="375" />
            <location filename="../../ui/memberdialog.ui" line="475" />
            <location filename="../../ui/memberdialog.ui" line="545" />
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="365" />
            <source>Full party member since:</source>
            <translation>Ngày chính thức:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="393" />
            <source>Contact</source>
            <translation>Liên hệ</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="402" />
            <source>&amp;Address (hamlet, village):</source>
            <translation>Địa &amp;chỉ (thôn, xóm):</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="415" />
            <source>P&amp;hone:</source>
            <translation>Điện t&amp;hoại:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="443" />
            <source>Union membership</source>
            <translation>Sinh hoạt Hội</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="452" />
            <source>Member &amp;type:</source>
            <translation>&amp;Loại hội viên:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="465" />
            <source>&amp;Joined on:</source>
            <translation>Ngày vào &amp;Hội:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="492" />
            <source>How she &amp;joined:</source>
            <translation>&amp;Hình thức:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="505" />
            <source>Admission &amp;decision:</source>
            <translation>&amp;Quyết định kết nạp:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="515" />
            <source>number of the decision</source>
            <translation>số quyết định</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="522" />
            <source>Membership &amp;card number:</source>
            <translation>Số &amp;thẻ hội viên:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="535" />
            <source>Card &amp;issued on:</source>
            <translation>Ngày &amp;cấp thẻ:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="562" />
            <source>C&amp;ore member</source>
            <translation>Hội viên &amp;nòng cốt</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="569" />
            <source>&amp;Household situation:</source>
            <translation>Hoàn cảnh &amp;gia đình:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="586" />
            <source>N&amp;otes:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="604" />
            <source>History</source>
            <translation>Quá trình</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="620" />
            <source>Movements:</source>
            <translation>Biến động:</translation>
        </message>
        <message>
            <location filename="../../ui/memberdialog.ui" line="643" />
            <source>Positions in the union:</source>
            <translation>Chức vụ trong Hội:</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/mergedialog.ui" line="14" />
            <source>Merge a unit</source>
            <translation>Sáp nhập đơn vị</translation>
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="35" />
            <source>Merge &amp;into:</source>
            <translation>Sáp nhập &amp;vào:</translation>
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="48" />
            <source>&amp;From (effective date):</source>
            <translation>&amp;Từ ngày (ngày hiệu lực):</translation>
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="68" />
            <source>&amp;Decision number:</source>
            <translation>Số &amp;quyết định:</translation>
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="78" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation>ví dụ: 12/QĐ-HPN</translation>
        </message>
        <message>
            <location filename="../../ui/mergedialog.ui" line="87" />
            <source>&amp;Keep its chapters and groups: recreate them under the target</source>
            <translation>&amp;Giữ các chi hội và tổ: lập lại chúng dưới đơn vị nhận</translation>
        </message>
    </context>
    <context>
        <name>MovementDialog</name>
        <message>
            <location filename="../../ui/movementdialog.ui" line="14" />
            <source>Record a movement</source>
            <translation>Ghi biến động</translation>
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="35" />
            <source>&amp;Date:</source>
            <translation>&amp;Ngày:</translation>
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="55" />
            <source>Decision &amp;number:</source>
            <translation>Số &amp;quyết định:</translation>
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="65" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation>ví dụ: 12/QĐ-HPN</translation>
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="72" />
            <source>&amp;Chapter:</source>
            <translation>&amp;Chi hội:</translation>
        </message>
        <message>
            <location filename="../../ui/movementdialog.ui" line="85" />
            <source>N&amp;otes:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="14" />
            <source>Backup passphrase</source>
            <translation>Cụm mật khẩu sao lưu</translation>
        </message>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="27" />
            <source>&amp;Encrypt the backup with a passphrase</source>
            <translation>&amp;Mã hoá bản sao lưu bằng cụm mật khẩu</translation>
        </message>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="39" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cụm mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../ui/passphrasedialog.ui" line="56" />
            <source>&amp;Again:</source>
            <translation>&amp;Nhập lại:</translation>
        </message>
    </context>
    <context>
        <name>ScorecardDialog</name>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="14" />
            <source>Scorecard</source>
            <translation>Thang điểm</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="32" />
            <source>&amp;Name:</source>
            <translation>Tê&amp;n:</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="45" />
            <source>&amp;Maximum points:</source>
            <translation>Điểm tối đ&amp;a:</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="67" />
            <source>&amp;Criteria (the points must add up to the maximum):</source>
            <translation>&amp;Tiêu chí (tổng điểm phải bằng điểm tối đa):</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="82" />
            <source>Add criterion</source>
            <translation>Thêm tiêu chí</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="89" />
            <source>Remove criterion</source>
            <translation>Bỏ tiêu chí</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="112" />
            <source>&amp;Grades, best first (conditions: criterion &gt;= points, separated by ;):</source>
            <translation>&amp;Mức xếp loại, từ cao đến thấp (điều kiện: tiêu chí &gt;= điểm, cách nhau bằng ;):</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="131" />
            <source>Add grade</source>
            <translation>Thêm mức xếp loại</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="138" />
            <source>Remove grade</source>
            <translation>Bỏ mức xếp loại</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="156" />
            <source>Note for this &amp;version:</source>
            <translation>&amp;Ghi chú cho phiên bản này:</translation>
        </message>
        <message>
            <location filename="../../ui/scorecarddialog.ui" line="166" />
            <source>e.g. Hướng dẫn 05/HD-HPN of the province</source>
            <translation>ví dụ: Hướng dẫn 05/HD-HPN của tỉnh</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../ui/splitdialog.ui" line="14" />
            <source>Split a unit</source>
            <translation>Chia tách đơn vị</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="35" />
            <source>&amp;From (effective date):</source>
            <translation>&amp;Từ ngày (ngày hiệu lực):</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="55" />
            <source>&amp;Decision number:</source>
            <translation>Số &amp;quyết định:</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="65" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation>ví dụ: 12/QĐ-HPN</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="74" />
            <source>New units</source>
            <translation>Các đơn vị mới</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="92" />
            <source>&amp;Add</source>
            <translation>&amp;Thêm</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="99" />
            <source>&amp;Remove</source>
            <translation>&amp;Bỏ</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="118" />
            <source>Where each chapter and member goes</source>
            <translation>Chi hội và hội viên chuyển về đâu</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="129" />
            <source>Give the selected rows &amp;to:</source>
            <translation>Giao các dòng đã chọn &amp;cho:</translation>
        </message>
        <message>
            <location filename="../../ui/splitdialog.ui" line="149" />
            <source>&amp;Give</source>
            <translation>&amp;Giao</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="14" />
            <source>Training</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="22" />
            <source>&amp;Title:</source>
            <translation>Tên &amp;lớp:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="32" />
            <source>e.g. Tập huấn nghiệp vụ chi hội trưởng</source>
            <translation>ví dụ: Tập huấn nghiệp vụ chi hội trưởng</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="39" />
            <source>&amp;Organised by:</source>
            <translation>Đơn &amp;vị tổ chức:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="52" />
            <source>&amp;Level:</source>
            <translation>Cấ&amp;p:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="65" />
            <source>&amp;From:</source>
            <translation>&amp;Từ ngày:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="87" />
            <source>&amp;to:</source>
            <translation>đế&amp;n ngày:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="116" />
            <source>&amp;Place:</source>
            <translation>Đị&amp;a điểm:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="129" />
            <source>T&amp;opic:</source>
            <translation>C&amp;hủ đề:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="142" />
            <source>N&amp;otes:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="157" />
            <source>Participants</source>
            <translation>Người tham gia</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="165" />
            <source>Find &amp;members:</source>
            <translation>Tì&amp;m hội viên:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="175" />
            <source>Name or citizen ID, tone marks not needed</source>
            <translation>Họ tên hoặc số CCCD, không cần gõ dấu</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="185" />
            <source>&amp;Add selected</source>
            <translation>Thêm người đã &amp;chọn</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="200" />
            <source>Select several with Ctrl or Shift; double-click adds one.</source>
            <translation>Chọn nhiều người bằng Ctrl hoặc Shift; nhấp đúp để thêm một người.</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="212" />
            <source>Full name of an officer or an outside person</source>
            <translation>Họ tên cán bộ hoặc người ngoài Hội</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="219" />
            <source>Add &amp;person</source>
            <translation>Thêm người &amp;khác</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="240" />
            <source>Only the &amp;number of attendees is known:</source>
            <translation>Chỉ biết &amp;số người dự:</translation>
        </message>
        <message>
            <location filename="../../ui/trainingdialog.ui" line="268" />
            <source>&amp;Remove from the list</source>
            <translation>&amp;Xoá khỏi danh sách</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <location filename="../../ui/unitdialog.ui" line="14" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="25" />
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="35" />
            <source>e.g. Chi hội Thôn 3</source>
            <translation>ví dụ: Chi hội Thôn 3</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="42" />
            <source>&amp;Code:</source>
            <translation>&amp;Mã:</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="55" />
            <source>&amp;Level:</source>
            <translation>&amp;Cấp:</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="68" />
            <source>&amp;Belongs to:</source>
            <translation>&amp;Trực thuộc:</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="81" />
            <source>Exists &amp;from:</source>
            <translation>Thành lập &amp;từ:</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="98" />
            <source>Ceases &amp;on:</source>
            <translation>Giải thể &amp;ngày:</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="115" />
            <source>&amp;Decision number:</source>
            <translation>Số &amp;quyết định:</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="125" />
            <source>e.g. 12/QĐ-HPN</source>
            <translation>ví dụ: 12/QĐ-HPN</translation>
        </message>
        <message>
            <location filename="../../ui/unitdialog.ui" line="134" />
            <source>To close, merge or split a unit with members, use Close, Merge or Split: they move the members with their history.</source>
            <translation>Muốn giải thể, sáp nhập hay chia tách một đơn vị có hội viên, hãy dùng Giải thể, Sáp nhập hoặc Chia tách: các lệnh này chuyển hội viên cùng quá trình của họ.</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../ui/usersdialog.ui" line="14" />
            <source>Accounts</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="35" />
            <source>&amp;Account:</source>
            <translation>&amp;Tài khoản:</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="48" />
            <source>&amp;Role:</source>
            <translation>Vai t&amp;rò:</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="61" />
            <source>&amp;Unit code:</source>
            <translation>Mã đơn &amp;vị:</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="71" />
            <source>empty: the whole office</source>
            <translation>để trống: toàn văn phòng</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="78" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="95" />
            <source>&amp;Again:</source>
            <translation>&amp;Nhập lại:</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="116" />
            <source>&amp;Add account</source>
            <translation>Thêm tài &amp;khoản</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="123" />
            <source>&amp;Set password of the selected</source>
            <translation>Đặt mật khẩu &amp;cho tài khoản đã chọn</translation>
        </message>
        <message>
            <location filename="../../ui/usersdialog.ui" line="130" />
            <source>&amp;Remove the selected</source>
            <translation>&amp;Xoá tài khoản đã chọn</translation>
        </message>
    </context>
    <context>
        <name>hv::AccessScope</name>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="62" />
            <source>The session is locked: sign in again.</source>
            <translation>Phiên làm việc đã khoá: hãy đăng nhập lại.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="69" />
            <source>The account %1 may read but not change the register.</source>
            <translation>Tài khoản %1 chỉ được xem, không được sửa sổ hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="76" />
            <source>Only the office's administrator may do this.</source>
            <translation>Chỉ quản trị của văn phòng mới được làm việc này.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="97" />
            <source>The unit %1 is outside the units of the account %2.</source>
            <translation>Đơn vị %1 nằm ngoài các đơn vị của tài khoản %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accessscope.cpp" line="121" />
            <source>The member %1 is not in the units of the account %2: she cannot be changed from here.</source>
            <translation>Hội viên %1 không thuộc các đơn vị của tài khoản %2: không sửa được từ tài khoản này.</translation>
        </message>
    </context>
    <context>
        <name>hv::AccountRepository</name>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="48" />
            <source>Not enough memory to protect the password.</source>
            <translation>Không đủ bộ nhớ để bảo vệ mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="92" />
            <source>The first account must be an administrator of the whole office.</source>
            <translation>Tài khoản đầu tiên phải là quản trị của toàn văn phòng.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="97" />
            <source>An account name must not be empty or contain spaces.</source>
            <translation>Tên tài khoản không được để trống hoặc chứa dấu cách.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="99" />
            <source>The account %1 exists already.</source>
            <translation>Tài khoản %1 đã có.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="105" />
            <source>The unit of the account does not exist.</source>
            <translation>Đơn vị của tài khoản không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="125" />
            <location filename="../../src/storage/accountrepository.cpp" line="146" />
            <source>There is no account %1.</source>
            <translation>Không có tài khoản %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="130" />
            <source>%1 is the last administrator of the whole office and cannot be removed.</source>
            <translation>%1 là quản trị cuối cùng của toàn văn phòng nên không xoá được.</translation>
        </message>
        <message>
            <location filename="../../src/storage/accountrepository.cpp" line="35" />
            <source>The password must have at least %1 characters.</source>
            <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
        </message>
    </context>
    <context>
        <name>hv::ActivitiesGrid</name>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="39" />
            <source>&lt;b&gt;Activities of the year&lt;/b&gt;, one row per unit: type the number of sessions, people supported or households, and the amount in đồng, as in Excel (Enter goes down, a block copied from Excel can be pasted, Delete empties a cell and deletes the record). Grey cells hold several records with their own dates: they are kept as entered. Green columns count the clubs and models, entered with their members in the Clubs and models tab.</source>
            <translation>&lt;b&gt;Hoạt động trong năm&lt;/b&gt;, mỗi đơn vị một dòng: gõ số buổi, số người được hỗ trợ hoặc số hộ, và số tiền bằng đồng, như trong Excel (Enter để xuống dòng, có thể dán một vùng sao chép từ Excel, Delete xoá trống ô và xoá bản ghi). Các ô màu xám gồm nhiều bản ghi có ngày riêng: được giữ nguyên như đã nhập. Các cột màu xanh đếm câu lạc bộ, mô hình, được nhập cùng thành viên ở thẻ Câu lạc bộ, mô hình.</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="62" />
            <source>%1 (its own)</source>
            <translation>%1 (của riêng đơn vị)</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="70" />
            <source>%1: how many there are, one record per group with its members; add and edit them in the Clubs and models tab.</source>
            <translation>%1: số hiện có, mỗi câu lạc bộ, mô hình một bản ghi kèm thành viên; thêm và sửa ở thẻ Câu lạc bộ, mô hình.</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="75" />
            <source>%1
(đồng)</source>
            <translation>%1
(đồng)</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="76" />
            <source>Amount or value in đồng: %1</source>
            <translation>Số tiền hoặc giá trị (đồng): %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiesgrid.cpp" line="77" />
            <source>Number (sessions, people, households): %1</source>
            <translation>Số lượng (buổi, người, hộ): %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/activitiesgrid.cpp" line="98" />
            <source>%n record(s), </source>
            <translation>
                <numerusform>%n bản ghi, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/activitiesgrid.cpp" line="98" />
            <source>%n member(s) in all</source>
            <translation>
                <numerusform>tổng cộng %n thành viên</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/activitiesgrid.cpp" line="108" />
            <source>%n record(s) with their own dates or names; the total is shown.</source>
            <translation>
                <numerusform>%n bản ghi có ngày hoặc tên riêng; đang hiện tổng số.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::ActivitiesPage</name>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="52" />
            <source>&amp;Save figures</source>
            <translation>&amp;Lưu số liệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="84" />
            <location filename="../../src/ui/activitiespage.cpp" line="89" />
            <source>Activities</source>
            <translation>Hoạt động</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="88" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="90" />
            <source>Clubs and models</source>
            <translation>Câu lạc bộ, mô hình</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="91" />
            <source>Targets and results</source>
            <translation>Chỉ tiêu và kết quả</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="130" />
            <source>&lt;b&gt;%1&lt;/b&gt;: activities and targets of %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: hoạt động và chỉ tiêu năm %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/activitiespage.cpp" line="131" />
            <source>Choose a unit in the tree.</source>
            <translation>Chọn một đơn vị trên cây.</translation>
        </message>
    </context>
    <context>
        <name>hv::ActivityRepository</name>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="87" />
            <source>Activity %1 (%2): %3</source>
            <translation>Hoạt động thứ %1 (%2): %3</translation>
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="90" />
            <source>unknown kind; use one of %1.</source>
            <translation>loại hoạt động không hợp lệ; dùng một trong: %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="92" />
            <source>the date %1 is outside the year %2.</source>
            <translation>ngày %1 không thuộc năm %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="94" />
            <source>counts and amounts cannot be negative.</source>
            <translation>số lượng và số tiền không được âm.</translation>
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="104" />
            <source>the record no longer exists.</source>
            <translation>bản ghi này không còn nữa.</translation>
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="109" />
            <source>the unit is unknown.</source>
            <translation>không có đơn vị này.</translation>
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="111" />
            <source>%1 did not exist on %2.</source>
            <translation>%1 không tồn tại vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/activityrepository.cpp" line="114" />
            <source>member %1 was not an active member on %2.</source>
            <translation>hội viên số %1 không sinh hoạt vào ngày %2.</translation>
        </message>
    </context>
    <context>
        <name>hv::AnnualReport</name>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="191" />
            <source>The depth must be 1, 2 or 3.</source>
            <translation>Độ sâu phải là 1, 2 hoặc 3.</translation>
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="65" />
            <source>The database has no office unit yet: run init first.</source>
            <translation>Cơ sở dữ liệu chưa có đơn vị của văn phòng: hãy chạy init trước.</translation>
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="68" />
            <source>Unknown unit code %1.</source>
            <translation>Không có đơn vị mã %1.</translation>
        </message>
        <message>
            <location filename="../../src/reports/annualreport.cpp" line="200" />
            <source>The cut-off date %1 is not in %2.</source>
            <translation>Ngày chốt số liệu %1 không thuộc năm %2.</translation>
        </message>
    </context>
    <context>
        <name>hv::AuditDialog</name>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Account</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Record</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="25" />
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="28" />
            <source>Export the audit log</source>
            <translation>Xuất nhật ký</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="29" />
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="57" />
            <source>%1 entries.</source>
            <translation>%1 mục.</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="64" />
            <source>The chain is whole: %1 entries. Last hash %2 (write it down to detect entries removed from the end).</source>
            <translation>Chuỗi nhật ký còn nguyên vẹn: %1 mục. Mã băm cuối %2 (hãy ghi lại để phát hiện các mục bị xoá ở cuối).</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="67" />
            <source>The audit log was altered: entry %1 is the first bad one (%2).</source>
            <translation>Nhật ký đã bị sửa đổi: mục %1 là mục sai đầu tiên (%2).</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="78" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/auditdialog.cpp" line="80" />
            <source>%1 entries exported to %2.</source>
            <translation>Đã xuất %1 mục vào %2.</translation>
        </message>
    </context>
    <context>
        <name>hv::AwardDialog</name>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="17" />
            <source>Central Union</source>
            <translation>Trung ương Hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="18" />
            <source>Provincial Union</source>
            <translation>Hội LHPN tỉnh</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="19" />
            <source>District Union</source>
            <translation>Hội LHPN huyện</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="20" />
            <source>Commune Union</source>
            <translation>Hội LHPN xã</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="21" />
            <source>People's Committee</source>
            <translation>Uỷ ban nhân dân</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="22" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="28" />
            <source>Proposed</source>
            <translation>Đề nghị</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="29" />
            <source>Approved</source>
            <translation>Đã duyệt</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="30" />
            <source>Refused</source>
            <translation>Không duyệt</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="43" />
            <source>The decision has a date</source>
            <translation>Quyết định có ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="54" />
            <location filename="../../src/ui/awarddialog.cpp" line="79" />
            <source>Awarded to: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Khen thưởng cho: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="72" />
            <source>New award of %1</source>
            <translation>Thêm khen thưởng của %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="72" />
            <source>Award: %1</source>
            <translation>Khen thưởng: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/awarddialog.cpp" line="131" />
            <source>Find the member the award is for: type her name and pick her in the list.</source>
            <translation>Tìm hội viên được khen thưởng: gõ họ tên rồi chọn trong danh sách.</translation>
        </message>
    </context>
    <context>
        <name>hv::AwardRepository</name>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="71" />
            <source>Award "%1" of %2: %3</source>
            <translation>Khen thưởng "%1" năm %2: %3</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="76" />
            <source>unknown form %1; use one of %2.</source>
            <translation>hình thức khen thưởng %1 không hợp lệ; dùng một trong: %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="78" />
            <source>unknown issuing level %1; use one of %2.</source>
            <translation>cấp khen %1 không hợp lệ; dùng một trong: %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="80" />
            <source>unknown status %1.</source>
            <translation>trạng thái %1 không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="82" />
            <source>the emulation year must be between 1900 and 2100.</source>
            <translation>năm thi đua phải từ 1900 đến 2100.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="84" />
            <source>an approved award needs its decision number.</source>
            <translation>khen thưởng đã duyệt cần có số quyết định.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="87" />
            <source>the decision date %1 is outside the emulation year %2 and the year after.</source>
            <translation>ngày quyết định %1 không thuộc năm thi đua %2 hoặc năm sau đó.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="92" />
            <source>member %1 was not an active member on %2.</source>
            <translation>hội viên số %1 không sinh hoạt vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="97" />
            <source>the unit is unknown.</source>
            <translation>không có đơn vị này.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="99" />
            <source>%1 did not exist on %2.</source>
            <translation>%1 không tồn tại vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/awardrepository.cpp" line="125" />
            <location filename="../../src/storage/awardrepository.cpp" line="136" />
            <source>Award %1 does not exist.</source>
            <translation>Không có khen thưởng số %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::AwardsPage</name>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="25" />
            <source>&amp;New award…</source>
            <translation>&amp;Thêm khen thưởng…</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="28" />
            <source>&amp;Edit award…</source>
            <translation>&amp;Sửa khen thưởng…</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="31" />
            <source>&amp;Approve proposal…</source>
            <translation>&amp;Duyệt đề nghị…</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="34" />
            <source>&amp;Delete award…</source>
            <translation>&amp;Xoá khen thưởng…</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="40" />
            <source>Awards</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Title</source>
            <translation>Danh hiệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Awarded to</source>
            <translation>Khen cho</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="44" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Issued by</source>
            <translation>Cấp khen</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Decision no.</source>
            <translation>Số quyết định</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Decision date</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="45" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="54" />
            <source>&lt;b&gt;Awards of the emulation year %2&lt;/b&gt; to %1, the units below it and their members</source>
            <translation>&lt;b&gt;Khen thưởng năm thi đua %2&lt;/b&gt; cho %1, các đơn vị trực thuộc và hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="57" />
            <source>Choose a unit in the tree.</source>
            <translation>Chọn một đơn vị trên cây.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/awardspage.cpp" line="81" />
            <source>%n approved, </source>
            <translation>
                <numerusform>%n đã duyệt, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/awardspage.cpp" line="81" />
            <source>%n proposed</source>
            <translation>
                <numerusform>%n đề nghị</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="131" />
            <source>Delete award</source>
            <translation>Xoá khen thưởng</translation>
        </message>
        <message>
            <location filename="../../src/ui/awardspage.cpp" line="132" />
            <source>Delete the award "%1"?</source>
            <translation>Xoá khen thưởng "%1"?</translation>
        </message>
    </context>
    <context>
        <name>hv::BatchRepository</name>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="57" />
            <source>%1 member(s) of the import are outside the units of the account %2; nothing was imported.</source>
            <translation>%1 hội viên trong đợt nhập nằm ngoài các đơn vị của tài khoản %2; chưa nhập gì.</translation>
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="115" />
            <source>There is no import batch %1 (hoivien-cli batches lists them).</source>
            <translation>Không có đợt nhập số %1 (lệnh hoivien-cli batches liệt kê các đợt nhập).</translation>
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="117" />
            <source>Batch %1 is an import of %2; only member imports can be undone.</source>
            <translation>Đợt %1 là đợt nhập %2; chỉ hoàn tác được các đợt nhập hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="119" />
            <source>Batch %1 (%2) was undone already on %3.</source>
            <translation>Đợt nhập %1 (%2) đã được hoàn tác lúc %3.</translation>
        </message>
        <message>
            <location filename="../../src/storage/batchrepository.cpp" line="133" />
            <source>Batch %1 (%2) cannot be undone: %3 member(s) of it were changed or given movements after the import. Undo the later changes first, or correct the members one by one.</source>
            <translation>Không hoàn tác được đợt nhập %1 (%2): %3 hội viên của đợt này đã được sửa hoặc ghi thêm biến động sau khi nhập. Hãy hoàn tác các thay đổi sau đó trước, hoặc sửa từng hội viên một.</translation>
        </message>
    </context>
    <context>
        <name>hv::ChapterPicker</name>
        <message>
            <location filename="../../src/ui/chapterpicker.cpp" line="21" />
            <source>Choose the chapter...</source>
            <translation>Chọn chi hội...</translation>
        </message>
    </context>
    <context>
        <name>hv::ChartsPanel</name>
        <message>
            <location filename="../../src/ui/chartviews.cpp" line="100" />
            <source>The charts appear when the figures have been computed.</source>
            <translation>Biểu đồ sẽ hiện khi số liệu đã được tính.</translation>
        </message>
    </context>
    <context>
        <name>hv::CitizenId</name>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="59" />
            <source>The citizen ID is empty.</source>
            <translation>Chưa có số CCCD.</translation>
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="64" />
            <source>The citizen ID "%1" contains "%2"; it may contain only digits.</source>
            <translation>Số CCCD "%1" có "%2"; số CCCD chỉ gồm chữ số.</translation>
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="73" />
            <source>The citizen ID "%1" has 11 digits; it must have 12 (was its leading 0 lost in a spreadsheet?).</source>
            <translation>Số CCCD "%1" có 11 chữ số; phải đủ 12 (có phải Excel đã làm mất số 0 ở đầu?).</translation>
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="76" />
            <source>The citizen ID "%1" has %n digit(s); it must have 12.</source>
            <translation>Số CCCD "%1" có %n chữ số; phải đủ 12.</translation>
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="82" />
            <source>The citizen ID begins with %1, which is not the code of any province.</source>
            <translation>Số CCCD bắt đầu bằng %1, không phải mã của tỉnh nào.</translation>
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="89" />
            <source>The citizen ID is a man's (its 4th digit is %1) but the record says female.</source>
            <translation>Số CCCD là của nam (chữ số thứ 4 là %1) nhưng hồ sơ ghi là nữ.</translation>
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="91" />
            <source>The citizen ID is a woman's (its 4th digit is %1) but the record says male.</source>
            <translation>Số CCCD là của nữ (chữ số thứ 4 là %1) nhưng hồ sơ ghi là nam.</translation>
        </message>
        <message>
            <location filename="../../src/core/citizenid.cpp" line="98" />
            <source>The citizen ID gives birth year %1 but the record says %2.</source>
            <translation>Số CCCD cho năm sinh %1 nhưng hồ sơ ghi %2.</translation>
        </message>
    </context>
    <context>
        <name>hv::ClubDialog</name>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="23" />
            <source>Club</source>
            <translation>Câu lạc bộ</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="24" />
            <source>Model</source>
            <translation>Mô hình</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="25" />
            <source>Cooperative group</source>
            <translation>Tổ hợp tác</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="26" />
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="42" />
            <location filename="../../src/ui/clubdialog.cpp" line="169" />
            <source>member %1</source>
            <translation>hội viên số %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="50" />
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="50" />
            <source>Born</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="50" />
            <source>Unit on the day</source>
            <translation>Đơn vị vào ngày ghi nhận</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="59" />
            <source>(not active)</source>
            <translation>(không sinh hoạt)</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="92" />
            <source>New club or model of %1</source>
            <translation>Thêm câu lạc bộ, mô hình năm %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="93" />
            <source>Club or model: %1</source>
            <translation>Câu lạc bộ, mô hình: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="148" />
            <source>%1 was not an active member on %2.</source>
            <translation>%1 không phải hội viên đang sinh hoạt vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="151" />
            <source>%1 is a member of %2, not of %3 or a unit below it.</source>
            <translation>%1 là hội viên của %2, không thuộc %3 hay đơn vị trực thuộc.</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="161" />
            <source>Type the name of the club or model.</source>
            <translation>Hãy nhập tên câu lạc bộ, mô hình.</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="164" />
            <source>The founding date %1 is in the future.</source>
            <translation>Ngày thành lập %1 là một ngày trong tương lai.</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="166" />
            <source>The founding date %1 is after the day the club is recorded on (%2).</source>
            <translation>Ngày thành lập %1 sau ngày ghi nhận câu lạc bộ (%2).</translation>
        </message>
        <message>
            <location filename="../../src/ui/clubdialog.cpp" line="172" />
            <source>%1 members entered, but %2 are listed.</source>
            <translation>Đã nhập %1 thành viên, nhưng danh sách có %2 người.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/clubdialog.cpp" line="212" />
            <source>%n member(s) listed</source>
            <translation>
                <numerusform>Danh sách có %n thành viên</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::ClubList</name>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="75" />
            <source>&amp;New club or model…</source>
            <translation>&amp;Thêm câu lạc bộ, mô hình…</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="78" />
            <source>&amp;Edit club…</source>
            <translation>&amp;Sửa câu lạc bộ…</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="81" />
            <source>&amp;Delete club…</source>
            <translation>&amp;Xoá câu lạc bộ…</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="90" />
            <source>Double-click a club or model to open it.</source>
            <translation>Nhấp đúp vào một câu lạc bộ, mô hình để mở.</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Founded</source>
            <translation>Ngày thành lập</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="93" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="105" />
            <source>&lt;b&gt;Clubs and models of %1&lt;/b&gt; and the units below it, %2: each counts as one activity of the year, with its members from the register.</source>
            <translation>&lt;b&gt;Câu lạc bộ, mô hình của %1&lt;/b&gt; và các đơn vị trực thuộc, năm %2: mỗi câu lạc bộ, mô hình tính là một hoạt động trong năm, với thành viên lấy từ sổ hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="109" />
            <source>Choose a unit in the tree.</source>
            <translation>Chọn một đơn vị trên cây.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/clublist.cpp" line="134" />
            <source>%n club(s) or model(s), </source>
            <translation>
                <numerusform>%n câu lạc bộ/mô hình, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/clublist.cpp" line="135" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n thành viên</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="158" />
            <source>&lt;b&gt;Members of %1&lt;/b&gt; in the register:</source>
            <translation>&lt;b&gt;Thành viên của %1&lt;/b&gt; trong sổ hội viên:</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="159" />
            <source>Select a club or model to see its members.</source>
            <translation>Chọn một câu lạc bộ, mô hình để xem thành viên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="209" />
            <source>Delete club</source>
            <translation>Xoá câu lạc bộ</translation>
        </message>
        <message>
            <location filename="../../src/ui/clublist.cpp" line="210" />
            <source>Delete "%1" with its list of members?</source>
            <translation>Xoá "%1" cùng danh sách thành viên?</translation>
        </message>
    </context>
    <context>
        <name>hv::CsvReader</name>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="38" />
            <source>%1: the file does not exist.</source>
            <translation>%1: tệp không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="39" />
            <source>%1 is a folder, not a file.</source>
            <translation>%1 là thư mục, không phải tệp.</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="42" />
            <location filename="../../src/importing/csvreader.cpp" line="62" />
            <source>%1: cannot read the file (%2).</source>
            <translation>%1: không đọc được tệp (%2).</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="77" />
            <source>%1, row %2: %3</source>
            <translation>%1, dòng %2: %3</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="111" />
            <source>%1 is an Excel workbook (.xlsx) or another zip file, not CSV text. Import it as .xlsx, or save it from Excel as "CSV UTF-8".</source>
            <translation>%1 là sổ tính Excel (.xlsx) hoặc một tệp nén khác, không phải văn bản CSV. Hãy nhập dưới dạng .xlsx, hoặc trong Excel lưu thành "CSV UTF-8".</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="115" />
            <source>%1 is an old Excel workbook (.xls), not CSV text. Save it from Excel as .xlsx or as "CSV UTF-8".</source>
            <translation>%1 là sổ tính Excel đời cũ (.xls), không phải văn bản CSV. Trong Excel hãy lưu thành .xlsx hoặc "CSV UTF-8".</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="148" />
            <source>%1 contains NUL characters: it is a binary file, not CSV text.</source>
            <translation>%1 có ký tự NUL: đây là tệp nhị phân, không phải văn bản CSV.</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="163" />
            <source>%1 is not UTF-8 text: %2 byte sequences cannot be read. It is a binary file or was saved in an old Vietnamese encoding; save it from Excel as "CSV UTF-8".</source>
            <translation>%1 không phải văn bản UTF-8: có %2 chuỗi byte không đọc được. Đây là tệp nhị phân hoặc được lưu bằng bảng mã tiếng Việt cũ; trong Excel hãy lưu thành "CSV UTF-8".</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="323" />
            <source>column %1: the cell is longer than 1 MB; the file is damaged or is not a member list.</source>
            <translation>cột %1: ô dài quá 1 MB; tệp bị hỏng hoặc không phải danh sách hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="326" />
            <source>the row is longer than %1 MB; the file is damaged or is not a member list.</source>
            <translation>dòng dài quá %1 MB; tệp bị hỏng hoặc không phải danh sách hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="356" />
            <source>the file contains a NUL character: it is a binary file, not CSV text.</source>
            <translation>tệp có ký tự NUL: đây là tệp nhị phân, không phải văn bản CSV.</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="383" />
            <source>column %1: the quote that opens this cell is never closed (reached the end of the file).</source>
            <translation>cột %1: dấu nháy mở ô này không được đóng lại (đến hết tệp).</translation>
        </message>
        <message>
            <location filename="../../src/importing/csvreader.cpp" line="419" />
            <source>more than %1 cells in one row; the file is damaged or is not a member list.</source>
            <translation>một dòng có hơn %1 ô; tệp bị hỏng hoặc không phải danh sách hội viên.</translation>
        </message>
    </context>
    <context>
        <name>hv::Database</name>
        <message>
            <location filename="../../src/storage/database.cpp" line="95" />
            <source>%1 is not a file.</source>
            <translation>%1 không phải là tệp.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="99" />
            <source>%1 is not a HoiVien database (it is not an SQLite file, or it is damaged).</source>
            <translation>%1 không phải cơ sở dữ liệu HoiVien (không phải tệp SQLite, hoặc đã bị hỏng).</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="101" />
            <source>The folder of %1 does not exist.</source>
            <translation>Thư mục chứa %1 không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="106" />
            <location filename="../../src/storage/database.cpp" line="164" />
            <source>Cannot open %1: %2</source>
            <translation>Không mở được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="112" />
            <source>%1 is damaged or is not a database: %2</source>
            <translation>%1 bị hỏng hoặc không phải cơ sở dữ liệu: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="119" />
            <location filename="../../src/storage/database.cpp" line="267" />
            <location filename="../../src/storage/database.cpp" line="273" />
            <source>%1 is damaged: %2</source>
            <translation>%1 bị hỏng: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="124" />
            <source>%1 is an SQLite database of another program, not of HoiVien.</source>
            <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác, không phải của HoiVien.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="127" />
            <source>%1 was written by a newer version of HoiVien (schema %2; this program knows %3). Install the newer version; the file was not changed.</source>
            <translation>%1 được ghi bởi phiên bản HoiVien mới hơn (lược đồ %2; chương trình này chỉ biết %3). Hãy cài phiên bản mới hơn; tệp chưa bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="154" />
            <source>Cannot copy %1 to %2 before the upgrade.</source>
            <translation>Không sao chép được %1 sang %2 trước khi nâng cấp.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="172" />
            <location filename="../../src/storage/postgres.cpp" line="149" />
            <source>Missing migration %1.</source>
            <translation>Thiếu bước nâng cấp %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="223" />
            <source>The database refused a statement: %1</source>
            <translation>Cơ sở dữ liệu từ chối một câu lệnh: %1</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="256" />
            <source>%1 cannot be read: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="262" />
            <source>Table %1 cannot be read: %2</source>
            <translation>Không đọc được bảng %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="275" />
            <source>Table %1, row %2: reference to a missing row of %3</source>
            <translation>Bảng %1, dòng %2: tham chiếu tới một dòng không còn trong %3</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="301" />
            <source>The backup cannot overwrite the database itself.</source>
            <translation>Bản sao lưu không được ghi đè lên chính cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="296" />
            <location filename="../../src/storage/database.cpp" line="308" />
            <source>The backup to %1 failed: %2</source>
            <translation>Sao lưu vào %1 không thành công: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="326" />
            <source>the copy did not pass the integrity check</source>
            <translation>bản sao không qua được bước kiểm tra toàn vẹn</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="296" />
            <location filename="../../src/storage/database.cpp" line="331" />
            <source>cannot rename the copy</source>
            <translation>không đổi tên được bản sao</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="340" />
            <source>The connection to the server %1 was lost: %2. Your changes were not saved; try again when the server is reachable.</source>
            <translation>Mất kết nối tới máy chủ %1: %2. Những thay đổi của bạn chưa được lưu; hãy thử lại khi kết nối được máy chủ.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="349" />
            <source>Another workstation changed the same data at the same time: %1. Try again.</source>
            <translation>Một máy khác đã sửa cùng dữ liệu này vào cùng lúc: %1. Hãy thử lại.</translation>
        </message>
        <message>
            <location filename="../../src/storage/database.cpp" line="352" />
            <source>The database %1 is damaged: %2</source>
            <translation>Cơ sở dữ liệu %1 bị hỏng: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="174" />
            <location filename="../../src/storage/postgres.cpp" line="273" />
            <location filename="../../src/storage/postgres.cpp" line="286" />
            <location filename="../../src/storage/postgres.cpp" line="298" />
            <source>The database refused the operation: %1</source>
            <translation>Cơ sở dữ liệu từ chối thao tác: %1</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="58" />
            <source>The server %1 cannot be reached: %2. Your changes were not saved; try again when the server is reachable.</source>
            <translation>Không kết nối được máy chủ %1: %2. Những thay đổi của bạn chưa được lưu; hãy thử lại khi kết nối được máy chủ.</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="78" />
            <source>%1 is not a server address. Write postgresql://user@host:port/database.</source>
            <translation>%1 không phải là địa chỉ máy chủ. Hãy ghi postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="82" />
            <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
            <translation>Chưa cài trình điều khiển PostgreSQL của Qt (gói Debian libqt6sql6-psql).</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="97" />
            <source>Cannot connect to the server %1: %2</source>
            <translation>Không kết nối được máy chủ %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="106" />
            <source>This program lacks the server's migrations (%1 of %2).</source>
            <translation>Chương trình này thiếu các bước nâng cấp cho máy chủ (%1 trên %2).</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="118" />
            <source>%1 is a database of another program, not of HoiVien.</source>
            <translation>%1 là cơ sở dữ liệu của chương trình khác, không phải của HoiVien.</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="127" />
            <source>%1 holds tables of another program; give HoiVien a database of its own.</source>
            <translation>%1 có bảng của chương trình khác; hãy dành cho HoiVien một cơ sở dữ liệu riêng.</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="134" />
            <source>%1 was written by a newer version of HoiVien (schema %2; this program knows %3). Install the newer version; the database was not changed.</source>
            <translation>%1 được ghi bởi phiên bản HoiVien mới hơn (lược đồ %2; chương trình này biết đến %3). Hãy cài phiên bản mới hơn; cơ sở dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../src/storage/postgres.cpp" line="168" />
            <source>COPY needs a server database.</source>
            <translation>COPY cần cơ sở dữ liệu trên máy chủ.</translation>
        </message>
    </context>
    <context>
        <name>hv::DatabaseCopy</name>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="142" />
            <source>%1 is not empty (table %2 has rows): the copy goes into a new, empty database.</source>
            <translation>%1 không trống (bảng %2 đã có dòng): bản chép phải vào một cơ sở dữ liệu mới, trống.</translation>
        </message>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="164" />
            <source>Table %1 has other columns in the two databases: open both with this version of HoiVien first.</source>
            <translation>Bảng %1 có các cột khác nhau ở hai cơ sở dữ liệu: hãy mở cả hai bằng phiên bản HoiVien này trước.</translation>
        </message>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="230" />
            <source>The copy was cancelled; nothing was written.</source>
            <translation>Đã huỷ việc chép; không có gì được ghi.</translation>
        </message>
        <message>
            <location filename="../../src/storage/databasecopy.cpp" line="252" />
            <source>Table %1 differs after the copy (%2 rows read, %3 found); nothing was kept in %4.</source>
            <translation>Bảng %1 khác đi sau khi chép (đọc %2 dòng, thấy %3 dòng); không giữ lại gì trong %4.</translation>
        </message>
    </context>
    <context>
        <name>hv::DemoGenerator</name>
        <message>
            <location filename="../../src/importing/demogenerator.cpp" line="42" />
            <source>The demo database was cancelled; nothing was written.</source>
            <translation>Đã hủy tạo dữ liệu mẫu; chưa ghi gì.</translation>
        </message>
        <message>
            <location filename="../../src/importing/demogenerator.cpp" line="63" />
            <source>The last year of the demo must be between 1990 and %1.</source>
            <translation>Năm cuối của dữ liệu mẫu phải từ 1990 đến %1.</translation>
        </message>
        <message>
            <location filename="../../src/importing/demogenerator.cpp" line="214" />
            <source>The number of members cannot be negative.</source>
            <translation>Số hội viên không được âm.</translation>
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="53" />
            <source>The demo needs an empty database; this one has units already.</source>
            <translation>Dữ liệu mẫu cần một cơ sở dữ liệu trống; cơ sở dữ liệu này đã có đơn vị.</translation>
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="64" />
            <source>Code %1 is not in the official list of units.</source>
            <translation>Mã %1 không có trong danh mục đơn vị hành chính.</translation>
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="98" />
            <source>Unit %1 has no communes in the official list.</source>
            <translation>Đơn vị %1 không có xã nào trong danh mục hành chính.</translation>
        </message>
        <message>
            <location filename="../../src/importing/demotree.cpp" line="208" />
            <source>Sáp nhập %1 vào %2</source>
            <translation>Sáp nhập %1 vào %2</translation>
        </message>
    </context>
    <context>
        <name>hv::Erasure</name>
        <message>
            <location filename="../../src/storage/erasure.cpp" line="27" />
            <source>The personal data of member %1 was erased already.</source>
            <translation>Dữ liệu cá nhân của hội viên %1 đã được xoá trước đó.</translation>
        </message>
        <message>
            <location filename="../../src/storage/erasure.cpp" line="25" />
            <source>No member has the id %1.</source>
            <translation>Không có hội viên số %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::ErrorPresenter</name>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="18" />
            <source>The data was not accepted</source>
            <translation>Dữ liệu chưa được chấp nhận</translation>
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="19" />
            <source>Changed by someone else</source>
            <translation>Người khác đã sửa</translation>
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="22" />
            <source>Database problem</source>
            <translation>Lỗi cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="25" />
            <source>HoiVien</source>
            <translation>HoiVien</translation>
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="35" />
            <source>Unexpected error</source>
            <translation>Lỗi không lường trước</translation>
        </message>
        <message>
            <location filename="../../src/ui/errorpresenter.cpp" line="36" />
            <source>Something went wrong: %1
Nothing was half-saved; try again, and if it happens again, make a backup and report it.</source>
            <translation>Đã xảy ra lỗi: %1
Không có gì bị lưu dở dang; hãy thử lại, nếu vẫn lỗi thì sao lưu dữ liệu và báo lại lỗi này.</translation>
        </message>
    </context>
    <context>
        <name>hv::FirstRunWizard</name>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="110" />
            <location filename="../../src/ui/firstrunwizard.cpp" line="203" />
            <source>%1 (the whole province)</source>
            <translation>%1 (toàn tỉnh)</translation>
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="158" />
            <source>&lt;p&gt;Your office: &lt;b&gt;%1&lt;/b&gt;%2 (code %3).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Văn phòng của chị: &lt;b&gt;%1&lt;/b&gt;%2 (mã %3).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="162" />
            <source>&lt;p&gt;%1 districts and %2 communes will be created below it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sẽ tạo %1 huyện và %2 xã trực thuộc.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="164" />
            <source>&lt;p&gt;%1 communes will be created below it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sẽ tạo %1 xã trực thuộc.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ui/firstrunwizard.cpp" line="173" />
            <source>The register is kept in %1.</source>
            <translation>Sổ hội viên được lưu tại %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::HeaderMap</name>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="307" />
            <source>"%1" (column %2) and "%3" (column %4) both give %5</source>
            <translation>"%1" (cột %2) và "%3" (cột %4) cùng là %5</translation>
        </message>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="315" />
            <source>%1, row %2: %3. Delete or rename one of each pair.</source>
            <translation>%1, dòng %2: %3. Hãy xóa hoặc đổi tên một cột trong mỗi cặp.</translation>
        </message>
        <message>
            <location filename="../../src/importing/headermap.cpp" line="326" />
            <source>this column is not a column of the member list; it is not imported.</source>
            <translation>cột này không thuộc danh sách hội viên; không được nhập.</translation>
        </message>
    </context>
    <context>
        <name>hv::ImportHistoryDialog</name>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="31" />
            <source>Import history</source>
            <translation>Lịch sử nhập</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="32" />
            <source>Every import is recorded. A member import can be taken back as a whole while no later work builds on it.</source>
            <translation>Mọi đợt nhập đều được ghi lại. Có thể hoàn tác toàn bộ một đợt nhập hội viên khi chưa có thao tác nào sau đó dựa trên đợt nhập này.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>Imported on</source>
            <translation>Ngày nhập</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>Rows</source>
            <translation>Số dòng</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="39" />
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="46" />
            <source>&amp;Undo this import…</source>
            <translation>&amp;Hoàn tác đợt nhập này…</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="81" />
            <source>Members</source>
            <translation>Hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="82" />
            <source>Units</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="83" />
            <source>Population</source>
            <translation>Dân số</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="84" />
            <source>Targets</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="85" />
            <source>Demo data</source>
            <translation>Dữ liệu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="89" />
            <source>Undone on %1</source>
            <translation>Đã hoàn tác ngày %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="90" />
            <source>Standing</source>
            <translation>Còn hiệu lực</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="135" />
            <source>Undo this import</source>
            <translation>Hoàn tác đợt nhập này</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="136" />
            <source>Undo import no. %1 (%2)? The members it added are removed and those it updated are put back as they were.</source>
            <translation>Hoàn tác đợt nhập số %1 (%2)? Các hội viên được thêm trong đợt này sẽ bị xoá, các hội viên được cập nhật sẽ trở lại như trước.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importhistorydialog.cpp" line="145" />
            <source>Import no. %1 was undone: %2 member(s) removed, %3 put back as they were, %4 unit(s) removed.</source>
            <translation>Đã hoàn tác đợt nhập số %1: xoá %2 hội viên, khôi phục %3 hội viên như trước, xoá %4 đơn vị.</translation>
        </message>
    </context>
    <context>
        <name>hv::ImportMappingPage</name>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="75" />
            <source>Match the columns</source>
            <translation>Ghép cột</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="76" />
            <source>Choose, for each column of the file, the field of the register it holds.</source>
            <translation>Với mỗi cột của tệp, hãy chọn trường tương ứng trong sổ hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="77" />
            <source>The header was found on row %1 of %2.</source>
            <translation>Đã tìm thấy dòng tiêu đề ở dòng %1 của %2.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="83" />
            <source>The columns are matched as you chose last time for a file with the same headers.</source>
            <translation>Các cột được ghép như lần trước bạn đã chọn cho một tệp có cùng tiêu đề.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>Header in the file</source>
            <translation>Tiêu đề trong tệp</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>First member</source>
            <translation>Hội viên đầu tiên</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="105" />
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="112" />
            <source>— ignore</source>
            <translation>— bỏ qua</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="115" />
            <source>%1 (not imported)</source>
            <translation>%1 (không nhập)</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="153" />
            <source>Columns %1 and %2 are both %3; choose one.</source>
            <translation>Cột %1 và cột %2 đều là %3; hãy chọn một cột.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardmapping.cpp" line="157" />
            <source>Choose the column that holds "%1".</source>
            <translation>Hãy chọn cột chứa "%1".</translation>
        </message>
    </context>
    <context>
        <name>hv::ImportPreviewModel</name>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="86" />
            <source>Skip</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="88" />
            <source>Update the member</source>
            <translation>Cập nhật hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="90" />
            <source>Add as another member</source>
            <translation>Thêm thành hội viên khác</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="94" />
            <source>Not chosen</source>
            <translation>Chưa chọn</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="184" />
            <source>%1 (in the file: %2)</source>
            <translation>%1 (trong tệp: %2)</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="190" />
            <source>Error: %1</source>
            <translation>Lỗi: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="191" />
            <source>Warning: %1</source>
            <translation>Cảnh báo: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="209" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="211" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="213" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="215" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="217" />
            <source>CCCD</source>
            <translation>CCCD</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="219" />
            <source>Problems</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="221" />
            <source>Same person as</source>
            <translation>Trùng với</translation>
        </message>
        <message>
            <location filename="../../src/ui/importpreviewmodel.cpp" line="223" />
            <source>Duplicate: what to do</source>
            <translation>Xử lý bản trùng</translation>
        </message>
    </context>
    <context>
        <name>hv::ImportPreviewPage</name>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="86" />
            <source>Check the rows before importing</source>
            <translation>Kiểm tra các dòng trước khi nhập</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="88" />
            <source>Nothing is written yet. Untick a row to leave it out; choose what to do with each duplicate.</source>
            <translation>Chưa có gì được ghi. Bỏ đánh dấu một dòng để không nhập dòng đó; chọn cách xử lý cho từng bản trùng.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="89" />
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="90" />
            <source>&amp;Show:</source>
            <translation>&amp;Hiện:</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="91" />
            <source>All rows</source>
            <translation>Mọi dòng</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="92" />
            <source>Rows with errors</source>
            <translation>Dòng có lỗi</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="93" />
            <source>Rows with warnings</source>
            <translation>Dòng có cảnh báo</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="94" />
            <source>Duplicates</source>
            <translation>Bản trùng</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="95" />
            <source>Create &amp;chapters and groups missing from the tree</source>
            <translation>&amp;Tạo các chi hội và tổ chưa có trên cây</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="96" />
            <source>Selected &amp;duplicates:</source>
            <translation>Bản trùng đã &amp;chọn:</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="100" />
            <source>All duplicates: s&amp;kip</source>
            <translation>Mọi bản trùng: &amp;bỏ qua</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="101" />
            <source>All duplicates: &amp;update</source>
            <translation>Mọi bản trùng: cậ&amp;p nhật</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="102" />
            <source>Check &amp;again</source>
            <translation>&amp;Kiểm tra lại</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="138" />
            <source>The check was not finished; the rows show the last check.</source>
            <translation>Việc kiểm tra chưa xong; bảng vẫn là kết quả của lần kiểm tra trước.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="148" />
            <source>Checking the rows of %1…</source>
            <translation>Đang kiểm tra các dòng của %1…</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="197" />
            <location filename="../../src/ui/importwizardpreview.cpp" line="221" />
            <source>The check was cancelled.</source>
            <translation>Đã huỷ việc kiểm tra.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="260" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="261" />
            <source>%1 “%2”: %3</source>
            <translation>%1 “%2”: %3</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="273" />
            <source>row %1 of this file</source>
            <translation>dòng %1 của tệp này</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="276" />
            <source>%1 (no. %2 in the register)</source>
            <translation>%1 (số %2 trong sổ)</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="277" />
            <source>no. %1 in the register</source>
            <translation>số %1 trong sổ</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="279" />
            <source>same CCCD</source>
            <translation>trùng số CCCD</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="280" />
            <source>same name and date of birth</source>
            <translation>trùng họ tên và ngày sinh</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="281" />
            <source>same name and year of birth only: check</source>
            <translation>chỉ trùng họ tên và năm sinh: cần kiểm tra</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="282" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="293" />
            <source>“%1” does not apply to the selected rows.</source>
            <translation>Không áp dụng được “%1” cho các dòng đã chọn.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="301" />
            <source>%1 row(s): %2 with errors, %3 with warnings, %4 duplicate(s); %5 left out.</source>
            <translation>%1 dòng: %2 dòng có lỗi, %3 dòng có cảnh báo, %4 bản trùng; %5 dòng không nhập.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="309" />
            <source>Rows with errors must be left out (or the file corrected) before importing.</source>
            <translation>Phải bỏ các dòng có lỗi (hoặc sửa tệp) trước khi nhập.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardpreview.cpp" line="332" />
            <source>The list was not imported: %1 problem(s) stop it. Leave those rows out or correct the file.</source>
            <translation>Chưa nhập danh sách: có %1 vấn đề ngăn việc nhập. Hãy bỏ các dòng đó hoặc sửa tệp.</translation>
        </message>
    </context>
    <context>
        <name>hv::ImportSourcePage</name>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="92" />
            <location filename="../../src/ui/importwizardsource.cpp" line="108" />
            <source>Choose the member list</source>
            <translation>Chọn danh sách hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="93" />
            <source>An Excel workbook (.xlsx) or a CSV file. Title rows above the header are fine.</source>
            <translation>Sổ tính Excel (.xlsx) hoặc tệp CSV. Có thể có các dòng tên bảng phía trên dòng tiêu đề.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="94" />
            <source>&amp;File:</source>
            <translation>&amp;Tệp:</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="95" />
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn tệp…</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="96" />
            <source>&amp;Sheet:</source>
            <translation>Tr&amp;ang tính:</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="97" />
            <source>Old Vietnamese font encoding</source>
            <translation>Bảng mã tiếng Việt cũ</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="98" />
            <source>&amp;Convert the text to Unicode</source>
            <translation>Chuyển văn bản sang &amp;Unicode</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="99" />
            <source>In the file</source>
            <translation>Trong tệp</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="99" />
            <source>Converted</source>
            <translation>Sau khi chuyển</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="109" />
            <source>Member lists (*.xlsx *.csv);;Excel 97–2003 (*.xls);;All files (*)</source>
            <translation>Danh sách hội viên (*.xlsx *.csv);;Excel 97–2003 (*.xls);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="140" />
            <source>The text of this workbook was typed in the old %1 font encoding. Check that the converted text reads right:</source>
            <translation>Văn bản của sổ tính này được gõ bằng bảng mã cũ %1. Hãy kiểm tra văn bản sau khi chuyển có đọc đúng không:</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizardsource.cpp" line="171" />
            <source>%1: no header row found in the first 30 rows; the list needs at least a "Họ và tên" column and one other known column.</source>
            <translation>%1: không tìm thấy dòng tiêu đề trong 30 dòng đầu; danh sách cần có ít nhất cột "Họ và tên" và một cột đã biết khác.</translation>
        </message>
    </context>
    <context>
        <name>hv::ImportSummaryPage</name>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="211" />
            <source>The list was imported</source>
            <translation>Đã nhập danh sách</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="216" />
            <source>&lt;p&gt;Import number &lt;b&gt;%1&lt;/b&gt; from %2.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Members added: &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Members updated: &lt;b&gt;%4&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Rows skipped: &lt;b&gt;%5&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Warnings recorded: %6&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;To take the whole import back, use File → Import history.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Đợt nhập số &lt;b&gt;%1&lt;/b&gt; từ %2.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Hội viên thêm mới: &lt;b&gt;%3&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Hội viên được cập nhật: &lt;b&gt;%4&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Dòng bỏ qua: &lt;b&gt;%5&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Cảnh báo đã ghi lại: %6&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Để hoàn tác toàn bộ đợt nhập, hãy dùng Tệp → Lịch sử nhập.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>hv::ImportWizard</name>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="60" />
            <source>Import a member list</source>
            <translation>Nhập danh sách hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="150" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Đã hủy nhập; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="163" />
            <source>Importing %1…</source>
            <translation>Đang nhập %1…</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="93" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../../src/ui/importwizard.cpp" line="102" />
            <source>Cancelling…</source>
            <translation>Đang huỷ…</translation>
        </message>
    </context>
    <context>
        <name>hv::InputProblem</name>
        <message>
            <location filename="../../src/core/error.cpp" line="17" />
            <source>error</source>
            <translation>lỗi</translation>
        </message>
        <message>
            <location filename="../../src/core/error.cpp" line="18" />
            <source>warning</source>
            <translation>cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>hv::LoginDialog</name>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="19" />
            <source>Locked</source>
            <translation>Đã khoá</translation>
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="21" />
            <source>HoiVien was locked after a period without use. Type the password of %1 to go on.</source>
            <translation>HoiVien đã khoá sau một thời gian không sử dụng. Hãy gõ mật khẩu của %1 để tiếp tục.</translation>
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="25" />
            <source>Close HoiVien</source>
            <translation>Đóng HoiVien</translation>
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="28" />
            <location filename="../../src/ui/logindialog.cpp" line="32" />
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="29" />
            <source>%1 holds members' personal data: sign in with your account.</source>
            <translation>%1 chứa dữ liệu cá nhân của hội viên: hãy đăng nhập bằng tài khoản của bạn.</translation>
        </message>
        <message>
            <location filename="../../src/ui/logindialog.cpp" line="32" />
            <source>Unlock</source>
            <translation>Mở khoá</translation>
        </message>
    </context>
    <context>
        <name>hv::MainWindow</name>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="136" />
            <source>&amp;Open database…</source>
            <translation>&amp;Mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="139" />
            <source>&amp;New database…</source>
            <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="142" />
            <source>&amp;Backup…</source>
            <translation>&amp;Sao lưu…</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="146" />
            <source>&amp;Import member list…</source>
            <translation>&amp;Nhập danh sách hội viên…</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="149" />
            <source>Import &amp;history…</source>
            <translation>&amp;Lịch sử nhập…</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="155" />
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="162" />
            <location filename="../../src/ui/mainwindow.cpp" line="413" />
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="162" />
            <location filename="../../src/ui/mainwindow.cpp" line="414" />
            <source>&amp;Undo: %1</source>
            <translation>&amp;Hoàn tác: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="167" />
            <location filename="../../src/ui/mainwindow.cpp" line="416" />
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="167" />
            <location filename="../../src/ui/mainwindow.cpp" line="417" />
            <source>&amp;Redo: %1</source>
            <translation>&amp;Làm lại: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="174" />
            <source>&amp;Find member…</source>
            <translation>&amp;Tìm hội viên…</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="180" />
            <source>Register &amp;date…</source>
            <translation>&amp;Ngày số liệu…</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="195" />
            <source>&amp;About HoiVien</source>
            <translation>&amp;Giới thiệu HoiVien</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="324" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="325" />
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="326" />
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="327" />
            <source>&amp;Security</source>
            <translation>&amp;Bảo mật</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="328" />
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="329" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="332" />
            <source>Register date: </source>
            <translation>Số liệu đến ngày: </translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="333" />
            <source>The register is shown as it stood on this date (Ctrl+D).</source>
            <translation>Sổ hội viên được xem như tại ngày này (Ctrl+D).</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="334" />
            <source>Search members (Ctrl+F)</source>
            <translation>Tìm hội viên (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="335" />
            <source>Name, citizen ID or card number; tone marks are not needed.</source>
            <translation>Họ tên, số CCCD hoặc số thẻ; không cần gõ dấu.</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="347" />
            <source>HoiVien</source>
            <translation>HoiVien</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="347" />
            <source>%1 — HoiVien</source>
            <translation>%1 — HoiVien</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="348" />
            <source>Database: %1</source>
            <translation>Cơ sở dữ liệu: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="423" />
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="424" />
            <source>HoiVien databases (%1);;All files (*)</source>
            <translation>Cơ sở dữ liệu HoiVien (%1);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="431" />
            <location filename="../../src/ui/mainwindow.cpp" line="436" />
            <source>New database</source>
            <translation>Tạo cơ sở dữ liệu mới</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="432" />
            <source>HoiVien databases (%1)</source>
            <translation>Cơ sở dữ liệu HoiVien (%1)</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="437" />
            <source>%1 exists already. Choose another name, or open it with Open database.</source>
            <translation>%1 đã có. Hãy chọn tên khác, hoặc mở tệp đó bằng lệnh Mở cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="465" />
            <source>About HoiVien</source>
            <translation>Giới thiệu HoiVien</translation>
        </message>
        <message>
            <location filename="../../src/ui/mainwindow.cpp" line="466" />
            <source>&lt;h3&gt;HoiVien %1&lt;/h3&gt;&lt;p&gt;The member register of the Vietnam Women's Union offices: members and their movements, chapters and units, and the figures of the year-end report.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;HoiVien %1&lt;/h3&gt;&lt;p&gt;Sổ hội viên cho văn phòng Hội Liên hiệp Phụ nữ Việt Nam: hội viên và biến động, chi hội và đơn vị, cùng các số liệu của báo cáo tổng kết năm.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>hv::MemberActions</name>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="67" />
            <source>Changed by someone else</source>
            <translation>Người khác đã sửa</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="100" />
            <source>The selected members are members already. To admit a new member, enter her with "New member".</source>
            <translation>Những người được chọn đã là hội viên. Muốn kết nạp hội viên mới, hãy nhập bằng lệnh "Thêm hội viên".</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/memberactions.cpp" line="109" />
            <source>Admission is recorded when a new member is entered. %n of the selected members left the Union: restore them instead?</source>
            <translation>
                <numerusform>Việc kết nạp được ghi khi nhập hội viên mới. %n người được chọn đã ra khỏi Hội: khôi phục họ thay vì kết nạp?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="156" />
            <source>The member is no longer in the register.</source>
            <translation>Hội viên này không còn trong sổ.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="230" />
            <source>A selected member is no longer in the register.</source>
            <translation>Có hội viên được chọn không còn trong sổ.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="59" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="65" />
            <source>Changed since you opened her record:</source>
            <translation>Đã thay đổi từ khi bạn mở hồ sơ này:</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="69" />
            <source>&amp;Keep my changes</source>
            <translation>&amp;Giữ thay đổi của tôi</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="70" />
            <source>&amp;Reload theirs</source>
            <translation>&amp;Tải lại bản của họ</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberactions.cpp" line="74" />
            <source>Keep my changes saves the fields you changed over the record as it is now; their other changes stay. Reload theirs shows the record as it is now, and what you typed is lost.</source>
            <translation>“Giữ thay đổi của tôi” lưu những trường bạn đã sửa lên hồ sơ hiện tại; các thay đổi khác của người kia vẫn giữ nguyên. “Tải lại bản của họ” hiện hồ sơ như hiện nay, và những gì bạn đã gõ sẽ mất.</translation>
        </message>
    </context>
    <context>
        <name>hv::MemberBulkLoader</name>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="249" />
            <source>Bulk loading needs the embedded database.</source>
            <translation>Nạp số lượng lớn cần cơ sở dữ liệu nhúng (tệp SQLite).</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="341" />
            <source>The import could not be written: prepared rows do not match the tables.</source>
            <translation>Không ghi được dữ liệu nhập: các dòng đã chuẩn bị không khớp với các bảng.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberbulkloader.cpp" line="196" />
            <source>The import could not be written: %1</source>
            <translation>Không ghi được dữ liệu nhập: %1</translation>
        </message>
    </context>
    <context>
        <name>hv::MemberCommand</name>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="205" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="88" />
            <source>%1: the %2 of %3 is no longer recorded.</source>
            <translation>%1: %2 của %3 không còn trong sổ.</translation>
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="138" />
            <source>New member %1</source>
            <translation>Thêm hội viên %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="152" />
            <source>%1 was changed by someone else after she was entered; she was not removed.</source>
            <translation>%1 đã được người khác sửa sau khi nhập; chưa xóa hội viên này.</translation>
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="172" />
            <source>Edit %1</source>
            <translation>Sửa %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="184" />
            <source>%1 is no longer in the register.</source>
            <translation>%1 không còn trong sổ.</translation>
        </message>
        <message>
            <location filename="../../src/ui/membercommands.cpp" line="187" />
            <source>Someone else saved %1 after your change; it was not undone, so that their work is kept.</source>
            <translation>Người khác đã lưu %1 sau khi chị sửa; thay đổi không được hoàn tác để giữ phần việc của họ.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/membercommands.cpp" line="207" />
            <source>%1: %n member(s)</source>
            <translation>
                <numerusform>%1: %n hội viên</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::MemberDialog</name>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="43" />
            <source>New member</source>
            <translation>Thêm hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="51" />
            <source>Her history starts when she is saved, with the joining entered on the "Union membership" tab.</source>
            <translation>Quá trình sinh hoạt bắt đầu khi lưu, với ngày vào Hội nhập ở thẻ "Sinh hoạt Hội".</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="69" />
            <source>unknown</source>
            <translation>không rõ</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="75" />
            <source>chapter</source>
            <translation>chi hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="76" />
            <source>full name</source>
            <translation>họ và tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="77" />
            <source>date of birth</source>
            <translation>ngày sinh</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="78" />
            <source>sex</source>
            <translation>giới tính</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="79" />
            <source>citizen ID</source>
            <translation>số CCCD</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="80" />
            <source>ethnicity</source>
            <translation>dân tộc</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="81" />
            <source>religion</source>
            <translation>tôn giáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="82" />
            <source>party admission date</source>
            <translation>ngày vào Đảng</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="84" />
            <source>full party membership date</source>
            <translation>ngày chính thức</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="85" />
            <source>phone</source>
            <translation>điện thoại</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="86" />
            <source>join date</source>
            <translation>ngày vào Hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="87" />
            <source>card issue date</source>
            <translation>ngày cấp thẻ</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="107" />
            <source>yyyy</source>
            <translation>yyyy</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="107" />
            <source>dd/mm/yyyy or the year</source>
            <translation>dd/mm/yyyy hoặc chỉ năm</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="141" />
            <source>Member: %1</source>
            <translation>Hội viên: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="184" />
            <source>No movement recorded.</source>
            <translation>Chưa ghi biến động nào.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="190" />
            <source>%1 on %2 (last chapter: %3)</source>
            <translation>%1 ngày %2 (chi hội cuối: %3)</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="210" />
            <source>Type the date as dd/mm/yyyy.</source>
            <translation>Gõ ngày theo dạng dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="222" />
            <source>Type the date of birth as dd/mm/yyyy, or the year alone.</source>
            <translation>Gõ ngày sinh theo dạng dd/mm/yyyy, hoặc chỉ năm sinh.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="228" />
            <source>Type the full date, or tick "Only the year is known".</source>
            <translation>Gõ đủ ngày tháng năm, hoặc đánh dấu "Chỉ biết năm sinh".</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="244" />
            <source>The date %1 is in the future.</source>
            <translation>Ngày %1 ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="246" />
            <source>Full membership cannot come before admission to the party.</source>
            <translation>Ngày chính thức không thể trước ngày vào Đảng.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="252" />
            <source>A phone number has only digits, spaces and the signs + . - ( ).</source>
            <translation>Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + . - ( ).</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="258" />
            <source>Type the date she joined: her first entry in the register has this date.</source>
            <translation>Gõ ngày vào Hội: dòng đầu tiên trong quá trình sinh hoạt mang ngày này.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="266" />
            <source>Choose her chapter.</source>
            <translation>Chọn chi hội của hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="289" />
            <source>Confirmed by the officer on %1: %2</source>
            <translation>Cán bộ đã xác nhận ngày %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="403" />
            <source>Still needed: %1.</source>
            <translation>Còn thiếu: %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="405" />
            <source>Correct what is marked in red.</source>
            <translation>Hãy sửa những chỗ tô đỏ.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="406" />
            <source>Correct what is marked in red on: %1.</source>
            <translation>Hãy sửa những chỗ tô đỏ ở: %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialog.cpp" line="409" />
            <source>Check the citizen ID card, then correct the number or confirm it.</source>
            <translation>Kiểm tra thẻ căn cước, rồi sửa số hoặc xác nhận số đó.</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="45" />
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="46" />
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="49" />
            <source>Newly admitted</source>
            <translation>Kết nạp mới</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="50" />
            <source>Transferred in from elsewhere</source>
            <translation>Chuyển đến từ nơi khác</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="52" />
            <location filename="../../src/ui/memberdialoglists.cpp" line="54" />
            <source>(not recorded)</source>
            <translation>(chưa ghi)</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="63" />
            <source>Elementary vocational</source>
            <translation>Sơ cấp</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="64" />
            <source>Intermediate vocational</source>
            <translation>Trung cấp</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="65" />
            <source>College</source>
            <translation>Cao đẳng</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="66" />
            <source>University</source>
            <translation>Đại học</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="67" />
            <source>Postgraduate</source>
            <translation>Sau đại học</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="68" />
            <source>Elementary</source>
            <translation>Sơ cấp</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="69" />
            <source>Intermediate</source>
            <translation>Trung cấp</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="70" />
            <source>Advanced</source>
            <translation>Cao cấp</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="71" />
            <source>Bachelor of political science</source>
            <translation>Cử nhân</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="72" />
            <source>Poor household</source>
            <translation>Hộ nghèo</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="73" />
            <source>Near-poor household</source>
            <translation>Hộ cận nghèo</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Movement</source>
            <translation>Biến động</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Chapter</source>
            <translation>Chi hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Decision no.</source>
            <translation>Số quyết định</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="84" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="103" />
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>To</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialoglists.cpp" line="113" />
            <source>now</source>
            <translation>nay</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>Training</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="50" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Title</source>
            <translation>Danh hiệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Issued by</source>
            <translation>Cấp khen</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="53" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="55" />
            <source>Trainings she took part in:</source>
            <translation>Các lớp tập huấn đã tham gia:</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="57" />
            <source>Her awards:</source>
            <translation>Khen thưởng:</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="59" />
            <source>Trainings and awards</source>
            <translation>Tập huấn và khen thưởng</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberdialogwork.cpp" line="69" />
            <source>%1 of %2</source>
            <translation>%1 của %2</translation>
        </message>
    </context>
    <context>
        <name>hv::MemberImporter</name>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="137" />
            <source>%1: no header row found in the first 30 rows; the list needs at least a "Họ và tên" column and one other known column.</source>
            <translation>%1: không tìm thấy dòng tiêu đề trong 30 dòng đầu; danh sách cần ít nhất cột "Họ và tên" và một cột khác đã biết.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="149" />
            <source>text typed in the old %1 font encoding was converted to Unicode (e.g. "%2" → "%3"); check the names.</source>
            <translation>chữ gõ bằng bảng mã cũ %1 đã được chuyển sang Unicode (ví dụ: "%2" → "%3"); hãy kiểm tra lại họ tên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="207" />
            <location filename="../../src/importing/memberimporter.cpp" line="320" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Đã hủy nhập; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="226" />
            <source>accepted on import (batch %1): %2</source>
            <translation>chấp nhận khi nhập (đợt %1): %2</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="246" />
            <source>member #%1 already in the register</source>
            <translation>hội viên số %1 đã có trong sổ</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="247" />
            <source>row %1 of this file</source>
            <translation>dòng %1 của tệp này</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="259" />
            <source>Skipped: the same person as %1.</source>
            <translation>Bỏ qua: trùng người với %1.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="288" />
            <source>Cannot be added as another member: %1 has the same CCCD (skip or update instead).</source>
            <translation>Không thể thêm thành hội viên khác: %1 có cùng số CCCD (hãy chọn bỏ qua hoặc cập nhật).</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="291" />
            <source>Added as another member, though she looks like %1.</source>
            <translation>Đã thêm thành hội viên khác, dù có vẻ giống %1.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="293" />
            <source>Possibly the same person as %1 (same name and year of birth).</source>
            <translation>Có thể trùng người với %1 (cùng họ tên và năm sinh).</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="295" />
            <source>The same person as %1 (use --on-duplicate skip or update).</source>
            <translation>Trùng người với %1 (dùng --on-duplicate skip hoặc update).</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="124" />
            <source>%1: more than one column is mapped to %2; choose one.</source>
            <translation>%1: có nhiều hơn một cột được ghép với %2; hãy chọn một cột.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberimporter.cpp" line="127" />
            <source>%1: no column is mapped to "Họ và tên".</source>
            <translation>%1: chưa có cột nào được ghép với "Họ và tên".</translation>
        </message>
    </context>
    <context>
        <name>hv::MemberRepository</name>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="121" />
            <location filename="../../src/storage/memberrepository.cpp" line="161" />
            <source>citizen_id: CCCD %1 belongs to another member already.</source>
            <translation>citizen_id: số CCCD %1 đã thuộc về hội viên khác.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="154" />
            <location filename="../../src/storage/memberrepository.cpp" line="343" />
            <source>The member no longer exists.</source>
            <translation>Hội viên này không còn nữa.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="156" />
            <location filename="../../src/storage/memberrepository.cpp" line="187" />
            <source>Somebody else saved this member after you opened it.</source>
            <translation>Người khác đã lưu hội viên này sau khi chị mở ra.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="288" />
            <source>The unit of the event of %1 does not exist.</source>
            <translation>Đơn vị của biến động ngày %1 không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="292" />
            <source>%1 no longer existed on %2.</source>
            <translation>%1 không còn tồn tại vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="335" />
            <source>The event needs a date.</source>
            <translation>Biến động cần có ngày.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="339" />
            <source>The date %1 is in the future.</source>
            <translation>Ngày %1 ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="371" />
            <source>The first event of a member cannot be removed; delete the member instead.</source>
            <translation>Không xóa được biến động đầu tiên của hội viên; hãy xóa hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="403" />
            <source>A position needs a title and a start date.</source>
            <translation>Chức vụ cần có tên và ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="405" />
            <location filename="../../src/storage/memberrepository.cpp" line="425" />
            <source>A position must end after it starts.</source>
            <translation>Chức vụ phải kết thúc sau ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/memberrepository.cpp" line="97" />
            <source>%1 (warning; confirm to accept): %2</source>
            <translation>%1 (cảnh báo; xác nhận để chấp nhận): %2</translation>
        </message>
    </context>
    <context>
        <name>hv::MemberRowParser</name>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="92" />
            <source>Several units have this name; write its code instead.</source>
            <translation>Nhiều đơn vị trùng tên này; hãy ghi mã đơn vị.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="94" />
            <source>No commune of the office has this name or code.</source>
            <translation>Không có xã nào của văn phòng có tên hoặc mã này.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="95" />
            <source>No unit of this name or code here; import the units first, or let the import create missing chapters and groups.</source>
            <translation>Ở đây không có đơn vị nào có tên hoặc mã này; hãy nhập danh sách đơn vị trước, hoặc cho phép tự tạo chi hội và tổ còn thiếu khi nhập.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="118" />
            <source>The commune or chapter of the member is required.</source>
            <translation>Cần ghi xã hoặc chi hội của hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="139" />
            <source>Not a date: write it as dd/mm/yyyy.</source>
            <translation>Không phải ngày: hãy ghi theo dạng dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="145" />
            <source>Write x or có for yes, leave empty or write không for no.</source>
            <translation>Ghi x hoặc có nếu có; để trống hoặc ghi không nếu không.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="151" />
            <source>The full name is required.</source>
            <translation>Cần ghi họ và tên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="157" />
            <source>Excel turned this CCCD into a number in scientific notation and its digits are lost; format the column as Text and type the number again.</source>
            <translation>Excel đã đổi số CCCD này sang dạng số khoa học nên mất chữ số; hãy định dạng cột là Văn bản (Text) rồi gõ lại số.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="164" />
            <source>This CCCD has 11 digits: Excel probably dropped its leading 0. Check the card and type the number as text; it is not guessed.</source>
            <translation>Số CCCD này có 11 chữ số: có lẽ Excel đã bỏ mất số 0 ở đầu. Hãy kiểm tra thẻ và gõ số dưới dạng văn bản; chương trình không tự đoán.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="172" />
            <source>Unknown ethnic group (see the official list of 54 groups).</source>
            <translation>Dân tộc không có trong danh mục (xem danh mục 54 dân tộc).</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="178" />
            <source>Unknown religion (write its name, or Không).</source>
            <translation>Tôn giáo không có trong danh mục (ghi tên tôn giáo, hoặc Không).</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="194" />
            <source>Write Nữ or Nam.</source>
            <translation>Ghi Nữ hoặc Nam.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="200" />
            <source>Write Chính thức or Danh dự.</source>
            <translation>Ghi Chính thức hoặc Danh dự.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="206" />
            <source>Write Kết nạp or Chuyển đến.</source>
            <translation>Ghi Kết nạp hoặc Chuyển đến.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="216" />
            <source>Unknown status: write Đang sinh hoạt, Chuyển đi, Xin ra, Đưa ra khỏi danh sách or Từ trần.</source>
            <translation>Tình trạng không hợp lệ: ghi Đang sinh hoạt, Chuyển đi, Xin ra, Đưa ra khỏi danh sách hoặc Từ trần.</translation>
        </message>
        <message>
            <location filename="../../src/importing/memberrowparser.cpp" line="223" />
            <source>The date of the change is required when the status is not Đang sinh hoạt.</source>
            <translation>Cần ghi ngày biến động khi tình trạng không phải Đang sinh hoạt.</translation>
        </message>
    </context>
    <context>
        <name>hv::MemberValidation</name>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="35" />
            <source>%1 %2 is in the future.</source>
            <translation>%1 %2 ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="39" />
            <source>The full name is required.</source>
            <translation>Cần ghi họ và tên.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="44" />
            <source>The date or year of birth is required.</source>
            <translation>Cần ghi ngày sinh hoặc năm sinh.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="46" />
            <source>The date of birth %1 is in the future.</source>
            <translation>Ngày sinh %1 ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="48" />
            <source>The year of birth %1 is not plausible.</source>
            <translation>Năm sinh %1 không hợp lý.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="52" />
            <source>Ordinary members are women; a man can only be an honorary member.</source>
            <translation>Hội viên chính thức là phụ nữ; nam giới chỉ có thể là hội viên danh dự.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="54" />
            <source>The join date</source>
            <translation>Ngày vào Hội</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="58" />
            <source>She was %1 when she joined on %2; ordinary members join at 18 or over.</source>
            <translation>Hội viên mới %1 tuổi khi vào Hội ngày %2; hội viên chính thức phải từ 18 tuổi trở lên.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="63" />
            <source>The join date %1 is before the date of birth.</source>
            <translation>Ngày vào Hội %1 trước ngày sinh.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="64" />
            <source>The card issue date</source>
            <translation>Ngày cấp thẻ</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="65" />
            <source>The party admission date</source>
            <translation>Ngày vào Đảng</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="78" />
            <source>Unknown ethnic group code %1.</source>
            <translation>Không có dân tộc mã %1.</translation>
        </message>
        <message>
            <location filename="../../src/core/membervalidation.cpp" line="80" />
            <source>Unknown religion code %1.</source>
            <translation>Không có tôn giáo mã %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::MembersPage</name>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="180" />
            <source>&amp;New member…</source>
            <translation>&amp;Thêm hội viên…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="188" />
            <source>&amp;Edit member…</source>
            <translation>&amp;Sửa hội viên…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="203" />
            <source>&amp;Move to another chapter…</source>
            <translation>&amp;Chuyển chi hội…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="205" />
            <source>&amp;Transfer out…</source>
            <translation>Chuyển &amp;đi…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="207" />
            <source>&amp;Withdrew…</source>
            <translation>&amp;Xin ra khỏi Hội…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="209" />
            <source>Remove from the &amp;list…</source>
            <translation>Đưa ra khỏi &amp;danh sách…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="211" />
            <source>&amp;Died…</source>
            <translation>&amp;Từ trần…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="212" />
            <source>&amp;Restore…</source>
            <translation>&amp;Khôi phục…</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="230" />
            <source>Members</source>
            <translation>Hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="234" />
            <source>&amp;Search:</source>
            <translation>&amp;Tìm:</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="235" />
            <source>Name without tone marks, or the beginning of a CCCD</source>
            <translation>Họ tên không cần dấu, hoặc các số đầu của CCCD</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="236" />
            <source>Register on &amp;date:</source>
            <translation>Sổ tại &amp;ngày:</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="237" />
            <source>Right-click to choose the columns</source>
            <translation>Bấm chuột phải để chọn các cột</translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="336" />
            <source>Reading the register…</source>
            <translation>Đang đọc sổ hội viên…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/memberspage.cpp" line="340" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln hội viên</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/memberspage.cpp" line="341" />
            <source>%Ln member(s), ordinary and honorary</source>
            <translation>
                <numerusform>%Ln hội viên, cả chính thức và danh dự</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/memberspage.cpp" line="343" />
            <source>Counting…</source>
            <translation>Đang đếm…</translation>
        </message>
    </context>
    <context>
        <name>hv::Membership</name>
        <message>
            <location filename="../../src/core/membership.cpp" line="13" />
            <source>unknown date</source>
            <translation>không rõ ngày</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="28" />
            <source>An event has no date.</source>
            <translation>Có biến động chưa có ngày.</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="33" />
            <source>%1: the member is already active.</source>
            <translation>%1: hội viên đang sinh hoạt rồi.</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="35" />
            <source>%1: only a restoration can follow the end of a membership.</source>
            <translation>%1: sau khi ra khỏi Hội chỉ có thể khôi phục.</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="37" />
            <source>%1: there is no earlier membership to restore.</source>
            <translation>%1: không có lần sinh hoạt nào trước đó để khôi phục.</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="39" />
            <source>%1: the chapter or unit is missing.</source>
            <translation>%1: thiếu chi hội hoặc đơn vị.</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="43" />
            <source>%1: the member is not active at that date.</source>
            <translation>%1: vào ngày đó hội viên không sinh hoạt.</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="46" />
            <source>%1: the destination chapter is missing.</source>
            <translation>%1: thiếu chi hội chuyển đến.</translation>
        </message>
        <message>
            <location filename="../../src/core/membership.cpp" line="48" />
            <source>%1: the member is already in that unit.</source>
            <translation>%1: hội viên đã ở đơn vị đó rồi.</translation>
        </message>
    </context>
    <context>
        <name>hv::MergeDialog</name>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="17" />
            <source>Close a unit</source>
            <translation>Giải thể đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="32" />
            <source>Close %1 (%2). Only a unit without active members and without units below it can be closed; otherwise merge it.</source>
            <translation>Giải thể %1 (%2). Chỉ giải thể được đơn vị không còn hội viên đang sinh hoạt và không còn đơn vị trực thuộc; nếu không, hãy sáp nhập.</translation>
        </message>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="38" />
            <source>Merge %1 (%2): its %3 active member(s) move to the target on the date, with a movement in their history; %4 unit(s) below it are closed with it. Reports of earlier years stay as they were.</source>
            <translation>Sáp nhập %1 (%2): %3 hội viên đang sinh hoạt chuyển sang đơn vị nhận vào ngày này, có ghi biến động trong quá trình; %4 đơn vị trực thuộc được giải thể cùng. Báo cáo các năm trước giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/mergedialog.cpp" line="50" />
            <source>choose...</source>
            <translation>chọn...</translation>
        </message>
    </context>
    <context>
        <name>hv::MovementDialog</name>
        <message numerus="yes">
            <location filename="../../src/ui/movementdialog.cpp" line="28" />
            <source>and %n other(s)</source>
            <translation>
                <numerusform>và %n người khác</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/movementdialog.cpp" line="29" />
            <source>&lt;b&gt;%1&lt;/b&gt; — applies to %n member(s): %2</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; — áp dụng cho %n hội viên: %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/movementdialog.cpp" line="47" />
            <source>&amp;Move to chapter:</source>
            <translation>&amp;Chuyển đến chi hội:</translation>
        </message>
        <message>
            <location filename="../../src/ui/movementdialog.cpp" line="47" />
            <source>&amp;Chapter:</source>
            <translation>&amp;Chi hội:</translation>
        </message>
        <message>
            <location filename="../../src/ui/movementdialog.cpp" line="97" />
            <source>Choose the chapter she goes to.</source>
            <translation>Chọn chi hội mà hội viên chuyển đến.</translation>
        </message>
    </context>
    <context>
        <name>hv::NumberGrid</name>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="78" />
            <source>&amp;Save figures</source>
            <translation>&amp;Lưu số liệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="79" />
            <source>&amp;Undo edits</source>
            <translation>&amp;Bỏ các thay đổi</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="111" />
            <source>Unsaved figures</source>
            <translation>Số liệu chưa lưu</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergrid.cpp" line="112" />
            <source>Figures were typed and not saved. Save them?</source>
            <translation>Có số liệu đã nhập nhưng chưa lưu. Lưu lại không?</translation>
        </message>
    </context>
    <context>
        <name>hv::NumberGridModel</name>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="108" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="117" />
            <source>%1 cannot be typed here: %2</source>
            <translation>Không nhập được %1 vào đây: %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="131" />
            <source>%1: "%2" is not a whole number.</source>
            <translation>%1: "%2" không phải là số nguyên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="132" />
            <source>%1: a figure cannot be negative (%2).</source>
            <translation>%1: số liệu không được âm (%2).</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="154" />
            <source>Click the cell where the pasted block should begin.</source>
            <translation>Hãy nhấp vào ô nơi vùng dán bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="163" />
            <source>The pasted block has %1 row(s) and %2 column(s): from %3 it goes past the end of the grid. Nothing was pasted.</source>
            <translation>Vùng dán có %1 dòng và %2 cột: bắt đầu từ %3 thì vượt quá cuối bảng. Chưa dán gì.</translation>
        </message>
        <message>
            <location filename="../../src/ui/numbergridmodel.cpp" line="177" />
            <source>Nothing was pasted.</source>
            <translation>Chưa dán gì.</translation>
        </message>
    </context>
    <context>
        <name>hv::OverviewPage</name>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="148" />
            <location filename="../../src/ui/overviewpage.cpp" line="174" />
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="156" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="157" />
            <location filename="../../src/ui/overviewpage.cpp" line="158" />
            <source>Units below</source>
            <translation>Đơn vị trực thuộc</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="159" />
            <source>Charts</source>
            <translation>Biểu đồ</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="161" />
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Members</source>
            <translation>Hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="162" />
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Admitted</source>
            <translation>Kết nạp</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="163" />
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Left</source>
            <translation>Giảm</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="164" />
            <location filename="../../src/ui/overviewpage.cpp" line="170" />
            <source>Attraction rate</source>
            <translation>Tỷ lệ thu hút</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="165" />
            <location filename="../../src/ui/overviewpage.cpp" line="170" />
            <source>Chapters</source>
            <translation>Chi hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="166" />
            <location filename="../../src/ui/overviewpage.cpp" line="170" />
            <source>Chapter heads</source>
            <translation>Chi hội trưởng</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="167" />
            <source>Honorary members</source>
            <translation>Hội viên danh dự</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="168" />
            <source>Transferred in</source>
            <translation>Chuyển đến</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="169" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="238" />
            <source>women aged 18+ present in the area</source>
            <translation>phụ nữ từ 18 tuổi có mặt trên địa bàn</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="239" />
            <source>women aged 18+ eligible to join</source>
            <translation>phụ nữ từ 18 tuổi đủ điều kiện vào Hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="240" />
            <source>women aged 18+ (bases differ between units)</source>
            <translation>phụ nữ từ 18 tuổi (các đơn vị tính theo cơ sở khác nhau)</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="241" />
            <source>women aged 18+</source>
            <translation>phụ nữ từ 18 tuổi</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="250" />
            <source>Year %1 — figures at %2</source>
            <translation>Năm %1 — số liệu đến ngày %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="259" />
            <source>%1 at the start of the year (%2%3)</source>
            <translation>đầu năm %1 (%2%3)</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="261" />
            <source>new members in %1</source>
            <translation>hội viên mới năm %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="266" />
            <source>%1 % over the target of %2</source>
            <translation>vượt %1 % chỉ tiêu (%2)</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="267" />
            <source>%1 % of the target of %2</source>
            <translation>đạt %1 % chỉ tiêu (%2)</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="272" />
            <source>transferred out %1, withdrew %2, removed %3, died %4</source>
            <translation>chuyển đi %1, xin ra %2, đưa ra khỏi danh sách %3, từ trần %4</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="276" />
            <source>of %1 %2</source>
            <translation>trên %1 %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="277" />
            <source>no figure of women aged 18+ for %1</source>
            <translation>chưa có số phụ nữ từ 18 tuổi năm %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="278" />
            <source>%1 groups</source>
            <translation>%1 tổ</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="279" />
            <source>%1 of them party members</source>
            <translation>%1 là đảng viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="280" />
            <source>counted apart, not in the rate</source>
            <translation>tính riêng, không tính vào tỷ lệ</translation>
        </message>
        <message>
            <location filename="../../src/ui/overviewpage.cpp" line="281" />
            <source>from outside the unit in %1</source>
            <translation>từ ngoài đơn vị, năm %1</translation>
        </message>
    </context>
    <context>
        <name>hv::PassphraseDialog</name>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="14" />
            <source>This backup is encrypted. Type the passphrase it was made with.</source>
            <translation>Bản sao lưu này đã được mã hoá. Hãy gõ cụm mật khẩu đã dùng khi tạo.</translation>
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="19" />
            <source>A backup holds every member's personal data. Encrypt it when it leaves this computer (USB stick, e-mail); without the passphrase nobody can read it, not even you: write the passphrase down and keep it safe.</source>
            <translation>Bản sao lưu chứa dữ liệu cá nhân của mọi hội viên. Hãy mã hoá khi mang ra khỏi máy này (USB, thư điện tử); không có cụm mật khẩu thì không ai đọc được, kể cả bạn: hãy ghi lại cụm mật khẩu và cất giữ cẩn thận.</translation>
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="48" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Cụm mật khẩu cần có ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="50" />
            <source>The two entries differ.</source>
            <translation>Hai lần nhập không khớp nhau.</translation>
        </message>
        <message>
            <location filename="../../src/ui/passphrasedialog.cpp" line="52" />
            <source>Type the passphrase.</source>
            <translation>Hãy gõ cụm mật khẩu.</translation>
        </message>
    </context>
    <context>
        <name>hv::PopulationGrid</name>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="121" />
            <source>&lt;b&gt;Women aged 18 and over&lt;/b&gt; (the denominator of the attraction rate). Type or paste the figures as in Excel; Delete empties a cell. Empty cells of the whole unit show, in grey, the sum used by the report.</source>
            <translation>&lt;b&gt;Phụ nữ từ 18 tuổi trở lên&lt;/b&gt; (mẫu số của tỷ lệ thu hút). Gõ hoặc dán số liệu như trong Excel; phím Delete xóa trống một ô. Ô trống của toàn đơn vị hiện màu xám tổng số mà báo cáo sử dụng.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="124" />
            <source>&amp;Save figures</source>
            <translation>&amp;Lưu số liệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="125" />
            <source>&amp;Undo edits</source>
            <translation>&amp;Bỏ các thay đổi</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="165" />
            <source>Unsaved figures</source>
            <translation>Số liệu chưa lưu</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationgrid.cpp" line="166" />
            <source>The figures of women aged 18 and over were changed. Save them?</source>
            <translation>Số phụ nữ từ 18 tuổi đã thay đổi. Lưu lại không?</translation>
        </message>
    </context>
    <context>
        <name>hv::PopulationModel</name>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="22" />
            <source>Eligible to join</source>
            <translation>Đủ điều kiện vào Hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="22" />
            <source>Present in the area</source>
            <translation>Có mặt trên địa bàn</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="95" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="114" />
            <source>Basis of the figures of %1: double-click to change.</source>
            <translation>Cơ sở tính số liệu năm %1: bấm đúp để đổi.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="144" />
            <location filename="../../src/ui/populationmodel.cpp" line="192" />
            <source>%1 did not exist at the end of %2.</source>
            <translation>%1 không tồn tại vào cuối năm %2.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="145" />
            <source>Sum of the units above it; type a figure to use it instead.</source>
            <translation>Tổng của các đơn vị phía trên; gõ một số để dùng số đó thay thế.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="170" />
            <source>Basis</source>
            <translation>Cơ sở tính</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="171" />
            <source>Whole %1</source>
            <translation>Toàn %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="187" />
            <source>%1: "%2" is not a basis; choose present in the area or eligible to join.</source>
            <translation>%1: "%2" không phải cơ sở tính; hãy chọn có mặt trên địa bàn hoặc đủ điều kiện vào Hội.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="188" />
            <source>Basis, %1</source>
            <translation>Cơ sở tính, %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="206" />
            <source>%1: "%2" is not a whole number of women.</source>
            <translation>%1: "%2" không phải số nguyên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="208" />
            <source>%1: the number of women cannot be negative (%2).</source>
            <translation>%1: số phụ nữ không được âm (%2).</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="234" />
            <source>Click the cell where the pasted block should begin.</source>
            <translation>Bấm vào ô nơi khối dán sẽ bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="243" />
            <source>The pasted block has %1 row(s) and %2 column(s): from %3 it goes past the end of the grid. Nothing was pasted.</source>
            <translation>Khối dán có %1 dòng và %2 cột: bắt đầu từ %3 thì vượt quá bảng. Chưa dán gì.</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="248" />
            <source>the basis row</source>
            <translation>dòng cơ sở tính</translation>
        </message>
        <message>
            <location filename="../../src/ui/populationmodel.cpp" line="252" />
            <source>Nothing was pasted.</source>
            <translation>Chưa dán gì.</translation>
        </message>
    </context>
    <context>
        <name>hv::Rating</name>
        <message>
            <location filename="../../src/reports/rating.cpp" line="24" />
            <source>Communes and chapters are rated; choose --level commune or chapter.</source>
            <translation>Chỉ xếp loại cấp xã và chi hội; hãy chọn --level commune hoặc chapter.</translation>
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="97" />
            <source>The shipped scorecard %1 is missing from the program.</source>
            <translation>Chương trình bị thiếu thang điểm có sẵn %1.</translation>
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="111" />
            <source>shipped default</source>
            <translation>mặc định của chương trình</translation>
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="236" />
            <source>The %1 scorecard of %2 has no criterion %3.</source>
            <translation>Thang điểm cấp %1 năm %2 không có tiêu chí %3.</translation>
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="238" />
            <source>Criterion %1 takes 0 to %2 points, not %3.</source>
            <translation>Tiêu chí %1 được chấm từ 0 đến %2 điểm, không phải %3.</translation>
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="255" />
            <source>%1 is not a grade of the %2 scorecard of %3.</source>
            <translation>%1 không phải mức xếp loại của thang điểm cấp %2 năm %3.</translation>
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="120" />
            <location filename="../../src/reports/rating.cpp" line="124" />
            <source>The database has no office unit yet: run init first.</source>
            <translation>Cơ sở dữ liệu chưa có đơn vị của văn phòng: hãy chạy init trước.</translation>
        </message>
        <message>
            <location filename="../../src/reports/rating.cpp" line="232" />
            <location filename="../../src/reports/rating.cpp" line="251" />
            <source>Unknown unit code %1.</source>
            <translation>Không có đơn vị mã %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::RatingPage</name>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="186" />
            <source>&amp;Compute and store ratings</source>
            <translation>&amp;Tính và lưu xếp loại</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="192" />
            <source>&amp;Scorecard of the year…</source>
            <translation>Thang điểm của &amp;năm…</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="237" />
            <source>Rating</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="241" />
            <source>&amp;Level:</source>
            <translation>&amp;Cấp:</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="245" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="247" />
            <source>&amp;Compute and store (F9)</source>
            <translation>&amp;Tính và lưu (F9)</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="249" />
            <source>Computes every unit's rating from the data as it is now and stores it with the scorecard used; grades already decided are kept.</source>
            <translation>Tính xếp loại của mọi đơn vị theo dữ liệu hiện có và lưu cùng thang điểm đã dùng; các mức xếp loại đã quyết định được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="251" />
            <source>Score&amp;card…</source>
            <translation>Than&amp;g điểm…</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="252" />
            <source>&lt;b&gt;Set a criterion's points by hand&lt;/b&gt; (the reason is printed with it):</source>
            <translation>&lt;b&gt;Nhập tay điểm của một tiêu chí&lt;/b&gt; (lý do được in kèm):</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="253" />
            <source>Reason, e.g. Biên bản kiểm tra ngày 10/12</source>
            <translation>Lý do, ví dụ: Biên bản kiểm tra ngày 10/12</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="254" />
            <source>Set &amp;points</source>
            <translation>Nhập điể&amp;m</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="255" />
            <source>Use computed</source>
            <translation>Dùng điểm tính được</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="256" />
            <source>&lt;b&gt;Grades&lt;/b&gt;: self-assessed, proposed, approved; decision number and date:</source>
            <translation>&lt;b&gt;Mức xếp loại&lt;/b&gt;: tự đánh giá, đề nghị, được duyệt; số và ngày quyết định:</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="257" />
            <source>Decision no., e.g. 112/QĐ-HPN</source>
            <translation>Số quyết định, ví dụ: 112/QĐ-HPN</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="258" />
            <source>Save &amp;grades</source>
            <translation>&amp;Lưu mức xếp loại</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="283" />
            <source>Computing the ratings…</source>
            <translation>Đang tính xếp loại…</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="315" />
            <source>The ratings of %1 were computed and stored.</source>
            <translation>Đã tính và lưu xếp loại năm %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Rank</source>
            <translation>Thứ hạng</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Grade</source>
            <translation>Mức xếp loại</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="321" />
            <source>Attraction rate (%)</source>
            <translation>Tỷ lệ thu hút (%)</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="324" />
            <source>Approved</source>
            <translation>Được duyệt</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="324" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="358" />
            <source>&lt;b&gt;Rating of the %1 units&lt;/b&gt; of %2, %3 — scorecard version %4</source>
            <translation>&lt;b&gt;Xếp loại các đơn vị cấp %1&lt;/b&gt; của %2, năm %3 — thang điểm phiên bản %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/ratingpage.cpp" line="364" />
            <source>%n unit(s); </source>
            <translation>
                <numerusform>%n đơn vị; </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/ratingpage.cpp" line="365" />
            <source>%n stored with Compute and store, the others computed now. * = points set by hand.</source>
            <translation>
                <numerusform>%n đơn vị đã lưu bằng Tính và lưu, các đơn vị khác vừa được tính. * = điểm nhập tay.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Max</source>
            <translation>Tối đa</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Figure</source>
            <translation>Số liệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="382" />
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="383" />
            <source>Computed</source>
            <translation>Điểm tính</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="383" />
            <source>Set by hand</source>
            <translation>Nhập tay</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="383" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="392" />
            <source>Choose a unit in the ranking.</source>
            <translation>Chọn một đơn vị trong bảng xếp hạng.</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="397" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2): rank %3, %4 points, %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2): hạng %3, %4 điểm, %5</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="417" />
            <source>Conditions of a higher grade not met: %1</source>
            <translation>Chưa đạt điều kiện của mức xếp loại cao hơn: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="427" />
            <source>(self-assessed)</source>
            <translation>(tự đánh giá)</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="428" />
            <source>(proposed)</source>
            <translation>(đề nghị)</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="429" />
            <source>(approved)</source>
            <translation>(được duyệt)</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="454" />
            <source>Write the reason for setting the points by hand; it is printed with them.</source>
            <translation>Hãy ghi lý do nhập tay điểm; lý do được in kèm theo điểm.</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="462" />
            <source>%1: the points of "%2" were set by hand.</source>
            <translation>%1: đã nhập tay điểm của "%2".</translation>
        </message>
        <message>
            <location filename="../../src/ui/ratingpage.cpp" line="491" />
            <source>The grades of %1 were saved.</source>
            <translation>Đã lưu mức xếp loại của %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::RatingRepository</name>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="110" />
            <source>An approved grade needs the number of the decision.</source>
            <translation>Mức xếp loại được công nhận cần có số quyết định.</translation>
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="163" />
            <source>Points set by hand cannot be negative.</source>
            <translation>Điểm chấm tay không được âm.</translation>
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="165" />
            <source>Points set by hand need a reason.</source>
            <translation>Điểm chấm tay cần ghi lý do.</translation>
        </message>
        <message>
            <location filename="../../src/storage/ratingrepository.cpp" line="17" />
            <source>Scorecards are kept for communes and chapters.</source>
            <translation>Thang điểm chỉ dành cho cấp xã và chi hội.</translation>
        </message>
    </context>
    <context>
        <name>hv::RegisterFilterBar</name>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="101" />
            <source>Age</source>
            <translation>Tuổi</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="102" />
            <source>from</source>
            <translation>từ</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="103" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="104" />
            <source>Youngest age (completed years at the register's date)</source>
            <translation>Tuổi nhỏ nhất (tuổi tròn tại ngày của sổ)</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="105" />
            <source>Oldest age (completed years at the register's date)</source>
            <translation>Tuổi lớn nhất (tuổi tròn tại ngày của sổ)</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="106" />
            <source>Joined in</source>
            <translation>Vào Hội năm</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="107" />
            <source>any year</source>
            <translation>mọi năm</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="108" />
            <source>Clear filters</source>
            <translation>Bỏ lọc</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="113" />
            <source>Active members</source>
            <translation>Đang sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="114" />
            <source>Members who left</source>
            <translation>Đã ra khỏi Hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="115" />
            <source>Active and left</source>
            <translation>Cả đang sinh hoạt và đã ra</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="116" />
            <source>Any member type</source>
            <translation>Mọi loại hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="120" />
            <source>Any ethnicity</source>
            <translation>Mọi dân tộc</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="121" />
            <source>Ethnic minorities</source>
            <translation>Dân tộc thiểu số</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="125" />
            <source>Any religion or none</source>
            <translation>Có hoặc không tôn giáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="126" />
            <source>Has a religion</source>
            <translation>Có tôn giáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="129" />
            <source>Party: any</source>
            <translation>Đảng viên: tất cả</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="129" />
            <source>Party members</source>
            <translation>Đảng viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="129" />
            <source>Not party members</source>
            <translation>Không là đảng viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/registerfilterbar.cpp" line="130" />
            <source>Any position</source>
            <translation>Mọi chức vụ</translation>
        </message>
    </context>
    <context>
        <name>hv::RegisterModel</name>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="149" />
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="174" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="176" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="178" />
            <source>CCCD</source>
            <translation>Số CCCD</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="180" />
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="182" />
            <source>Religion</source>
            <translation>Tôn giáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="184" />
            <source>Party member</source>
            <translation>Đảng viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="186" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="188" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="190" />
            <source>Chapter</source>
            <translation>Chi hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="192" />
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="194" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="196" />
            <source>Joined</source>
            <translation>Ngày vào Hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="198" />
            <source>Card no.</source>
            <translation>Số thẻ</translation>
        </message>
        <message>
            <location filename="../../src/ui/registermodel.cpp" line="200" />
            <source>Member type</source>
            <translation>Loại hội viên</translation>
        </message>
    </context>
    <context>
        <name>hv::RegisterRepository</name>
        <message>
            <location filename="../../src/storage/registerrepository.cpp" line="331" />
            <location filename="../../src/storage/registerrepository.cpp" line="349" />
            <source>The count was cancelled.</source>
            <translation>Đã hủy việc đếm.</translation>
        </message>
        <message>
            <location filename="../../src/storage/registerrepository.cpp" line="382" />
            <location filename="../../src/storage/registerrepository.cpp" line="438" />
            <source>Reading the register was cancelled.</source>
            <translation>Đã hủy việc đọc sổ hội viên.</translation>
        </message>
    </context>
    <context>
        <name>hv::Reports</name>
        <message>
            <location filename="../../src/reports/pdfwriter.cpp" line="294" />
            <source>PDF needs the graphical libraries, which are not started in this program.</source>
            <translation>Xuất PDF cần thư viện đồ họa, nhưng chương trình này không khởi động thư viện đó.</translation>
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="83" />
            <source>Unknown unit code %1.</source>
            <translation>Không có đơn vị mã %1.</translation>
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="161" />
            <source>Unknown column %1; the columns are: %2.</source>
            <translation>Không có cột %1; các cột là: %2.</translation>
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="326" />
            <source>No member has the id %1.</source>
            <translation>Không có hội viên số %1.</translation>
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="74" />
            <source>Cannot add the worksheet %1.</source>
            <translation>Không thêm được trang tính %1.</translation>
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="166" />
            <source>Cannot create a temporary folder for the workbook: %1</source>
            <translation>Không tạo được thư mục tạm cho sổ tính: %1</translation>
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="173" />
            <source>Cannot create the workbook.</source>
            <translation>Không tạo được sổ tính.</translation>
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="183" />
            <source>Cannot write the workbook: %1</source>
            <translation>Không ghi được sổ tính: %1</translation>
        </message>
        <message>
            <location filename="../../src/reports/tablewriters.cpp" line="186" />
            <source>Cannot read back the workbook: %1</source>
            <translation>Không đọc lại được sổ tính: %1</translation>
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="25" />
            <source>The office's unit is not set yet.</source>
            <translation>Chưa đặt đơn vị của văn phòng.</translation>
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="88" />
            <source>Unknown report.</source>
            <translation>Báo cáo không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="94" />
            <location filename="../../src/reports/reportrequest.cpp" line="118" />
            <source>This report cannot be saved as %1.</source>
            <translation>Không lưu được báo cáo này dưới dạng %1.</translation>
        </message>
        <message>
            <location filename="../../src/reports/memberlists.cpp" line="95" />
            <source>The database has no office unit yet: run init first.</source>
            <translation>Cơ sở dữ liệu chưa có đơn vị của văn phòng: hãy chạy init trước.</translation>
        </message>
        <message>
            <location filename="../../src/reports/cancelcheck.cpp" line="14" />
            <source>The report was cancelled; nothing was written.</source>
            <translation>Đã hủy báo cáo; không có gì được ghi.</translation>
        </message>
        <message>
            <location filename="../../src/reports/reportrequest.cpp" line="127" />
            <source>Cannot write %1: %2. Choose another folder.</source>
            <translation>Không ghi được %1: %2. Hãy chọn thư mục khác.</translation>
        </message>
    </context>
    <context>
        <name>hv::ReportsPage</name>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="59" />
            <source>&amp;Print report…</source>
            <translation>&amp;In báo cáo…</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="60" />
            <source>&amp;Save report as…</source>
            <translation>&amp;Lưu báo cáo thành…</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="62" />
            <source>Show the re&amp;port</source>
            <translation>&amp;Xem báo cáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="201" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Annual summary</source>
            <translation>Tổng hợp năm</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Ranking</source>
            <translation>Xếp hạng</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Member list</source>
            <translation>Danh sách hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="205" />
            <source>Movements of the year</source>
            <translation>Biến động trong năm</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="206" />
            <source>Member record sheet</source>
            <translation>Phiếu hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="209" />
            <source>Communes</source>
            <translation>Cấp xã</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="210" />
            <source>Chapters</source>
            <translation>Chi hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="211" />
            <source>&amp;Report:</source>
            <translation>&amp;Báo cáo:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="212" />
            <source>Unit:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="213" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="214" />
            <location filename="../../src/ui/reportspage.cpp" line="249" />
            <source>&amp;Date:</source>
            <translation>N&amp;gày:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="215" />
            <source>&amp;Depth:</source>
            <translation>&amp;Số cấp:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="216" />
            <source>1: the units directly below; 2: also the units below them.</source>
            <translation>1: các đơn vị trực thuộc; 2: cả các đơn vị trực thuộc của chúng.</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="217" />
            <source>&amp;Level:</source>
            <translation>Cấ&amp;p:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="218" />
            <source>&amp;Member number:</source>
            <translation>Số &amp;hội viên:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="219" />
            <source>The member's number, shown in the member's window on the Members page.</source>
            <translation>Số của hội viên, hiện trong cửa sổ hội viên ở trang Hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="220" />
            <source>&amp;Columns:</source>
            <translation>Cộ&amp;t:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="221" />
            <source>Hide the middle of citizen IDs and phone numbers</source>
            <translation>Che phần giữa của số CCCD và số điện thoại</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="222" />
            <source>Show (F5)</source>
            <translation>Xem (F5)</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="223" />
            <source>Print… (Ctrl+P)</source>
            <translation>In… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="224" />
            <source>Save as PDF, Excel, CSV or HTML…</source>
            <translation>Lưu thành PDF, Excel, CSV hoặc HTML…</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="225" />
            <source>Fill the Excel form of the level above…</source>
            <translation>Điền biểu mẫu Excel của cấp trên…</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="226" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="227" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="228" />
            <source>Charts</source>
            <translation>Biểu đồ</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="249" />
            <source>&amp;Cut-off date:</source>
            <translation>Ngày &amp;chốt số liệu:</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="250" />
            <source>Used when it falls in the year; otherwise the figures are those of 31 December.</source>
            <translation>Dùng khi ngày này nằm trong năm; nếu không, số liệu lấy tại ngày 31 tháng 12.</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="275" />
            <source>(the office's unit)</source>
            <translation>(đơn vị của văn phòng)</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="322" />
            <source>Cancelled.</source>
            <translation>Đã huỷ.</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="328" />
            <source>Preparing the report…</source>
            <translation>Đang lập báo cáo…</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="345" />
            <source>The report could not be made.</source>
            <translation>Không lập được báo cáo.</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="353" />
            <source>%1 page(s).</source>
            <translation>%1 trang.</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="378" />
            <source>Print report</source>
            <translation>In báo cáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="389" />
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="390" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Sổ tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="391" />
            <source>CSV table (*.csv)</source>
            <translation>Bảng CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="392" />
            <source>Web page (*.html)</source>
            <translation>Trang web (*.html)</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="396" />
            <source>Save report</source>
            <translation>Lưu báo cáo</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="410" />
            <source>Writing %1…</source>
            <translation>Đang ghi %1…</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="424" />
            <source>The report was not saved.</source>
            <translation>Chưa lưu báo cáo.</translation>
        </message>
        <message>
            <location filename="../../src/ui/reportspage.cpp" line="428" />
            <source>Saved as %1.</source>
            <translation>Đã lưu thành %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::RowSourceFactory</name>
        <message>
            <location filename="../../src/importing/rowsourcefactory.cpp" line="30" />
            <source>%1: the file does not exist.</source>
            <translation>%1: tệp không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/importing/rowsourcefactory.cpp" line="32" />
            <source>%1: cannot be read (%2).</source>
            <translation>%1: không đọc được tệp (%2).</translation>
        </message>
        <message>
            <location filename="../../src/importing/rowsourcefactory.cpp" line="40" />
            <source>%1 is an Excel 97–2003 .xls file; open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) first.</source>
            <translation>%1 là tệp Excel 97–2003 (.xls); trước hết hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx (Excel Workbook).</translation>
        </message>
    </context>
    <context>
        <name>hv::Scorecard</name>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="37" />
            <source>The scorecard is not valid JSON: %1.</source>
            <translation>Thang điểm không phải JSON hợp lệ: %1.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="43" />
            <source>A scorecard's level is commune or chapter.</source>
            <translation>Cấp của thang điểm phải là commune (xã) hoặc chapter (chi hội).</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="102" />
            <source>The scorecard has no criteria.</source>
            <translation>Thang điểm không có tiêu chí nào.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="107" />
            <source>Every criterion needs an id.</source>
            <translation>Mỗi tiêu chí cần có mã (id).</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="109" />
            <source>The criterion id %1 is used twice.</source>
            <translation>Mã tiêu chí %1 bị dùng hai lần.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="112" />
            <source>Criterion %1: its points must be more than 0.</source>
            <translation>Tiêu chí %1: số điểm phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="114" />
            <source>Criterion %1: unknown method %2; use one of %3.</source>
            <translation>Tiêu chí %1: cách tính điểm %2 không hợp lệ; dùng một trong: %3.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="116" />
            <source>Criterion %1: the rate for full points must be above the floor.</source>
            <translation>Tiêu chí %1: tỷ lệ đạt điểm tối đa phải cao hơn mức sàn.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="120" />
            <source>The criteria add up to %1 points, not the scorecard's maximum of %2.</source>
            <translation>Tổng điểm các tiêu chí là %1, không bằng điểm tối đa %2 của thang điểm.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="122" />
            <source>The scorecard has no grades.</source>
            <translation>Thang điểm không có mức xếp loại nào.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="127" />
            <source>Grade codes must be given, different from each other and from %1.</source>
            <translation>Mỗi mức xếp loại phải có mã; các mã phải khác nhau và khác %1.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="130" />
            <source>Grade %1: thresholds must decrease from the best grade to the lowest.</source>
            <translation>Mức xếp loại %1: điểm ngưỡng phải giảm dần từ mức cao nhất đến mức thấp nhất.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="132" />
            <source>Grade %1: its threshold is above the maximum.</source>
            <translation>Mức xếp loại %1: điểm ngưỡng cao hơn điểm tối đa.</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="135" />
            <source>Grade %1: the condition names no criterion of the card (%2).</source>
            <translation>Mức xếp loại %1: điều kiện không ứng với tiêu chí nào của thang điểm (%2).</translation>
        </message>
        <message>
            <location filename="../../src/core/scorecard.cpp" line="138" />
            <source>The lowest grade must start at 0 points.</source>
            <translation>Mức xếp loại thấp nhất phải bắt đầu từ 0 điểm.</translation>
        </message>
    </context>
    <context>
        <name>hv::ScorecardDialog</name>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="39" />
            <source>Row %1, %2: "%3" is not a number.</source>
            <translation>Dòng %1, %2: "%3" không phải là số.</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="60" />
            <source>Id</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="60" />
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="60" />
            <source>Points</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="61" />
            <source>Scoring method</source>
            <translation>Cách tính điểm</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="61" />
            <source>Floor (%)</source>
            <translation>Mức sàn (%)</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="61" />
            <source>Full marks at</source>
            <translation>Đạt điểm tối đa khi</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="62" />
            <source>Target indicator</source>
            <translation>Chỉ tiêu đối chiếu</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="66" />
            <source>Methods: attraction_rate, admitted, trainings, trainees, awards, activities, households, manual. Full marks at: the rate or the count that earns every point; a target indicator replaces it where the unit has that target.</source>
            <translation>Cách tính: attraction_rate, admitted, trainings, trainees, awards, activities, households, manual. Đạt điểm tối đa khi: tỷ lệ hoặc số lượng để được trọn điểm; chỉ tiêu đối chiếu sẽ thay thế giá trị này ở đơn vị có chỉ tiêu đó.</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>Grade</source>
            <translation>Mức xếp loại</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>From (points)</source>
            <translation>Từ (điểm)</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="71" />
            <source>Conditions</source>
            <translation>Điều kiện</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="103" />
            <source>Scorecard of the %1 units, %2</source>
            <translation>Thang điểm các đơn vị cấp %1, năm %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="104" />
            <source>Version %1 of the %2 scorecard. Saving stores a new version; ratings stored before keep the version they were computed with until they are computed again.</source>
            <translation>Phiên bản %1 của thang điểm cấp %2. Khi lưu sẽ tạo phiên bản mới; các kết quả xếp loại đã lưu trước đó giữ phiên bản đã dùng để tính cho đến khi được tính lại.</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="141" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="143" />
            <source>floor</source>
            <translation>mức sàn</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="144" />
            <source>full marks</source>
            <translation>điểm tối đa</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="156" />
            <source>from (points)</source>
            <translation>từ (điểm)</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="160" />
            <source>Grade %1: the condition "%2" cannot be read; write it as criterion &gt;= points: text.</source>
            <translation>Mức xếp loại %1: không đọc được điều kiện "%2"; hãy viết theo dạng tiêu chí &gt;= điểm: nội dung.</translation>
        </message>
        <message>
            <location filename="../../src/ui/scorecarddialog.cpp" line="188" />
            <source>Sum of the points: %1 of %2</source>
            <translation>Tổng điểm: %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>hv::SecurityActions</name>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="36" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Khôi phục bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="38" />
            <source>&amp;Accounts…</source>
            <translation>&amp;Tài khoản…</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="40" />
            <source>Audit &amp;log…</source>
            <translation>&amp;Nhật ký…</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="42" />
            <source>&amp;Lock now</source>
            <translation>Khoá &amp;ngay</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="83" />
            <source>Daily backup saved to %1</source>
            <translation>Đã lưu bản sao lưu hằng ngày vào %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="85" />
            <source>The daily backup failed: %1</source>
            <translation>Sao lưu hằng ngày không thành công: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="93" />
            <source>hoivien-backup-%1</source>
            <translation>hoivien-saoluu-%1</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="100" />
            <source>Backup</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="101" />
            <location filename="../../src/ui/securityactions.cpp" line="145" />
            <source>HoiVien databases (*.sqlite *.db)</source>
            <translation>Cơ sở dữ liệu HoiVien (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="101" />
            <source>Encrypted backups (*.hvbackup)</source>
            <translation>Bản sao lưu mã hoá (*.hvbackup)</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="107" />
            <source>Making the backup…</source>
            <translation>Đang sao lưu…</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="122" />
            <source>Backup saved to %1</source>
            <translation>Đã sao lưu vào %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="128" />
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="129" />
            <source>Backups (*.hvbackup *.sqlite *.db);;All files (*)</source>
            <translation>Bản sao lưu (*.hvbackup *.sqlite *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="142" />
            <source>Restore as</source>
            <translation>Khôi phục thành</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="144" />
            <source>restored-%1.sqlite</source>
            <translation>khoiphuc-%1.sqlite</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="149" />
            <source>A backup cannot be restored over the open database: restore it as another file, then open that.</source>
            <translation>Không thể khôi phục bản sao lưu đè lên cơ sở dữ liệu đang mở: hãy khôi phục thành một tệp khác rồi mở tệp đó.</translation>
        </message>
        <message>
            <location filename="../../src/ui/securityactions.cpp" line="154" />
            <source>%1 restored to %2</source>
            <translation>Đã khôi phục %1 vào %2</translation>
        </message>
    </context>
    <context>
        <name>hv::Session</name>
        <message>
            <location filename="../../src/storage/session.cpp" line="40" />
            <source>Too many wrong passwords for %1: try again in %2 seconds.</source>
            <translation>Nhập sai mật khẩu của %1 quá nhiều lần: hãy thử lại sau %2 giây.</translation>
        </message>
        <message>
            <location filename="../../src/storage/session.cpp" line="68" />
            <source>Wrong account name or password.</source>
            <translation>Sai tên tài khoản hoặc mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/session.cpp" line="102" />
            <source>The account %1 no longer exists.</source>
            <translation>Tài khoản %1 không còn tồn tại.</translation>
        </message>
    </context>
    <context>
        <name>hv::SplitDialog</name>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="24" />
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="51" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="51" />
            <source>Code (empty: automatic)</source>
            <translation>Mã (để trống: tự động)</translation>
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="57" />
            <source>Chapter or member</source>
            <translation>Chi hội hoặc hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="57" />
            <source>Members / born</source>
            <translation>Hội viên / năm sinh</translation>
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="57" />
            <source>New unit</source>
            <translation>Đơn vị mới</translation>
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="84" />
            <source>Split %1 (%2) into new units of the same level. On the date the new units begin, the members move to them with a movement in their history, and %1 is closed.</source>
            <translation>Chia tách %1 (%2) thành các đơn vị mới cùng cấp. Vào ngày các đơn vị mới bắt đầu, hội viên được chuyển sang đó với biến động ghi trong quá trình, và %1 được giải thể.</translation>
        </message>
        <message>
            <location filename="../../src/ui/splitdialog.cpp" line="141" />
            <location filename="../../src/ui/splitdialog.cpp" line="188" />
            <source>New unit %1</source>
            <translation>Đơn vị mới %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/splitdialog.cpp" line="204" />
            <source>%n new unit(s) without a name</source>
            <translation>
                <numerusform>%n đơn vị mới chưa có tên</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/splitdialog.cpp" line="205" />
            <source>%n row(s) not given to a new unit yet</source>
            <translation>
                <numerusform>%n dòng chưa giao cho đơn vị mới nào</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::Startup</name>
        <message>
            <location filename="../../src/ui/startup.cpp" line="74" />
            <source>Usage: hoivien [--db FILE] [--lang vi|en] [--demo] [--date YYYY-MM-DD] [--screenshot FILE [--page overview|members|units|trainings|awards|activities|clubs|club|rating|reports|wizard|login|users|audit|import-mapping|import-preview]]</source>
            <translation>Cách dùng: hoivien [--db TỆP] [--lang vi|en] [--demo] [--date YYYY-MM-DD] [--screenshot TỆP [--page overview|members|units|trainings|awards|activities|clubs|club|rating|reports|wizard|login|users|audit|import-mapping|import-preview]]</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="99" />
            <source>Unexpected argument: %1</source>
            <translation>Tham số không hợp lệ: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="113" />
            <source>--date must be a date written YYYY-MM-DD.</source>
            <translation>--date phải là ngày viết theo dạng YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="119" />
            <source>--lang must be vi or en.</source>
            <translation>--lang phải là vi hoặc en.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="123" />
            <source>--page goes with --screenshot.</source>
            <translation>--page chỉ dùng cùng --screenshot.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="127" />
            <source>--demo and --db cannot be used together.</source>
            <translation>Không dùng --demo cùng với --db.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="228" />
            <source>%1 does not exist.</source>
            <translation>%1 không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="272" />
            <source>%1 has no office unit yet: nothing to show.</source>
            <translation>%1 chưa có đơn vị của văn phòng: không có gì để hiển thị.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="293" />
            <source>Creating the demo district (Huyện Thọ Xuân)…</source>
            <translation>Đang tạo dữ liệu mẫu (Huyện Thọ Xuân)…</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="294" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="296" />
            <source>HoiVien demo</source>
            <translation>HoiVien — dữ liệu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="330" />
            <source>This build has no demo generator.</source>
            <translation>Bản dựng này không có bộ tạo dữ liệu mẫu.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="374" />
            <source>Unknown page %1; the pages are: %2</source>
            <translation>Không có trang %1; các trang là: %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="386" />
            <location filename="../../src/ui/startup.cpp" line="428" />
            <location filename="../../src/ui/startup.cpp" line="455" />
            <location filename="../../src/ui/startup.cpp" line="478" />
            <location filename="../../src/ui/startup.cpp" line="502" />
            <source>Cannot write %1.</source>
            <translation>Không ghi được %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="403" />
            <source>No club or model in %1.</source>
            <translation>Không có câu lạc bộ, mô hình nào trong năm %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/startup.cpp" line="450" />
            <source>Unknown page %1, or no list given with --import.</source>
            <translation>Không có trang %1, hoặc chưa ghi danh sách kèm --import.</translation>
        </message>
    </context>
    <context>
        <name>hv::TableImports</name>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="122" />
            <source>The code is required.</source>
            <translation>Cần có mã.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="124" />
            <source>The name is required.</source>
            <translation>Cần có tên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="127" />
            <source>Unknown level: use province, district, commune, chapter or group.</source>
            <translation>Cấp không hợp lệ: dùng province, district, commune, chapter hoặc group (tỉnh, huyện, xã, chi hội, tổ).</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="131" />
            <source>No unit has this code, in the database or above in the file.</source>
            <translation>Không có đơn vị nào mang mã này, trong cơ sở dữ liệu hay ở các dòng trên của tệp.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="135" />
            <source>A %1 cannot be under a %2.</source>
            <translation>Đơn vị cấp %1 không thể trực thuộc đơn vị cấp %2.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="142" />
            <source>A date like 31/12/2024 or 2024-12-31 is expected.</source>
            <translation>Cần một ngày như 31/12/2024 hoặc 2024-12-31.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="148" />
            <source>The end date must be after the start date.</source>
            <translation>Ngày kết thúc phải sau ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="176" />
            <location filename="../../src/importing/tableimports.cpp" line="209" />
            <source>No unit has this code.</source>
            <translation>Không có đơn vị nào mang mã này.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="181" />
            <source>A whole number of women, 0 or more, is expected.</source>
            <translation>Cần số phụ nữ là số nguyên, từ 0 trở lên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="188" />
            <source>The basis is present (có mặt) or eligible (đủ điều kiện).</source>
            <translation>Cơ sở tính là present (có mặt) hoặc eligible (đủ điều kiện).</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="213" />
            <source>Unknown indicator; use one of %1.</source>
            <translation>Chỉ tiêu không hợp lệ; dùng một trong: %1.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="217" />
            <source>A number, 0 or more, is expected.</source>
            <translation>Cần một số từ 0 trở lên.</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="40" />
            <source>The required column %1 is missing (the first row must be the header %2).</source>
            <translation>Thiếu cột bắt buộc %1 (dòng đầu phải là tiêu đề %2).</translation>
        </message>
        <message>
            <location filename="../../src/importing/tableimports.cpp" line="74" />
            <source>A year between 1900 and 2100 is expected.</source>
            <translation>Cần năm từ 1900 đến 2100.</translation>
        </message>
    </context>
    <context>
        <name>hv::TargetsGrid</name>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="16" />
            <source>New members</source>
            <translation>Hội viên mới</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="17" />
            <source>Trainings</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="18" />
            <source>Members trained</source>
            <translation>Hội viên được tập huấn</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="19" />
            <source>Awards</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="20" />
            <source>Activities</source>
            <translation>Hoạt động</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="21" />
            <source>Households 5K3S/5C3S</source>
            <translation>Hộ 5 không 3 sạch (5K3S/5C3S)</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="53" />
            <source>&lt;b&gt;Targets of the year&lt;/b&gt; per unit, with what was achieved beside each (from the data entered, as the annual report counts it). Type or paste the targets; the green columns are computed.</source>
            <translation>&lt;b&gt;Chỉ tiêu trong năm&lt;/b&gt; của từng đơn vị, kèm kết quả đạt được bên cạnh (từ dữ liệu đã nhập, tính như báo cáo năm). Gõ hoặc dán chỉ tiêu; các cột màu xanh lá được tính tự động.</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="73" />
            <source>Whole %1</source>
            <translation>Toàn %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="86" />
            <source>%1
target</source>
            <translation>%1
chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="86" />
            <source>Target: %1</source>
            <translation>Chỉ tiêu: %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="87" />
            <source>%1
achieved</source>
            <translation>%1
đạt được</translation>
        </message>
        <message>
            <location filename="../../src/ui/targetsgrid.cpp" line="88" />
            <source>Achieved in the year, computed: %1</source>
            <translation>Kết quả đạt được trong năm (tính tự động): %1</translation>
        </message>
    </context>
    <context>
        <name>hv::TemplateDialog</name>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="37" />
            <source>Fill the Excel form of the level above</source>
            <translation>Điền biểu mẫu Excel của cấp trên</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="41" />
            <source>Form (.xlsx):</source>
            <translation>Biểu mẫu (.xlsx):</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="45" />
            <source>Open…</source>
            <translation>Mở…</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="49" />
            <source>For each figure, write the cell of the form it goes in (for example Sheet1!D12), and for the rows of the units below, the column (for example D).</source>
            <translation>Với mỗi số liệu, hãy ghi ô của biểu mẫu nơi điền số liệu đó (ví dụ Sheet1!D12), và với các dòng của đơn vị trực thuộc, ghi cột (ví dụ D).</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="55" />
            <source>Figure</source>
            <translation>Số liệu</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="55" />
            <source>Cell for this unit</source>
            <translation>Ô của đơn vị này</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="55" />
            <source>Column in the unit rows</source>
            <translation>Cột trong các dòng đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="68" />
            <source>Rows of the units below</source>
            <translation>Các dòng của đơn vị trực thuộc</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="80" />
            <source>to the end</source>
            <translation>đến hết</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="81" />
            <source>Sheet:</source>
            <translation>Trang tính:</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="82" />
            <source>Column of the unit names:</source>
            <translation>Cột tên đơn vị:</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="83" />
            <source>From row:</source>
            <translation>Từ dòng:</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="84" />
            <source>To row:</source>
            <translation>Đến dòng:</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="92" />
            <source>Load mapping…</source>
            <translation>Nạp bảng ghép ô…</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="93" />
            <source>Save mapping</source>
            <translation>Lưu bảng ghép ô</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="94" />
            <source>Fill the form…</source>
            <translation>Điền biểu mẫu…</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="179" />
            <source>Open the form</source>
            <translation>Mở biểu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="180" />
            <location filename="../../src/ui/templatedialog.cpp" line="209" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Sổ tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="190" />
            <source>Load mapping</source>
            <translation>Nạp bảng ghép ô</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="191" />
            <source>Mapping (*.json)</source>
            <translation>Bảng ghép ô (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="201" />
            <source>Mapping saved as %1.</source>
            <translation>Đã lưu bảng ghép ô thành %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="209" />
            <source>Save the filled form</source>
            <translation>Lưu biểu mẫu đã điền</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="221" />
            <source>Filling the form…</source>
            <translation>Đang điền biểu mẫu…</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="236" />
            <source>The form was not filled.</source>
            <translation>Chưa điền được biểu mẫu.</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="240" />
            <source>%1 cell(s) filled in %2.</source>
            <translation>Đã điền %1 ô vào %2.</translation>
        </message>
        <message>
            <location filename="../../src/ui/templatedialog.cpp" line="242" />
            <source>Not units of this report, left as they were: %1.</source>
            <translation>Không phải đơn vị của báo cáo này, giữ nguyên: %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::Templates</name>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="74" />
            <source>%1 is not a valid workbook.</source>
            <translation>%1 không phải là sổ tính hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="145" />
            <source>%1 is damaged: %2</source>
            <translation>%1 bị hỏng: %2</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="161" />
            <source>%1 has no worksheet.</source>
            <translation>%1 không có trang tính nào.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="170" />
            <source>%1 has no sheet named %2; its sheets are: %3.</source>
            <translation>%1 không có trang tính tên %2; các trang tính là: %3.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="378" />
            <source>Cannot write %1: check the folder exists and is writable.</source>
            <translation>Không ghi được %1: hãy kiểm tra thư mục có tồn tại và được phép ghi.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="298" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="389" />
            <source>the form is not a workbook</source>
            <translation>biểu mẫu không phải là sổ tính</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="413" />
            <source>Cannot write %1: check the file is not open in another program.</source>
            <translation>Không ghi được %1: hãy kiểm tra tệp không đang mở trong chương trình khác.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="226" />
            <source>The template mapping is not valid JSON: %1.</source>
            <translation>Bảng ghép ô của biểu mẫu không phải JSON hợp lệ: %1.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="231" />
            <source>The template mapping names no template ("template": the form's .xlsx file).</source>
            <translation>Bảng ghép ô không ghi biểu mẫu nào ("template": tệp .xlsx của biểu mẫu).</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="237" />
            <source>The template mapping has a cell that is not a cell reference: "%1" (write it like Sheet1!D12).</source>
            <translation>Bảng ghép ô có một ô không phải là địa chỉ ô: "%1" (hãy viết dạng Sheet1!D12).</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="248" />
            <source>The template mapping's unit rows have no name column ("name_column": a column such as B).</source>
            <translation>Các dòng đơn vị trong bảng ghép ô chưa có cột tên ("name_column": một cột, ví dụ B).</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="252" />
            <source>The template mapping puts %1 in "%2", which is not a column.</source>
            <translation>Bảng ghép ô đặt %1 vào "%2", nhưng đó không phải là cột.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxtemplate.cpp" line="286" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
    </context>
    <context>
        <name>hv::TrainingDialog</name>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="23" />
            <source>Member</source>
            <translation>Hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="25" />
            <source>Officer</source>
            <translation>Cán bộ</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="27" />
            <source>Outside person</source>
            <translation>Người ngoài Hội</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="47" />
            <source>Taking part as</source>
            <translation>Tham gia với tư cách</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="47" />
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="90" />
            <source>New training of %1</source>
            <translation>Thêm lớp tập huấn của %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingdialog.cpp" line="90" />
            <source>Training: %1</source>
            <translation>Tập huấn: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/trainingdialog.cpp" line="180" />
            <source>%n participant(s) listed</source>
            <translation>
                <numerusform>Đã ghi %n người tham gia</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::TrainingRepository</name>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="71" />
            <source>Training "%1": %2</source>
            <translation>Lớp tập huấn "%1": %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="78" />
            <source>A training needs a title.</source>
            <translation>Lớp tập huấn cần có tên.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="82" />
            <source>the first day is required.</source>
            <translation>cần có ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="84" />
            <source>the last day %1 is before the first day %2.</source>
            <translation>ngày kết thúc %1 trước ngày bắt đầu %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="86" />
            <source>the dates %1–%2 are outside the year %3.</source>
            <translation>thời gian %1–%2 không thuộc năm %3.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="89" />
            <source>the organising unit is unknown.</source>
            <translation>không có đơn vị tổ chức này.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="91" />
            <source>%1 did not exist on %2.</source>
            <translation>%1 không tồn tại vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="95" />
            <source>%1 attendees entered, but %2 participants are listed.</source>
            <translation>số học viên ghi là %1, nhưng danh sách có %2 người tham gia.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="101" />
            <source>an officer or outside participant needs a name.</source>
            <translation>cán bộ hoặc người ngoài tham gia cần có họ tên.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="105" />
            <source>member %1 is listed twice.</source>
            <translation>hội viên số %1 có tên hai lần trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="110" />
            <source>%1 was not an active member on %2.</source>
            <translation>%1 không phải hội viên đang sinh hoạt vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="111" />
            <source>member %1 does not exist.</source>
            <translation>không có hội viên số %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/trainingrepository.cpp" line="148" />
            <source>No training has the number %1.</source>
            <translation>Không có lớp tập huấn số %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::TrainingsPage</name>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="22" />
            <source>&amp;New training…</source>
            <translation>&amp;Thêm lớp tập huấn…</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="25" />
            <source>&amp;Edit training…</source>
            <translation>&amp;Sửa lớp tập huấn…</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="28" />
            <source>&amp;Delete training…</source>
            <translation>&amp;Xoá lớp tập huấn…</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="34" />
            <source>Trainings</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="38" />
            <source>Double-click a class to open it.</source>
            <translation>Nhấp đúp vào một lớp để mở.</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>To</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>Title</source>
            <translation>Tên lớp</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="44" />
            <source>Organised by</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="45" />
            <source>Attendees</source>
            <translation>Số người dự</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="53" />
            <source>&lt;b&gt;Training classes of %1&lt;/b&gt; and the units below it, %2</source>
            <translation>&lt;b&gt;Các lớp tập huấn của %1&lt;/b&gt; và các đơn vị trực thuộc, %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="56" />
            <source>Choose a unit in the tree.</source>
            <translation>Chọn một đơn vị trên cây.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/trainingspage.cpp" line="69" />
            <source>%n class(es), </source>
            <translation>
                <numerusform>%n lớp, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/trainingspage.cpp" line="70" />
            <source>%n attendee(s)</source>
            <translation>
                <numerusform>%n người dự</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="109" />
            <source>Delete training</source>
            <translation>Xoá lớp tập huấn</translation>
        </message>
        <message>
            <location filename="../../src/ui/trainingspage.cpp" line="110" />
            <source>Delete the training "%1" with its list of participants?</source>
            <translation>Xoá lớp tập huấn "%1" cùng danh sách người tham gia?</translation>
        </message>
    </context>
    <context>
        <name>hv::UnitChanges</name>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="42" />
            <location filename="../../src/storage/unitchanges.cpp" line="332" />
            <location filename="../../src/storage/unitchanges.cpp" line="373" />
            <source>The unit no longer exists.</source>
            <translation>Đơn vị này không còn nữa.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="48" />
            <location filename="../../src/storage/unitchanges.cpp" line="175" />
            <source>The change needs a date.</source>
            <translation>Thay đổi cần có ngày.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="51" />
            <source>The date %1 is in the future: enter the change on or after that day.</source>
            <translation>Ngày %1 ở tương lai: hãy ghi thay đổi này từ ngày đó trở đi.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="71" />
            <location filename="../../src/storage/unitchanges.cpp" line="139" />
            <source>The unit needs a name.</source>
            <translation>Đơn vị cần có tên.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="72" />
            <source>The unit needs a code.</source>
            <translation>Đơn vị cần có mã.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="74" />
            <source>The code %1 is used by %2 already.</source>
            <translation>Mã %1 đã được dùng cho %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="78" />
            <source>The unit must end (%1) after it begins (%2).</source>
            <translation>Ngày giải thể (%1) phải sau ngày thành lập (%2).</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="82" />
            <source>Choose the unit above %1.</source>
            <translation>Chọn đơn vị cấp trên của %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="86" />
            <source>The unit above %1 no longer exists.</source>
            <translation>Đơn vị cấp trên của %1 không còn nữa.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="88" />
            <source>%1 cannot be placed below itself.</source>
            <translation>%1 không thể trực thuộc chính nó.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="90" />
            <source>A %1 cannot be below %2, which is a %3: choose a lower level.</source>
            <translation>Cấp %1 không thể trực thuộc %2 (cấp %3): hãy chọn cấp thấp hơn.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="94" />
            <source>%1 cannot begin before %2, which begins on %3.</source>
            <translation>%1 không thể bắt đầu trước %2 (bắt đầu ngày %3).</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="97" />
            <source>%1 cannot last after %2, which ended on %3.</source>
            <translation>%1 không thể tồn tại sau %2 (đã kết thúc ngày %3).</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="125" />
            <source>%1 is below it and is a %2: the level must stay above that.</source>
            <translation>%1 trực thuộc đơn vị này và là cấp %2: cấp của đơn vị phải cao hơn.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="158" />
            <source>%1 still has %n active member(s) on %2 or later. Move them first, or merge %1 into another unit: a merge moves its members with their history.</source>
            <translation>%1 còn %n hội viên đang sinh hoạt từ ngày %2 trở đi. Hãy chuyển họ đi trước, hoặc sáp nhập %1 vào đơn vị khác: sáp nhập sẽ chuyển hội viên cùng quá trình của họ.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="167" />
            <source>%1 still has %n unit(s) below it on %2. Close or merge them first, or merge %1 into another unit, which closes them with it.</source>
            <translation>%1 còn %n đơn vị trực thuộc vào ngày %2. Hãy giải thể hoặc sáp nhập các đơn vị đó trước, hoặc sáp nhập %1 vào đơn vị khác để giải thể chúng cùng lúc.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="180" />
            <source>%1 was closed on %2 already.</source>
            <translation>%1 đã giải thể ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="184" />
            <source>%1 begins on %2: it can only be closed after that.</source>
            <translation>%1 bắt đầu ngày %2: chỉ giải thể được sau ngày đó.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="229" />
            <source>%1 (%2) cannot be kept below %3 (%4): the levels do not fit.</source>
            <translation>%1 (%2) không thể giữ dưới %3 (%4): cấp không phù hợp.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="263" />
            <source>%1 has a movement on %2 into a unit that is closed on %3. Correct her history first, or choose a later date.</source>
            <translation>%1 có biến động ngày %2 vào một đơn vị giải thể ngày %3. Hãy sửa quá trình của hội viên trước, hoặc chọn ngày muộn hơn.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="307" />
            <source>A member has a movement after %1 into a unit that is closed then.</source>
            <translation>Có hội viên có biến động sau ngày %1 vào một đơn vị đã giải thể khi đó.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="335" />
            <source>%1 cannot be merged into itself or into a unit below it.</source>
            <translation>Không thể sáp nhập %1 vào chính nó hoặc vào đơn vị trực thuộc nó.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="338" />
            <location filename="../../src/storage/unitchanges.cpp" line="375" />
            <source>%1 does not exist on %2.</source>
            <translation>%1 không tồn tại vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="346" />
            <source>%1 begins after %2: change its dates first.</source>
            <translation>%1 bắt đầu sau ngày %2: hãy sửa ngày của đơn vị trước.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="376" />
            <source>A split needs at least two new units.</source>
            <translation>Chia tách cần ít nhất hai đơn vị mới.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="384" />
            <source>A unit given to %1 is not below %2 on %3.</source>
            <translation>Một đơn vị giao cho %1 không trực thuộc %2 vào ngày %3.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="387" />
            <source>%1 is given to two new units.</source>
            <translation>%1 được giao cho hai đơn vị mới.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="392" />
            <source>%1 is not given to any of the new units.</source>
            <translation>%1 chưa được giao cho đơn vị mới nào.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="419" />
            <source>A member is given to two new units.</source>
            <translation>Có hội viên được giao cho hai đơn vị mới.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="432" />
            <source>%n member(s) of %1 are not given to any of the new units.</source>
            <translation>%n hội viên của %1 chưa được giao cho đơn vị mới nào.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitchanges.cpp" line="435" />
            <source>%n member(s) given to a new unit are not active in %1 on %2.</source>
            <translation>%n hội viên được giao cho đơn vị mới không sinh hoạt ở %1 vào ngày %2.</translation>
        </message>
    </context>
    <context>
        <name>hv::UnitDialog</name>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="38" />
            <source>Leave empty for %1</source>
            <translation>Để trống để dùng %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="57" />
            <source>New unit</source>
            <translation>Đơn vị mới</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="57" />
            <source>Unit %1</source>
            <translation>Đơn vị %1</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitdialog.cpp" line="63" />
            <source>(unit %1)</source>
            <translation>(đơn vị %1)</translation>
        </message>
    </context>
    <context>
        <name>hv::UnitRepository</name>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="58" />
            <source>Only the office's administrator may add a unit at the top of the tree.</source>
            <translation>Chỉ quản trị của văn phòng mới được thêm đơn vị ở cấp trên cùng của cây.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="60" />
            <source>A unit with code %1 exists already.</source>
            <translation>Đã có đơn vị mã %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="124" />
            <source>Unknown unit.</source>
            <translation>Không có đơn vị này.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="133" />
            <source>Cannot read the unit list %1.</source>
            <translation>Không đọc được danh sách đơn vị %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="140" />
            <source>%1: the first line must be the header code,name,level,parent_code.</source>
            <translation>%1: dòng đầu phải là tiêu đề code,name,level,parent_code.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="151" />
            <source>%1:%2: a unit needs a code, a name and a level.</source>
            <translation>%1:%2: đơn vị cần có mã, tên và cấp.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unitrepository.cpp" line="168" />
            <source>Code %1 is not in the official list of units.</source>
            <translation>Mã %1 không có trong danh mục đơn vị hành chính.</translation>
        </message>
    </context>
    <context>
        <name>hv::UnitTreeModel</name>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="143" />
            <source>%1 — code %2</source>
            <translation>%1 — mã %2</translation>
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="145" />
            <source>%1 members</source>
            <translation>%1 hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="148" />
            <source>%1 honorary members</source>
            <translation>%1 hội viên danh dự</translation>
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="175" />
            <source>Ordinary members active at the chosen date. Honorary members are counted apart: point at a unit to see them.</source>
            <translation>Hội viên chính thức đang sinh hoạt đến ngày đã chọn. Hội viên danh dự được tính riêng: trỏ chuột vào một đơn vị để xem.</translation>
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="178" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/unittreemodel.cpp" line="178" />
            <source>Members</source>
            <translation>Hội viên</translation>
        </message>
    </context>
    <context>
        <name>hv::UnitYearRepository</name>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="15" />
            <source>The number of women cannot be negative.</source>
            <translation>Số phụ nữ không được âm.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="17" />
            <source>The basis must be present or eligible, not %1.</source>
            <translation>Cơ sở tính phải là present hoặc eligible, không phải %1.</translation>
        </message>
        <message>
            <location filename="../../src/storage/unityearrepository.cpp" line="54" />
            <source>A target cannot be negative.</source>
            <translation>Chỉ tiêu không được âm.</translation>
        </message>
    </context>
    <context>
        <name>hv::UnitsPage</name>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="77" />
            <source>&amp;Add unit…</source>
            <translation>&amp;Thêm đơn vị…</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="78" />
            <source>&amp;Edit unit…</source>
            <translation>&amp;Sửa đơn vị…</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="80" />
            <source>&amp;Close unit…</source>
            <translation>&amp;Giải thể đơn vị…</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="82" />
            <source>&amp;Merge into…</source>
            <translation>Sáp &amp;nhập vào…</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="83" />
            <source>&amp;Split…</source>
            <translation>&amp;Chia tách…</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="144" />
            <source>Units</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="148" />
            <source>Show closed units</source>
            <translation>Hiện cả đơn vị đã giải thể</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="149" />
            <source>Until</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="150" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="150" />
            <source>Members</source>
            <translation>Hội viên</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="150" />
            <source>Merged into</source>
            <translation>Sáp nhập vào</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="181" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2): units below it on %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2): các đơn vị trực thuộc tại ngày %3</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="183" />
            <source>Choose a unit in the tree.</source>
            <translation>Chọn một đơn vị trên cây.</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="265" />
            <source>%1 was added.</source>
            <translation>Đã thêm %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="281" />
            <source>%1 was saved.</source>
            <translation>Đã lưu %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/unitspage.cpp" line="298" />
            <source>%1 was closed on %2.</source>
            <translation>Đã giải thể %1 từ ngày %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/unitspage.cpp" line="329" />
            <source>%1 was merged into %2 on %3; %n member(s) moved.</source>
            <translation>
                <numerusform>Đã sáp nhập %1 vào %2 từ ngày %3; %n hội viên được chuyển.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/unitspage.cpp" line="349" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n hội viên</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ui/unitspage.cpp" line="364" />
            <source>%1 was split into %n unit(s) on %2.</source>
            <translation>
                <numerusform>Đã chia tách %1 thành %n đơn vị từ ngày %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>hv::UsersDialog</name>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="20" />
            <source>Officer (reads and writes her units)</source>
            <translation>Cán bộ (xem và sửa dữ liệu các đơn vị được giao)</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="21" />
            <source>Viewer (reads, exports masked)</source>
            <translation>Người xem (chỉ xem, xuất dữ liệu đã che)</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="22" />
            <location filename="../../src/ui/usersdialog.cpp" line="43" />
            <source>Administrator</source>
            <translation>Quản trị</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Account</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="25" />
            <source>Failed sign-ins</source>
            <translation>Số lần đăng nhập sai</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="43" />
            <source>Officer</source>
            <translation>Cán bộ</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="43" />
            <source>Viewer</source>
            <translation>Người xem</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="44" />
            <source>whole office</source>
            <translation>toàn văn phòng</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="61" />
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="78" />
            <source>Unknown unit code %1.</source>
            <translation>Không có đơn vị mã %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="83" />
            <source>Account %1 added.</source>
            <translation>Đã thêm tài khoản %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="95" />
            <source>Select an account first.</source>
            <translation>Hãy chọn một tài khoản trước.</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="102" />
            <source>Password of %1 changed.</source>
            <translation>Đã đổi mật khẩu của %1.</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="110" />
            <source>Remove account</source>
            <translation>Xoá tài khoản</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="110" />
            <source>Remove the account %1?</source>
            <translation>Xoá tài khoản %1?</translation>
        </message>
        <message>
            <location filename="../../src/ui/usersdialog.cpp" line="113" />
            <source>Account %1 removed.</source>
            <translation>Đã xoá tài khoản %1.</translation>
        </message>
    </context>
    <context>
        <name>hv::XlsxReader</name>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="111" />
            <source>%1, row %2: %3</source>
            <translation>%1, dòng %2: %3</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="112" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="132" />
            <source>the workbook has no sheet "%1"; its sheets are: %2.</source>
            <translation>sổ tính không có trang tính "%1"; các trang tính là: %2.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="251" />
            <source>the sheet is not well-formed XML (line %1: %2); the file is damaged.</source>
            <translation>trang tính không phải XML hợp lệ (dòng %1: %2); tệp bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="254" />
            <source>the sheet ends too early; the file is truncated or damaged.</source>
            <translation>trang tính kết thúc đột ngột; tệp bị cắt cụt hoặc bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="280" />
            <source>the sheet has a row numbered "%1" after row %2 (rows go from 1 to %3, in order); the file is damaged.</source>
            <translation>trang tính có dòng số "%1" sau dòng %2 (các dòng được đánh số từ 1 đến %3, theo thứ tự); tệp bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="284" />
            <source>the sheet has more than %1 rows.</source>
            <translation>trang tính có hơn %1 dòng.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="312" />
            <source>a cell has the reference "%1", which is no cell of a sheet; the file is damaged.</source>
            <translation>có ô mang địa chỉ "%1", không phải địa chỉ ô nào của trang tính; tệp bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="314" />
            <source>the row has more than %1 columns.</source>
            <translation>dòng có hơn %1 cột.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="338" />
            <source>cell %1 holds more than %2 characters; a member list has no such cell.</source>
            <translation>ô %1 chứa hơn %2 ký tự; danh sách hội viên không có ô nào dài như vậy.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxreader.cpp" line="354" />
            <source>a cell refers to shared string %1, but the workbook has %2; the file is damaged.</source>
            <translation>có ô trỏ tới chuỗi dùng chung số %1, nhưng sổ tính chỉ có %2 chuỗi; tệp bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="28" />
            <source>the file does not exist</source>
            <translation>tệp không tồn tại</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="32" />
            <location filename="../../src/importing/xlsxzip.cpp" line="47" />
            <source>not a readable .xlsx workbook (%1)</source>
            <translation>không phải sổ tính .xlsx đọc được (%1)</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="59" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="73" />
            <source>the workbook has no part %1 (the file is damaged or not an Excel workbook)</source>
            <translation>sổ tính không có phần %1 (tệp bị hỏng hoặc không phải sổ tính Excel)</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="75" />
            <source>the part %1 gives no size</source>
            <translation>phần %1 không ghi kích thước</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="79" />
            <source>the part %1 would inflate to %2 MB, more than the %3 MB a member list can need (the file is damaged or built to exhaust memory)</source>
            <translation>phần %1 khi giải nén sẽ chiếm %2 MB, nhiều hơn mức %3 MB mà một danh sách hội viên có thể cần (tệp bị hỏng hoặc được tạo ra để làm cạn bộ nhớ)</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="84" />
            <source>cannot read the part %1 (%2)</source>
            <translation>không đọc được phần %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="120" />
            <source>%1: the part %2 is damaged (%3); the file may be truncated.</source>
            <translation>%1: phần %2 bị hỏng (%3); có thể tệp đã bị cắt cụt.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxzip.cpp" line="124" />
            <source>%1: the part %2 inflates to more than its declared size; the file is damaged or built to exhaust memory.</source>
            <translation>%1: phần %2 khi giải nén lớn hơn kích thước đã khai báo; tệp bị hỏng hoặc được tạo ra để làm cạn bộ nhớ.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="71" />
            <source>%1: the part %2 declares a DTD or entities, which an Excel workbook never does; the file is refused.</source>
            <translation>%1: phần %2 khai báo DTD hoặc thực thể (entity), điều mà sổ tính Excel không bao giờ có; tệp bị từ chối.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="77" />
            <source>%1: the part %2 is not well-formed XML (line %3: %4); the file is damaged.</source>
            <translation>%1: phần %2 không phải XML hợp lệ (dòng %3: %4); tệp bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="88" />
            <source>%1: a zip archive but not an Excel workbook (no %2); save the list as .xlsx or CSV.</source>
            <translation>%1: là tệp nén zip nhưng không phải sổ tính Excel (không có %2); hãy lưu danh sách thành .xlsx hoặc CSV.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="124" />
            <source>%1: the workbook has no worksheet.</source>
            <translation>%1: sổ tính không có trang tính nào.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="179" />
            <source>%1: the workbook declares more than a million cell styles.</source>
            <translation>%1: sổ tính khai báo hơn một triệu kiểu định dạng ô.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="230" />
            <source>%1: shared string %2 is longer than %3 characters; a member list has no such cell.</source>
            <translation>%1: chuỗi dùng chung số %2 dài hơn %3 ký tự; danh sách hội viên không có ô nào dài như vậy.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="237" />
            <source>%1: the shared strings of the workbook exceed %2 million characters; the file is refused.</source>
            <translation>%1: các chuỗi dùng chung của sổ tính vượt quá %2 triệu ký tự; tệp bị từ chối.</translation>
        </message>
        <message>
            <location filename="../../src/importing/xlsxparts.cpp" line="244" />
            <source>%1: the part %2 ends too early; the file is truncated or damaged.</source>
            <translation>%1: phần %2 kết thúc đột ngột; tệp bị cắt cụt hoặc bị hỏng.</translation>
        </message>
    </context>
    <context>
        <name>hv::YearListPage</name>
        <message>
            <location filename="../../src/ui/yearlistpage.cpp" line="81" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
    </context>
    <context>
        <name>hv::YearWorkImports</name>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="289" />
            <source>A year between 1900 and 2100 is expected.</source>
            <translation>Cần năm từ 1900 đến 2100.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="136" />
            <source>No unit has this code.</source>
            <translation>Không có đơn vị nào mang mã này.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="100" />
            <source>A date like 31/12/2025 or 2025-12-31 is expected.</source>
            <translation>Cần một ngày như 31/12/2025 hoặc 2025-12-31.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="231" />
            <source>The title is required.</source>
            <translation>Cần có tên lớp tập huấn.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="238" />
            <location filename="../../src/importing/yearworkimports.cpp" line="354" />
            <source>The date is outside the year %1.</source>
            <translation>Ngày không thuộc năm %1.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="241" />
            <source>The last day must be on or after the first day, in the same year.</source>
            <translation>Ngày kết thúc phải từ ngày bắt đầu trở đi và trong cùng một năm.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="256" />
            <source>Fewer attendees than the %1 participants listed.</source>
            <translation>Số học viên ít hơn %1 người tham gia có tên trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="293" />
            <source>Unknown form: use cờ thi đua, bằng khen, giấy khen, kỷ niệm chương or danh hiệu.</source>
            <translation>Hình thức khen thưởng không hợp lệ: ghi cờ thi đua, bằng khen, giấy khen, kỷ niệm chương hoặc danh hiệu.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="297" />
            <source>Unknown issuing level: use Trung ương Hội, tỉnh Hội, huyện Hội, cơ sở Hội, UBND or khác.</source>
            <translation>Cấp khen không hợp lệ: ghi Trung ương Hội, tỉnh Hội, huyện Hội, cơ sở Hội, UBND hoặc khác.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="302" />
            <source>The decision date is outside the emulation year %1 and the year after.</source>
            <translation>Ngày quyết định không thuộc năm thi đua %1 hoặc năm sau đó.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="311" />
            <source>The status is đề nghị (proposed) or đã duyệt (approved).</source>
            <translation>Trạng thái là đề nghị (proposed) hoặc đã duyệt (approved).</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="313" />
            <source>An approved award needs its decision number.</source>
            <translation>Khen thưởng đã duyệt cần có số quyết định.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="316" />
            <source>Give either the unit (a collective award) or the member (an individual one).</source>
            <translation>Ghi một trong hai: đơn vị (khen thưởng tập thể) hoặc hội viên (khen thưởng cá nhân).</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="359" />
            <source>Unknown kind of activity (see docs/import-formats.md for the list).</source>
            <translation>Loại hoạt động không hợp lệ (xem danh sách trong docs/import-formats.md).</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="138" />
            <source>%1 did not exist on %2.</source>
            <translation>%1 không tồn tại vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="149" />
            <source>No member has the CCCD or id %1.</source>
            <translation>Không có hội viên nào mang số CCCD hoặc mã số %1.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="153" />
            <source>The member %1 was not an active member on %2.</source>
            <translation>Hội viên %1 không sinh hoạt vào ngày %2.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="65" />
            <source>The required column %1 is missing (see docs/import-formats.md).</source>
            <translation>Thiếu cột bắt buộc %1 (xem docs/import-formats.md).</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="95" />
            <source>A date is required.</source>
            <translation>Cần có ngày.</translation>
        </message>
        <message>
            <location filename="../../src/importing/yearworkimports.cpp" line="114" />
            <source>A whole number, 0 or more, is expected.</source>
            <translation>Cần một số nguyên từ 0 trở lên.</translation>
        </message>
    </context>
    <context>
        <name>hv::backup</name>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="51" />
            <source>Not enough memory to derive the backup key.</source>
            <translation>Không đủ bộ nhớ để tạo khoá sao lưu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="57" />
            <location filename="../../src/storage/securebackup.cpp" line="131" />
            <location filename="../../src/storage/securebackup.cpp" line="167" />
            <location filename="../../src/storage/securebackup.cpp" line="203" />
            <location filename="../../src/storage/securebackup.cpp" line="244" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="91" />
            <source>it is not a HoiVien database</source>
            <translation>đây không phải là cơ sở dữ liệu HoiVien</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="96" />
            <source>it was written by a newer version of HoiVien</source>
            <translation>tệp được ghi bởi phiên bản HoiVien mới hơn</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="110" />
            <source>Cannot rename %1 to %2.</source>
            <translation>Không đổi được tên %1 thành %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="125" />
            <source>The backup passphrase is empty.</source>
            <translation>Cụm mật khẩu sao lưu đang để trống.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="128" />
            <location filename="../../src/storage/securebackup.cpp" line="175" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="178" />
            <source>%1 is damaged (%2); nothing was restored.</source>
            <translation>%1 bị hỏng (%2); chưa khôi phục gì.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="182" />
            <source>%1 is not an encrypted HoiVien backup.</source>
            <translation>%1 không phải là bản sao lưu HoiVien đã mã hoá.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="185" />
            <source>%1 is a backup of format %2, which this version cannot read.</source>
            <translation>%1 là bản sao lưu định dạng %2, phiên bản này không đọc được.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="187" />
            <location filename="../../src/storage/securebackup.cpp" line="194" />
            <source>the header is cut short</source>
            <translation>phần đầu tệp bị cắt cụt</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="191" />
            <source>the key cost in the header is out of range</source>
            <translation>chi phí tạo khoá ghi trong phần đầu tệp nằm ngoài giới hạn</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="199" />
            <source>the header is invalid</source>
            <translation>phần đầu tệp không hợp lệ</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="210" />
            <location filename="../../src/storage/securebackup.cpp" line="217" />
            <source>the file ends before its last part: it was cut</source>
            <translation>tệp kết thúc trước phần cuối cùng: tệp đã bị cắt</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="213" />
            <location filename="../../src/storage/securebackup.cpp" line="228" />
            <source>Wrong passphrase for %1, or its beginning is damaged; nothing was restored.</source>
            <translation>Sai cụm mật khẩu của %1, hoặc phần đầu tệp bị hỏng; chưa khôi phục gì.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="214" />
            <source>at byte %1</source>
            <translation>tại byte %1</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="230" />
            <source>the part at byte %1 does not authenticate</source>
            <translation>phần tại byte %1 không xác thực được</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="234" />
            <source>the first part is not a backup's</source>
            <translation>phần đầu tiên không thuộc một bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="242" />
            <source>bytes follow its last part</source>
            <translation>có dữ liệu thừa sau phần cuối cùng</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="267" />
            <source>The backup %1 did not pass its check: %2</source>
            <translation>Bản sao lưu %1 không qua được bước kiểm tra: %2</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="287" />
            <source>%1 does not exist.</source>
            <translation>%1 không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="290" />
            <source>The folder of %1 does not exist.</source>
            <translation>Thư mục của %1 không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="296" />
            <source>%1 is encrypted: give its passphrase.</source>
            <translation>%1 đã được mã hoá: hãy nhập cụm mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="299" />
            <source>Cannot copy %1 to %2.</source>
            <translation>Không sao chép được %1 sang %2.</translation>
        </message>
        <message>
            <location filename="../../src/storage/securebackup.cpp" line="302" />
            <source>%1 cannot be restored: %2. Nothing was restored.</source>
            <translation>Không khôi phục được %1: %2. Chưa khôi phục gì.</translation>
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
            <translation>Cách dùng: hoivien-cli LỆNH [--db TỆP] [tùy chọn]

  init --unit MÃ [--units-file TỆP]      lập cây đơn vị của văn phòng từ danh sách đơn vị chính thức
  import units TỆP.csv                    thêm hoặc cập nhật đơn vị
  import members TỆP.csv|TỆP.xlsx [--sheet TÊN|N] [--dry-run] [--on-duplicate skip|update|fail] [--create-units] [--strict]
  import population TỆP.csv               số phụ nữ từ 18 tuổi trở lên theo đơn vị và năm
  import targets TỆP.csv                  chỉ tiêu theo đơn vị, năm và chỉ số
  import trainings|awards|activities TỆP.csv   công tác trong năm (docs/import-formats.md)
  report annual --year NĂM [--unit MÃ] [--date YYYY-MM-DD] [--depth N] --format json|csv|xlsx|pdf|html [--out TỆP]
  report ranking --year NĂM --level commune|chapter --format json|csv|xlsx|pdf [--out TỆP]
  rate --year NĂM --level commune|chapter   tính và lưu xếp loại của năm
  scorecard show|set [TỆP.json] --year NĂM --level commune|chapter   xem hoặc sửa thang điểm của năm
  export members [--unit MÃ] [--date YYYY-MM-DD] [--columns a,b,c] [--mask] --format csv|xlsx|pdf|html [--out TỆP]
  export movements --year NĂM [--unit MÃ] --format csv|xlsx|pdf|html [--out TỆP]
  export member-sheet --id N --format pdf|html [--out TỆP]
  search NỘI_DUNG [--limit N]             tìm hội viên, không phân biệt dấu
  backup --out TỆP [--encrypt]            sao chép nhất quán khi cơ sở dữ liệu đang dùng (mã hoá: cụm mật khẩu lấy từ HOIVIEN_BACKUP_PASSPHRASE hoặc gõ vào)
  restore --in TỆP --db ĐÍCH              khôi phục bản sao lưu (kiểm tra trước; ĐÍCH được thay thế trong một bước)
  user add TÊN --role admin|officer|viewer [--unit MÃ] | list | remove TÊN | passwd TÊN   tài khoản
  audit list [--member N] [--after ID] [--limit N] | verify | export [--format csv|json] [--out TỆP]
  erase --id N                            xoá dữ liệu cá nhân của hội viên theo yêu cầu của hội viên (giữ số liệu thống kê)
  copy --to ĐÍCH                          chép toàn bộ cơ sở dữ liệu sang một tệp SQLite mới hoặc một cơ sở dữ liệu trống trên máy chủ
  check                                   kiểm tra tính toàn vẹn và khoá ngoại
  batches                                 liệt kê các đợt nhập, kèm số đợt
  undo-import SỐ_ĐỢT                      xoá những gì đợt nhập đã thêm và khôi phục những gì đợt nhập đã cập nhật
  demo --out TỆP [--unit MÃ] [--members N] [--seed S]   cơ sở dữ liệu mẫu giống thực tế

--db TỆP là tệp SQLite (tạo mới nếu chưa có) hoặc máy chủ, postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu;
nếu không ghi, dùng cơ sở dữ liệu mặc định của chương trình máy tính.
--user TÊN để đăng nhập khi cơ sở dữ liệu có tài khoản (mật khẩu lấy từ HOIVIEN_PASSWORD hoặc gõ vào).
Mã thoát: 0 thành công, 1 dữ liệu vào bị từ chối, 2 lỗi cách dùng, 3 không mở được cơ sở dữ liệu hoặc cơ sở dữ liệu bị hỏng.
</translation>
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="95" />
            <source>Unknown command %1.</source>
            <translation>Không có lệnh %1.</translation>
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="98" />
            <source>Run hoivien-cli --help for the commands and options.</source>
            <translation>Chạy hoivien-cli --help để xem các lệnh và tùy chọn.</translation>
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="114" />
            <source>Internal error: %1</source>
            <translation>Lỗi nội bộ: %1</translation>
        </message>
        <message>
            <location filename="../../src/cli/output.cpp" line="22" />
            <source>This format is binary: give --out FILE, or redirect the output to a file or a pipe.</source>
            <translation>Định dạng này là nhị phân: hãy ghi --out TỆP, hoặc chuyển hướng đầu ra vào một tệp hay một đường ống (pipe).</translation>
        </message>
        <message>
            <location filename="../../src/cli/output.cpp" line="30" />
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/cli/output.cpp" line="39" />
            <source>--printed-on must be a date written YYYY-MM-DD.</source>
            <translation>--printed-on phải là ngày viết theo dạng YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="189" />
            <source>This database already belongs to %1 (%2).</source>
            <translation>Cơ sở dữ liệu này đã thuộc về %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="192" />
            <source>%1 (%2): %3 units created.</source>
            <translation>%1 (%2): đã tạo %3 đơn vị.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="241" />
            <source>%1: refused, %2 error(s) in %3 row(s); nothing was written.</source>
            <translation>%1: bị từ chối, %2 lỗi ở %3 dòng; chưa ghi gì.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="246" />
            <source>%1: dry run, nothing written: %2 row(s) read, %3 would be added, %4 updated, %5 skipped (%6 ms).</source>
            <translation>%1: chạy thử, chưa ghi gì: đọc %2 dòng, sẽ thêm %3, cập nhật %4, bỏ qua %5 (%6 ms).</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="247" />
            <source>%1: %2 row(s) read, %3 added, %4 updated, %5 skipped (%6 ms).</source>
            <translation>%1: đọc %2 dòng, thêm %3, cập nhật %4, bỏ qua %5 (%6 ms).</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="67" />
            <location filename="../../src/cli/commands.cpp" line="267" />
            <location filename="../../src/cli/exportcommands.cpp" line="81" />
            <source>--year is required.</source>
            <translation>Cần có --year.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="263" />
            <source>Usage: report annual|ranking ... (report annual --year Y --format json|csv|xlsx|pdf|html [--unit CODE] [--date YYYY-MM-DD] [--depth N] [--out FILE])</source>
            <translation>Cách dùng: report annual|ranking ... (report annual --year NĂM --format json|csv|xlsx|pdf|html [--unit MÃ] [--date YYYY-MM-DD] [--depth N] [--out TỆP])</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="273" />
            <location filename="../../src/cli/exportcommands.cpp" line="62" />
            <source>--date must be a date written YYYY-MM-DD.</source>
            <translation>--date phải là ngày viết theo dạng YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="275" />
            <source>--date must be a day of the year given by --year.</source>
            <translation>--date phải là một ngày trong năm --year.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="75" />
            <source>--level is required (commune or chapter).</source>
            <translation>Cần có --level (commune hoặc chapter).</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="134" />
            <source>Usage: rate --year Y --level commune|chapter</source>
            <translation>Cách dùng: rate --year NĂM --level commune|chapter</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="143" />
            <source>%1 unit(s) rated for %2 on scorecard version %3.</source>
            <translation>Đã xếp loại %1 đơn vị năm %2 theo thang điểm phiên bản %3.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="155" />
            <source>Usage: scorecard show --year Y --level commune|chapter [--out FILE] | scorecard set FILE.json --year Y --level commune|chapter [--note TEXT]</source>
            <translation>Cách dùng: scorecard show --year NĂM --level commune|chapter [--out TỆP] | scorecard set TỆP.json --year NĂM --level commune|chapter [--note GHI_CHÚ]</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="167" />
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="177" />
            <source>Scorecard %1 %2: version %3 stored; rate again to apply it.</source>
            <translation>Thang điểm cấp %1 năm %2: đã lưu phiên bản %3; hãy chạy lại lệnh rate để áp dụng.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="202" />
            <source>Usage: import units|members|population|targets|trainings|awards|activities FILE</source>
            <translation>Cách dùng: import units|members|population|targets|trainings|awards|activities TỆP</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="207" />
            <source>Unknown import %1: use units, members, population, targets, trainings, awards or activities.</source>
            <translation>Không có loại nhập %1: dùng units, members, population, targets, trainings, awards hoặc activities.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="282" />
            <source>--format is required (json, csv, xlsx, pdf or html).</source>
            <translation>Cần có --format (json, csv, xlsx, pdf hoặc html).</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="411" />
            <source>undone %1</source>
            <translation>đã hoàn tác lúc %1</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="414" />
            <source>No import recorded.</source>
            <translation>Chưa có đợt nhập nào.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="424" />
            <source>Usage: undo-import BATCH_ID (hoivien-cli batches lists them)</source>
            <translation>Cách dùng: undo-import SỐ_ĐỢT (lệnh hoivien-cli batches liệt kê các đợt nhập)</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="428" />
            <source>Batch %1 undone: %2 member(s) removed, %3 restored as they were, %4 unit(s) removed.</source>
            <translation>Đã hoàn tác đợt nhập %1: xóa %2 hội viên, đưa %3 hội viên về như trước khi nhập, xóa %4 đơn vị.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="312" />
            <source>Usage: search TEXT [--limit N]</source>
            <translation>Cách dùng: search NỘI_DUNG [--limit N]</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="86" />
            <source>--format is required (json, csv, xlsx or pdf).</source>
            <translation>Cần có --format (json, csv, xlsx hoặc pdf).</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="96" />
            <source>The office's unit is not set: run init first.</source>
            <translation>Chưa đặt đơn vị của văn phòng: hãy chạy init trước.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="117" />
            <source>--template needs --out FILE.xlsx: the filled copy of the form.</source>
            <translation>--template cần có --out TỆP.xlsx: bản sao đã điền của biểu mẫu.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="122" />
            <source>%1 cell(s) filled in %2.</source>
            <translation>Đã điền %1 ô vào %2.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="124" />
            <source>Not a unit of the report, left as it was: %1</source>
            <translation>Không phải đơn vị của báo cáo, giữ nguyên: %1</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="327" />
            <source>No member matches.</source>
            <translation>Không có hội viên nào phù hợp.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="337" />
            <location filename="../../src/cli/commands.cpp" line="356" />
            <location filename="../../src/cli/securitycommands.cpp" line="216" />
            <source>%1 does not exist.</source>
            <translation>%1 không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="341" />
            <location filename="../../src/cli/securitycommands.cpp" line="187" />
            <source>Backup passphrase: </source>
            <translation>Cụm mật khẩu sao lưu: </translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="344" />
            <source>The backup passphrase is empty.</source>
            <translation>Cụm mật khẩu sao lưu đang để trống.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="346" />
            <source>Backup written to %1 and verified.</source>
            <translation>Đã sao lưu vào %1 và kiểm tra xong.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="362" />
            <source>%1 is damaged: %2 problem(s) found. Restore the latest backup.</source>
            <translation>%1 bị hỏng: phát hiện %2 lỗi. Hãy khôi phục bản sao lưu mới nhất.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="365" />
            <source>%1: ok</source>
            <translation>%1: tốt</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="378" />
            <source>%1 exists already: remove it or choose another name.</source>
            <translation>%1 đã có: hãy xóa tệp đó hoặc chọn tên khác.</translation>
        </message>
        <message>
            <location filename="../../src/cli/commands.cpp" line="396" />
            <source>%1: %2 units, %3 members, %4 events (%5 s).</source>
            <translation>%1: %2 đơn vị, %3 hội viên, %4 biến động (%5 giây).</translation>
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="29" />
            <source>%1 needs a value.</source>
            <translation>%1 cần có giá trị.</translation>
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="36" />
            <source>Unknown option %1.</source>
            <translation>Không có tùy chọn %1.</translation>
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="44" />
            <source>%1 is required.</source>
            <translation>Cần có %1.</translation>
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="55" />
            <source>%1 must be a whole number from %2 to %3.</source>
            <translation>%1 phải là số nguyên từ %2 đến %3.</translation>
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="65" />
            <source>%1 must be one of: %2.</source>
            <translation>%1 phải là một trong: %2.</translation>
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="46" />
            <source>Usage: export members|movements|member-sheet --format FORMAT [options]</source>
            <translation>Cách dùng: export members|movements|member-sheet --format ĐỊNH_DẠNG [tùy chọn]</translation>
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="52" />
            <source>--format is required (%1).</source>
            <translation>Cần có --format (%1).</translation>
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="75" />
            <source>%1 member(s) exported.</source>
            <translation>Đã xuất %1 hội viên.</translation>
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="89" />
            <source>%1 movement(s) exported.</source>
            <translation>Đã xuất %1 biến động.</translation>
        </message>
        <message>
            <location filename="../../src/cli/exportcommands.cpp" line="94" />
            <source>--id is required.</source>
            <translation>Cần có --id.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="45" />
            <source>(whole tree)</source>
            <translation>(toàn bộ cây)</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="62" />
            <source>Usage: user add NAME --role admin|officer|viewer [--unit CODE] | user list | user remove NAME | user passwd NAME</source>
            <translation>Cách dùng: user add TÊN --role admin|officer|viewer [--unit MÃ] | user list | user remove TÊN | user passwd TÊN</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="75" />
            <source>Account %1 removed.</source>
            <translation>Đã xoá tài khoản %1.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="81" />
            <source>New password of %1: </source>
            <translation>Mật khẩu mới của %1: </translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="82" />
            <source>Password of %1 changed.</source>
            <translation>Đã đổi mật khẩu của %1.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="88" />
            <source>--role is required (admin, officer or viewer).</source>
            <translation>Cần có --role (admin, officer hoặc viewer).</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="94" />
            <source>Unknown unit code %1.</source>
            <translation>Không có đơn vị mã %1.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="97" />
            <source>Password of the new account %1: </source>
            <translation>Mật khẩu của tài khoản mới %1: </translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="99" />
            <source>Account %1 added (%2, %3).</source>
            <translation>Đã thêm tài khoản %1 (%2, %3).</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="114" />
            <source>Usage: audit list [--member N] [--after ID] [--limit N] | audit verify | audit export [--format csv|json] [--out FILE]</source>
            <translation>Cách dùng: audit list [--member N] [--after ID] [--limit N] | audit verify | audit export [--format csv|json] [--out TỆP]</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="122" />
            <source>The audit log was altered: entry %1 is the first bad one (%2).</source>
            <translation>Nhật ký đã bị sửa đổi: mục %1 là mục sai đầu tiên (%2).</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="128" />
            <source>ok: %1 entries, last hash %2</source>
            <translation>ok: %1 mục, mã băm cuối %2</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="160" />
            <source>%1 entries exported.</source>
            <translation>Đã xuất %1 mục.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="168" />
            <source>--db TARGET is required: the database the backup replaces.</source>
            <translation>Cần có --db ĐÍCH: cơ sở dữ liệu được bản sao lưu thay thế.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="179" />
            <source>%1 cannot be opened (%2); it is replaced.</source>
            <translation>Không mở được %1 (%2); tệp này sẽ được thay thế.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="189" />
            <source>%1 restored to %2.</source>
            <translation>Đã khôi phục %1 vào %2.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="198" />
            <source>Usage: erase --id N (the member's number, as search prints it)</source>
            <translation>Cách dùng: erase --id N (số của hội viên, như lệnh search in ra)</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="202" />
            <source>The personal data of member %1 was erased; her movements stay in the counts.</source>
            <translation>Đã xoá dữ liệu cá nhân của hội viên %1; các biến động của hội viên vẫn được giữ trong số liệu.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="213" />
            <source>--to is required: a new SQLite file or an empty server database (postgresql://…).</source>
            <translation>Cần --to: một tệp SQLite mới hoặc một cơ sở dữ liệu trống trên máy chủ (postgresql://…).</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="218" />
            <source>%1 exists already: the copy goes into a new file.</source>
            <translation>%1 đã có: bản chép phải vào một tệp mới.</translation>
        </message>
        <message>
            <location filename="../../src/cli/securitycommands.cpp" line="230" />
            <source>%1 rows copied to %2 and compared with the source.</source>
            <translation>Đã chép %1 dòng sang %2 và so khớp với nguồn.</translation>
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="45" />
            <source>Set %1, or run the command on a terminal to type it.</source>
            <translation>Hãy đặt biến %1, hoặc chạy lệnh trong cửa sổ dòng lệnh để gõ vào.</translation>
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="47" />
            <source>Again: </source>
            <translation>Nhập lại: </translation>
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="48" />
            <source>The two entries differ.</source>
            <translation>Hai lần nhập không khớp nhau.</translation>
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="60" />
            <source>This database has accounts: sign in with --user NAME (the password from HOIVIEN_PASSWORD or typed).</source>
            <translation>Cơ sở dữ liệu này có tài khoản: hãy đăng nhập bằng --user TÊN (mật khẩu lấy từ HOIVIEN_PASSWORD hoặc gõ vào).</translation>
        </message>
        <message>
            <location filename="../../src/cli/signin.cpp" line="61" />
            <source>Password of %1: </source>
            <translation>Mật khẩu của %1: </translation>
        </message>
    </context>
    <context>
        <name>hv::types</name>
        <message>
            <location filename="../../src/core/types.cpp" line="61" />
            <source>Central</source>
            <translation>Trung ương</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="62" />
            <source>Province</source>
            <translation>Tỉnh</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="63" />
            <source>District</source>
            <translation>Huyện</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="64" />
            <source>Commune</source>
            <translation>Xã</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="65" />
            <source>Chapter</source>
            <translation>Chi hội</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="66" />
            <source>Group</source>
            <translation>Tổ</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="83" />
            <source>Ordinary</source>
            <translation>Chính thức</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="83" />
            <source>Honorary</source>
            <translation>Danh dự</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="118" />
            <source>Admitted</source>
            <translation>Kết nạp</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="119" />
            <source>Transferred in</source>
            <translation>Chuyển đến</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="120" />
            <source>Moved to another chapter</source>
            <translation>Chuyển chi hội</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="121" />
            <location filename="../../src/core/types.cpp" line="162" />
            <source>Transferred out</source>
            <translation>Chuyển đi</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="122" />
            <location filename="../../src/core/types.cpp" line="163" />
            <source>Withdrew</source>
            <translation>Xin ra khỏi Hội</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="123" />
            <location filename="../../src/core/types.cpp" line="164" />
            <source>Removed from the list</source>
            <translation>Đưa ra khỏi danh sách</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="124" />
            <location filename="../../src/core/types.cpp" line="165" />
            <source>Died</source>
            <translation>Từ trần</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="125" />
            <source>Restored</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="161" />
            <source>Active</source>
            <translation>Đang sinh hoạt</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="234" />
            <source>Chair</source>
            <translation>Chủ tịch</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="235" />
            <source>Vice chair</source>
            <translation>Phó Chủ tịch</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="236" />
            <source>Chapter head</source>
            <translation>Chi hội trưởng</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="237" />
            <source>Chapter deputy</source>
            <translation>Chi hội phó</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="238" />
            <source>Group head</source>
            <translation>Tổ trưởng</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="239" />
            <source>Group deputy</source>
            <translation>Tổ phó</translation>
        </message>
        <message>
            <location filename="../../src/core/types.cpp" line="240" />
            <source>Other</source>
            <translation>Khác</translation>
        </message>
    </context>
</TS>
