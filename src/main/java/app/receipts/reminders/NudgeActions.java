package app.receipts.reminders;

import app.receipts.capture.CaptureFlow;
import app.receipts.slack.Dates;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/** The buttons on a weekly nudge: Log a win, Nothing this week, Snooze to Monday, Pause. */
final class NudgeActions {
  private final Reminders reminders;
  private final CaptureFlow capture;
  private final Executor executor;

  NudgeActions(Reminders reminders, CaptureFlow capture, Executor executor) {
    this.reminders = reminders;
    this.capture = capture;
    this.executor = executor;
  }

  BlockActionHandler logWin() {
    return (req, ctx) -> {
      capture.openModal(
          ctx.client(),
          req.getPayload().getTriggerId(),
          ctx.getTeamId(),
          ctx.getRequestUserId(),
          req.getPayload().getChannel() == null ? null : req.getPayload().getChannel().getId());
      return ctx.ack();
    };
  }

  BlockActionHandler nothingThisWeek() {
    return (req, ctx) ->
        replace(req, ctx, ":ok_hand: Noted — nothing this week. See you next time.");
  }

  BlockActionHandler snooze() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      Slot slot = reminders.snooze(teamId, userId);
      ZoneId zone = reminders.zone(teamId, userId);
      return replace(
          req, ctx, ":zzz: Snoozed. I'll ask again " + Dates.when(slot.at().atZone(zone)) + ".");
    };
  }

  /** Pause 2 weeks: nothing until the same weekday two weeks on. */
  BlockActionHandler pauseTwoWeeks() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      LocalDate until = reminders.today(teamId, userId).plusDays(Pauses.DEFAULT_DAYS);
      Slot next = reminders.pause(teamId, userId, until);
      ZoneId zone = reminders.zone(teamId, userId);
      return replace(
          req,
          ctx,
          ":palm_tree: Paused until "
              + Dates.dayWithWeekday(until)
              + ". Reminders resume by themselves; the next one is "
              + Dates.when(next.at().atZone(zone))
              + ". `/win remind resume` ends the pause early.");
    };
  }

  private Response replace(BlockActionRequest req, ActionContext ctx, String text) {
    return Messenger.answer(executor, req, ctx, text, true);
  }
}
