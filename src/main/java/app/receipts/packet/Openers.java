package app.receipts.packet;

import app.receipts.entries.Competency;
import java.util.List;

/**
 * How a draft sentence begins, by competency and rating register. Written for Receipts: each frames
 * the person's own verb that follows ("…, I cut CI time …") and claims nothing the entry does not
 * show: no team, no number, no outcome.
 */
final class Openers {
  private Openers() {}

  static List<String> of(Competency competency, Packet.Register register) {
    boolean exceeds = register == Packet.Register.EXCEEDS;
    return switch (competency) {
      case CODE_QUALITY ->
          exceeds
              ? List.of(
                  "Taking ownership of code health end to end",
                  "Setting a higher bar for maintainable code",
                  "Leading by example on code quality",
                  "Consistently investing in code others build on",
                  "Going past the immediate fix")
              : List.of(
                  "To keep the code easy to change",
                  "As part of my regular review and refactoring work",
                  "Looking after the health of the code I own",
                  "To make our code and tests more trustworthy",
                  "Working to our coding standards");
      case SYSTEM_DESIGN ->
          exceeds
              ? List.of(
                  "Shaping the architecture beyond a single feature",
                  "Driving the design decision to a clear outcome",
                  "Leading the design work end to end",
                  "Thinking ahead about scale and failure",
                  "Setting the technical direction")
              : List.of(
                  "Working through the design trade-offs",
                  "To give the system a sound structure",
                  "As the design owner for my part of the system",
                  "Keeping reliability and security in view",
                  "Starting from a clear, reviewed design");
      case PROBLEM_SOLVING ->
          exceeds
              ? List.of(
                  "Owning a hard problem through to its root cause",
                  "Leading the investigation from first signal to fix",
                  "Going after the systemic cause, not the symptom",
                  "Taking the lead on a difficult failure",
                  "Turning a recurring pain into a lasting fix")
              : List.of(
                  "Digging into the problem methodically",
                  "Working from the symptoms to the root cause",
                  "When a hard issue came up",
                  "Taking a careful, evidence-first approach",
                  "Staying with the problem until it was understood");
      case COLLABORATION ->
          exceeds
              ? List.of(
                  "Going out of my way to help others grow",
                  "Bringing people together around the work",
                  "Multiplying what the people around me could do",
                  "Stepping up as a mentor and connector",
                  "Investing consistently in the people I work with")
              : List.of(
                  "Working closely with my teammates",
                  "To help others succeed",
                  "Keeping people informed and involved",
                  "Sharing what I know",
                  "As a dependable partner to the team");
      case DELIVERY ->
          exceeds
              ? List.of(
                  "Driving the launch from plan to production",
                  "Owning delivery end to end",
                  "Pushing the work over the line with a clear result",
                  "Leading the release and its follow-through",
                  "Consistently turning plans into shipped results")
              : List.of(
                  "Delivering on what I committed to",
                  "Keeping the work on track",
                  "Seeing the work through to release",
                  "Planning and pacing the work carefully",
                  "Following through on the plan");
      case CONTINUOUS_IMPROVEMENT ->
          exceeds
              ? List.of(
                  "Turning a one-off annoyance into a lasting improvement",
                  "Raising the bar for our tooling and process",
                  "Driving a lasting improvement to our process",
                  "Leading the change to a better way of working",
                  "Making improvement a habit rather than a project")
              : List.of(
                  "To make everyday work smoother",
                  "Improving the way we work",
                  "Taking care of a recurring chore",
                  "To cut friction from our process",
                  "Tidying up our tooling");
    };
  }
}
