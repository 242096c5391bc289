package app.receipts.mydata;

import app.receipts.capture.Entry;
import app.receipts.capture.EntryService;
import app.receipts.capture.Subcommand;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.request.files.FilesUploadV2Request.UploadFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;

/** /win export: every entry of the person, as JSON and CSV files in their DM. */
public final class ExportSubcommand implements Subcommand {
  private final EntryService entries;
  private final Messenger messenger;
  private final SlackClients slack;
  private final Clock clock;
  private final Executor executor;
  private final ExportFormats formats = new ExportFormats();

  public ExportSubcommand(
      EntryService entries,
      Messenger messenger,
      SlackClients slack,
      Clock clock,
      Executor executor) {
    this.entries = entries;
    this.messenger = messenger;
    this.slack = slack;
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
    executor.execute(() -> export(teamId, userId, responseUrl));
    return ctx.ack(
        r ->
            r.responseType("ephemeral")
                .text(":package: Preparing your export… it will arrive in a DM."));
  }

  private void export(String teamId, String userId, String responseUrl) {
    String dm = null;
    try {
      dm = messenger.openDm(teamId, userId);
      String channel = dm;
      Instant now = clock.instant();
      List<Entry> all = entries.all(teamId, userId);
      String stamp = now.toString().substring(0, 10);
      byte[] json = formats.json(teamId, userId, now, all).getBytes(StandardCharsets.UTF_8);
      byte[] csv = formats.csv(all).getBytes(StandardCharsets.UTF_8);
      SlackCalls.ok(
          "files.uploadV2",
          () ->
              slack
                  .forTeam(teamId)
                  .filesUploadV2(
                      r ->
                          r.channel(channel)
                              .requestFileInfo(false)
                              .initialComment(
                                  "Your " + all.size() + " entries, as of " + stamp + ".")
                              .uploadFiles(
                                  List.of(
                                      UploadFile.builder()
                                          .filename("receipts-" + stamp + ".json")
                                          .title("receipts-" + stamp + ".json")
                                          .fileData(json)
                                          .build(),
                                      UploadFile.builder()
                                          .filename("receipts-" + stamp + ".csv")
                                          .title("receipts-" + stamp + ".csv")
                                          .fileData(csv)
                                          .build()))));
    } catch (SlackCallException e) {
      String text =
          ":warning: Your export failed ("
              + e.error()
              + "). Nothing was lost: run `/win export` again.";
      if (dm == null || !tryDm(teamId, userId, text)) {
        slack.respond(responseUrl, text);
      }
    }
  }

  private boolean tryDm(String teamId, String userId, String text) {
    try {
      messenger.dm(teamId, userId, text, List.of());
      return true;
    } catch (SlackCallException e) {
      return false;
    }
  }
}
