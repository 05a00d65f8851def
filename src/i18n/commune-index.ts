/** Words of the commune index and its finder (src/components/CommuneIndex.astro, src/scripts/finder.ts). */
import { words } from "./words";

export const indexWords = words({
  vi: {
    finderLabel: "Tìm xã, phường, thị trấn, kể cả tên mới từ 1/7/2025 (gõ không dấu cũng được)",
    finderPlaceholder: "ví dụ: hoanh mo, mong cai 1",
    notInProgramme: (type: string) => `${type}, ngoài chương trình`,
    /** "giữa năm 2025: NTM kiểu mẫu": the status at the end of the map. */
    atMidYear: (year: number, status: string) => `giữa năm ${year}: ${status}`,
  },
  en: {
    finderLabel: "Find a commune, also by its name from 1 July 2025 (accents optional)",
    finderPlaceholder: "e.g. hoanh mo, mong cai 1",
    notInProgramme: (type) => `${type}, not in the programme`,
    atMidYear: (year, status) => `mid-${year}: ${status}`,
  },
});

/** The finder's count, read out as the reader types: the only words the browser needs (src/scripts/finder.ts). */
export const finderWords = words({
  vi: { results: (n: number) => `${n} kết quả` },
  en: { results: (n) => `${n} result${n === 1 ? "" : "s"}` },
});
