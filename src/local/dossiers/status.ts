/**
 * Dossier statuses (DVCQG codes 1–10, domain-vn.md §3.5) and the one table of which action is allowed in which
 * status and where it leads. Status is never written directly: it is derived by replaying the dossier's
 * append-only action log through this table (lifecycle.ts).
 */

export const statuses = {
  1: { vi: 'Mới đăng ký', en: 'Submitted online, awaiting reception', terminal: false },
  2: { vi: 'Được tiếp nhận', en: 'Accepted', terminal: false },
  3: { vi: 'Không được tiếp nhận', en: 'Refused at reception', terminal: true },
  4: { vi: 'Đang xử lý', en: 'Being processed', terminal: false },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Waiting for a supplement', terminal: false },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Waiting for fees or taxes', terminal: false },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant', terminal: true },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped', terminal: true },
  9: { vi: 'Đã xử lý xong', en: 'Result ready', terminal: false },
  10: { vi: 'Đã trả kết quả', en: 'Result returned', terminal: true },
} as const;

export type Status = keyof typeof statuses;

export const actionKinds = [
  'submit', // online submission (creates the dossier in status 1)
  'receive', // counter or postal reception, or acceptance of an online dossier (→ 2, code and due date issued)
  'refuse', // refusal at reception (→ 3), form 03
  'start', // the resolving agency takes the dossier up (→ 4)
  'forward', // hand-over to the next step or agency (stays 4)
  'return_to_step', // send back to an earlier step (stays 4)
  'approve', // leader approval (stays 4)
  'request_supplement', // form 02, every missing item at once (→ 5, clock paused)
  'supplement_received', // the applicant's supplement (→ 4, or → 2 before processing started)
  'request_payment', // financial obligation (→ 6, clock paused)
  'payment_fulfilled', // fees/taxes paid (→ 4, or → 9 when the result is already there)
  'apologize', // form 04: apology and new appointment, once, before the due date (status unchanged)
  'record_result', // result issued (→ 9)
  'return_result', // result handed over at the counter, by post or online (→ 10)
  'withdraw', // at the applicant's request (→ 7)
  'stop', // processing stopped with a notice (→ 8)
  'recall', // a ready or returned result is recalled for rework (→ 4), audited
  'dispatch', // route a dossier from the dispatch queue to its competent agency (status unchanged)
  'hand_over_paper', // the paper file of a counter or postal dossier handed to the resolving agency (status unchanged)
] as const;

export type ActionKind = (typeof actionKinds)[number];

/** From each status, the actions allowed and the status each one leads to (undefined = stays). */
export const transitions = {
  1: { receive: 2, refuse: 3, request_supplement: 1, supplement_received: 1, withdraw: 7, dispatch: 1 },
  2: {
    dispatch: 2,
    start: 4,
    request_supplement: 5,
    request_payment: 6,
    withdraw: 7,
    stop: 8,
    record_result: 9,
    apologize: 2,
    hand_over_paper: 2,
  },
  3: {},
  4: {
    forward: 4,
    return_to_step: 4,
    approve: 4,
    request_supplement: 5,
    request_payment: 6,
    apologize: 4,
    record_result: 9,
    withdraw: 7,
    stop: 8,
    hand_over_paper: 4,
  },
  5: { supplement_received: 'previous', withdraw: 7, stop: 8, apologize: 5, hand_over_paper: 5 },
  6: { payment_fulfilled: 'previous', withdraw: 7, stop: 8, apologize: 6, hand_over_paper: 6 },
  7: {},
  8: {},
  9: { return_result: 10, recall: 4, request_payment: 6, hand_over_paper: 9 },
  10: { recall: 4 },
} as const satisfies Record<Status, Partial<Record<ActionKind, Target>>>;

/** Where an action leads: a status, or back to the status the dossier had before the current pause (5, 6). */
export type Target = Status | 'previous';

export function allowedActions(status: Status): ActionKind[] {
  return Object.keys(transitions[status]) as ActionKind[];
}

export function transitionTarget(status: Status, action: ActionKind): Target | undefined {
  const row: Partial<Record<ActionKind, Target>> = transitions[status];
  return row[action];
}

export function isStatus(n: number): n is Status {
  return n in statuses;
}
