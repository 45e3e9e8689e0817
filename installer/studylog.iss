; StudyLog — the Windows installer, compiled by Inno Setup 6.3 or later.
;
; NOT RUN ON THE PROJECT'S MACHINES: they are Linux, and Inno Setup is a Windows
; program. Nothing here has been compiled yet; see docs/INSTALLER.md for the steps
; on a Windows PC and for what to check the first time.
;
; Input: the one-folder bundle dist\studylog\ that build_installer.spec makes on
; Windows (studylog.exe, windowed; studylog-cli.exe, its console twin; _internal\).
; Output: dist\StudyLog-<version>-setup.exe.
;
;   pyinstaller --noconfirm --clean build_installer.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\studylog.iss
;
; The version is read from studylog.exe's version resource (written by the spec
; from studylog/__init__.py); `ISCC /DAppVersion=1.2.3 ...` overrides it.
; This file and Vietnamese.isl are UTF-8 with a BOM, as Inno Setup requires for
; non-ASCII text.

#define AppName "StudyLog"
#define AppExe "studylog.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\studylog"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version in dist\studylog\studylog.exe: build the bundle first (build_installer.spec)."
#endif

[Setup]
; The AppId identifies StudyLog to Windows across versions (upgrades, uninstall):
; never change it.
AppId={{61970D3C-606F-411C-B760-BF87FCDE23DB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; A secretary without administrator rights can install for herself alone
; (%LOCALAPPDATA%\Programs\StudyLog); with them, for every user (Program Files).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The bundle is 64-bit; Qt 6 needs Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SetupIconFile=..\resources\icons\studylog.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open StudyLog is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Code signing, once the project has a certificate (SmartScreen warns otherwise):
; SignTool=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 $f

[Languages]
; Vietnamese first: the default when Windows' language is neither of the two.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
en.ConfirmUninstall=Are you sure you want to completely remove %1?%n%nYour data (the database and its backups in AppData\Local\StudyLog) is kept.

[CustomMessages]
vi.AppComment=Sổ học tập nghị quyết
en.AppComment=Record of the study of Party resolutions

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The bundle as built; a portable.txt or data\ left from a smoke run never ships.
Source: "{#Bundle}\*"; DestDir: "{app}"; Excludes: "\portable.txt,\data\*"; \
    Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; \
    Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
    Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder. The data (database, key, backups, log) lives in
; %LOCALAPPDATA%\StudyLog and is never removed by the uninstaller.
Type: filesandordirs; Name: "{app}\_internal"
