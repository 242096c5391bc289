package app.receipts.conversations;

import app.receipts.slack.SlackCalls;
import app.receipts.slack.Views;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;

/** Opens the two modals (from the command or a button) and turns a valid submission into a job. */
final class ConversationModals {
  private final RebuttalForm rebuttal = new RebuttalForm();
  private final BonusForm bonus = new BonusForm();
  private final DefaultPeriod periods;
  private final ConversationDelivery delivery;

  ConversationModals(DefaultPeriod periods, ConversationDelivery delivery) {
    this.periods = periods;
    this.delivery = delivery;
  }

  /**
   * Opens the modal of {@code kind}; {@code period} typed after the command, else the default.
   * {@code responseUrl} (of the command or message button, null from App Home) rides along in the
   * modal, for telling the person if their DM cannot be opened.
   */
  void open(
      Kind kind,
      MethodsClient client,
      String triggerId,
      String teamId,
      String userId,
      String period,
      String responseUrl) {
    String initial =
        period == null || period.isBlank() ? periods.text(teamId, userId) : period.strip();
    View view =
        switch (kind) {
          case REBUTTAL -> rebuttal.view(initial);
          case BONUS -> bonus.view(initial);
        };
    view.setPrivateMetadata(ReplyTo.metadata(responseUrl));
    SlackCalls.ok("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view)));
  }

  BlockActionHandler button(Kind kind) {
    return (req, ctx) -> {
      open(kind, ctx, req.getPayload().getTriggerId(), req.getPayload().getResponseUrl());
      return ctx.ack();
    };
  }

  private void open(Kind kind, ActionContext ctx, String triggerId, String responseUrl) {
    open(kind, ctx.client(), triggerId, ctx.getTeamId(), ctx.getRequestUserId(), null, responseUrl);
  }

  ViewSubmissionHandler submit(Kind kind) {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      var view = req.getPayload().getView();
      Submission submission =
          switch (kind) {
            case REBUTTAL -> rebuttal.read(view.getState(), periods.today(teamId, userId));
            case BONUS -> bonus.read(view.getState(), periods.today(teamId, userId));
          };
      if (!submission.accepted()) {
        return ctx.ackWithErrors(Views.fieldErrors(submission.errors()));
      }
      delivery.request(
          teamId,
          userId,
          view.getId() == null ? null : "view:" + view.getId(),
          kind,
          submission.period(),
          submission.inputs(),
          ReplyTo.responseUrl(view.getPrivateMetadata()),
          view.getId());
      return ctx.ackWithUpdate(
          Views.notice(
              kind.title(),
              ":hourglass_flowing_sand: Preparing it for "
                  + submission.period().label()
                  + ". I'll send it to you in a DM: a summary, then the Markdown and PDF."));
    };
  }
}
