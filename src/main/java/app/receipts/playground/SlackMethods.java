package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The Web API methods Receipts calls, answered with the shapes Slack answers with, each one
 * changing what the page shows as Slack's own screen would change.
 */
final class SlackMethods {
  private final Surfaces surfaces;
  private final Clock wall;
  private final String baseUrl;
  private final ZoneId zone;

  SlackMethods(Surfaces surfaces, Clock wall, String baseUrl, ZoneId zone) {
    this.surfaces = surfaces;
    this.wall = wall;
    this.baseUrl = baseUrl;
    this.zone = zone;
  }

  ObjectNode answer(String method, Map<String, String> params) {
    ObjectNode ok = Surfaces.JSON.createObjectNode().put("ok", true);
    String channel = params.getOrDefault("channel", "");
    surfaces.logCall(method, summary(method, params));
    switch (method) {
      case "auth.test" ->
          ok.put("url", baseUrl + "/")
              .put("team", Cast.TEAM_NAME)
              .put("user", "receipts")
              .put("team_id", Cast.TEAM)
              .put("user_id", Cast.BOT_USER)
              .put("bot_id", Cast.BOT_ID)
              .put("is_enterprise_install", false);
      case "chat.postMessage" -> {
        ObjectNode message =
            surfaces.post(channel, Cast.BOT_USER, params.get("text"), json(params.get("blocks")));
        ok.put("channel", channel).put("ts", message.path("ts").asText());
        ok.set("message", echo(message));
      }
      case "chat.postEphemeral" -> {
        ObjectNode message =
            surfaces.post(
                channel,
                Cast.BOT_USER,
                params.get("text"),
                json(params.get("blocks")),
                params.getOrDefault("user", ""));
        ok.put("message_ts", message.path("ts").asText());
      }
      case "chat.update" -> {
        Optional<ObjectNode> found = surfaces.messageAt(channel, params.getOrDefault("ts", ""));
        if (found.isEmpty()) {
          return error("message_not_found");
        }
        surfaces.replace(found.get(), params.get("text"), json(params.get("blocks")));
        ok.put("channel", channel).put("ts", params.get("ts")).put("text", params.get("text"));
      }
      case "chat.getPermalink" ->
          ok.put("channel", channel)
              .put("permalink", baseUrl + "/#" + channel + "-" + params.get("message_ts"));
      case "conversations.open" -> {
        String users = params.getOrDefault("users", "");
        ok.putObject("channel").put("id", Cast.dm(users)).put("is_im", true).put("user", users);
        ok.put("no_op", true).put("already_open", true);
      }
      case "users.info" -> user(ok, params.getOrDefault("user", ""));
      case "views.open", "views.push" -> {
        ObjectNode view = store(params, null);
        surfaces.openModal(Cast.ME, view.path("id").asText());
        ok.set("view", view);
      }
      case "views.update" -> {
        Optional<ObjectNode> old =
            Optional.ofNullable(params.get("view_id"))
                .flatMap(surfaces::view)
                .or(() -> surfaces.viewByExternalId(params.getOrDefault("external_id", "")));
        if (old.isEmpty()) {
          return error("not_found");
        }
        ok.set("view", store(params, old.get().path("id").asText()));
      }
      case "views.publish" -> {
        String user = params.getOrDefault("user_id", "");
        ObjectNode view = store(params, "VHOME" + user);
        surfaces.publishHome(user, view.path("id").asText());
        ok.set("view", view);
      }
      case "files.getUploadURLExternal" -> {
        String id = "F" + surfaces.next();
        surfaces.addFile(new Surfaces.StoredFile(id, params.getOrDefault("filename", id), null));
        ok.put("upload_url", baseUrl + "/upload/" + id).put("file_id", id);
      }
      case "files.completeUploadExternal" -> complete(ok, params);
      default -> {
        // the other writes Slack answers with a plain ok
      }
    }
    return ok;
  }

  private static ObjectNode echo(ObjectNode message) {
    ObjectNode echo = Surfaces.JSON.createObjectNode().put("type", "message");
    echo.put("text", message.path("text").asText()).put("ts", message.path("ts").asText());
    echo.put("user", Cast.BOT_USER).put("bot_id", Cast.BOT_ID).put("team", Cast.TEAM);
    echo.set("blocks", message.path("blocks"));
    return echo;
  }

  private ObjectNode store(Map<String, String> params, String keepId) {
    JsonNode sent = json(params.get("view"));
    ObjectNode view =
        sent instanceof ObjectNode o ? o.deepCopy() : Surfaces.JSON.createObjectNode();
    String id = keepId != null ? keepId : "V" + surfaces.next();
    view.put("id", id).put("team_id", Cast.TEAM).put("app_id", Cast.APP_ID);
    view.put("bot_id", Cast.BOT_ID).put("hash", "h" + surfaces.next());
    for (String field : new String[] {"private_metadata", "callback_id", "external_id"}) {
      if (!view.has(field)) {
        view.put(field, "");
      }
    }
    BlockIds.fill(view.withArray("blocks"), surfaces);
    view.putObject("state").putObject("values");
    view.put("root_view_id", id).putNull("previous_view_id");
    surfaces.storeView(view);
    return view;
  }

  private void user(ObjectNode ok, String id) {
    String name = Cast.name(id);
    ObjectNode user = ok.putObject("user").put("id", id).put("team_id", Cast.TEAM);
    user.put("name", name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
    user.put("real_name", name).put("deleted", false).put("is_bot", id.equals(Cast.BOT_USER));
    user.put("tz", zone.getId()).put("tz_label", zone.getId());
    user.put("tz_offset", zone.getRules().getOffset(wall.instant()).getTotalSeconds());
    ObjectNode profile = user.putObject("profile").put("team", Cast.TEAM);
    profile.put("real_name", name).put("display_name", name).put("status_text", "");
    profile.put("status_emoji", "").put("status_expiration", 0);
  }

  private void complete(ObjectNode ok, Map<String, String> params) {
    JsonNode sent = json(params.get("files"));
    String channel = params.getOrDefault("channel_id", params.getOrDefault("channels", ""));
    ArrayNode shown = Surfaces.JSON.createArrayNode();
    ArrayNode answered = ok.putArray("files");
    if (sent != null) {
      for (JsonNode f : sent) {
        String id = f.path("id").asText();
        String name = surfaces.file(id).map(Surfaces.StoredFile::name).orElse(id);
        shown.addObject().put("id", id).put("name", name).put("url", "/play/files/" + id);
        answered.addObject().put("id", id).put("title", f.path("title").asText(name));
      }
    }
    surfaces.postFiles(channel, params.get("initial_comment"), shown);
  }

  private static ObjectNode error(String code) {
    return Surfaces.JSON.createObjectNode().put("ok", false).put("error", code);
  }

  static JsonNode json(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Surfaces.JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /** One line for the page's call log: the method and where it went, never the token. */
  private static String summary(String method, Map<String, String> params) {
    for (String key : new String[] {"channel", "channel_id", "user_id", "user", "view_id"}) {
      if (params.containsKey(key)) {
        return key + "=" + params.get(key);
      }
    }
    return "";
  }
}
