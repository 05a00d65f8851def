/**
 * Data Package 2.0: data/datapackage.json and the descriptor the build publishes at /data/<version>/ are valid
 * against the published 2.0 profile (vendored in data/schema/vendor/, no network), and every published CSV
 * matches its Table Schema: the header is the schema's fields in order, each cell casts to its field's type,
 * and the primary key is unique. Checked on the real data and on a fixture; expectations are computed.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { csvParse } from "d3";
import { getDataset, loadDataset } from "../../src/data/load";
import { releaseDataset, releaseVersions, releasesDir } from "../../src/data/releases";
import { PACKAGE_PROFILE, PUBLISHED, isPackageV2, publishedDescriptor, tableSchema, toCsv } from "../../src/data/publish";
import type { Dataset } from "../../src/data/types";
import { descriptorProblems } from "../../src/data/package-profile";
import { formatProblem } from "../../src/data/check";

const PROFILE_PATH = "data/schema/vendor/datapackage-2.0.json";
const profileText = readFileSync(PROFILE_PATH, "utf8");
const profile = JSON.parse(profileText);
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as { default?: (a: Ajv) => void }).default?.(ajv) ?? (addFormats as unknown as (a: Ajv) => void)(ajv);
ajv.addFormat("textarea", true); // an editor hint in the profile, not a constraint
const validate = ajv.compile(profile);
const errorsOf = (descriptor: unknown) => (validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const dataDescriptor = JSON.parse(readFileSync("data/datapackage.json", "utf8"));
// Loaded in beforeEach, not at import: loading runs the checker, and StrykerJS counts what runs at import as static
// (every mutant of it would run every test file).
let fixture: Dataset;
beforeEach(() => {
  fixture = loadDataset("tests/fixtures/data/valid", { geoIds: false });
});

/** Does a CSV cell cast to a Table Schema type (empty = missing value)? */
const casts: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^[+-]?\d+$/.test(v),
  number: (v) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v),
  boolean: (v) => ["true", "True", "TRUE", "1", "false", "False", "FALSE", "0"].includes(v),
};

function checkCsvs(d: Dataset) {
  for (const name of PUBLISHED) {
    const schema = tableSchema(name);
    const rows = csvParse(toCsv(name, d));
    expect(rows.columns, name).toEqual(schema.fields.map((f) => f.name));
    for (const f of schema.fields) {
      const bad = rows.map((r) => r[f.name] ?? "").filter((v) => v !== "" && !casts[f.type](v));
      expect(bad, `${name}.csv › ${f.name} (${f.type})`).toEqual([]);
    }
    if ("primaryKey" in schema && schema.primaryKey) {
      const keys = rows.map((r) => schema.primaryKey!.map((k) => r[k]).join("\u0000"));
      expect(new Set(keys).size, `${name}.csv primary key`).toBe(keys.length);
    }
  }
}

describe("the vendored Data Package 2.0 profile", () => {
  it("is the published 2.0 profile, byte for byte as recorded", () => {
    const readme = readFileSync("data/schema/vendor/README.md", "utf8");
    const recorded = /sha256: `([0-9a-f]{64})`/.exec(readme)?.[1];
    expect(createHash("sha256").update(profileText).digest("hex")).toBe(recorded);
    expect(profile.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(profile.title).toBe("Data Package");
    // What only 2.0 has: contributors' roles, and the year/yearmonth/any field types.
    expect(profile.properties.contributors.items.properties.roles.type).toBe("array");
    const types = profile.properties.resources.items.properties.schema.properties.fields.items.oneOf.map((f: { properties: { type: { enum: string[] } } }) => f.properties.type.enum[0]);
    expect(types).toEqual(expect.arrayContaining(["string", "integer", "number", "boolean", "year", "yearmonth", "any"]));
  });

  it("can fail: a contributor role given as a string, or an unknown field type, is refused", () => {
    expect(errorsOf({ ...dataDescriptor, contributors: [{ title: "x", roles: "author" }] }).join()).toMatch(/contributors\/0\/roles/);
    const published = publishedDescriptor(dataDescriptor, fixture) as { resources: { schema?: { fields: { type: string }[] } }[] };
    const broken = structuredClone(published);
    broken.resources.find((r) => r.schema)!.schema!.fields[0].type = "text";
    expect(errorsOf(broken).length).toBeGreaterThan(0);
    expect(errorsOf({ ...dataDescriptor, resources: [] }).join()).toMatch(/resources/);
  });
});

describe("data/datapackage.json", () => {
  it("declares Data Package 2.0, with contributors' roles, and is valid against the profile", () => {
    expect(dataDescriptor.$schema).toBe(PACKAGE_PROFILE);
    expect(isPackageV2(dataDescriptor)).toBe(true);
    expect(dataDescriptor.contributors.length).toBeGreaterThan(0);
    for (const c of dataDescriptor.contributors) expect(c.roles.length).toBeGreaterThan(0);
    expect(errorsOf(dataDescriptor)).toEqual([]);
  });
});

describe("data:check on the descriptor", () => {
  it("passes data/datapackage.json and names the field a hand edit breaks", () => {
    expect(descriptorProblems(dataDescriptor)).toEqual([]);
    const broken = { ...dataDescriptor, contributors: [{ title: "x", roles: "author" }] };
    expect(descriptorProblems(broken).map(formatProblem)).toContain(
      'data/datapackage.json › field "contributors[0].roles": must be array (Data Package 2.0 profile). See https://datapackage.org/standard/data-package/ and the profile in data/schema/vendor/.',
    );
  });
});

describe("the descriptor published at /data/<version>/", () => {
  // Each dataset read in its test, not while the tests are collected (StrykerJS would count that as static).
  for (const [label, get] of [
    ["the real data", () => getDataset()],
    ["the fixture", () => fixture],
  ] as const) {
    it(`is valid against the 2.0 profile and lists every published file, CSVs with their Table Schemas (${label})`, () => {
      const d = get();
      const published = publishedDescriptor(dataDescriptor, d) as { version: string; resources: { name: string; path: string; schema?: unknown }[] };
      expect(errorsOf(published)).toEqual([]);
      expect(published.version).toBe(d.version);
      const paths = published.resources.map((r) => r.path);
      for (const name of PUBLISHED) {
        expect(paths).toContain(`${name}.csv`);
        expect(published.resources.find((r) => r.path === `${name}.csv`)!.schema).toEqual(tableSchema(name));
      }
      expect(new Set(published.resources.map((r) => r.name)).size).toBe(published.resources.length);
    });

    it(`has CSVs that match their Table Schemas: header, types, unique keys (${label})`, () => checkCsvs(get()));
  }

  it("frozen releases keep their descriptor: one without the 2.0 profile is published as it was", () => {
    for (const v of releaseVersions()) {
      const frozen = JSON.parse(readFileSync(`${releasesDir()}/${v}/datapackage.json`, "utf8"));
      if (isPackageV2(frozen)) expect(errorsOf(publishedDescriptor(frozen, releaseDataset(v))), v).toEqual([]);
      else expect(frozen.$schema, v).not.toBe(PACKAGE_PROFILE);
    }
  });
});
