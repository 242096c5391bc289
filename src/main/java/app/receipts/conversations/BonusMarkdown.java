package app.receipts.conversations;

import app.receipts.packet.PdfDocuments;
import java.util.List;
import java.util.Locale;

/** The bonus case as a Markdown document: wins by outcome, goals, talking points, ask outline. */
final class BonusMarkdown {
  static final String WINS = "## Quantified wins by outcome";
  static final String GOALS = "## The company's goals";
  static final String TOP = "## Top three talking points";
  static final String OUTLINE = "## Ask outline";
  private static final String BLANK = RebuttalMarkdown.BLANK;

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
    outline(md, bonus, sources);
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
  private static String what(BonusCase.Group group, BonusCase.Total total) {
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
        md.append("no win's words match it. If your work served it, say how in your own words.\n");
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

  private static void outline(StringBuilder md, BonusCase bonus, Sources sources) {
    md.append(OUTLINE).append("\n\n");
    List<String> focus =
        bonus.groups().stream()
            .filter(g -> g.outcome() != Outcome.OTHER)
            .sorted((a, b) -> Integer.compare(b.wins().size(), a.wins().size()))
            .limit(2)
            .map(g -> g.outcome().label().toLowerCase(Locale.ROOT))
            .toList();
    md.append("1. **Period and focus.** “In ")
        .append(bonus.period().label())
        .append(" I focused on ");
    md.append(focus.isEmpty() ? BLANK : String.join(", and on ", focus)).append(".”\n");
    md.append("2. **My contributions, with numbers.** ");
    List<String> numbers =
        bonus.top().stream()
            .map(
                w ->
                    "“"
                        + PdfDocuments.escape(w.metric().display())
                        + "” "
                        + Evidence.cite(w.entry()))
            .toList();
    md.append(numbers.isEmpty() ? BLANK : String.join("; ", numbers)).append(".\n");
    md.append("3. **The goals they served.** ");
    List<String> served = bonus.goals().stream().filter(g -> bonus.serving(g) > 0).toList();
    if (served.isEmpty()) {
      md.append("“This work served ").append(BLANK).append(".”\n");
    } else {
      md.append("“This work served ");
      md.append(
          String.join(", ", served.stream().map(g -> "‘" + PdfDocuments.escape(g) + "’").toList()));
      md.append(".”\n");
    }
    md.append("4. **The ask.** “Based on this, I am asking for a bonus of ");
    md.append(bonus.ask() == null ? BLANK : PdfDocuments.escape(bonus.ask())).append(".”");
    if (bonus.ask() == null) {
      md.append(" Learn the bonus structure and what the market pays, then name one number.");
    }
    md.append('\n');
    String value = biggest(bonus, sources);
    md.append("5. **If they say there is no budget.** “I understand. ");
    md.append(
        value == null
            ? "The results above are what I am asking to be recognised for."
            : "By my records this work is worth " + value + ".");
    md.append(
        " Could we look at paying it in phases, or in another form such as equity, a"
            + " retention bonus or a raise at the next cycle?”\n");
    md.append(
        "6. **If they say the company had a weak year.** “I understand the company's results."
            + " My request is about my own contribution, which went beyond what my role"
            + " expected");
    if (!bonus.top().isEmpty()) {
      md.append(", for example ")
          .append(PdfDocuments.escape(bonus.top().get(0).metric().display()))
          .append(' ')
          .append(Evidence.cite(bonus.top().get(0).entry()));
    }
    md.append(".”\n");
    md.append("7. **Follow up in writing.** Send this afterwards:\n\n");
    md.append("   > Thank you for discussing my bonus for ")
        .append(bonus.period().label())
        .append(". To confirm what we said: ")
        .append(BLANK)
        .append(". I will follow up on ")
        .append(BLANK)
        .append(".\n\n");
    md.append(
            "8. **If the answer is no.** “What would I need to show in the next period to earn it?"
                + " Could we write that down and check in on it at ")
        .append(BLANK)
        .append("?”\n");
  }

  /** The largest money total, as said, with its citations; null when nothing added up. */
  private static String biggest(BonusCase bonus, Sources sources) {
    for (BonusCase.Group group : bonus.groups()) {
      if ((group.outcome() == Outcome.COST || group.outcome() == Outcome.REVENUE)
          && !group.totals().isEmpty()) {
        BonusCase.Total total = group.totals().get(0);
        return PdfDocuments.escape(total.said().replace(", annualised", ""))
            + " "
            + sources.cite(what(group, total), total.ids());
      }
    }
    return null;
  }
}
