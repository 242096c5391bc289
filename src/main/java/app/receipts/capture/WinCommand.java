package app.receipts.capture;

import app.receipts.entries.EntryReads;
import app.receipts.people.People;
import app.receipts.rules.CommandVerdict;
import app.receipts.rules.Rules;
import app.receipts.slack.Messenger;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** /win: a win from its text, the modal when empty, or a documented subcommand. */
final class WinCommand implements SlashCommandHandler {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final CaptureFlow capture;
  private final People people;
  private final EntryReads entries;
  private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

  WinCommand(CaptureFlow capture, People people, EntryReads entries, List<Subcommand> subcommands) {
    this.capture = capture;
    this.people = people;
    this.entries = entries;
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
    Optional<Response> command = dispatch(req, ctx, text);
    if (command.isPresent()) {
      return command.get();
    }
    Optional<Response> suggestion = suggestion(teamId, userId, text);
    if (suggestion.isPresent()) {
      return suggestion.get();
    }
    List<LayoutBlock> reply = capture.captureText(req, ctx, text);
    return Messenger.ack("Saved your win.", reply);
  }

  /** Runs the subcommand (or help) that accepts this text; empty when none does. */
  Optional<Response> dispatch(SlashCommandRequest req, SlashCommandContext ctx, String text)
      throws IOException, SlackApiException {
    String[] words = SPACES.split(text.strip(), 2);
    String first = words[0].toLowerCase(Locale.ROOT);
    String args = words.length > 1 ? words[1].strip() : "";
    if (first.equals("help") && args.isEmpty()) {
      return Optional.of(Messenger.ack(helpText()));
    }
    Subcommand subcommand = subcommands.get(first);
    if (subcommand != null && subcommand.accepts(args)) {
      return Optional.of(subcommand.handle(req, ctx, args));
    }
    return Optional.empty();
  }

  /**
   * "Did you mean `/win packet 2026-H2`?" when no subcommand took the text but the rules read it as
   * a near miss of one; empty when it is a win. A delete without an id ("undo", "delete") means the
   * win logged last, when there is one: Run it only asks, quoting it, so a wrong guess costs one
   * click on Keep it.
   */
  private Optional<Response> suggestion(String teamId, String userId, String text) {
    String command = suggested(text);
    if (command == null || !new SuggestionValue(userId, text).fits()) {
      return Optional.empty();
    }
    if (command.equals("delete")) {
      command = entries.lastLogged(teamId, userId).map(id -> "delete " + id).orElse(command);
    }
    String[] words = SPACES.split(command, 2);
    Subcommand subcommand = subcommands.get(words[0]);
    boolean runnable =
        words[0].equals("help") || subcommand.accepts(words.length > 1 ? words[1] : "");
    String usage = subcommand == null ? null : subcommand.help();
    return Optional.of(
        Messenger.ack(
            Suggestions.headline(text, command, runnable),
            Suggestions.blocks(userId, text, command, runnable, usage)));
  }

  private String suggested(String text) {
    Set<String> names = new HashSet<>(subcommands.keySet());
    names.add("help");
    CommandVerdict verdict = Rules.command(text, names);
    return verdict.isWin() ? null : verdict.command();
  }

  /** One example per subcommand, shown under the subcommand's own line in /win help. */
  private static final Map<String, String> EXAMPLES =
      Map.of(
          "list", "`/win list`",
          "edit", "`/win edit 42`",
          "delete", "`/win delete 42`",
          "packet", "`/win packet 2026-H1`",
          "remind", "`/win remind mon,thu 09:30`",
          "review", "`/win review 2027-01-15`",
          "export", "`/win export`",
          "forget-me", "`/win forget-me`");

  /** The reserved words after /win, in the order help lists them. */
  List<String> subcommandNames() {
    return List.copyOf(subcommands.keySet());
  }

  String helpText() {
    StringBuilder help =
        new StringBuilder(
            "*Receipts keeps the evidence for your next review.*\n"
                + "`/win <what you shipped>` — log a win right now, e.g. "
                + "`/win cut p95 latency from 1.8s to 210ms with a composite index`\n"
                + "`/win` — open the form (impact, metric, competency, links, date), e.g. "
                + "`/win` and fill it in\n");
    subcommands
        .values()
        .forEach(
            s ->
                help.append(s.help())
                    .append(", e.g. ")
                    .append(EXAMPLES.getOrDefault(s.name(), "`/win " + s.name() + "`"))
                    .append('\n'));
    help.append("`/win help` — this message, e.g. `/win help`\n")
        .append(
            "*Save as evidence* — keep a teammate's praise: on their message open ⋮ (More"
                + " actions) → *Save as evidence*, pick a competency and add a note; saved for"
                + " someone else, they get a DM to *Keep* or *Discard* it. E.g. on \"huge thanks"
                + " to @maya, the migration went flawlessly\", save it for Maya.\n")
        .append(
            "*App Home* — open Receipts in the sidebar and its *Home* tab: your counts by"
                + " competency, your latest entries with Edit, Pin, Leave out and Delete, and *Log a win*, *Build"
                + " review packet* and *Reminder settings* buttons. E.g. click *Build review"
                + " packet* there to pick a period.\n")
        .append(
            "Anything else after `/win` is saved as a win, exactly as you typed it, e.g. `/win"
                + " list of flaky tests I fixed` is a win; a near miss of a subcommand (`/win lsit`)"
                + " asks first.");
    return help.toString();
  }
}
