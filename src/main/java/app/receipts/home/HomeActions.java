package app.receipts.home;

import app.receipts.capture.CaptureFlow;
import app.receipts.capture.EditWinAction;
import app.receipts.capture.PinValue;
import app.receipts.capture.Pins;
import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.slack.Metadata;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.UserFacingException;
import app.receipts.slack.Views;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.util.Optional;

/** App Home's own interactions: opening it, paging, the per-entry menu and the delete confirm. */
final class HomeActions {
  /** What the delete confirmation modal remembers. */
  record DeleteMetadata(Long entryId) {}

  private final HomePublisher home;
  private final EntryReads reads;
  private final EntryService entries;
  private final EditWinAction editor;
  private final CaptureFlow capture;
  private final Pins pins;

  HomeActions(
      HomePublisher home,
      EntryReads reads,
      EntryService entries,
      EditWinAction editor,
      CaptureFlow capture,
      Pins pins) {
    this.home = home;
    this.reads = reads;
    this.entries = entries;
    this.editor = editor;
    this.capture = capture;
    this.pins = pins;
  }

  BoltEventHandler<AppHomeOpenedEvent> opened() {
    return (payload, ctx) -> {
      AppHomeOpenedEvent event = payload.getEvent();
      if ("home".equals(event.getTab()) || event.getTab() == null) {
        home.opened(ctx.getTeamId(), event.getUser());
      }
      return ctx.ack();
    };
  }

  /** Older and Newer carry the page to show. */
  BlockActionHandler page() {
    return (req, ctx) -> {
      String value = req.getPayload().getActions().get(0).getValue();
      int page = EntryIds.parse(value).map(Long::intValue).orElse(0);
      home.publishLater(ctx.getTeamId(), ctx.getRequestUserId(), page);
      return ctx.ack();
    };
  }

  BlockActionHandler logWin() {
    return (req, ctx) -> {
      capture.openModal(
          ctx.client(),
          req.getPayload().getTriggerId(),
          ctx.getTeamId(),
          ctx.getRequestUserId(),
          null);
      return ctx.ack();
    };
  }

  /**
   * The overflow menu on an entry: "edit:12", "delete:12", or a pin choice ({@link PinValue}),
   * which changes only the clicking person's entry; the change republishes Home.
   */
  BlockActionHandler entryMenu() {
    return (req, ctx) -> {
      var action = req.getPayload().getActions().get(0);
      String value =
          action.getSelectedOption() == null ? "" : action.getSelectedOption().getValue();
      String[] parts = value.split(":", 2);
      Optional<Long> id = parts.length == 2 ? EntryIds.parse(parts[1]) : Optional.empty();
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      String trigger = req.getPayload().getTriggerId();
      Optional<PinValue> pin = PinValue.decode(value);
      if (pin.isPresent()) {
        if (pins.apply(teamId, userId, pin.get()).isEmpty()) {
          throw new UserFacingException(Pins.NOT_YOURS);
        }
      } else if (parts[0].equals("edit")) {
        editor.openEditor(ctx.client(), trigger, teamId, userId, id, null);
      } else if (parts[0].equals("delete")) {
        var entry =
            id.flatMap(found -> reads.find(teamId, userId, found))
                .orElseThrow(() -> new UserFacingException("That entry is already gone."));
        View confirm =
            View.builder()
                .type("modal")
                .callbackId(HomeIds.DELETE_MODAL)
                .title(Views.title("Delete entry?"))
                .submit(Views.submit("Delete"))
                .close(Views.close("Keep it"))
                .privateMetadata(Metadata.write(new DeleteMetadata(entry.id())))
                .blocks(
                    Views.notice(
                            "x",
                            "Delete entry `#"
                                + entry.id()
                                + "`? This can't be undone.\n"
                                + app.receipts.entries.EntryFormat.quote(entry, 1500))
                        .getBlocks())
                .build();
        SlackCalls.ok(
            "views.open", () -> ctx.client().viewsOpen(r -> r.triggerId(trigger).view(confirm)));
      }
      return ctx.ack();
    };
  }

  /** Deletes only an entry of the person submitting, whatever the metadata says. */
  ViewSubmissionHandler confirmDelete() {
    return (req, ctx) -> {
      Long id =
          Metadata.read(req.getPayload().getView().getPrivateMetadata(), DeleteMetadata.class)
              .map(DeleteMetadata::entryId)
              .orElse(null);
      if (id == null || entries.delete(ctx.getTeamId(), ctx.getRequestUserId(), id).isEmpty()) {
        throw new UserFacingException("That entry is already gone, or it isn't yours.");
      }
      return ctx.ack();
    };
  }
}
