#!/usr/bin/env node
// Writes dist/_headers (Netlify / Cloudflare Pages format) from src/lib/csp.ts after a build:
// the same policy as the <meta> tag on every page. Hosts combine every rule that matches a
// path, and two CSP headers intersect, so no rule may forbid framing: the embeds under
// /embed/ must stay frameable by any newsroom's site (frame-ancestors can only be sent as a header).
// The form-based editor (/admin/) has its own policy (ADMIN_CSP): its rule first detaches the
// site's header ("! Content-Security-Policy", Cloudflare Pages), then sends its own, never framed.
// Netlify cannot detach a header: there the two intersect and the editor must be served elsewhere
// (GitHub Pages reads neither file and uses each page's <meta> policy).
import { writeFileSync } from "node:fs";
import { ADMIN_CSP, CSP } from "../src/lib/csp.ts";

const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
const body = `${base}*
  Content-Security-Policy: ${CSP}; frame-ancestors *
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
${base}admin/*
  ! Content-Security-Policy
  Content-Security-Policy: ${ADMIN_CSP}; frame-ancestors 'none'
`;
writeFileSync("dist/_headers", body);
console.log("dist/_headers written.");
