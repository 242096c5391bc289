package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.slack.Dates;
import app.receipts.slack.WebLinks;
import java.util.stream.Collectors;

/** One piece of evidence as Markdown: a win or praise bullet, or a highlight line. */
final class MarkdownEvidence {
  private MarkdownEvidence() {}

  static String win(Entry win) {
    StringBuilder md =
        new StringBuilder("- **")
            .append(day(win))
            .append("**: ")
            .append(MarkdownText.escape(win.text()))
            .append('\n');
    if (!PacketText.oneLine(win.impact()).isEmpty()) {
      md.append("  - Impact: ").append(MarkdownText.escape(win.impact())).append('\n');
    }
    if (win.hasMetric()) {
      md.append("  - Metric: ").append(MarkdownText.escape(win.metric())).append('\n');
    }
    if (!win.links().isEmpty()) {
      md.append("  - Links: ")
          .append(
              win.links().stream()
                  .map(url -> MarkdownText.link(url, PacketText.linkLabel(url)))
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    return md.toString();
  }

  static String praise(Packet packet, Entry praise) {
    StringBuilder md =
        new StringBuilder("- “")
            .append(packet.readableText(praise, MarkdownText::link, MarkdownText::escape))
            .append("” — ")
            .append(MarkdownText.escape(packet.authorName(praise)))
            .append(", ")
            .append(day(praise));
    if (WebLinks.isWebLink(praise.permalink())) {
      md.append(" · ").append(MarkdownText.link(praise.permalink(), "View in Slack"));
    }
    md.append('\n');
    if (!PacketText.oneLine(praise.note()).isEmpty()) {
      md.append("  - Note: ").append(MarkdownText.escape(praise.note())).append('\n');
    }
    return md.toString();
  }

  static String highlight(Packet packet, Entry entry) {
    String tail = " _(" + entry.competency().label() + ", " + day(entry) + ")_";
    if (entry.kind() == Entry.Kind.PRAISE) {
      return "Praise from "
          + MarkdownText.escape(packet.authorName(entry))
          + ": “"
          + packet.readableText(entry, MarkdownText::link, MarkdownText::escape)
          + "”"
          + tail;
    }
    StringBuilder md =
        new StringBuilder("**")
            .append(MarkdownText.escape(Starters.clause(entry.text())))
            .append("**");
    if (!PacketText.oneLine(entry.impact()).isEmpty()) {
      md.append(": ").append(MarkdownText.escape(entry.impact()));
    }
    if (entry.hasMetric()) {
      md.append(" · Metric: ").append(MarkdownText.escape(entry.metric()));
    }
    return md.append(tail).toString();
  }

  static String day(Entry entry) {
    return Dates.day(Packet.dayOf(entry));
  }
}
