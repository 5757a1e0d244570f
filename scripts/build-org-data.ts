// Regenerates src/db/seed/thai-admin-units.json from the npm package `thai-address-universal` 2.2.0
// (ISC licence; data derived from thai-address-database): provinces, districts and subdistricts with
// Thai and romanised names and interior-ministry geocodes. Run: npx tsx scripts/build-org-data.ts
//
// The hierarchy is taken from the package's rows by name (province → district → subdistrict). Its
// geocode overlay has known defects, repaired here and counted in the output:
// - บึงกาฬ (created 2011) carries the provisional province code 97 and no district codes: the
//   province is 38 and its districts 3801–3808 in the interior ministry's order;
// - two districts share a code with their parent district (กัลยาณิวัฒนา, น้ำปาด): given their own;
// - a subdistrict whose code is missing, duplicated or not under its district's code keeps no
//   official code: its id becomes '<district code>-<n>' (n by Thai name order), never a made-up geocode.
import { writeFileSync } from 'node:fs';
import {
  getDatabase,
  getDistricts,
  getProvinces,
  getSubDistricts,
  searchAddressByProvince,
} from 'thai-address-universal';

type Row = [code: string, nameTh: string, nameEn: string];

const PROVINCE_FIX: Record<string, string> = { '97': '38' };
const DISTRICT_FIX: Record<string, string> = {
  'บึงกาฬ/เมืองบึงกาฬ': '3801',
  'บึงกาฬ/เซกา': '3802',
  'บึงกาฬ/โซ่พิสัย': '3803',
  'บึงกาฬ/พรเจริญ': '3804',
  'บึงกาฬ/ศรีวิไล': '3805',
  'บึงกาฬ/บึงโขงหลง': '3806',
  'บึงกาฬ/ปากคาด': '3807',
  'บึงกาฬ/บุ่งคล้า': '3808',
  'เชียงใหม่/กัลยาณิวัฒนา': '5025',
  'อุตรดิตถ์/น้ำปาด': '5304',
};

// Codes and English names come from the structured API; the hierarchy from the rows, by name.
const provinceInfo = new Map<string, { code: string; en: string }>();
const districtInfo = new Map<string, { code: string; en: string }>();
const subCodes = new Map<string, Map<string, string>>(); // district code → subdistrict name → code
const subEn = new Map<string, string>(); // subdistrict code → romanised name
for (const p of await getProvinces()) {
  provinceInfo.set(p.nameTh, { code: PROVINCE_FIX[p.code] ?? p.code, en: p.nameEn });
  for (const d of await getDistricts(p.code)) {
    districtInfo.set(`${p.nameTh}/${d.nameTh}`, {
      code: DISTRICT_FIX[`${p.nameTh}/${d.nameTh}`] ?? d.code,
      en: d.nameEn,
    });
    if (d.code && !subCodes.has(d.code)) {
      const byName = new Map<string, string>();
      for (const s of await getSubDistricts(d.code)) {
        subEn.set(s.code, s.nameEn);
        byName.set(s.nameTh, byName.has(s.nameTh) && byName.get(s.nameTh) !== s.code ? '' : s.code);
      }
      subCodes.set(d.code, byName);
    }
  }
}
await searchAddressByProvince('ลำปาง', 1); // loads the Thai rows
const rows = getDatabase();

const tree = new Map<string, Map<string, Set<string>>>();
for (const r of rows) {
  const p = tree.get(r.province) ?? new Map<string, Set<string>>();
  tree.set(r.province, p);
  const d = p.get(r.district) ?? new Set<string>();
  p.set(r.district, d);
  d.add(r.sub_district);
}
const rawSubCode = (pTh: string, dTh: string, sTh: string) => {
  const d = districtInfo.get(`${pTh}/${dTh}`);
  const apiCode = d && [...Object.entries(DISTRICT_FIX)].some(([k]) => k === `${pTh}/${dTh}`) ? undefined : d?.code;
  return (apiCode && subCodes.get(apiCode)?.get(sTh)) || '';
};
const subCodeUse = new Map<string, number>();
for (const [pTh, p] of tree)
  for (const [dTh, d] of p)
    for (const sTh of d) {
      const c = rawSubCode(pTh, dTh, sTh);
      if (c) subCodeUse.set(c, (subCodeUse.get(c) ?? 0) + 1);
    }

let synthetic = 0;
const out = [...tree.entries()]
  .map(([pTh, p]) => ({
    province: [provinceInfo.get(pTh)?.code ?? '', pTh, provinceInfo.get(pTh)?.en ?? ''] as Row,
    districts: [...p.entries()]
      .map(([dTh, subs]) => {
        const d = districtInfo.get(`${pTh}/${dTh}`) ?? { code: '', en: '' };
        const names = [...subs].sort((a, b) => a.localeCompare(b, 'th'));
        const subdistricts = names.map((sTh, i): Row => {
          const code = rawSubCode(pTh, dTh, sTh);
          const official = code.length === 6 && code.startsWith(d.code) && subCodeUse.get(code) === 1;
          if (!official) synthetic++;
          return official ? [code, sTh, subEn.get(code) ?? ''] : [`${d.code}-${i + 1}`, sTh, ''];
        });
        return { district: [d.code, dTh, d.en] as Row, subdistricts };
      })
      .sort((a, b) => a.district[0].localeCompare(b.district[0])),
  }))
  .sort((a, b) => a.province[0].localeCompare(b.province[0]));

const districtCodes = out.flatMap((p) => p.districts.map((d) => d.district[0]));
if (new Set(districtCodes).size !== districtCodes.length || districtCodes.some((c) => !/^\d{4}$/.test(c))) {
  throw new Error('district codes are not unique 4-digit geocodes after repair');
}
const file = {
  source:
    'npm thai-address-universal 2.2.0 (ISC), derived from thai-address-database; repaired by scripts/build-org-data.ts',
  provinces: out,
};
writeFileSync(new URL('../src/db/seed/thai-admin-units.json', import.meta.url), JSON.stringify(file) + '\n');
const s = out.reduce((n, p) => n + p.districts.reduce((m, x) => m + x.subdistricts.length, 0), 0);
console.log(
  `${out.length} provinces, ${districtCodes.length} districts, ${s} subdistricts (${synthetic} without an official code)`,
);
