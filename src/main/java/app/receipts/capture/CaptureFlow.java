package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.people.People;
import app.receipts.rules.CompetencyGuess;
import app.receipts.rules.Rules;
import app.receipts.slack.Metadata;
import app.receipts.slack.SlackCalls;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** /win with text (store now, answer inside the ack) and /win alone (open the modal). */
public final class CaptureFlow {
  private final Wins wins;
  private final People people;

  public CaptureFlow(Wins wins, People people) {
    this.wins = wins;
    this.people = people;
  }

  public List<LayoutBlock> captureText(
      SlashCommandRequest req, SlashCommandContext ctx, String text) {
    return captureText(
        ctx.getTeamId(), ctx.getRequestUserId(), text, captureKey(req.getPayload().getTriggerId()));
  }

  /** The same as typing the text after /win; the key makes a repeated delivery store it once. */
  List<LayoutBlock> captureText(String teamId, String userId, String text, String captureKey) {
    WinDraft typed = wins.rules().fromText(text);
    // read once: the stored metric and competency and the ack's "a guess" all come from it
    Rules.Reading reading = wins.read(teamId, userId, typed.text());
    CompetencyGuess guess = reading.competency();
    Entry entry =
        wins.captureWin(teamId, userId, typed, people.today(teamId, userId), captureKey, reading);
    return CaptureBlocks.saved(
        entry, false, guess.isGuess() ? guess.alternatives() : List.of(), entry.hasMetric());
  }

  /** Opens the modal at once: the trigger id is only valid for three seconds. */
  public Response openModal(SlashCommandRequest req, SlashCommandContext ctx) {
    openModal(
        ctx.client(),
        req.getPayload().getTriggerId(),
        ctx.getTeamId(),
        ctx.getRequestUserId(),
        req.getPayload().getChannelId());
    return ctx.ack();
  }

  /** The empty win modal, dated today in the user's timezone; the reply goes to channelId. */
  public void openModal(
      MethodsClient client, String triggerId, String teamId, String userId, String channelId) {
    WinDraft draft = new WinDraft(null, null, null, null, List.of(), people.today(teamId, userId));
    String metadata = Metadata.write(new WinModalMetadata(null, channelId));
    SlackCalls.ok(
        "views.open",
        () ->
            client.viewsOpen(
                r -> r.triggerId(triggerId).view(WinModal.view(draft, metadata, false))));
  }

  /** A retried delivery carries the same trigger id; without one there is nothing to key. */
  private static String captureKey(String triggerId) {
    return triggerId == null || triggerId.isBlank() ? null : "cmd:" + triggerId;
  }

  public static WinDraft draftOf(Entry entry) {
    return new WinDraft(
        entry.text(),
        entry.impact(),
        entry.metric(),
        entry.competency(),
        entry.links(),
        entry.occurredOn());
  }
}
