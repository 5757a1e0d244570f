// LIKE patterns from user text or org paths: %, _ and \ match literally (PostgreSQL's default escape
// character is the backslash), so "everything under /TH/52/" cannot be widened by a stray "_".
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Everything that starts with `s` (an org path's subtree). */
export const likePrefix = (s: string) => `${escapeLike(s)}%`;

/** Everything that contains `s` (a name search). */
export const likeContains = (s: string) => `%${escapeLike(s)}%`;
