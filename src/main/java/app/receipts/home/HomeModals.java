package app.receipts.home;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import app.receipts.packet.PacketFeature;
import app.receipts.packet.PacketIds;
import app.receipts.packet.Period;
import app.receipts.packet.PeriodFormatException;
import app.receipts.packet.PeriodParser;
import app.receipts.people.People;
import app.receipts.reminders.Reminders;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.Views;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The Build review packet and Reminder settings ({@link ReminderModal}) modals of App Home. */
final class HomeModals {
  private static final String INPUT = "input";
  private final PacketFeature packets;
  private final People people;
  private final ReminderModal reminderModal;

  HomeModals(
      PacketFeature packets,
      Reminders reminders,
      People people,
      HomePublisher home,
      Executor executor) {
    this.packets = packets;
    this.people = people;
    this.reminderModal = new ReminderModal(reminders, people, home, executor);
  }

  BlockActionHandler openPacket() {
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

  ViewSubmissionHandler submitPacket() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      String text = value(req.getPayload().getView().getState(), "period");
      Period period;
      try {
        period = new PeriodParser().parse(text == null ? "" : text, people.today(teamId, userId));
      } catch (PeriodFormatException e) {
        return ctx.ackWithErrors(Views.fieldErrors(periodError(e.getMessage())));
      }
      Optional<String> empty = packets.emptyPeriodNotice(teamId, userId, period);
      if (empty.isPresent()) {
        // nothing to build: said on the field, where the period can be changed
        return ctx.ackWithErrors(Views.fieldErrors(periodError(empty.get())));
      }
      packets
          .delivery()
          .request(
              teamId,
              userId,
              PacketIds.requestKey("view", req.getPayload().getView().getId()),
              period,
              null);
      return ctx.ack();
    };
  }

  /** A field error under the period, cut to what Slack shows under a modal input. */
  private static Map<String, String> periodError(String message) {
    return Map.of("period", Mrkdwn.truncate(message, 150));
  }

  BlockActionHandler openReminders() {
    return reminderModal.open();
  }

  ViewSubmissionHandler submitReminders() {
    return reminderModal.submit();
  }

  BlockActionHandler pauseFromModal() {
    return reminderModal.pause();
  }

  BlockActionHandler resumeFromModal() {
    return reminderModal.resume();
  }

  private static String value(ViewState state, String block) {
    ViewState.Value value =
        state == null ? null : state.getValues().getOrDefault(block, Map.of()).get(INPUT);
    return value == null ? null : value.getValue();
  }
}
