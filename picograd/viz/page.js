// The VIZ page: inflates the run's data (gzip, base64) embedded in the page, then draws the tabs from it.
// Everything shown is built from strings with esc(), so no text of the run can become markup.
"use strict";
let DATA = null;
let selected = null;   // index of the kernel shown in the detail panel

const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const fmt = (x, digits = 2) => Number(x).toFixed(digits);

async function inflate(b64) {
  const bytes = Uint8Array.from(atob(b64.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return JSON.parse(await new Response(stream).text());
}

function showSummary() {
  const s = DATA.summary;
  $("summary").textContent = `${s.kernels} kernels, ${s.launches} launches, ${fmt(s.kernel_ms)} ms in kernels; ` +
    `${s.compiles} compiled in ${fmt(s.compile_s)} s; ${s.copies} copies; ${s.schedules} distinct schedules run ` +
    `${s.schedule_runs} times; ${fmt(s.wall_s)} s recorded; made ${DATA.made}`;
}

function switchTab(name) {
  for (const b of document.querySelectorAll("#tabs button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const t of document.querySelectorAll(".tab")) t.classList.toggle("active", t.id === "tab-" + name);
}

// ---- schedules: one graph per distinct schedule --------------------------------------------------------------
const W = 190, H = 58;   // layout.py's NODE_W and NODE_H

function stepLabel(step) {
  if (step.kind !== "kernel") return [step.kind + " " + step.out, step.reason];
  const k = DATA.kernels[step.kernel];
  const facts = k ? `${fmt(k.ms / k.launches * 1000, 1)} us, ${fmt(k.gflops, 1)} GFLOP/s` : "not launched";
  return [step.name || "(empty kernel)", facts, "-> " + step.out];
}

function drawSchedule(i) {
  const s = DATA.schedules[i];
  $("schedule-note").textContent = `${s.steps.length} steps, ran ${s.runs} times; a box per step (the buffer it ` +
    `fills under its name; hover for why it is a buffer), an arrow per buffer it reads (grey boxes: buffers made ` +
    `before this schedule)`;
  const at = {};
  for (const [node, x, y] of s.boxes) at[node] = [x + 10, y + 10];
  const parts = [`<svg id="graph-svg" width="${s.width + 20}" height="${s.height + 20}">`,
    `<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto">` +
    `<path d="M0,0 L8,4 L0,8 z" fill="#7b8794"/></marker></defs>`];
  for (const [a, b] of s.edges) {
    const [x1, y1] = at[a], [x2, y2] = at[b];
    const buffer = a < 0 ? s.outside[-a - 1] : s.steps[a].out;
    parts.push(`<line class="edge" x1="${x1 + W / 2}" y1="${y1 + H}" x2="${x2 + W / 2}" y2="${y2}">` +
      `<title>${esc(buffer)}</title></line>`);
  }
  for (const [node, x0, y0] of s.boxes) {
    const [x, y] = at[node];
    let cls, lines, title, kernel = -1;
    if (node < 0) {
      cls = "buffer"; lines = ["buffer", s.outside[-node - 1], ""]; title = "made before this schedule";
    } else {
      const step = s.steps[node];
      cls = step.kind; lines = stepLabel(step); kernel = step.kernel;
      title = `${step.out}\nfuses: ${step.kind === "kernel" && kernel >= 0 ? DATA.kernels[kernel].fused : "-"}` +
        `\nown buffer: ${step.reason}\nfrom: ${step.origin || "?"}`;
    }
    parts.push(`<g data-kernel="${kernel}"><title>${esc(title)}</title>` +
      `<rect class="${cls}${kernel === selected && kernel >= 0 ? " selected" : ""}" id="node-${i}-${node}" x="${x}" ` +
      `y="${y}" width="${W}" height="${H}" rx="4" data-kernel="${kernel}"/>` +
      `<text x="${x + 6}" y="${y + 18}">${esc(lines[0].slice(0, 28))}</text>` +
      `<text x="${x + 6}" y="${y + 33}">${esc(String(lines[1]).slice(0, 30))}</text>` +
      `<text x="${x + 6}" y="${y + 48}">${esc(lines[2].slice(0, 30))}</text></g>`);
  }
  parts.push("</svg>");
  $("graph").innerHTML = parts.join("");
}

function fillSchedules() {
  const select = $("schedule-select");
  select.innerHTML = DATA.schedules.map((s, i) =>
    `<option value="${i}">#${s.index + 1}: ${s.steps.length} steps &times; ${s.runs} runs</option>`).join("");
  select.onchange = () => drawSchedule(Number(select.value));
  if (DATA.schedules.length) drawSchedule(0);
  else $("graph").textContent = "no schedule ran while recording";
}

// ---- kernels by time share -----------------------------------------------------------------------------------
function fillKernels() {
  const rows = ["<tr><th>kernel</th><th>launches</th><th>total ms</th><th>share</th><th>avg us</th><th>GFLOP/s</th>" +
    "<th>GB/s</th><th class='name'>fused ops / from</th></tr>"];
  DATA.kernels.forEach((k, i) => rows.push(
    `<tr class="row" id="kernel-row-${i}" data-kernel="${i}"><td class="name">${esc(k.name)}</td><td>${k.launches}</td>` +
    `<td>${fmt(k.ms, 3)}</td><td><span class="bar" style="width:${Math.round(k.share * 60)}px"></span> ` +
    `${fmt(k.share * 100, 1)}%</td><td>${fmt(k.ms / k.launches * 1000, 1)}</td><td>${fmt(k.gflops)}</td>` +
    `<td>${fmt(k.gbs)}</td><td class="text">${esc(k.fused)}<br>${esc(k.origins[0] || "")}</td></tr>`));
  $("kernel-table").innerHTML = rows.join("");
}

// ---- timeline of launches and copies -------------------------------------------------------------------------
function fillTimeline() {
  const ev = DATA.events;
  const dropped = DATA.summary.dropped_events;
  $("timeline-note").textContent = `${ev.length} launches and copies` + (dropped ? ` (the first; ${dropped} more ` +
    `not kept)` : "") + "; kernels (blue), JIT replays (green), copies (orange) and collectives (pink) in the order they ran" +
    "; a pause longer than 50 us (compiling, Python) is drawn 50 us long, after a dashed line. " +
    "Widths are at least one pixel, so short kernels stay visible.";
  if (!ev.length) return;
  const end = Math.max(...ev.map((e) => e[6] + e[4]));
  const scale = Math.min(4, 6000 / Math.max(end, 1));   // pixels per microsecond: the run fits ~6000 pixels
  const lanes = { kernel: 4, replay: 28, copy: 52, collective: 76 };
  const colour = { kernel: "#2bb0ed", replay: "#3ebd93", copy: "#f7c948", collective: "#e668a7" };
  const parts = [`<svg id="timeline-svg" width="${end * scale + 80}" height="100">`];
  for (const [lane, y] of Object.entries(lanes)) parts.push(`<text x="2" y="${y + 13}">${lane}</text>`);
  for (const [kind, kernel, name, start, dur, bytes, x, cut] of ev) {
    const label = kind === "copy" || kind === "collective" ? name : DATA.kernels[kernel]?.name;
    const left = x * scale + 60;
    if (cut) parts.push(`<line class="cut" x1="${left - 2}" y1="0" x2="${left - 2}" y2="96"/>`);
    parts.push(`<rect x="${left}" y="${lanes[kind]}" width="${Math.max(1, dur * scale)}" height="18" ` +
      `fill="${colour[kind]}" data-kernel="${kernel}"><title>${esc(label)}: at ${fmt(start / 1000, 3)} ms, ` +
      `${fmt(dur, 1)} us, ${bytes} bytes</title></rect>`);
  }
  parts.push("</svg>");
  $("timeline").innerHTML = parts.join("");
}

// ---- JIT plans -----------------------------------------------------------------------------------------------
function fillJit() {
  if (!DATA.jit.length) { $("jit").textContent = "no @jit function was replayed while recording"; return; }
  $("jit").innerHTML = DATA.jit.map((p) => `<h3>${esc(p.name)}: ${p.names.length} kernels per replay</h3>` +
    `<ol class="plan">${p.names.map((n, j) => `<li data-kernel="${p.kernels[j]}">${esc(n)}` +
    `${p.kernels[j] >= 0 ? " &mdash; " + esc(DATA.kernels[p.kernels[j]].fused) : ""}</li>`).join("")}</ol>`).join("");
}

// ---- the detail of one kernel --------------------------------------------------------------------------------
function section(id, title, text, open) {
  return `<details id="${id}"${open ? " open" : ""}><summary>${esc(title)}</summary><pre>${esc(text)}</pre></details>`;
}

function showKernel(i) {
  const k = DATA.kernels[i];
  if (!k) return;
  selected = i;
  for (const r of document.querySelectorAll("rect.selected")) r.classList.remove("selected");
  for (const r of document.querySelectorAll(`rect[data-kernel="${i}"]`)) r.classList.add("selected");
  const origins = k.origins.length ? k.origins.map(esc).join("<br>") : "not recorded";
  $("detail").innerHTML = `<h2 id="detail-name">${esc(k.name)}</h2><dl>` +
    `<dt>from</dt><dd id="detail-origin">${origins}</dd>` +
    `<dt>fuses</dt><dd>${esc(k.fused || "nothing")}</dd><dt>own buffer because</dt><dd>${esc(k.reason)}</dd>` +
    `<dt>buffers (output first)</dt><dd>${k.buffers.map(esc).join("<br>")}</dd>` +
    `<dt>optimizations</dt><dd>${esc(k.applied)}</dd>` +
    `<dt>runs</dt><dd>${k.launches} launches on ${esc(k.device)}, ${fmt(k.ms, 3)} ms in all ` +
    `(${fmt(k.share * 100, 1)}%), ${fmt(k.gflops)} GFLOP/s, ${fmt(k.gbs)} GB/s</dd></dl>` +
    section("detail-kernel", "plan and op tree (DEBUG=3)", k.texts.kernel, true) +
    section("detail-ir", "IR (DEBUG=3)", k.texts.ir, true) +
    section("detail-source", `source: ${k.language} (DEBUG=4)`, k.texts.source, false) +
    section("detail-assembly", "assembly (DEBUG=4)", k.texts.assembly, false);
}

function onClick(event) {
  const tab = event.target.closest("#tabs button");
  if (tab) { switchTab(tab.dataset.tab); return; }
  const hit = event.target.closest("[data-kernel]");
  if (hit && Number(hit.dataset.kernel) >= 0) showKernel(Number(hit.dataset.kernel));
}

async function main() {
  DATA = await inflate($("data").textContent);
  showSummary();
  fillSchedules();
  fillKernels();
  fillTimeline();
  fillJit();
  document.addEventListener("click", onClick);
  document.body.dataset.ready = "yes";   // for tests: the page has drawn everything
}

main().catch((e) => { $("summary").textContent = "could not read this page's data: " + e; });
