package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The page and the browser's small API. Writes need the X-Playground header (a page on another site
 * cannot send it without a CORS preflight this server never grants), and a Host naming this
 * machine, so a rebinding DNS name cannot drive the playground either.
 */
final class PageRoutes {
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final Map<String, String> ASSETS =
      Map.of(
          "app.js", "text/javascript; charset=utf-8",
          "blocks.js", "text/javascript; charset=utf-8",
          "mrkdwn.js", "text/javascript; charset=utf-8",
          "app.css", "text/css; charset=utf-8");

  private final Surfaces surfaces;
  private final PageActions actions;
  private final SampleHistory history;
  private final ReminderControl reminders;
  private final PlayClock clock;
  private final boolean anyHost;

  PageRoutes(
      Surfaces surfaces,
      PageActions actions,
      SampleHistory history,
      ReminderControl reminders,
      PlayClock clock,
      boolean anyHost) {
    this.surfaces = surfaces;
    this.actions = actions;
    this.history = history;
    this.reminders = reminders;
    this.clock = clock;
    this.anyHost = anyHost;
  }

  void handle(HttpExchange exchange, String path, byte[] body) throws IOException {
    String method = exchange.getRequestMethod();
    if (path.startsWith("/response/") && method.equals("POST")) {
      boolean known = actions.respond(path.substring("/response/".length()), json(body));
      text(exchange, known ? 200 : 404, known ? "ok" : "no_such_response_url");
    } else if (path.startsWith("/upload/") && method.equals("POST")) {
      String id = path.substring("/upload/".length());
      Optional<Surfaces.StoredFile> file = surfaces.file(id);
      file.ifPresent(f -> surfaces.addFile(new Surfaces.StoredFile(id, f.name(), body)));
      text(exchange, file.isPresent() ? 200 : 404, file.isPresent() ? "OK - " + body.length : "");
    } else if (!localHost(exchange)) {
      text(exchange, 403, "The playground answers only on this machine's own address.");
    } else if (method.equals("GET")) {
      get(exchange, path);
    } else if (method.equals("POST") && path.startsWith("/play/") && fromPage(exchange)) {
      post(exchange, path.substring("/play/".length()), json(body));
    } else {
      text(exchange, 405, "Not here");
    }
  }

  private void get(HttpExchange exchange, String path) throws IOException {
    if (path.equals("/")) {
      StandIn.send(exchange, 200, "text/html; charset=utf-8", StandIn.resource("index.html"));
    } else if (path.startsWith("/playground/") && ASSETS.containsKey(path.substring(12))) {
      String name = path.substring(12);
      StandIn.send(exchange, 200, ASSETS.get(name), StandIn.resource(name));
    } else if (path.equals("/play/state")) {
      String next = reminders.next(Cast.ME).map(Instant::toString).orElse(null);
      String state = surfaces.snapshot(Cast.ME, clock.instant().toString(), next);
      StandIn.send(exchange, 200, JSON_TYPE, state.getBytes(StandardCharsets.UTF_8));
    } else if (path.startsWith("/play/files/")) {
      Optional<Surfaces.StoredFile> file = surfaces.file(path.substring("/play/files/".length()));
      if (file.isEmpty() || file.get().bytes() == null) {
        text(exchange, 404, "No such file");
        return;
      }
      String name = file.get().name().replaceAll("[^A-Za-z0-9._-]", "_");
      exchange
          .getResponseHeaders()
          .set("Content-Disposition", "attachment; filename=\"" + name + "\"");
      StandIn.send(exchange, 200, "application/octet-stream", file.get().bytes());
    } else {
      text(exchange, 404, "Not found");
    }
  }

  private void post(HttpExchange exchange, String op, JsonNode in) throws IOException {
    if (in == null) {
      text(exchange, 400, "A JSON body, please");
      return;
    }
    String user = Cast.ME;
    String result = "ok";
    switch (op) {
      case "type" ->
          actions.type(user, in.path("channel").asText(Cast.CHANNEL), in.path("text").asText());
      case "message-action" ->
          actions.onMessage(user, in.path("message").asText(), in.path("action"));
      case "view-action" ->
          actions.onView(user, in.path("view").asText(), in.path("values"), in.path("action"));
      case "submit" -> actions.submit(user, in.path("view").asText(), in.path("values"));
      case "close" -> actions.close(user, in.path("view").asText());
      case "shortcut" -> actions.shortcut(user, in.path("message").asText(), "save_praise");
      case "home" -> actions.openHome(user);
      case "sample-history" -> result = history.fill(user);
      case "next-reminder" ->
          result =
              reminders
                  .fireNext(user)
                  .map(when -> "The bot's clock moved to " + when + ": the reminder due then runs.")
                  .orElse("No reminder is planned yet: log a win first.");
      default -> {
        text(exchange, 404, "No such action");
        return;
      }
    }
    String answer = Surfaces.JSON.createObjectNode().put("result", result).toString();
    StandIn.send(exchange, 200, JSON_TYPE, answer.getBytes(StandardCharsets.UTF_8));
  }

  private boolean localHost(HttpExchange exchange) {
    if (anyHost) {
      return true;
    }
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      return false;
    }
    String name =
        host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":")[0];
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
  }

  private static boolean fromPage(HttpExchange exchange) {
    return "1".equals(exchange.getRequestHeaders().getFirst("X-Playground"));
  }

  private static JsonNode json(byte[] body) {
    return SlackMethods.json(new String(body, StandardCharsets.UTF_8));
  }

  private static void text(HttpExchange exchange, int status, String text) throws IOException {
    StandIn.send(
        exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }
}
