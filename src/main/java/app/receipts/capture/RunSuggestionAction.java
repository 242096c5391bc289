package app.receipts.capture;

import app.receipts.slack.Messenger;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;

/** Run it under "Did you mean …?": runs the suggested subcommand as if the person had typed it. */
final class RunSuggestionAction implements BlockActionHandler {
  private final WinCommand command;
  private final Executor executor;

  RunSuggestionAction(WinCommand command, Executor executor) {
    this.command = command;
    this.executor = executor;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx)
      throws IOException, SlackApiException {
    Optional<SuggestionValue> value =
        SuggestionValue.decode(req.getPayload().getActions().get(0).getValue())
            .filter(v -> v.ownerId().equals(ctx.getRequestUserId()));
    if (value.isEmpty()) {
      return Messenger.answer(executor, req, ctx, Suggestions.NOT_YOURS, false);
    }
    SlashCommandRequest replay = ReplayedCommand.of(req, ctx, value.get().text());
    Optional<Response> ran = command.dispatch(replay, replay.getContext(), value.get().text());
    if (ran.isEmpty()) {
      return Messenger.answer(
          executor, req, ctx, "That command can't run as it is: `/win help` lists them.", true);
    }
    SlashCommandResponse answer = ReplayedCommand.answer(ran.get());
    if (answer == null) {
      return ctx.ack();
    }
    return Messenger.answer(executor, req, ctx, answer.getText(), answer.getBlocks(), true);
  }
}
