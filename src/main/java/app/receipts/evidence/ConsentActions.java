package app.receipts.evidence;

import app.receipts.entries.EntryIds;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;

/** Keep and Discard on praise someone saved for you; only the owner's click counts. */
final class ConsentActions {
  private static final String NOT_YOURS =
      "This praise isn't waiting for you, or it was already kept or discarded.";
  private final PraiseService praise;
  private final Executor executor;

  ConsentActions(PraiseService praise, Executor executor) {
    this.praise = praise;
    this.executor = executor;
  }

  BlockActionHandler keep() {
    return (req, ctx) -> {
      boolean kept =
          id(req)
              .flatMap(id -> praise.keep(ctx.getTeamId(), ctx.getRequestUserId(), id))
              .isPresent();
      return reply(
          req, ctx, kept ? ":white_check_mark: Kept — it's in your evidence now." : NOT_YOURS);
    };
  }

  BlockActionHandler discard() {
    return (req, ctx) -> {
      boolean discarded =
          id(req)
              .map(id -> praise.discard(ctx.getTeamId(), ctx.getRequestUserId(), id))
              .orElse(false);
      return reply(req, ctx, discarded ? "Discarded. Nothing of it was kept." : NOT_YOURS);
    };
  }

  private static java.util.Optional<Long> id(BlockActionRequest req) {
    return EntryIds.parse(req.getPayload().getActions().get(0).getValue());
  }

  private Response reply(BlockActionRequest req, ActionContext ctx, String text) {
    return Messenger.answer(executor, req, ctx, text, !text.equals(NOT_YOURS));
  }
}
