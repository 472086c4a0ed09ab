; Inno Setup 6 script: installs the PyInstaller one-folder build (dist\csms-desktop) as
; "CSMS Desktop" on Windows 10/11 x64.
;
;   packaging\windows\build.ps1            (builds, checks, then compiles this script)
;   or: "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\csms-desktop.iss
;
; The version is read from the built executable (its version resource is written by
; packaging\csms-desktop.spec from csms_desktop.__version__, the one place it lives);
; override with ISCC /DAppVersion=x.y.z.
;
; Data (database, logs, gui.ini, invoices and exports) is never in the install folder: the
; application keeps it in %LOCALAPPDATA%\csms-desktop of each Windows user
; (CSMS_DATA_DIR overrides). An upgrade replaces the program files only; the database is
; migrated when the new version starts. Uninstalling keeps the data.

#define AppName "CSMS Desktop"
#define AppExe "csms-desktop.exe"
#define RepoDir AddBackslash(SourcePath) + "..\.."
#define BuildDir RepoDir + "\dist\csms-desktop"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\csms-desktop\csms-desktop.exe is missing or has no version: build it first (packaging\windows\build.ps1)
#endif
#define OcppPort "9000"
#define FirewallRule "CSMS Desktop - OCPP charge points (TCP 9000)"

[Setup]
; The AppId identifies the product across versions: never change it (upgrades find the
; previous installation through it).
AppId={{6B0F3C2E-8E7A-4C1D-9B35-2D6E4F1A7C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=csms-desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Administrator rights: Program Files and the firewall rule need them.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#RepoDir}\dist
OutputBaseFilename=csms-desktop-{#AppVersion}-setup
SetupIconFile={#RepoDir}\resources\icons\csms-desktop.ico
; Shown before installing: the OCPP port and the firewall, where the data lives.
InfoBeforeFile={#SourcePath}before-install.txt
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running CSMS Desktop is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[CustomMessages]
en.FirewallTask=Allow charge points on the local network to connect (Windows Firewall: inbound TCP port {#OcppPort}, private and domain networks)
ptbr.FirewallTask=Permitir que os carregadores da rede local se conectem (Firewall do Windows: entrada TCP porta {#OcppPort}, redes privadas e de domínio)
en.StartupTask=Start CSMS Desktop when a user signs in to Windows
ptbr.StartupTask=Iniciar o CSMS Desktop quando um usuário entrar no Windows
en.OtherTasks=Other tasks:
ptbr.OtherTasks=Outras tarefas:

[Tasks]
Name: "firewall"; Description: "{cm:FirewallTask}"; GroupDescription: "{cm:OtherTasks}"
Name: "startup"; Description: "{cm:StartupTask}"; GroupDescription: "{cm:OtherTasks}"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrades: remove the previous version's bundled libraries first, so no stale file of an
; older build stays next to the new one. (Only program files: data is never here.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
; "Start with Windows": a shortcut in the common Startup folder (every user who signs in).
Name: "{autostartup}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: startup

[Run]
; The OCPP port: delete a rule left by a previous version, then add it again.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"""; Flags: runhidden; Tasks: firewall; StatusMsg: "Configuring Windows Firewall..."
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""{#FirewallRule}"" dir=in action=allow protocol=TCP localport={#OcppPort} profile=private,domain description=""OCPP 1.6J/2.0.1 charge points connecting to CSMS Desktop"""; Flags: runhidden; Tasks: firewall
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"""; Flags: runhidden; RunOnceId: "DeleteFirewallRule"
