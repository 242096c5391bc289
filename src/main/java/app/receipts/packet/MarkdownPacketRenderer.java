package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.slack.Dates;
import java.util.List;

/** The packet as GitHub-flavoured Markdown that pastes cleanly into a review tool. */
final class MarkdownPacketRenderer {

  String fileName(Packet packet) {
    return packet.fileName("md");
  }

  String render(Packet packet) {
    StringBuilder md = new StringBuilder(capacity(packet.entryCount()));
    overview(md, packet);
    timeline(md, packet);
    details(md, packet, Integer.MAX_VALUE, 0);
    return md.toString();
  }

  /** Room for a typical entry's bullet, so a long history is not copied as the text grows. */
  static int capacity(int entries) {
    return 4096 + 256 * Math.min(entries, 100_000);
  }

  /** Title and at-a-glance table. */
  String overview(Packet packet) {
    StringBuilder md = new StringBuilder(1024);
    overview(md, packet);
    return md.toString();
  }

  private void overview(StringBuilder md, Packet packet) {
    String who =
        packet.userDisplayName().isBlank()
            ? ""
            : ": " + MarkdownText.escape(packet.userDisplayName());
    md.append("# Review packet").append(who).append("\n\n");
    md.append("**")
        .append(packet.period().label())
        .append("** · ")
        .append(plural(packet.winCount(), "win", "wins"))
        .append(" · ")
        .append(plural(packet.praiseCount(), "praise", "praise"))
        .append("\n\n## At a glance\n\n");
    md.append(
        "| Competency | Weight | Wins | Praise | Share | Coverage |\n"
            + "| :-- | --: | --: | --: | --: | :-- |\n");
    for (Packet.Section section : packet.sections()) {
      Competency competency = section.competency();
      Coverage.Share share = packet.coverage().share(competency);
      md.append("| ")
          .append(competency.label())
          .append(" | ")
          .append(competency.weightPercent())
          .append("% | ")
          .append(section.wins().size())
          .append(" | ")
          .append(section.praise().size())
          .append(" | ")
          .append(Math.round(share.percent()))
          .append("% | ")
          .append(share.gap() ? "**gap**" : "ok")
          .append(" |\n");
    }
    md.append("| **Total** | **100%** | **")
        .append(packet.winCount())
        .append("** | **")
        .append(packet.praiseCount())
        .append("** | **100%** | |\n\n")
        .append("Share is each competency's part of this period's evidence; under half its weight")
        .append(" is a gap.\n\n");
  }

  /** Entries per month by competency, as a table. */
  private void timeline(StringBuilder md, Packet packet) {
    Timeline timeline = packet.timeline();
    md.append("## Timeline\n\n| Month |");
    StringBuilder align = new StringBuilder("| :-- |");
    for (Competency competency : Competency.values()) {
      md.append(' ').append(competency.label()).append(" |");
      align.append(" --: |");
    }
    md.append(" Total |\n").append(align).append(" --: |\n");
    for (Timeline.Month month : timeline.months()) {
      md.append("| ").append(Dates.month(month.month())).append(" |");
      for (Competency competency : Competency.values()) {
        md.append(' ').append(count(month.count(competency))).append(" |");
      }
      md.append(' ').append(count(month.total())).append(" |\n");
    }
    md.append('\n');
  }

  /**
   * The detailed sections with at most {@code perSection} wins and as many praise per competency;
   * what is left out is counted and pointed to the full Markdown file. The first {@code
   * highlightsShown} highlights are left out: a summary page listed them already.
   */
  String details(Packet packet, int perSection, int highlightsShown) {
    StringBuilder md = new StringBuilder(capacity(Math.min(packet.entryCount(), 8 * perSection)));
    details(md, packet, perSection, highlightsShown);
    return md.toString();
  }

  private void details(StringBuilder md, Packet packet, int perSection, int highlightsShown) {
    List<Entry> highlights = packet.highlights();
    if (highlightsShown == 0) {
      md.append("## Highlights\n\n");
      if (highlights.isEmpty()) {
        md.append("No evidence logged in this period yet.\n\n");
      }
    } else if (highlights.size() > highlightsShown) {
      md.append("## More highlights\n\n");
    }
    for (int i = highlightsShown; i < highlights.size(); i++) {
      MarkdownEvidence.rankedHighlight(md, packet, highlights.get(i), i + 1);
    }
    for (Packet.Section section : packet.sections()) {
      Competency competency = section.competency();
      md.append("\n## ")
          .append(competency.label())
          .append(" (")
          .append(competency.weightPercent())
          .append("%)\n\n");
      if (section.total() == 0) {
        md.append("No evidence in this period; see Gaps.\n");
      }
      evidence(md, packet, first(section.wins(), perSection), first(section.praise(), perSection));
      int omitted =
          Math.max(0, section.wins().size() - perSection)
              + Math.max(0, section.praise().size() - perSection);
      if (omitted > 0) {
        md.append("\n_…and ")
            .append(omitted)
            .append(omitted == 1 ? " more entry" : " more entries")
            .append(" in ")
            .append(fileName(packet))
            .append("._\n");
      }
    }
    MarkdownReview.coverage(md, packet);
    MarkdownReview.draft(md, packet);
  }

  private void evidence(StringBuilder md, Packet packet, List<Entry> wins, List<Entry> praise) {
    if (!wins.isEmpty()) {
      md.append("### Wins\n\n");
      wins.forEach(win -> MarkdownEvidence.win(md, win));
    }
    if (!praise.isEmpty()) {
      md.append(wins.isEmpty() ? "" : "\n").append("### Praise\n\n");
      praise.forEach(entry -> MarkdownEvidence.praise(md, packet, entry));
    }
  }

  private static List<Entry> first(List<Entry> entries, int count) {
    return entries.size() <= count ? entries : entries.subList(0, count);
  }

  private static String count(int n) {
    return n == 0 ? "·" : Integer.toString(n);
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
