package app.receipts.conversations;

import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /win packet rebuttal} and {@code /win packet bonus} open this feature's modals; any other
 * {@code /win packet …} goes on to the review packet's own subcommand, untouched.
 */
final class PacketKinds implements Subcommand {
  private final Subcommand packet;
  private final ConversationModals modals;

  PacketKinds(Subcommand packet, ConversationModals modals) {
    this.packet = packet;
    this.modals = modals;
  }

  @Override
  public String name() {
    return packet.name();
  }

  @Override
  public String help() {
    // one line: help appends its example after it
    return packet.help()
        + "; `/win packet rebuttal` answers an unfair review with your evidence, `/win packet"
        + " bonus` makes the case for a bonus";
  }

  @Override
  public boolean accepts(String args) {
    return kind(args) != null || packet.accepts(args);
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args)
      throws IOException, SlackApiException {
    Kind kind = kind(args);
    if (kind == null) {
      return packet.handle(req, ctx, args);
    }
    String period = args.strip().substring(kind.word().length()).strip();
    if (period.length() > Forms.PERIOD_LENGTH) {
      period = "";
    }
    modals.open(
        kind,
        ctx.client(),
        req.getPayload().getTriggerId(),
        ctx.getTeamId(),
        ctx.getRequestUserId(),
        period,
        req.getPayload().getResponseUrl());
    return ctx.ack();
  }

  private static Kind kind(String args) {
    String first = args == null ? "" : args.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    for (Kind kind : Kind.values()) {
      if (kind.word().equals(first)) {
        return kind;
      }
    }
    return null;
  }
}
