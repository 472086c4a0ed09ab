<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name></name>
    <message>
        <source>installed build</source>
        <translation>รุ่นที่ติดตั้ง</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>จากซอร์สโค้ด</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Charging-station management system: OCPP 1.6J and 2.0.1 central system for the charge points on the site LAN.</source>
        <translation>ระบบจัดการสถานีชาร์จ: ระบบกลาง OCPP 1.6J และ 2.0.1 สำหรับเครื่องชาร์จในเครือข่าย LAN ของสถานี</translation>
    </message>
    <message>
        <source>Documents use the TLWG Waree font (Bitstream Vera licence, shipped with the application). Built with Qt for Python (LGPLv3), ocpp, websockets, peewee, pyqtgraph, ReportLab and Babel.</source>
        <translation>เอกสารใช้ฟอนต์ TLWG Waree (สัญญาอนุญาต Bitstream Vera มาพร้อมโปรแกรม) สร้างด้วย Qt for Python (LGPLv3), ocpp, websockets, peewee, pyqtgraph, ReportLab และ Babel</translation>
    </message>
    <message>
        <source>About CSMS Desktop</source>
        <translation>เกี่ยวกับ CSMS Desktop</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>เปิดโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>สัญญาอนุญาตฟอนต์</translation>
    </message>
    <message>
        <source>CSMS Desktop cannot start</source>
        <translation>CSMS Desktop เริ่มทำงานไม่ได้</translation>
    </message>
    <message>
        <source>No OCPP server here: the site&apos;s nodes serve the chargers</source>
        <translation>ไม่มีเซิร์ฟเวอร์ OCPP ที่เครื่องนี้: โหนดของไซต์ให้บริการเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Another program, or CSMS Desktop already running, listens on that port. Close it, or start on another port: csms-desktop --port 9001 (or change the port in Settings → OCPP server).</source>
        <translation>มีโปรแกรมอื่น หรือ CSMS Desktop ที่เปิดอยู่แล้ว ใช้พอร์ตนี้อยู่ ให้ปิดโปรแกรมนั้น หรือเริ่มบนพอร์ตอื่น: csms-desktop --port 9001 (หรือเปลี่ยนพอร์ตที่ ตั้งค่า → เซิร์ฟเวอร์ OCPP)</translation>
    </message>
    <message>
        <source>pdftoppm (poppler-utils) is not installed: open the PDF in your viewer instead.</source>
        <translation>ไม่ได้ติดตั้ง pdftoppm (poppler-utils): ให้เปิด PDF ในโปรแกรมดูแทน</translation>
    </message>
    <message>
        <source>could not draw the pages ({error}); open the PDF instead.</source>
        <translation>สร้างภาพหน้าไม่ได้ ({error}) ให้เปิด PDF แทน</translation>
    </message>
    <message>
        <source>Select an invoice to see it here.</source>
        <translation>เลือกใบแจ้งหนี้เพื่อดูที่นี่</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>ไม่มีตัวอย่าง</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>หน้า {page} จาก {pages}</translation>
    </message>
    <message>
        <source>Print invoice</source>
        <translation>พิมพ์ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>กำลังไฟ</translation>
    </message>
    <message>
        <source>No power reported in this range</source>
        <translation>ไม่มีค่ากำลังไฟในช่วงนี้</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>กระแส</translation>
    </message>
    <message>
        <source>No current reported in this range</source>
        <translation>ไม่มีค่ากระแสในช่วงนี้</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>แบตเตอรี่</translation>
    </message>
    <message>
        <source>No state of charge reported in this range</source>
        <translation>ไม่มีค่าระดับแบตเตอรี่ในช่วงนี้</translation>
    </message>
    <message>
        <source>Site power</source>
        <translation>กำลังไฟของสถานี</translation>
    </message>
    <message>
        <source>Site capacity {power}</source>
        <translation>ขีดจำกัดของสถานี {power}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>รอบการชาร์จ</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 ชม.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 ชม.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 วัน</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>พลังงาน (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>กำลังไฟ (kW)</translation>
    </message>
    <message>
        <source>Current (A)</source>
        <translation>กระแส (A)</translation>
    </message>
    <message>
        <source>Voltage (V)</source>
        <translation>แรงดัน (V)</translation>
    </message>
    <message>
        <source>SoC (%)</source>
        <translation>แบตเตอรี่ (%)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>บริบท</translation>
    </message>
    <message>
        <source>{charger} · connector {number}</source>
        <translation>{charger} · หัวชาร์จ {number}</translation>
    </message>
    <message>
        <source>give the URL the charger should use</source>
        <translation>ระบุ URL ที่เครื่องชาร์จควรใช้</translation>
    </message>
    <message>
        <source>the URL must start with ftp://, sftp://, http:// or https:// and name a host</source>
        <translation>URL ต้องขึ้นต้นด้วย ftp://, sftp://, http:// หรือ https:// และระบุชื่อโฮสต์</translation>
    </message>
    <message>
        <source>pick or type an id tag</source>
        <translation>เลือกหรือพิมพ์แท็ก</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>button: start charging</comment>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Start charging (remote start)</source>
        <translation>เริ่มชาร์จ (สั่งเริ่มจากระยะไกล)</translation>
    </message>
    <message>
        <source>Id tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Stop charging (remote stop)</source>
        <translation>หยุดชาร์จ (สั่งหยุดจากระยะไกล)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>รายการชาร์จ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Stops transactions and restarts the software</source>
        <translation>หยุดรายการชาร์จและเริ่มซอฟต์แวร์ใหม่</translation>
    </message>
    <message>
        <source>Hard reset…</source>
        <translation>รีเซ็ตแบบฮาร์ด…</translation>
    </message>
    <message>
        <source>Reboots the charger (power cycle): use when a soft reset does not help</source>
        <translation>รีบูตเครื่องชาร์จ (ตัดไฟแล้วเปิดใหม่): ใช้เมื่อรีเซ็ตแบบซอฟต์ไม่ได้ผล</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Unlock connector</source>
        <translation>ปลดล็อกหัวชาร์จ</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>ความพร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Make operative</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <source>Make inoperative</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <source>Maintenance mode (charger inoperative, flagged for repair)</source>
        <translation>โหมดซ่อมบำรุง (ปิดใช้งานเครื่องชาร์จ ทำเครื่องหมายว่ารอซ่อม)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ใช้กับ</translation>
    </message>
    <message>
        <source>Ask the charger</source>
        <translation>ขอจากเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Trigger message</source>
        <translation>สั่งให้ส่งข้อความ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Update firmware</source>
        <translation>อัปเดตเฟิร์มแวร์</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>การอัปเดตเฟิร์มแวร์</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>ไม่ก่อน</translation>
    </message>
    <message>
        <source>Get diagnostics</source>
        <translation>ขอข้อมูลวินิจฉัย</translation>
    </message>
    <message>
        <source>Diagnostics / log upload</source>
        <translation>อัปโหลดข้อมูลวินิจฉัย / ล็อก</translation>
    </message>
    <message>
        <source>Upload to</source>
        <translation>อัปโหลดไปที่</translation>
    </message>
    <message>
        <source>Any free connector</source>
        <translation>หัวชาร์จใดก็ได้ที่ว่าง</translation>
    </message>
    <message>
        <source>Whole charger</source>
        <translation>ทั้งเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Transaction {id} on connector {number}</source>
        <translation>รายการชาร์จ {id} ที่หัวชาร์จ {number}</translation>
    </message>
    <message>
        <source>No transaction running</source>
        <translation>ไม่มีรายการชาร์จที่กำลังทำงาน</translation>
    </message>
    <message>
        <source>Remote start on {charger}</source>
        <translation>สั่งเริ่มชาร์จที่ {charger}</translation>
    </message>
    <message>
        <source>an id tag has at most {count} characters</source>
        <translation>แท็กยาวได้ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>Remote start on {charger} with tag {tag}</source>
        <translation>สั่งเริ่มชาร์จที่ {charger} ด้วยแท็ก {tag}</translation>
    </message>
    <message>
        <source>Stop transaction {id} on {charger}?</source>
        <translation>หยุดรายการชาร์จ {id} ที่ {charger} หรือไม่?</translation>
    </message>
    <message>
        <source>Soft reset {charger}?</source>
        <translation>รีเซ็ตแบบซอฟต์ {charger} หรือไม่?</translation>
    </message>
    <message>
        <source>Running sessions on this charger stop.</source>
        <translation>การชาร์จที่กำลังทำอยู่บนเครื่องนี้จะหยุด</translation>
    </message>
    <message>
        <source>Hard reset (reboot) {charger}?</source>
        <translation>รีเซ็ตแบบฮาร์ด (รีบูต) {charger} หรือไม่?</translation>
    </message>
    <message>
        <source>Running sessions stop and the charger is offline until it has rebooted. Try a soft reset first.</source>
        <translation>การชาร์จที่กำลังทำอยู่จะหยุด และเครื่องชาร์จจะออฟไลน์จนกว่าจะรีบูตเสร็จ ลองรีเซ็ตแบบซอฟต์ก่อน</translation>
    </message>
    <message>
        <source>Remote stop of transaction {id} on {charger}</source>
        <translation>สั่งหยุดรายการชาร์จ {id} ที่ {charger}</translation>
    </message>
    <message>
        <source>Hard reset of {charger}</source>
        <translation>รีเซ็ตแบบฮาร์ด {charger}</translation>
    </message>
    <message>
        <source>Soft reset of {charger}</source>
        <translation>รีเซ็ตแบบซอฟต์ {charger}</translation>
    </message>
    <message>
        <source>Unlock connector {number} of {charger}</source>
        <translation>ปลดล็อกหัวชาร์จ {number} ของ {charger}</translation>
    </message>
    <message>
        <source>Make the whole charger {charger} operative</source>
        <translation>เปิดใช้งานเครื่องชาร์จ {charger} ทั้งเครื่อง</translation>
    </message>
    <message>
        <source>Make the whole charger {charger} inoperative</source>
        <translation>ปิดใช้งานเครื่องชาร์จ {charger} ทั้งเครื่อง</translation>
    </message>
    <message>
        <source>Make connector {number} of {charger} operative</source>
        <translation>เปิดใช้งานหัวชาร์จ {number} ของ {charger}</translation>
    </message>
    <message>
        <source>Make connector {number} of {charger} inoperative</source>
        <translation>ปิดใช้งานหัวชาร์จ {number} ของ {charger}</translation>
    </message>
    <message>
        <source>Maintenance on for {charger} (ChangeAvailability Inoperative)</source>
        <translation>เปิดโหมดซ่อมบำรุงสำหรับ {charger} (ChangeAvailability Inoperative)</translation>
    </message>
    <message>
        <source>Maintenance off for {charger} (ChangeAvailability Operative)</source>
        <translation>ปิดโหมดซ่อมบำรุงสำหรับ {charger} (ChangeAvailability Operative)</translation>
    </message>
    <message>
        <source>Trigger {message} on {charger}</source>
        <translation>สั่งให้ {charger} ส่ง {message}</translation>
    </message>
    <message>
        <source>Firmware update of {charger}</source>
        <translation>อัปเดตเฟิร์มแวร์ของ {charger}</translation>
    </message>
    <message>
        <source>Diagnostics upload from {charger}</source>
        <translation>อัปโหลดข้อมูลวินิจฉัยจาก {charger}</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>รายการชาร์จ:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Id tag:</source>
        <translation>รหัสบัตร:</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>ผู้ขับขี่:</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>รถ:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>เริ่มเมื่อ:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>พลังงาน:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>ค่าใช้จ่าย:</translation>
    </message>
    <message>
        <source>Stop reason:</source>
        <translation>เหตุผลที่หยุด:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Stop charging</source>
        <translation>หยุดชาร์จ</translation>
    </message>
    <message>
        <source>Ask the charger to end this transaction (RemoteStop)</source>
        <translation>สั่งให้เครื่องชาร์จจบรายการชาร์จนี้ (RemoteStop)</translation>
    </message>
    <message>
        <source>Force close a transaction the charger never stopped:</source>
        <translation>ปิดรายการชาร์จที่เครื่องชาร์จไม่เคยหยุดแบบบังคับ:</translation>
    </message>
    <message>
        <source>reason (required), e.g. charger replaced</source>
        <translation>เหตุผล (จำเป็น) เช่น เปลี่ยนเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Force close</source>
        <translation>บังคับปิด</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <source>Meter values</source>
        <translation>ค่ามิเตอร์</translation>
    </message>
    <message>
        <source>{status} · error {code}</source>
        <translation>{status} · ข้อผิดพลาด {code}</translation>
    </message>
    <message>
        <source>{status} (last reported: {reported})</source>
        <translation>{status} (รายงานล่าสุด: {reported})</translation>
    </message>
    <message>
        <source>none on this connector yet</source>
        <translation>ยังไม่มีในหัวชาร์จนี้</translation>
    </message>
    <message>
        <source>running</source>
        <translation>กำลังชาร์จ</translation>
    </message>
    <message>
        <source>{state} — not stopped by the charger (force close it with a reason)</source>
        <translation>{state} — เครื่องชาร์จไม่ได้หยุด (บังคับปิดพร้อมระบุเหตุผล)</translation>
    </message>
    <message>
        <source>{state} — closed by {operator}</source>
        <translation>{state} — ปิดโดย {operator}</translation>
    </message>
    <message>
        <source>calculated when the session ends</source>
        <translation>คำนวณเมื่อจบรอบการชาร์จ</translation>
    </message>
    <message>
        <source>needs review ({flag})</source>
        <translation>ต้องตรวจสอบ ({flag})</translation>
    </message>
    <message>
        <source>{energy} (so far)</source>
        <translation>{energy} (จนถึงตอนนี้)</translation>
    </message>
    <message>
        <source>no meter value yet</source>
        <translation>ยังไม่มีค่ามิเตอร์</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Could not read the history (see the log)</source>
        <translation>อ่านประวัติไม่ได้ (ดูบันทึก)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt; of transaction {transaction} ({count}, newest first)</source>
        <translation>&lt;b&gt;ค่ามิเตอร์&lt;/b&gt; ของรายการชาร์จ {transaction} ({count} ค่า ล่าสุดก่อน)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt; of the selected range ({count}, newest first)</source>
        <translation>&lt;b&gt;ค่ามิเตอร์&lt;/b&gt; ของช่วงที่เลือก ({count} ค่า ล่าสุดก่อน)</translation>
    </message>
    <message>
        <source>{count} samples</source>
        <translation>{count} ค่า</translation>
    </message>
    <message>
        <source>No samples in this range</source>
        <translation>ไม่มีค่าในช่วงนี้</translation>
    </message>
    <message>
        <source>Stop transaction {transaction} on {charger} connector {number}?</source>
        <translation>หยุดรายการชาร์จ {transaction} ที่ {charger} หัวชาร์จ {number} หรือไม่?</translation>
    </message>
    <message>
        <source>The charger ends the session; the driver has to start it again.</source>
        <translation>เครื่องชาร์จจะจบรอบการชาร์จ ผู้ขับขี่ต้องเริ่มใหม่เอง</translation>
    </message>
    <message>
        <source>Stop transaction {transaction}</source>
        <translation>หยุดรายการชาร์จ {transaction}</translation>
    </message>
    <message>
        <source>⚠ give a reason: it is kept with the transaction</source>
        <translation>⚠ ระบุเหตุผล: จะบันทึกไว้กับรายการชาร์จ</translation>
    </message>
    <message>
        <source>Force close of {transaction} refused: {reason}</source>
        <translation>ปฏิเสธการบังคับปิด {transaction}: {reason}</translation>
    </message>
    <message>
        <source>Transaction {transaction} force-closed by {operator}; energy flagged {flag}</source>
        <translation>รายการชาร์จ {transaction} ถูกบังคับปิดโดย {operator} พลังงานถูกทำเครื่องหมาย {flag}</translation>
    </message>
    <message>
        <source>Transaction {transaction} force-closed by {operator}</source>
        <translation>รายการชาร์จ {transaction} ถูกบังคับปิดโดย {operator}</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>กำลังส่งออกไปที่ {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Exporting to {file}: {done} of {total} rows</source>
        <translation>กำลังส่งออกไปที่ {file}: {done} จาก {total} แถว</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนไฟล์</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ถูกระงับ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>tag</comment>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>tag</comment>
        <translation>ถูกระงับ</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>tag</comment>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>tag</comment>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Vehicle {plate} added</source>
        <translation>เพิ่มรถ {plate} แล้ว</translation>
    </message>
    <message>
        <source>Vehicle {plate} saved</source>
        <translation>บันทึกรถ {plate} แล้ว</translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation>ลบรถแล้ว</translation>
    </message>
    <message>
        <source>Tag {tag} added; chargers&apos; local lists follow</source>
        <translation>เพิ่มบัตร {tag} แล้ว รายการบัตรในเครื่องชาร์จจะอัปเดตตาม</translation>
    </message>
    <message>
        <source>Tag {tag} saved</source>
        <translation>บันทึกบัตร {tag} แล้ว</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>ลบบัตรแล้ว</translation>
    </message>
    <message>
        <source>Last unknown card: {tag} at {charger} ({time})</source>
        <translation>บัตรที่ไม่รู้จักล่าสุด: {tag} ที่ {charger} ({time})</translation>
    </message>
    <message>
        <source>Waiting for a card… (click to stop)</source>
        <translation>กำลังรอบัตร… (คลิกเพื่อหยุด)</translation>
    </message>
    <message>
        <source>Present the new card at any charger now</source>
        <translation>แตะบัตรใหม่ที่เครื่องชาร์จเครื่องใดก็ได้ตอนนี้</translation>
    </message>
    <message>
        <source>No card was presented within 2 minutes</source>
        <translation>ไม่มีการแตะบัตรภายใน 2 นาที</translation>
    </message>
    <message>
        <source>Card {tag} presented at {charger}: check the details and click Add tag</source>
        <translation>แตะบัตร {tag} ที่ {charger} แล้ว: ตรวจสอบรายละเอียดแล้วคลิก เพิ่มบัตร</translation>
    </message>
    <message>
        <source>Register the next presented card</source>
        <translation>ลงทะเบียนบัตรใบถัดไปที่แตะ</translation>
    </message>
    <message>
        <source>Link to vehicle</source>
        <translation>ผูกกับรถ</translation>
    </message>
    <message>
        <source>Selected transaction:</source>
        <translation>รายการชาร์จที่เลือก:</translation>
    </message>
    <message>
        <source>— no vehicle —</source>
        <translation>— ไม่มีรถ —</translation>
    </message>
    <message>
        <source>no cost yet</source>
        <translation>ยังไม่มีค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>{count} session, {energy} kWh, {costs}</source>
        <translation>ชาร์จ {count} ครั้ง, {energy} kWh, {costs}</translation>
    </message>
    <message>
        <source>{count} sessions, {energy} kWh, {costs}</source>
        <translation>ชาร์จ {count} ครั้ง, {energy} kWh, {costs}</translation>
    </message>
    <message>
        <source>Select a transaction first</source>
        <translation>เลือกรายการชาร์จก่อน</translation>
    </message>
    <message>
        <source>Transaction {id} linked to {vehicle}</source>
        <translation>ผูกรายการชาร์จ {id} กับ {vehicle} แล้ว</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>ไม่ว่าง</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>ใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>ซ่อมบำรุง</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกแล้ว</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>พนักงานประจำสถานี</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>ไฟฟ้า</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ไฮบริด</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>ปลั๊กอินไฮบริด</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>ขาเข้า</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>ขาออก</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>Charging started</source>
        <translation>เริ่มชาร์จแล้ว</translation>
    </message>
    <message>
        <source>Charging stopped</source>
        <translation>หยุดชาร์จแล้ว</translation>
    </message>
    <message>
        <source>Charging completed</source>
        <translation>ชาร์จเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>ต้องชำระเงิน</translation>
    </message>
    <message>
        <source>System maintenance</source>
        <translation>บำรุงรักษาระบบ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>ยอมรับ</translation>
    </message>
    <message>
        <source>Concurrent transaction</source>
        <translation>รายการชาร์จซ้อน</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>หยุดฉุกเฉิน</translation>
    </message>
    <message>
        <source>EV disconnected</source>
        <translation>ถอดสายชาร์จจากรถ</translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation>รีเซ็ตแบบฮาร์ด</translation>
    </message>
    <message>
        <source>Soft reset</source>
        <translation>รีเซ็ตแบบซอฟต์</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>หยุดที่เครื่อง</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>สั่งหยุดระยะไกล</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Power loss</source>
        <translation>ไฟดับ</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>รีบูต</translation>
    </message>
    <message>
        <source>Unlock command</source>
        <translation>คำสั่งปลดล็อก</translation>
    </message>
    <message>
        <source>Deauthorized</source>
        <translation>ถูกเพิกถอนสิทธิ์</translation>
    </message>
    <message>
        <source>Energy limit reached</source>
        <translation>ถึงขีดจำกัดพลังงาน</translation>
    </message>
    <message>
        <source>Ground fault</source>
        <translation>ไฟรั่วลงดิน</translation>
    </message>
    <message>
        <source>Immediate reset</source>
        <translation>รีเซ็ตทันที</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>เครดิตหมด</translation>
    </message>
    <message>
        <source>Master pass</source>
        <translation>บัตรมาสเตอร์</translation>
    </message>
    <message>
        <source>Overcurrent fault</source>
        <translation>กระแสเกิน</translation>
    </message>
    <message>
        <source>Power quality</source>
        <translation>คุณภาพไฟฟ้า</translation>
    </message>
    <message>
        <source>SoC limit reached</source>
        <translation>ถึงขีดจำกัดระดับแบตเตอรี่</translation>
    </message>
    <message>
        <source>Stopped by the EV</source>
        <translation>รถสั่งหยุด</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>ถึงขีดจำกัดเวลา</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Charge points</source>
        <translation>เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>รายการชาร์จ</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>ผู้ขับขี่</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>⚠ Every row of the current database is replaced by the backup&apos;s contents.</source>
        <translation>⚠ ข้อมูลทุกแถวในฐานข้อมูลปัจจุบันจะถูกแทนที่ด้วยเนื้อหาของข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Transactions, drivers, invoices and settings recorded after {when} are no longer in the database. The OCPP server stops (chargers reconnect by themselves) and CSMS Desktop restarts on the restored database.</source>
        <translation>รายการชาร์จ ผู้ขับขี่ ใบแจ้งหนี้ และการตั้งค่าที่บันทึกหลัง {when} จะไม่อยู่ในฐานข้อมูลอีกต่อไป เซิร์ฟเวอร์ OCPP จะหยุด (เครื่องชาร์จจะเชื่อมต่อใหม่เอง) และ CSMS Desktop จะเริ่มใหม่ด้วยฐานข้อมูลที่กู้คืน</translation>
    </message>
    <message>
        <source>Backup: &lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;made {when}, schema {schema}, integrity {integrity}, {note}</source>
        <translation>ข้อมูลสำรอง: &lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;สร้างเมื่อ {when}, schema {schema}, ความสมบูรณ์ {integrity}, {note}</translation>
    </message>
    <message>
        <source>in the backup</source>
        <translation>ในข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>A safety copy of the current database is kept in {folder} first.</source>
        <translation>ระบบจะเก็บสำเนาความปลอดภัยของฐานข้อมูลปัจจุบันไว้ใน {folder} ก่อน</translation>
    </message>
    <message>
        <source>I understand that the data recorded after this backup is replaced</source>
        <translation>ฉันเข้าใจว่าข้อมูลที่บันทึกหลังข้อมูลสำรองนี้จะถูกแทนที่</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>กู้คืนและเริ่มใหม่</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore, with the server stopped (see the README).</source>
        <translation>ฐานข้อมูล PostgreSQL กู้คืนด้วย pg_restore ขณะหยุดเซิร์ฟเวอร์ (ดู README)</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>ข้อมูลสำรอง (*.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>กำลังตรวจสอบ {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problems}</source>
        <translation>กู้คืน {file} ไม่ได้: {problems}</translation>
    </message>
    <message>
        <source>Stopping the OCPP server…</source>
        <translation>กำลังหยุดเซิร์ฟเวอร์ OCPP…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>กู้คืนล้มเหลว</translation>
    </message>
    <message>
        <source>{error}. CSMS Desktop restarts on the database as it was.</source>
        <translation>{error} CSMS Desktop จะเริ่มใหม่ด้วยฐานข้อมูลเดิม</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>กู้คืนฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>Restored {file}. The previous database is kept at {copy}. CSMS Desktop restarts now.</source>
        <translation>กู้คืน {file} แล้ว ฐานข้อมูลเดิมเก็บไว้ที่ {copy} CSMS Desktop จะเริ่มใหม่ตอนนี้</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>การเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>โหลดไฟฟ้า</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;This page is being built.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;หน้านี้กำลังจัดทำ&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CSMS Desktop — {site}</source>
        <translation>CSMS Desktop — {site}</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไป (&amp;G)</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>เซสชัน (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ล็อก (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch operator…</source>
        <translation>สลับผู้ปฏิบัติงาน (&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>เปลี่ยนรหัสผ่าน (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>การแจ้งเตือน (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CSMS Desktop</source>
        <translation>เกี่ยวกับ CSMS Desktop (&amp;A)</translation>
    </message>
    <message>
        <source>OCPP server: starting…</source>
        <translation>เซิร์ฟเวอร์ OCPP: กำลังเริ่ม…</translation>
    </message>
    <message>
        <source>Times on every page are the site&apos;s time (Settings → Site)</source>
        <translation>เวลาในทุกหน้าเป็นเวลาของสถานี (ตั้งค่า → สถานี)</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>OCPP server: stopped</source>
        <translation>เซิร์ฟเวอร์ OCPP: หยุดแล้ว</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>อย่างน้อย {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>กำลังสร้าง…</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>สร้างผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>กรุณากรอกชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>กรุณากรอกรหัสผ่าน</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is deactivated.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือบัญชีถูกปิดใช้งาน</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is deactivated. Try again in {seconds} s.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือบัญชีถูกปิดใช้งาน ลองใหม่ใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>Cannot sign in: {error}</source>
        <translation>เข้าสู่ระบบไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Change the password of &lt;b&gt;{username}&lt;/b&gt;.</source>
        <translation>เปลี่ยนรหัสผ่านของ &lt;b&gt;{username}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>enter your current password</source>
        <translation>กรอกรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>Locked after 1 minute without activity.</source>
        <translation>ล็อกแล้วหลังไม่มีการใช้งาน 1 นาที</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without activity.</source>
        <translation>ล็อกแล้วหลังไม่มีการใช้งาน {minutes} นาที</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ล็อกอยู่</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>เข้าสู่ระบบเพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ไม่มีใคร</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>สลับผู้ปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Signed in now: {operator}.</source>
        <translation>ผู้ที่เข้าสู่ระบบอยู่: {operator}</translation>
    </message>
    <message>
        <source>OCPP server listening on {url}</source>
        <translation>เซิร์ฟเวอร์ OCPP รอรับการเชื่อมต่อที่ {url}</translation>
    </message>
    <message>
        <source>1 charge point connected</source>
        <translation>เชื่อมต่อเครื่องชาร์จแล้ว 1 เครื่อง</translation>
    </message>
    <message>
        <source>{count} charge points connected</source>
        <translation>เชื่อมต่อเครื่องชาร์จแล้ว {count} เครื่อง</translation>
    </message>
    <message>
        <source>Chargers cannot connect until CSMS Desktop runs again.</source>
        <translation>เครื่องชาร์จจะเชื่อมต่อไม่ได้จนกว่า CSMS Desktop จะทำงานอีกครั้ง</translation>
    </message>
    <message>
        <source>1 connected charger loses the connection until CSMS Desktop runs again.</source>
        <translation>เครื่องชาร์จที่เชื่อมต่ออยู่ 1 เครื่องจะหลุดการเชื่อมต่อจนกว่า CSMS Desktop จะทำงานอีกครั้ง</translation>
    </message>
    <message>
        <source>{count} connected chargers lose the connection until CSMS Desktop runs again.</source>
        <translation>เครื่องชาร์จที่เชื่อมต่ออยู่ {count} เครื่องจะหลุดการเชื่อมต่อจนกว่า CSMS Desktop จะทำงานอีกครั้ง</translation>
    </message>
    <message>
        <source>Quit CSMS Desktop</source>
        <translation>ออกจาก CSMS Desktop</translation>
    </message>
    <message>
        <source>Quit CSMS Desktop and stop the OCPP server?</source>
        <translation>ออกจาก CSMS Desktop และหยุดเซิร์ฟเวอร์ OCPP หรือไม่?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● ออนไลน์</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ ออฟไลน์</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>รหัสเครื่อง</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>โทเค็น API ใหม่</translation>
    </message>
    <message>
        <source>who uses it, e.g. home-assistant</source>
        <translation>ใครใช้ เช่น home-assistant</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> คำขอ/นาที</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>บทบาท (&amp;R)</translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation>จำกัดอัตรา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the token now: it is shown only once (only its hash is kept). Send it as “Authorization: Bearer …”.</source>
        <translation>คัดลอกโทเค็นตอนนี้: จะแสดงเพียงครั้งเดียว (ระบบเก็บไว้แค่ค่าแฮช) ส่งเป็น “Authorization: Bearer …”</translation>
    </message>
    <message>
        <source>Copied. It is shown only once.</source>
        <translation>คัดลอกแล้ว โทเค็นแสดงเพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>Automation API tokens (administrators only)</source>
        <translation>โทเค็น API สำหรับระบบอัตโนมัติ (เฉพาะผู้ดูแลระบบ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Token starts</source>
        <translation>ขึ้นต้นโทเค็น</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
    <message>
        <source>State</source>
        <comment>of a token</comment>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>New &amp;token…</source>
        <translation>โทเค็นใหม่ (&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>เพิกถอน (&amp;V)</translation>
    </message>
    <message>
        <source>The API listens on {url}/api/v1 — reference: {url}/openapi.json, guide: docs/api.md</source>
        <translation>API รอรับที่ {url}/api/v1 — เอกสารอ้างอิง: {url}/openapi.json, คู่มือ: docs/api.md</translation>
    </message>
    <message>
        <source>The API is off in this session (--no-api, or its port was taken); tokens still work elsewhere.</source>
        <translation>API ปิดอยู่ในรอบการทำงานนี้ (--no-api หรือพอร์ตถูกใช้อยู่) โทเค็นยังใช้ได้ที่อื่น</translation>
    </message>
    <message>
        <source>never</source>
        <comment>not yet</comment>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>เพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>Token {name} created.</source>
        <translation>สร้างโทเค็น {name} แล้ว</translation>
    </message>
    <message>
        <source>Click again to revoke</source>
        <translation>คลิกอีกครั้งเพื่อเพิกถอน</translation>
    </message>
    <message>
        <source>Revoke {name}? Whatever uses it stops working.</source>
        <translation>เพิกถอน {name} หรือไม่? สิ่งที่ใช้โทเค็นนี้จะหยุดทำงาน</translation>
    </message>
    <message>
        <source>Token {name} revoked.</source>
        <translation>เพิกถอนโทเค็น {name} แล้ว</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>โปรโตคอล</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ผู้ผลิต</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>เฟิร์มแวร์</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>ขอแล้ว</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>download scheduled</source>
        <translation>นัดเวลาดาวน์โหลดแล้ว</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>กำลังดาวน์โหลด</translation>
    </message>
    <message>
        <source>download paused, retrying</source>
        <translation>หยุดดาวน์โหลดชั่วคราว กำลังลองใหม่</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>ดาวน์โหลดแล้ว</translation>
    </message>
    <message>
        <source>checksum verified</source>
        <translation>ตรวจ checksum แล้ว</translation>
    </message>
    <message>
        <source>published</source>
        <translation>เผยแพร่แล้ว</translation>
    </message>
    <message>
        <source>download failed</source>
        <translation>ดาวน์โหลดไม่สำเร็จ</translation>
    </message>
    <message>
        <source>invalid checksum</source>
        <translation>checksum ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>publication failed</source>
        <translation>เผยแพร่ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>ยกเลิกการเผยแพร่แล้ว</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>อัปเดตเมื่อ</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Downloaded from</source>
        <translation>ดาวน์โหลดจาก</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>เผยแพร่ที่</translation>
    </message>
    <message>
        <source>Firmware publication</source>
        <translation>การเผยแพร่เฟิร์มแวร์</translation>
    </message>
    <message>
        <source>&amp;Local controllers (OCPP 2.0.1 and 2.1)</source>
        <translation>ตัวควบคุมในพื้นที่ (&amp;L) (OCPP 2.0.1 และ 2.1)</translation>
    </message>
    <message>
        <source>Publish a firmware file</source>
        <translation>เผยแพร่ไฟล์เฟิร์มแวร์</translation>
    </message>
    <message>
        <source>32 hexadecimal digits</source>
        <translation>เลขฐานสิบหก 32 หลัก</translation>
    </message>
    <message>
        <source>Com&amp;pute from a file…</source>
        <translation>คำนวณจากไฟล์ (&amp;P)…</translation>
    </message>
    <message>
        <source>File &amp;URL</source>
        <translation>URL ของไฟล์ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;MD5 checksum</source>
        <translation>checksum MD5 (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation>จำนวนครั้งที่ลองใหม่ (&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;interval</source>
        <translation>เว้นระยะก่อนลองใหม่ (&amp;I)</translation>
    </message>
    <message>
        <source>Pu&amp;blish on the checked stations</source>
        <translation>เผยแพร่บนสถานีที่เลือก (&amp;B)</translation>
    </message>
    <message>
        <source>Publications on the checked stations (latest status)</source>
        <translation>การเผยแพร่บนสถานีที่เลือก (สถานะล่าสุด)</translation>
    </message>
    <message>
        <source>&amp;Unpublish selected</source>
        <translation>ยกเลิกการเผยแพร่ที่เลือก (&amp;U)</translation>
    </message>
    <message>
        <source>The firmware file</source>
        <translation>ไฟล์เฟิร์มแวร์</translation>
    </message>
    <message>
        <source>The URL must start with http://, https://, ftp:// or ftps://</source>
        <translation>URL ต้องขึ้นต้นด้วย http://, https://, ftp:// หรือ ftps://</translation>
    </message>
    <message>
        <source>The MD5 checksum is 32 hexadecimal digits</source>
        <translation>checksum MD5 ต้องเป็นเลขฐานสิบหก 32 หลัก</translation>
    </message>
    <message>
        <source>Publish firmware</source>
        <translation>เผยแพร่เฟิร์มแวร์</translation>
    </message>
    <message>
        <source>Select the publications to unpublish</source>
        <translation>เลือกการเผยแพร่ที่จะยกเลิก</translation>
    </message>
    <message>
        <source>Unpublish firmware</source>
        <translation>ยกเลิกการเผยแพร่เฟิร์มแวร์</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>พบล่าสุด</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>คีย์</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>สิทธิ์</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>อ่านและเขียน</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>ส่วนประกอบ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>การเปลี่ยนแปลงล่าสุด</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>กำลังส่ง…</translation>
    </message>
    <message>
        <source>double-click to change</source>
        <translation>ดับเบิลคลิกเพื่อเปลี่ยน</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>รถ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนเมื่อ</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>ทะเบียนรถ</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>ยี่ห้อ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่มีกำหนด</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>all</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Charge point</source>
        <translation>เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>รถ</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● ออนไลน์</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ ออฟไลน์</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>เวอร์ชันรายการ</translation>
    </message>
    <message>
        <source>Entries sent</source>
        <translation>รายการที่ส่งแล้ว</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>การเปลี่ยนแปลงที่รอส่ง</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>ซิงก์ล่าสุด</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนดชำระ</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>ยังไม่ชำระ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>รหัส {id}</translation>
    </message>
    <message>
        <source>client number {number}</source>
        <translation>รหัสลูกค้า {number}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>ออกเมื่อ</translation>
    </message>
    <message>
        <source>imported (the seed format has no issue date)</source>
        <translation>นำเข้า (รูปแบบข้อมูลตั้งต้นไม่มีวันที่ออก)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>ยอดที่ต้องชำระ</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>ใช้แทน</translation>
    </message>
    <message>
        <source>paid {when}</source>
        <translation>ชำระเมื่อ {when}</translation>
    </message>
    <message>
        <source>replaced by invoice {number}</source>
        <translation>ถูกแทนที่ด้วยใบแจ้งหนี้ {number}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>เลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>In turn with the others</source>
        <extracomment>(RFC 5646 code sent, the language&apos;s own name)</extracomment>
        <translation>แสดงสลับกับข้อความอื่น</translation>
    </message>
    <message>
        <source>In front of the others</source>
        <translation>แสดงก่อนข้อความอื่น</translation>
    </message>
    <message>
        <source>Always in front (urgent)</source>
        <translation>แสดงก่อนเสมอ (ด่วน)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>ตลอดเวลา</translation>
    </message>
    <message>
        <source>While charging</source>
        <translation>ขณะชาร์จ</translation>
    </message>
    <message>
        <source>While idle</source>
        <translation>ขณะว่าง</translation>
    </message>
    <message>
        <source>While faulted</source>
        <translation>ขณะขัดข้อง</translation>
    </message>
    <message>
        <source>While unavailable</source>
        <translation>ขณะไม่พร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>การแสดง</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>ข้อมูลจาก</translation>
    </message>
    <message>
        <source>Display messages</source>
        <translation>ข้อความบนหน้าจอ</translation>
    </message>
    <message>
        <source>&amp;Stations (OCPP 2.0.1 and 2.1)</source>
        <translation>สถานี (&amp;S) (OCPP 2.0.1 และ 2.1)</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>ข้อความใหม่</translation>
    </message>
    <message>
        <source>What the station&apos;s screen shows</source>
        <translation>ข้อความที่จะแสดงบนหน้าจอของสถานี</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>เฉพาะช่วง (&amp;B)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>ข้อความ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>ลำดับความสำคัญ (&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>แสดงเมื่อ (&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;nd to the checked stations</source>
        <translation>ส่งไปยังสถานีที่เลือก (&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Messages on the checked stations</source>
        <translation>ข้อความบนสถานีที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Ask the stations</source>
        <translation>ถามสถานี (&amp;A)</translation>
    </message>
    <message>
        <source>Read back what each checked station shows</source>
        <translation>อ่านข้อความที่แต่ละสถานีที่เลือกแสดงอยู่</translation>
    </message>
    <message>
        <source>&amp;Clear selected</source>
        <translation>ลบที่เลือก (&amp;C)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>the station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>sent from here</source>
        <translation>ส่งจากที่นี่</translation>
    </message>
    <message>
        <source>Check at least one station</source>
        <translation>เลือกอย่างน้อยหนึ่งสถานี</translation>
    </message>
    <message>
        <source>{what}: {done} of {total} stations accepted</source>
        <translation>{what}: สถานียอมรับ {done} จาก {total}</translation>
    </message>
    <message>
        <source>Write the message first</source>
        <translation>กรุณาเขียนข้อความก่อน</translation>
    </message>
    <message>
        <source>The message is longer than {n} characters</source>
        <translation>ข้อความยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>The end must be after the start</source>
        <translation>เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่มต้น</translation>
    </message>
    <message>
        <source>Display message</source>
        <translation>ข้อความบนหน้าจอ</translation>
    </message>
    <message>
        <source>Read the display messages</source>
        <translation>อ่านข้อความบนหน้าจอ</translation>
    </message>
    <message>
        <source>Select the messages to clear</source>
        <translation>เลือกข้อความที่จะลบ</translation>
    </message>
    <message>
        <source>Clear display message</source>
        <translation>ลบข้อความบนหน้าจอ</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>อัตราค่าบริการ</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>ใช้กับ</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ช่วงพีค</translation>
    </message>
    <message>
        <source>Site default</source>
        <translation>ค่าเริ่มต้นของสถานี</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>อัตราค่าบริการใหม่</translation>
    </message>
    <message>
        <source>Tariff {name} · {owner} · effective {since}</source>
        <translation>อัตราค่าบริการ {name} · {owner} · มีผล {since}</translation>
    </message>
    <message>
        <source>site default</source>
        <translation>ค่าเริ่มต้นของสถานี</translation>
    </message>
    <message>
        <source>Tariff added.</source>
        <translation>เพิ่มอัตราค่าบริการแล้ว</translation>
    </message>
    <message>
        <source>New tariff for {owner}; {name} keeps the sessions it priced.</source>
        <translation>อัตราค่าบริการใหม่สำหรับ {owner} แล้ว {name} ยังคงราคาของการชาร์จที่คิดไปแล้ว</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Tariff {name} deleted.</source>
        <translation>ลบอัตราค่าบริการ {name} แล้ว</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>ราคา/kWh</translation>
    </message>
    <message>
        <source>Time windows</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>ค่าบริการต่อครั้ง</translation>
    </message>
    <message>
        <source>Idle fee/min</source>
        <translation>ค่าจอดแช่/นาที</translation>
    </message>
    <message>
        <source>{fee} after {minutes} min</source>
        <translation>{fee} หลังจาก {minutes} นาที</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>ภาษี</translation>
    </message>
    <message>
        <source>{rate} incl.</source>
        <translation>{rate} รวมในราคา</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>มีผลอยู่</translation>
    </message>
    <message>
        <source>● now</source>
        <translation>● ปัจจุบัน</translation>
    </message>
    <message>
        <source>Sessions priced</source>
        <translation>รอบที่คิดราคาแล้ว</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>รหัสข้อความ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <source>In</source>
        <translation>เข้า</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>charger → CSMS</source>
        <translation>เครื่องชาร์จ → CSMS</translation>
    </message>
    <message>
        <source>CSMS → charger</source>
        <translation>CSMS → เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Cannot read the message log: {error}</source>
        <translation>อ่านบันทึกข้อความไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>ส่วนที่</translation>
    </message>
    <message>
        <source>More to come</source>
        <translation>ยังมีต่อ</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับเมื่อ</translation>
    </message>
    <message>
        <source>What the station keeps</source>
        <translation>ข้อมูลที่สถานีเก็บไว้</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>ข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Data-protection request</source>
        <translation>คำขอคุ้มครองข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>The driver&apos;s id tag</source>
        <translation>แท็กของผู้ขับขี่</translation>
    </message>
    <message>
        <source>Or the station&apos;s customer identifier</source>
        <translation>หรือรหัสลูกค้าที่สถานีใช้</translation>
    </message>
    <message>
        <source>&amp;Report what the stations keep about them</source>
        <translation>รายงานข้อมูลที่สถานีเก็บไว้เกี่ยวกับผู้ขับขี่ (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear it on the stations</source>
        <translation>ลบข้อมูลนี้ออกจากสถานี (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Id tag</source>
        <translation>แท็ก (&amp;I)</translation>
    </message>
    <message>
        <source>Customer i&amp;dentifier</source>
        <translation>รหัสลูกค้า (&amp;D)</translation>
    </message>
    <message>
        <source>Check &amp;all stations</source>
        <translation>เลือกทุกสถานี (&amp;A)</translation>
    </message>
    <message>
        <source>What the stations reported</source>
        <translation>ข้อมูลที่สถานีรายงาน</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>Name the driver by an id tag or a customer identifier (one of them)</source>
        <translation>ระบุผู้ขับขี่ด้วยแท็กหรือรหัสลูกค้า (อย่างใดอย่างหนึ่ง)</translation>
    </message>
    <message>
        <source>An id tag has at most 36 characters</source>
        <translation>แท็กยาวได้ไม่เกิน 36 ตัวอักษร</translation>
    </message>
    <message>
        <source>Ask for a report, a clear, or both</source>
        <translation>เลือกขอรายงาน ขอลบ หรือทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>หัว</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ผู้ขับขี่</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>เหตุผลที่หยุด</translation>
    </message>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>โหลดรายการชาร์จไม่ได้: {error}</translation>
    </message>
    <message>
        <source>still charging</source>
        <translation>ยังชาร์จอยู่</translation>
    </message>
    <message>
        <source>{names} and {count} more.</source>
        <translation>{names} และอีก {count} รายการ</translation>
    </message>
    <message>
        <source>{names}.</source>
        <translation>{names}</translation>
    </message>
    <message>
        <source>{count} charger alerts</source>
        <translation>การแจ้งเตือนเครื่องชาร์จ {count} รายการ</translation>
    </message>
    <message>
        <source>1 unread notification (Ctrl+Shift+N)</source>
        <translation>การแจ้งเตือนที่ยังไม่อ่าน 1 รายการ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>{count} unread notifications (Ctrl+Shift+N)</source>
        <translation>การแจ้งเตือนที่ยังไม่อ่าน {count} รายการ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Notifications (Ctrl+Shift+N)</source>
        <translation>การแจ้งเตือน (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Notifications, {count} unread</source>
        <translation>การแจ้งเตือน ยังไม่อ่าน {count} รายการ</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>ทำเครื่องหมายว่าอ่านแล้ว (&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>ทำเครื่องหมายทั้งหมดว่าอ่านแล้ว (&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>which stations are listed (protocol values); None: every 2.0.1 and 2.1 station</extracomment>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&lt;b&gt;{unread}&lt;/b&gt; unread of the latest {count}</source>
        <translation>ยังไม่อ่าน &lt;b&gt;{unread}&lt;/b&gt; จาก {count} รายการล่าสุด</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>ยังไม่มีการแจ้งเตือน</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>{period}: {issued} issued ({amount}), {skipped} skipped, {failed} failed</source>
        <translation>{period}: ออกแล้ว {issued} ฉบับ ({amount}), ข้าม {skipped}, ล้มเหลว {failed}</translation>
    </message>
    <message>
        <source>{summary} - canceled before the end</source>
        <translation>{summary} - ยกเลิกก่อนเสร็จ</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>ทำเครื่องหมายว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>Undo mark paid</source>
        <translation>เลิกทำเครื่องหมายว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Issue a new invoice for this client and month from the data as it is now; this one is canceled and referenced</source>
        <translation>ออกใบแจ้งหนี้ใหม่ให้ลูกค้าและเดือนนี้จากข้อมูลปัจจุบัน ใบนี้จะถูกยกเลิกและอ้างอิงถึง</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>บันทึก PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>เปิดในโปรแกรมดู</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>ทุกเดือน</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>ลูกค้าทั้งหมด</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>ใบแจ้งหนี้ 1 ฉบับ</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>ใบแจ้งหนี้ {count} ฉบับ</translation>
    </message>
    <message>
        <source>{count} · total {sums}</source>
        <translation>{count} · รวม {sums}</translation>
    </message>
    <message>
        <source>{client} (client {number}) · {month} · {amount} due {due}</source>
        <translation>{client} (ลูกค้า {number}) · {month} · {amount} ครบกำหนด {due}</translation>
    </message>
    <message>
        <source>Replaces invoice {number}.</source>
        <translation>ใช้แทนใบแจ้งหนี้ {number}</translation>
    </message>
    <message>
        <source>Canceled: replaced by invoice {number}.</source>
        <translation>ยกเลิกแล้ว: ถูกแทนที่ด้วยใบแจ้งหนี้ {number}</translation>
    </message>
    <message>
        <source>Imported document: printed from its stored lines.</source>
        <translation>เอกสารนำเข้า: พิมพ์จากรายการที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Drawing the invoice…</source>
        <translation>กำลังสร้างภาพใบแจ้งหนี้…</translation>
    </message>
    <message>
        <source>This invoice cannot be drawn: {error}</source>
        <translation>ไม่สามารถสร้างภาพใบแจ้งหนี้นี้ได้: {error}</translation>
    </message>
    <message>
        <source>Mark invoice {number} of {client} as paid?</source>
        <translation>ทำเครื่องหมายใบแจ้งหนี้ {number} ของ {client} ว่าชำระแล้วหรือไม่?</translation>
    </message>
    <message>
        <source>This cannot be undone from the application.</source>
        <translation>ไม่สามารถยกเลิกการดำเนินการนี้จากโปรแกรมได้</translation>
    </message>
    <message>
        <source>Invoice {number} marked paid.</source>
        <translation>ทำเครื่องหมายใบแจ้งหนี้ {number} ว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>Invoice {number} is unpaid again.</source>
        <translation>ใบแจ้งหนี้ {number} กลับเป็นยังไม่ชำระ</translation>
    </message>
    <message>
        <source>Correct invoice</source>
        <translation>แก้ไขใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Issue a new invoice for {client}, {month}, from the data as it is now.
Invoice {number} will be canceled.

Reason:</source>
        <translation>ออกใบแจ้งหนี้ใหม่ให้ {client} เดือน {month} จากข้อมูลปัจจุบัน
ใบแจ้งหนี้ {number} จะถูกยกเลิก

เหตุผล:</translation>
    </message>
    <message>
        <source>Issuing the corrected invoice…</source>
        <translation>กำลังออกใบแจ้งหนี้ที่แก้ไข…</translation>
    </message>
    <message>
        <source>Invoice {number} issued; it replaces {old}.</source>
        <translation>ออกใบแจ้งหนี้ {number} แล้ว ใช้แทน {old}</translation>
    </message>
    <message>
        <source>Invoice {number} issued; it replaces the old one.</source>
        <translation>ออกใบแจ้งหนี้ {number} แล้ว ใช้แทนฉบับเดิม</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>บันทึกใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>บันทึกแล้ว {path}</translation>
    </message>
    <message>
        <source>The invoice is not drawn yet.</source>
        <translation>ยังสร้างภาพใบแจ้งหนี้ไม่เสร็จ</translation>
    </message>
    <message>
        <source>No PDF viewer could open the invoice. The file is {path}</source>
        <translation>ไม่มีโปรแกรมดู PDF ที่เปิดใบแจ้งหนี้ได้ ไฟล์อยู่ที่ {path}</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>ไม่มีอะไรให้พิมพ์</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Sent 1 page to {printer}.</source>
        <translation>ส่ง 1 หน้าไปที่ {printer} แล้ว</translation>
    </message>
    <message>
        <source>Sent {count} pages to {printer}.</source>
        <translation>ส่ง {count} หน้าไปที่ {printer} แล้ว</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>ออกใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Monthly report PDF…</source>
        <translation>รายงานประจำเดือน PDF…</translation>
    </message>
    <message>
        <source>Invoices are issued once per client and month; running again skips clients already invoiced.</source>
        <translation>ใบแจ้งหนี้ออกให้ลูกค้าแต่ละรายเดือนละครั้ง หากรันอีกครั้งจะข้ามลูกค้าที่ออกใบแจ้งหนี้แล้ว</translation>
    </message>
    <message>
        <source>Reference month</source>
        <translation>รอบเดือน</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>โฟลเดอร์ PDF</translation>
    </message>
    <message>
        <source>Folder for the invoice PDFs</source>
        <translation>โฟลเดอร์สำหรับไฟล์ PDF ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Month not over</source>
        <translation>ยังไม่สิ้นเดือน</translation>
    </message>
    <message>
        <source>{month} has not ended yet.</source>
        <translation>เดือน {month} ยังไม่สิ้นสุด</translation>
    </message>
    <message>
        <source>Issue anyway</source>
        <translation>ออกใบแจ้งหนี้ต่อไป</translation>
    </message>
    <message>
        <source>Sessions until the end of the month will not be on these invoices, and running again later skips the clients invoiced now.</source>
        <translation>รอบการชาร์จจนถึงสิ้นเดือนจะไม่อยู่ในใบแจ้งหนี้เหล่านี้ และหากรันอีกครั้งภายหลังจะข้ามลูกค้าที่ออกใบแจ้งหนี้ตอนนี้</translation>
    </message>
    <message>
        <source>%v / %m clients</source>
        <translation>%v / %m ราย</translation>
    </message>
    <message>
        <source>Looking for clients with charging in {month}…</source>
        <translation>กำลังค้นหาลูกค้าที่มีการชาร์จในเดือน {month}…</translation>
    </message>
    <message>
        <source>No client has charging in this month.</source>
        <translation>ไม่มีลูกค้าที่มีการชาร์จในเดือนนี้</translation>
    </message>
    <message>
        <source>{done} of {total}: {client}</source>
        <translation>{done} จาก {total}: {client}</translation>
    </message>
    <message>
        <source>1 client with charging in {month}.</source>
        <translation>ลูกค้า 1 รายที่มีการชาร์จในเดือน {month}</translation>
    </message>
    <message>
        <source>{count} clients with charging in {month}.</source>
        <translation>ลูกค้า {count} รายที่มีการชาร์จในเดือน {month}</translation>
    </message>
    <message>
        <source>Canceling after the current client…</source>
        <translation>จะยกเลิกหลังจากลูกค้ารายปัจจุบัน…</translation>
    </message>
    <message>
        <source>{summary}. 1 completed session of this month is on no open invoice (stopped after the run, or a driver assigned later): correct the client&apos;s invoice to include it.</source>
        <translation>{summary} มีรอบการชาร์จที่เสร็จแล้ว 1 รอบของเดือนนี้ที่ไม่อยู่ในใบแจ้งหนี้ใด (หยุดหลังการรัน หรือกำหนดผู้ขับขี่ภายหลัง): แก้ไขใบแจ้งหนี้ของลูกค้าเพื่อรวมรอบนั้น</translation>
    </message>
    <message>
        <source>{summary}. {count} completed sessions of this month are on no open invoice (stopped after the run, or drivers assigned later): correct the client&apos;s invoice to include them.</source>
        <translation>{summary} มีรอบการชาร์จที่เสร็จแล้ว {count} รอบของเดือนนี้ที่ไม่อยู่ในใบแจ้งหนี้ใด (หยุดหลังการรัน หรือกำหนดผู้ขับขี่ภายหลัง): แก้ไขใบแจ้งหนี้ของลูกค้าเพื่อรวมรอบเหล่านั้น</translation>
    </message>
    <message>
        <source>PDFs in {folder}</source>
        <translation>ไฟล์ PDF อยู่ใน {folder}</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>รายงานประจำเดือน</translation>
    </message>
    <message>
        <source>Writing the report for {month}…</source>
        <translation>กำลังเขียนรายงานของเดือน {month}…</translation>
    </message>
    <message>
        <source>Monthly report saved: {path}</source>
        <translation>บันทึกรายงานประจำเดือนแล้ว: {path}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>ออกใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>อัตราค่าบริการ</translation>
    </message>
    <message>
        <source>Site {site} · installation {installation} · due day {day} · times in {zone}</source>
        <translation>สถานี {site} · สถานที่ติดตั้ง {installation} · ครบกำหนดวันที่ {day} · เวลาตาม {zone}</translation>
    </message>
    <message>
        <source>{min} to {max} characters</source>
        <translation>{min} ถึง {max} ตัวอักษร</translation>
    </message>
    <message>
        <source>set (the charger must send it)</source>
        <translation>ตั้งแล้ว (เครื่องชาร์จต้องส่งรหัสนี้)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>หัวชาร์จ {number}</translation>
    </message>
    <message>
        <source>No connector has reported yet</source>
        <translation>ยังไม่มีหัวชาร์จรายงานสถานะ</translation>
    </message>
    <message>
        <source>Not saved: {count} field needs attention</source>
        <translation>ยังไม่ได้บันทึก: มี {count} ช่องที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>Not saved: {count} fields need attention</source>
        <translation>ยังไม่ได้บันทึก: มี {count} ช่องที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>Saved {name} ({id})</source>
        <translation>บันทึก {name} ({id}) แล้ว</translation>
    </message>
    <message>
        <source>use {min} to {max} characters</source>
        <translation>ใช้ {min} ถึง {max} ตัวอักษร</translation>
    </message>
    <message>
        <source>printable characters only, no colon</source>
        <translation>ใช้เฉพาะตัวอักษรที่พิมพ์ได้ ห้ามมีเครื่องหมายโคลอน</translation>
    </message>
    <message>
        <source>Password of {id} set; configure the same on the charger</source>
        <translation>ตั้งรหัสผ่านของ {id} แล้ว ตั้งรหัสเดียวกันที่เครื่องชาร์จด้วย</translation>
    </message>
    <message>
        <source>Password of {id} removed</source>
        <translation>ลบรหัสผ่านของ {id} แล้ว</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>รออนุมัติ</translation>
    </message>
    <message>
        <source>Charger faulted</source>
        <translation>เครื่องชาร์จขัดข้อง</translation>
    </message>
    <message>
        <source>Charge point {name}</source>
        <translation>เครื่องชาร์จ {name}</translation>
    </message>
    <message>
        <source>Charger faulted: {error}</source>
        <translation>เครื่องชาร์จขัดข้อง: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ข้อผิดพลาดที่ไม่ทราบสาเหตุ</translation>
    </message>
    <message>
        <source>chargers online</source>
        <translation>เครื่องชาร์จออนไลน์</translation>
    </message>
    <message>
        <source>chargers offline</source>
        <translation>เครื่องชาร์จออฟไลน์</translation>
    </message>
    <message>
        <source>connectors charging</source>
        <translation>หัวชาร์จที่กำลังชาร์จ</translation>
    </message>
    <message>
        <source>kWh today</source>
        <translation>kWh วันนี้</translation>
    </message>
    <message>
        <source>Find a charge point (name or id)…</source>
        <translation>ค้นหาเครื่องชาร์จ (ชื่อหรือรหัส)…</translation>
    </message>
    <message>
        <source>No charge point yet. Point a charger at this computer&apos;s OCPP address; it appears here when it connects.</source>
        <translation>ยังไม่มีเครื่องชาร์จ ตั้งค่าเครื่องชาร์จให้ชี้มาที่ที่อยู่ OCPP ของคอมพิวเตอร์เครื่องนี้ แล้วเครื่องจะปรากฏที่นี่เมื่อเชื่อมต่อ</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 นาทีล่าสุด</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>1 ชั่วโมงล่าสุด</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 ชั่วโมงล่าสุด</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>กำหนดช่วงเอง</translation>
    </message>
    <message>
        <source>OCPP messages</source>
        <translation>ข้อความ OCPP</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Charger → CSMS (inbound)</source>
        <translation>เครื่องชาร์จ → CSMS (ขาเข้า)</translation>
    </message>
    <message>
        <source>CSMS → charger (outbound)</source>
        <translation>CSMS → เครื่องชาร์จ (ขาออก)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Pause live follow</source>
        <translation>หยุดติดตามสด</translation>
    </message>
    <message>
        <source>Stop adding new messages at the top (Ctrl+P)</source>
        <translation>หยุดเพิ่มข้อความใหม่ไว้ด้านบน (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>กลับไปดูสด</translation>
    </message>
    <message>
        <source>Clear the selection and show the newest messages (Esc)</source>
        <translation>ล้างการเลือกและแสดงข้อความล่าสุด (Esc)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Export the filtered messages as CSV or JSON lines (Ctrl+E)</source>
        <translation>ส่งออกข้อความตามตัวกรองเป็น CSV หรือ JSON lines (Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a message to see its payload.</source>
        <translation>เลือกข้อความเพื่อดูเนื้อหา</translation>
    </message>
    <message>
        <source>Go to answer</source>
        <translation>ไปที่คำตอบ</translation>
    </message>
    <message>
        <source>Select the linked request/answer in the table (Ctrl+G)</source>
        <translation>เลือกคำขอ/คำตอบที่เชื่อมโยงในตาราง (Ctrl+G)</translation>
    </message>
    <message>
        <source>a row is selected</source>
        <translation>มีการเลือกแถวอยู่</translation>
    </message>
    <message>
        <source>scrolled away from the newest</source>
        <translation>เลื่อนออกจากรายการล่าสุด</translation>
    </message>
    <message>
        <source>Resume live follow</source>
        <translation>ติดตามสดต่อ</translation>
    </message>
    <message>
        <source>Live follow paused</source>
        <translation>หยุดติดตามสดชั่วคราว</translation>
    </message>
    <message>
        <source>Live follow paused: {reason}</source>
        <translation>หยุดติดตามสดชั่วคราว: {reason}</translation>
    </message>
    <message>
        <source>Following live</source>
        <translation>กำลังติดตามสด</translation>
    </message>
    <message>
        <source>{state} · 1 new message</source>
        <translation>{state} · ข้อความใหม่ 1 ข้อความ</translation>
    </message>
    <message>
        <source>{state} · {count} new messages</source>
        <translation>{state} · ข้อความใหม่ {count} ข้อความ</translation>
    </message>
    <message>
        <source>{count} messages shown; scroll down for older.</source>
        <translation>แสดง {count} ข้อความ เลื่อนลงเพื่อดูข้อความเก่า</translation>
    </message>
    <message>
        <source>{count} messages shown.</source>
        <translation>แสดง {count} ข้อความ</translation>
    </message>
    <message>
        <source>Looking for the answer…</source>
        <translation>กำลังค้นหาคำตอบ…</translation>
    </message>
    <message>
        <source>Looking for the request…</source>
        <translation>กำลังค้นหาคำขอ…</translation>
    </message>
    <message>
        <source>Go to request</source>
        <translation>ไปที่คำขอ</translation>
    </message>
    <message>
        <source>No answer in the log (yet)</source>
        <translation>ยังไม่มีคำตอบในบันทึก</translation>
    </message>
    <message>
        <source>No request in the log</source>
        <translation>ไม่มีคำขอในบันทึก</translation>
    </message>
    <message>
        <source>The answer: {message} · {ms} ms later</source>
        <translation>คำตอบ: {message} · หลังจากนั้น {ms} ms</translation>
    </message>
    <message>
        <source>The request: {message} · {ms} ms before</source>
        <translation>คำขอ: {message} · ก่อนหน้า {ms} ms</translation>
    </message>
    <message>
        <source>Select the answer in the table (Ctrl+G)</source>
        <translation>เลือกคำตอบในตาราง (Ctrl+G)</translation>
    </message>
    <message>
        <source>The answer is not in the current view (filters or not loaded)</source>
        <translation>คำตอบไม่อยู่ในมุมมองปัจจุบัน (ถูกกรองหรือยังไม่โหลด)</translation>
    </message>
    <message>
        <source>Select the request in the table (Ctrl+G)</source>
        <translation>เลือกคำขอในตาราง (Ctrl+G)</translation>
    </message>
    <message>
        <source>The request is not in the current view (filters or not loaded)</source>
        <translation>คำขอไม่อยู่ในมุมมองปัจจุบัน (ถูกกรองหรือยังไม่โหลด)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>ส่งออกข้อความ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported {count} messages to {path}</source>
        <translation>ส่งออก {count} ข้อความไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>หัวชาร์จ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>หัวใดก็ได้</translation>
    </message>
    <message>
        <source>Charger answer</source>
        <translation>คำตอบของเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>โหนด</translation>
    </message>
    <message>
        <source>Limit kW</source>
        <translation>ขีดจำกัด kW</translation>
    </message>
    <message>
        <source>Limit A/phase</source>
        <translation>ขีดจำกัด A/เฟส</translation>
    </message>
    <message>
        <source>Allocated kW</source>
        <translation>จัดสรร kW</translation>
    </message>
    <message>
        <source>Drawn kW</source>
        <translation>ใช้จริง kW</translation>
    </message>
    <message>
        <source>site</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>charger</source>
        <translation>เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>หัวชาร์จ</translation>
    </message>
    <message>
        <source>Load management</source>
        <translation>การจัดการโหลด</translation>
    </message>
    <message>
        <source>DC charger</source>
        <translation>เครื่องชาร์จ DC</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>โหนดแม่</translation>
    </message>
    <message>
        <source>Limit A per phase</source>
        <translation>ขีดจำกัด A ต่อเฟส</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>เฟส</translation>
    </message>
    <message>
        <source>Offline fallback A</source>
        <translation>กระแสสำรองเมื่อออฟไลน์ (A)</translation>
    </message>
    <message>
        <source>Safety margin (site, fraction)</source>
        <translation>ค่าเผื่อความปลอดภัย (สถานี, สัดส่วน)</translation>
    </message>
    <message>
        <source>Save node</source>
        <translation>บันทึกโหนด</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>ลบโหนด</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>ความจุ</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>จัดสรร</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>ใช้จริง</translation>
    </message>
    <message>
        <source>Load management is off: add a site node (its grid connection in kW and/or A per phase).</source>
        <translation>การจัดการโหลดปิดอยู่: เพิ่มโหนดสถานี (กำลังการเชื่อมต่อกริดเป็น kW และ/หรือ A ต่อเฟส)</translation>
    </message>
    <message>
        <source>Site {name}: capacity {capacity} kW, allocated {allocated} kW, drawn {drawn} kW</source>
        <translation>สถานี {name}: ความจุ {capacity} kW, จัดสรร {allocated} kW, ใช้จริง {drawn} kW</translation>
    </message>
    <message>
        <source>ignoring profiles: {chargers}</source>
        <translation>ไม่สนใจโปรไฟล์ของ: {chargers}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>{connector} (session)</source>
        <translation>{connector} (การชาร์จ)</translation>
    </message>
    <message>
        <source>{limit}, limited by {reason}</source>
        <translation>{limit} จำกัดโดย {reason}</translation>
    </message>
    <message>
        <source>not a number: {error}</source>
        <translation>ไม่ใช่ตัวเลข: {error}</translation>
    </message>
    <message>
        <source>Delete {node}? Its nodes move up to its parent.</source>
        <translation>ลบ {node} หรือไม่? โหนดย่อยจะย้ายขึ้นไปอยู่ใต้โหนดแม่</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>reservation</comment>
        <translation>จองไว้</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>reservation</comment>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>reservation</comment>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>reservation</comment>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>any connector</source>
        <translation>หัวชาร์จใดก็ได้</translation>
    </message>
    <message>
        <source>connector {number} ({status})</source>
        <translation>หัวชาร์จ {number} ({status})</translation>
    </message>
    <message>
        <source>the driver&apos;s first accepted tag</source>
        <translation>บัตรใบแรกที่ใช้ได้ของผู้ขับขี่</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>ย้อนไป 1 วัน</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>ถัดไป 1 วัน</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Send due reservations now</source>
        <translation>ส่งการจองที่ใกล้ถึงเวลาตอนนี้</translation>
    </message>
    <message>
        <source>ReserveNow goes out automatically within the lead time before the start; this does it now.</source>
        <translation>คำสั่ง ReserveNow จะถูกส่งอัตโนมัติก่อนเวลาเริ่มตามเวลาล่วงหน้าที่ตั้งไว้ ปุ่มนี้ส่งทันที</translation>
    </message>
    <message>
        <source>Cancel selected reservation</source>
        <translation>ยกเลิกการจองที่เลือก</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>กำลังชาร์จ</translation>
    </message>
    <message>
        <source>{charger} connector {number}, {start} – {end}: choose the driver and click Create</source>
        <translation>{charger} หัวชาร์จ {number}, {start} – {end}: เลือกผู้ขับขี่แล้วคลิก สร้าง</translation>
    </message>
    <message>
        <source>choose a driver from the list</source>
        <translation>เลือกผู้ขับขี่จากรายการ</translation>
    </message>
    <message>
        <source>Refused: {reasons}</source>
        <translation>ถูกปฏิเสธ: {reasons}</translation>
    </message>
    <message>
        <source>Not created: correct the fields marked in red</source>
        <translation>ยังไม่ได้สร้าง: แก้ไขช่องที่มีกรอบสีแดง</translation>
    </message>
    <message>
        <source>Reservation created for {driver} on {charger}; ReserveNow goes out {minutes} min before the start</source>
        <translation>สร้างการจองให้ {driver} ที่ {charger} แล้ว คำสั่ง ReserveNow จะถูกส่ง {minutes} นาทีก่อนเวลาเริ่ม</translation>
    </message>
    <message>
        <source>Select a reservation first</source>
        <translation>เลือกการจองก่อน</translation>
    </message>
    <message>
        <source>Cancelling the reservation</source>
        <translation>กำลังยกเลิกการจอง</translation>
    </message>
    <message>
        <source>Reservation {outcome}</source>
        <translation>การจอง: {outcome}</translation>
    </message>
    <message>
        <source>Sending reservations that start soon</source>
        <translation>กำลังส่งการจองที่ใกล้ถึงเวลา</translation>
    </message>
    <message>
        <source>{count} reservation sent, {expired} expired</source>
        <translation>ส่งการจอง {count} รายการ หมดอายุ {expired} รายการ</translation>
    </message>
    <message>
        <source>{count} reservations sent, {expired} expired</source>
        <translation>ส่งการจอง {count} รายการ หมดอายุ {expired} รายการ</translation>
    </message>
    <message>
        <source>Charging profiles</source>
        <translation>โปรไฟล์การชาร์จ</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <source>If the charger has no password of its own: a new one is set (AuthorizationKey).</source>
        <translation>ถ้าเครื่องชาร์จยังไม่มีรหัสผ่านของตัวเอง ระบบจะตั้งรหัสผ่านใหม่ให้ (AuthorizationKey)</translation>
    </message>
    <message>
        <source>The SecurityProfile configuration key is set to 2.</source>
        <translation>ตั้งค่าคีย์ SecurityProfile เป็น 2</translation>
    </message>
    <message>
        <source>The charger reconnects over wss:// with its password; profile 2 counts from that connection on.</source>
        <translation>เครื่องชาร์จเชื่อมต่อใหม่ผ่าน wss:// ด้วยรหัสผ่านของตัวเอง โปรไฟล์ 2 มีผลตั้งแต่การเชื่อมต่อนั้น</translation>
    </message>
    <message>
        <source>Unless the charger already has a client certificate from the site CA: it is asked for a signing request (ExtendedTriggerMessage SignChargePointCertificate), the site CA signs it (CertificateSigned).</source>
        <translation>ถ้าเครื่องชาร์จยังไม่มีใบรับรองไคลเอนต์จาก CA ของสถานี ระบบจะขอคำขอลงนามจากเครื่อง (ExtendedTriggerMessage SignChargePointCertificate) แล้ว CA ของสถานีจะลงนามให้ (CertificateSigned)</translation>
    </message>
    <message>
        <source>The SecurityProfile configuration key is set to 3.</source>
        <translation>ตั้งค่าคีย์ SecurityProfile เป็น 3</translation>
    </message>
    <message>
        <source>The charger reconnects over wss:// with its client certificate; profile 3 counts from that connection on.</source>
        <translation>เครื่องชาร์จเชื่อมต่อใหม่ผ่าน wss:// ด้วยใบรับรองไคลเอนต์ โปรไฟล์ 3 มีผลตั้งแต่การเชื่อมต่อนั้น</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ชื่อเจ้าของใบรับรอง</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>ลายนิ้วมือ SHA-256</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>การใช้งาน</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>เหลือ 1 วัน</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>เหลือ {days} วัน</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>นำเข้าใบรับรอง</translation>
    </message>
    <message>
        <source>The server certificate the wss:// listener presents: a PEM file with the certificate (and its chain) and the private key, or the key in a file of its own; or a PKCS#12 file (.p12, .pfx) with its passphrase.</source>
        <translation>ใบรับรองเซิร์ฟเวอร์ที่ใช้กับ wss:// : ไฟล์ PEM ที่มีใบรับรอง (และสายใบรับรอง) กับคีย์ส่วนตัว หรือคีย์อยู่ในไฟล์แยก หรือไฟล์ PKCS#12 (.p12, .pfx) พร้อมวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>only when the key is in a file of its own</source>
        <translation>เฉพาะเมื่อคีย์อยู่ในไฟล์แยก</translation>
    </message>
    <message>
        <source>PKCS#12 or an encrypted key</source>
        <translation>สำหรับ PKCS#12 หรือคีย์ที่เข้ารหัสไว้</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>ไฟล์ใบรับรอง</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>ใบรับรอง (PEM หรือ PKCS#12)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ไฟล์คีย์</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>คีย์ส่วนตัว (PEM)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>ใบรับรอง (*.pem *.crt *.cer *.key *.p12 *.pfx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>เลือกไฟล์ใบรับรอง</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>Not imported (the current certificate stays): {reason}</source>
        <translation>ไม่ได้นำเข้า (ยังใช้ใบรับรองเดิม): {reason}</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Client certificate expires</source>
        <translation>ใบรับรองไคลเอนต์หมดอายุ</translation>
    </message>
    <message>
        <source>Last security event</source>
        <translation>เหตุการณ์ความปลอดภัยล่าสุด</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวนครั้ง</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่ IP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Site certificate authority (CA)</source>
        <translation>ผู้ออกใบรับรองของสถานี (CA)</translation>
    </message>
    <message>
        <source>Server certificate (wss://)</source>
        <translation>ใบรับรองเซิร์ฟเวอร์ (wss://)</translation>
    </message>
    <message>
        <source>Export CA…</source>
        <translation>ส่งออก CA…</translation>
    </message>
    <message>
        <source>Save the CA certificate (PEM) to install on chargers as the CSMS root certificate</source>
        <translation>บันทึกใบรับรอง CA (PEM) เพื่อนำไปติดตั้งที่เครื่องชาร์จเป็นใบรับรองหลักของ CSMS</translation>
    </message>
    <message>
        <source>Import certificate…</source>
        <translation>นำเข้าใบรับรอง…</translation>
    </message>
    <message>
        <source>Use your own server certificate (PEM or PKCS#12)</source>
        <translation>ใช้ใบรับรองเซิร์ฟเวอร์ของคุณเอง (PEM หรือ PKCS#12)</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>ต่ออายุ</translation>
    </message>
    <message>
        <source>Issue a new server certificate from the site CA</source>
        <translation>ออกใบรับรองเซิร์ฟเวอร์ใหม่จาก CA ของสถานี</translation>
    </message>
    <message>
        <source>Upgrade to profile 2…</source>
        <translation>อัปเกรดเป็นโปรไฟล์ 2…</translation>
    </message>
    <message>
        <source>Upgrade to profile 3…</source>
        <translation>อัปเกรดเป็นโปรไฟล์ 3…</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>เหตุการณ์ความปลอดภัย</translation>
    </message>
    <message>
        <source>Only managers and administrators may do this.</source>
        <translation>เฉพาะผู้จัดการและผู้ดูแลระบบเท่านั้นที่ทำได้</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>imported (renew it by importing its successor)</source>
        <translation>นำเข้าเอง (ต่ออายุโดยนำเข้าใบรับรองใบใหม่)</translation>
    </message>
    <message>
        <source>issued by the site CA</source>
        <translation>ออกโดย CA ของสถานี</translation>
    </message>
    <message>
        <source>wss:// is off (main.py config set tls_enabled true, or --tls)</source>
        <translation>ตอนนี้ปิด wss:// อยู่ (main.py config set tls_enabled true หรือ --tls)</translation>
    </message>
    <message>
        <source>wss:// on port {port} uses its own certificate files (--tls-cert/--tls-key), not this one</source>
        <translation>wss:// ที่พอร์ต {port} ใช้ไฟล์ใบรับรองของตัวเอง (--tls-cert/--tls-key) ไม่ได้ใช้ใบนี้</translation>
    </message>
    <message>
        <source>wss:// on port {port} presents it</source>
        <translation>wss:// ที่พอร์ต {port} ใช้ใบรับรองนี้อยู่</translation>
    </message>
    <message>
        <source>The site CA cannot be read: {reason}</source>
        <translation>อ่าน CA ของสถานีไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>site minimum: profile {profile}</source>
        <translation>ขั้นต่ำของสถานี: โปรไฟล์ {profile}</translation>
    </message>
    <message>
        <source>{profile} (site minimum; its own {own})</source>
        <translation>{profile} (ขั้นต่ำของสถานี ของเครื่องเองคือ {own})</translation>
    </message>
    <message>
        <source>{profile} → {target} (asked)</source>
        <translation>{profile} → {target} (ขอแล้ว)</translation>
    </message>
    <message>
        <source>{date} (not installed yet)</source>
        <translation>{date} (ยังไม่ได้ติดตั้ง)</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date} (หมดอายุแล้ว)</translation>
    </message>
    <message>
        <source>{charger} · connected</source>
        <translation>{charger} · เชื่อมต่ออยู่</translation>
    </message>
    <message>
        <source>CSMS</source>
        <translation>CSMS</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 เหตุการณ์</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} เหตุการณ์</translation>
    </message>
    <message>
        <source> (the newest {limit})</source>
        <translation> (ล่าสุด {limit} รายการ)</translation>
    </message>
    <message>
        <source>Export CA</source>
        <translation>ส่งออก CA</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>ใบรับรอง PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Wrote the site CA to {path}: install it on each charger as its CSMS root certificate.</source>
        <translation>บันทึก CA ของสถานีไว้ที่ {path} แล้ว ให้ติดตั้งที่เครื่องชาร์จทุกเครื่องเป็นใบรับรองหลักของ CSMS</translation>
    </message>
    <message>
        <source>The CA was not exported: {reason}</source>
        <translation>ส่งออก CA ไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>Imported {subject}, expires {date}.</source>
        <translation>นำเข้า {subject} แล้ว หมดอายุ {date}</translation>
    </message>
    <message>
        <source>New chargers&apos; connections get it at once; chargers that trust the site CA accept it without changes.</source>
        <translation>การเชื่อมต่อใหม่ของเครื่องชาร์จจะใช้ใบรับรองนี้ทันที เครื่องชาร์จที่เชื่อถือ CA ของสถานีอยู่แล้วใช้ได้โดยไม่ต้องตั้งค่าอะไรเพิ่ม</translation>
    </message>
    <message>
        <source>The imported certificate is replaced by one of the site CA.</source>
        <translation>ใบรับรองที่นำเข้าไว้จะถูกแทนที่ด้วยใบรับรองจาก CA ของสถานี</translation>
    </message>
    <message>
        <source>Renew the server certificate</source>
        <translation>ต่ออายุใบรับรองเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Issue a new server certificate from the site CA now?</source>
        <translation>ออกใบรับรองเซิร์ฟเวอร์ใหม่จาก CA ของสถานีตอนนี้หรือไม่</translation>
    </message>
    <message>
        <source>Issued a new server certificate, expires {date}.</source>
        <translation>ออกใบรับรองเซิร์ฟเวอร์ใหม่แล้ว หมดอายุ {date}</translation>
    </message>
    <message>
        <source>Not renewed: {reason}</source>
        <translation>ต่ออายุไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>wss:// is off: the certificate is used once it is switched on.</source>
        <translation>ตอนนี้ปิด wss:// อยู่ จะใช้ใบรับรองนี้เมื่อเปิด wss://</translation>
    </message>
    <message>
        <source>The running wss:// listener keeps its own certificate files (--tls-cert/--tls-key).</source>
        <translation>wss:// ที่ทำงานอยู่ยังใช้ไฟล์ใบรับรองของตัวเองต่อไป (--tls-cert/--tls-key)</translation>
    </message>
    <message>
        <source>The new certificate is used from the next start: {reason}</source>
        <translation>จะใช้ใบรับรองใหม่เมื่อเปิดโปรแกรมครั้งถัดไป: {reason}</translation>
    </message>
    <message>
        <source>New wss:// connections get it now.</source>
        <translation>การเชื่อมต่อ wss:// ใหม่จะใช้ใบรับรองนี้ทันที</translation>
    </message>
    <message>
        <source>{charger} is at profile {profile} already</source>
        <translation>{charger} อยู่ที่โปรไฟล์ {profile} แล้ว</translation>
    </message>
    <message>
        <source>Raise {charger}&apos;s security profile to {target}</source>
        <translation>เพิ่มโปรไฟล์ความปลอดภัยของ {charger} เป็น {target}</translation>
    </message>
    <message>
        <source>The charger must trust the site CA first (Export CA… and install it on the charger). A charger that cannot connect at the new profile falls back to its old one and is still admitted there.</source>
        <translation>เครื่องชาร์จต้องเชื่อถือ CA ของสถานีก่อน (ส่งออก CA… แล้วติดตั้งที่เครื่องชาร์จ) ถ้าเครื่องชาร์จเชื่อมต่อด้วยโปรไฟล์ใหม่ไม่ได้ จะกลับไปใช้โปรไฟล์เดิมและยังเชื่อมต่อได้ตามเดิม</translation>
    </message>
    <message>
        <source>The charger must be connected.</source>
        <translation>เครื่องชาร์จต้องเชื่อมต่ออยู่</translation>
    </message>
    <message>
        <source>Upgrade the security profile</source>
        <translation>อัปเกรดโปรไฟล์ความปลอดภัย</translation>
    </message>
    <message>
        <source>Raise {charger} to security profile {target}?</source>
        <translation>เพิ่ม {charger} เป็นโปรไฟล์ความปลอดภัย {target} หรือไม่</translation>
    </message>
    <message>
        <source>Upgrade to profile {target}</source>
        <translation>อัปเกรดเป็นโปรไฟล์ {target}</translation>
    </message>
    <message>
        <source>{what}: running…</source>
        <translation>{what}: กำลังทำงาน…</translation>
    </message>
    <message>
        <source>The upgrade cannot run: no event loop.</source>
        <translation>อัปเกรดไม่ได้: ไม่มี event loop ทำงานอยู่</translation>
    </message>
    <message>
        <source>Upgrade of {charger} to profile {target}</source>
        <translation>การอัปเกรด {charger} เป็นโปรไฟล์ {target}</translation>
    </message>
    <message>
        <source>{what}: done, now at profile {profile} ({steps})</source>
        <translation>{what}: เสร็จแล้ว ตอนนี้อยู่ที่โปรไฟล์ {profile} ({steps})</translation>
    </message>
    <message>
        <source>{what}: failed ({steps})</source>
        <translation>{what}: ไม่สำเร็จ ({steps})</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Driver, phone or tag…  (Ctrl+F)</source>
        <translation>ผู้ขับขี่ เบอร์โทร หรือบัตร…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tags (RFID cards)</source>
        <translation>บัตร (บัตร RFID)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ไม่มี —</translation>
    </message>
    <message>
        <source>New driver</source>
        <translation>ผู้ขับขี่ใหม่</translation>
    </message>
    <message>
        <source>Register driver</source>
        <translation>ลงทะเบียนผู้ขับขี่</translation>
    </message>
    <message>
        <source>Driver: {name}</source>
        <translation>ผู้ขับขี่: {name}</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>ยกเลิกการระงับ</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>CSV import report</source>
        <translation>รายงานการนำเข้า CSV</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>ปิดรายงาน</translation>
    </message>
    <message>
        <source>{source}, {count} row</source>
        <translation>{source}, {count} แถว</translation>
    </message>
    <message>
        <source>{source}, {count} rows</source>
        <translation>{source}, {count} แถว</translation>
    </message>
    <message>
        <source>Search: phone as typed, name, e-mail, plate or tag</source>
        <translation>ค้นหา: เบอร์โทรตามที่พิมพ์ ชื่อ อีเมล ทะเบียนรถ หรือบัตร</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>นำเข้า CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Local authorization lists</source>
        <translation>รายการบัตรในเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>{count} driver</source>
        <translation>ผู้ขับขี่ {count} คน</translation>
    </message>
    <message>
        <source>{count} drivers</source>
        <translation>ผู้ขับขี่ {count} คน</translation>
    </message>
    <message>
        <source>Driver {name} registered ({phone})</source>
        <translation>ลงทะเบียนผู้ขับขี่ {name} แล้ว ({phone})</translation>
    </message>
    <message>
        <source>Driver {name} saved ({phone})</source>
        <translation>บันทึกผู้ขับขี่ {name} แล้ว ({phone})</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red</source>
        <translation>ยังไม่ได้บันทึก: แก้ไขช่องที่มีกรอบสีแดง</translation>
    </message>
    <message>
        <source>{name} may charge again</source>
        <translation>{name} ชาร์จได้อีกครั้ง</translation>
    </message>
    <message>
        <source>{name} is blocked: their tags are refused now and chargers&apos; local lists are updated</source>
        <translation>{name} ถูกระงับ: บัตรของผู้ขับขี่นี้ถูกปฏิเสธทันที และรายการบัตรในเครื่องชาร์จถูกอัปเดตแล้ว</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>คลิกอีกครั้งเพื่อลบ</translation>
    </message>
    <message>
        <source>Driver deleted</source>
        <translation>ลบผู้ขับขี่แล้ว</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Import {what} from CSV</source>
        <translation>นำเข้า{what}จาก CSV</translation>
    </message>
    <message>
        <source>Export {what} to CSV</source>
        <translation>ส่งออก{what}เป็น CSV</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>อ่าน {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>ข้อความที่วาง</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>เขียน {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>{count} rows of {what} exported to {path}</source>
        <translation>ส่งออก{what} {count} แถวไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Export every transaction of the filtered set (Ctrl+E)</source>
        <translation>ส่งออกรายการชาร์จทั้งหมดตามตัวกรอง (Ctrl+E)</translation>
    </message>
    <message>
        <source>Station &amp;prices (2.1)…</source>
        <translation>ราคาของสถานี (&amp;P) (2.1)…</translation>
    </message>
    <message>
        <source>The OCPP 2.1 stations&apos; own prices beside ours, for the selected transactions&apos; stations</source>
        <translation>ราคาที่สถานี OCPP 2.1 คิดเองเทียบกับราคาของเรา สำหรับสถานีของรายการชาร์จที่เลือก</translation>
    </message>
    <message>
        <source>All charge points</source>
        <translation>เครื่องชาร์จทั้งหมด</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; transactions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{energy}&lt;/b&gt; kWh &amp;nbsp;·&amp;nbsp; &lt;b&gt;{cost}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; รายการชาร์จ &amp;nbsp;·&amp;nbsp; &lt;b&gt;{energy}&lt;/b&gt; kWh &amp;nbsp;·&amp;nbsp; &lt;b&gt;{cost}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading… ({shown} of {total} shown)</source>
        <translation>กำลังโหลด… (แสดง {shown} จาก {total})</translation>
    </message>
    <message>
        <source>{shown} of {total} shown; scroll down for more.</source>
        <translation>แสดง {shown} จาก {total} เลื่อนลงเพื่อดูเพิ่ม</translation>
    </message>
    <message>
        <source>{shown} shown.</source>
        <translation>แสดง {shown} รายการ</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>ส่งออกรายการชาร์จ</translation>
    </message>
    <message>
        <source>Exported {count} transactions to {path}</source>
        <translation>ส่งออกรายการชาร์จ {count} รายการไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>CSMS Desktop — OCPP server</source>
        <translation>CSMS Desktop — เซิร์ฟเวอร์ OCPP</translation>
    </message>
    <message>
        <source>Open CSMS Desktop</source>
        <translation>เปิด CSMS Desktop</translation>
    </message>
    <message>
        <source>Quit (stop the OCPP server)</source>
        <translation>ออก (หยุดเซิร์ฟเวอร์ OCPP)</translation>
    </message>
    <message>
        <source>The OCPP server is still serving 1 charger. Use the tray icon to reopen or quit.</source>
        <translation>เซิร์ฟเวอร์ OCPP ยังให้บริการเครื่องชาร์จ 1 เครื่อง ใช้ไอคอนในถาดระบบเพื่อเปิดอีกครั้งหรือออก</translation>
    </message>
    <message>
        <source>The OCPP server is still serving {count} chargers. Use the tray icon to reopen or quit.</source>
        <translation>เซิร์ฟเวอร์ OCPP ยังให้บริการเครื่องชาร์จ {count} เครื่อง ใช้ไอคอนในถาดระบบเพื่อเปิดอีกครั้งหรือออก</translation>
    </message>
    <message>
        <source>CSMS Desktop keeps running</source>
        <translation>CSMS Desktop ยังทำงานอยู่</translation>
    </message>
    <message>
        <source>Close CSMS Desktop</source>
        <translation>ปิด CSMS Desktop</translation>
    </message>
    <message>
        <source>1 charger is connected. Keep the OCPP server running in the system tray?</source>
        <translation>มีเครื่องชาร์จเชื่อมต่ออยู่ 1 เครื่อง ให้เซิร์ฟเวอร์ OCPP ทำงานต่อในถาดระบบหรือไม่?</translation>
    </message>
    <message>
        <source>{count} chargers are connected. Keep the OCPP server running in the system tray?</source>
        <translation>มีเครื่องชาร์จเชื่อมต่ออยู่ {count} เครื่อง ให้เซิร์ฟเวอร์ OCPP ทำงานต่อในถาดระบบหรือไม่?</translation>
    </message>
    <message>
        <source>Keep the OCPP server running in the system tray?</source>
        <translation>ให้เซิร์ฟเวอร์ OCPP ทำงานต่อในถาดระบบหรือไม่?</translation>
    </message>
    <message>
        <source>Quitting stops the server: chargers lose their connection until CSMS Desktop runs again.</source>
        <translation>การออกจะหยุดเซิร์ฟเวอร์: เครื่องชาร์จจะหลุดการเชื่อมต่อจนกว่า CSMS Desktop จะทำงานอีกครั้ง</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>ทำงานต่อในถาดระบบ</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>ไม่ต้องถามอีก</translation>
    </message>
    <message>
        <source>Charging started on {charger}/{connector}</source>
        <translation>เริ่มชาร์จที่ {charger}/{connector}</translation>
    </message>
    <message>
        <source>Charging stopped on {charger}/{connector}</source>
        <translation>หยุดชาร์จที่ {charger}/{connector}</translation>
    </message>
    <message>
        <source>{charger}/{connector} is free again</source>
        <translation>{charger}/{connector} ว่างแล้ว</translation>
    </message>
    <message>
        <source>Transaction {transaction} with tag {tag}.</source>
        <translation>รายการชาร์จ {transaction} ด้วยบัตร {tag}</translation>
    </message>
    <message>
        <source>Transaction {transaction}: {kwh} kWh, reason {reason}.</source>
        <translation>รายการชาร์จ {transaction}: {kwh} kWh เหตุผล {reason}</translation>
    </message>
    <message>
        <source>Transaction {transaction}: energy needs review ({flag}), reason {reason}.</source>
        <translation>รายการชาร์จ {transaction}: พลังงานต้องตรวจสอบ ({flag}) เหตุผล {reason}</translation>
    </message>
    <message>
        <source>The charging session is complete.</source>
        <translation>รอบการชาร์จเสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>Reservation used</source>
        <translation>ใช้การจองแล้ว</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>การจองหมดอายุ</translation>
    </message>
    <message>
        <source>Charger {charger} offline</source>
        <translation>เครื่องชาร์จ {charger} ออฟไลน์</translation>
    </message>
    <message>
        <source>The connection closed ({reason}).</source>
        <translation>การเชื่อมต่อถูกปิด ({reason})</translation>
    </message>
    <message>
        <source>New charger {charger} waits for approval</source>
        <translation>เครื่องชาร์จใหม่ {charger} รออนุมัติ</translation>
    </message>
    <message>
        <source>{vendor} {model} asked to join; accept it on the Charge points page.</source>
        <translation>{vendor} {model} ขอเข้าร่วม อนุมัติได้ที่หน้าเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>{charger} charger faulted</source>
        <translation>เครื่องชาร์จ {charger} ขัดข้อง</translation>
    </message>
    <message>
        <source>{charger} connector {connector} faulted</source>
        <translation>{charger} หัวชาร์จ {connector} ขัดข้อง</translation>
    </message>
    <message>
        <source>Error code {code}: {info}.</source>
        <translation>รหัสข้อผิดพลาด {code}: {info}</translation>
    </message>
    <message>
        <source>Error code {code}.</source>
        <translation>รหัสข้อผิดพลาด {code}</translation>
    </message>
    <message>
        <source>Reservation created</source>
        <translation>สร้างการจองแล้ว</translation>
    </message>
    <message>
        <source>Reservation cancelled</source>
        <translation>ยกเลิกการจองแล้ว</translation>
    </message>
    <message>
        <source>Reservation changed</source>
        <translation>เปลี่ยนการจองแล้ว</translation>
    </message>
    <message>
        <source>Reservation sent to {charger}: {answer}</source>
        <translation>ส่งการจองไปที่ {charger}: {answer}</translation>
    </message>
    <message>
        <source>{charger} connector {connector}, {start} to {end}.</source>
        <translation>{charger} หัวชาร์จ {connector}, {start} ถึง {end}</translation>
    </message>
    <message>
        <source>{charger}, {start} to {end}.</source>
        <translation>{charger}, {start} ถึง {end}</translation>
    </message>
    <message>
        <source>{charger} holds the connector for you until {end}.</source>
        <translation>{charger} กันหัวชาร์จไว้ให้คุณจนถึง {end}</translation>
    </message>
    <message>
        <source>Invoice {number} is overdue</source>
        <translation>ใบแจ้งหนี้ {number} เกินกำหนดชำระ</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Backup missing</source>
        <translation>ไม่มีข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>{charger} ignores load limits</source>
        <translation>{charger} ไม่ปฏิบัติตามขีดจำกัดโหลด</translation>
    </message>
    <message>
        <source>Security: {kind} ({charger})</source>
        <translation>ความปลอดภัย: {kind} ({charger})</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>บราซิล</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>โปรตุเกส</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>สหรัฐอเมริกา</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>เยอรมนี</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>สหราชอาณาจักร</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>เพิ่มลูกค้า</translation>
    </message>
    <message>
        <source>Client {number} – {name}</source>
        <translation>ลูกค้า {number} – {name}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>No drivers yet: assign them on the Drivers page.</source>
        <translation>ยังไม่มีผู้ขับขี่: กำหนดได้ที่หน้า ผู้ขับขี่</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>ลบลูกค้า</translation>
    </message>
    <message>
        <source>Delete this client? Its drivers stay, without client.</source>
        <translation>ลบลูกค้ารายนี้หรือไม่? ผู้ขับขี่ของลูกค้ายังอยู่ แต่ไม่มีลูกค้า</translation>
    </message>
    <message>
        <source>Search name, client number or tax id</source>
        <translation>ค้นหาชื่อ เลขที่ลูกค้า หรือเลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>นำเข้า JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>ส่งออก JSON…</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>บันทึกลูกค้าแล้ว</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>นำเข้าลูกค้า</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>กำลังนำเข้า {file}…</translation>
    </message>
    <message>
        <source>Imported {count} client</source>
        <translation>นำเข้าลูกค้า {count} ราย</translation>
    </message>
    <message>
        <source>Imported {count} clients</source>
        <translation>นำเข้าลูกค้า {count} ราย</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>ไม่สำเร็จ {count} ราย</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>คำเตือน {count} รายการ</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>คำเตือน {count} รายการ</translation>
    </message>
    <message>
        <source>{summary} – details in the tooltip.</source>
        <translation>{summary} – ดูรายละเอียดในคำแนะนำเมื่อชี้เมาส์</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>ส่งออกลูกค้า</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <source>full list, {count} entries</source>
        <translation>ทั้งรายการ {count} รายการ</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>เป็นปัจจุบัน</translation>
    </message>
    <message>
        <source>no local list on this charger</source>
        <translation>เครื่องชาร์จนี้ไม่มีรายการบัตรในเครื่อง</translation>
    </message>
    <message>
        <source>Each charger keeps a list of accepted and blocked tags so it can decide while offline. Changes to drivers and tags are sent automatically (blocks at once); a charger gets its list when it boots.</source>
        <translation>เครื่องชาร์จแต่ละเครื่องเก็บรายการบัตรที่ใช้ได้และถูกระงับไว้ เพื่อตัดสินใจได้แม้ขณะออฟไลน์ การเปลี่ยนแปลงผู้ขับขี่และบัตรจะถูกส่งให้อัตโนมัติ (การระงับส่งทันที) และเครื่องชาร์จจะได้รับรายการเมื่อเริ่มทำงาน</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>ซิงค์เครื่องที่เลือก</translation>
    </message>
    <message>
        <source>Send full list to selected</source>
        <translation>ส่งรายการทั้งหมดไปเครื่องที่เลือก</translation>
    </message>
    <message>
        <source>Sync all connected</source>
        <translation>ซิงค์ทุกเครื่องที่เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Select a charge point first</source>
        <translation>เลือกเครื่องชาร์จก่อน</translation>
    </message>
    <message>
        <source>Local list for {charger}</source>
        <translation>รายการบัตรในเครื่องของ {charger}</translation>
    </message>
    <message>
        <source>Local lists of every connected charger</source>
        <translation>รายการบัตรในเครื่องของทุกเครื่องที่เชื่อมต่อ</translation>
    </message>
    <message>
        <source>No charger is connected</source>
        <translation>ไม่มีเครื่องชาร์จเชื่อมต่ออยู่</translation>
    </message>
    <message>
        <source>Pending: an operator accepts each new charger</source>
        <translation>รออนุมัติ: ผู้ปฏิบัติงานอนุมัติเครื่องชาร์จใหม่ทีละเครื่อง</translation>
    </message>
    <message>
        <source>Accept every new charger</source>
        <translation>ยอมรับเครื่องชาร์จใหม่ทุกเครื่อง</translation>
    </message>
    <message>
        <source>Reject chargers the site does not know</source>
        <translation>ปฏิเสธเครื่องชาร์จที่สถานีไม่รู้จัก</translation>
    </message>
    <message>
        <source>0: no authentication (trusted network)</source>
        <translation>0: ไม่ยืนยันตัวตน (เครือข่ายที่เชื่อถือได้)</translation>
    </message>
    <message>
        <source>1: HTTP Basic password per charger</source>
        <translation>1: รหัสผ่าน HTTP Basic แยกแต่ละเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>2: TLS (wss://) and HTTP Basic password</source>
        <translation>2: TLS (wss://) และรหัสผ่าน HTTP Basic</translation>
    </message>
    <message>
        <source>3: TLS with a client certificate from the site CA</source>
        <translation>3: TLS พร้อมใบรับรองไคลเอนต์จาก CA ของสถานี</translation>
    </message>
    <message>
        <source>As the computer ({language})</source>
        <translation>ตามเครื่องคอมพิวเตอร์ ({language})</translation>
    </message>
    <message>
        <source>Not saved: {count} field to fix.</source>
        <translation>ยังไม่ได้บันทึก: ต้องแก้ไข {count} ช่อง</translation>
    </message>
    <message>
        <source>Not saved: {count} fields to fix.</source>
        <translation>ยังไม่ได้บันทึก: ต้องแก้ไข {count} ช่อง</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Not allowed: {reason}</source>
        <translation>ไม่อนุญาต: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>ยังไม่ได้บันทึก: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} setting.</source>
        <translation>บันทึกการตั้งค่า {count} รายการแล้ว</translation>
    </message>
    <message>
        <source>Saved {count} settings.</source>
        <translation>บันทึกการตั้งค่า {count} รายการแล้ว</translation>
    </message>
    <message>
        <source>{saved} The new host/port apply at the next start.</source>
        <translation>{saved} โฮสต์/พอร์ตใหม่จะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <source>{saved} The new language applies at the next start.</source>
        <translation>{saved} ภาษาใหม่จะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Reverted to the saved settings.</source>
        <translation>กลับไปใช้การตั้งค่าที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>{number} has an unknown country code</source>
        <translation>{number} มีรหัสประเทศที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>{number} is too short for a phone number</source>
        <translation>{number} สั้นเกินไปสำหรับหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>{number} is too long for a phone number</source>
        <translation>{number} ยาวเกินไปสำหรับหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>ยังไม่ได้กรอกหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>unknown region {region}; type the number with +country</source>
        <translation>ไม่รู้จักภูมิภาค {region} พิมพ์หมายเลขพร้อม +รหัสประเทศ</translation>
    </message>
    <message>
        <source>{number} is not a phone number</source>
        <translation>{number} ไม่ใช่หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number for {region}</source>
        <translation>{number} ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้องสำหรับ {region}</translation>
    </message>
    <message>
        <source>the license plate is empty</source>
        <translation>ยังไม่ได้กรอกทะเบียนรถ</translation>
    </message>
    <message>
        <source>the tax id is empty</source>
        <translation>ยังไม่ได้กรอกเลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>{text} is not a valid CPF (check digits)</source>
        <translation>{text} ไม่ใช่ CPF ที่ถูกต้อง (เลขตรวจสอบ)</translation>
    </message>
    <message>
        <source>{text} is not a valid CNPJ (check digits)</source>
        <translation>{text} ไม่ใช่ CNPJ ที่ถูกต้อง (เลขตรวจสอบ)</translation>
    </message>
    <message>
        <source>{text} is neither a CPF (11 digits) nor a CNPJ (14 characters)</source>
        <translation>{text} ไม่ใช่ทั้ง CPF (11 หลัก) และ CNPJ (14 ตัวอักษร)</translation>
    </message>
    <message>
        <source>the postal code is empty</source>
        <translation>ยังไม่ได้กรอกรหัสไปรษณีย์</translation>
    </message>
    <message>
        <source>{text} is not a postal code for {country} ({shape})</source>
        <translation>{text} ไม่ใช่รหัสไปรษณีย์ของ {country} ({shape})</translation>
    </message>
    <message>
        <source>{text} is not a UK postcode (e.g. SW1A 1AA)</source>
        <translation>{text} ไม่ใช่รหัสไปรษณีย์ของสหราชอาณาจักร (เช่น SW1A 1AA)</translation>
    </message>
    <message>
        <source>{text} is longer than {count} characters</source>
        <translation>{text} ยาวเกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>Read from the charger</source>
        <translation>อ่านจากเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Filter keys…</source>
        <translation>กรองคีย์…</translation>
    </message>
    <message>
        <source>Press “Read from the charger”. Double-click a read-write value to change it; the charger&apos;s answer appears in “Last change”.</source>
        <translation>กด “อ่านจากเครื่องชาร์จ” ดับเบิลคลิกค่าที่อ่าน-เขียนได้เพื่อแก้ไข คำตอบของเครื่องชาร์จจะแสดงใน “การเปลี่ยนแปลงล่าสุด”</translation>
    </message>
    <message>
        <source>Read configuration of {charger}</source>
        <translation>อ่านการตั้งค่าของ {charger}</translation>
    </message>
    <message>
        <source>Set {key} = {value} on {charger}</source>
        <translation>ตั้งค่า {key} = {value} ที่ {charger}</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>ผู้ปฏิบัติงานใหม่</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>ชื่อผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>ชื่อ-นามสกุล (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>รหัสผ่านอีกครั้ง (&amp;A)</translation>
    </message>
    <message>
        <source>Reset the password of {username}</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ {username}</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>รหัสผ่านใหม่ (&amp;P)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>operator account</comment>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>เข้าสู่ระบบล่าสุด</translation>
    </message>
    <message>
        <source>Operators (administrators only)</source>
        <translation>ผู้ปฏิบัติงาน (เฉพาะผู้ดูแลระบบ)</translation>
    </message>
    <message>
        <source>New &amp;operator…</source>
        <translation>ผู้ปฏิบัติงานใหม่ (&amp;O)…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>ปิดการใช้งาน (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่ (&amp;R)…</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>เปิดใช้งานอีกครั้ง (&amp;V)</translation>
    </message>
    <message>
        <source>Created {username}.</source>
        <translation>สร้าง {username} แล้ว</translation>
    </message>
    <message>
        <source>New password set for {username}.</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ {username} แล้ว</translation>
    </message>
    <message>
        <source>{username} reactivated.</source>
        <translation>เปิดใช้งาน {username} อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>{username} deactivated.</source>
        <translation>ปิดการใช้งาน {username} แล้ว</translation>
    </message>
    <message>
        <source>&amp;Display messages…</source>
        <extracomment>the &quot;2.0.1 tools&quot; menu: each entry opens its module&apos;s window (the last one 2.1 only)</extracomment>
        <translation>ข้อความบนหน้าจอ (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Monitoring…</source>
        <translation>การเฝ้าระวัง (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Customer information…</source>
        <translation>ข้อมูลลูกค้า (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Firmware publication…</source>
        <translation>การเผยแพร่เฟิร์มแวร์ (&amp;F)…</translation>
    </message>
    <message>
        <source>Station &amp;tariffs (2.1)…</source>
        <translation>อัตราค่าบริการของสถานี (&amp;T) (2.1)…</translation>
    </message>
    <message>
        <source>2.0.1 &amp;tools</source>
        <translation>เครื่องมือ 2.0.1 (&amp;T)</translation>
    </message>
    <message>
        <source>The OCPP 2.0.1 and 2.1 windows, this station checked in them</source>
        <translation>หน้าต่างสำหรับ OCPP 2.0.1 และ 2.1 โดยเลือกสถานีนี้ไว้แล้ว</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>charger registration</comment>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>charger registration</comment>
        <translation>รออนุมัติ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>charger registration</comment>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>OCPP status</source>
        <translation>สถานะ OCPP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>รหัสข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>ผู้ผลิต:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>รุ่น:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>หมายเลขเครื่อง:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>เฟิร์มแวร์:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>โปรโตคอล:</translation>
    </message>
    <message>
        <source>ICCID:</source>
        <translation>ICCID:</translation>
    </message>
    <message>
        <source>IMSI:</source>
        <translation>IMSI:</translation>
    </message>
    <message>
        <source>Meter type:</source>
        <translation>ประเภทมิเตอร์:</translation>
    </message>
    <message>
        <source>Meter serial:</source>
        <translation>หมายเลขมิเตอร์:</translation>
    </message>
    <message>
        <source>Last boot:</source>
        <translation>บูตล่าสุด:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Heartbeat ล่าสุด:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>ติดต่อล่าสุด:</translation>
    </message>
    <message>
        <source>Firmware status:</source>
        <translation>สถานะเฟิร์มแวร์:</translation>
    </message>
    <message>
        <source>Diagnostics status:</source>
        <translation>สถานะการวินิจฉัย:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connectors&lt;/b&gt; (double-click one for its live detail)</source>
        <translation>&lt;b&gt;หัวชาร์จ&lt;/b&gt; (ดับเบิลคลิกเพื่อดูรายละเอียดสด)</translation>
    </message>
    <message>
        <source>Open connector detail…</source>
        <translation>เปิดรายละเอียดหัวชาร์จ…</translation>
    </message>
    <message>
        <source>Boot notification and status</source>
        <translation>ข้อมูลการบูตและสถานะ</translation>
    </message>
    <message>
        <source>Select a charge point</source>
        <translation>เลือกเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Let this charger in; it is asked to boot again at once</source>
        <translation>อนุญาตให้เครื่องชาร์จนี้เข้าระบบ เครื่องจะถูกขอให้บูตใหม่ทันที</translation>
    </message>
    <message>
        <source>Refuse this charger; its connection is closed</source>
        <translation>ไม่รับเครื่องชาร์จนี้ การเชื่อมต่อจะถูกปิด</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>การตั้งค่าเครื่อง</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>Accept {charger}</source>
        <translation>อนุมัติ {charger}</translation>
    </message>
    <message>
        <source>Its connection is closed and it cannot charge until it is accepted again. Sessions running on it stop.</source>
        <translation>การเชื่อมต่อจะถูกปิด และจะชาร์จไม่ได้จนกว่าจะได้รับอนุมัติอีกครั้ง การชาร์จที่กำลังทำอยู่จะหยุด</translation>
    </message>
    <message>
        <source>Its connection is closed and it cannot charge until it is accepted again.</source>
        <translation>การเชื่อมต่อจะถูกปิด และจะชาร์จไม่ได้จนกว่าจะได้รับอนุมัติอีกครั้ง</translation>
    </message>
    <message>
        <source>Reject charger</source>
        <translation>ปฏิเสธเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Reject {charger}?</source>
        <translation>ปฏิเสธ {charger} หรือไม่?</translation>
    </message>
    <message>
        <source>Reject {charger}</source>
        <translation>ปฏิเสธ {charger}</translation>
    </message>
    <message>
        <source>Filter: identity, name, location, vendor, status…</source>
        <translation>กรอง: รหัส ชื่อ สถานที่ ผู้ผลิต สถานะ…</translation>
    </message>
    <message>
        <source>Pending only</source>
        <translation>เฉพาะที่รออนุมัติ</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} จาก {total}</translation>
    </message>
    <message>
        <source>1 charge point</source>
        <translation>เครื่องชาร์จ 1 เครื่อง</translation>
    </message>
    <message>
        <source>{count} charge points</source>
        <translation>เครื่องชาร์จ {count} เครื่อง</translation>
    </message>
    <message>
        <source>1 pending</source>
        <translation>รออนุมัติ 1</translation>
    </message>
    <message>
        <source>{count} pending</source>
        <translation>รออนุมัติ {count}</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>แบบสัมบูรณ์</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>แบบสัมพัทธ์</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>แบบวนซ้ำ</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>ทุกสัปดาห์</translation>
    </message>
    <message>
        <source>time from the schedule&apos;s start</source>
        <translation>เวลานับจากเริ่มตาราง</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>composite (charger)</source>
        <translation>รวม (เครื่องชาร์จ)</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>ขีดจำกัด</translation>
    </message>
    <message>
        <source>limit ({unit})</source>
        <translation>ขีดจำกัด ({unit})</translation>
    </message>
    <message>
        <source>composite ({unit})</source>
        <translation>รวม ({unit})</translation>
    </message>
    <message>
        <source>profile ({unit})</source>
        <translation>โปรไฟล์ ({unit})</translation>
    </message>
    <message>
        <source>composite read back ({unit})</source>
        <translation>ตารางรวมที่อ่านกลับมา ({unit})</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <source>Profile library</source>
        <translation>คลังโปรไฟล์</translation>
    </message>
    <message>
        <source>h:mm, empty: no end</source>
        <translation>ช:นน, เว้นว่าง: ไม่มีกำหนดสิ้นสุด</translation>
    </message>
    <message>
        <source>from</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Starts after (h:mm)</source>
        <translation>เริ่มหลังจาก (ช:นน)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>ขีดจำกัด</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>เพิ่มช่วงเวลา</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>ลบช่วงเวลา</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>ระดับซ้อน (stack level)</translation>
    </message>
    <message>
        <source>Default purpose</source>
        <translation>วัตถุประสงค์เริ่มต้น</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>บันทึกโปรไฟล์</translation>
    </message>
    <message>
        <source>0 (whole charger)</source>
        <translation>0 (ทั้งเครื่องชาร์จ)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Push to charger</source>
        <translation>ส่งไปที่เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Clear on charger</source>
        <translation>ล้างที่เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Read composite schedule</source>
        <translation>อ่านตารางรวม</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Composite over</source>
        <translation>ช่วงของตารางรวม</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 ช่วงเวลา</translation>
    </message>
    <message>
        <source>{count} periods</source>
        <translation>{count} ช่วงเวลา</translation>
    </message>
    <message>
        <source>Installed on {charger}: {profiles}</source>
        <translation>ติดตั้งบน {charger}: {profiles}</translation>
    </message>
    <message>
        <source>{name} (connector {number}, {purpose}, level {level})</source>
        <translation>{name} (หัวชาร์จ {number}, {purpose}, ระดับ {level})</translation>
    </message>
    <message>
        <source>No profile from the library is installed on {charger}.</source>
        <translation>ยังไม่มีโปรไฟล์จากคลังติดตั้งบน {charger}</translation>
    </message>
    <message>
        <source>No charge point yet.</source>
        <translation>ยังไม่มีเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (สำเนา)</translation>
    </message>
    <message>
        <source>Profile deleted from the library</source>
        <translation>ลบโปรไฟล์ออกจากคลังแล้ว</translation>
    </message>
    <message>
        <source>row {row}: type the start as h:mm (6:30), not {text}</source>
        <translation>แถว {row}: พิมพ์เวลาเริ่มเป็น ช:นน (6:30) ไม่ใช่ {text}</translation>
    </message>
    <message>
        <source>row {row}: the limit is a number, not {text}</source>
        <translation>แถว {row}: ขีดจำกัดต้องเป็นตัวเลข ไม่ใช่ {text}</translation>
    </message>
    <message>
        <source>type the duration as h:mm (24:00) or leave it empty</source>
        <translation>พิมพ์ระยะเวลาเป็น ช:นน (24:00) หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <source>Profile {name} saved</source>
        <translation>บันทึกโปรไฟล์ {name} แล้ว</translation>
    </message>
    <message>
        <source>no charge point yet</source>
        <translation>ยังไม่มีเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Sending {name} to {target}</source>
        <translation>กำลังส่ง {name} ไปที่ {target}</translation>
    </message>
    <message>
        <source>Not sent: {reasons}</source>
        <translation>ไม่ได้ส่ง: {reasons}</translation>
    </message>
    <message>
        <source>SetChargingProfile {name} on {target}: {result}</source>
        <translation>SetChargingProfile {name} ที่ {target}: {result}</translation>
    </message>
    <message>
        <source>Clearing profiles on {target}</source>
        <translation>กำลังล้างโปรไฟล์ที่ {target}</translation>
    </message>
    <message>
        <source>ClearChargingProfile on {charger}: {result}</source>
        <translation>ClearChargingProfile ที่ {charger}: {result}</translation>
    </message>
    <message>
        <source>Composite schedule of {target}</source>
        <translation>ตารางรวมของ {target}</translation>
    </message>
    <message>
        <source>Composite schedule of {target} ({unit}): {periods}</source>
        <translation>ตารางรวมของ {target} ({unit}): {periods}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>File / reason</source>
        <translation>ไฟล์ / เหตุผล</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ทำเอง</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>ก่อนอัปเกรด</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>removed by retention</source>
        <translation>ลบตามนโยบายการเก็บรักษา</translation>
    </message>
    <message>
        <source>0 to 1000</source>
        <translation>0 ถึง 1000</translation>
    </message>
    <message>
        <source>keep at least one backup</source>
        <translation>เก็บข้อมูลสำรองไว้อย่างน้อยหนึ่งชุด</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>โฟลเดอร์ข้อมูลสำรอง (&amp;F)</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>ทุกวันเวลา</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>กำหนดเวลา (&amp;S)</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>รายสัปดาห์</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>เก็บไว้ (&amp;K)</translation>
    </message>
    <message>
        <source>The newest backup of each of the last days, weeks and months is kept, and every backup of the last 24 hours; a backup is also made before every database upgrade.</source>
        <translation>ระบบจะเก็บข้อมูลสำรองล่าสุดของแต่ละวัน สัปดาห์ และเดือนที่ผ่านมา และทุกชุดใน 24 ชั่วโมงล่าสุด และจะสำรองข้อมูลก่อนการอัปเกรดฐานข้อมูลทุกครั้ง</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>บันทึกการตั้งค่าสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation>กำลังอ่านโฟลเดอร์ข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>สำรองข้อมูลตอนนี้ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>กู้คืน (&amp;R)…</translation>
    </message>
    <message>
        <source>site time ({zone})</source>
        <translation>เวลาของสถานี ({zone})</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked.</source>
        <translation>ยังไม่ได้บันทึก: แก้ไขช่องที่ทำเครื่องหมายไว้</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>บันทึกการตั้งค่าสำรองข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>โฟลเดอร์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Cannot read the backups: {error}</source>
        <translation>อ่านข้อมูลสำรองไม่ได้: {error}</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>⚠ No backup in {folder} yet.</source>
        <translation>⚠ ยังไม่มีข้อมูลสำรองใน {folder}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Newest backup: {when} ({hours} h ago), {size}, {state}. 1 backup, {total} in {folder}</source>
        <translation>ข้อมูลสำรองล่าสุด: {when} ({hours} ชม. ที่แล้ว), {size}, {state} รวม 1 ชุด {total} ใน {folder}</translation>
    </message>
    <message>
        <source>Newest backup: {when} ({hours} h ago), {size}, {state}. {count} backups, {total} in {folder}</source>
        <translation>ข้อมูลสำรองล่าสุด: {when} ({hours} ชม. ที่แล้ว), {size}, {state} รวม {count} ชุด {total} ใน {folder}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>กำลังสำรองข้อมูลอยู่แล้ว</translation>
    </message>
    <message>
        <source>Copying… %p%</source>
        <translation>กำลังคัดลอก… %p%</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>กำลังตรวจสอบสำเนา…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <source>Backed up and verified: {file} ({size}, {seconds} s)</source>
        <translation>สำรองและตรวจสอบแล้ว: {file} ({size}, {seconds} วินาที)</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>สำรองข้อมูลล้มเหลว: {reason}</translation>
    </message>
    <message>
        <source>Last status: {status}</source>
        <translation>สถานะล่าสุด: {status}</translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation>ข้อผิดพลาด: {code}</translation>
    </message>
    <message>
        <source>Session left open: not stopped by the charger</source>
        <translation>เครื่องชาร์จไม่ได้ปิดการชาร์จนี้</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>ตั้งแต่ {time}</translation>
    </message>
    <message>
        <source>Tag {id_tag}</source>
        <translation>แท็ก {id_tag}</translation>
    </message>
    <message>
        <source>SoC {percent} %</source>
        <translation>แบตเตอรี่ {percent} %</translation>
    </message>
    <message>
        <source>{charger} connector {number}: {status}</source>
        <translation>{charger} หัวชาร์จ {number}: {status}</translation>
    </message>
    <message>
        <source>Click or press Enter for details</source>
        <translation>คลิกหรือกด Enter เพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>ยอมรับแล้ว</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>ไม่รองรับ</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <source>charger offline</source>
        <translation>เครื่องชาร์จออฟไลน์</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>{what}: waiting for the charger</source>
        <translation>{what}: กำลังรอเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Free: a driver can plug in</source>
        <translation>ว่าง: ผู้ขับขี่เสียบสายชาร์จได้</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>กำลังเตรียม</translation>
    </message>
    <message>
        <source>Plugged in or tag presented, not charging yet</source>
        <translation>เสียบสายแล้วหรือแตะแท็กแล้ว ยังไม่เริ่มชาร์จ</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>กำลังชาร์จ</translation>
    </message>
    <message>
        <source>Energy is flowing</source>
        <translation>กำลังจ่ายไฟ</translation>
    </message>
    <message>
        <source>Paused by vehicle</source>
        <translation>รถพักรับไฟ</translation>
    </message>
    <message>
        <source>The vehicle does not take energy (full or paused)</source>
        <translation>รถไม่รับไฟ (เต็มหรือพักอยู่)</translation>
    </message>
    <message>
        <source>Paused by charger</source>
        <translation>เครื่องชาร์จพักจ่ายไฟ</translation>
    </message>
    <message>
        <source>The charger withholds energy (limit or schedule)</source>
        <translation>เครื่องชาร์จงดจ่ายไฟ (ขีดจำกัดหรือตารางเวลา)</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>กำลังสิ้นสุด</translation>
    </message>
    <message>
        <source>Session over; waiting for the cable to be unplugged</source>
        <translation>ชาร์จเสร็จแล้ว รอถอดสายชาร์จ</translation>
    </message>
    <message>
        <source>Held for a reservation</source>
        <translation>กันไว้สำหรับการจอง</translation>
    </message>
    <message>
        <source>A vehicle is connected (OCPP 2.0.1)</source>
        <translation>มีรถเชื่อมต่ออยู่ (OCPP 2.0.1)</translation>
    </message>
    <message>
        <source>Switched off by the operator or the charger</source>
        <translation>ถูกปิดโดยผู้ปฏิบัติงานหรือเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>The charger reports an error</source>
        <translation>เครื่องชาร์จแจ้งข้อผิดพลาด</translation>
    </message>
    <message>
        <source>The charge point is not connected</source>
        <translation>เครื่องชาร์จไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>ยังไม่มีสถานะ</translation>
    </message>
    <message>
        <source>The charger has not reported this connector&apos;s status</source>
        <translation>เครื่องชาร์จยังไม่ได้แจ้งสถานะของหัวชาร์จนี้</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>reservation</comment>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>connector {number}</source>
        <translation>หัวชาร์จ {number}</translation>
    </message>
    <message>
        <source>{state}, charger answered {answer}</source>
        <translation>{state} เครื่องชาร์จตอบว่า {answer}</translation>
    </message>
    <message>
        <source>Cancel {driver}&apos;s reservation</source>
        <translation>ยกเลิกการจองของ {driver}</translation>
    </message>
    <message>
        <source>{charger} is not connected</source>
        <extracomment>2.0.1 commands whose answer changes what is stored (display messages, variables, monitors, firmware publications)</extracomment>
        <translation>{charger} ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>{command} does not exist in {version}</source>
        <translation>ไม่มีคำสั่ง {command} ใน {version}</translation>
    </message>
    <message>
        <source>{charger} disconnected</source>
        <translation>{charger} ตัดการเชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>unreadable answer: {error}</source>
        <translation>อ่านคำตอบไม่ได้: {error}</translation>
    </message>
    <message>
        <source>cannot reach the other nodes: {error}</source>
        <translation>ติดต่อโหนดอื่นไม่ได้: {error}</translation>
    </message>
    <message>
        <source>accepted; it boots on its next connection</source>
        <translation>อนุมัติแล้ว เครื่องจะบูตเมื่อเชื่อมต่อครั้งถัดไป</translation>
    </message>
    <message>
        <source>no tariff {tariff} to send</source>
        <translation>ไม่มีอัตราค่าบริการ {tariff} ที่จะส่ง</translation>
    </message>
    <message>
        <source>enter a name that says who uses the token (e.g. home-assistant)</source>
        <translation>กรอกชื่อที่บอกว่าใครใช้โทเค็นนี้ (เช่น home-assistant)</translation>
    </message>
    <message>
        <source>at most 100 characters</source>
        <translation>ไม่เกิน 100 ตัวอักษร</translation>
    </message>
    <message>
        <source>the role is attendant, manager or admin</source>
        <translation>บทบาทคือ attendant, manager หรือ admin</translation>
    </message>
    <message>
        <source>1 to {most} requests per minute</source>
        <translation>1 ถึง {most} คำขอต่อนาที</translation>
    </message>
    <message>
        <source>no such token</source>
        <translation>ไม่มีโทเค็นนี้</translation>
    </message>
    <message>
        <source>the token {name} is already revoked</source>
        <translation>โทเค็น {name} ถูกเพิกถอนไปแล้ว</translation>
    </message>
    <message>
        <source>the backup folder {folder} cannot be used: it is a file, not a folder</source>
        <translation>ใช้โฟลเดอร์ข้อมูลสำรอง {folder} ไม่ได้: เป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>the backup folder {folder} cannot be used: {reason}</source>
        <translation>ใช้โฟลเดอร์ข้อมูลสำรอง {folder} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>not enough free space in {folder}: the backup needs about {needed}, {free} free</source>
        <translation>พื้นที่ว่างใน {folder} ไม่พอ: ข้อมูลสำรองต้องใช้ประมาณ {needed} ว่างอยู่ {free}</translation>
    </message>
    <message>
        <source>an hour from 0 to 23</source>
        <translation>ชั่วโมง 0 ถึง 23</translation>
    </message>
    <message>
        <source>a full path, e.g. /mnt/backup/csms or D:\Backups</source>
        <translation>พาธเต็ม เช่น /mnt/backup/csms หรือ D:\Backups</translation>
    </message>
    <message>
        <source>writing {folder} failed: {error}</source>
        <translation>เขียนลง {folder} ไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>อ่านฐานข้อมูลไม่ได้: {error}</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>มีการสำรองข้อมูลอื่นกำลังทำงาน</translation>
    </message>
    <message>
        <source>required</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>{text} is not a two-letter country code</source>
        <translation>{text} ไม่ใช่รหัสประเทศสองตัวอักษร</translation>
    </message>
    <message>
        <source>{text} is not a Brazilian state (UF), e.g. DF, SP</source>
        <translation>{text} ไม่ใช่รัฐของบราซิล (UF) เช่น DF, SP</translation>
    </message>
    <message>
        <source>{text} is not an email address</source>
        <translation>{text} ไม่ใช่อีเมล</translation>
    </message>
    <message>
        <source>pt_BR, th_TH or en</source>
        <translation>pt_BR, th_TH หรือ en</translation>
    </message>
    <message>
        <source>client number {number} is taken</source>
        <translation>หมายเลขลูกค้า {number} ถูกใช้แล้ว</translation>
    </message>
    <message>
        <source>no client {id}</source>
        <translation>ไม่มีลูกค้า {id}</translation>
    </message>
    <message>
        <source>{client} has invoices and cannot be deleted</source>
        <translation>{client} มีใบแจ้งหนี้อยู่ จึงลบไม่ได้</translation>
    </message>
    <message>
        <source>no driver {id}</source>
        <translation>ไม่มีผู้ขับขี่ {id}</translation>
    </message>
    <message>
        <source>a list of time windows</source>
        <translation>รายการช่วงเวลา</translation>
    </message>
    <message>
        <source>window {number} is not a window</source>
        <translation>ช่วงเวลาที่ {number} ไม่ใช่ช่วงเวลา</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>ไม่มีลูกค้านี้</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} ไม่ใช่รหัสสกุลเงิน ISO 4217</translation>
    </message>
    <message>
        <source>(empty) is not an ISO 4217 currency code</source>
        <translation>(ว่าง) ไม่ใช่รหัสสกุลเงิน ISO 4217</translation>
    </message>
    <message>
        <source>0 to 1440 minutes</source>
        <translation>0 ถึง 1440 นาที</translation>
    </message>
    <message>
        <source>{text} is not a whole number of minutes</source>
        <translation>{text} ไม่ใช่จำนวนนาทีเต็ม</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>วันที่และเวลา</translation>
    </message>
    <message>
        <source>the name is too long (200 characters at most)</source>
        <translation>ชื่อยาวเกินไป (ไม่เกิน 200 ตัวอักษร)</translation>
    </message>
    <message>
        <source>status must be ACTIVE, BLOCKED or EXPIRED, not {status}</source>
        <translation>สถานะต้องเป็น ACTIVE, BLOCKED หรือ EXPIRED ไม่ใช่ {status}</translation>
    </message>
    <message>
        <source>the licence plate is too long (20 characters at most)</source>
        <translation>ทะเบียนรถยาวเกินไป (ไม่เกิน 20 ตัวอักษร)</translation>
    </message>
    <message>
        <source>the make is too long (60 characters at most)</source>
        <translation>ยี่ห้อยาวเกินไป (ไม่เกิน 60 ตัวอักษร)</translation>
    </message>
    <message>
        <source>the model is too long (60 characters at most)</source>
        <translation>รุ่นยาวเกินไป (ไม่เกิน 60 ตัวอักษร)</translation>
    </message>
    <message>
        <source>type must be ELECTRIC, HYBRID or PLUGIN_HYBRID</source>
        <translation>ประเภทต้องเป็น ELECTRIC, HYBRID หรือ PLUGIN_HYBRID</translation>
    </message>
    <message>
        <source>type the tag&apos;s value (the RFID card number)</source>
        <translation>พิมพ์ค่าของแท็ก (หมายเลขบัตร RFID)</translation>
    </message>
    <message>
        <source>a tag has {count} characters at most</source>
        <translation>แท็กยาวได้ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>a tag uses letters, digits and ASCII symbols only</source>
        <translation>แท็กใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และสัญลักษณ์ ASCII</translation>
    </message>
    <message>
        <source>status must be ACCEPTED, BLOCKED, EXPIRED or INVALID</source>
        <translation>สถานะต้องเป็น ACCEPTED, BLOCKED, EXPIRED หรือ INVALID</translation>
    </message>
    <message>
        <source>a group tag has {count} characters at most</source>
        <translation>แท็กกลุ่มยาวได้ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>a tag cannot be its own group</source>
        <translation>แท็กเป็นกลุ่มของตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>the note is too long (200 characters at most)</source>
        <translation>หมายเหตุยาวเกินไป (ไม่เกิน 200 ตัวอักษร)</translation>
    </message>
    <message>
        <source>{phone} is already registered to {driver}</source>
        <translation>{phone} ลงทะเบียนไว้แล้วกับ {driver}</translation>
    </message>
    <message>
        <source>{phone} is already registered to another driver</source>
        <translation>{phone} ลงทะเบียนไว้แล้วกับผู้ขับขี่คนอื่น</translation>
    </message>
    <message>
        <source>this client does not exist any more</source>
        <translation>ลูกค้านี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>unknown status {status}</source>
        <translation>ไม่รู้จักสถานะ {status}</translation>
    </message>
    <message>
        <source>{driver} has 1 transaction; block the driver instead of deleting</source>
        <translation>{driver} มีรายการชาร์จ 1 รายการ ให้ระงับผู้ขับขี่แทนการลบ</translation>
    </message>
    <message>
        <source>{driver} has {count} transactions; block the driver instead of deleting</source>
        <translation>{driver} มีรายการชาร์จ {count} รายการ ให้ระงับผู้ขับขี่แทนการลบ</translation>
    </message>
    <message>
        <source>this driver does not exist any more</source>
        <translation>ผู้ขับขี่นี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{plate} is already registered to {driver}</source>
        <translation>{plate} ลงทะเบียนไว้แล้วกับ {driver}</translation>
    </message>
    <message>
        <source>this vehicle does not exist any more</source>
        <translation>รถคันนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>a reason is required to force-close a transaction</source>
        <translation>ต้องระบุเหตุผลเพื่อบังคับปิดรายการชาร์จ</translation>
    </message>
    <message>
        <source>no transaction {id}</source>
        <translation>ไม่มีรายการชาร์จ {id}</translation>
    </message>
    <message>
        <source>{plate} belongs to another driver</source>
        <translation>{plate} เป็นของผู้ขับขี่คนอื่น</translation>
    </message>
    <message>
        <source>tag {tag} is already registered ({driver})</source>
        <translation>แท็ก {tag} ลงทะเบียนไว้แล้ว ({driver})</translation>
    </message>
    <message>
        <source>tag {tag} is already registered (no driver)</source>
        <translation>แท็ก {tag} ลงทะเบียนไว้แล้ว (ไม่มีผู้ขับขี่)</translation>
    </message>
    <message>
        <source>{kind}: nothing imported; {count} of {rows} row(s) rejected</source>
        <translation>{kind}: ไม่ได้นำเข้าข้อมูลใด ถูกปฏิเสธ {count} จาก {rows} แถว</translation>
    </message>
    <message>
        <source>{kind}: {created} created, {updated} updated</source>
        <translation>{kind}: สร้างใหม่ {created} อัปเดต {updated}</translation>
    </message>
    <message>
        <source>no client number {number}</source>
        <translation>ไม่มีหมายเลขลูกค้า {number}</translation>
    </message>
    <message>
        <source>unknown charge point(s): {chargers}</source>
        <translation>ไม่รู้จักเครื่องชาร์จ: {chargers}</translation>
    </message>
    <message>
        <source>this tag does not exist any more</source>
        <translation>แท็กนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}</source>
        <translation>{what} ต้องอยู่ระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <source>the id is 1-80 letters, digits or _ . : -</source>
        <translation>รหัสคือตัวอักษร ตัวเลข หรือ _ . : - จำนวน 1-80 ตัว</translation>
    </message>
    <message>
        <source>the kind is one of {kinds}</source>
        <translation>ชนิดต้องเป็นหนึ่งใน {kinds}</translation>
    </message>
    <message>
        <source>the site has no parent</source>
        <translation>สถานีไม่มีโหนดแม่</translation>
    </message>
    <message>
        <source>there is already a site node</source>
        <translation>มีโหนดสถานีอยู่แล้ว</translation>
    </message>
    <message>
        <source>every node but the site has a parent</source>
        <translation>ทุกโหนดยกเว้นสถานีต้องมีโหนดแม่</translation>
    </message>
    <message>
        <source>no node {node}</source>
        <translation>ไม่มีโหนด {node}</translation>
    </message>
    <message>
        <source>that parent is below this node (a cycle)</source>
        <translation>โหนดแม่นั้นอยู่ใต้โหนดนี้ (วนซ้ำ)</translation>
    </message>
    <message>
        <source>a connector node hangs from a charger node</source>
        <translation>โหนดหัวชาร์จต้องอยู่ใต้โหนดเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>a charger or connector node names its charge point</source>
        <translation>โหนดเครื่องชาร์จหรือหัวชาร์จต้องระบุเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>{charger} already has a charger node</source>
        <translation>{charger} มีโหนดเครื่องชาร์จอยู่แล้ว</translation>
    </message>
    <message>
        <source>the connector is a whole number (1, 2, ...)</source>
        <translation>หัวชาร์จเป็นจำนวนเต็ม (1, 2, ...)</translation>
    </message>
    <message>
        <source>a connector node names its connector (1, 2, ...)</source>
        <translation>โหนดหัวชาร์จต้องระบุหมายเลขหัวชาร์จ (1, 2, ...)</translation>
    </message>
    <message>
        <source>the kW limit</source>
        <translation>ขีดจำกัด kW</translation>
    </message>
    <message>
        <source>the current limit (A)</source>
        <translation>ขีดจำกัดกระแส (A)</translation>
    </message>
    <message>
        <source>the minimum (A)</source>
        <translation>ค่าต่ำสุด (A)</translation>
    </message>
    <message>
        <source>the fallback (A)</source>
        <translation>กระแสสำรอง (A)</translation>
    </message>
    <message>
        <source>the margin (a fraction)</source>
        <translation>ค่าเผื่อ (สัดส่วน)</translation>
    </message>
    <message>
        <source>phases are L1, L2, L3 or a combination such as L1L2L3</source>
        <translation>เฟสคือ L1, L2, L3 หรือผสมกัน เช่น L1L2L3</translation>
    </message>
    <message>
        <source>the site still has nodes under it: delete them first</source>
        <translation>สถานียังมีโหนดย่อยอยู่: ลบโหนดเหล่านั้นก่อน</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>ผู้ปฏิบัติงาน</translation>
    </message>
    <message>
        <source>{who} is not allowed: {permission}</source>
        <translation>{who} ไม่มีสิทธิ์: {permission}</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>อย่างน้อย {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>ห้ามมีช่องว่างที่ต้นหรือท้าย</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>enter a username</source>
        <translation>กรอกชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>2 to 64 letters, digits, dot, dash or underscore</source>
        <translation>ตัวอักษร ตัวเลข จุด ขีด หรือขีดล่าง 2 ถึง 64 ตัว</translation>
    </message>
    <message>
        <source>operators exist: an administrator must create new ones</source>
        <translation>มีผู้ปฏิบัติงานอยู่แล้ว: ผู้ดูแลระบบต้องเป็นผู้สร้างคนใหม่</translation>
    </message>
    <message>
        <source>{username} is taken</source>
        <translation>{username} ถูกใช้แล้ว</translation>
    </message>
    <message>
        <source>this account is not active</source>
        <translation>บัญชีนี้ไม่ได้ใช้งาน</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>no such operator</source>
        <translation>ไม่มีผู้ปฏิบัติงานนี้</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>ปิดการใช้งานบัญชีของตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>the last administrator stays active</source>
        <translation>ผู้ดูแลระบบคนสุดท้ายต้องใช้งานอยู่</translation>
    </message>
    <message>
        <source>give the profile a name</source>
        <translation>ตั้งชื่อโปรไฟล์</translation>
    </message>
    <message>
        <source>the name is too long (100 characters at most)</source>
        <translation>ชื่อยาวเกินไป (ไม่เกิน 100 ตัวอักษร)</translation>
    </message>
    <message>
        <source>the unit is A, W or kW</source>
        <translation>หน่วยคือ A, W หรือ kW</translation>
    </message>
    <message>
        <source>the stack level is a whole number from 0 to 100</source>
        <translation>ระดับซ้อนเป็นจำนวนเต็ม 0 ถึง 100</translation>
    </message>
    <message>
        <source>choose TxDefaultProfile, TxProfile or ChargePointMaxProfile</source>
        <translation>เลือก TxDefaultProfile, TxProfile หรือ ChargePointMaxProfile</translation>
    </message>
    <message>
        <source>the kind is Absolute, Relative or Recurring</source>
        <translation>ชนิดคือ Absolute, Relative หรือ Recurring</translation>
    </message>
    <message>
        <source>a recurring profile repeats Daily or Weekly</source>
        <translation>โปรไฟล์แบบวนซ้ำต้องซ้ำทุกวันหรือทุกสัปดาห์</translation>
    </message>
    <message>
        <source>the duration is positive (or empty: until further notice)</source>
        <translation>ระยะเวลาต้องมากกว่า 0 (หรือเว้นว่าง: ไม่มีกำหนด)</translation>
    </message>
    <message>
        <source>at most {days} day(s) for a {recurrency} profile</source>
        <translation>ไม่เกิน {days} วันสำหรับโปรไฟล์แบบ {recurrency}</translation>
    </message>
    <message>
        <source>at most {days} day(s)</source>
        <translation>ไม่เกิน {days} วัน</translation>
    </message>
    <message>
        <source>&apos;valid to&apos; must be after &apos;valid from&apos;</source>
        <translation>&apos;ถึง&apos; ต้องอยู่หลัง &apos;จาก&apos;</translation>
    </message>
    <message>
        <source>the minimum rate is zero or more</source>
        <translation>อัตราต่ำสุดต้องเป็นศูนย์หรือมากกว่า</translation>
    </message>
    <message>
        <source>add at least one period starting at 0 s</source>
        <translation>เพิ่มอย่างน้อยหนึ่งช่วงเวลาที่เริ่มที่ 0 วินาที</translation>
    </message>
    <message>
        <source>at most {count} periods</source>
        <translation>ไม่เกิน {count} ช่วงเวลา</translation>
    </message>
    <message>
        <source>the first period starts at 0 s</source>
        <translation>ช่วงเวลาแรกต้องเริ่มที่ 0 วินาที</translation>
    </message>
    <message>
        <source>row {row}: periods are in ascending order of start time</source>
        <translation>แถว {row}: ช่วงเวลาต้องเรียงตามเวลาเริ่มจากน้อยไปมาก</translation>
    </message>
    <message>
        <source>row {row}: starts after {days} day(s)</source>
        <translation>แถว {row}: เริ่มหลัง {days} วัน</translation>
    </message>
    <message>
        <source>row {row}: starts after the profile&apos;s duration ({seconds} s)</source>
        <translation>แถว {row}: เริ่มหลังระยะเวลาของโปรไฟล์ ({seconds} วินาที)</translation>
    </message>
    <message>
        <source>row {row}: the limit must be more than 0</source>
        <translation>แถว {row}: ขีดจำกัดต้องมากกว่า 0</translation>
    </message>
    <message>
        <source>row {row}: {limit} {unit} is above {maximum}</source>
        <translation>แถว {row}: {limit} {unit} เกิน{maximum}</translation>
    </message>
    <message>
        <source>the connector&apos;s maximum of {amps} A</source>
        <translation>ค่าสูงสุดของหัวชาร์จ {amps} A</translation>
    </message>
    <message>
        <source>the charger&apos;s maximum of {kw} kW</source>
        <translation>ค่าสูงสุดของเครื่องชาร์จ {kw} kW</translation>
    </message>
    <message>
        <source>a profile named {name} exists already</source>
        <translation>มีโปรไฟล์ชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>this profile does not exist any more</source>
        <translation>โปรไฟล์นี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>choose a charge point</source>
        <translation>เลือกเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>{charger} has no connector {number}</source>
        <translation>{charger} ไม่มีหัวชาร์จ {number}</translation>
    </message>
    <message>
        <source>a ChargePointMaxProfile applies to the whole charger (connector 0)</source>
        <translation>ChargePointMaxProfile ใช้กับทั้งเครื่องชาร์จ (หัวชาร์จ 0)</translation>
    </message>
    <message>
        <source>a TxProfile applies to one connector&apos;s transaction: choose the connector</source>
        <translation>TxProfile ใช้กับรายการชาร์จของหัวชาร์จเดียว: เลือกหัวชาร์จ</translation>
    </message>
    <message>
        <source>no transaction is running on {charger} connector {number}; a TxProfile needs one</source>
        <translation>ไม่มีรายการชาร์จที่หัวชาร์จ {number} ของ {charger} แต่ TxProfile ต้องมี</translation>
    </message>
    <message>
        <source>no command channel</source>
        <translation>ไม่มีช่องทางส่งคำสั่ง</translation>
    </message>
    <message>
        <source>this profile was never sent to a charger</source>
        <translation>โปรไฟล์นี้ยังไม่เคยส่งไปที่เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>faulted</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <source>choose a driver</source>
        <translation>เลือกผู้ขับขี่</translation>
    </message>
    <message>
        <source>the driver is {status}</source>
        <translation>ผู้ขับขี่{status}</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่ม</translation>
    </message>
    <message>
        <source>this window is already over</source>
        <translation>ช่วงเวลานี้ผ่านไปแล้ว</translation>
    </message>
    <message>
        <source>a reservation lasts 7 days at most</source>
        <translation>การจองนานได้ไม่เกิน 7 วัน</translation>
    </message>
    <message>
        <source>tag {tag} is not one of this driver&apos;s tags</source>
        <translation>แท็ก {tag} ไม่ใช่แท็กของผู้ขับขี่คนนี้</translation>
    </message>
    <message>
        <source>the driver has no accepted tag to present at the charger</source>
        <translation>ผู้ขับขี่ไม่มีแท็กที่ใช้ได้สำหรับแตะที่เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation>อยู่ระหว่างซ่อมบำรุง</translation>
    </message>
    <message>
        <source>the driver is blocked</source>
        <translation>ผู้ขับขี่ถูกระงับ</translation>
    </message>
    <message>
        <source>the driver is expired</source>
        <translation>ผู้ขับขี่หมดอายุ</translation>
    </message>
    <message>
        <source>the reservation is already completed</source>
        <translation>การจองเสร็จสิ้นแล้ว</translation>
    </message>
    <message>
        <source>the reservation is already canceled</source>
        <translation>การจองถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>the reservation is already expired</source>
        <translation>การจองหมดเวลาแล้ว</translation>
    </message>
    <message>
        <source>{charger} is {state}</source>
        <translation>{charger} {state}</translation>
    </message>
    <message>
        <source>{charger} connector {number} is {state}</source>
        <translation>{charger} หัวชาร์จ {number} {state}</translation>
    </message>
    <message>
        <source>the whole charger</source>
        <translation>ทั้งเครื่องชาร์จ</translation>
    </message>
    <message>
        <source>overlaps {driver}&apos;s reservation of {where} on {charger}, {start} to {end}</source>
        <translation>ทับซ้อนกับการจองของ {driver} ที่{where} บน {charger} {start} ถึง {end}</translation>
    </message>
    <message>
        <source>this reservation does not exist any more</source>
        <translation>การจองนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>the reservation is already {state}</source>
        <translation>การจอง{state}</translation>
    </message>
    <message>
        <source>{charger} holds this reservation already: cancel it and book again</source>
        <translation>{charger} ถือการจองนี้อยู่แล้ว: ยกเลิกแล้วจองใหม่</translation>
    </message>
    <message>
        <source>integrity_check failed: {result}</source>
        <translation>integrity_check ไม่ผ่าน: {result}</translation>
    </message>
    <message>
        <source>not a CSMS Desktop database (no {tables})</source>
        <translation>ไม่ใช่ฐานข้อมูล CSMS Desktop (ไม่มี {tables})</translation>
    </message>
    <message>
        <source>made by a newer version of CSMS Desktop (schema {version}; this program knows up to {latest}): upgrade first</source>
        <translation>สร้างโดย CSMS Desktop รุ่นใหม่กว่า (schema {version} โปรแกรมนี้รู้จักถึง {latest}): อัปเกรดก่อน</translation>
    </message>
    <message>
        <source>no manifest beside it (not compared)</source>
        <translation>ไม่มีไฟล์ manifest คู่กัน (ไม่ได้เปรียบเทียบ)</translation>
    </message>
    <message>
        <source>the file changed since the backup was made (its SHA-256 differs from the manifest&apos;s)</source>
        <translation>ไฟล์ถูกเปลี่ยนหลังจากสำรองข้อมูล (SHA-256 ไม่ตรงกับใน manifest)</translation>
    </message>
    <message>
        <source>its row counts differ from the manifest&apos;s</source>
        <translation>จำนวนแถวไม่ตรงกับใน manifest</translation>
    </message>
    <message>
        <source>SHA-256 and row counts match its manifest</source>
        <translation>SHA-256 และจำนวนแถวตรงกับ manifest</translation>
    </message>
    <message>
        <source>the current database cannot be copied cleanly ({error}); keeping its files as they are</source>
        <translation>คัดลอกฐานข้อมูลปัจจุบันให้สมบูรณ์ไม่ได้ ({error}) จึงเก็บไฟล์ไว้ตามเดิม</translation>
    </message>
    <message>
        <source>that file is the database itself</source>
        <translation>ไฟล์นั้นคือฐานข้อมูลที่ใช้อยู่เอง</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>กำลังตรวจสอบ {file}</translation>
    </message>
    <message>
        <source>keeping a safety copy of the current database</source>
        <translation>กำลังเก็บสำเนาความปลอดภัยของฐานข้อมูลปัจจุบัน</translation>
    </message>
    <message>
        <source>restoring into {target}</source>
        <translation>กำลังกู้คืนไปที่ {target}</translation>
    </message>
    <message>
        <source>enter an address, e.g. 0.0.0.0 for every interface</source>
        <translation>กรอกที่อยู่ เช่น 0.0.0.0 สำหรับทุกอินเทอร์เฟซ</translation>
    </message>
    <message>
        <source>an IP address (0.0.0.0, ::) or a host name</source>
        <translation>ที่อยู่ IP (0.0.0.0, ::) หรือชื่อโฮสต์</translation>
    </message>
    <message>
        <source>enter the site&apos;s name</source>
        <translation>กรอกชื่อสถานี</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535</source>
        <translation>พอร์ตต้องอยู่ระหว่าง 1 ถึง 65535</translation>
    </message>
    <message>
        <source>heartbeat interval must be 10 s to 24 h</source>
        <translation>ช่วง Heartbeat ต้องอยู่ระหว่าง 10 วินาทีถึง 24 ชั่วโมง</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>ไม่รู้จักเขตเวลา {zone}</translation>
    </message>
    <message>
        <source>choose reject, pending or accept</source>
        <translation>เลือก reject, pending หรือ accept</translation>
    </message>
    <message>
        <source>security profile 0, 1, 2 or 3</source>
        <translation>โปรไฟล์ความปลอดภัย 0, 1, 2 หรือ 3</translation>
    </message>
    <message>
        <source>security profile {profile} needs wss://: switch tls_enabled on first</source>
        <translation>โปรไฟล์ความปลอดภัย {profile} ต้องใช้ wss://: เปิด tls_enabled ก่อน</translation>
    </message>
    <message>
        <source>switch on ws://, wss:// or both</source>
        <translation>เปิด ws://, wss:// หรือทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>{name} is not a host name or an address</source>
        <translation>{name} ไม่ใช่ชื่อโฮสต์หรือที่อยู่</translation>
    </message>
    <message>
        <source>give both the certificate and its key, or neither</source>
        <translation>ระบุทั้งใบรับรองและคีย์ หรือไม่ระบุทั้งคู่</translation>
    </message>
    <message>
        <source>keep the log at least one day</source>
        <translation>เก็บบันทึกไว้อย่างน้อยหนึ่งวัน</translation>
    </message>
    <message>
        <source>a three-letter ISO 4217 code, like THB or BRL</source>
        <translation>รหัส ISO 4217 สามตัวอักษร เช่น THB หรือ BRL</translation>
    </message>
    <message>
        <source>day 1 to 28</source>
        <translation>วันที่ 1 ถึง 28</translation>
    </message>
    <message>
        <source>1 to 1000 connectors</source>
        <translation>1 ถึง 1000 หัวชาร์จ</translation>
    </message>
    <message>
        <source>at least one transaction per tag</source>
        <translation>อย่างน้อยหนึ่งรายการชาร์จต่อแท็ก</translation>
    </message>
    <message>
        <source>10 s to 1 h</source>
        <translation>10 วินาทีถึง 1 ชั่วโมง</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>ศูนย์หรือมากกว่า</translation>
    </message>
    <message>
        <source>0 (off) or 10 s to 24 h</source>
        <translation>0 (ปิด) หรือ 10 วินาทีถึง 24 ชั่วโมง</translation>
    </message>
    <message>
        <source>a site name has at most 100 characters</source>
        <translation>ชื่อสถานียาวได้ไม่เกิน 100 ตัวอักษร</translation>
    </message>
    <message>
        <source>choose the system&apos;s language, en, th or pt_BR</source>
        <translation>เลือกภาษาของระบบ en, th หรือ pt_BR</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>ไม่มีไฟล์: {path}</translation>
    </message>
    <message>
        <source>give both the certificate and its private key</source>
        <translation>ระบุทั้งใบรับรองและคีย์ส่วนตัว</translation>
    </message>
    <message>
        <source>the e-mail address is too long (200 characters at most)</source>
        <translation>อีเมลยาวเกินไป (ไม่เกิน 200 ตัวอักษร)</translation>
    </message>
    <message>
        <source>{text} is not an e-mail address (name@example.com)</source>
        <translation>{text} ไม่ใช่อีเมล (name@example.com)</translation>
    </message>
    <message>
        <source>{charger} did not answer {action} in {seconds} s</source>
        <translation>{charger} ไม่ตอบ {action} ภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>could not allocate an invoice number (another run is issuing?)</source>
        <translation>จองเลขที่ใบแจ้งหนี้ไม่ได้ (มีการออกใบแจ้งหนี้อื่นอยู่หรือไม่?)</translation>
    </message>
    <message>
        <source>an invoice run is already in progress</source>
        <translation>กำลังออกใบแจ้งหนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>no invoice {id}</source>
        <translation>ไม่มีใบแจ้งหนี้ {id}</translation>
    </message>
    <message>
        <source>invoice {number} is {status}, only an ISSUED one can be corrected</source>
        <translation>ใบแจ้งหนี้ {number} มีสถานะ {status} แก้ไขได้เฉพาะใบที่ออกแล้ว (ISSUED)</translation>
    </message>
    <message>
        <source>an invoice run is in progress; try again when it ends</source>
        <translation>กำลังออกใบแจ้งหนี้อยู่ ลองใหม่เมื่อเสร็จแล้ว</translation>
    </message>
    <message>
        <source>invoice {number} is already paid</source>
        <translation>ใบแจ้งหนี้ {number} ชำระแล้ว</translation>
    </message>
    <message>
        <source>invoice {number} is {status}</source>
        <translation>ใบแจ้งหนี้ {number} มีสถานะ {status}</translation>
    </message>
    <message>
        <source>invoice {number} is not paid</source>
        <translation>ใบแจ้งหนี้ {number} ยังไม่ได้ชำระ</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>ต้องระบุชื่อ</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>ไม่เกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>power</source>
        <translation>กำลังไฟ</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>power must be more than 0 and at most {high} kW</source>
        <translation>กำลังไฟต้องมากกว่า 0 และไม่เกิน {high} kW</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what} ต้องอยู่ระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>ระบุทั้งละติจูดและลองจิจูด หรือไม่ระบุทั้งคู่</translation>
    </message>
    <message>
        <source>unknown connector type {type}</source>
        <translation>ไม่รู้จักประเภทหัวชาร์จ {type}</translation>
    </message>
    <message>
        <source>month must be YYYY-MM (for example 2024-10), got {text}</source>
        <translation>เดือนต้องอยู่ในรูป YYYY-MM (เช่น 2024-10) แต่ได้ {text}</translation>
    </message>
    <message>
        <source>sessions in several currencies ({currencies}): one invoice has one currency</source>
        <translation>การชาร์จมีหลายสกุลเงิน ({currencies}): ใบแจ้งหนี้หนึ่งใบมีได้สกุลเงินเดียว</translation>
    </message>
    <message>
        <source>node {node} did not answer within {seconds} s</source>
        <translation>โหนด {node} ไม่ตอบภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>Sit&amp;e:</source>
        <translation>สถานี (&amp;E):</translation>
    </message>
    <message>
        <source>The site (depot) every page shows</source>
        <translation>สถานีที่ทุกหน้าแสดง</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>ทุกสถานี</translation>
    </message>
    <message>
        <source>there is no site {site}</source>
        <translation>ไม่มีสถานี {site}</translation>
    </message>
    <message>
        <source>there is no charge point {id}</source>
        <translation>ไม่มีเครื่องชาร์จ {id}</translation>
    </message>
    <message>
        <source>Above a value</source>
        <translation>สูงกว่าค่าที่กำหนด</translation>
    </message>
    <message>
        <source>Below a value</source>
        <translation>ต่ำกว่าค่าที่กำหนด</translation>
    </message>
    <message>
        <source>Changes by more than</source>
        <translation>เปลี่ยนแปลงมากกว่า</translation>
    </message>
    <message>
        <source>Every (seconds)</source>
        <translation>ทุก ๆ (วินาที)</translation>
    </message>
    <message>
        <source>Every (seconds, on the clock)</source>
        <translation>ทุก ๆ (วินาที ตรงตามนาฬิกา)</translation>
    </message>
    <message>
        <source>Danger</source>
        <extracomment>OCPP 2.0.1 severity levels (part 2, 2.1.3.1)</extracomment>
        <translation>อันตราย</translation>
    </message>
    <message>
        <source>Hardware failure</source>
        <translation>ฮาร์ดแวร์ขัดข้อง</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>ระบบขัดข้อง</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>เตือนภัย</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>ข้อมูลทั่วไป</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>ดีบัก</translation>
    </message>
    <message>
        <source>The default (alerts and problems notify)</source>
        <translation>ค่าเริ่มต้น (แจ้งเตือนเมื่อเป็นระดับเตือนภัยหรือปัญหา)</translation>
    </message>
    <message>
        <source>A notification</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Only a log line</source>
        <translation>บันทึกในล็อกเท่านั้น</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>ตัวเฝ้าระวังทั้งหมด</translation>
    </message>
    <message>
        <source>Factory default (custom monitors removed)</source>
        <translation>ค่าจากโรงงาน (ลบตัวเฝ้าระวังที่เพิ่มเอง)</translation>
    </message>
    <message>
        <source>Hard-wired only</source>
        <translation>เฉพาะที่ติดมากับเครื่อง</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>ตัวแปร</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ระดับความรุนแรง</translation>
    </message>
    <message>
        <source>In a transaction only</source>
        <translation>เฉพาะระหว่างรายการชาร์จ</translation>
    </message>
    <message>
        <source>Its event raises</source>
        <translation>เหตุการณ์ทำให้เกิด</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>การเฝ้าระวัง</translation>
    </message>
    <message>
        <source>New monitor</source>
        <translation>ตัวเฝ้าระวังใหม่</translation>
    </message>
    <message>
        <source>e.g. EVSE, ChargingStation, OCPPCommCtrlr</source>
        <translation>เช่น EVSE, ChargingStation, OCPPCommCtrlr</translation>
    </message>
    <message>
        <source>e.g. Power, AvailabilityState</source>
        <translation>เช่น Power, AvailabilityState</translation>
    </message>
    <message>
        <source>the whole station</source>
        <translation>ทั้งสถานี</translation>
    </message>
    <message>
        <source>Only &amp;during a transaction</source>
        <translation>เฉพาะระหว่างรายการชาร์จ (&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;omponent</source>
        <translation>ส่วนประกอบ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Variable</source>
        <translation>ตัวแปร (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;EVSE</source>
        <translation>EVSE (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ประเภท (&amp;T)</translation>
    </message>
    <message>
        <source>Val&amp;ue</source>
        <translation>ค่า (&amp;U)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>ระดับความรุนแรง (&amp;V)</translation>
    </message>
    <message>
        <source>Its event &amp;raises</source>
        <translation>เหตุการณ์ทำให้เกิด (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add to the checked stations</source>
        <translation>เพิ่มในสถานีที่เลือก (&amp;A)</translation>
    </message>
    <message>
        <source>Monitoring on the checked stations</source>
        <translation>การเฝ้าระวังบนสถานีที่เลือก</translation>
    </message>
    <message>
        <source>Set &amp;base</source>
        <translation>ตั้งฐาน (&amp;B)</translation>
    </message>
    <message>
        <source>Set &amp;level</source>
        <translation>ตั้งระดับ (&amp;L)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>ฐานการเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Report events up to</source>
        <translation>รายงานเหตุการณ์ถึงระดับ</translation>
    </message>
    <message>
        <source>Monitors on the checked stations</source>
        <translation>ตัวเฝ้าระวังบนสถานีที่เลือก</translation>
    </message>
    <message>
        <source>As&amp;k the stations</source>
        <translation>ถามสถานี (&amp;K)</translation>
    </message>
    <message>
        <source>Read back the monitors of each checked station</source>
        <translation>อ่านตัวเฝ้าระวังของแต่ละสถานีที่เลือก</translation>
    </message>
    <message>
        <source>Apply to selected</source>
        <translation>ใช้กับที่เลือก</translation>
    </message>
    <message>
        <source>What an event of the selected monitors raises here</source>
        <translation>สิ่งที่เหตุการณ์ของตัวเฝ้าระวังที่เลือกทำให้เกิดขึ้นที่นี่</translation>
    </message>
    <message>
        <source>Their event raises</source>
        <translation>เหตุการณ์ทำให้เกิด</translation>
    </message>
    <message>
        <source>Name the component</source>
        <translation>ระบุส่วนประกอบ</translation>
    </message>
    <message>
        <source>Name the variable</source>
        <translation>ระบุตัวแปร</translation>
    </message>
    <message>
        <source>The value must be more than 0 for this type</source>
        <translation>ประเภทนี้ต้องมีค่ามากกว่า 0</translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation>เพิ่มตัวเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Read the monitors</source>
        <translation>อ่านตัวเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Select the monitors first</source>
        <translation>เลือกตัวเฝ้าระวังก่อน</translation>
    </message>
    <message>
        <source>Clear monitors</source>
        <translation>ลบตัวเฝ้าระวัง</translation>
    </message>
    <message>
        <source>{n} monitor(s): their event raises {what}</source>
        <translation>ตัวเฝ้าระวัง {n} รายการ: เหตุการณ์ทำให้เกิด {what}</translation>
    </message>
    <message>
        <source>Set the monitoring base</source>
        <translation>ตั้งฐานการเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Set the monitoring level</source>
        <translation>ตั้งระดับการเฝ้าระวัง</translation>
    </message>
    <message>
        <source>EVSEs</source>
        <translation>EVSE</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <source>default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>driver&apos;s</source>
        <translation>ของผู้ขับขี่</translation>
    </message>
    <message>
        <source>Station&apos;s price</source>
        <translation>ราคาของสถานี</translation>
    </message>
    <message>
        <source>Our price</source>
        <translation>ราคาของเรา</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <source>Station&apos;s tariff</source>
        <translation>อัตราค่าบริการของสถานี</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>ตรวจเมื่อ</translation>
    </message>
    <message>
        <source>Station prices (OCPP 2.1)</source>
        <translation>ราคาของสถานี (OCPP 2.1)</translation>
    </message>
    <message>
        <source>Tariffs on the stations (OCPP 2.1)</source>
        <translation>อัตราค่าบริการบนสถานี (OCPP 2.1)</translation>
    </message>
    <message>
        <source>&amp;Stations (OCPP 2.1)</source>
        <translation>สถานี (&amp;S) (OCPP 2.1)</translation>
    </message>
    <message>
        <source>Tariffs the checked stations hold</source>
        <translation>อัตราค่าบริการที่สถานีที่เลือกมีอยู่</translation>
    </message>
    <message>
        <source>Se&amp;nd the site&apos;s default tariff</source>
        <translation>ส่งอัตราค่าบริการเริ่มต้นของไซต์ (&amp;N)</translation>
    </message>
    <message>
        <source>SetDefaultTariff on every EVSE, from the tariff in force on the Billing page</source>
        <translation>SetDefaultTariff ทุก EVSE ตามอัตราค่าบริการที่มีผลอยู่ในหน้าการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>GetTariffs: which tariffs each checked station holds</source>
        <translation>GetTariffs: แต่ละสถานีที่เลือกมีอัตราค่าบริการใดอยู่</translation>
    </message>
    <message>
        <source>The stations&apos; prices beside ours, per transaction</source>
        <translation>ราคาของสถานีเทียบกับราคาของเรา แยกตามรายการชาร์จ</translation>
    </message>
    <message>
        <source>&amp;Only the prices that differ</source>
        <translation>เฉพาะราคาที่ไม่ตรงกัน (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>could not price it</source>
        <translation>คิดราคาไม่ได้</translation>
    </message>
    <message>
        <source>{amount} excl. tax</source>
        <translation>{amount} ไม่รวมภาษี</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>ไม่ได้เปรียบเทียบ</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>ตรงกัน</translation>
    </message>
    <message>
        <source>{n} of {total} differ</source>
        <translation>ไม่ตรงกัน {n} จาก {total}</translation>
    </message>
    <message>
        <source>Send the default tariff</source>
        <translation>ส่งอัตราค่าบริการเริ่มต้น</translation>
    </message>
    <message>
        <source>Ask for the tariffs</source>
        <translation>ขอรายการอัตราค่าบริการ</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Change password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>รหัสผ่านปัจจุบัน (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>รหัสผ่านใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChargerForm</name>
    <message>
        <source>Charge point</source>
        <translation>เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>shown everywhere instead of the identity</source>
        <translation>แสดงแทนรหัสเครื่องในทุกหน้า</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่งที่ตั้ง</translation>
    </message>
    <message>
        <source>street, parking level, bay…</source>
        <translation>ถนน ชั้นจอดรถ ช่องจอด…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. 13.7563</source>
        <translation>-90 ถึง 90 เช่น 13.7563</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. 100.5018</source>
        <translation>-180 ถึง 180 เช่น 100.5018</translation>
    </message>
    <message>
        <source>Max power (kW)</source>
        <translation>กำลังไฟสูงสุด (kW)</translation>
    </message>
    <message>
        <source>e.g. 22</source>
        <translation>เช่น 22</translation>
    </message>
    <message>
        <source>Tolerant validation (accept small schema deviations of quirky firmware)</source>
        <translation>ตรวจสอบแบบผ่อนปรน (ยอมรับข้อความที่ผิดรูปแบบเล็กน้อยจากเฟิร์มแวร์บางรุ่น)</translation>
    </message>
    <message>
        <source>Connector types</source>
        <translation>ประเภทหัวชาร์จ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>HTTP Basic authentication (security profile 1)</source>
        <translation>การยืนยันตัวตนแบบ HTTP Basic (Security Profile 1)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>ตั้งรหัสผ่าน</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>ลบรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>ถนน</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Complement</source>
        <translation>รายละเอียดเพิ่มเติม</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>แขวง/ตำบล</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <source>BR: 71909-000 · TH: 10110</source>
        <translation>TH: 10110 · BR: 71909-000</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง/อำเภอ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>จังหวัด/รัฐ</translation>
    </message>
    <message>
        <source>BR: the UF, e.g. DF</source>
        <translation>BR: ตัวย่อรัฐ เช่น DF</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>เลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>BR: CPF or CNPJ, with or without dots</source>
        <translation>BR: CPF หรือ CNPJ มีหรือไม่มีจุดก็ได้</translation>
    </message>
    <message>
        <source>State registration</source>
        <translation>เลขทะเบียนรัฐ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>เลขที่ลูกค้า</translation>
    </message>
    <message>
        <source>empty: next free</source>
        <translation>ว่างไว้: ใช้เลขถัดไปที่ว่าง</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>ภาษาของใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>เพิ่มลูกค้า</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>ผู้ขับขี่</translation>
    </message>
</context>
<context>
    <name>DriverForm</name>
    <message>
        <source>New driver</source>
        <translation>ผู้ขับขี่ใหม่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>as people type it: 081 234 5678</source>
        <translation>พิมพ์แบบที่คนทั่วไปพิมพ์: 081 234 5678</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Client (company)</source>
        <translation>ลูกค้า (บริษัท)</translation>
    </message>
    <message>
        <source>Register driver</source>
        <translation>ลงทะเบียนผู้ขับขี่</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Only a driver without transactions; block the others</source>
        <translation>ลบได้เฉพาะผู้ขับขี่ที่ไม่มีรายการชาร์จ สำหรับคนอื่นให้ใช้การระงับ</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;No operator account exists yet. Create the &lt;b&gt;administrator&lt;/b&gt; account; the administrator can then add attendants and managers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ยินดีต้อนรับ&lt;/h2&gt;&lt;p&gt;ยังไม่มีบัญชีผู้ปฏิบัติงาน สร้างบัญชี&lt;b&gt;ผู้ดูแลระบบ&lt;/b&gt;ก่อน จากนั้นผู้ดูแลระบบจึงเพิ่มพนักงานและผู้จัดการได้&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>ชื่อผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>เช่น admin</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>ชื่อ-นามสกุล (&amp;N)</translation>
    </message>
    <message>
        <source>Full name (optional)</source>
        <translation>ชื่อ-นามสกุล (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>รหัสผ่านอีกครั้ง (&amp;A)</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>สร้างผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Username</source>
        <translation>ชื่อผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
</context>
<context>
    <name>ReservationForm</name>
    <message>
        <source>New reservation</source>
        <translation>การจองใหม่</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ผู้ขับขี่</translation>
    </message>
    <message>
        <source>Charge point</source>
        <translation>เครื่องชาร์จ</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>หัวชาร์จ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Create reservation</source>
        <translation>สร้างการจอง</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;การตั้งค่า&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Site &amp;name</source>
        <translation>ชื่อสถานี (&amp;N)</translation>
    </message>
    <message>
        <source>Le&amp;gal name</source>
        <translation>ชื่อนิติบุคคล (&amp;G)</translation>
    </message>
    <message>
        <source>as registered; printed on invoices</source>
        <translation>ตามที่จดทะเบียน พิมพ์บนใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ที่อยู่ (&amp;A)</translation>
    </message>
    <message>
        <source>street; city; postal code (&apos;;&apos; starts a line)</source>
        <translation>ถนน; เมือง; รหัสไปรษณีย์ (&apos;;&apos; ขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <source>Ta&amp;x id</source>
        <translation>เลขประจำตัวผู้เสียภาษี (&amp;X)</translation>
    </message>
    <message>
        <source>CNPJ (BR) or the 13-digit tax id (TH)</source>
        <translation>เลขประจำตัวผู้เสียภาษี 13 หลัก (TH) หรือ CNPJ (BR)</translation>
    </message>
    <message>
        <source>&amp;Installation number</source>
        <translation>หมายเลขการติดตั้ง (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>เขตเวลา (&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>สกุลเงิน (&amp;U)</translation>
    </message>
    <message>
        <source>Site &amp;capacity</source>
        <translation>กำลังไฟรวมของสถานี (&amp;C)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ไม่ได้ตั้ง</translation>
    </message>
    <message>
        <source>OCPP server</source>
        <translation>เซิร์ฟเวอร์ OCPP</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>โฮสต์ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>พอร์ต (&amp;P)</translation>
    </message>
    <message>
        <source>H&amp;eartbeat interval</source>
        <translation>ช่วงเวลา Heartbeat (&amp;E)</translation>
    </message>
    <message>
        <source>Un&amp;known chargers</source>
        <translation>เครื่องชาร์จที่ไม่รู้จัก (&amp;K)</translation>
    </message>
    <message>
        <source>Securit&amp;y profile</source>
        <translation>Security Profile (&amp;Y)</translation>
    </message>
    <message>
        <source>Keep &amp;message log</source>
        <translation>เก็บบันทึกข้อความ (&amp;M)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>&amp;Free charging</source>
        <translation>ชาร์จฟรี (&amp;F)</translation>
    </message>
    <message>
        <source>Anyone may charge, no tag check</source>
        <translation>ทุกคนชาร์จได้ ไม่ตรวจบัตร</translation>
    </message>
    <message>
        <source>Host and port changes apply at the next start of CSMS Desktop.</source>
        <translation>การเปลี่ยนโฮสต์และพอร์ตจะมีผลเมื่อเปิด CSMS Desktop ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>การดำเนินงาน</translation>
    </message>
    <message>
        <source>&amp;Lock when idle</source>
        <translation>ล็อกเมื่อไม่มีการใช้งาน (&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <source>Invoice &amp;due</source>
        <translation>กำหนดชำระใบแจ้งหนี้ (&amp;D)</translation>
    </message>
    <message>
        <source>day </source>
        <translation>วันที่ </translation>
    </message>
    <message>
        <source>Inte&amp;rface language</source>
        <translation>ภาษาของหน้าจอ (&amp;R)</translation>
    </message>
    <message>
        <source>The interface language applies at the next start of CSMS Desktop.</source>
        <translation>ภาษาของหน้าจอจะมีผลเมื่อเปิด CSMS Desktop ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Revert (Esc)</source>
        <translation>ย้อนกลับ (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>บันทึก (Enter)</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Tag</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>the card&apos;s number</source>
        <translation>หมายเลขบัตร</translation>
    </message>
    <message>
        <source>Register the next presented card</source>
        <translation>ลงทะเบียนบัตรใบถัดไปที่แตะ</translation>
    </message>
    <message>
        <source>Present the new card at any charger: it is refused there (unknown) and its number is filled in here.</source>
        <translation>แตะบัตรใหม่ที่เครื่องชาร์จเครื่องใดก็ได้: เครื่องจะปฏิเสธบัตร (ไม่รู้จัก) และหมายเลขบัตรจะถูกกรอกที่นี่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>มีวันหมดอายุ</translation>
    </message>
    <message>
        <source>Group (parent)</source>
        <translation>กลุ่ม (บัตรหลัก)</translation>
    </message>
    <message>
        <source>group tag (optional)</source>
        <translation>บัตรกลุ่ม (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Allowed chargers</source>
        <translation>เครื่องชาร์จที่อนุญาต</translation>
    </message>
    <message>
        <source>every charger (or: CP001, CP002)</source>
        <translation>ทุกเครื่อง (หรือ: CP001, CP002)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>เพิ่มบัตร</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบออก</translation>
    </message>
</context>
<context>
    <name>TariffForm</name>
    <message>
        <source>New tariff</source>
        <translation>อัตราค่าบริการใหม่</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>ใช้กับ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>e.g. Site 2025</source>
        <translation>เช่น สถานี 2025</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>ราคาต่อ kWh</translation>
    </message>
    <message>
        <source>outside the windows</source>
        <translation>นอกช่วงเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>Time windows</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>ราคา/kWh</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>เพิ่มช่วงเวลา</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>ลบช่วงเวลา</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>ค่าบริการต่อครั้ง</translation>
    </message>
    <message>
        <source>Idle fee per minute</source>
        <translation>ค่าจอดแช่ต่อนาที</translation>
    </message>
    <message>
        <source>Idle grace (minutes)</source>
        <translation>ระยะผ่อนผันการจอดแช่ (นาที)</translation>
    </message>
    <message>
        <source>Tax (%)</source>
        <translation>ภาษี (%)</translation>
    </message>
    <message>
        <source>percent, e.g. 7</source>
        <translation>เปอร์เซ็นต์ เช่น 7</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>ราคารวมภาษีแล้ว</translation>
    </message>
    <message>
        <source>Effective from (site time)</source>
        <translation>มีผลตั้งแต่ (เวลาสถานี)</translation>
    </message>
    <message>
        <source>Add tariff</source>
        <translation>เพิ่มอัตราค่าบริการ</translation>
    </message>
    <message>
        <source>Change from date</source>
        <translation>เปลี่ยนตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>A new tariff for the same client (or the site) from the date above; the selected one keeps its past prices.</source>
        <translation>อัตราค่าบริการใหม่สำหรับลูกค้าเดิม (หรือสถานี) ตั้งแต่วันที่ด้านบน อัตราที่เลือกยังคงราคาในอดีตไว้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Only a tariff that priced no session</source>
        <translation>ลบได้เฉพาะอัตราที่ยังไม่เคยใช้คิดค่าชาร์จ</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Licence plate</source>
        <translation>ทะเบียนรถ</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>ยี่ห้อ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>เพิ่มรถ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบออก</translation>
    </message>
</context>
</TS>
