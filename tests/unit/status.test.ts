import { describe, expect, it } from "vitest";
import { makeStatusModel, baselineYear } from "../../src/lib/status";
import { points, recognitions, units } from "./fixture-units";

const model = makeStatusModel(units, recognitions, points);
const s = (id: string, y: number) => model.statusAt(id, y).status;

describe("statusAt", () => {
  it("uses the province's zero point as the baseline: nobody had NTM in 2010", () => {
    expect(baselineYear(points)).toBe(2010);
    expect(s("a", 2010)).toBe("none");
    expect(s("b", 2010)).toBe("none");
  });

  it("follows an exact standard year and a higher tier", () => {
    expect(s("a", 2015)).toBe("none"); // known to come in 2016
    expect(s("a", 2016)).toBe("ntm");
    expect(s("a", 2018)).toBe("ntm");
    expect(s("a", 2019)).toBe("nang-cao");
  });

  it("bounds a commune by its district's recognition and never guesses the year", () => {
    expect(s("b", 2011)).toBe("bounded");
    expect(s("b", 2017)).toBe("bounded");
    const st = model.statusAt("b", 2018);
    expect(st.status).toBe("ntm");
    expect(st.bound?.record.id).toBe("d1-ntm");
    expect(st.bound?.via).toBe("ancestor");
  });

  it("takes wards out of the programme from the day they became wards", () => {
    expect(s("c", 2014)).toBe("unknown"); // a ward before d1 was recognised: not bounded by it
    expect(s("c", 2015)).toBe("not-in-programme");
    expect(s("w", 2012)).toBe("not-in-programme");
  });

  it("does not let a district bound communes that joined it after its recognition", () => {
    // e was in d2 until 2020; d1 was recognised for 2018: no bound from d1.
    expect(s("e", 2019)).toBe("bounded"); // its own no-later-than 2022 record
    expect(model.statusAt("e", 2019).bound?.record.id).toBe("e-ntm");
    expect(s("e", 2022)).toBe("ntm");
  });

  it("keeps a higher tier known only as 'no later than' apart from the certain one", () => {
    const km = { ...recognitions.find((r) => r.id === "a-nc")!, id: "a-km", level: "kieu-mau" as const, year: 2023, precision: "no-later-than" as const };
    const m = makeStatusModel(units, [...recognitions, km], points);
    const st = m.statusAt("a", 2021);
    expect(st.status).toBe("nang-cao"); // certain; model perhaps, but not known
    expect(st.next?.record.id).toBe("a-km");
    expect(m.statusAt("a", 2023)).toMatchObject({ status: "kieu-mau", bound: { record: { id: "a-km" } } });
    expect(m.statusAt("a", 2023).next).toBeUndefined();
    expect(m.statusAt("a", 2017).next).toBeUndefined(); // advanced came in 2019 exactly, so model cannot be pending
    expect(model.statusAt("a", 2021).next).toBeUndefined(); // without the record, nothing is pending
  });

  it("ignores targets and other wordings: only formal recognitions colour the map", () => {
    expect(model.evidenceFor("e").map((e) => e.record.id)).toEqual(["e-ntm"]);
  });

  it("says unknown when nothing bounds a commune, and no-data once it has merged away", () => {
    expect(s("f", 2019)).toBe("unknown");
    expect(s("f", 2020)).toBe("no-data");
    expect(s("g", 2020)).toBe("no-data");
  });

  it("rejects unknown ids loudly", () => {
    expect(() => model.statusAt("nope", 2015)).toThrow(/unknown unit "nope"/);
  });
});
