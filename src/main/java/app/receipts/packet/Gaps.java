package app.receipts.packet;

import app.receipts.entries.Competency;
import java.util.List;

/** Competencies with no evidence in the period, each with one concrete thing to log next. */
final class Gaps {
  private Gaps() {}

  static List<Packet.Gap> find(List<Packet.Section> sections) {
    return sections.stream()
        .filter(section -> section.total() == 0)
        .map(section -> new Packet.Gap(section.competency(), suggestion(section.competency())))
        .toList();
  }

  static String suggestion(Competency competency) {
    return switch (competency) {
      case CODE_QUALITY ->
          "Log the next refactor or review that made code safer to change: what got simpler,"
              + " and a number if you have one (lines removed, flaky tests fixed, bugs caught).";
      case SYSTEM_DESIGN ->
          "Log a design doc, RFC or architecture decision you drove, with the trade-off you chose"
              + " and a link to the doc.";
      case PROBLEM_SOLVING ->
          "Log the next tricky bug or incident you untangle: the symptom, the root cause you found,"
              + " and how you proved the fix.";
      case COLLABORATION ->
          "Save the next thank-you a teammate sends you as praise, or log a pairing session,"
              + " onboarding or review you led for someone else.";
      case DELIVERY ->
          "Log the next thing you ship with its release date and who uses it; add a metric such as"
              + " adoption, lead time or a deadline met.";
      case CONTINUOUS_IMPROVEMENT ->
          "Log a process or tooling fix (a faster CI job, a runbook, an automated chore) with"
              + " before-and-after numbers.";
    };
  }
}
