package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;

/**
 * What the person does on the page, turned into what Slack would send the bot (through {@link
 * BotLink}) and what Slack would show for the bot's answer.
 */
final class PageActions {
  private final Surfaces surfaces;
  private final SlackPayloads payloads;
  private final BotLink bot;
  private final Clock wall;
  private final String baseUrl;

  PageActions(Surfaces surfaces, BotLink bot, Clock wall, String baseUrl) {
    this.surfaces = surfaces;
    this.payloads = new SlackPayloads(surfaces);
    this.bot = bot;
    this.wall = wall;
    this.baseUrl = baseUrl;
  }

  /**
   * Something typed into a channel's composer: a slash command, or a plain message. False when the
   * bot did not ack a /win (what Slack shows then is shown instead).
   */
  boolean type(String user, String channel, String typed) {
    String text = typed.strip();
    if (text.isEmpty()) {
      return true;
    }
    if (!text.startsWith("/")) {
      surfaces.post(channel, user, text, null);
      return true;
    }
    int space = text.indexOf(' ');
    String command = space < 0 ? text : text.substring(0, space);
    String rest = space < 0 ? "" : text.substring(space + 1).strip();
    if (!command.equals("/win")) {
      ephemeral(channel, user, command + " is not a valid command. In the playground, try /win");
      return true;
    }
    String responseUrl = surfaces.responseUrl(baseUrl, new Surfaces.Target(channel, null));
    BotLink.Ack ack = bot.form(payloads.command(user, channel, command, rest, responseUrl));
    if (!ack.ok()) {
      ephemeral(channel, user, "/win failed with the error \"dispatch_failed\"");
      return false;
    }
    JsonNode body = SlackMethods.json(ack.body());
    if (body != null && (body.hasNonNull("text") || body.has("blocks"))) {
      show(channel, user, body);
    }
    return true;
  }

  /** A click or choice on a message; {@code chosen} is what the browser says was picked. */
  void onMessage(String user, String messageId, JsonNode chosen) {
    Optional<ObjectNode> message = surfaces.message(messageId);
    Optional<ObjectNode> action =
        message.flatMap(m -> Elements.action(m.path("blocks"), chosen, wall));
    if (action.isEmpty()) {
      return;
    }
    String channel = message.get().path("channel").asText();
    String responseUrl = surfaces.responseUrl(baseUrl, new Surfaces.Target(channel, messageId));
    bot.interactive(payloads.messageAction(user, message.get(), action.get(), responseUrl));
  }

  /** A click or choice in a modal or App Home, with what is typed into the modal so far. */
  void onView(String user, String viewId, JsonNode values, JsonNode chosen) {
    Optional<ObjectNode> view = surfaces.view(viewId);
    Optional<ObjectNode> action =
        view.flatMap(v -> Elements.action(v.path("blocks"), chosen, wall));
    if (action.isPresent()) {
      JsonNode state = Elements.state(view.get().path("blocks"), values);
      bot.interactive(payloads.viewAction(user, view.get(), state, action.get()));
    }
  }

  void submit(String user, String viewId, JsonNode values) {
    Optional<ObjectNode> view = surfaces.view(viewId);
    if (view.isEmpty()) {
      return;
    }
    JsonNode state = Elements.state(view.get().path("blocks"), values);
    BotLink.Ack ack = bot.interactive(payloads.viewSubmission(user, view.get(), state));
    JsonNode body = SlackMethods.json(ack.body());
    String action = body == null ? "" : body.path("response_action").asText();
    if (!ack.ok()) {
      surfaces.showErrors(viewId, generalError());
    } else if (action.equals("errors")) {
      surfaces.showErrors(viewId, body.path("errors"));
    } else if (action.equals("update") && body.get("view") instanceof ObjectNode next) {
      replaceView(viewId, next);
    } else if (action.equals("push") && body.get("view") instanceof ObjectNode next) {
      ObjectNode pushed = next.deepCopy().put("id", "V" + surfaces.next());
      fillView(pushed);
      surfaces.openModal(user, pushed.path("id").asText());
    } else if (action.equals("clear")) {
      surfaces.closeAllModals(user);
    } else {
      surfaces.closeModal(user, viewId);
    }
  }

  void close(String user, String viewId) {
    surfaces
        .view(viewId)
        .filter(v -> v.path("notify_on_close").asBoolean(false))
        .ifPresent(v -> bot.interactive(payloads.viewClosed(user, v)));
    surfaces.closeModal(user, viewId);
  }

  /** A message shortcut (Save as evidence) on a message. */
  void shortcut(String user, String messageId, String callbackId) {
    surfaces
        .message(messageId)
        .ifPresent(
            m -> {
              String channel = m.path("channel").asText();
              String url = surfaces.responseUrl(baseUrl, new Surfaces.Target(channel, null));
              bot.interactive(payloads.messageShortcut(user, m, callbackId, url));
            });
  }

  /** False when the bot did not ack the event. */
  boolean openHome(String user) {
    return bot.event(payloads.homeOpened(user)).ok();
  }

  /** A post to a response_url, as the bot makes them from the background. */
  boolean respond(String responseId, JsonNode body) {
    Optional<Surfaces.Target> target = surfaces.target(responseId);
    if (target.isEmpty() || body == null) {
      return false;
    }
    surfaces.logCall("response_url", "channel=" + target.get().channel());
    Optional<ObjectNode> original =
        Optional.ofNullable(target.get().messageId()).flatMap(surfaces::message);
    if (body.path("delete_original").asBoolean(false)) {
      original.ifPresent(surfaces::delete);
    } else if (body.path("replace_original").asBoolean(false) && original.isPresent()) {
      surfaces.replace(original.get(), body.path("text").asText(""), body.path("blocks"));
    } else {
      show(target.get().channel(), Cast.ME, body);
    }
    return true;
  }

  private void show(String channel, String user, JsonNode body) {
    boolean everyone = "in_channel".equals(body.path("response_type").asText());
    surfaces.post(
        channel,
        Cast.BOT_USER,
        body.path("text").asText(""),
        body.path("blocks"),
        everyone ? null : user);
  }

  private void ephemeral(String channel, String user, String text) {
    surfaces.post(channel, "USLACKBOT", text, null, user);
  }

  private void replaceView(String viewId, ObjectNode next) {
    ObjectNode view = next.deepCopy().put("id", viewId);
    fillView(view);
  }

  private void fillView(ObjectNode view) {
    view.put("hash", "h" + surfaces.next()).put("team_id", Cast.TEAM);
    for (String field : new String[] {"private_metadata", "callback_id", "external_id"}) {
      if (!view.has(field)) {
        view.put(field, "");
      }
    }
    BlockIds.fill(view.withArray("blocks"), surfaces);
    surfaces.storeView(view);
  }

  private static JsonNode generalError() {
    return Surfaces.JSON.createObjectNode().put("", "We had some trouble connecting. Try again?");
  }
}
