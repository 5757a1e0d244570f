// Anomaly flags over a group's books (computed by the server on every read) and their resolutions.
import { request } from './client.js';

export interface Anomaly {
  groupId: string;
  groupNameTh: string;
  rule: string;
  ruleNameTh: string;
  subject: string;
  messageTh: string;
  messageEn: string;
  resolution: { note: string; resolvedBy: string; resolvedAt: string } | null;
}

const g = (groupId: string) => `/groups/${encodeURIComponent(groupId)}`;

export const anomaliesApi = {
  forGroup: (groupId: string, signal?: AbortSignal) =>
    request<{ items: Anomaly[] }>(`${g(groupId)}/anomalies`, { signal }),
  resolve: (groupId: string, a: Pick<Anomaly, 'rule' | 'subject'>, note: string) =>
    request<Anomaly>(`${g(groupId)}/anomalies/resolutions`, {
      method: 'POST',
      json: { rule: a.rule, subject: a.subject, note },
    }),
};
