package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.rules.Metric;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.WebLinks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The self-review draft, WIN → IMPACT → METRIC: "I <verb> <what, system named>, <impact>: <subject
 * before → after> [#12].", opened only by a phrase the entry's own words license ({@link Openers}).
 * Built only from the person's entries, so every number in a sentence is one they wrote, and the
 * same entries always give the same text.
 */
final class Drafts {
  static final int WINS_PER_COMPETENCY = 5;
  private static final int MAX_QUOTE = 160;

  private final Readings readings;
  private final Function<Entry, String> authorName;
  private final Function<String, String> personName;

  Drafts(
      Readings readings, Function<Entry, String> authorName, Function<String, String> personName) {
    this.readings = readings;
    this.authorName = authorName;
    this.personName = personName;
  }

  /** A competency's sentences from its strongest wins, then its strongest praise as a quote. */
  Packet.DraftGroup group(Competency competency, List<Strength> wins, List<Strength> praise) {
    List<Packet.Sentence> sentences = new ArrayList<>();
    Set<String> used = new HashSet<>();
    long seed = wins.isEmpty() ? competency.ordinal() : wins.get(0).entry().id();
    for (Strength win : wins) {
      if (sentences.size() == WINS_PER_COMPETENCY) {
        break;
      }
      Packet.Sentence sentence = sentence(win, opener -> pick(opener, used, seed));
      if (sentence != null) {
        sentences.add(sentence);
      }
    }
    if (!praise.isEmpty()) {
      Packet.Sentence quote = quote(praise.get(0).entry());
      if (quote != null) {
        sentences.add(quote);
      }
    }
    if (sentences.isEmpty()) {
      return null;
    }
    return new Packet.DraftGroup(competency, sentences);
  }

  /** A win's sentence, opened by whichever of its licensed openers {@code choose} picks. */
  Packet.Sentence sentence(Strength strength, Function<List<String>, String> choose) {
    Entry win = strength.entry();
    Clauses.Unlinked what = Clauses.withoutLinks(Clauses.clause(win.text()));
    if (what.text().isEmpty()) {
      return null;
    }
    // links come from the entry's own checked list: a URL typed in the text is taken out of the
    // sentence but never becomes a link, so user text cannot add one
    Set<String> links = new LinkedHashSet<>();
    String metric = metric(strength);
    String done = Wording.pastTense(what.text(), win.competency());
    String opener = choose.apply(Openers.licensed(win, done));
    StringBuilder text = new StringBuilder(opener.isEmpty() ? "I " : opener + ", I ");
    Clauses.Unlinked impact = Clauses.withoutLinks(Clauses.clause(win.impact()));
    // the clause's numbers move to the metric only when the impact does not say them already,
    // and then the metric follows, so a number taken out of the clause is always said once
    String said =
        metric.isEmpty() || MetricPhrases.saysAnyNumberOf(impact.text(), metric)
            ? done
            : MetricPhrases.withoutMetric(done, metric);
    boolean moved = !said.equals(done);
    text.append(said);
    if (!impact.text().isEmpty()) {
      text.append(Impacts.continued(impact.text()));
    }
    if (!metric.isEmpty() && (moved || !MetricPhrases.saysAnyNumberOf(text.toString(), metric))) {
      text.append(": ").append(metric);
    }
    text.append(" [#").append(win.id()).append("].");
    win.links().stream().filter(WebLinks::isWebLink).forEach(links::add);
    return new Packet.Sentence(text.toString(), List.of(win.id()), List.copyOf(links));
  }

  /** The same entries always pick the same opener; one opener is used once per competency. */
  private static String pick(List<String> licensed, Set<String> used, long seed) {
    List<String> fresh = licensed.stream().filter(o -> !used.contains(o)).toList();
    if (fresh.isEmpty()) {
      return "";
    }
    String opener = fresh.get(Math.floorMod(seed + used.size(), fresh.size()));
    used.add(opener);
    return opener;
  }

  /**
   * The metric with its subject, as the rules display it when every number in that display is one
   * the person wrote, else their metric line as typed; empty when the win has no number.
   */
  private String metric(Strength strength) {
    Entry win = strength.entry();
    String typed = win.hasMetric() ? Clauses.withoutLinks(Clauses.clause(win.metric())).text() : "";
    Metric best = strength.effect().metric();
    if (best == null) {
      return typed;
    }
    for (Metric inText : readings.textMetrics(win)) {
      if (sameNumbers(inText, best) && subject(inText).length() > subject(best).length()) {
        best = inText;
      }
    }
    String display = best.display();
    String source = win.text() + " " + Objects.toString(win.impact(), "") + " " + typed;
    boolean saysLess = MetricPhrases.numberCount(display) < MetricPhrases.numberCount(typed);
    return MetricPhrases.numbersFrom(display, source) && !saysLess ? display : typed;
  }

  /** Praise as the author's own words, attributed and cited; its message is the reference. */
  private Packet.Sentence quote(Entry praise) {
    List<String> links = new ArrayList<>();
    String readable =
        SlackMarkup.emphasis(
            SlackMarkup.readable(
                praise.text(),
                personName::apply,
                (url, label) -> label.equals(url) ? "" : label,
                s -> s),
            "",
            "",
            "",
            "");
    String words = Clauses.tidy(Clauses.clause(readable));
    if (words.isEmpty()) {
      return null;
    }
    if (words.length() > MAX_QUOTE) {
      int cut = words.lastIndexOf(' ', MAX_QUOTE - 1);
      words = words.substring(0, cut > 40 ? cut : MAX_QUOTE - 1) + "…";
    }
    if (WebLinks.isWebLink(praise.permalink())) {
      links.add(praise.permalink());
    }
    String text = authorName.apply(praise) + " wrote: “" + words + "” [#" + praise.id() + "].";
    return new Packet.Sentence(text, List.of(praise.id()), links);
  }

  private static boolean sameNumbers(Metric a, Metric b) {
    return Objects.equals(a.before(), b.before())
        && Objects.equals(a.after(), b.after())
        && Objects.equals(a.delta(), b.delta())
        && Objects.equals(a.value(), b.value());
  }

  private static String subject(Metric metric) {
    return metric.subject() == null ? "" : metric.subject().strip();
  }
}
