// The national figures seed 001 quotes (ที่ มท ๐๔๑๐.๓/ว …, Sa Kaeo): the generator's targets at scale 1.0.
export const SEED_001 = {
  groups: 31_715,
  members: 3_262_510,
  /** 31,156.073 million baht, in satang. */
  savings: 3_115_607_300_000,
  borrowers: 1_032_718,
  /** 25,325.720 million baht lent, in satang (taken as principal outstanding). */
  lent: 2_532_572_000_000,
} as const;
