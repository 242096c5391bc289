// Block Kit to DOM: the blocks and elements Receipts sends; anything else is a labelled placeholder.
"use strict";
const Blocks = (() => {
  let counter = 0;
  const uid = (p) => p + "-" + ++counter;

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "text") node.textContent = v;
      else if (k === "html") node.innerHTML = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
    (children || []).forEach((c) => c && node.appendChild(c));
    return node;
  }

  function text(obj, ctx, tag) {
    if (!obj) return null;
    const node = el(tag || "div", { class: "bk-text" });
    if (obj.type === "mrkdwn") node.innerHTML = Mrkdwn.toHtml(obj.text, ctx.names);
    else node.textContent = obj.text || "";
    return node;
  }

  const plain = (obj) => (obj && obj.text) || "";

  function placeholder(kind, type) {
    return el("div", { class: "bk-unsupported", text: "[" + kind + " " + type + ": not shown in the playground]" });
  }

  function render(blocks, ctx) {
    const root = el("div", { class: "blocks" });
    (blocks || []).forEach((block) => root.appendChild(renderBlock(block, ctx)));
    return root;
  }

  function renderBlock(block, ctx) {
    const wrap = (children) =>
      el("div", { class: "bk bk-" + block.type, "data-block-id": block.block_id }, children);
    switch (block.type) {
      case "header":
        return wrap([el("h3", { class: "bk-header", text: plain(block.text) })]);
      case "divider":
        return wrap([el("hr")]);
      case "section": {
        const fields = block.fields
          ? el("div", { class: "bk-fields" }, block.fields.map((f) => text(f, ctx)))
          : null;
        const body = el("div", { class: "bk-section-body" }, [text(block.text, ctx), fields]);
        const accessory = block.accessory ? element(block.accessory, block, ctx, false) : null;
        return wrap([body, accessory && el("div", { class: "bk-accessory" }, [accessory])]);
      }
      case "context":
        return wrap((block.elements || []).map((e) =>
          e.type === "image" ? el("span", { class: "bk-image-alt", text: "[image: " + (e.alt_text || "") + "]" }) : text(e, ctx, "span")));
      case "actions":
        return wrap((block.elements || []).map((e) => element(e, block, ctx, false)));
      case "input":
        return input(block, ctx);
      case "image":
        return wrap([el("div", { class: "bk-unsupported", text: "[image: " + (block.alt_text || "") + " — images are not fetched in the playground]" })]);
      default:
        return wrap([placeholder("block", block.type)]);
    }
  }

  function input(block, ctx) {
    const id = uid("in");
    const error = ctx.errors && ctx.errors[block.block_id];
    const errorId = error ? id + "-error" : null;
    const label = el("label", { for: id, class: "bk-label", text: plain(block.label) }, [
      block.optional ? el("span", { class: "optional", text: " (optional)" }) : null,
    ]);
    const field = element(block.element, block, ctx, true, id, errorId);
    const children = [label, field];
    if (block.hint) children.push(el("p", { class: "bk-hint", text: plain(block.hint) }));
    if (error) children.push(el("p", { class: "field-error", id: errorId, role: "alert", text: error }));
    return el("div", { class: "bk bk-input" + (error ? " has-error" : ""), "data-block-id": block.block_id }, children);
  }

  function element(e, block, ctx, inInput, id, errorId) {
    const tag = { "data-action-id": e.action_id, "data-kind": e.type, "data-block-id": block.block_id };
    const fire = (extra) => ctx.onAction(Object.assign({ block_id: block.block_id, action_id: e.action_id }, extra || {}));
    const described = errorId ? { "aria-describedby": errorId, "aria-invalid": "true" } : {};
    switch (e.type) {
      case "button": {
        const b = el("button", Object.assign({ type: "button", class: "bk-button " + (e.style || "") }, tag), []);
        b.textContent = plain(e.text);
        b.addEventListener("click", () => fire());
        return b;
      }
      case "overflow":
        return overflow(e, tag, fire);
      case "static_select": {
        const s = el("select", Object.assign({ id: id || uid("sel"), "aria-label": inInput ? null : plain(e.placeholder) || "Choose" }, tag, described));
        s.appendChild(el("option", { value: "", text: plain(e.placeholder) || "Choose…" }));
        const initial = e.initial_option && e.initial_option.value;
        const add = (parent, o) => parent.appendChild(el("option", { value: o.value, text: plain(o.text), selected: o.value === initial }));
        (e.options || []).forEach((o) => add(s, o));
        (e.option_groups || []).forEach((g) => {
          const group = el("optgroup", { label: plain(g.label) });
          (g.options || []).forEach((o) => add(group, o));
          s.appendChild(group);
        });
        if (!inInput) s.addEventListener("change", () => fire({ value: s.value }));
        return s;
      }
      case "users_select": {
        const s = el("select", Object.assign({ id: id || uid("usr"), "aria-label": inInput ? null : "Choose a person" }, tag, described));
        s.appendChild(el("option", { value: "", text: plain(e.placeholder) || "Choose a person…" }));
        Object.entries(ctx.names).filter(([uid]) => uid.startsWith("U0") && uid !== "U0RECEIPTS")
          .forEach(([u, name]) => s.appendChild(el("option", { value: u, text: name, selected: u === e.initial_user })));
        if (!inInput) s.addEventListener("change", () => fire({ value: s.value }));
        return s;
      }
      case "datepicker":
      case "timepicker": {
        const i = el("input", Object.assign({ id: id || uid("date"), type: e.type === "datepicker" ? "date" : "time",
          value: e.initial_date || e.initial_time || "", "aria-label": inInput ? null : plain(e.placeholder) || "Pick" }, tag, described));
        if (!inInput) i.addEventListener("change", () => fire({ value: i.value }));
        return i;
      }
      case "plain_text_input": {
        const attrs = Object.assign({ id: id || uid("txt"), placeholder: plain(e.placeholder) || null,
          maxlength: e.max_length || null }, tag, described);
        const i = e.multiline ? el("textarea", Object.assign({ rows: 3 }, attrs)) : el("input", Object.assign({ type: "text" }, attrs));
        i.value = e.initial_value || "";
        return i;
      }
      case "checkboxes":
      case "radio_buttons": {
        const kind = e.type === "checkboxes" ? "checkbox" : "radio";
        const name = uid("grp");
        const initial = (e.initial_options || (e.initial_option ? [e.initial_option] : [])).map((o) => o.value);
        const set = el("fieldset", Object.assign({ id: id || null, class: "bk-choices", tabindex: "-1" }, tag, described),
          (e.options || []).map((o) => el("label", { class: "bk-choice" }, [
            el("input", { type: kind, name, value: o.value, checked: initial.includes(o.value) }),
            text(o.text, ctx, "span"),
          ])));
        if (!inInput) set.addEventListener("change", () => fire({ values: checkedValues(set), value: checkedValues(set)[0] }));
        return set;
      }
      default:
        return placeholder("element", e.type);
    }
  }

  function overflow(e, tag, fire) {
    const menuId = uid("menu");
    const toggle = el("button", Object.assign({ type: "button", class: "bk-overflow", "aria-haspopup": "true",
      "aria-expanded": "false", "aria-controls": menuId, "aria-label": "More actions" }, tag));
    toggle.textContent = "⋯";
    const menu = el("ul", { id: menuId, class: "bk-menu", hidden: true });
    (e.options || []).forEach((o) => {
      const item = el("button", { type: "button", class: "bk-menu-item", "data-value": o.value, text: plain(o.text) });
      item.addEventListener("click", () => { menu.hidden = true; toggle.setAttribute("aria-expanded", "false"); fire({ value: o.value }); });
      menu.appendChild(el("li", {}, [item]));
    });
    toggle.addEventListener("click", () => {
      menu.hidden = !menu.hidden;
      toggle.setAttribute("aria-expanded", String(!menu.hidden));
      if (!menu.hidden) menu.querySelector("button").focus();
    });
    menu.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") { menu.hidden = true; toggle.setAttribute("aria-expanded", "false"); toggle.focus(); }
    });
    return el("div", { class: "bk-overflow-wrap" }, [toggle, menu]);
  }

  function checkedValues(set) {
    return Array.from(set.querySelectorAll("input:checked")).map((i) => i.value);
  }

  // what each input block holds now: block id -> action id -> a string or a list
  function values(root) {
    const out = {};
    root.querySelectorAll(".bk-input [data-action-id]").forEach((node) => {
      const block = node.getAttribute("data-block-id");
      const action = node.getAttribute("data-action-id");
      const kind = node.getAttribute("data-kind");
      out[block] = out[block] || {};
      out[block][action] = kind === "checkboxes" ? checkedValues(node)
        : kind === "radio_buttons" ? (checkedValues(node)[0] || null)
        : node.value === "" ? null : node.value;
    });
    return out;
  }

  return { render, values, el, text };
})();
