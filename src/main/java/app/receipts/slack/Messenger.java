package app.receipts.slack;

import com.slack.api.methods.request.files.FilesUploadV2Request.UploadFile;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** Messages to one person: ephemeral where they are, or a DM with the bot. */
public final class Messenger {
  private final SlackClients slack;

  /** A file for someone's DM; its name is its title too. */
  public record DmFile(String name, byte[] data) {}

  public Messenger(SlackClients slack) {
    this.slack = slack;
  }

  /** The id of the bot's DM channel with this user. */
  public String openDm(String teamId, String userId) {
    ConversationsOpenResponse open =
        SlackCalls.ok(
            "conversations.open",
            () -> slack.forTeam(teamId).conversationsOpen(r -> r.users(List.of(userId))));
    return open.getChannel().getId();
  }

  /** Posts into the DM with the bot and returns the DM channel id. */
  public String dm(String teamId, String userId, String text, List<LayoutBlock> blocks) {
    String channel = openDm(teamId, userId);
    post(teamId, channel, text, blocks);
    return channel;
  }

  /**
   * Posts into a channel opened with {@link #openDm}, for callers that must tell a failure to open
   * the DM (nothing sent) from a failure of the post itself (maybe sent).
   */
  public void post(String teamId, String channel, String text, List<LayoutBlock> blocks) {
    SlackCalls.ok(
        "chat.postMessage",
        () ->
            slack
                .forTeam(teamId)
                .chatPostMessage(r -> r.channel(channel).text(text).blocks(orNone(blocks))));
  }

  /**
   * An ephemeral message in the channel where the user acted; when that channel is unknown or the
   * bot cannot post there, the same message goes to their DM so it is never lost.
   */
  public void tell(
      String teamId, String channelId, String userId, String text, List<LayoutBlock> blocks) {
    if (channelId != null) {
      try {
        SlackCalls.ok(
            "chat.postEphemeral",
            () ->
                slack
                    .forTeam(teamId)
                    .chatPostEphemeral(
                        r -> r.channel(channelId).user(userId).text(text).blocks(orNone(blocks))));
        return;
      } catch (SlackCallException e) {
        // even when ephemerals are rate limited: a DM is chat.postMessage, limited on its own
      }
    }
    dm(teamId, userId, text, blocks);
  }

  /** Slack refuses {@code "blocks": []}: a text-only message sends no blocks at all. */
  private static List<LayoutBlock> orNone(List<LayoutBlock> blocks) {
    return blocks == null || blocks.isEmpty() ? null : blocks;
  }

  /** Uploads files into a DM channel, with one comment above them. */
  public void upload(String teamId, String dmChannel, String comment, List<DmFile> files) {
    List<UploadFile> uploads =
        files.stream()
            .map(f -> UploadFile.builder().filename(f.name()).title(f.name()).fileData(f.data()))
            .map(UploadFile.UploadFileBuilder::build)
            .toList();
    SlackCalls.ok(
        "files.uploadV2",
        () ->
            slack
                .forTeam(teamId)
                .filesUploadV2(
                    r ->
                        r.channel(dmChannel)
                            .requestFileInfo(false)
                            .initialComment(comment)
                            .uploadFiles(uploads)));
  }

  /**
   * Tells of a failed background job in the DM; without a DM (it could not be opened) or when the
   * post fails too, {@code orElse} goes to the command's response_url, so the person still hears.
   */
  public void tellFailure(
      String teamId,
      String dmChannel,
      String text,
      List<LayoutBlock> blocks,
      String responseUrl,
      String orElse) {
    if (dmChannel != null) {
      try {
        SlackCalls.ok(
            "chat.postMessage",
            () ->
                slack
                    .forTeam(teamId)
                    .chatPostMessage(r -> r.channel(dmChannel).text(text).blocks(orNone(blocks))));
        return;
      } catch (SlackCallException e) {
        // the response_url below is the last way to reach them
      }
    }
    slack.respond(responseUrl, orElse);
  }
}
