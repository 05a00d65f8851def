/** Where the data folder is. Its own module so that src/geo/ can find data/geo/ without loading the checker. */
import { join, resolve } from "node:path";

/** The data folder: NTM_DATA_DIR, or data/ in the working directory. */
export function dataDir(): string {
  return resolve(process.env.NTM_DATA_DIR ?? join(process.cwd(), "data"));
}
