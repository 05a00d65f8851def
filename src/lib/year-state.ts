/**
 * The headless year controller behind every year slider (after OWID's timeline
 * controller): state, stepping, play/pause. No DOM here; a few lines in the
 * client bind it to the slider, the URL and the map.
 */
export interface YearStateOptions {
  years: readonly number[];
  initial?: number;
  /** Called after every change of year or of playing state. */
  onChange?: (state: { year: number; playing: boolean }) => void;
  /** Injected timer (tests use a fake one). */
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  /** Milliseconds per year while playing. */
  interval?: number;
}

export interface YearState {
  readonly year: number;
  readonly playing: boolean;
  set(year: number): void;
  step(delta: number): void;
  play(): void;
  pause(): void;
  toggle(): void;
}

/** Parse a year from a query string value; undefined when absent or outside the range. */
export function parseYear(value: string | null | undefined, years: readonly number[]): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const y = Number(value);
  return years.includes(y) ? y : undefined;
}

export function createYearState(opts: YearStateOptions): YearState {
  const years = [...opts.years].sort((a, b) => a - b);
  if (years.length === 0) throw new Error("createYearState: no years");
  const schedule = opts.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const cancel = opts.cancel ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const interval = opts.interval ?? 900;
  let year = opts.initial !== undefined && years.includes(opts.initial) ? opts.initial : years[years.length - 1];
  let playing = false;
  let timer: unknown;

  const emit = () => opts.onChange?.({ year, playing });
  const clamp = (y: number) => Math.min(years[years.length - 1], Math.max(years[0], y));
  const nearest = (y: number) => years.reduce((a, b) => (Math.abs(b - y) < Math.abs(a - y) ? b : a));

  const tick = () => {
    const i = years.indexOf(year);
    if (i >= years.length - 1) {
      playing = false;
      emit();
      return;
    }
    year = years[i + 1];
    emit();
    timer = schedule(tick, interval);
  };

  const state: YearState = {
    get year() {
      return year;
    },
    get playing() {
      return playing;
    },
    set(y) {
      const next = nearest(clamp(y));
      if (next === year) return;
      year = next;
      emit();
    },
    step(delta) {
      const i = years.indexOf(year);
      state.set(years[Math.min(years.length - 1, Math.max(0, i + delta))]);
    },
    play() {
      if (playing) return;
      playing = true;
      // Playing from the last year starts again from the first.
      if (year === years[years.length - 1]) year = years[0];
      emit();
      timer = schedule(tick, interval);
    },
    pause() {
      if (!playing) return;
      playing = false;
      cancel(timer);
      emit();
    },
    toggle() {
      if (playing) state.pause();
      else state.play();
    },
  };
  return state;
}
