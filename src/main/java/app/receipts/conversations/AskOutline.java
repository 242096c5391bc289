package app.receipts.conversations;

import app.receipts.packet.PdfDocuments;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The bonus case's ask outline, in the order the conversation goes: period and focus, the numbers,
 * the goals they served, the ask, answers to "no budget" and "a weak year", the follow-up note and
 * what to ask if the answer is no. Blanks are left for what only the person knows.
 */
final class AskOutline {
  private static final String BLANK = RebuttalMarkdown.BLANK;

  private AskOutline() {}

  static void append(StringBuilder md, BonusCase bonus, Sources sources) {
    md.append(BonusMarkdown.OUTLINE).append("\n\n");
    md.append("1. **Period and focus.** “In ")
        .append(bonus.period().label())
        .append(" I focused on ")
        .append(focus(bonus))
        .append(".”\n");
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

  /**
   * The one or two outcome groups holding most of the measured wins, each with how many: a second
   * group is named only when it holds more than one win, as one win is not a focus.
   */
  private static String focus(BonusCase bonus) {
    List<BonusCase.Group> groups =
        bonus.groups().stream()
            .filter(g -> g.outcome() != Outcome.OTHER)
            .sorted(Comparator.comparingInt(AskOutline::entries).reversed())
            .toList();
    if (groups.isEmpty()) {
      return BLANK;
    }
    long measured =
        bonus.groups().stream()
            .flatMap(g -> g.wins().stream())
            .map(w -> w.entry().id())
            .distinct()
            .count();
    StringBuilder focus = new StringBuilder();
    focus
        .append(groups.get(0).outcome().label().toLowerCase(Locale.ROOT))
        .append(" (")
        .append(entries(groups.get(0)))
        .append(" of my ")
        .append(measured)
        .append(" measured wins)");
    if (groups.size() > 1 && entries(groups.get(1)) > 1) {
      focus
          .append(" and on ")
          .append(groups.get(1).outcome().label().toLowerCase(Locale.ROOT))
          .append(" (")
          .append(entries(groups.get(1)))
          .append(")");
    }
    return focus.toString();
  }

  private static int entries(BonusCase.Group group) {
    return (int) group.wins().stream().map(w -> w.entry().id()).distinct().count();
  }

  /** The largest money total, as said, with its citations; null when nothing added up. */
  private static String biggest(BonusCase bonus, Sources sources) {
    for (BonusCase.Group group : bonus.groups()) {
      if ((group.outcome() == Outcome.COST || group.outcome() == Outcome.REVENUE)
          && !group.totals().isEmpty()) {
        BonusCase.Total total = group.totals().get(0);
        return PdfDocuments.escape(total.said().replace(", annualised", ""))
            + " "
            + sources.cite(BonusMarkdown.what(group, total), total.ids());
      }
    }
    return null;
  }
}
