package app.receipts.conversations;

import app.receipts.entries.Entry;
import app.receipts.packet.PdfDocuments;

/**
 * The rebuttal as a Markdown document: the evidence per point, the growth area, the meeting outline
 * in the order the conversation should go, and the follow-up message to send after it.
 */
final class RebuttalMarkdown {
  static final String EVIDENCE = "## The points I see differently";
  static final String GROWTH = "## A growth area I acknowledge";
  static final String OUTLINE = "## Meeting outline";
  static final String FOLLOW_UP = "## Follow-up message";
  static final String BLANK = "________";

  String render(Rebuttal rebuttal) {
    StringBuilder md = new StringBuilder(8 * 1024);
    md.append("# ").append(Kind.REBUTTAL.title()).append("\n\n");
    md.append(PdfDocuments.escape(rebuttal.person()))
        .append(" · ")
        .append(rebuttal.period().label())
        .append(" · built from ")
        .append(rebuttal.entriesRead())
        .append(rebuttal.entriesRead() == 1 ? " entry" : " entries")
        .append(" in this period\n\n");
    md.append(
        "Only you can see this. Every line comes from your own entries; the numbers in brackets"
            + " (like [#12]) are entry ids, so each claim can be checked.\n\n");
    evidence(md, rebuttal);
    growth(md, rebuttal.growth());
    outline(md, rebuttal);
    followUp(md, rebuttal);
    return md.toString();
  }

  /**
   * "11 entries relate to this (8 filed under Problem solving), 4 with metrics, 3 from teammates."
   */
  static String summary(Rebuttal.Point point) {
    return clause(point) + ".";
  }

  private static String clause(Rebuttal.Point point) {
    if (point.unanswered()) {
      return "No entry in this period answers this point";
    }
    StringBuilder line = new StringBuilder();
    line.append(point.matched())
        .append(point.matched() == 1 ? " entry relates" : " entries relate");
    line.append(" to this");
    if (point.competency() != null && point.onCompetency() > 0) {
      line.append(" (")
          .append(point.onCompetency())
          .append(" filed under ")
          .append(point.competency().label())
          .append(")");
    }
    line.append(", ").append(point.withMetrics()).append(" with metrics, ");
    line.append(point.fromTeammates()).append(" from teammates");
    return line.toString();
  }

  private static void evidence(StringBuilder md, Rebuttal rebuttal) {
    md.append(EVIDENCE).append("\n\n");
    for (Rebuttal.Point point : rebuttal.points()) {
      md.append("### ").append(point.number()).append(". “");
      md.append(PdfDocuments.escape(point.claim())).append("”\n\n");
      md.append("**What the data shows:** ").append(summary(point)).append("\n\n");
      if (point.unanswered()) {
        md.append(
            "I have nothing recorded that speaks to this, so rather than argue it I will ask what"
                + " it is based on.\n\n");
        continue;
      }
      for (Entry entry : point.shown()) {
        md.append("- ").append(Evidence.bullet(entry, rebuttal.people())).append('\n');
      }
      if (point.matched() > point.shown().size()) {
        md.append("\n_The ")
            .append(point.shown().size())
            .append(" of ")
            .append(point.matched())
            .append(" closest to it; the rest are in your review packet (`/win packet`)._\n");
      }
      md.append('\n');
    }
  }

  private static void growth(StringBuilder md, Rebuttal.Growth growth) {
    md.append(GROWTH).append("\n\n");
    md.append(area(growth)).append("\n\n");
    md.append("What I am doing about it: ").append(BLANK).append("\n\n");
  }

  /** The growth area in one sentence, first person. */
  static String area(Rebuttal.Growth growth) {
    if (growth.own() != null) {
      return "I name this one myself: " + PdfDocuments.escape(growth.own()) + ".";
    }
    if (growth.competency() == null) {
      return "The points above touch every competency of the review, so none is picked here: name"
          + " one area you genuinely want to grow in, other than what you dispute: "
          + BLANK
          + ".";
    }
    return growth.competency().label()
        + " is where my record is thinnest for its weight: "
        + growth.count()
        + (growth.count() == 1 ? " entry" : " entries")
        + " in this period, for "
        + growth.competency().weightPercent()
        + "% of the review.";
  }

  private static void outline(StringBuilder md, Rebuttal rebuttal) {
    md.append(OUTLINE).append("\n\n");
    md.append(
        "1. **Thank them and frame the goal.** “Thank you for making time for this. I would like"
            + " us to end with a review that records this period accurately, and to understand"
            + " where we see it differently.”\n");
    md.append("2. **Point by point: the review's claim, then the data.**\n");
    for (Rebuttal.Point point : rebuttal.points()) {
      md.append("   - “The review says ‘").append(PdfDocuments.escape(point.claim())).append("’. ");
      if (point.unanswered()) {
        md.append("I don't have a record that answers this; can you tell me what it is based on?”");
      } else {
        Entry first = point.shown().get(0);
        md.append("What I have recorded: ")
            .append(clause(point))
            .append(". For example: ")
            .append(Evidence.brief(first, rebuttal.people()))
            .append(" (")
            .append(Evidence.day(first))
            .append(") ")
            .append(Evidence.cite(first))
            .append(".”");
      }
      md.append('\n');
    }
    md.append("3. **The growth area, and what I am doing about it.** “I agree I can grow in ")
        .append(growthName(rebuttal.growth()))
        .append(". What I am doing about it: ")
        .append(BLANK)
        .append(".”\n");
    md.append(
        "4. **Align expectations and ask for feedback.** “Could we agree what meeting and"
            + " exceeding expectations look like for me next period? More frequent, specific"
            + " feedback would help me; could we have a short check-in every few weeks?”\n");
    md.append(
        "5. **Agree next steps.** “Let's agree what changes in the written review, and when we"
            + " next check in.”\n\n");
  }

  private static String growthName(Rebuttal.Growth growth) {
    if (growth.own() != null) {
      return "‘" + PdfDocuments.escape(growth.own()) + "’";
    }
    if (growth.competency() == null) {
      return BLANK;
    }
    return growth.competency().label().toLowerCase(java.util.Locale.ROOT);
  }

  private static void followUp(StringBuilder md, Rebuttal rebuttal) {
    md.append(FOLLOW_UP).append("\n\n");
    md.append("Send this after the meeting, and keep a copy.\n\n");
    String greeting = rebuttal.manager() == null ? "Hi," : "Hi " + rebuttal.manager() + ",";
    md.append("> ").append(PdfDocuments.escape(greeting)).append("\n>\n");
    md.append(
        "> Thank you for meeting with me about my review for "
            + rebuttal.period().label()
            + ". To keep a record, here is what we discussed and agreed:\n>\n");
    for (Rebuttal.Point point : rebuttal.points()) {
      md.append("> - On “").append(PdfDocuments.escape(point.claim())).append("”: ");
      if (point.unanswered()) {
        md.append("you explained ").append(BLANK);
      } else {
        md.append("I shared what my entries show: ")
            .append(clause(point))
            .append(" ")
            .append(Evidence.cite(point.shown().stream().map(Entry::id).toList()));
      }
      md.append(". We agreed: ").append(BLANK).append(".\n");
    }
    md.append("> - I will work on ")
        .append(growthName(rebuttal.growth()))
        .append(": ")
        .append(BLANK)
        .append(".\n");
    md.append("> - We will check in again on ").append(BLANK).append(".\n>\n");
    md.append("> Please tell me if I have missed or misremembered anything.\n");
  }
}
