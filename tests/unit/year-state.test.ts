import { describe, expect, it } from "vitest";
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
