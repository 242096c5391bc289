package app.receipts.packet;

import app.receipts.people.People;
import app.receipts.slack.Messenger;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** /win packet [period]: acks at once, delivers the packet to the DM in the background. */
final class PacketSubcommand implements Subcommand {
  private final PeriodParser periods = new PeriodParser();
  private final PacketDelivery delivery;
  private final People people;
  private final EmptyPeriod empty;

  PacketSubcommand(PacketDelivery delivery, People people, EmptyPeriod empty) {
    this.delivery = delivery;
    this.people = people;
    this.empty = empty;
  }

  @Override
  public String name() {
    return "packet";
  }

  @Override
  public String help() {
    return "`/win packet [period]` — your review packet in DM (Markdown + PDF): `last quarter`,"
        + " `this year`, `since june`, `last 2 weeks`, `nov`, `2026-H1`, `2026-01-01..2026-06-30`;"
        + " default the last 6 months";
  }

  @Override
  public boolean accepts(String args) {
    return true;
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    Period period;
    try {
      period = periods.parse(args, people.today(teamId, userId));
    } catch (PeriodFormatException e) {
      return Messenger.ack(Mrkdwn.escape(e.getMessage()));
    }
    var nothing = empty.notice(teamId, userId, period);
    if (nothing.isPresent()) {
      return Messenger.ack(nothing.get());
    }
    delivery.request(
        teamId,
        userId,
        PacketIds.requestKey("cmd", req.getPayload().getTriggerId()),
        period,
        req.getPayload().getResponseUrl());
    String label = period.label();
    return Messenger.ack(
        ":hourglass_flowing_sand: Building your packet for "
            + label
            + "… I'll send it to you in a DM.");
  }
}
