import { startBenchEnvironment } from "@/bench/lib/bench-environment";
import { log } from "@/bench/lib/bench-log";
import { readPledgeForm } from "@/bench/lib/pledge-form";
import { pledgeFields } from "@/bench/lib/prepare-submission";
const env = await startBenchEnvironment(log);
try {
  const form = await readPledgeForm(env.app.origin);
  for (const variant of ["rootFirst", "rootLast"]) {
    const fd = new FormData();
    const fields = pledgeFields(`x-${variant}@example.org`, 3);
    if (variant === "rootFirst") fd.append("0", `[${form.boundState},"$K1"]`);
    for (const [k, v] of Object.entries(fields)) fd.append(`_1_${k}`, v);
    if (variant === "rootLast") fd.append("0", `[${form.boundState},"$K1"]`);
    const r = await fetch(env.app.origin + "/en", { method: "POST", body: fd, headers: { origin: env.app.origin, accept: "text/x-component", "next-action": form.actionId } });
    console.log(variant, r.status, (await r.text()).slice(0, 400));
  }
} finally { await env.stop(); }
