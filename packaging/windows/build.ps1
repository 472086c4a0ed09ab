# Builds the Windows installer: dist\csms-desktop-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11 x64 (python.org installer; "py -3.11" must work) and Inno Setup 6
# (https://jrsoftware.org/isinfo.php; ISCC.exe in its default folder or on PATH).
# Steps: .venv with the project and the `packaging` extra (PyInstaller), the forms and
# translations (packaging\build_assets.py), PyInstaller with
# packaging\csms-desktop.spec (dist\csms-desktop\, two executables: csms-desktop.exe
# windowed, csms-desktop-cli.exe console), the frozen checks (packaging\check_frozen.py:
# --version, --smoke offscreen with CSMS_DATA_DIR in a temp folder, demo, billing), then
# ISCC with packaging\windows\csms-desktop.iss.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$t0 = Get-Date

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    Write-Host "build: creating .venv"
    py -3.11 -m venv .venv
    if ($LASTEXITCODE) { throw "py -3.11 -m venv failed (install Python 3.11 x64)" }
}
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e ".[packaging]"
if ($LASTEXITCODE) { throw "pip install failed" }

# the Designer forms (gui\forms\ui_*.py) and the translations (.qm), as build-linux does
Write-Host "build: forms and translations (packaging\build_assets.py)"
& $py packaging\build_assets.py
if ($LASTEXITCODE) { throw "forms or translations not built" }

Write-Host "build: PyInstaller (packaging\csms-desktop.spec)"
if (Test-Path "dist\csms-desktop") { Remove-Item -Recurse -Force "dist\csms-desktop" }
& ".venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build packaging\csms-desktop.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

Write-Host "build: checking the frozen build"
$env:QT_QPA_PLATFORM = "offscreen"
& $py packaging\check_frozen.py dist\csms-desktop
if ($LASTEXITCODE) { throw "frozen checks failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found (ISCC.exe)" }
Write-Host "build: Inno Setup ($iscc)"
& $iscc /Q packaging\windows\csms-desktop.iss
if ($LASTEXITCODE) { throw "ISCC failed" }

$size = "{0:N0} MB" -f ((Get-ChildItem -Recurse dist\csms-desktop | Measure-Object Length -Sum).Sum / 1MB)
$setup = Get-ChildItem dist\csms-desktop-*-setup.exe | Sort-Object LastWriteTime | Select-Object -Last 1
Write-Host ("build: bundle dist\csms-desktop {0}; installer {1} ({2:N0} MB); {3:N0} s" -f `
    $size, $setup.Name, ($setup.Length / 1MB), ((Get-Date) - $t0).TotalSeconds)
