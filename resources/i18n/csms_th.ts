<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name></name>
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
        <translation>ยังไม่มีหัวชาร์จรายงานเข้ามา</translation>
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
        <source>Active</source>
        <translation>ใช้งาน</translation>
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
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
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
        <source>Drivers</source>
        <translation>ผู้ขับขี่</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>รถ</translation>
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
        <source>Tags</source>
        <translation>บัตร</translation>
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
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
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
        <source>any</source>
        <translation>หัวใดก็ได้</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
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
        <source>Id</source>
        <translation>รหัส</translation>
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
        <source>Reservations</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Charging profiles</source>
        <translation>โปรไฟล์การชาร์จ</translation>
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
</context>
<context>
    <name>ApiTokensSection</name>
    <message>
        <source>Automation API tokens (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation>จังหวัด/รัฐ</translation>
    </message>
    <message>
        <source>New &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API listens on {url}/api/v1 — reference: {url}/openapi.json, guide: docs/api.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is off in this session (--no-api, or its port was taken); tokens still work elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke {name}? Whatever uses it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {name} revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each of the last days, weeks and months is kept, and every backup of the last 24 hours; a backup is also made before every database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site time ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backups: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No backup in {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup: {0} ({1:.0f} h ago), {2}, {3}. {4} backups, {5} in {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: {0} ({1}, {2:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation type="unfinished"></translation>
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
    <name>NewTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who uses it, e.g. home-assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token now: it is shown only once (only its hash is kept). Send it as “Authorization: Bearer …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It is shown only once.</source>
        <translation type="unfinished"></translation>
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
