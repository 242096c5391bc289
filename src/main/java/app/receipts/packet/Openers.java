package app.receipts.packet;

import app.receipts.entries.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a draft sentence may begin. A manager reads an opener as a claim the person must defend, so
 * each one is used only when the entry's own words (text, impact, metric) say what it says, and a
 * sentence with no licensed opener starts plainly on "I".
 */
final class Openers {
  private Openers() {}

  /** An opener and the words, any one of which in the entry makes it true. */
  record Opener(String words, List<String> licences) {}

  static final List<Opener> ALL =
      List.of(
          new Opener("Taking the lead", List.of("led", "lead", "leading", "drove", "driving")),
          new Opener("As its owner", List.of("owned", "owner", "owning")),
          new Opener(
              "Getting to the bottom of it",
              List.of("root cause", "root causes", "root-caused", "root-causing", "root-cause")),
          new Opener("Treating it as a systemic problem", List.of("systemic")),
          new Opener(
              "Going after a problem that kept coming back",
              List.of("recurring", "recurrent", "kept recurring", "kept coming back")),
          new Opener(
              "Investing in other people's growth",
              List.of("mentored", "mentoring", "coached", "coaching", "taught", "teaching")),
          new Opener(
              "To help new people get started", List.of("onboarded", "onboarding", "onboard")),
          new Opener("Working side by side", List.of("paired", "pairing", "pair-programmed")),
          new Opener("Working across teams", List.of("teams", "cross-team")),
          new Opener(
              "Beyond my own team",
              List.of("org-wide", "company-wide", "organisation-wide", "organization-wide")),
          new Opener("On my own initiative", List.of("proactively", "proactive", "unprompted")));

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
      for (String licence : opener.licences()) {
        if (words.contains(" " + licence + " ") && !licence.equals(verb)) {
          openers.add(opener.words());
          break;
        }
      }
    }
    return openers;
  }

  /** The entry's words lower-cased, one space apart and padded: " cut p95 latency by ". */
  static String words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return " " + String.join(" ", lower.split("[^\\p{L}\\p{N}-]+")).strip() + " ";
  }
}
