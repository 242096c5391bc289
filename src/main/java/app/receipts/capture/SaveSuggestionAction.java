package app.receipts.capture;

import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/** Save as a win under "Did you mean …?": the text was meant as a win after all. */
final class SaveSuggestionAction implements BlockActionHandler {
  private final CaptureFlow capture;
  private final Executor executor;

  SaveSuggestionAction(CaptureFlow capture, Executor executor) {
    this.capture = capture;
    this.executor = executor;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    Optional<SuggestionValue> value =
        SuggestionValue.decode(req.getPayload().getActions().get(0).getValue())
            .filter(v -> v.ownerId().equals(ctx.getRequestUserId()));
    if (value.isEmpty()) {
      return Messenger.answer(executor, req, ctx, Suggestions.NOT_YOURS, false);
    }
    // a click is one trigger: a repeated delivery of the same click stores the win once
    String triggerId = req.getPayload().getTriggerId();
    String key = triggerId == null || triggerId.isBlank() ? null : "suggestion:" + triggerId;
    List<LayoutBlock> saved =
        capture.captureText(ctx.getTeamId(), ctx.getRequestUserId(), value.get().text(), key);
    return Messenger.answer(executor, req, ctx, "Saved your win.", saved, true);
  }
}
