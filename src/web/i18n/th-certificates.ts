// Thai text of the public certificate verification page (/verify/<code>), opened by scanning the QR
// code on a printed เกียรติบัตร, usually on a phone and without an account.
export const thCertificates = {
  verify: {
    title: 'ตรวจสอบเกียรติบัตร',
    intro: 'ตรวจสอบว่าเกียรติบัตรเป็นฉบับที่ออกจริงและยังไม่ถูกยกเลิก โดยสแกนคิวอาร์โค้ดบนเกียรติบัตร หรือกรอกรหัสตรวจสอบด้านล่าง',
    codeLabel: 'รหัสตรวจสอบ',
    codeHint: 'ตัวอักษรภาษาอังกฤษและตัวเลข 12 ตัวที่พิมพ์อยู่ใต้คิวอาร์โค้ด',
    codeInvalid: 'รหัสตรวจสอบไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง',
    check: 'ตรวจสอบ',
    checking: 'กำลังตรวจสอบเกียรติบัตร…',
    validTitle: 'เกียรติบัตรถูกต้อง',
    validText: (issuer: string) => `เกียรติบัตรฉบับนี้ออกโดย${issuer} ตรวจสอบแล้วถูกต้อง`,
    revokedTitle: 'เกียรติบัตรฉบับนี้ถูกยกเลิกแล้ว',
    revokedText: (issuer: string, on: string) => `${issuer} ได้ยกเลิกเกียรติบัตรฉบับนี้เมื่อวันที่ ${on} จึงไม่สามารถใช้อ้างอิงได้`,
    unknownTitle: 'ไม่พบเกียรติบัตร',
    unknownText: 'ไม่พบเกียรติบัตรตามรหัสนี้ในระบบ กรุณาตรวจสอบรหัสที่พิมพ์บนเกียรติบัตรอีกครั้ง',
    recipient: 'ผู้ได้รับ',
    honour: 'เกียรติที่ได้รับ',
    event: 'โครงการ',
    issuer: 'ออกโดย',
    signer: 'ผู้ลงนาม',
    issuedOn: 'ให้ไว้ ณ วันที่',
    code: 'รหัสตรวจสอบ',
    another: 'ตรวจสอบเกียรติบัตรฉบับอื่น',
    footer: 'ระบบสารสนเทศกรมการพัฒนาชุมชน',
  },
};
