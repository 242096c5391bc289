package app.receipts.mydata;

import app.receipts.capture.Entry;
import app.receipts.capture.EntryService;
import app.receipts.capture.Subcommand;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackDeliveries;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;

/** /win export: every entry of the person, as JSON and CSV files in their DM. */
public final class ExportSubcommand implements Subcommand {
  private final EntryService entries;
  private final Messenger messenger;
  private final SlackDeliveries deliveries;
  private final Clock clock;
  private final Executor executor;
  private final ExportFormats formats = new ExportFormats();

  public ExportSubcommand(
      EntryService entries,
      Messenger messenger,
      SlackDeliveries deliveries,
      Clock clock,
      Executor executor) {
    this.entries = entries;
    this.deliveries = deliveries;
    this.messenger = messenger;
    this.clock = clock;
    this.executor = executor;
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
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    String responseUrl = req.getPayload().getResponseUrl();
    String trigger = req.getPayload().getTriggerId();
    // a redelivered command (same trigger id) is acknowledged alike but exports nothing more
    if (trigger == null || deliveries.first(teamId, "export:" + trigger)) {
      executor.execute(() -> export(teamId, userId, responseUrl));
    }
    return ctx.ack(
        r ->
            r.responseType("ephemeral")
                .text(":package: Preparing your export… it will arrive in a DM."));
  }

  private void export(String teamId, String userId, String responseUrl) {
    String dm = null;
    try {
      dm = messenger.openDm(teamId, userId);
      Instant now = clock.instant();
      List<Entry> all = entries.all(teamId, userId);
      String stamp = now.toString().substring(0, 10);
      byte[] json = formats.json(teamId, userId, now, all).getBytes(StandardCharsets.UTF_8);
      byte[] csv = formats.csv(all).getBytes(StandardCharsets.UTF_8);
      messenger.upload(
          teamId,
          dm,
          "Your " + all.size() + " entries, as of " + stamp + ".",
          List.of(
              new Messenger.DmFile("receipts-" + stamp + ".json", json),
              new Messenger.DmFile("receipts-" + stamp + ".csv", csv)));
    } catch (SlackCallException e) {
      String text =
          ":warning: Your export failed ("
              + e.error()
              + "). Nothing was lost: run `/win export` again.";
      messenger.tellFailure(teamId, dm, text, List.of(), responseUrl, text);
    }
  }
}
