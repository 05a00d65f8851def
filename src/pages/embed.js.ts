import { scriptEndpoint } from "../build/script-endpoint";

/**
 * /embed.js, bundled from the tested module (src/scripts/embed-loader.ts → src/lib/embed.ts), so
 * the loader newsrooms paste is the code the unit tests check, not a hand copy. ES2017, one IIFE.
 */
export const GET = scriptEndpoint("src/scripts/embed-loader.ts", {
  format: "iife",
  target: "es2017",
  banner: { js: "/* Quảng Ninh NTM report: embed loader. Paste once per page with the iframe(s). */" },
});
