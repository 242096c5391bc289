package app.receipts.conversations;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import app.receipts.packet.Period;
import app.receipts.slack.BlockKit;
import app.receipts.slack.SlackText;
import app.receipts.slack.Views;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rebuttal modal: the points disputed, the period the review covered, the manager, and the
 * growth area the person acknowledges if they want to name it.
 */
final class RebuttalForm {
  static final String POINTS = "points";
  static final String MANAGER = "manager";
  static final String GROWTH = "growth";

  /** Slack's most for a plain_text_input; a whole review pasted in is longer. */
  static final int POINTS_LENGTH = 3000;

  static final int MAX_POINTS = 10;
  static final int POINT_LENGTH = 300;
  static final int GROWTH_LENGTH = 150;

  View view(String period) {
    return View.builder()
        .type("modal")
        .callbackId(ConversationIds.REBUTTAL_MODAL)
        .title(Views.title("Answer a review"))
        .submit(Views.submit("Prepare it"))
        .close(Views.close("Cancel"))
        .blocks(
            List.of(
                BlockKit.text(
                    "List the points of the review you disagree with. I'll match each to your"
                        + " entries, and send you the evidence, a meeting outline and a follow-up"
                        + " message. Only you will see it."),
                Forms.text(
                    POINTS,
                    "Points you disagree with",
                    "One per line, up to ten, in the review's own words",
                    false,
                    POINTS_LENGTH),
                Forms.period(period),
                InputBlock.builder()
                    .blockId(MANAGER)
                    .label(plainText("Your manager"))
                    .hint(plainText("Only used to address the follow-up draft; they see nothing"))
                    .optional(true)
                    .element(usersSelect(u -> u.actionId(Forms.INPUT)))
                    .build(),
                Forms.line(
                    GROWTH,
                    "A growth area you acknowledge",
                    "Optional, a few words. Otherwise I'll pick the competency your entries show"
                        + " least of, among those you don't dispute",
                    GROWTH_LENGTH)))
        .build();
  }

  Submission read(ViewState state, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    String text = Forms.value(state, POINTS);
    List<String> points = Lines.of(text);
    int length = SlackText.characters(text);
    if (length > POINTS_LENGTH) {
      errors.put(
          POINTS,
          "That's "
              + length
              + " characters, more like the whole review. Pick the points you disagree with,"
              + " one per line (ten at most).");
    } else if (points.isEmpty()) {
      errors.put(POINTS, "Add at least one point you disagree with, one per line.");
    } else if (points.size() > MAX_POINTS) {
      errors.put(
          POINTS,
          "That's "
              + points.size()
              + " points. Pick the ten (at most) that matter most, one per line.");
    } else {
      int i = Lines.firstLongerThan(points, POINT_LENGTH);
      if (i >= 0) {
        errors.put(
            POINTS,
            "Point "
                + (i + 1)
                + " is "
                + SlackText.characters(points.get(i))
                + " characters; keep each point to a sentence or two ("
                + POINT_LENGTH
                + " at most).");
      }
    }
    String growth = Forms.value(state, GROWTH);
    growth = growth == null || growth.isBlank() ? null : growth.strip();
    if (growth != null && SlackText.characters(growth) > GROWTH_LENGTH) {
      errors.put(GROWTH, "Keep the growth area to a few words (" + GROWTH_LENGTH + " at most).");
    }
    Period period = Forms.period(state, today, errors);
    if (!errors.isEmpty()) {
      return Submission.refused(errors);
    }
    return new Submission(
        Map.of(), period, Inputs.rebuttal(points, Forms.user(state, MANAGER), growth));
  }
}
