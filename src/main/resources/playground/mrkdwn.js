// Slack mrkdwn to safe HTML: every piece of text is escaped first; only our own tags are added.
"use strict";
const Mrkdwn = (() => {
  const escapeHtml = (s) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  // Slack sends &amp; &lt; &gt; for the three characters it reserves
  const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

  const EMOJI = {
    white_check_mark: "✅", tada: "🎉", mag: "🔍", receipt: "🧾", hourglass_flowing_sand: "⏳",
    warning: "⚠️", bell: "🔔", calendar: "📅", page_facing_up: "📄", sparkles: "✨", wave: "👋",
    memo: "📝", bar_chart: "📊", pushpin: "📌", x: "❌", bulb: "💡", star: "⭐", thumbsup: "👍",
    raised_hands: "🙌", clipboard: "📋", zzz: "💤", spiral_calendar_pad: "🗓️", chart_with_upwards_trend: "📈",
  };

  function styles(escaped) {
    return escaped
      .replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] || whole)
      .replace(/(^|[\s(])\*([^*\n]+?)\*(?=$|[\s).,!?:;])/g, "$1<strong>$2</strong>")
      .replace(/(^|[\s(])_([^_\n]+?)_(?=$|[\s).,!?:;])/g, "$1<em>$2</em>")
      .replace(/(^|[\s(])~([^~\n]+?)~(?=$|[\s).,!?:;])/g, "$1<del>$2</del>");
  }

  function special(inner, names) {
    const [target, label] = splitOnce(inner, "|");
    if (target.startsWith("@")) {
      const id = target.slice(1);
      return '<span class="mention">@' + escapeHtml(label || names[id] || id) + "</span>";
    }
    if (target.startsWith("#")) {
      return '<span class="mention">#' + escapeHtml(label || target.slice(1)) + "</span>";
    }
    if (target.startsWith("!")) {
      const word = target.slice(1).split("^")[0];
      return '<span class="mention">@' + escapeHtml(label || word) + "</span>";
    }
    const url = decode(target);
    if (/^(https?:|mailto:)/i.test(url)) {
      return '<a href="' + escapeHtml(url) + '" target="_blank" rel="noopener noreferrer">' +
        styles(escapeHtml(decode(label || target))) + "</a>";
    }
    return escapeHtml("<" + decode(inner) + ">");
  }

  function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
  }

  function inline(line, names) {
    let out = "";
    const pattern = /`([^`]+)`|<([^<>\s][^<>]*)>/g;
    let last = 0;
    let m;
    while ((m = pattern.exec(line)) !== null) {
      out += styles(escapeHtml(decode(line.slice(last, m.index))));
      out += m[1] !== undefined
        ? "<code>" + escapeHtml(decode(m[1])) + "</code>"
        : special(m[2], names);
      last = pattern.lastIndex;
    }
    return out + styles(escapeHtml(decode(line.slice(last))));
  }

  function lines(text, names) {
    const out = [];
    let quote = [];
    const flush = () => {
      if (quote.length) {
        out.push("<blockquote>" + quote.join("<br>") + "</blockquote>");
        quote = [];
      }
    };
    for (const line of text.split("\n")) {
      const q = /^(?:&gt;|>)\s?(.*)$/.exec(line);
      if (q) {
        quote.push(inline(q[1], names));
      } else {
        flush();
        out.push(inline(line, names));
      }
    }
    flush();
    return out.join("<br>").replace(/<\/blockquote><br>/g, "</blockquote>");
  }

  function toHtml(text, names) {
    names = names || {};
    const parts = String(text || "").split("```");
    return parts
      .map((part, i) =>
        i % 2 === 1 ? "<pre>" + escapeHtml(decode(part.replace(/^\n/, ""))) + "</pre>" : lines(part, names))
      .join("");
  }

  return { toHtml, escapeHtml };
})();
