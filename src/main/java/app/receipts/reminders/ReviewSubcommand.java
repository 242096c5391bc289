package app.receipts.reminders;

import app.receipts.slack.Dates;
import app.receipts.slack.Messenger;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.LocalDate;

/** /win review [2027-01-15 | clear]: the next review date, with reminders 14 and 3 days before. */
final class ReviewSubcommand implements Subcommand {
  private final Reminders reminders;
  private final java.time.Clock clock;

  ReviewSubcommand(Reminders reminders, java.time.Clock clock) {
    this.reminders = reminders;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "review";
  }

  @Override
  public String help() {
    return "`/win review [YYYY-MM-DD | clear]` — your next review date; 14 days before I'll DM you"
        + " your packet, 3 days before the gaps that remain";
  }

  @Override
  public boolean accepts(String args) {
    return true;
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    String text;
    if (args.isEmpty()) {
      LocalDate review = reminders.settings(teamId, userId).reviewDate();
      text =
          review == null
              ? "No review date set. " + ReviewDates.EXAMPLES
              : "Your next review: *" + Dates.day(review) + "*. " + ReviewDates.EXAMPLES;
    } else if (args.equalsIgnoreCase("clear") || args.equalsIgnoreCase("off")) {
      reminders.clearReview(teamId, userId);
      text = "Review date cleared; no review reminders will come.";
    } else {
      LocalDate today = LocalDate.ofInstant(clock.instant(), reminders.zone(teamId, userId));
      LocalDate review = ReviewDates.parse(args, today);
      reminders.setReview(teamId, userId, review);
      text =
          ":calendar: Review on *"
              + Dates.day(review)
              + "* noted. 14 days before I'll DM you your packet and the gaps so far; 3 days"
              + " before, the gaps that remain.";
    }
    return Messenger.ack(text);
  }
}
