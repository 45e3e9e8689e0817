<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CompletenessModel</name>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="88"/>
        <source>Reported on time</source>
        <translation>Đã báo cáo, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="88"/>
        <source>Reported late</source>
        <translation>Đã báo cáo, muộn</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="89"/>
        <source>Overdue, not reported</source>
        <translation>Quá hạn, chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="89"/>
        <source>Not reported yet</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="108"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="109"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="110"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="111"/>
        <source>Sent on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="112"/>
        <source>File no.</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="113"/>
        <source>Must study</source>
        <translation>Phải học tập</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="114"/>
        <source>Attended</source>
        <translation>Đã học tập</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/completeness_model.py" line="115"/>
        <source>After make-up</source>
        <translation>Sau học bù</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../ui/exchange/destination.py" line="100"/>
        <source>Sa&amp;ve to:</source>
        <translation>Lưu &amp;vào:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/destination.py" line="102"/>
        <source>Choose &amp;folder…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/destination.py" line="104"/>
        <source>Look for &amp;USB sticks</source>
        <translation>Tìm ổ &amp;USB</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/destination.py" line="131"/>
        <source>USB stick {name} ({path})</source>
        <translation>Ổ USB {name} ({path})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/destination.py" line="135"/>
        <source>Folder {path}</source>
        <translation>Thư mục {path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/destination.py" line="139"/>
        <source>Documents folder ({path})</source>
        <translation>Thư mục Tài liệu ({path})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/destination.py" line="160"/>
        <source>Choose the folder for the file</source>
        <translation>Chọn thư mục để lưu tệp</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <location filename="../../ui/exchange/labels.py" line="15"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="16"/>
        <source>Replaces an earlier file</source>
        <translation>Thay tệp gửi trước</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="17"/>
        <source>Already imported</source>
        <translation>Đã nhập rồi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="18"/>
        <source>Older file, ignored</source>
        <translation>Tệp cũ hơn, bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="19"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="46"/>
        <source>Signed with a new key (fingerprint {new}), not the key known for {unit} ({old}). If {unit} reinstalled StudyLog, confirm the fingerprint with them by telephone, then press “Accept the new key of {unit}”.</source>
        <translation>Tệp được ký bằng khóa mới (dấu vân tay {new}), không phải khóa đã biết của {unit} ({old}). Nếu {unit} đã cài lại StudyLog, hãy gọi điện cho đơn vị để xác nhận dấu vân tay, rồi bấm “Chấp nhận khóa mới của {unit}”.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/exchange/page.py" line="71"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="76"/>
        <source>No study campaign yet. Add one under Study campaigns (Ctrl+3).</source>
        <translation>Chưa có đợt học tập nào. Hãy thêm đợt học tập ở trang Đợt học tập (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="114"/>
        <source>Send upward / Consolidate</source>
        <translation>Gửi cấp trên / Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="130"/>
        <source>Reports of the units below</source>
        <translation>Tình hình báo cáo của đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="189"/>
        <source>&amp;Reports of the units below ({reported}/{expected})</source>
        <translation>Tình hình &amp;báo cáo ({reported}/{expected})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="193"/>
        <source>&amp;Reports of the units below</source>
        <translation>Tình hình &amp;báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="196"/>
        <source>Files from the units &amp;below</source>
        <translation>Nhận tệp từ cấp &amp;dưới</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="198"/>
        <source>Send &amp;upward, plan</source>
        <translation>&amp;Gửi cấp trên, kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="208"/>
        <source>Totals of {unit}</source>
        <translation>Số liệu tổng hợp của {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="210"/>
        <source>Figures sent to the upper level</source>
        <translation>Số liệu gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="239"/>
        <source>{unit} receives the reports of {count} units below and reports to {upper}.</source>
        <translation>{unit} nhận báo cáo của {count} đơn vị cấp dưới và báo cáo lên {upper}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="242"/>
        <source>{unit} receives the reports of {count} units below.</source>
        <translation>{unit} nhận báo cáo của {count} đơn vị cấp dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="246"/>
        <source>{unit} reports to {upper}.</source>
        <translation>{unit} báo cáo lên {upper}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="250"/>
        <source>{summary}: {on_time} on time, {late} late.</source>
        <translation>{summary}: {on_time} đúng hạn, {late} muộn.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="258"/>
        <source>The report deadline ({day}) has passed; {count} units have not reported (highlighted).</source>
        <translation>Đã quá hạn báo cáo ({day}); {count} đơn vị chưa báo cáo (tô đỏ).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/page.py" line="262"/>
        <source>Report deadline: {day}.</source>
        <translation>Hạn báo cáo: {day}.</translation>
    </message>
</context>
<context>
    <name>ExchangeRunning</name>
    <message>
        <location filename="../../ui/exchange/running.py" line="32"/>
        <source>The file could not be written or read ({problem}: {path}). Check that the USB stick is still plugged in, that it is not full or write-protected, and that the file is not open in Excel; then try again.</source>
        <translation>Không ghi hoặc đọc được tệp ({problem}: {path}). Hãy kiểm tra USB vẫn đang cắm, chưa đầy và không bị khóa ghi, và tệp không đang mở trong Excel; rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>FileResultsModel</name>
    <message>
        <location filename="../../ui/exchange/results_model.py" line="76"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/results_model.py" line="90"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/results_model.py" line="91"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/results_model.py" line="92"/>
        <source>Campaign</source>
        <translation>Đợt học tập</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/results_model.py" line="93"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/results_model.py" line="94"/>
        <source>Reason, notes</source>
        <translation>Lý do, ghi chú</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="47"/>
        <source>Plan of study campaigns</source>
        <translation>Kế hoạch học tập</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="55"/>
        <source>When the upper level sends its plan (its list of campaigns), import it here: the campaigns are created or updated so that their codes match.</source>
        <translation>Khi cấp trên gửi tệp kế hoạch (danh sách các đợt học tập), hãy nhập tệp đó ở đây: các đợt học tập được tạo mới hoặc cập nhật để mã đợt khớp với cấp trên.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="59"/>
        <source>Import the upper level&apos;s &amp;plan…</source>
        <translation>Nhập &amp;kế hoạch của cấp trên…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="110"/>
        <location filename="../../ui/exchange/plan_panel.py" line="121"/>
        <source>Write the plan</source>
        <translation>Lập tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="63"/>
        <source>Write the plan (the campaigns and the units below) for the units below, in the folder chosen under “Save to”; they import it so that campaign codes match.</source>
        <translation>Lập tệp kế hoạch (các đợt học tập và danh sách đơn vị cấp dưới) để gửi xuống cấp dưới, lưu vào thư mục đã chọn ở ô “Lưu vào”; đơn vị cấp dưới nhập tệp này để mã đợt học tập khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="67"/>
        <source>Write the plan for the uni&amp;ts below</source>
        <translation>Lập kế hoạch gửi cấp dướ&amp;i</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="112"/>
        <source>The folder {path} cannot be found; choose another one under “Save to”.</source>
        <translation>Không tìm thấy thư mục {path}; hãy chọn thư mục khác ở ô “Lưu vào”.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="120"/>
        <source>Writing the plan…</source>
        <translation>Đang lập tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="129"/>
        <source>The plan was written: {path}. Send it to the units below; once they have imported it, their campaign codes match yours.</source>
        <translation>Đã lập tệp kế hoạch: {path}. Hãy gửi tệp này cho các đơn vị cấp dưới; khi các đơn vị nhập tệp, mã đợt học tập sẽ khớp với ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="139"/>
        <source>Choose the plan sent by the upper level</source>
        <translation>Chọn tệp kế hoạch do cấp trên gửi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="155"/>
        <source>Reading the plan…</source>
        <translation>Đang đọc tệp kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="156"/>
        <location filename="../../ui/exchange/plan_panel.py" line="162"/>
        <source>Import the plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="165"/>
        <source>The plan brings nothing new.</source>
        <translation>Kế hoạch không có gì mới.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="168"/>
        <source>Import the plan now?</source>
        <translation>Nhập kế hoạch ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="173"/>
        <source>Importing the plan…</source>
        <translation>Đang nhập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="195"/>
        <source>Plan of {issuer}: {added} campaigns added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Kế hoạch của {issuer}: đã thêm {added} đợt, cập nhật {updated} đợt, {unchanged} đợt không đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="202"/>
        <source>Plan of {issuer}: {added} campaigns to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>Kế hoạch của {issuer}: sẽ thêm {added} đợt, cập nhật {updated} đợt, {unchanged} đợt không đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="207"/>
        <source>New: {codes}.</source>
        <translation>Đợt mới: {codes}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="209"/>
        <source>Changed: {codes}.</source>
        <translation>Đợt thay đổi: {codes}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="213"/>
        <source>{issuer} is now the upper level of {unit}.</source>
        <translation>Đã ghi {issuer} là cấp trên của {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="215"/>
        <source>{issuer} becomes the upper level of {unit}.</source>
        <translation>{issuer} sẽ được ghi là cấp trên của {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="220"/>
        <source>Units below registered: {codes}.</source>
        <translation>Đã đăng ký đơn vị cấp dưới: {codes}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/plan_panel.py" line="222"/>
        <source>Units below to register: {codes}.</source>
        <translation>Sẽ đăng ký đơn vị cấp dưới: {codes}.</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="58"/>
        <source>Drag the Excel files (or whole folders) sent by the units below onto this page, or choose them. StudyLog first checks them and shows what importing would do; nothing is written until you press Import.</source>
        <translation>Kéo thả các tệp Excel (hoặc cả thư mục) do đơn vị cấp dưới gửi vào trang này, hoặc bấm chọn tệp. StudyLog kiểm tra trước và cho biết từng tệp sẽ được nhập thế nào; chưa ghi gì cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="63"/>
        <source>Choose f&amp;iles…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="65"/>
        <source>Choose a f&amp;older…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="67"/>
        <source>C&amp;lear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="81"/>
        <source>Files from the units below</source>
        <translation>Tệp nhận từ đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="89"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="114"/>
        <source>Choose the files from the units below</source>
        <translation>Chọn các tệp của đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="121"/>
        <source>Choose the folder with the files</source>
        <translation>Chọn thư mục chứa các tệp</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="157"/>
        <source>Checking {count} files…</source>
        <translation>Đang kiểm tra {count} tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="158"/>
        <source>Check the files</source>
        <translation>Kiểm tra tệp</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="180"/>
        <source>Importing {count} files…</source>
        <translation>Đang nhập {count} tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="181"/>
        <source>Import the files</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="218"/>
        <source>Accept the new signing key of {unit}?

Do this only when the secretary of {unit} has told you, by telephone or in person, that StudyLog was reinstalled and that the fingerprint of the new key is {fingerprint}. The acceptance is recorded.</source>
        <translation>Chấp nhận khóa ký mới của {unit}?

Chỉ làm việc này khi bí thư của {unit} đã trực tiếp hoặc qua điện thoại cho biết đơn vị đã cài lại StudyLog và dấu vân tay của khóa mới là {fingerprint}. Việc chấp nhận sẽ được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="222"/>
        <source>Accept a new signing key</source>
        <translation>Chấp nhận khóa ký mới</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="252"/>
        <source>&amp;Accept the new key of {unit}…</source>
        <translation>&amp;Chấp nhận khóa mới của {unit}…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="258"/>
        <source>No file chosen yet.</source>
        <translation>Chưa chọn tệp nào.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="261"/>
        <source>{new} new, {replaced} replacing earlier files, {unchanged} already imported, {older} older, {rejected} refused.</source>
        <translation>{new} tệp mới, {replaced} tệp thay tệp gửi trước, {unchanged} tệp đã nhập rồi, {older} tệp cũ hơn, {rejected} tệp bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="271"/>
        <source>Imported {count} files: {summary}</source>
        <translation>Đã nhập {count} tệp: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="276"/>
        <source>Checked {count} files: {summary} Nothing is written yet: press Import.</source>
        <translation>Đã kiểm tra {count} tệp: {summary} Chưa ghi gì: hãy bấm Nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_panel.py" line="278"/>
        <source>Checked {count} files: {summary} There is nothing to import.</source>
        <translation>Đã kiểm tra {count} tệp: {summary} Không có gì để nhập.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="56"/>
        <source>Send to the upper level</source>
        <translation>Gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="64"/>
        <source>&amp;Write the file to send (Ctrl+E)</source>
        <translation>&amp;Lập tệp gửi cấp trên (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="73"/>
        <source>Write an e-&amp;mail with the file</source>
        <translation>&amp;Soạn thư điện tử kèm tệp</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="75"/>
        <source>Open the fol&amp;der</source>
        <translation>&amp;Xem thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="101"/>
        <source>the upper level</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="104"/>
        <source>Write the Excel file of this campaign for {upper}, on a USB stick or in a folder; then take the stick there, or send the file by e-mail.</source>
        <translation>Lập tệp Excel của đợt học tập này để gửi {upper}, lưu vào USB hoặc một thư mục; sau đó mang USB lên, hoặc gửi tệp qua thư điện tử.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="115"/>
        <source>No file has been written for this campaign yet.</source>
        <translation>Đợt học tập này chưa lập tệp gửi lần nào.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="118"/>
        <source>Last file written for this campaign: no. {sequence} of {day}, {name}.</source>
        <translation>Tệp lập gần nhất của đợt này: lần gửi thứ {sequence}, ngày {day}, {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="142"/>
        <source>Written: {name}, file no. {sequence} of this campaign, in the folder {folder}.</source>
        <translation>Đã lập tệp {name} (lần gửi thứ {sequence} của đợt này), lưu trong thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="155"/>
        <location filename="../../ui/exchange/send_panel.py" line="167"/>
        <source>Write the file to send</source>
        <translation>Lập tệp gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="157"/>
        <source>The folder {path} cannot be found. If it is on a USB stick, plug the stick in and press “Look for USB sticks”, or choose another folder.</source>
        <translation>Không tìm thấy thư mục {path}. Nếu thư mục nằm trên USB, hãy cắm USB rồi bấm “Tìm ổ USB”, hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="166"/>
        <source>Writing the file for the upper level…</source>
        <translation>Đang lập tệp gửi cấp trên…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="184"/>
        <source>Write an e-mail</source>
        <translation>Soạn thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="191"/>
        <source>The e-mail draft could not be written: {problem}</source>
        <translation>Không ghi được thư nháp: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="198"/>
        <source>The e-mail draft {name} was saved beside the file. Add the address of the upper level in your mail program, then press Send.</source>
        <translation>Đã lưu thư nháp {name} cạnh tệp gửi. Trong chương trình thư điện tử, hãy điền địa chỉ của cấp trên rồi bấm Gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_panel.py" line="208"/>
        <source>No mail program opened the draft {path}. Open it with Outlook or Thunderbird, or attach the file {name} to an e-mail yourself.</source>
        <translation>Không có chương trình thư điện tử nào mở được thư nháp {path}. Hãy mở thư nháp bằng Outlook hoặc Thunderbird, hoặc tự soạn thư và đính kèm tệp {name}.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/exchange/summary.py" line="40"/>
        <source>Reporting:</source>
        <translation>Tình hình báo cáo:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="44"/>
        <source>Members:</source>
        <translation>Số đảng viên:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="45"/>
        <source>{total} (exempt {exempt})</source>
        <translation>{total} (được miễn {exempt})</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="49"/>
        <source>Required to study:</source>
        <translation>Phải tham gia học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="50"/>
        <source>Attended:</source>
        <translation>Đã học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="51"/>
        <source>After make-up study:</source>
        <translation>Sau học bù:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="54"/>
        <source>Sessions:</source>
        <translation>Số buổi học tập:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="55"/>
        <source>{sessions}, and {makeup} make-up classes</source>
        <translation>{sessions}, và {makeup} lớp học bù</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="59"/>
        <source>Connection points:</source>
        <translation>Số điểm cầu:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="60"/>
        <source>Guests (person-times):</source>
        <translation>Quần chúng, khách mời (lượt):</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="66"/>
        <source>Essays handed in:</source>
        <translation>Bài thu hoạch đã nộp:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/summary.py" line="67"/>
        <source>{submitted} of {required}</source>
        <translation>{submitted}/{required}</translation>
    </message>
</context>
</TS>
