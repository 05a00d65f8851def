/** Where the boundaries come from when no prepared copy is at hand. One place for the URL and the checksum. */

/** GADM 4.1, level 3, Vietnam (GeoJSON release), from GADM's official distribution. NTM_GEO_URL overrides it. */
export const GADM_URL = "https://geodata.ucdavis.edu/gadm/gadm4.1/json/gadm41_VNM_3.json.zip";
/** The file inside the zip. */
export const GADM_JSON = "gadm41_VNM_3.json";
/** SHA-256 of the extracted gadm41_VNM_3.json (see ../shared/geo/PROVENANCE.md). NTM_GEO_SHA256 overrides it. */
export const GADM_JSON_SHA256 = "fe29b396acefba3b49172ff46c2734658ee97c6a96635d506d1fd4070993b23d";
/** Quảng Ninh in GADM. */
export const GADM_PROVINCE = "VNM.49_1";
/** Bump when the preparation changes, so caches made by an older one are rebuilt. */
export const PREPARE_VERSION = 1;
