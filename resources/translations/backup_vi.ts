<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup/dialog.py" line="49"/>
        <source>Backup / Restore</source>
        <translation>Sao lưu / Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="57"/>
        <source>Change &amp;folder…</source>
        <translation>Đổi thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="69"/>
        <source>Backups</source>
        <translation>Các bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="72"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="74"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="76"/>
        <source>Restore from a fi&amp;le…</source>
        <translation>Khôi phục từ một &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="115"/>
        <source>Backups are kept in {folder}.</source>
        <translation>Các bản sao lưu được lưu trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="120"/>
        <source>StudyLog makes a backup by itself at the first start of each day and when the window closes. It keeps the newest backup of each of the last {daily} days and of each of the last {weekly} weeks, and the {last} most recent.</source>
        <translation>StudyLog tự sao lưu vào lần mở đầu tiên mỗi ngày và khi đóng cửa sổ. Chương trình giữ bản sao lưu mới nhất của mỗi ngày trong {daily} ngày gần nhất và của mỗi tuần trong {weekly} tuần gần nhất, cùng {last} bản mới nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="148"/>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="150"/>
        <source>The backup could not be made</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="157"/>
        <source>Backed up to {file}.</source>
        <translation>Đã sao lưu vào {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="164"/>
        <source>Choose the folder for backups</source>
        <translation>Chọn thư mục lưu các bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="181"/>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="183"/>
        <source>StudyLog backups (*.db);;All files (*)</source>
        <translation>Bản sao lưu StudyLog (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="190"/>
        <source>Replace the database with the backup of {when}?

Everything entered since that backup will no longer be in the database. A copy of the database as it is now is kept in the backup folder first, so this can be undone.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc {when}?

Mọi thứ đã nhập sau lần sao lưu đó sẽ không còn trong cơ sở dữ liệu. Trước khi thay, một bản sao của cơ sở dữ liệu hiện tại được giữ trong thư mục sao lưu, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="194"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="199"/>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="201"/>
        <source>The backup was not restored</source>
        <translation>Chưa khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="208"/>
        <source>The restored database cannot be opened</source>
        <translation>Không mở được cơ sở dữ liệu vừa khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="216"/>
        <source>The backup was restored. The database it replaced was kept as {path}.</source>
        <translation>Đã khôi phục bản sao lưu. Cơ sở dữ liệu bị thay thế được giữ lại ở {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="219"/>
        <source>The backup was restored.</source>
        <translation>Đã khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="222"/>
        <source>Backup restored</source>
        <translation>Đã khôi phục</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../ui/backup/menu.py" line="19"/>
        <source>&amp;Backup / Restore…</source>
        <translation>&amp;Sao lưu / Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/menu.py" line="22"/>
        <source>See the backups of this database, make one now, or restore one.</source>
        <translation>Xem các bản sao lưu của cơ sở dữ liệu này, sao lưu ngay hoặc khôi phục một bản.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../ui/backup/model.py" line="50"/>
        <source>Taken on</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/backup/model.py" line="51"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/backup/model.py" line="52"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/backup/model.py" line="53"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/backup/model.py" line="74"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../ui/backup/model.py" line="77"/>
        <source>Kept before a restore</source>
        <translation>Giữ lại trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/backup/model.py" line="78"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
</context>
<context>
    <name>Safeguards</name>
    <message>
        <location filename="../../ui/backup/safeguards.py" line="117"/>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>Không sao lưu được trong hôm nay: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/safeguards.py" line="128"/>
        <source>The database check found {count} problem(s); they are listed in {log} (and by the command “studylog check”).</source>
        <translation>Kiểm tra cơ sở dữ liệu phát hiện {count} vấn đề; danh sách có trong {log} (và bằng lệnh “studylog check”).</translation>
    </message>
</context>
<context>
    <name>SafetyAdvice</name>
    <message>
        <location filename="../../ui/backup/advice.py" line="17"/>
        <source>StudyLog could not save</source>
        <translation>StudyLog không lưu được</translation>
    </message>
</context>
</TS>
