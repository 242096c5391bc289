package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.slack.Dates;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.WebLinks;

/** One piece of evidence as Markdown: a win or praise bullet, or a highlight line. */
final class MarkdownEvidence {
  private static final String BOLD_OPEN = "\uE001";
  private static final String BOLD_CLOSE = "\uE002";
  private static final String ITALIC_OPEN = "\uE003";
  private static final String ITALIC_CLOSE = "\uE004";

  private MarkdownEvidence() {}

  /** Appends a win's bullet to {@code md}: thousands of them make a long packet. */
  static void win(StringBuilder md, Entry win) {
    md.append("- **").append(day(win)).append("**: ");
    MarkdownText.escape(md, win.text()).append('\n');
    if (!PacketText.oneLine(win.impact()).isEmpty()) {
      MarkdownText.escape(md.append("  - Impact: "), win.impact()).append('\n');
    }
    if (win.hasMetric()) {
      MarkdownText.escape(md.append("  - Metric: "), win.metric()).append('\n');
    }
    if (!win.links().isEmpty()) {
      md.append("  - Links: ");
      for (int i = 0; i < win.links().size(); i++) {
        String url = win.links().get(i);
        md.append(i == 0 ? "" : ", ").append(MarkdownText.link(url, PacketText.linkLabel(url)));
      }
      md.append('\n');
    }
  }

  /** Appends a praise bullet to {@code md}. */
  static void praise(StringBuilder md, Packet packet, Entry praise) {
    md.append("- “").append(praiseText(packet, praise)).append("” — ");
    MarkdownText.escape(md, packet.authorName(praise)).append(", ").append(day(praise));
    if (WebLinks.isWebLink(praise.permalink())) {
      md.append(" · ").append(MarkdownText.link(praise.permalink(), "View in Slack"));
    }
    md.append('\n');
    if (!PacketText.oneLine(praise.note()).isEmpty()) {
      MarkdownText.escape(md.append("  - Note: "), praise.note()).append('\n');
    }
  }

  /**
   * A praise's words as Markdown: escaped, links kept, and Slack's {@code *bold*} and {@code
   * _italic_} bold and italic again rather than printed with their marks. The markers are
   * private-use characters escaping leaves alone (and not {@link Packet}'s link marker).
   */
  private static String praiseText(Packet packet, Entry praise) {
    return packet.readableText(
        praise,
        MarkdownText::link,
        text ->
            MarkdownText.escape(
                    SlackMarkup.emphasis(text, BOLD_OPEN, BOLD_CLOSE, ITALIC_OPEN, ITALIC_CLOSE))
                .replace(BOLD_OPEN, "**")
                .replace(BOLD_CLOSE, "**")
                .replace(ITALIC_OPEN, "*")
                .replace(ITALIC_CLOSE, "*"));
  }

  /** "3. **the win**: … · Metric: …" and, below it, why the packet ranked it there. */
  static void rankedHighlight(StringBuilder md, Packet packet, Entry entry, int rank) {
    md.append(rank).append(". ").append(highlight(packet, entry)).append('\n');
    MarkdownText.escape(md.append("   - Why: "), packet.reason(entry)).append('\n');
  }

  static String highlight(Packet packet, Entry entry) {
    String tail = " _(" + entry.competency().label() + ", " + day(entry) + ")_";
    if (entry.kind() == Entry.Kind.PRAISE) {
      return "Praise from "
          + MarkdownText.escape(packet.authorName(entry))
          + ": “"
          + praiseText(packet, entry)
          + "”"
          + tail;
    }
    StringBuilder md =
        new StringBuilder("**")
            .append(MarkdownText.escape(Clauses.clause(entry.text())))
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
