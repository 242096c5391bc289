package app.receipts.packet;

import app.receipts.entries.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a draft sentence may begin. A manager reads an opener as a claim the person must defend, so
 * each one is used only when the entry's own words (text, impact, metric) say what it says, and a
 * sentence with no licensed opener starts plainly on "I".
 */
final class Openers {
  private Openers() {}

  /**
   * An opener and the phrases that make it true, as patterns over the entry's words (see {@link
   * #words}): a plain word ("mentored"), or one with the words that may not follow or must come
   * before it, so that "led to 40% fewer pages", "lead time" or "on-call teams" license nothing.
   */
  record Opener(String words, List<Pattern> licences) {
    Opener(String words, String... licences) {
      this(words, Arrays.stream(licences).map(l -> Pattern.compile(" " + l + " ")).toList());
    }
  }

  private static final String SOME =
      "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|many|multiple|other"
          + "|all|both|partner|sister|neighbouring|neighboring)";

  static final List<Opener> ALL =
      List.of(
          new Opener(
              "Taking the lead",
              "led(?! to)(?! (?:up|down))",
              "leading(?! to)",
              "drove(?! (?:up|down))",
              "driving(?! (?:up|down))"),
          new Opener("As its owner", "owned", "owning"),
          new Opener(
              "Getting to the bottom of it",
              "root causes?",
              "root-caused",
              "root-causing",
              "root-cause"),
          new Opener("Treating it as a systemic problem", "systemic"),
          new Opener(
              "Going after a problem that kept coming back",
              "recurring",
              "recurrent",
              "kept coming back"),
          new Opener(
              "Investing in other people's growth",
              "mentored",
              "mentoring",
              "coached",
              "coaching",
              "taught",
              "teaching"),
          new Opener("To help new people get started", "onboarded", "onboarding"),
          new Opener("Working side by side", "paired", "pairing", "pair-programmed"),
          new Opener("Working across teams", SOME + "(?: \\S+)? teams", "cross-team"),
          new Opener(
              "Beyond my own team",
              "org-wide",
              "company-wide",
              "organisation-wide",
              "organization-wide"),
          new Opener("On my own initiative", "proactively", "proactive", "unprompted"));

  /**
   * The openers {@code win}'s words license, in table order; none whose licence is only the
   * clause's own first word ("Taking the lead, I led …" says it twice).
   */
  static List<String> licensed(Entry win, String clause) {
    String words =
        words(
            Objects.toString(win.text(), "")
                + " "
                + Objects.toString(win.impact(), "")
                + " "
                + Objects.toString(win.metric(), ""));
    String verb = words(clause.split(" ", 2)[0]).strip();
    List<String> openers = new ArrayList<>();
    for (Opener opener : ALL) {
      if (opener.licences().stream().anyMatch(licence -> licenses(licence, words, verb))) {
        openers.add(opener.words());
      }
    }
    return openers;
  }

  /** A match that is more than the clause's own first word repeated. */
  private static boolean licenses(Pattern licence, String words, String verb) {
    Matcher found = licence.matcher(words);
    int from = 0;
    while (from < words.length() && found.find(from)) {
      if (!found.group().strip().equals(verb)) {
        return true;
      }
      from = found.end() - 1;
    }
    return false;
  }

  /** The entry's words lower-cased, one space apart and padded: " cut p95 latency by ". */
  static String words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return " " + String.join(" ", lower.split("[^\\p{L}\\p{N}-]+")).strip() + " ";
  }
}
