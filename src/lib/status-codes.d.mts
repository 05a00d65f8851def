export declare const STATUSES: readonly ["none", "ntm", "nang-cao", "kieu-mau", "undetermined", "not-in-programme", "merged", "no-data"];
export type Status = (typeof STATUSES)[number];
export declare function encodeStatus(status: Status | undefined): string;
export declare function decodeStatus(codes: string, index: number): Status | undefined;
export declare function statusClass(status: Status): string;
