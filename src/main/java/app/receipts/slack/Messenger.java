package app.receipts.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.request.files.FilesUploadV2Request.UploadFile;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Every way Receipts tells a person something, with its fallbacks: the ack of their request, the
 * response_url of a command or button, an ephemeral message where they are, or a DM with the bot.
 * The static methods answer inside a request (with its own client); the others work in the
 * background, per workspace.
 */
public final class Messenger {
  private final SlackClients slack;

  /** A file for someone's DM; its name is its title too. */
  public record DmFile(String name, byte[] data) {}

  public Messenger(SlackClients slack) {
    this.slack = slack;
  }

  /** The ack of a slash command, as an ephemeral message with blocks (see {@link EphemeralAck}). */
  public static Response ack(String text, List<LayoutBlock> blocks) {
    return EphemeralAck.of(text, blocks);
  }

  /** The ack of a slash command, as an ephemeral text. */
  public static Response ack(String text) {
    return EphemeralAck.of(text, List.of());
  }

  /**
   * The ack of a modal's submission that turns the modal into a notice: what happened, or why
   * nothing did.
   */
  public static Response notice(String title, String text) {
    return ModalNotice.of(title, text);
  }

  /**
   * Acks a button click and answers it through {@link #reply} on {@code answers}. Whatever the
   * click changed is committed before this is called; the answer goes out beside the ack, so a slow
   * response_url never holds the ack past Slack's 3 s. The answers pool runs a task it has no room
   * for on this thread, so under a flood the answer comes before a late ack but is never dropped.
   */
  public static Response answer(
      Executor answers,
      BlockActionRequest req,
      ActionContext ctx,
      String text,
      List<LayoutBlock> blocks,
      boolean replaceOriginal) {
    answers.execute(() -> RequestReplies.reply(req, ctx, text, blocks, replaceOriginal));
    return ctx.ack();
  }

  /**
   * {@link #answer(Executor, BlockActionRequest, ActionContext, String, List, boolean)} in text.
   */
  public static Response answer(
      Executor answers,
      BlockActionRequest req,
      ActionContext ctx,
      String text,
      boolean replaceOriginal) {
    return answer(answers, req, ctx, text, null, replaceOriginal);
  }

  /**
   * Answers a button click through its response_url; when that fails (expired, Slack down, too many
   * answers), the same text goes to the person as an ephemeral message, so that what their click
   * did is never left unsaid.
   */
  public static void reply(
      BlockActionRequest req, ActionContext ctx, String text, boolean replaceOriginal) {
    RequestReplies.reply(req, ctx, text, null, replaceOriginal);
  }

  /**
   * {@link #reply(BlockActionRequest, ActionContext, String, boolean)} with blocks; the fallback is
   * the text.
   */
  public static void reply(
      BlockActionRequest req,
      ActionContext ctx,
      String text,
      List<LayoutBlock> blocks,
      boolean replaceOriginal) {
    RequestReplies.reply(req, ctx, text, blocks, replaceOriginal);
  }

  /**
   * Redraws the message a button was clicked on (a DM the bot sent, say) through the click's
   * response_url; where that fails, {@code orElse} is said as {@link #reply} says it, so the click
   * is never met with silence.
   */
  public static void redraw(
      BlockActionRequest req,
      ActionContext ctx,
      String text,
      List<LayoutBlock> blocks,
      String orElse) {
    RequestReplies.redraw(req, ctx, text, blocks, orElse);
  }

  /** A DM through the request's own client (see {@link RequestReplies#dmInRequest}). */
  static void dmInRequest(Context context, String text) {
    RequestReplies.dmInRequest(context, text);
  }

  /**
   * Posts an ephemeral text to a slash command's or button's response_url, from the background;
   * false if it failed.
   */
  public boolean respond(String responseUrl, String text) {
    return slack.respond(responseUrl, text);
  }

  /**
   * Redraws the message a button was clicked on, through that click's response_url, from the
   * background; where that fails (expired, used up, none), {@link #tell} says it instead.
   */
  public void replaceOrTell(
      String teamId,
      String responseUrl,
      String channelId,
      String userId,
      String text,
      List<LayoutBlock> blocks) {
    if (!slack.replace(responseUrl, text, blocks)) {
      tell(teamId, channelId, userId, text, blocks);
    }
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
  static List<LayoutBlock> orNone(List<LayoutBlock> blocks) {
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
        post(teamId, dmChannel, text, blocks);
        return;
      } catch (SlackCallException e) {
        // the response_url below is the last way to reach them
      }
    }
    slack.respond(responseUrl, orElse);
  }
}
