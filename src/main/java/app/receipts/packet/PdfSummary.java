package app.receipts.packet;

import app.receipts.slack.Dates;

/**
 * The PDF's first page as Markdown: who and when, the counts, the strongest evidence and what is
 * missing, so a reviewer who reads one page has read the packet.
 */
final class PdfSummary {
  private PdfSummary() {}

  /** At most this many highlights fit the summary page beside the table and the gaps. */
  static final int HIGHLIGHTS = 5;

  static String highlights(Packet packet) {
    StringBuilder md = new StringBuilder(1024).append("## Top highlights\n\n");
    if (packet.highlights().isEmpty()) {
      return md.append("No evidence logged in this period yet.\n").toString();
    }
    for (int i = 0; i < Math.min(HIGHLIGHTS, packet.highlights().size()); i++) {
      MarkdownEvidence.rankedHighlight(md, packet, packet.highlights().get(i), i + 1);
    }
    return md.toString();
  }

  static String gaps(Packet packet) {
    StringBuilder md = new StringBuilder(512).append("## Gaps\n\n");
    if (packet.gaps().isEmpty()) {
      return md.append("Every competency has evidence in this period.\n").toString();
    }
    for (Packet.Gap gap : packet.gaps()) {
      md.append("- **")
          .append(gap.competency().label())
          .append("**: ")
          .append(gap.suggestion())
          .append('\n');
    }
    return md.toString();
  }

  /** "23 entries in 4 of 6 months · busiest Mar 2026 (9)", or nothing for an empty timeline. */
  static String activity(Timeline timeline) {
    int months = timeline.months().size();
    int active = 0;
    Timeline.Month busiest = null;
    for (Timeline.Month month : timeline.months()) {
      if (month.total() > 0) {
        active++;
      }
      if (busiest == null || month.total() > busiest.total()) {
        busiest = month;
      }
    }
    if (busiest == null || busiest.total() == 0) {
      return "";
    }
    return "Evidence in "
        + active
        + " of "
        + months
        + (months == 1 ? " month" : " months")
        + " · busiest "
        + Dates.month(busiest.month())
        + " ("
        + busiest.total()
        + ")\n\n";
  }
}
