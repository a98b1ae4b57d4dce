// Runs in the browser before any page script. Zod probes whether it may compile validators
// with `new Function`; under our CSP (no 'unsafe-eval') the probe fails harmlessly but is
// still reported as a CSP violation on every page with a form. Jitless mode skips the probe.
import { config } from "zod/v4/core";

config({ jitless: true });
