package app.receipts.packet;

import app.receipts.entries.Competency;
import java.util.Comparator;
import java.util.List;

/**
 * Competencies whose share of the period's evidence is under half their rubric weight (none at all
 * included), largest shortfall first, each with one concrete thing to log next.
 */
final class Gaps {
  private Gaps() {}

  static List<Packet.Gap> find(Coverage coverage) {
    return coverage.shares().stream()
        .filter(Coverage.Share::gap)
        .sorted(
            Comparator.comparingDouble(Coverage.Share::shortfall)
                .reversed()
                .thenComparing(share -> -share.competency().weightPercent()))
        .map(share -> new Packet.Gap(share.competency(), suggestion(share.competency())))
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

  /** The growth area's plan, in the person's voice, for their self-review. */
  static String plan(Competency competency) {
    return switch (competency) {
      case CODE_QUALITY ->
          "I am developing this by taking on more reviews and refactors, and I would benefit from"
              + " recording what each one made simpler or safer, with a number where I have one.";
      case SYSTEM_DESIGN ->
          "I would benefit from writing down more of my design decisions: a short design doc or"
              + " RFC for each change, with the trade-off I chose and why.";
      case PROBLEM_SOLVING ->
          "I am developing this by taking on the hard bugs and incidents, and I would benefit from"
              + " writing up each root cause and how I proved the fix.";
      case COLLABORATION ->
          "I would benefit from making my work with others visible: the pairing, onboarding and"
              + " reviews I do for teammates, and written feedback from the people I help.";
      case DELIVERY ->
          "I am developing this by agreeing dates and scope up front, and by recording each"
              + " release with its date and who uses it.";
      case CONTINUOUS_IMPROVEMENT ->
          "I would benefit from turning the chores I notice into fixes (a faster build, a runbook,"
              + " an automated check), each logged with before-and-after numbers.";
    };
  }
}
