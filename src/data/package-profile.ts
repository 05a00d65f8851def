/**
 * data/datapackage.json against the Data Package 2.0 profile (vendored in data/schema/vendor/, so no network):
 * data:check names what a hand edit of the descriptor breaks, field by field, like any other data problem.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { Problem } from "./check";

export const PROFILE_FILE = join("data", "schema", "vendor", "datapackage-2.0.json");

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default ? addFormats.default(ajv) : (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addFormat("textarea", true); // an editor hint in the profile, not a constraint
  compiled = ajv.compile(JSON.parse(readFileSync(join(process.cwd(), PROFILE_FILE), "utf8")));
  return compiled;
}

/** Problems of a descriptor against the 2.0 profile (empty when valid). */
export function descriptorProblems(descriptor: unknown, file = "data/datapackage.json"): Problem[] {
  const validate = validator();
  if (validate(descriptor)) return [];
  return (validate.errors ?? []).map((e) => ({
    file,
    field: e.instancePath ? e.instancePath.slice(1).replace(/\/(\d+)(?=\/|$)/g, "[$1]").replace(/\//g, ".") : undefined,
    message: `${e.message ?? "is not valid"} (Data Package 2.0 profile)`,
    hint: "See https://datapackage.org/standard/data-package/ and the profile in data/schema/vendor/.",
  }));
}
