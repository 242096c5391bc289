package app.receipts.conversations;

import app.receipts.packet.PdfDocuments;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The bonus case as a Markdown document: wins by outcome, goals, talking points, ask outline. */
final class BonusMarkdown {
  static final String WINS = "## Quantified wins by outcome";
  static final String GOALS = "## The company's goals";
  static final String TOP = "## Top three talking points";
  static final String OUTLINE = "## Ask outline";

  /**
   * The document twice: for the Markdown file, with its sources' complete lists; for the PDF,
   * saying where those lists are.
   */
  record Texts(String markdown, String printable) {}

  Texts render(BonusCase bonus) {
    Sources sources = new Sources();
    StringBuilder md = new StringBuilder(8 * 1024);
    md.append("# ").append(Kind.BONUS.title()).append("\n\n");
    md.append(PdfDocuments.escape(bonus.person()))
        .append(" · ")
        .append(bonus.period().label())
        .append(" · built from ")
        .append(bonus.entriesRead())
        .append(bonus.entriesRead() == 1 ? " entry" : " entries")
        .append(" in this period\n\n");
    md.append(
        "Only you can see this. Every number comes from your own entries and cites the entry it"
            + " came from (like [#12]); nothing is estimated for you.\n\n");
    wins(md, bonus, sources);
    goals(md, bonus, sources);
    top(md, bonus);
    AskOutline.append(md, bonus, sources);
    StringBuilder printable = new StringBuilder(md);
    sources.appendix(md);
    sources.pointer(printable, Kind.BONUS.fileName(bonus.period(), "md"));
    return new Texts(md.toString(), printable.toString());
  }

  private static void wins(StringBuilder md, BonusCase bonus, Sources sources) {
    md.append(WINS).append("\n\n");
    if (bonus.groups().isEmpty()) {
      md.append(
          "No entry in this period has a number yet. Add them to your wins (`/win edit`) before"
              + " the conversation: the case rests on them.\n\n");
      return;
    }
    for (BonusCase.Group group : bonus.groups()) {
      md.append("### ").append(group.outcome().label()).append("\n\n");
      for (BonusCase.Total total : group.totals()) {
        md.append("**Total:** ").append(PdfDocuments.escape(total.said())).append(' ');
        md.append(sources.cite(what(group, total), total.ids())).append("\n\n");
      }
      for (BonusCase.Win win : group.wins().subList(0, group.shown())) {
        md.append("- ").append(line(win, bonus)).append('\n');
      }
      md.append('\n');
      if (group.wins().size() > group.shown()) {
        md.append("_")
            .append(group.wins().size() - group.shown())
            .append(" more in this group count in its totals; your review packet lists them._\n\n");
      }
      if (group.notSummed() != null) {
        md.append("_").append(group.notSummed()).append(' ');
        md.append(sources.cite(group.outcome().label() + ": figures not summed", group.unsummed()));
        md.append("_\n\n");
      }
    }
    md.append("_").append(Annual.RULE).append("_\n\n");
  }

  /** A win with the figure read from it and the goal it serves. */
  private static String line(BonusCase.Win win, BonusCase bonus) {
    StringBuilder line = new StringBuilder();
    line.append("**").append(PdfDocuments.escape(win.metric().display())).append("**: ");
    line.append(Evidence.brief(win.entry(), bonus.people()));
    line.append(", ").append(Evidence.day(win.entry()));
    if (win.goal() != null) {
      line.append(" · serves “").append(PdfDocuments.escape(win.goal())).append("”");
    }
    return line.append(' ').append(Evidence.cite(win.entry())).toString();
  }

  /** A total as its source is named: "Cost saved: $168k a year saved, annualised". */
  static String what(BonusCase.Group group, BonusCase.Total total) {
    return group.outcome().label() + ": " + PdfDocuments.escape(total.said());
  }

  private static void goals(StringBuilder md, BonusCase bonus, Sources sources) {
    md.append(GOALS).append("\n\n");
    if (bonus.goals().isEmpty()) {
      md.append(
          "No goals were given. Find the company's stated goals for the period (revenue,"
              + " customers, reliability, cost, growth) and say which of the wins above served"
              + " each.\n\n");
      return;
    }
    for (String goal : bonus.goals()) {
      long serving = bonus.serving(goal);
      md.append("- “").append(PdfDocuments.escape(goal)).append("”: ");
      if (serving == 0) {
        md.append(
            "no measured win's words match it. If your work served it, say how in your own words.\n");
      } else {
        List<Long> ids =
            bonus.groups().stream()
                .flatMap(g -> g.wins().stream())
                .filter(w -> goal.equals(w.goal()))
                .map(w -> w.entry().id())
                .distinct()
                .toList();
        md.append(ids.size()).append(ids.size() == 1 ? " win " : " wins ");
        md.append(sources.cite("Wins serving “" + PdfDocuments.escape(goal) + "”", ids));
        md.append('\n');
      }
    }
    // a win is tied when any of its metrics serves a goal: listed there, never also as untied
    Set<Long> tied =
        bonus.groups().stream()
            .flatMap(g -> g.wins().stream())
            .filter(w -> w.goal() != null)
            .map(w -> w.entry().id())
            .collect(Collectors.toSet());
    List<Long> untied =
        bonus.groups().stream()
            .flatMap(g -> g.wins().stream())
            .filter(w -> w.goal() == null && !tied.contains(w.entry().id()))
            .map(w -> w.entry().id())
            .distinct()
            .toList();
    if (!untied.isEmpty()) {
      md.append("- Not tied to any of these goals: ")
          .append(untied.size())
          .append(untied.size() == 1 ? " win " : " wins ")
          .append(sources.cite("Wins not tied to a goal", untied))
          .append(
              ". Their words name none of the goals. If one served a goal, add how to its impact"
                  + " (`/win edit`) or say it in your own words in the conversation.\n");
    }
    md.append('\n');
  }

  private static void top(StringBuilder md, BonusCase bonus) {
    md.append(TOP).append("\n\n");
    if (bonus.top().isEmpty()) {
      md.append("None yet: no win in this period has a number.\n\n");
      return;
    }
    for (int i = 0; i < bonus.top().size(); i++) {
      md.append(i + 1).append(". ").append(line(bonus.top().get(i), bonus)).append('\n');
    }
    md.append('\n');
  }
}
