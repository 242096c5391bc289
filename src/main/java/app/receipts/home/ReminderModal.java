package app.receipts.home;

import app.receipts.people.People;
import app.receipts.reminders.ReminderSchedule;
import app.receipts.reminders.ReminderSchedule.Cadence;
import app.receipts.reminders.ReminderSettings;
import app.receipts.reminders.Reminders;
import app.receipts.reminders.ReviewDates;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.UserFacingException;
import app.receipts.slack.Views;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Reminder settings modal: cadence, days, time, quiet weeks, pause and the review date. */
final class ReminderModal {
  private static final Logger log = LoggerFactory.getLogger(ReminderModal.class);
  private static final String INPUT = "input";
  private static final int PAUSE_DAYS = 14;
  private final Reminders reminders;
  private final People people;
  private final HomePublisher home;
  private final Executor executor;

  ReminderModal(Reminders reminders, People people, HomePublisher home, Executor executor) {
    this.reminders = reminders;
    this.people = people;
    this.home = home;
    this.executor = executor;
  }

  BlockActionHandler open() {
    return (req, ctx) -> {
      ReminderSettings settings = reminders.settings(ctx.getTeamId(), ctx.getRequestUserId());
      View view = ReminderModalView.view(settings, reminders.pausedUntil(settings));
      SlackCalls.ok(
          "views.open",
          () ->
              ctx.client().viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).view(view)));
      return ctx.ack();
    };
  }

  /**
   * Pause 2 weeks inside the modal: saved before the ack, and the modal redrawn beside it (a block
   * action's ack cannot carry a view, and a slow views.update must not hold the ack past 3 s).
   */
  BlockActionHandler pause() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      reminders.pause(teamId, userId, people.today(teamId, userId).plusDays(PAUSE_DAYS));
      return redraw(req, ctx, teamId, userId);
    };
  }

  BlockActionHandler resume() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      reminders.resume(teamId, userId);
      return redraw(req, ctx, teamId, userId);
    };
  }

  private com.slack.api.bolt.response.Response redraw(
      com.slack.api.bolt.request.builtin.BlockActionRequest req,
      com.slack.api.bolt.context.builtin.ActionContext ctx,
      String teamId,
      String userId) {
    ReminderSettings settings = reminders.settings(teamId, userId);
    View view = ReminderModalView.view(settings, reminders.pausedUntil(settings));
    var shown = req.getPayload().getView();
    if (shown != null && shown.getId() != null) {
      executor.execute(
          () -> {
            try {
              SlackCalls.ok(
                  "views.update",
                  () -> ctx.client().viewsUpdate(r -> r.viewId(shown.getId()).view(view)));
            } catch (SlackCallException e) {
              log.warn("Redrawing the reminder modal failed: {}", e.error());
            }
          });
    }
    home.publishLater(teamId, userId, 0);
    return ctx.ack();
  }

  ViewSubmissionHandler submit() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      Map<String, Map<String, ViewState.Value>> values =
          req.getPayload().getView().getState().getValues();
      ReminderSettings current = reminders.settings(teamId, userId);
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      try {
        selected(values, "days").forEach(v -> days.add(DayOfWeek.valueOf(v)));
      } catch (IllegalArgumentException notADay) {
        return ctx.ackWithErrors(Views.fieldErrors(Map.of("days", "Pick days from the list.")));
      }
      if (days.isEmpty()) {
        return ctx.ackWithErrors(Views.fieldErrors(Map.of("days", "Pick at least one day.")));
      }
      Cadence cadence;
      int monthWeek;
      try {
        String chosen = choice(values, "cadence");
        cadence = chosen == null ? current.schedule().cadence() : Cadence.valueOf(chosen);
        String week = choice(values, "month_week");
        monthWeek = week == null ? 1 : Integer.parseInt(week);
      } catch (IllegalArgumentException notAChoice) {
        return ctx.ackWithErrors(Views.fieldErrors(Map.of("cadence", "Pick from the list.")));
      }
      if (cadence == Cadence.MONTHLY && days.size() != 1) {
        return ctx.ackWithErrors(
            Views.fieldErrors(
                Map.of("days", "Once a month goes on one day: pick one, e.g. Friday with Last.")));
      }
      if (monthWeek < -1 || monthWeek > 4 || monthWeek == 0) {
        return ctx.ackWithErrors(
            Views.fieldErrors(Map.of("month_week", "Pick a week from the list.")));
      }
      ViewState.Value time = values.getOrDefault("time", Map.of()).get(INPUT);
      LocalTime at;
      try {
        at =
            time == null || time.getSelectedTime() == null
                ? LocalTime.of(16, 0)
                : LocalTime.parse(time.getSelectedTime());
      } catch (DateTimeParseException notATime) {
        return ctx.ackWithErrors(Views.fieldErrors(Map.of("time", "Pick a time from the list.")));
      }
      List<String> switches = selected(values, "enabled");
      ViewState.Value review = values.getOrDefault("review", Map.of()).get(INPUT);
      LocalDate today = people.today(teamId, userId);
      LocalDate reviewDate = null;
      if (review != null && review.getSelectedDate() != null) {
        try {
          reviewDate = ReviewDates.parse(review.getSelectedDate(), today);
        } catch (UserFacingException e) {
          return ctx.ackWithErrors(
              Views.fieldErrors(Map.of("review", "Pick a day after today, within two years.")));
        }
      }
      ReminderSchedule old = current.schedule();
      boolean sameWeeks =
          old.cadence() == Cadence.BIWEEKLY
              && cadence == Cadence.BIWEEKLY
              && old.days().equals(days);
      reminders.quietWeeks(teamId, userId, switches.contains("quiet"));
      reminders.changeSchedule(
          teamId,
          userId,
          new ReminderSchedule(
              days,
              at,
              switches.contains("on"),
              cadence,
              sameWeeks ? old.anchor() : null,
              cadence == Cadence.MONTHLY ? monthWeek : 0));
      if (reviewDate != null) {
        reminders.setReview(teamId, userId, reviewDate);
      } else if (reminders.settings(teamId, userId).reviewDate() != null) {
        reminders.clearReview(teamId, userId);
      }
      home.publishLater(teamId, userId, 0);
      return ctx.ack();
    };
  }

  private static String choice(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value value = values.getOrDefault(block, Map.of()).get(INPUT);
    return value == null || value.getSelectedOption() == null
        ? null
        : value.getSelectedOption().getValue();
  }

  private static List<String> selected(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value value = values.getOrDefault(block, Map.of()).get(INPUT);
    return value == null || value.getSelectedOptions() == null
        ? List.of()
        : value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
  }
}
