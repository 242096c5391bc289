package app.receipts.mydata;

import static com.slack.api.model.block.Blocks.asBlocks;

import app.receipts.slack.BlockKit;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.Subcommand;
import app.receipts.slack.Views;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** /win forget-me: confirm in a modal, then delete everything of the person in this workspace. */
public final class ForgetMe implements Subcommand {
  public static final String MODAL = "forget-me-modal";
  private static final Logger log = LoggerFactory.getLogger(ForgetMe.class);
  private final List<UserData> stores;
  private final Jdbi jdbi;
  private final Messenger messenger;
  private final Executor executor;
  private final List<BiConsumer<String, String>> afterForget;

  /**
   * {@code stores} reach the database through {@code jdbi} (on-demand DAOs or its handles), so
   * inside {@link Jdbi#useTransaction} they all run on that transaction's handle. The DM copy of
   * the outcome goes out on {@code executor}, beside the modal's ack. {@code afterForget} is told
   * (team, user) once the deletion is known to be committed.
   */
  ForgetMe(
      List<UserData> stores,
      Jdbi jdbi,
      Messenger messenger,
      Executor executor,
      List<BiConsumer<String, String>> afterForget) {
    this.stores = List.copyOf(stores);
    this.jdbi = jdbi;
    this.messenger = messenger;
    this.executor = executor;
    this.afterForget = List.copyOf(afterForget);
  }

  @Override
  public String name() {
    return "forget-me";
  }

  @Override
  public String help() {
    return "`/win forget-me` — delete everything Receipts keeps about you here (asks first)";
  }

  @Override
  public boolean accepts(String args) {
    return args.isEmpty();
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    View confirm =
        View.builder()
            .type("modal")
            .callbackId(MODAL)
            .title(Views.title("Forget me"))
            .submit(Views.submit("Delete everything"))
            .close(Views.close("Cancel"))
            .blocks(
                asBlocks(
                    BlockKit.text(
                        ":warning: This deletes *all* your wins and kept praise, praise"
                            + " waiting for you, your reminder settings and packet"
                            + " history in this workspace, and removes your name from"
                            + " praise you saved for others. It can't be undone —"
                            + " `/win export` first if you want a copy.")))
            .build();
    SlackCalls.ok(
        "views.open",
        () ->
            ctx.client()
                .viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).view(confirm)));
    return ctx.ack();
  }

  /**
   * Deletes from every store in one transaction, then says what happened: everything went only
   * after the commit, nothing went only when the rollback is known to have happened. The modal says
   * it at once; a DM keeps a copy, sent after, so a slow Slack never holds the modal past 3 s.
   */
  public ViewSubmissionHandler confirmed() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      String text = forget(teamId, userId);
      executor.execute(
          () -> {
            try {
              messenger.dm(teamId, userId, text, null);
            } catch (SlackCallException e) {
              // the modal said the same
            }
          });
      return Messenger.notice("Forget me", text);
    };
  }

  private String forget(String teamId, String userId) {
    List<String> counts = new ArrayList<>();
    boolean[] stepsDone = {false};
    try {
      jdbi.useTransaction(
          handle -> {
            for (UserData store : stores) {
              int n = store.forget(teamId, userId);
              if (n > 0) {
                counts.add(n + " " + store.name());
              }
            }
            stepsDone[0] = true;
          });
    } catch (RuntimeException e) {
      // (nothing is told to afterForget: the deletion is not known to be committed)
      log.warn("forget-me failed", e);
      if (!stepsDone[0] && e.getSuppressed().length == 0) {
        return ":warning: Something went wrong on our side, so nothing was deleted: everything is"
            + " as it was. Please run `/win forget-me` again.";
      }
      // the commit or the rollback itself failed: what is stored is not known
      return ":warning: Something went wrong on our side and I can't confirm what was deleted."
          + " Please run `/win forget-me` again: it deletes whatever is left.";
    }
    afterForget.forEach(listener -> listener.accept(teamId, userId));
    return ":wastebasket: Done, everything was deleted. Deleted "
        + (counts.isEmpty() ? "nothing (there was nothing to delete)" : String.join(", ", counts))
        + ". Receipts keeps nothing else about you here.";
  }
}
