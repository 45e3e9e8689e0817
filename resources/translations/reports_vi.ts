<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/reports/preview.py" line="39"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="43"/>
        <source>&amp;Refresh preview (F5)</source>
        <translation>&amp;Cập nhật bản xem trước (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="60"/>
        <source>◀ P&amp;revious page</source>
        <translation>◀ Trang t&amp;rước</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="61"/>
        <source>Ne&amp;xt page ▶</source>
        <translation>Trang s&amp;au ▶</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="62"/>
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="63"/>
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="68"/>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="69"/>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="71"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="72"/>
        <source>Ctrl++ and Ctrl+- zoom in and out</source>
        <translation>Ctrl++ để phóng to, Ctrl+- để thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="74"/>
        <source>&amp;Zoom:</source>
        <translation>Tỉ &amp;lệ xem:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="98"/>
        <source>Choose a campaign to see its report.</source>
        <translation>Chọn một đợt học tập để xem báo cáo của đợt đó.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="110"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="118"/>
        <source>The report has changed since this preview: press F5 to see it.</source>
        <translation>Báo cáo đã được sửa sau lần xem trước này: nhấn F5 để xem bản mới.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="132"/>
        <source>This computer cannot draw the pages here. The report has {count} page(s): save it as PDF and open the file to read it.</source>
        <translation>Máy tính này không hiển thị được các trang tại đây. Báo cáo có {count} trang: hãy lưu thành tệp PDF rồi mở tệp đó để đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="200"/>
        <source>Page {page} of {count}</source>
        <translation>Trang {page}/{count}</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../ui/reports/report_form.py" line="51"/>
        <source>Campaign report</source>
        <translation>Báo cáo kết quả học tập của đợt</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="75"/>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="76"/>
        <source>Save &amp;Word…</source>
        <translation>Lưu &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="87"/>
        <source>One paragraph per line. Left empty, dotted lines are printed to write on.</source>
        <translation>Mỗi dòng là một đoạn. Nếu để trống, báo cáo in các dòng chấm để viết tay.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="94"/>
        <source>&amp;Difficulties and obstacles:</source>
        <translation>Khó khăn, &amp;vướng mắc:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="96"/>
        <source>Proposals and &amp;recommendations:</source>
        <translation>Kiến nghị, đề &amp;xuất:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="104"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="106"/>
        <source>Report &amp;date:</source>
        <translation>&amp;Ngày báo cáo:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="107"/>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="174"/>
        <source>Attended: {rate}; after make-up study: {after}.</source>
        <translation>Đã học tập: {rate}; sau học bù: {after}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="195"/>
        <source>&amp;Term {term}…</source>
        <translation>Nhiệm &amp;kỳ {term}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="198"/>
        <source>This campaign&apos;s report already has number {number} in the term {term}; saving it again keeps that number.</source>
        <translation>Báo cáo của đợt này đã được cấp số {number} trong nhiệm kỳ {term}; lưu lại vẫn giữ số đó.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="203"/>
        <source>The next number of the term {term}. It is used up when the report is saved.</source>
        <translation>Số tiếp theo của nhiệm kỳ {term}. Số này chỉ được dùng khi lưu báo cáo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_form.py" line="259"/>
        <source>The text was not saved</source>
        <translation>Chưa lưu được nội dung</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="79"/>
        <source>No study campaign yet. Add one under Study campaigns (Ctrl+3).</source>
        <translation>Chưa có đợt học tập nào. Hãy thêm đợt học tập ở trang Đợt học tập (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="101"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="149"/>
        <source>Choose a campaign to see its report.</source>
        <translation>Chọn một đợt học tập để xem báo cáo của đợt đó.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="201"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="228"/>
        <source>The preview could not be prepared: {error}</source>
        <translation>Không chuẩn bị được bản xem trước: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="239"/>
        <location filename="../../ui/reports/page.py" line="281"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="239"/>
        <source>Word files (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="242"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="251"/>
        <source>Saving the report…</source>
        <translation>Đang lưu báo cáo…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="266"/>
        <source>Report saved</source>
        <translation>Đã lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="267"/>
        <source>The report {number} was saved.</source>
        <translation>Đã lưu báo cáo {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="279"/>
        <source>Save the sign-in sheet</source>
        <translation>Lưu danh sách ký tên</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="287"/>
        <source>Saving the sign-in sheet…</source>
        <translation>Đang lưu danh sách ký tên…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="296"/>
        <source>Sign-in sheet saved</source>
        <translation>Đã lưu danh sách ký tên</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="298"/>
        <source>The sign-in sheet was saved: {expected} members must attend, {exempt} are exempt.</source>
        <translation>Đã lưu danh sách ký tên: {expected} đảng viên phải dự, {exempt} đảng viên được miễn sinh hoạt.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="308"/>
        <source>The file was not saved</source>
        <translation>Chưa lưu được tệp</translation>
    </message>
</context>
<context>
    <name>SavedBox</name>
    <message>
        <location filename="../../ui/reports/saved_box.py" line="33"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <location filename="../../ui/reports/saved_box.py" line="36"/>
        <source>Open the &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
</context>
<context>
    <name>SignInBox</name>
    <message>
        <location filename="../../ui/reports/sign_in_box.py" line="20"/>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <location filename="../../ui/reports/sign_in_box.py" line="27"/>
        <source>&amp;Session:</source>
        <translation>&amp;Buổi học:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/sign_in_box.py" line="29"/>
        <source>Print the s&amp;ign-in sheet…</source>
        <translation>&amp;In danh sách ký tên…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/sign_in_box.py" line="33"/>
        <source>The members who must attend, in name order, with room to sign. It is saved as PDF and opened, to print from there.</source>
        <translation>Danh sách đảng viên phải dự, xếp theo tên, có chỗ để ký. Danh sách được lưu thành tệp PDF và mở ra để in.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../ui/reports/term_dialog.py" line="35"/>
        <source>Term and report numbers</source>
        <translation>Nhiệm kỳ và số báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/term_dialog.py" line="45"/>
        <source>&amp;Term:</source>
        <translation>Nhiệm &amp;kỳ:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/term_dialog.py" line="47"/>
        <source>Written like 2025-2030. Report numbers start again at 01 each term.</source>
        <translation>Viết dạng 2025-2030. Mỗi nhiệm kỳ, số báo cáo được đánh lại từ 01.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/term_dialog.py" line="49"/>
        <source>&amp;Last report number issued in this term:</source>
        <translation>Số &amp;báo cáo cuối cùng đã ban hành trong nhiệm kỳ:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/term_dialog.py" line="53"/>
        <source>Correct it if reports were numbered by hand before StudyLog: the next report gets the number after it.</source>
        <translation>Hãy sửa nếu trước khi dùng StudyLog đã có báo cáo đánh số bằng tay: báo cáo tiếp theo sẽ mang số kế tiếp.</translation>
    </message>
</context>
</TS>
