package app.receipts.reminders;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.element.BlockElements.asElements;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryFormat;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The metric follow-up DM: up to five wins without a number (or whose number was to come later),
 * each with its two buttons.
 */
final class FollowUpBlocks {
  /** Each win's text is cut to this in the DM; the edit modal shows it whole. */
  private static final int WIN_CHARS = 280;

  private static final int METRIC_CHARS = 200;

  private FollowUpBlocks() {}

  static ClaimedDm.Message message(List<Entry> wins, LocalDate today, Set<Long> declined) {
    return new ClaimedDm.Message(text(wins, today), blocks(wins, today, declined));
  }

  /** "Two weeks ago you shipped Billing export — did it move a number?" */
  static String text(List<Entry> wins, LocalDate today) {
    String when = when(wins, today);
    if (wins.size() == 1) {
      return when
          + " you shipped \""
          + Mrkdwn.escape(Mrkdwn.truncate(wins.get(0).text(), 80))
          + "\" — did it move a number?";
    }
    return when + " you shipped " + wins.size() + " things — did any of them move a number?";
  }

  static List<LayoutBlock> blocks(List<Entry> wins, LocalDate today, Set<Long> declined) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String intro =
        wins.size() == 1
            ? when(wins, today) + " you shipped this — did it move a number?"
            : when(wins, today) + " you shipped these — did any of them move a number?";
    blocks.add(BlockKit.text(":bar_chart: *" + intro + "*"));
    for (Entry win : wins) {
      // only a win marked "I'll have the number later" is asked about with a metric
      String body =
          EntryFormat.quote(win.text(), WIN_CHARS)
              + "\n_"
              + Dates.day(win.occurredOn())
              + "_"
              + (win.hasMetric()
                  ? "\nYou said the number would come later; so far: "
                      + SlackText.escaped(win.metric(), METRIC_CHARS)
                  : "");
      blocks.add(section(s -> s.blockId("followup-win-" + win.id()).text(markdownText(body))));
      if (declined.contains(win.id())) {
        blocks.add(BlockKit.note(":ok_hand: No number for this — noted."));
        continue;
      }
      String id = Long.toString(win.id());
      blocks.add(
          actions(
              a ->
                  a.blockId("followup-actions-" + win.id())
                      .elements(
                          asElements(
                              BlockKit.primary(ReminderIds.FOLLOWUP_ADD_METRIC, "Add metric", id),
                              BlockKit.button(
                                  ReminderIds.FOLLOWUP_NO_NUMBER, "No number for this", id)))));
    }
    blocks.add(
        BlockKit.note(
            "A number makes a win count in a review: users, minutes, money,"
                + " errors. At most one of these a week; `/win remind off` stops"
                + " them with the weekly reminder."));
    return blocks;
  }

  private static String when(List<Entry> wins, LocalDate today) {
    String first = ago(ChronoUnit.DAYS.between(wins.get(0).occurredOn(), today));
    for (Entry win : wins) {
      if (!ago(ChronoUnit.DAYS.between(win.occurredOn(), today)).equals(first)) {
        return "In the last few weeks";
      }
    }
    return first;
  }

  private static String ago(long days) {
    if (days < 21) {
      return "Two weeks ago";
    }
    return days < 28 ? "Three weeks ago" : "About a month ago";
  }
}
