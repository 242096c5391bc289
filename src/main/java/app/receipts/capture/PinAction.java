package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A pin menu choice on a /win ack or a /win list row: changes the clicking person's own entry and
 * redraws the message with its new state; anyone else's click changes nothing and is told so.
 */
final class PinAction implements BlockActionHandler {
  private final Pins pins;
  private final EntryReads reads;
  private final boolean onList;
  private final Executor executor;

  private PinAction(Pins pins, EntryReads reads, boolean onList, Executor executor) {
    this.pins = pins;
    this.reads = reads;
    this.onList = onList;
    this.executor = executor;
  }

  static PinAction onAck(Pins pins, EntryReads reads, Executor executor) {
    return new PinAction(pins, reads, false, executor);
  }

  static PinAction onList(Pins pins, EntryReads reads, Executor executor) {
    return new PinAction(pins, reads, true, executor);
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    var selected = req.getPayload().getActions().get(0).getSelectedOption();
    Optional<PinValue> value = PinValue.decode(selected == null ? null : selected.getValue());
    Optional<Entry> changed = value.flatMap(v -> pins.apply(teamId, userId, v));
    if (changed.isEmpty()) {
      return Messenger.answer(executor, req, ctx, Pins.NOT_YOURS, false);
    }
    Entry entry = changed.get();
    List<LayoutBlock> blocks =
        onList
            ? ListSubcommand.blocks(reads, teamId, userId)
            : CaptureBlocks.saved(entry, !CaptureBlocks.asSaved(entry), List.of());
    return Messenger.answer(
        executor, req, ctx, Pins.done(value.get().choice(), entry), blocks, true);
  }
}
