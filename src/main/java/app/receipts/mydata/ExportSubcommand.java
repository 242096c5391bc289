package app.receipts.mydata;

import app.receipts.slack.Messenger;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** /win export: every entry of the person, as JSON and CSV files in their DM. */
final class ExportSubcommand implements Subcommand {
  private final ExportJob job;

  ExportSubcommand(ExportJob job) {
    this.job = job;
  }

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String help() {
    return "`/win export` — all your entries as JSON and CSV files, in DM";
  }

  @Override
  public boolean accepts(String args) {
    return args.isEmpty();
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    // acked only after the job is committed; a redelivered command (same trigger id) is
    // acknowledged alike but exports nothing more
    job.request(
        ctx.getTeamId(),
        ctx.getRequestUserId(),
        req.getPayload().getTriggerId(),
        req.getPayload().getResponseUrl());
    return Messenger.ack(":package: Preparing your export… it will arrive in a DM.");
  }

  /** The Try again button of a failed export. */
  BlockActionHandler retry() {
    return job.retry();
  }
}
