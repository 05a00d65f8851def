import { describe, expect, it, vi } from "vitest";
import { createYearState, parseYear } from "../../src/lib/year-state";

const years = [2010, 2011, 2012, 2013];

function fakeTimer() {
  const queue: (() => void)[] = [];
  return {
    schedule: (fn: () => void) => (queue.push(fn), queue.length),
    cancel: () => void queue.splice(0),
    runNext: () => queue.shift()?.(),
    pending: () => queue.length,
  };
}

describe("year state", () => {
  it("starts at the latest year unless told otherwise", () => {
    expect(createYearState({ years }).year).toBe(2013);
    expect(createYearState({ years, initial: 2011 }).year).toBe(2011);
    expect(createYearState({ years, initial: 1999 }).year).toBe(2013);
  });

  it("clamps and steps within the range and reports each change once", () => {
    const seen: number[] = [];
    const s = createYearState({ years, initial: 2011, onChange: ({ year }) => seen.push(year) });
    s.step(-1);
    s.step(-1);
    s.set(2050);
    s.set(2013);
    expect(seen).toEqual([2010, 2013]);
  });

  it("plays year by year to the end, then stops; play at the end restarts from the first year", () => {
    const t = fakeTimer();
    const s = createYearState({ years, initial: 2013, schedule: t.schedule, cancel: t.cancel });
    s.play();
    expect(s.year).toBe(2010);
    expect(s.playing).toBe(true);
    t.runNext();
    t.runNext();
    t.runNext();
    expect(s.year).toBe(2013);
    t.runNext();
    expect(s.playing).toBe(false);
    expect(t.pending()).toBe(0);
  });

  it("pauses, cancelling the pending step", () => {
    const t = fakeTimer();
    const s = createYearState({ years, initial: 2010, schedule: t.schedule, cancel: t.cancel });
    s.toggle();
    s.toggle();
    expect(s.playing).toBe(false);
    expect(t.pending()).toBe(0);
    expect(s.year).toBe(2010);
  });

  it("reads ?year= strictly", () => {
    expect(parseYear("2012", years)).toBe(2012);
    expect(parseYear("2009", years)).toBeUndefined();
    expect(parseYear("20x2", years)).toBeUndefined();
    expect(parseYear(null, years)).toBeUndefined();
  });
});

describe("year state: edges", () => {
  it("sorts the years it is given and refuses none", () => {
    expect(createYearState({ years: [2012, 2010, 2011] }).year).toBe(2012);
    expect(() => createYearState({ years: [] })).toThrow(/no years/);
  });

  it("snaps a set year into the range and to the nearest listed year (the earlier on a tie)", () => {
    const s = createYearState({ years: [2010, 2015, 2020], initial: 2015 });
    s.set(2000);
    expect(s.year).toBe(2010);
    s.set(2013);
    expect(s.year).toBe(2015);
    s.set(2019);
    expect(s.year).toBe(2020);
    s.set(2012);
    expect(s.year).toBe(2010);
    s.set(2017.5);
    expect(s.year).toBe(2015); // tie between 2015 and 2020: the earlier
    const t = createYearState({ years: [2010, 2012], initial: 2012 });
    t.set(2011);
    expect(t.year).toBe(2010);
  });

  it("steps by more than one year without leaving the range", () => {
    const s = createYearState({ years, initial: 2011 });
    s.step(1);
    expect(s.year).toBe(2012);
    s.step(5);
    expect(s.year).toBe(2013);
    s.step(-2);
    expect(s.year).toBe(2011);
    s.step(-5);
    expect(s.year).toBe(2010);
  });

  it("reports year and playing state on every change, playing from a middle year without restarting", () => {
    const t = fakeTimer();
    const seen: string[] = [];
    const s = createYearState({ years, initial: 2011, schedule: t.schedule, cancel: t.cancel, onChange: ({ year, playing }) => seen.push(`${year}${playing ? "▶" : "⏸"}`) });
    s.play();
    s.play(); // already playing: nothing more
    expect(t.pending()).toBe(1);
    t.runNext();
    t.runNext();
    t.runNext();
    s.pause(); // already stopped: nothing
    expect(seen).toEqual(["2011▶", "2012▶", "2013▶", "2013⏸"]);
    expect(s.playing).toBe(false);
  });

  it("schedules each step after the interval (900 ms unless told)", () => {
    const delays: number[] = [];
    const sched = (fn: () => void, ms: number) => (delays.push(ms), 0);
    createYearState({ years, initial: 2010, schedule: sched }).play();
    createYearState({ years, initial: 2010, schedule: sched, interval: 300 }).play();
    expect(delays).toEqual([900, 300]);
  });

  it("uses real timers by default, and pausing clears them", () => {
    vi.useFakeTimers();
    try {
      const s = createYearState({ years, initial: 2010 });
      s.play();
      vi.advanceTimersByTime(899);
      expect(s.year).toBe(2010);
      vi.advanceTimersByTime(1);
      expect(s.year).toBe(2011);
      s.pause();
      vi.advanceTimersByTime(5000);
      expect(s.year).toBe(2011);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads only a four-digit year", () => {
    expect(parseYear("", years)).toBeUndefined();
    expect(parseYear("20120", years)).toBeUndefined();
    expect(parseYear("x2012", years)).toBeUndefined();
    expect(parseYear("2012x", years)).toBeUndefined();
    expect(parseYear(undefined, years)).toBeUndefined();
    // Number() would read these as 2012: the whole value must be the year
    expect(parseYear(" 2012", years)).toBeUndefined();
    expect(parseYear("2012 ", years)).toBeUndefined();
  });
});
