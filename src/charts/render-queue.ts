/**
 * Astro asks for static endpoints one at a time. Images render off the main
 * thread (resvg's pool), so a queue renders a few ahead, in the order Astro will
 * ask for them, and each request just awaits its own result.
 */
export function renderQueue<T>(keys: () => string[], produce: (key: string) => Promise<T>, concurrency = 3): (key: string) => Promise<T> {
  const jobs = new Map<string, Promise<T>>();
  const settle = new Map<string, { resolve: (v: T) => void; reject: (e: unknown) => void }>();
  let list: string[] | undefined;
  const start = () => {
    list = keys();
    for (const k of list) {
      const p = new Promise<T>((resolve, reject) => settle.set(k, { resolve, reject }));
      p.catch(() => {}); // the error surfaces where the result is awaited
      jobs.set(k, p);
    }
    let next = 0;
    const worker = async () => {
      while (next < list!.length) {
        const k = list![next++];
        try {
          settle.get(k)!.resolve(await produce(k));
        } catch (e) {
          settle.get(k)!.reject(e);
        }
      }
    };
    for (let i = 0; i < concurrency; i++) void worker();
  };
  return (key) => {
    if (!list) start();
    const job = jobs.get(key);
    if (!job) throw new Error(`renderQueue: nothing to render for "${key}"`);
    return job;
  };
}
