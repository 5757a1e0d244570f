// Thai digits (๐–๙, U+0E50–U+0E59) sit in one contiguous block, so conversion is a fixed code-point
// offset. Parsers call fromThaiDigits first so users may type either script.

const THAI_ZERO = 0x0e50;
const ASCII_ZERO = 0x30;

export function toThaiDigits(s: string | number): string {
  return String(s).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - ASCII_ZERO + THAI_ZERO));
}

export function fromThaiDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ASCII_ZERO));
}
