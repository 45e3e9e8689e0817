<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/shell/about.py" line="19"/>
        <source>A record of the study of the Party&apos;s resolutions, for Party cells and Party committees. It works without the Internet.</source>
        <translation>Sổ theo dõi việc nghiên cứu, học tập, quán triệt nghị quyết của Đảng, dành cho chi bộ và đảng ủy. Chương trình chạy được cả khi không có Internet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="25"/>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="26"/>
        <source>Data folder: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="27"/>
        <source>Error log: {path}</source>
        <translation>Nhật ký lỗi: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="29"/>
        <source>Free software under the GNU General Public License, version 3 or later. Built with Qt {qt}.</source>
        <translation>Phần mềm tự do theo Giấy phép Công cộng GNU, phiên bản 3 hoặc mới hơn. Xây dựng với Qt {qt}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="44"/>
        <source>About StudyLog</source>
        <translation>Giới thiệu StudyLog</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>StudyLog cannot open the database</source>
        <translation>StudyLog không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="229"/>
        <source>The screenshot could not be written to {path}.</source>
        <translation>Không ghi được ảnh chụp màn hình vào {path}.</translation>
    </message>
</context>
<context>
    <name>CampaignCombo</name>
    <message>
        <location filename="../../ui/common/campaign_combo.py" line="26"/>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
</context>
<context>
    <name>CampaignFiguresPage</name>
    <message>
        <location filename="../../ui/common/campaign_figures_page.py" line="41"/>
        <source>No study campaign yet. Add one under Study campaigns (Ctrl+3).</source>
        <translation>Chưa có đợt học tập nào. Hãy thêm đợt học tập ở trang Đợt học tập (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../ui/common/campaign_figures_page.py" line="45"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/common/campaign_figures_page.py" line="46"/>
        <source>Figures of the campaign</source>
        <translation>Số liệu của đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/common/campaign_figures_page.py" line="50"/>
        <source>Coming in a later version</source>
        <translation>Sẽ có trong phiên bản sau</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../ui/home/campaigns_model.py" line="44"/>
        <source>Code</source>
        <translation>Mã đợt</translation>
    </message>
    <message>
        <location filename="../../ui/home/campaigns_model.py" line="45"/>
        <source>Campaign</source>
        <translation>Đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/home/campaigns_model.py" line="46"/>
        <source>Attended</source>
        <translation>Đã học tập</translation>
    </message>
    <message>
        <location filename="../../ui/home/campaigns_model.py" line="47"/>
        <source>After make-up</source>
        <translation>Sau học bù</translation>
    </message>
    <message>
        <location filename="../../ui/home/campaigns_model.py" line="48"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/home/campaigns_model.py" line="49"/>
        <source>Report due</source>
        <translation>Hạn báo cáo</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <location filename="../../ui/shell/database.py" line="32"/>
        <source>Open a StudyLog database</source>
        <translation>Mở cơ sở dữ liệu StudyLog</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="42"/>
        <source>Create a new StudyLog database</source>
        <translation>Tạo cơ sở dữ liệu StudyLog mới</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="57"/>
        <source>This database is already open.</source>
        <translation>Cơ sở dữ liệu này đang được mở.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="69"/>
        <source>This file cannot be opened</source>
        <translation>Không mở được tệp này</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="84"/>
        <source>Opened {path}.</source>
        <translation>Đã mở {path}.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="29"/>
        <source>StudyLog — unexpected error</source>
        <translation>StudyLog — lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="33"/>
        <source>Something went wrong inside StudyLog. Your data that was already saved is safe. Please close this message and try again; if it happens again, copy the details and send them to whoever helps you with the computer.</source>
        <translation>Đã xảy ra lỗi bên trong StudyLog. Dữ liệu đã lưu trước đó vẫn an toàn. Hãy đóng thông báo này và thử lại; nếu lỗi lặp lại, hãy sao chép chi tiết và gửi cho người hỗ trợ máy tính cho đơn vị.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="40"/>
        <source>The details were also written to {path}.</source>
        <translation>Chi tiết lỗi cũng đã được ghi vào {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="42"/>
        <source>The details could not be written to the log file.</source>
        <translation>Không ghi được chi tiết lỗi vào tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="53"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="68"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../ui/common/figures_view.py" line="46"/>
        <source>Roll taken on:</source>
        <translation>Ngày chốt danh sách:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="49"/>
        <source>Members on the roll:</source>
        <translation>Số đảng viên:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="50"/>
        <source>{total} (full {full}, probationary {probation}, exempt {exempt})</source>
        <translation>{total} (chính thức {full}, dự bị {probation}, được miễn {exempt})</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="57"/>
        <source>Required to study:</source>
        <translation>Phải tham gia học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="58"/>
        <source>Attended:</source>
        <translation>Đã học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="60"/>
        <source>After make-up study:</source>
        <translation>Sau học bù:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="63"/>
        <source>Exempt members who attended:</source>
        <translation>Được miễn nhưng vẫn tham gia:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="67"/>
        <source>Sessions:</source>
        <translation>Số buổi học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="68"/>
        <source>{sessions}, and {makeup} make-up classes</source>
        <translation>{sessions}, và {makeup} lớp học bù</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="72"/>
        <source>Connection points:</source>
        <translation>Số điểm cầu:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="76"/>
        <source>Guests — {group}:</source>
        <translation>Lượt tham dự — {group}:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="83"/>
        <location filename="../../ui/common/figures_view.py" line="96"/>
        <source>Essays:</source>
        <translation>Bài thu hoạch:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="84"/>
        <source>{submitted} of {required} handed in ({late} late)</source>
        <translation>đã nộp {submitted}/{required} ({late} bài nộp muộn)</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="92"/>
        <source>Grades:</source>
        <translation>Xếp loại:</translation>
    </message>
    <message>
        <location filename="../../ui/common/figures_view.py" line="96"/>
        <source>not required in this campaign</source>
        <translation>đợt này không yêu cầu viết bài thu hoạch</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="65"/>
        <source>Set up StudyLog</source>
        <translation>Thiết lập StudyLog</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="107"/>
        <source>The unit was not saved</source>
        <translation>Chưa lưu được đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="114"/>
        <source>Open a StudyLog database</source>
        <translation>Mở cơ sở dữ liệu StudyLog</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="122"/>
        <source>This file cannot be opened</source>
        <translation>Không mở được tệp này</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="127"/>
        <source>No unit in this file</source>
        <translation>Tệp này chưa có đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="129"/>
        <source>The file {path} has no unit set up yet. Choose “Set up my unit” instead.</source>
        <translation>Tệp {path} chưa được khai báo đơn vị. Hãy chọn “Khai báo đơn vị của tôi”.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="143"/>
        <source>The demo database cannot be opened</source>
        <translation>Không mở được cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="148"/>
        <source>Building the demo database…</source>
        <translation>Đang tạo cơ sở dữ liệu mẫu…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="165"/>
        <source>The demo database was not built</source>
        <translation>Chưa tạo được cơ sở dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>HomeNotes</name>
    <message>
        <location filename="../../ui/home/notes.py" line="24"/>
        <source>{code}: to be completed by {date}, in {days} day(s).</source>
        <translation>{code}: hạn hoàn thành là {date}, còn {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="26"/>
        <source>{code}: to be completed today, {date}.</source>
        <translation>{code}: hôm nay, {date}, là hạn hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="28"/>
        <source>{code}: the deadline {date} passed {days} day(s) ago.</source>
        <translation>{code}: đã quá hạn hoàn thành {date} {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="31"/>
        <source>{code}: essays are due by {date}, in {days} day(s).</source>
        <translation>{code}: hạn nộp bài thu hoạch là {date}, còn {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="35"/>
        <source>{code}: the essay deadline {date} passed {days} day(s) ago.</source>
        <translation>{code}: đã quá hạn nộp bài thu hoạch {date} {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="39"/>
        <source>{code}: report to the upper level by {date}, in {days} day(s).</source>
        <translation>{code}: hạn báo cáo cấp trên là {date}, còn {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="49"/>
        <source>{count} absent member(s) have not made up the study yet.</source>
        <translation>Còn {count} đảng viên vắng chưa học bù.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="53"/>
        <source>{count} essay(s) not handed in yet.</source>
        <translation>Còn {count} bài thu hoạch chưa nộp.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="71"/>
        <source>{code}: {count} absent member(s) have not made up the study yet: {names}.</source>
        <translation>{code}: còn {count} đảng viên vắng chưa học bù: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="76"/>
        <source>{code}: {count} absent member(s) have not made up the study yet, among them {names}.</source>
        <translation>{code}: còn {count} đảng viên vắng chưa học bù, trong đó có {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="82"/>
        <source>{code}: {count} essay(s) due have not been handed in.</source>
        <translation>{code}: còn {count} bài thu hoạch chưa nộp.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="33"/>
        <source>{code}: essays are due today, {date}.</source>
        <translation>{code}: hôm nay, {date}, là hạn nộp bài thu hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/home/notes.py" line="43"/>
        <source>{code}: the report to the upper level is due today, {date}.</source>
        <translation>{code}: hôm nay, {date}, là hạn báo cáo cấp trên.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/page.py" line="70"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="80"/>
        <location filename="../../ui/home/page.py" line="95"/>
        <source>Campaigns</source>
        <translation>Các đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="84"/>
        <location filename="../../ui/home/page.py" line="170"/>
        <source>No study campaign yet. Add one under Study campaigns (Ctrl+3).</source>
        <translation>Chưa có đợt học tập nào. Hãy thêm đợt học tập ở trang Đợt học tập (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="85"/>
        <source>&amp;Show finished campaigns too</source>
        <translation>&amp;Hiện cả các đợt đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="101"/>
        <source>Participation by campaign</source>
        <translation>Tỉ lệ tham gia theo đợt</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="103"/>
        <source>Deadlines</source>
        <translation>Thời hạn cần chú ý</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="105"/>
        <source>Still to do</source>
        <translation>Việc còn lại</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="148"/>
        <source>{unit} — today is {date}</source>
        <translation>{unit} — hôm nay là ngày {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="173"/>
        <source>No campaign is under way; all have ended.</source>
        <translation>Không có đợt học tập nào đang diễn ra; các đợt đều đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="190"/>
        <source>No deadline in the next 30 days.</source>
        <translation>Không có thời hạn nào trong 30 ngày tới.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="195"/>
        <source>Nothing is outstanding.</source>
        <translation>Không còn việc tồn đọng.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/wizard/pages.py" line="29"/>
        <source>Welcome to StudyLog</source>
        <translation>Chào mừng đến với StudyLog</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="32"/>
        <source>StudyLog keeps your unit&apos;s record of studying the Party&apos;s resolutions: members, sessions, attendance, make-up study and essays.</source>
        <translation>StudyLog giúp đơn vị theo dõi việc nghiên cứu, học tập nghị quyết của Đảng: đảng viên, buổi học tập, điểm danh, học bù và bài thu hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="36"/>
        <source>&amp;Set up my unit (the usual choice)</source>
        <translation>&amp;Khai báo đơn vị của tôi (lựa chọn thông thường)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="37"/>
        <source>&amp;Try StudyLog with a demo database</source>
        <translation>&amp;Dùng thử StudyLog với cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="38"/>
        <source>&amp;Open a database file I already have…</source>
        <translation>&amp;Mở một tệp cơ sở dữ liệu đã có…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="42"/>
        <source>What would you like to do?</source>
        <translation>Chọn việc cần làm:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="51"/>
        <source>The demo database is a separate file with invented members; your own data is never mixed with it.</source>
        <translation>Cơ sở dữ liệu mẫu là một tệp riêng, với các đảng viên giả định; dữ liệu thật của đơn vị không bao giờ bị trộn lẫn với nó.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="57"/>
        <source>Your data will be kept in the file {path}.</source>
        <translation>Dữ liệu của đơn vị sẽ được lưu trong tệp {path}.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../ui/worker.py" line="117"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="118"/>
        <source>Please wait</source>
        <translation>Xin chờ trong giây lát</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="139"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="14"/>
        <source>Party cell (chi bộ)</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="15"/>
        <source>Grassroots Party committee (đảng bộ cơ sở)</source>
        <translation>Đảng bộ cơ sở</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="16"/>
        <source>Commune, ward or special zone Party committee</source>
        <translation>Đảng ủy xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="17"/>
        <source>Provincial or city Party committee</source>
        <translation>Tỉnh ủy, Thành ủy</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="18"/>
        <source>District Party committee (before July 2025)</source>
        <translation>Huyện ủy (trước tháng 7/2025)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="24"/>
        <source>Leave out members exempt from party activities</source>
        <translation>Trừ đảng viên được miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="27"/>
        <source>Count every member, exempt or not</source>
        <translation>Tính tất cả đảng viên, kể cả người được miễn</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="28"/>
        <source>Leave out members exempt or temporarily exempt from party activities</source>
        <translation>Trừ đảng viên được miễn và tạm miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="36"/>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="37"/>
        <source>Cadres, civil servants and public employees</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="38"/>
        <source>Members of mass organisations</source>
        <translation>Đoàn viên, hội viên</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="39"/>
        <source>The public</source>
        <translation>Quần chúng</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="40"/>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>StudyLog — {unit}</source>
        <translation>StudyLog — {unit}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/shell/menus.py" line="24"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="26"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="31"/>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="32"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="34"/>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="43"/>
        <source>&amp;Pages</source>
        <translation>T&amp;rang</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="53"/>
        <source>&amp;About StudyLog</source>
        <translation>&amp;Giới thiệu StudyLog</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>(no recent files)</source>
        <translation>(chưa có tệp nào)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="65"/>
        <source>&amp;{number} {name} — {folder}</source>
        <translation>&amp;{number} {name} — {folder}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/shell/navigation.py" line="26"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../../ui/shell/navigation.py" line="35"/>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="38"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="40"/>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="46"/>
        <source>Study campaigns</source>
        <translation>Đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="52"/>
        <source>Study sessions</source>
        <translation>Buổi học tập</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="55"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="61"/>
        <source>Send upward / Consolidate</source>
        <translation>Gửi cấp trên / Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="64"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="67"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>ParticipationChart</name>
    <message>
        <location filename="../../ui/home/chart.py" line="44"/>
        <source>{label}: attended {rate}, after make-up {after}</source>
        <translation>{label}: đã học tập {rate}, sau học bù {after}</translation>
    </message>
    <message>
        <location filename="../../ui/home/chart.py" line="80"/>
        <source>No campaign to show yet.</source>
        <translation>Chưa có đợt học tập nào.</translation>
    </message>
    <message>
        <location filename="../../ui/home/chart.py" line="126"/>
        <source>Attended</source>
        <translation>Đã học tập</translation>
    </message>
    <message>
        <location filename="../../ui/home/chart.py" line="127"/>
        <source>After make-up study</source>
        <translation>Sau học bù</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="33"/>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="34"/>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng lên</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="35"/>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm xuống</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="13"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="14"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="16"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="17"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="18"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="23"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="24"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="25"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="26"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="27"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="28"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/common/qt_strings.py" line="29"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="48"/>
        <source>&amp;Grades:</source>
        <translation>&amp;Xếp loại:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="51"/>
        <source>&amp;Marks out of 10</source>
        <translation>Chấm điểm theo thang &amp;10</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="53"/>
        <source>Send the names of absent members upward</source>
        <translation>Gửi tên đảng viên vắng mặt lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="58"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="60"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Lưu cài đặt (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="62"/>
        <source>&amp;Undo my changes</source>
        <translation>&amp;Hoàn tác các thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="70"/>
        <source>Your unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="73"/>
        <source>Who must study (the denominator of the rate)</source>
        <translation>Ai phải tham gia học tập (mẫu số của tỉ lệ)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="79"/>
        <source>Members exempt from party activities (miễn công tác và sinh hoạt đảng) are usually left out of the members who must study. Follow the guidance of your upper level.</source>
        <translation>Đảng viên được miễn công tác và sinh hoạt đảng thường không tính vào số đảng viên phải tham gia học tập. Hãy làm theo hướng dẫn của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="86"/>
        <source>Essay grading for new campaigns</source>
        <translation>Cách xếp loại bài thu hoạch cho các đợt mới</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="96"/>
        <source>Write the grades from best to worst, separated by commas. Each campaign can still have its own scale.</source>
        <translation>Ghi các mức xếp loại từ cao đến thấp, cách nhau bằng dấu phẩy. Mỗi đợt học tập vẫn có thể dùng thang riêng.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="106"/>
        <source>When ticked, the file sent to the upper level lists the absent members with their reasons, so that make-up study can be followed up. When not ticked, it carries the counts only.</source>
        <translation>Khi đánh dấu, tệp gửi cấp trên có danh sách đảng viên vắng mặt kèm lý do, để cấp trên theo dõi việc học bù. Khi không đánh dấu, tệp chỉ có số liệu tổng hợp.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="113"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="117"/>
        <source>A new language takes effect the next time StudyLog starts.</source>
        <translation>Ngôn ngữ mới có hiệu lực từ lần mở StudyLog tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="127"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="201"/>
        <location filename="../../ui/settings/page.py" line="225"/>
        <source>The settings were not saved</source>
        <translation>Chưa lưu được cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="202"/>
        <source>Write at least one grade, or choose marks out of 10.</source>
        <translation>Hãy ghi ít nhất một mức xếp loại, hoặc chọn chấm điểm theo thang 10.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="228"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="228"/>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../../ui/common/buttons.py" line="19"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="20"/>
        <location filename="../../ui/common/buttons.py" line="46"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="21"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="22"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="23"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="24"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="25"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="26"/>
        <source>Do&amp;n&apos;t save</source>
        <translation>Không &amp;lưu</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="27"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="28"/>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="29"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="43"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="44"/>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p theo &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/common/buttons.py" line="45"/>
        <location filename="../../ui/common/buttons.py" line="47"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/shell/statusbar.py" line="41"/>
        <source>Unit: {name} ({code})</source>
        <translation>Đơn vị: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/statusbar.py" line="44"/>
        <source>Unit: not set up yet</source>
        <translation>Đơn vị: chưa khai báo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/statusbar.py" line="49"/>
        <source>Database: {path}</source>
        <translation>Tệp dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/common/unit_form.py" line="43"/>
        <source>e.g. Chi bộ Khu phố 3</source>
        <translation>Ví dụ: Chi bộ Khu phố 3</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="44"/>
        <source>e.g. CB-KP3</source>
        <translation>Ví dụ: CB-KP3</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="49"/>
        <source>e.g. Đảng ủy phường Bến Thành</source>
        <translation>Ví dụ: Đảng ủy phường Bến Thành</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="50"/>
        <source>e.g. DU-BT</source>
        <translation>Ví dụ: DU-BT</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="51"/>
        <source>Full name of the secretary</source>
        <translation>Họ và tên bí thư</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="52"/>
        <source>e.g. Phường Bến Thành</source>
        <translation>Ví dụ: Phường Bến Thành</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="56"/>
        <source>Unit &amp;name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="57"/>
        <source>Unit &amp;code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="58"/>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="59"/>
        <source>&amp;Upper level&apos;s name:</source>
        <translation>Tên cấp t&amp;rên:</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="60"/>
        <source>Upper level&apos;s c&amp;ode:</source>
        <translation>Mã cấp trê&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="61"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Bí thư:</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="62"/>
        <source>&amp;Place in the date line:</source>
        <translation>Địa danh ở &amp;dòng ngày tháng:</translation>
    </message>
    <message>
        <location filename="../../ui/common/unit_form.py" line="65"/>
        <source>The place opens the date line of documents, as in “Phường Bến Thành, ngày 05 tháng 02 năm 2026”.</source>
        <translation>Địa danh mở đầu dòng ngày tháng của văn bản, ví dụ “Phường Bến Thành, ngày 05 tháng 02 năm 2026”.</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../ui/wizard/pages.py" line="83"/>
        <source>Your unit</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="86"/>
        <source>These details appear on reports and in the files sent to the upper level. You can change them later under Settings.</source>
        <translation>Các thông tin này xuất hiện trên báo cáo và trong các tệp gửi cấp trên. Có thể sửa lại sau ở trang Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pages.py" line="94"/>
        <source>The unit&apos;s name and code are required.</source>
        <translation>Bắt buộc phải có tên và mã đơn vị.</translation>
    </message>
</context>
</TS>
