"""The page's stylesheet and its one script.

Colours come from Gradio's theme variables where they exist, so light and dark themes both
work (Gradio's own table rule draws every row of an HTML block in the text colour: black, or
white in the dark theme; Compare's and Timeline's tables set their own lines); the
highlight has an explicit pair of colours per theme, each above WCAG AA contrast (4.5:1) for
its text (``HIGHLIGHT``, checked by the tests).

The script does what Gradio has no setting for:
- copy: a chat message is HTML; its copy button (and the browser's copy of that text) gets
  the message's plain text instead: the answer with [n] markers and its sources below;
- folded cards: a marker whose quote sits in a folded card opens the card;
- previews: a marker's preview is moved to stay inside the chat's scrolling area (which
  would clip it) and the window;
- scroll: a new question is scrolled to the top of the chat (again as its answer fills in
  below it, unless the reader scrolls), so its answer and first source appear below it,
  not the end of a long answer; a marker's jump to its quote keeps the quote's card head
  (outlet, date, headline) in view above it (and on a touch screen, which keeps a tapped
  marker "hovered", its preview shows on focus only, so that it does not cover that head);
- labels: Gradio names each chat message by its content, our HTML source; the name a screen
  reader reads is made the message's plain text. A text box with a submit button (Ask,
  Compare, Build timeline) has the button inside its <label>, so it was read as "Question
  Ask": it is named by its label alone;
- the flag menu (Gradio's extra feedback options) opens above its button, inside the answer
  it rates: opened downwards from the last answer, the chat's scrolling area clipped it;
- nothing else: no network, no storage (conversations go through ``gr.BrowserState``).
"""

from __future__ import annotations

HIGHLIGHT = {  # theme → (background, text)
    "light": ("#fde68a", "#1c1917"),
    "dark": ("#854d0e", "#fef3c7"),
}
HUES = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"]

CSS = """
.nq-title-bar{display:flex;align-items:baseline;gap:10px;flex-wrap:wrap;margin:0 0 2px}
.nq-title-bar b{font-size:1.25em}
.nq-title-bar span{color:var(--body-text-color-subdued);font-size:.95em}
#chat .message-content .nq-msg{line-height:1.5}
.nq-plain{display:none !important}
.nq-user{white-space:pre-wrap}
.nq-answer{margin:0 0 6px}
.nq-note{font-size:.9em;margin:2px 0;padding:4px 8px;border-left:3px solid var(--color-accent);
 background:var(--background-fill-secondary);border-radius:4px}
.nq-meta{font-size:.78em;color:var(--body-text-color-subdued);margin:2px 0 8px}
.nq-badge{font-size:.78em;font-weight:600;padding:1px 6px;border-radius:4px;margin-right:4px;
 border:1px solid var(--border-color-primary);background:var(--background-fill-secondary)}
.nq-weak{font-size:.9em;margin:0 0 4px}
.nq-weak .nq-badge{color:#92400e;border-color:#f59e0b}.dark .nq-weak .nq-badge{color:#fcd34d}
.nq-doubt s{text-decoration-thickness:1px}
.nq-flag{font-weight:600;font-size:.92em}
.nq-contradicted .nq-flag{color:#b91c1c}.dark .nq-contradicted .nq-flag{color:#fca5a5}
.nq-status{font-size:.85em;color:var(--body-text-color-subdued);margin-top:4px}
.nq-stopped{font-style:italic}
.nq-spin{display:inline-block;width:.8em;height:.8em;margin-right:6px;vertical-align:-1px;
 border:2px solid var(--color-accent);border-right-color:transparent;border-radius:50%;
 animation:nq-spin .8s linear infinite}
@keyframes nq-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion: reduce){.nq-spin{animation:none}}
.nq-ref{position:relative;text-decoration:none;font-weight:600;font-size:.85em;
 vertical-align:super;line-height:0;margin-left:1px;
 color:var(--link-text-color, var(--color-accent))}
.nq-ref:hover,.nq-ref:focus{text-decoration:underline}
.nq-tip{display:none;position:absolute;left:-6px;top:1.9em;z-index:60;width:max-content;
 max-width:min(340px,78vw);padding:8px 10px;border-radius:8px;line-height:1.4;
 font-size:.95rem;font-weight:400;white-space:normal;text-align:left;vertical-align:baseline;
 color:var(--body-text-color);background:var(--background-fill-primary);
 border:1px solid var(--border-color-primary);box-shadow:0 6px 20px rgba(0,0,0,.25)}
.nq-ref:focus .nq-tip{display:block}
@media (hover: hover){.nq-ref:hover .nq-tip{display:block}}
.nq-tip-src{display:block;font-size:.85em;margin-bottom:3px}
.nq-tip-quote{display:block;padding-left:6px;
 border-left:3px solid """ + HIGHLIGHT["light"][0] + """}
.nq-sources{margin-top:6px}
.nq-sources-head{font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.04em;
 color:var(--body-text-color-subdued);margin:4px 0}
.nq-card{border:1px solid var(--border-color-primary);border-radius:10px;padding:8px 12px;
 margin:0 0 8px;background:var(--background-fill-primary)}
.nq-card-head{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.nq-outlet{font-weight:700}
.nq-date{color:var(--body-text-color-subdued);font-size:.9em}
.nq-nums{margin-left:auto;font-size:.85em}
.nq-num{margin-left:3px;text-decoration:none;font-weight:600}
.nq-fav{width:20px;height:20px;border-radius:5px;flex:none;object-fit:contain}
.nq-letter{display:inline-flex;align-items:center;justify-content:center;font-size:12px;
 font-weight:700;color:#fff}
""" + "".join(f".nq-hue{i}{{background:{c}}}" for i, c in enumerate(HUES)) + """
.nq-title{font-weight:600;font-size:1em;margin:4px 0}
.nq-title a{text-decoration:none}.nq-title a:hover{text-decoration:underline}
.nq-quote{margin:4px 0 2px;padding:2px 0 2px 10px;border-left:3px solid var(--border-color-primary);
 font-size:.93em;line-height:1.5;color:var(--body-text-color)}
.nq-quote mark,.nq-title mark{background:""" + HIGHLIGHT["light"][0] + ";color:" + \
    HIGHLIGHT["light"][1] + """;
 padding:0 2px;border-radius:2px}
.dark .nq-quote mark,.dark .nq-title mark{background:""" + HIGHLIGHT["dark"][0] + ";color:" + \
    HIGHLIGHT["dark"][1] + """}
.nq-qn{font-weight:700;font-size:.75em;margin-right:1px;scroll-margin-top:40px}
.nq-qn:target{outline:2px solid #f59e0b;border-radius:3px}
.nq-qn:target + mark{outline:2px solid #f59e0b}
.nq-speaker{font-size:.85em;border:1px solid var(--border-color-primary);border-radius:4px;
 padding:0 4px;margin-left:4px;white-space:nowrap}
.nq-also{font-size:.85em;margin-top:4px}
.nq-empty,.nq-placeholder{color:var(--body-text-color-subdued)}
.nq-filtered{color:var(--body-text-color-subdued);font-size:.9em;margin:0 0 8px}
.nq-placeholder{max-width:560px;margin:0 auto;text-align:center;line-height:1.5}
.nq-view-head{font-size:.9em;color:var(--body-text-color-subdued);margin-bottom:6px}
.nq-timeline+.nq-view-head,.nq-empty+.nq-view-head{margin-top:14px}
.nq-accounts{display:flex;gap:10px;flex-wrap:wrap}.nq-account{flex:1;min-width:240px}
.nq-account-quotes{margin:4px 0 0;padding-left:18px}.nq-account-quotes li{margin-bottom:6px}
.nq-src,.nq-silent{font-size:.85em;color:var(--body-text-color-subdued)}
.nq-differ{color:#b91c1c;font-weight:700}.dark .nq-differ{color:#fca5a5}
.nq-earlier{opacity:0.75}
.nq-slots,.nq-timeline{width:100%;border-collapse:collapse;margin:8px 0}
.nq-slots td,.nq-timeline td{vertical-align:top;padding:6px 8px;
 border-bottom:1px solid var(--border-color-primary)}
.nq-date-col,.nq-timeline .nq-date{white-space:nowrap;font-weight:700;width:1%}
#delete-confirm{border:1px solid #b91c1c;border-radius:8px;padding:8px}
.nq-folded>summary{cursor:pointer;list-style:none}
.nq-folded>summary::-webkit-details-marker{display:none}
.nq-folded>summary .nq-nums::after{content:" ▸";color:var(--body-text-color-subdued)}
.nq-folded[open]>summary .nq-nums::after{content:" ▾"}
.nq-view table.nq-slots,.nq-view table.nq-timeline,.nq-view table tr{border:none !important}
.nq-view table td{border:none !important;
 border-bottom:1px solid var(--border-color-primary) !important}
.nq-view table.nq-slots{border:1px solid var(--border-color-primary) !important;
 border-collapse:separate;border-spacing:0;border-radius:10px}
.nq-view table.nq-slots tr:last-child td{border-bottom:none !important}
#chat .extra-feedback-options{top:auto !important;bottom:calc(100% + 4px);z-index:70;
 padding:4px;border-radius:8px;background:var(--background-fill-primary);
 border:1px solid var(--border-color-primary);box-shadow:0 6px 20px rgba(0,0,0,.25)}
#chat .extra-feedback-option{font-size:.85rem !important;padding:4px 8px !important}
@media (max-width: 640px){
 .gradio-container>.main{padding-left:8px !important;padding-right:8px !important}
 .nq-title-bar span{display:none}
 .nq-card{padding:6px 8px}
 .nq-speaker{white-space:normal;overflow-wrap:anywhere;display:inline-block;max-width:100%;
  box-sizing:border-box;vertical-align:baseline}
 .nq-nums{margin-left:0}
 #chat .message-row .message{padding-left:10px !important;padding-right:10px !important}
 .nq-timeline tr,.nq-timeline td{display:block}
 .nq-view table.nq-timeline td.nq-date{border-bottom:none !important;padding-bottom:0}
 #articles .body-cell,#articles th{font-size:12px !important}
 #articles .body-cell .cell-wrap,#articles th .cell-wrap{padding:6px 5px !important}
 #articles .virtual-body,#articles table.header-table{width:100% !important}
 #articles table.header-table{table-layout:fixed !important}
 #articles .sizing-body td:nth-child(n+4){display:none}
 #articles th[data-heading="3"],#articles th[data-heading="4"],
 #articles .body-cell[data-col="3"],#articles .body-cell[data-col="4"]{display:none !important}
 #articles th[data-heading="0"]{width:calc(100% - 192px) !important;min-width:0 !important;
  max-width:none !important}
 #articles .body-cell[data-col="0"]{flex:1 1 0 !important;width:auto !important;
  min-width:0 !important}
 #articles th[data-heading="1"],#articles .body-cell[data-col="1"]{width:106px !important;
  min-width:106px !important;max-width:106px !important;flex:0 0 106px !important}
 #articles th[data-heading="2"],#articles .body-cell[data-col="2"]{width:86px !important;
  min-width:86px !important;max-width:86px !important;flex:0 0 86px !important}
}
"""

HEAD = """<script>
(() => {
  "use strict";
  // A chat message is HTML with its plain text inside (.nq-plain): copy that.
  const plainOf = (text) => {
    if (typeof text !== "string" || text.indexOf('class="nq-msg') === -1) return text;
    const doc = new DOMParser().parseFromString(text, "text/html");
    doc.querySelectorAll(".nq-msg").forEach((m) => {
      const p = m.querySelector(".nq-plain");
      m.replaceWith(doc.createTextNode(p ? p.textContent : m.textContent));
    });
    return doc.body.textContent;
  };
  const clip = navigator.clipboard;
  if (clip && typeof clip.writeText === "function") {
    const write = clip.writeText.bind(clip);
    clip.writeText = (text) => write(plainOf(text));
  }
  // Without navigator.clipboard (plain http off localhost) Gradio copies through a textarea.
  document.addEventListener("copy", (e) => {
    const el = document.activeElement;
    if (el && el.tagName === "TEXTAREA" && el.value.indexOf('class="nq-msg') !== -1) {
      e.clipboardData.setData("text/plain", plainOf(el.value));
      e.preventDefault();
    }
  }, true);
  // A marker whose quote sits in a folded card opens the card first.
  document.addEventListener("click", (e) => {
    const link = e.target instanceof Element ? e.target.closest("a.nq-ref, a.nq-num") : null;
    const id = link ? (link.getAttribute("href") || "").slice(1) : "";
    const target = id ? document.getElementById(id) : null;
    const folded = target ? target.closest("details") : null;
    if (folded) folded.open = true;
    // ... and keyboard focus follows the link to its quote (Enter on a marker left it on
    // the page's body): the quote's label takes focus once the link has scrolled to it
    if (target) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      requestAnimationFrame(() => target.focus({preventScroll: true}));
    }
    // ... and the jump leaves room above the quote for its card's head (outlet, date,
    // headline), unless the quote would then fall below what its scrolling area shows
    const card = target ? target.closest(".nq-card") : null;
    if (card) {
      const above = target.getBoundingClientRect().top - card.getBoundingClientRect().top;
      const log = card.closest('[role="log"]');
      const room = Math.min(log ? log.clientHeight : innerHeight, innerHeight);
      const margin = Math.min(above + 8, room - target.offsetHeight - 48);
      target.style.scrollMarginTop = Math.max(margin, 8) + "px";
    }
  }, true);
  // A marker's preview stays inside what would clip it: the chat's scrolling log (or the
  // window). It opens below and to the right of its marker; near an edge it moves left, or
  // opens above.
  const place = (e) => {
    const ref = e.target instanceof Element ? e.target.closest("a.nq-ref") : null;
    if (!ref || (e.relatedTarget instanceof Node && ref.contains(e.relatedTarget))) return;
    const tip = ref.querySelector(".nq-tip");
    if (!tip) return;
    tip.style.left = tip.style.top = tip.style.bottom = "";
    const fit = () => {
      const box = tip.getBoundingClientRect();
      if (!box.width) return false;
      const log = ref.closest('[role="log"]');
      const area = log ? log.getBoundingClientRect()
        : {left: 0, top: 0, right: innerWidth, bottom: innerHeight};
      const lo = Math.max(area.left, 0) + 6, hi = Math.min(area.right, innerWidth) - 6;
      let shift = box.right > hi ? hi - box.right : 0;
      if (box.left + shift < lo) shift = lo - box.left;
      if (shift) tip.style.left = (tip.offsetLeft + shift) + "px";
      const bottom = Math.min(area.bottom, innerHeight) - 6;
      const top = Math.max(area.top, 0) + 6;
      if (box.bottom > bottom && box.top - box.height - ref.offsetHeight - 12 > top) {
        tip.style.top = "auto";
        tip.style.bottom = "1.2em";
      }
      return true;
    };
    if (!fit()) requestAnimationFrame(fit);
  };
  document.addEventListener("mouseover", place, true);
  document.addEventListener("focusin", place, true);
  // A new question goes to the top of the chat; its answer and sources fill in below it.
  // When the question arrives, nothing is below it yet to scroll by: it is moved up again
  // as its answer comes, until it reaches the top or its answer is complete.
  let questions = -1, pending = null;
  const follow = () => {
    const chat = document.getElementById("chat");
    if (!chat) return;
    const rows = chat.querySelectorAll(".message-row.user-row");
    if (questions >= 0 && rows.length > questions) {
      pending = rows[rows.length - 1];
      const top = chat.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight / 2) chat.scrollIntoView({block: "start"});
    }
    questions = rows.length;
    if (!pending) return;
    if (!pending.isConnected) { pending = null; return; }
    const log = pending.closest('[role="log"]') || chat;
    const off = pending.getBoundingClientRect().top - log.getBoundingClientRect().top;
    if (Math.abs(off) > 1) log.scrollTop += off;
    // any reply after it that is no longer being written: an answer, a refusal, an error
    const answered = [...chat.querySelectorAll(".nq-msg:not(.nq-live):not(.nq-user)")].some(
      (m) => !pending.contains(m)
        && pending.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
    const left = pending.getBoundingClientRect().top - log.getBoundingClientRect().top;
    if (answered || Math.abs(left) <= 1) pending = null;
  };
  // a reader who scrolls meanwhile is left where they scrolled to
  for (const kind of ["wheel", "touchmove", "keydown", "pointerdown"]) {
    document.addEventListener(kind, () => { pending = null; }, {passive: true});
  }
  // Gradio labels each chat message "bot's message: " + its content, which for us is HTML
  // source (tags, "AT&amp;T"): a screen reader reads the message's plain text instead.
  const relabel = () => {
    document.querySelectorAll("#chat [aria-label]").forEach((el) => {
      const label = el.getAttribute("aria-label");
      const at = label.indexOf('<div class="nq-msg');
      if (at >= 0) el.setAttribute("aria-label", label.slice(0, at) + plainOf(label.slice(at)));
    });
  };
  // A box with its submit button inside its <label> was named "Question Ask": its label's
  // text alone names it.
  const name = () => {
    document.querySelectorAll("label textarea[data-testid='textbox']").forEach((box) => {
      const label = box.closest("label");
      const info = label.querySelector("[data-testid='block-info']");
      const text = info ? info.textContent.trim() : "";
      if (text && label.querySelector("button") && box.getAttribute("aria-label") !== text) {
        box.setAttribute("aria-label", text);
      }
    });
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; relabel(); name(); follow(); });
  }).observe(document.documentElement, {childList: true, subtree: true, attributes: true,
                                        attributeFilter: ["aria-label"]});
})();
</script>"""
