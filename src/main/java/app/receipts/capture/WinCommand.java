package app.receipts.capture;

import app.receipts.people.People;
import app.receipts.slack.EphemeralAck;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** /win: a win from its text, the modal when empty, or a documented subcommand. */
public final class WinCommand implements SlashCommandHandler {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final CaptureFlow capture;
  private final People people;
  private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

  public WinCommand(CaptureFlow capture, People people, List<Subcommand> subcommands) {
    this.capture = capture;
    this.people = people;
    subcommands.forEach(s -> this.subcommands.put(s.name(), s));
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx)
      throws IOException, SlackApiException {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    people.seen(teamId, userId);
    String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
    if (text.isEmpty()) {
      return capture.openModal(req, ctx);
    }
    String[] words = SPACES.split(text, 2);
    String first = words[0].toLowerCase(Locale.ROOT);
    String args = words.length > 1 ? words[1].strip() : "";
    if (first.equals("help") && args.isEmpty()) {
      return ctx.ack(r -> r.responseType("ephemeral").text(helpText()));
    }
    Subcommand subcommand = subcommands.get(first);
    if (subcommand != null && subcommand.accepts(args)) {
      return subcommand.handle(req, ctx, args);
    }
    List<LayoutBlock> reply = capture.captureText(req, ctx, text);
    return EphemeralAck.of("Saved your win.", reply);
  }

  String helpText() {
    StringBuilder help =
        new StringBuilder(
            "*Receipts keeps the evidence for your next review.*\n"
                + "`/win <what you shipped>` — log a win right now, e.g. "
                + "`/win cut p95 latency from 1.8s to 210ms with a composite index`\n"
                + "`/win` — open the form (impact, metric, competency, links, date)\n");
    subcommands.values().forEach(s -> help.append(s.help()).append('\n'));
    help.append("`/win help` — this message\n")
        .append("Anything else after `/win` is saved as a win, exactly as you typed it.");
    return help.toString();
  }
}
