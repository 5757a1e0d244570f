// How an org unit is named in running Thai text: its kind's word before the name
// ("จังหวัดลำปาง", "อำเภอเมืองลำปาง"); the department and work groups already carry full names.
const KIND_WORD: Record<string, string> = { province: 'จังหวัด', district: 'อำเภอ', subdistrict: 'ตำบล' };

export function areaName(kind: string, nameTh: string): string {
  const word = KIND_WORD[kind];
  return word && !nameTh.startsWith(word) ? `${word}${nameTh}` : nameTh;
}
