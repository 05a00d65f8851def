/** Project-wide settings that are not data. One place each. */

/** The repository that holds data/: "Improve this record" links open files here in the web editor. */
export const REPO_URL = process.env.NTM_REPO_URL ?? "https://github.com/quang-ninh-ntm/report";
export const REPO_BRANCH = "main";

/** Link to edit a file of the repository in the web editor. */
export function editUrl(path: string): string {
  return `${REPO_URL}/edit/${REPO_BRANCH}/${path}`;
}

/** The years the report covers. 2025 stands for the state on 30 June 2025, the last day of the district era. */
export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2025;
export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
