/** Words around sources: the sources page, the links under each record, the story's footnotes. */
import type { Source } from "../data/types";
import { words } from "./words";

type Reliability = NonNullable<Source["reliability"]>;

export const sourceWords = words({
  vi: {
    /** Before the list of sources under a record: "Nguồn: Báo Quảng Ninh, …". */
    sourceList: "Nguồn: ",
    /** A figure's footnote mark, for screen readers: "Nguồn R03: <title>". */
    sourceOf: (id: string, title: string) => `Nguồn ${id}: ${title}`,
    dateUnknown: "không rõ ngày",
    dateInferred: " (ngày suy ra)",
    noUrl: "không có địa chỉ web",
    footnotes: "Nguồn của các số liệu",
    title: "Nguồn",
    lede: "Mỗi con số trên trang này đều dẫn về một trong các nguồn dưới đây. Bài viết gốc thuộc về các tác giả và cơ quan báo chí; chúng tôi chỉ dùng dữ kiện, không dùng câu chữ.",
    supports: "Dùng cho: ",
    provinceTotals: "số liệu tỉnh ",
    indicators: "chỉ số ",
    units: (n: number) => `${n} đơn vị hành chính`,
  },
  en: {
    sourceList: "Source: ",
    sourceOf: (id, title) => `Source ${id}: ${title}`,
    dateUnknown: "date unknown",
    dateInferred: " (date inferred)",
    noUrl: "no web address",
    footnotes: "Sources of the figures",
    title: "Sources",
    lede: "Every number on this site points to one of these sources. The articles belong to their authors and publishers; we use their facts, not their words.",
    supports: "Supports: ",
    provinceTotals: "province totals ",
    indicators: "indicators ",
    units: (n) => `${n} administrative unit${n === 1 ? "" : "s"}`,
  },
});

export const reliabilityWords = words<Record<Reliability, string>>({
  vi: { primary: "nguồn chính thức", secondary: "báo chí, nguồn thứ cấp", low: "độ tin cậy thấp" },
  en: { primary: "official source", secondary: "press, secondary", low: "low reliability" },
});
