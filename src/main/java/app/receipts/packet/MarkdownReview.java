package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.slack.WebLinks;
import java.util.regex.Pattern;

/** The packet's rubric coverage and self-review draft as Markdown. */
final class MarkdownReview {
  private MarkdownReview() {}

  private static final Pattern SLACK_MESSAGE =
      Pattern.compile("^https://[a-z0-9-]+\\.slack\\.com/archives/");

  /** Past this many, wins without a number are counted rather than listed. */
  static final int MAX_UNMEASURED = 20;

  static void coverage(StringBuilder md, Packet packet) {
    Coverage coverage = packet.coverage();
    md.append("\n## Rubric coverage\n\n");
    if (packet.gaps().isEmpty()) {
      md.append("Every competency holds at least half its rubric weight of the evidence.\n");
    }
    for (Packet.Gap gap : packet.gaps()) {
      md.append("- **")
          .append(gap.competency().label())
          .append("**: ")
          .append(Coverage.figure(coverage.share(gap.competency())))
          .append(". ")
          .append(gap.suggestion())
          .append('\n');
    }
    String recency = coverage.recencyFigure("the evidence");
    if (!recency.isEmpty()) {
      String advice = coverage.recencyAdvice();
      md.append("\n**Recency**: ").append(recency);
      md.append(advice.isEmpty() ? "" : " " + advice).append('\n');
    }
    md.append("\n### Wins without a number\n\n");
    if (coverage.unmeasured().isEmpty()) {
      md.append("Every win has a number.\n");
    } else {
      md.append(
          "A before → after, a count of people or teams, or time saved makes each stronger:\n\n");
    }
    int listed = 0;
    for (Entry win : coverage.unmeasured()) {
      if (listed++ == MAX_UNMEASURED) {
        md.append("- _…and ")
            .append(coverage.unmeasured().size() - MAX_UNMEASURED)
            .append(" more_\n");
        break;
      }
      md.append("- #")
          .append(win.id())
          .append(" (")
          .append(MarkdownEvidence.day(win))
          .append("): ");
      MarkdownText.escape(md, Clauses.clause(win.text())).append('\n');
    }
  }

  static void draft(StringBuilder md, Packet packet) {
    md.append("\n## Self-review draft\n");
    if (packet.drafts().isEmpty()) {
      md.append("\nLog a few wins and this section will draft sentences from them.\n");
      return;
    }
    md.append(
        "\nDrafted from your own entries; each sentence cites the entries it came from. Edit"
            + " freely before pasting.\n");
    for (Packet.DraftGroup group : packet.drafts()) {
      md.append("\n### ").append(group.competency().label()).append("\n\n");
      for (Packet.Sentence sentence : group.sentences()) {
        MarkdownText.escape(md.append("- "), sentence.text());
        references(md, sentence);
        md.append('\n');
      }
    }
    Packet.Growth growth = packet.growth();
    if (growth != null) {
      md.append("\n### Growth area\n\n");
      MarkdownText.escape(md, growth.text()).append('\n');
    }
  }

  /** The sentence's links after it, never inside it. */
  private static void references(StringBuilder md, Packet.Sentence sentence) {
    String separator = " Ref: ";
    for (String url : sentence.links()) {
      if (WebLinks.isWebLink(url)) {
        String label =
            SLACK_MESSAGE.matcher(url).find() ? "Slack message" : PacketText.linkLabel(url);
        md.append(separator).append(MarkdownText.link(url, label));
        separator = ", ";
      }
    }
  }
}
