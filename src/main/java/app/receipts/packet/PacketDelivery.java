package app.receipts.packet;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.block.LayoutBlock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a packet after the ack and delivers it to the person's DM: the summary message, then the
 * Markdown and PDF files. Any failure is told to the person with a Try again button.
 */
public final class PacketDelivery {
  private static final Logger log = LoggerFactory.getLogger(PacketDelivery.class);

  private final PacketBuilder builder;
  private final PacketBlocks blocks = new PacketBlocks();
  private final PacketRequestDao requests;
  private final Messenger messenger;
  private final SlackClients slack;
  private final Clock clock;
  private final Executor executor;

  public PacketDelivery(
      PacketBuilder builder,
      PacketRequestDao requests,
      Messenger messenger,
      SlackClients slack,
      Clock clock,
      Executor executor) {
    this.builder = builder;
    this.requests = requests;
    this.messenger = messenger;
    this.slack = slack;
    this.clock = clock;
    this.executor = executor;
  }

  /**
   * Records the request, then builds and delivers it in the background. The request key (Slack's
   * trigger or view id) makes a redelivery of the same request, on any instance, build nothing.
   */
  public void request(
      String teamId, String userId, String requestKey, Period period, String responseUrl) {
    String key = requestKey != null ? requestKey : "unkeyed:" + UUID.randomUUID();
    if (requests.requested(teamId, userId, key, period.start(), period.end(), clock.instant())
        == 0) {
      log.info("Packet request {} arrived again; it is built once", key);
      return;
    }
    long id = requests.idOf(teamId, key);
    executor.execute(() -> deliver(id, teamId, userId, period, responseUrl));
  }

  private void deliver(long id, String teamId, String userId, Period period, String responseUrl) {
    String dm;
    try {
      dm = messenger.openDm(teamId, userId);
    } catch (SlackCallException e) {
      finish(id, "FAILED", e.error());
      slack.respond(
          responseUrl,
          "I couldn't open a DM with you to deliver your packet ("
              + e.error()
              + "). Please try"
              + " `/win packet` again in a moment.");
      return;
    }
    try {
      PacketFiles files = builder.build(teamId, userId, displayName(teamId, userId), period);
      SlackCalls.ok(
          "chat.postMessage",
          () ->
              slack
                  .forTeam(teamId)
                  .chatPostMessage(
                      r ->
                          r.channel(dm)
                              .text("Your review packet for " + period.label())
                              .blocks(blocks.render(files.packet()))));
      messenger.upload(
          teamId,
          dm,
          "Markdown to paste, PDF to print or hand over.",
          List.of(
              new Messenger.DmFile(
                  files.markdownName(), files.markdown().getBytes(StandardCharsets.UTF_8)),
              new Messenger.DmFile(files.pdfName(), files.pdf())));
      finish(id, "DELIVERED", null);
    } catch (RuntimeException e) {
      String reason = e instanceof SlackCallException call ? call.error() : "build_failed";
      log.warn("Packet {} failed: {}", id, reason, e instanceof SlackCallException ? null : e);
      finish(id, "FAILED", reason);
      tellFailure(teamId, userId, dm, period, reason, responseUrl);
    }
  }

  private void tellFailure(
      String teamId, String userId, String dm, Period period, String reason, String responseUrl) {
    String text =
        ":warning: I couldn't finish your review packet for "
            + period.label()
            + " ("
            + reason
            + "). Your entries are safe. Try again?";
    List<LayoutBlock> failure =
        asBlocks(
            section(s -> s.text(markdownText(text))),
            actions(
                a ->
                    a.elements(
                        asElements(
                            button(
                                b ->
                                    b.actionId(PacketIds.RETRY_BUTTON)
                                        .text(plainText("Try again"))
                                        .style("primary")
                                        .value(period.start() + ".." + period.end()))))));
    messenger.tellFailure(
        teamId, dm, text, failure, responseUrl, text + " Run `/win packet` again.");
  }

  private String displayName(String teamId, String userId) {
    try {
      UsersInfoResponse info =
          SlackCalls.ok("users.info", () -> slack.forTeam(teamId).usersInfo(r -> r.user(userId)));
      var profile = info.getUser().getProfile();
      if (profile != null && profile.getRealName() != null && !profile.getRealName().isBlank()) {
        return profile.getRealName();
      }
      return info.getUser().getName() == null ? userId : info.getUser().getName();
    } catch (SlackCallException e) {
      return userId;
    }
  }

  private void finish(long id, String status, String error) {
    requests.finished(id, status, error, clock.instant());
  }
}
