/** Vietnamese identifiers: the module shared with the browser app lives in shared/vn-ids.ts (web/ imports no src/). */
export * from '../../shared/vn-ids.ts';
