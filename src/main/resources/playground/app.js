// The playground page: polls what the stand-in shows and sends what the person does.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  let state = null;
  let shown = { channel: "", dm: "", home: "", calls: "", modal: "" };
  let pane = "channel";
  let returnFocus = null;

  async function post(op, body) {
    const response = await fetch("/play/" + op, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Playground": "1" },
      body: JSON.stringify(body || {}),
    });
    const answer = response.ok ? await response.json() : { result: "The playground could not do that." };
    await refresh();
    return answer.result;
  }

  async function refresh() {
    try {
      const response = await fetch("/play/state", { cache: "no-store" });
      if (response.ok) render(await response.json());
    } catch (e) {
      $("tool-result").textContent = "The playground stopped: start it again and reload.";
    }
  }

  function render(next) {
    state = next;
    $("now").textContent = formatTime(next.now);
    $("next-reminder").textContent = next.nextReminder ? formatTime(next.nextReminder) : "none planned";
    const me = next.me;
    const mine = (m) => !m.ephemeral || m.for === me;
    paint("channel", $("channel-messages"), next.messages.filter((m) => m.channel === "C0GENERAL" && mine(m)));
    paint("dm", $("dm-messages"), next.messages.filter((m) => m.channel === "D" + me && mine(m)));
    const home = JSON.stringify(next.home || null);
    if (home !== shown.home) {
      shown.home = home;
      const root = $("home");
      root.replaceChildren();
      if (next.home) {
        root.appendChild(Blocks.render(next.home.blocks, context({ view: next.home.id })));
      } else {
        root.appendChild(Blocks.el("p", { class: "empty", text: "Open App Home to see what Receipts shows there." }));
      }
    }
    const calls = JSON.stringify(next.calls);
    if (calls !== shown.calls) {
      shown.calls = calls;
      $("calls").replaceChildren(...next.calls.map((c) =>
        Blocks.el("li", {}, [Blocks.el("code", { text: c.method }), document.createTextNode(" " + c.detail)])));
    }
    renderModal(next.modal);
  }

  function context(where) {
    return {
      names: state.names,
      errors: null,
      onAction: (action) => where.message
        ? post("message-action", { message: where.message, action })
        : post("view-action", { view: where.view, values: where.values ? where.values() : {}, action }),
    };
  }

  // a message is drawn again only when it changed, so focus and Selenium's handles survive polling
  const drawn = new Map();
  function paint(key, list, messages) {
    const json = JSON.stringify(messages);
    if (json === shown[key]) return;
    shown[key] = json;
    const nodes = messages.map((m) => {
      const mine = JSON.stringify(m);
      const known = drawn.get(m.id);
      if (known && known.json === mine) return known.node;
      const node = message(m);
      drawn.set(m.id, { json: mine, node });
      return node;
    });
    const grew = nodes.length > list.children.length;
    nodes.forEach((node, i) => { if (list.children[i] !== node) list.insertBefore(node, list.children[i] || null); });
    while (list.children.length > nodes.length) list.lastElementChild.remove();
    if (grew && list.lastElementChild) list.lastElementChild.scrollIntoView({ block: "nearest" });
  }

  function message(m) {
    const item = Blocks.el("li", { class: "message" + (m.ephemeral ? " ephemeral" : ""), id: "msg-" + m.id,
      "data-message-id": m.id, "data-user": m.user });
    const head = Blocks.el("div", { class: "message-head" }, [
      Blocks.el("strong", { class: "author", text: m.name }),
      m.user === "U0RECEIPTS" ? Blocks.el("span", { class: "app-tag", text: "APP" }) : null,
      Blocks.el("span", { class: "when", text: formatTs(m.ts) }),
      m.ephemeral ? Blocks.el("span", { class: "only-you", text: "Only visible to you" }) : null,
    ]);
    item.appendChild(head);
    if (m.blocks && m.blocks.length) {
      item.appendChild(Blocks.render(m.blocks, context({ message: m.id })));
    } else {
      item.appendChild(Blocks.text({ type: "mrkdwn", text: m.text }, { names: state.names }));
    }
    (m.files || []).forEach((f) => item.appendChild(Blocks.el("a", { class: "file", href: f.url, download: f.name, text: "⬇ " + f.name })));
    if (m.user !== "U0RECEIPTS" && m.user !== "USLACKBOT" && !m.ephemeral) {
      const save = Blocks.el("button", { type: "button", class: "shortcut", text: "Save as evidence",
        "aria-label": "Save as evidence: message from " + m.name });
      save.addEventListener("click", () => { returnFocus = save; post("shortcut", { message: m.id }); });
      item.appendChild(Blocks.el("div", { class: "message-actions" }, [save]));
    }
    return item;
  }

  function renderModal(modal) {
    const key = modal ? JSON.stringify([modal.view.id, modal.view.hash, modal.errors]) : "";
    if (key === shown.modal) return;
    const wasOpen = shown.modal !== "";
    shown.modal = key;
    const root = $("modal-root");
    // what the person typed survives a field error: read it before the modal is drawn again
    const typed = wasOpen && modal && root.querySelector(".modal[data-view-id='" + modal.view.id + "']")
      ? Blocks.values(root) : null;
    root.replaceChildren();
    if (!modal) {
      if (wasOpen && returnFocus) returnFocus.focus();
      return;
    }
    if (!wasOpen) returnFocus = returnFocus || document.activeElement;
    const view = modal.view;
    const titleId = "modal-title-" + view.id;
    const dialog = Blocks.el("div", { class: "modal", role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, "data-view-id": view.id });
    const form = Blocks.el("form", { class: "modal-form", novalidate: true });
    const ctx = context({ view: view.id, values: () => Blocks.values(form) });
    ctx.errors = modal.errors || null;
    form.appendChild(Blocks.el("h2", { id: titleId, class: "modal-title", text: (view.title && view.title.text) || "" }));
    if (modal.errors && modal.errors[""]) form.appendChild(Blocks.el("p", { class: "field-error", role: "alert", text: modal.errors[""] }));
    form.appendChild(Blocks.render(view.blocks, ctx));
    const close = Blocks.el("button", { type: "button", class: "secondary modal-close", text: (view.close && view.close.text) || "Cancel" });
    close.addEventListener("click", () => post("close", { view: view.id }));
    const buttons = [close];
    if (view.submit) buttons.push(Blocks.el("button", { type: "submit", class: "primary modal-submit", text: view.submit.text }));
    form.appendChild(Blocks.el("div", { class: "modal-buttons" }, buttons));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      // as Slack's client does, a required input left empty stops the submission here
      const missing = requiredEmpty(form, view.blocks);
      if (Object.keys(missing).length) {
        ctx.errors = missing;
        const typedNow = Blocks.values(form);
        form.querySelector(".blocks").replaceWith(Blocks.render(view.blocks, ctx));
        restore(form, typedNow);
        const bad = form.querySelector(".has-error input, .has-error textarea, .has-error select");
        bad && bad.focus();
        return;
      }
      post("submit", { view: view.id, values: Blocks.values(form) });
    });
    dialog.addEventListener("keydown", (ev) => { if (ev.key === "Escape") post("close", { view: view.id }); });
    dialog.appendChild(form);
    root.appendChild(Blocks.el("div", { class: "backdrop" }, [dialog]));
    if (typed) restore(form, typed);
    const first = form.querySelector(".has-error input, .has-error textarea, .has-error select") ||
      form.querySelector("input, textarea, select, button");
    first && first.focus();
  }

  function requiredEmpty(form, blocks) {
    const values = Blocks.values(form);
    const missing = {};
    (blocks || []).filter((b) => b.type === "input" && !b.optional && b.element && b.element.action_id)
      .forEach((b) => {
        const v = (values[b.block_id] || {})[b.element.action_id];
        if (v === null || v === undefined || (Array.isArray(v) && !v.length)) {
          missing[b.block_id] = "Please complete this required field.";
        }
      });
    return missing;
  }

  function restore(form, typed) {
    form.querySelectorAll(".bk-input [data-action-id]").forEach((node) => {
      const v = (typed[node.getAttribute("data-block-id")] || {})[node.getAttribute("data-action-id")];
      if (v === undefined || v === null) return;
      if (Array.isArray(v) || node.tagName === "FIELDSET") {
        node.querySelectorAll("input").forEach((i) => { i.checked = [].concat(v).includes(i.value); });
      } else {
        node.value = v;
      }
    });
  }

  function show(name) {
    pane = name;
    document.querySelectorAll(".tab").forEach((t) => t.setAttribute("aria-pressed", String(t.dataset.pane === name)));
    document.querySelectorAll(".pane").forEach((p) => { p.hidden = p.id !== "pane-" + name; });
    if (name === "home") post("home");
  }

  const formatTime = (iso) => new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
  const formatTs = (ts) => ts ? new Date(parseFloat(ts) * 1000).toLocaleString([], { dateStyle: "short", timeStyle: "short" }) : "";

  document.querySelectorAll(".tab").forEach((t) => t.addEventListener("click", () => show(t.dataset.pane)));
  document.querySelectorAll(".composer").forEach((form) => form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = form.querySelector("input");
    const text = input.value;
    input.value = "";
    returnFocus = input;
    post("type", { channel: form.dataset.channel, text });
  }));
  const tool = (button, op, busy) => button.addEventListener("click", async () => {
    button.disabled = true;
    $("tool-result").textContent = busy;
    try {
      $("tool-result").textContent = await post(op);
    } finally {
      button.disabled = false;
    }
  });
  tool($("sample-history"), "sample-history", "Entering a few months of wins and praise…");
  tool($("fire-reminder"), "next-reminder", "Moving the bot's clock to the next reminder…");
  refresh();
  setInterval(refresh, 800);
})();
