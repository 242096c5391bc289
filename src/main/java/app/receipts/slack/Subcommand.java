package app.receipts.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/** A reserved first word after /win; features register theirs in Main. */
public interface Subcommand {
  /** The reserved word, e.g. "list". */
  String name();

  /** One line for /win help, e.g. "`/win list` — your last 10 entries". */
  String help();

  /**
   * Whether these words after the name are meant for this subcommand; when not, the whole text is
   * logged as a win ("/win list of fixes…" is a win, "/win list" is the subcommand).
   */
  boolean accepts(String args);

  Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args)
      throws IOException, SlackApiException;
}
