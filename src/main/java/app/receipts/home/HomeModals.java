package app.receipts.home;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import app.receipts.packet.PacketDelivery;
import app.receipts.packet.PacketIds;
import app.receipts.packet.Period;
import app.receipts.packet.PeriodFormatException;
import app.receipts.packet.PeriodParser;
import app.receipts.people.People;
import app.receipts.reminders.ReminderSchedule;
import app.receipts.reminders.ReminderSettings;
import app.receipts.reminders.Reminders;
import app.receipts.reminders.ReviewDates;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.UserFacingException;
import app.receipts.slack.Views;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Build review packet and Reminder settings modals opened from App Home. */
public final class HomeModals {
  private static final String INPUT = "input";
  private final PacketDelivery packets;
  private final Reminders reminders;
  private final People people;
  private final HomePublisher home;

  public HomeModals(
      PacketDelivery packets, Reminders reminders, People people, HomePublisher home) {
    this.packets = packets;
    this.reminders = reminders;
    this.people = people;
    this.home = home;
  }

  public BlockActionHandler openPacket() {
    return (req, ctx) -> {
      View view =
          View.builder()
              .type("modal")
              .callbackId(HomeIds.PACKET_MODAL)
              .title(Views.title("Build review packet"))
              .submit(Views.submit("Build it"))
              .close(Views.close("Cancel"))
              .blocks(
                  List.of(
                      input(
                          i ->
                              i.blockId("period")
                                  .label(plainText("Period"))
                                  .hint(
                                      plainText(
                                          "2026-H1, Q3, last 90 days, 2026-01-01..2026-06-30"))
                                  .element(
                                      plainTextInput(
                                          p -> p.actionId(INPUT).initialValue("last 6 months"))))))
              .build();
      SlackCalls.ok(
          "views.open",
          () ->
              ctx.client().viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).view(view)));
      return ctx.ack();
    };
  }

  public ViewSubmissionHandler submitPacket() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      String text = value(req.getPayload().getView().getState(), "period");
      Period period;
      try {
        period = new PeriodParser().parse(text == null ? "" : text, people.today(teamId, userId));
      } catch (PeriodFormatException e) {
        return ctx.ackWithErrors(
            Map.of("period", app.receipts.slack.Mrkdwn.truncate(e.getMessage(), 150)));
      }
      packets.request(
          teamId,
          userId,
          PacketIds.requestKey("view", req.getPayload().getView().getId()),
          period,
          null);
      return ctx.ack();
    };
  }

  public BlockActionHandler openReminders() {
    return (req, ctx) -> {
      ReminderSettings settings = reminders.settings(ctx.getTeamId(), ctx.getRequestUserId());
      SlackCalls.ok(
          "views.open",
          () ->
              ctx.client()
                  .viewsOpen(
                      r ->
                          r.triggerId(req.getPayload().getTriggerId())
                              .view(reminderView(settings))));
      return ctx.ack();
    };
  }

  static View reminderView(ReminderSettings settings) {
    List<OptionObject> days =
        Arrays.stream(DayOfWeek.values())
            .map(d -> option(plainText(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), d.name()))
            .toList();
    List<OptionObject> chosen =
        days.stream()
            .filter(o -> settings.schedule().days().contains(DayOfWeek.valueOf(o.getValue())))
            .toList();
    OptionObject on = option(plainText("Send me a weekly reminder"), "on");
    return View.builder()
        .type("modal")
        .callbackId(HomeIds.REMINDER_MODAL)
        .title(Views.title("Reminder settings"))
        .submit(Views.submit("Save"))
        .close(Views.close("Cancel"))
        .blocks(
            List.of(
                input(
                    i ->
                        i.blockId("enabled")
                            .optional(true)
                            .label(plainText("Reminders"))
                            .element(
                                checkboxes(
                                    c ->
                                        c.actionId(INPUT)
                                            .options(List.of(on))
                                            .initialOptions(
                                                settings.schedule().enabled()
                                                    ? List.of(on)
                                                    : null)))),
                input(
                    i ->
                        i.blockId("days")
                            .label(plainText("Days"))
                            .element(
                                checkboxes(
                                    c -> c.actionId(INPUT).options(days).initialOptions(chosen)))),
                input(
                    i ->
                        i.blockId("time")
                            .label(plainText("Time, in your timezone"))
                            .element(
                                timePicker(
                                    t ->
                                        t.actionId(INPUT)
                                            .initialTime(settings.schedule().time().toString())))),
                input(
                    i ->
                        i.blockId("review")
                            .optional(true)
                            .label(plainText("Next review date"))
                            .hint(
                                plainText(
                                    "I'll remind you 14 and 3 days before, with your packet."))
                            .element(
                                datePicker(
                                    d ->
                                        d.actionId(INPUT)
                                            .initialDate(
                                                settings.reviewDate() == null
                                                    ? null
                                                    : settings.reviewDate().toString()))))))
        .build();
  }

  public ViewSubmissionHandler submitReminders() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      Map<String, Map<String, ViewState.Value>> values =
          req.getPayload().getView().getState().getValues();
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      try {
        selected(values, "days").forEach(v -> days.add(DayOfWeek.valueOf(v)));
      } catch (IllegalArgumentException notADay) {
        return ctx.ackWithErrors(Map.of("days", "Pick days from the list."));
      }
      if (days.isEmpty()) {
        return ctx.ackWithErrors(Map.of("days", "Pick at least one day."));
      }
      ViewState.Value time = values.getOrDefault("time", Map.of()).get(INPUT);
      LocalTime at;
      try {
        at =
            time == null || time.getSelectedTime() == null
                ? LocalTime.of(16, 0)
                : LocalTime.parse(time.getSelectedTime());
      } catch (DateTimeParseException notATime) {
        return ctx.ackWithErrors(Map.of("time", "Pick a time from the list."));
      }
      boolean enabled = selected(values, "enabled").contains("on");
      ViewState.Value review = values.getOrDefault("review", Map.of()).get(INPUT);
      LocalDate today = people.today(teamId, userId);
      LocalDate reviewDate = null;
      if (review != null && review.getSelectedDate() != null) {
        try {
          reviewDate = ReviewDates.parse(review.getSelectedDate(), today);
        } catch (UserFacingException e) {
          return ctx.ackWithErrors(Map.of("review", "Pick a day after today, within two years."));
        }
      }
      reminders.changeSchedule(teamId, userId, new ReminderSchedule(days, at, enabled));
      if (reviewDate != null) {
        reminders.setReview(teamId, userId, reviewDate);
      } else if (reminders.settings(teamId, userId).reviewDate() != null) {
        reminders.clearReview(teamId, userId);
      }
      home.publishLater(teamId, userId, 0);
      return ctx.ack();
    };
  }

  private static List<String> selected(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value value = values.getOrDefault(block, Map.of()).get(INPUT);
    return value == null || value.getSelectedOptions() == null
        ? List.of()
        : value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
  }

  private static String value(ViewState state, String block) {
    ViewState.Value value =
        state == null ? null : state.getValues().getOrDefault(block, Map.of()).get(INPUT);
    return value == null ? null : value.getValue();
  }
}
