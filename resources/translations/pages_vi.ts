<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="52"/>
        <source>Import attendance for the session of {session}</source>
        <translation>Nhập danh sách điểm danh buổi học {session}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="60"/>
        <source>No file chosen yet.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="62"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="69"/>
        <source>A sign-in list typed into Excel, or the participant list of an online meeting: a column with the card number or the full name, and a column Điểm danh, Có mặt or Tình trạng.</source>
        <translation>Danh sách ký tên đã gõ vào Excel, hoặc danh sách người tham gia xuất từ phần mềm họp trực tuyến: một cột số thẻ hoặc họ và tên, và một cột Điểm danh, Có mặt hoặc Tình trạng.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="79"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="79"/>
        <source>Party card</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="79"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="79"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="89"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="103"/>
        <source>Marks to record ({n})</source>
        <translation>Sẽ ghi nhận ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="104"/>
        <source>Problems ({n})</source>
        <translation>Lỗi ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="108"/>
        <source>Choose the attendance list</source>
        <translation>Chọn tệp danh sách điểm danh</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="114"/>
        <source>File: {path}</source>
        <translation>Tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="150"/>
        <source>{count} problems were found. Nothing can be imported until the file is corrected: fix the rows listed and choose the file again.</source>
        <translation>Tìm thấy {count} lỗi. Chưa thể nhập gì cho đến khi sửa tệp: hãy sửa các dòng được liệt kê rồi chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/import_dialog.py" line="157"/>
        <source>{count} marks are ready to be recorded.</source>
        <translation>Sẵn sàng ghi nhận điểm danh của {count} người.</translation>
    </message>
</context>
<context>
    <name>AttendanceLabels</name>
    <message>
        <location filename="../../ui/checkin/labels.py" line="23"/>
        <source>not marked</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/labels.py" line="25"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/labels.py" line="26"/>
        <source>Late or left early</source>
        <translation>Đến muộn/về sớm</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/labels.py" line="29"/>
        <source>Excused</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/labels.py" line="30"/>
        <source>Absent</source>
        <translation>Vắng không lý do</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="28"/>
        <source>New campaign</source>
        <translation>Thêm đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="28"/>
        <source>Edit campaign</source>
        <translation>Sửa đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="33"/>
        <source>e.g. NQ-DH-XIV (the code the upper level uses)</source>
        <translation>ví dụ NQ-DH-XIV (dùng đúng mã của cấp trên)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="36"/>
        <source>e.g. Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng</source>
        <translation>ví dụ: Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="43"/>
        <source>e.g. Kế hoạch số 12-KH/ĐU</source>
        <translation>ví dụ: Kế hoạch số 12-KH/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="48"/>
        <source>Members must hand in an essay</source>
        <translation>Đảng viên phải nộp bài thu hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="56"/>
        <source>Grades separated by commas, best first; or diem10 for marks out of 10.</source>
        <translation>Các mức xếp loại, cách nhau bằng dấu phẩy, mức cao nhất trước; hoặc diem10 để chấm theo thang điểm 10.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="61"/>
        <source>&amp;Code *</source>
        <translation>&amp;Mã đợt *</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="62"/>
        <source>&amp;Title *</source>
        <translation>&amp;Tên đợt học tập *</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="63"/>
        <source>&amp;Documents studied</source>
        <translation>Tài liệu &amp;học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="64"/>
        <source>&amp;Issuing body</source>
        <translation>Cơ &amp;quan ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="65"/>
        <source>&amp;Plan reference</source>
        <translation>&amp;Kế hoạch (số, ký hiệu)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="66"/>
        <source>&amp;Start date</source>
        <translation>Ngày &amp;bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="67"/>
        <source>Complete &amp;by</source>
        <translation>Hạn h&amp;oàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="68"/>
        <source>&amp;Report due by</source>
        <translation>Hạn báo &amp;cáo</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="70"/>
        <source>&amp;Essays due by</source>
        <translation>Hạn nộp bài th&amp;u hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="71"/>
        <source>Essay &amp;grades</source>
        <translation>Thang &amp;xếp loại bài thu hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="91"/>
        <source>Please type the campaign&apos;s code.</source>
        <translation>Hãy nhập mã đợt học tập.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="93"/>
        <source>Please type the campaign&apos;s title.</source>
        <translation>Hãy nhập tên đợt học tập.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="108"/>
        <source>Please list the essay grades, best first.</source>
        <translation>Hãy ghi các mức xếp loại bài thu hoạch, mức cao nhất trước.</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../ui/campaigns/model.py" line="66"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/model.py" line="67"/>
        <source>Title</source>
        <translation>Tên đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/model.py" line="68"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/model.py" line="69"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/model.py" line="70"/>
        <source>Report due</source>
        <translation>Hạn báo cáo</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../ui/campaigns/page.py" line="66"/>
        <source>&amp;New campaign (Ctrl+N)</source>
        <translation>&amp;Thêm đợt học tập (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/page.py" line="67"/>
        <source>&amp;Edit campaign</source>
        <translation>&amp;Sửa đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/page.py" line="73"/>
        <source>No campaign yet. Create one with “New campaign”, or import the plan of the upper level.</source>
        <translation>Chưa có đợt học tập nào. Hãy bấm “Thêm đợt học tập”, hoặc nhập kế hoạch của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/page.py" line="83"/>
        <source>&amp;Overview</source>
        <translation>Tổng &amp;quan</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/page.py" line="84"/>
        <source>&amp;Make-up</source>
        <translation>&amp;Học bù</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/page.py" line="85"/>
        <source>E&amp;ssays</source>
        <translation>&amp;Bài thu hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/page.py" line="91"/>
        <source>Study campaigns</source>
        <translation>Đợt học tập</translation>
    </message>
</context>
<context>
    <name>CheckinModel</name>
    <message>
        <location filename="../../ui/checkin/model.py" line="158"/>
        <source>Exempt: may attend, but is not counted in the rate.</source>
        <translation>Được miễn: có thể dự, nhưng không tính vào tỷ lệ.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/model.py" line="170"/>
        <source>{name} (exempt)</source>
        <translation>{name} (được miễn)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/model.py" line="187"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/model.py" line="188"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/model.py" line="189"/>
        <source>Party card</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/model.py" line="190"/>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/model.py" line="191"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/model.py" line="192"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/checkin/page.py" line="51"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="53"/>
        <source>&amp;Session:</source>
        <translation>&amp;Buổi học:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="64"/>
        <source>Type part of a name or a card number to jump</source>
        <translation>Gõ một phần họ tên hoặc số thẻ để chuyển nhanh đến người đó</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="91"/>
        <source>Type a digit to pick: {choices} — or type the reason and press Enter.</source>
        <translation>Gõ một chữ số để chọn nhanh: {choices} — hoặc gõ lý do rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="106"/>
        <source>Mark everyone &amp;present (Ctrl+Shift+A)</source>
        <translation>Đánh dấu &amp;tất cả có mặt (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="107"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>Hoàn tá&amp;c (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="108"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="109"/>
        <source>Also list &amp;exempt members (not counted)</source>
        <translation>Hiện cả đảng viên được &amp;miễn (không tính vào tỷ lệ)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="119"/>
        <source>Space or Enter: present and next · M or L: late or left early · P: excused, then the reason · V or K: absent · Delete: clear · other letters and digits search (/ first for names starting with M, L, P, V or K).</source>
        <translation>Phím cách hoặc Enter: có mặt rồi sang người tiếp theo · M hoặc L: đến muộn/về sớm · P: vắng có lý do, rồi chọn lý do · V hoặc K: vắng không lý do · Delete: xoá điểm danh · gõ chữ hoặc số khác để tìm (gõ / trước khi tìm tên bắt đầu bằng M, L, P, V hoặc K).</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="142"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="218"/>
        <source>Present {rate}</source>
        <translation>Có mặt {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="220"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="227"/>
        <source>not marked: {count}</source>
        <translation>chưa điểm danh: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/page.py" line="259"/>
        <source>&amp;Reason why {name} is excused:</source>
        <translation>&amp;Lý do vắng của {name}:</translation>
    </message>
</context>
<context>
    <name>EssaysModel</name>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="113"/>
        <source>late</source>
        <translation>muộn</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="160"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="161"/>
        <source>Party card</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="162"/>
        <source>Handed in on</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="163"/>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="164"/>
        <source>Late</source>
        <translation>Nộp muộn</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="165"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_model.py" line="166"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>EssaysTab</name>
    <message>
        <location filename="../../ui/followup/essays_tab.py" line="112"/>
        <source>Type in a cell to change it (dates as dd/mm/yyyy); F2 edits, Enter saves, Esc cancels.</source>
        <translation>Gõ vào ô để sửa (ngày theo dạng dd/mm/yyyy); F2 để sửa ô, Enter để lưu, Esc để bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_tab.py" line="122"/>
        <source>Show only essays not handed in</source>
        <translation>Chỉ hiện người chưa nộp bài</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_tab.py" line="155"/>
        <source>This campaign does not ask for essays.</source>
        <translation>Đợt học tập này không yêu cầu viết bài thu hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_tab.py" line="159"/>
        <source>{submitted} of {required} essays handed in, {late} late. Essays are due from the members who studied, after make-up, except exempt members.</source>
        <translation>Đã nộp {submitted}/{required} bài thu hoạch, {late} bài nộp muộn. Phải nộp bài: các đảng viên đã học tập (kể cả học bù), trừ đảng viên được miễn.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/essays_tab.py" line="167"/>
        <source>Grades are marks from 0 to 10.</source>
        <translation>Chấm theo thang điểm 10.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/members/history.py" line="97"/>
        <source>Exemption of {name}</source>
        <translation>Miễn sinh hoạt của {name}</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="99"/>
        <source>Transfer or leaving of {name}</source>
        <translation>Chuyển đi hoặc rời chi bộ: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="107"/>
        <source>e.g. 15-QĐ/ĐU</source>
        <translation>ví dụ: 15-QĐ/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>Loạ&amp;i</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="111"/>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="112"/>
        <source>&amp;To (empty: no end)</source>
        <translation>Đến ngà&amp;y (để trống nếu chưa hết hạn)</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="114"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="115"/>
        <source>Decision &amp;no.</source>
        <translation>Số &amp;quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="116"/>
        <source>N&amp;ote</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="122"/>
        <source>Please type the date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../ui/members/history.py" line="78"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="79"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="80"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="81"/>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="82"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/members/fields.py" line="64"/>
        <source>StudyLog</source>
        <translation>Sổ học tập nghị quyết</translation>
    </message>
    <message>
        <location filename="../../ui/members/fields.py" line="68"/>
        <source>Please confirm</source>
        <translation>Xin xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/members/fields.py" line="141"/>
        <source>“{text}” is not a time; write it as hh:mm.</source>
        <translation>“{text}” không phải là giờ; hãy ghi theo dạng hh:mm.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="30"/>
        <source>Campaign</source>
        <translation>Đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="31"/>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="36"/>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="37"/>
        <source>Documents studied</source>
        <translation>Tài liệu học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="38"/>
        <source>Issued by</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="39"/>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="40"/>
        <location filename="../../ui/campaigns/figures.py" line="54"/>
        <source>Essays</source>
        <translation>Bài thu hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="45"/>
        <source>Roster date</source>
        <translation>Danh sách tính theo ngày</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="46"/>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="47"/>
        <source>Must study</source>
        <translation>Phải học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="48"/>
        <source>Studied</source>
        <translation>Đã học tập</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="49"/>
        <source>Made up</source>
        <translation>Đã học bù</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="50"/>
        <source>Studied after make-up</source>
        <translation>Sau học bù</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="51"/>
        <source>Exempt but attended</source>
        <translation>Được miễn nhưng vẫn dự</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="52"/>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="53"/>
        <source>Guests (person-times)</source>
        <translation>Khách mời (lượt người)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="82"/>
        <source>from {start}, complete by {deadline}, report by {report}</source>
        <translation>bắt đầu {start}, hoàn thành trước {deadline}, báo cáo trước {report}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="90"/>
        <source>marks out of 10</source>
        <translation>thang điểm 10</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="95"/>
        <source>due by {date}; grades: {scale}</source>
        <translation>hạn nộp {date}; xếp loại: {scale}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="100"/>
        <location filename="../../ui/campaigns/figures.py" line="128"/>
        <source>not required</source>
        <translation>không yêu cầu</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="107"/>
        <source>{total} ({full} full, {probation} probationary, {exempt} exempt)</source>
        <translation>{total} ({full} chính thức, {probation} dự bị, {exempt} được miễn)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="121"/>
        <source>regular: {sessions}; make-up classes: {makeup}; connection points used: {points}</source>
        <translation>buổi chính: {sessions}; lớp học bù: {makeup}; lượt điểm cầu: {points}</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/figures.py" line="130"/>
        <source>{submitted} of {required} handed in, {late} late</source>
        <translation>đã nộp {submitted}/{required}, {late} bài nộp muộn</translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <location filename="../../ui/followup/labels.py" line="12"/>
        <source>Make-up class</source>
        <translation>Lớp học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="13"/>
        <source>Joined another unit&apos;s session</source>
        <translation>Dự học ghép với đơn vị khác</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="16"/>
        <source>Self-study</source>
        <translation>Tự nghiên cứu</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="22"/>
        <source>Not handed in</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="23"/>
        <source>Handed in</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="24"/>
        <source>Handed in late</source>
        <translation>Nộp muộn</translation>
    </message>
    <message>
        <location filename="../../ui/followup/labels.py" line="25"/>
        <source>Graded</source>
        <translation>Đã chấm</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/members/history.py" line="159"/>
        <source>Add &amp;exemption…</source>
        <translation>Thêm &amp;miễn sinh hoạt…</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="160"/>
        <source>Record &amp;transfer or leaving…</source>
        <translation>Ghi nhận &amp;chuyển đi, từ trần, ra khỏi Đảng…</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="161"/>
        <source>&amp;Remove event</source>
        <translation>&amp;Xoá sự kiện</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="182"/>
        <source>History of {name}</source>
        <translation>Quá trình của {name}</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="185"/>
        <source>Exemptions and moves of {name}. A member counts in a campaign only while in the unit and not exempt.</source>
        <translation>Miễn sinh hoạt và chuyển sinh hoạt của {name}. Đảng viên chỉ được tính trong đợt học tập khi đang sinh hoạt tại chi bộ và không được miễn.</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="203"/>
        <source>Remove the event “{event}” of {date}?</source>
        <translation>Xoá sự kiện “{event}” ngày {date}?</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="114"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="115"/>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="116"/>
        <source>Minutes lost</source>
        <translation>Số phút gián đoạn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="117"/>
        <source>How it was handled</source>
        <translation>Cách xử lý</translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="47"/>
        <source>Make-up of {name}</source>
        <translation>Học bù của {name}</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="54"/>
        <source>e.g. signed list of the make-up class, essay handed in</source>
        <translation>ví dụ: danh sách ký tên lớp học bù, bài thu hoạch đã nộp</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="59"/>
        <source>&amp;Method</source>
        <translation>&amp;Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="60"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="61"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Minh chứng</translation>
    </message>
</context>
<context>
    <name>MakeupModel</name>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="88"/>
        <source>Made up</source>
        <translation>Đã học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="88"/>
        <source>Still to do</source>
        <translation>Chưa học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="92"/>
        <source>Attended a make-up class</source>
        <translation>Đã dự lớp học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="108"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="109"/>
        <source>Party card</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="110"/>
        <source>Absence</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="111"/>
        <source>Make-up</source>
        <translation>Học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="112"/>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="113"/>
        <source>Date</source>
        <translation>Ngày học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_model.py" line="114"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
</context>
<context>
    <name>MakeupTab</name>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="102"/>
        <source>Show only those who still have to make up</source>
        <translation>Chỉ hiện người chưa học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="105"/>
        <source>&amp;Record make-up… (Enter)</source>
        <translation>&amp;Ghi nhận học bù… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="106"/>
        <source>Remove make-up record</source>
        <translation>Xoá ghi nhận học bù</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="131"/>
        <source>{absent} members did not attend any session; {pending} still have to make up. After make-up: {rate}.</source>
        <translation>{absent} đảng viên không dự buổi học nào; còn {pending} người chưa học bù. Sau học bù: {rate}.</translation>
    </message>
    <message>
        <location filename="../../ui/followup/makeup_tab.py" line="175"/>
        <source>Remove the make-up record of {name}?</source>
        <translation>Xoá ghi nhận học bù của {name}?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/members/editor.py" line="27"/>
        <source>New member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="27"/>
        <source>Edit member</source>
        <translation>Sửa thông tin đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="34"/>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="40"/>
        <source>dd/mm/yyyy or year</source>
        <translation>dd/mm/yyyy hoặc chỉ ghi năm</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="43"/>
        <source>8 or 12 digits</source>
        <translation>8 hoặc 12 chữ số</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="46"/>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="58"/>
        <source>&amp;Full name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="59"/>
        <source>&amp;Sex</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="60"/>
        <source>&amp;Born</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="61"/>
        <source>Party &amp;card number</source>
        <translation>Số &amp;thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="62"/>
        <source>C&amp;itizen ID</source>
        <translation>Số CCCD (định &amp;danh)</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="63"/>
        <source>&amp;Membership</source>
        <translation>Loại đả&amp;ng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="64"/>
        <source>&amp;Admitted to the Party</source>
        <translation>Ngày &amp;vào Đảng</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="65"/>
        <source>Became a full &amp;member</source>
        <translation>Ngà&amp;y chính thức</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="66"/>
        <source>&amp;Phone</source>
        <translation>Đ&amp;iện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="67"/>
        <source>&amp;Note</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="70"/>
        <source>Joined this unit &amp;on</source>
        <translation>Ngày chuyển đến chi &amp;bộ</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="71"/>
        <source>Leave empty when the member was already in the unit.</source>
        <translation>Để trống nếu đảng viên đã sinh hoạt tại chi bộ từ trước.</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="91"/>
        <source>Please type the member&apos;s full name.</source>
        <translation>Hãy nhập họ và tên đảng viên.</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="94"/>
        <source>The party card number has 8 or 12 digits.</source>
        <translation>Số thẻ đảng viên gồm 8 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="97"/>
        <source>The citizen ID has 12 digits.</source>
        <translation>Số CCCD gồm 12 chữ số.</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../ui/members/labels.py" line="12"/>
        <source>Full member</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="13"/>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="19"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="20"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="26"/>
        <source>Joined the unit</source>
        <translation>Chuyển đến chi bộ</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="27"/>
        <source>Transferred out</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="28"/>
        <source>Died</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="29"/>
        <source>Left the Party</source>
        <translation>Ra khỏi Đảng</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="30"/>
        <source>Exempt from party work</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../ui/members/labels.py" line="31"/>
        <source>Temporarily exempt</source>
        <translation>Tạm miễn công tác và sinh hoạt đảng</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/members/model.py" line="79"/>
        <source>{event} on {date}</source>
        <translation>{event} ngày {date}</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="82"/>
        <source>Not yet in the unit</source>
        <translation>Chưa về chi bộ</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="115"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="116"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="117"/>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="118"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="119"/>
        <source>Party card</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="120"/>
        <source>Membership</source>
        <translation>Loại đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="121"/>
        <source>Status today</source>
        <translation>Tình trạng hiện nay</translation>
    </message>
    <message>
        <location filename="../../ui/members/model.py" line="122"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/members/page.py" line="73"/>
        <source>Search by name or party card number (Ctrl+F)</source>
        <translation>Tìm theo họ tên hoặc số thẻ đảng viên (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="76"/>
        <source>Show &amp;former members</source>
        <translation>Hiện cả người đã &amp;rời chi bộ</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="80"/>
        <source>&amp;Add member (Ctrl+N)</source>
        <translation>&amp;Thêm đảng viên (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="81"/>
        <source>&amp;Edit (Enter)</source>
        <translation>&amp;Sửa (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="82"/>
        <source>E&amp;xemptions and transfers (Ctrl+H)</source>
        <translation>&amp;Miễn sinh hoạt, chuyển đi (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="83"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="93"/>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="159"/>
        <source>{shown} found</source>
        <translation>Tìm thấy {shown} người</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="161"/>
        <source>{count} members in the unit</source>
        <translation>{count} đảng viên đang sinh hoạt</translation>
    </message>
</context>
<context>
    <name>PointForm</name>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="47"/>
        <source>Attendees (person-times)</source>
        <translation>Số người dự (lượt người)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="55"/>
        <source>— not recorded —</source>
        <translation>— chưa ghi —</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="58"/>
        <source>Test connection done</source>
        <translation>Đã kết nối thử</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="69"/>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="69"/>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="70"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="70"/>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="72"/>
        <source>Planned start</source>
        <translation>Dự kiến bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="74"/>
        <source>Planned end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="78"/>
        <source>Actual start</source>
        <translation>Thực tế bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="80"/>
        <source>Actual end</source>
        <translation>Thực tế kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="94"/>
        <source>&amp;Save point details</source>
        <translation>&amp;Lưu thông tin điểm cầu</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="114"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="116"/>
        <source>How it was handled</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="117"/>
        <source>&amp;Add incident</source>
        <translation>&amp;Ghi sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="137"/>
        <source>&amp;Attendees</source>
        <translation>Số người &amp;dự</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="138"/>
        <source>C&amp;onnection</source>
        <translation>Đường truyề&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/point_form.py" line="176"/>
        <source>&amp;Incidents ({count})</source>
        <translation>Sự cố &amp;kỹ thuật ({count})</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../ui/sessions/points_tab.py" line="48"/>
        <source>Name of the connection point</source>
        <translation>Tên điểm cầu</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_tab.py" line="50"/>
        <source>Add &amp;point to this session</source>
        <translation>Thêm điểm &amp;cầu vào buổi học</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_tab.py" line="78"/>
        <source>Choose a session to see its connection points.</source>
        <translation>Chọn một buổi học để xem các điểm cầu.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_tab.py" line="80"/>
        <source>No connection point recorded for this session yet.</source>
        <translation>Buổi học này chưa có điểm cầu nào.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_tab.py" line="82"/>
        <source>Connection points of this session:</source>
        <translation>Các điểm cầu của buổi học:</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/members/preview_models.py" line="83"/>
        <source>whole file</source>
        <translation>cả tệp</translation>
    </message>
    <message>
        <location filename="../../ui/members/preview_models.py" line="98"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../ui/members/preview_models.py" line="98"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../ui/members/preview_models.py" line="98"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="43"/>
        <source>name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="44"/>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="45"/>
        <source>birth date</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="46"/>
        <source>birth year</source>
        <translation>năm sinh</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="47"/>
        <source>party card</source>
        <translation>số thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="48"/>
        <source>citizen ID</source>
        <translation>số CCCD</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="49"/>
        <source>membership</source>
        <translation>loại đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="50"/>
        <source>admission date</source>
        <translation>ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="51"/>
        <source>full membership date</source>
        <translation>ngày chính thức</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="52"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="53"/>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="66"/>
        <source>exemption</source>
        <translation>miễn sinh hoạt</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="89"/>
        <source>Import the roster from a file</source>
        <translation>Nhập danh sách đảng viên từ tệp</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="92"/>
        <source>No file chosen yet.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="94"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="106"/>
        <location filename="../../ui/members/import_dialog.py" line="109"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="106"/>
        <location filename="../../ui/members/import_dialog.py" line="109"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="106"/>
        <location filename="../../ui/members/import_dialog.py" line="109"/>
        <source>Party card</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="106"/>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="109"/>
        <source>What changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="120"/>
        <source>Import the &amp;valid rows and skip the rows with problems</source>
        <translation>Nhập các dòng &amp;hợp lệ, bỏ qua các dòng có lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="126"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="142"/>
        <source>To add ({n})</source>
        <translation>Thêm mới ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="143"/>
        <source>To update ({n})</source>
        <translation>Cập nhật ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="144"/>
        <source>Problems ({n})</source>
        <translation>Lỗi ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="148"/>
        <source>Choose the roster file</source>
        <translation>Chọn tệp danh sách đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="155"/>
        <source>File: {path}</source>
        <translation>Tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="190"/>
        <source>{added} members to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>Thêm mới {added} đảng viên, cập nhật {updated}, giữ nguyên {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/members/import_dialog.py" line="194"/>
        <source>{count} problems were found: correct the file and choose it again, or import only the valid rows.</source>
        <translation>Tìm thấy {count} lỗi: hãy sửa tệp rồi chọn lại, hoặc chỉ nhập các dòng hợp lệ.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/sessions/editor.py" line="40"/>
        <source>New session of {code}</source>
        <translation>Thêm buổi học của đợt {code}</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="42"/>
        <source>Edit session of {code}</source>
        <translation>Sửa buổi học của đợt {code}</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="52"/>
        <source>e.g. Hội nghị trực tuyến quán triệt Nghị quyết</source>
        <translation>ví dụ: Hội nghị trực tuyến quán triệt Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="57"/>
        <source>— not a make-up class —</source>
        <translation>— không phải lớp học bù —</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="66"/>
        <source>&amp;Kind</source>
        <translation>&amp;Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="67"/>
        <source>&amp;Date *</source>
        <translation>&amp;Ngày *</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="68"/>
        <source>&amp;Starts at</source>
        <translation>&amp;Bắt đầu lúc</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="69"/>
        <source>&amp;Ends at</source>
        <translation>&amp;Kết thúc lúc</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="70"/>
        <source>&amp;Title</source>
        <translation>&amp;Tên buổi học</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="71"/>
        <source>&amp;Chaired by</source>
        <translation>&amp;Chủ trì</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="72"/>
        <source>S&amp;peaker</source>
        <translation>Báo cáo &amp;viên</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="73"/>
        <source>P&amp;lace</source>
        <translation>Đị&amp;a điểm</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="74"/>
        <source>&amp;Make-up of</source>
        <translation>Học bù cho b&amp;uổi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="75"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="97"/>
        <source>Please type the date of the session.</source>
        <translation>Hãy nhập ngày của buổi học.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/editor.py" line="107"/>
        <source>The session ends before it starts.</source>
        <translation>Giờ kết thúc sớm hơn giờ bắt đầu.</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <location filename="../../ui/sessions/labels.py" line="12"/>
        <source>Online conference</source>
        <translation>Hội nghị trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="13"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="14"/>
        <source>In person and online</source>
        <translation>Kết hợp trực tiếp và trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="15"/>
        <source>TV or radio broadcast</source>
        <translation>Truyền hình, phát thanh trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="23"/>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="24"/>
        <source>Officials and public employees</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="25"/>
        <source>Union and association members</source>
        <translation>Đoàn viên, hội viên</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="28"/>
        <source>Citizens</source>
        <translation>Quần chúng</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="29"/>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="37"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="38"/>
        <source>Interrupted</source>
        <translation>Gián đoạn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="39"/>
        <source>Could not connect</source>
        <translation>Không kết nối được</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="45"/>
        <source>Lost picture</source>
        <translation>Mất hình</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="46"/>
        <source>Lost sound</source>
        <translation>Mất tiếng</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="47"/>
        <source>Lost connection</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/labels.py" line="50"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>SessionPointsModel</name>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="58"/>
        <source>{name}: {guests} guests, {incidents} incidents</source>
        <translation>{name}: {guests} lượt khách mời, {incidents} sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="74"/>
        <source>Connection point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="74"/>
        <source>Party members</source>
        <translation>Đảng viên dự</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/points_model.py" line="74"/>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../ui/sessions/model.py" line="74"/>
        <source>make-up of {session}</source>
        <translation>học bù cho buổi {session}</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/model.py" line="89"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/model.py" line="90"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/model.py" line="91"/>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/model.py" line="95"/>
        <source>Title</source>
        <translation>Tên buổi học</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/model.py" line="92"/>
        <source>Make-up</source>
        <translation>Học bù</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/model.py" line="93"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/model.py" line="94"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/sessions/page.py" line="40"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="56"/>
        <source>&amp;New session (Ctrl+N)</source>
        <translation>&amp;Thêm buổi học (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="57"/>
        <source>New &amp;make-up class</source>
        <translation>Thêm lớp học &amp;bù</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="58"/>
        <source>&amp;Edit session (Enter)</source>
        <translation>&amp;Sửa buổi học (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="59"/>
        <source>&amp;Delete session</source>
        <translation>&amp;Xoá buổi học</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="67"/>
        <location filename="../../ui/sessions/page.py" line="149"/>
        <source>Connection points</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="71"/>
        <source>Study sessions</source>
        <translation>Buổi học tập</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="145"/>
        <source>Connection points of the session of {session}</source>
        <translation>Điểm cầu của buổi học {session}</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="194"/>
        <source>Delete session</source>
        <translation>Xoá buổi học</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="196"/>
        <source>The make-up class of {makeup} makes up for this session. Delete it first, or set it to make up for another session.</source>
        <translation>Lớp học bù ngày {makeup} đang học bù cho buổi này. Hãy xoá lớp học bù trước, hoặc chọn buổi khác cho lớp học bù đó.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/page.py" line="202"/>
        <source>Delete the session of {session}? Its attendance and connection points are deleted with it.</source>
        <translation>Xoá buổi học {session}? Điểm danh và điểm cầu của buổi này cũng bị xoá.</translation>
    </message>
</context>
</TS>
