/** Words of the list of figures the site does not chart (src/components/Disagreements.astro). */
import { words } from "./words";

export const disagreementWords = words({
  vi: {
    communes: "số xã",
    ntm: "NTM",
    "nang-cao": "nâng cao",
    "kieu-mau": "kiểu mẫu",
    districts_done: "đơn vị cấp huyện hoàn thành",
    siteShows: "trang hiển thị",
    notCharted: "không đưa lên biểu đồ",
    // What an indicator point covers (its `scope`), when it is not a unit.
    province: "toàn tỉnh",
    rural: "khu vực nông thôn",
    "ethnic-minority-region": "vùng đồng bào dân tộc thiểu số, biên giới, hải đảo",
  },
  en: {
    communes: "communes",
    ntm: "New Rural",
    "nang-cao": "advanced",
    "kieu-mau": "model",
    districts_done: "district units done",
    siteShows: "the site shows",
    notCharted: "not charted",
    province: "whole province",
    rural: "rural areas",
    "ethnic-minority-region": "ethnic-minority, border and island region",
  },
});
