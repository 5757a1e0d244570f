// Positions and networks named in the seed letters (DOMAIN.md), loaded at migration-independent
// seed time so every install has the same codes.
export const TITLES = ['นาย', 'นาง', 'นางสาว', 'ว่าที่ร้อยตรี', 'ว่าที่ร้อยตรีหญิง', 'ดร.', 'ผศ.', 'รศ.', 'ศ.'];

export const POSITIONS = [
  { code: 'provincial_head', name_th: 'พัฒนาการจังหวัด', is_staff: true },
  { code: 'work_group_director', name_th: 'ผู้อำนวยการกลุ่มงาน', is_staff: true },
  { code: 'district_head', name_th: 'พัฒนาการอำเภอ', is_staff: true },
  { code: 'cd_specialist', name_th: 'นักวิชาการพัฒนาชุมชน', is_staff: true },
  { code: 'cd_worker', name_th: 'พัฒนากร', is_staff: true },
  { code: 'cd_volunteer', name_th: 'อาสาพัฒนา (อสพ.)', is_staff: true },
  { code: 'admin_officer', name_th: 'เจ้าพนักงานธุรการ', is_staff: true },
  { code: 'network_leader', name_th: 'ผู้นำเครือข่าย', is_staff: false },
  { code: 'group_committee', name_th: 'กรรมการกลุ่มออมทรัพย์เพื่อการผลิต', is_staff: false },
] as const;

export const NETWORKS = [
  { code: 'kkkc', abbr_th: 'กข.คจ.', name_th: 'คณะกรรมการกองทุนหมู่บ้านตามโครงการแก้ไขปัญหาความยากจน' },
  { code: 'sorchortor', abbr_th: 'ศอช.ต.', name_th: 'ศูนย์ประสานงานองค์การชุมชนระดับตำบล' },
  { code: 'savings_group', abbr_th: 'กลุ่มออมทรัพย์ฯ', name_th: 'กลุ่มออมทรัพย์เพื่อการผลิต' },
  { code: 'mother_of_land', abbr_th: 'กองทุนแม่ฯ', name_th: 'กองทุนแม่ของแผ่นดิน' },
  { code: 'kpsm', abbr_th: 'กพสม.', name_th: 'คณะกรรมการพัฒนาสตรีระดับหมู่บ้าน' },
  { code: 'kpst', abbr_th: 'กพสต.', name_th: 'คณะกรรมการพัฒนาสตรีระดับตำบล' },
  { code: 'och_leader', abbr_th: 'ผู้นำ อช.', name_th: 'ผู้นำอาสาพัฒนาชุมชน' },
] as const;
