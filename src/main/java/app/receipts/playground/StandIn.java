package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one HTTP server of the playground: Slack's Web API, response_urls and file uploads for the
 * bot ({@code SLACK_API_URL} points here), and the page with its own small API for the browser.
 */
final class StandIn implements AutoCloseable {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StandIn.class);
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(16);
  private volatile SlackMethods methods;
  private volatile PageRoutes page;

  StandIn(String listen, int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(listen), port), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /** Starts answering the bot's Web API calls; the page waits for {@link #serve}. */
  void start(SlackMethods methods) {
    this.methods = methods;
    server.start();
  }

  /** Serves the page, once the bot behind it is up. */
  void serve(PageRoutes page) {
    this.page = page;
  }

  /** How the bot and the page reach this server. */
  String baseUrl() {
    InetAddress address = server.getAddress().getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      PageRoutes routes = page;
      if (path.startsWith("/api/")) {
        Map<String, String> params = params(exchange, body);
        JsonNode answer = methods.answer(path.substring("/api/".length()), params);
        send(exchange, 200, "application/json; charset=utf-8", answer.toString().getBytes(UTF8));
      } else if (routes == null) {
        send(exchange, 503, "text/plain; charset=utf-8", "Starting, reload".getBytes(UTF8));
      } else {
        routes.handle(exchange, path, body);
      }
    } catch (RuntimeException e) {
      log.warn("The playground could not answer {}", exchange.getRequestURI().getPath(), e);
      send(exchange, 500, "text/plain; charset=utf-8", "The playground failed".getBytes(UTF8));
    } finally {
      exchange.close();
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static Map<String, String> params(HttpExchange exchange, byte[] body) {
    Map<String, String> params = new LinkedHashMap<>();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
      params.putAll(form(new String(body, UTF8)));
    } else if (type != null && type.startsWith("application/json")) {
      JsonNode json = SlackMethods.json(new String(body, UTF8));
      if (json != null) {
        json.fields()
            .forEachRemaining(
                f ->
                    params.put(
                        f.getKey(),
                        f.getValue().isTextual()
                            ? f.getValue().asText()
                            : f.getValue().toString()));
      }
    }
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      params.putAll(form(query));
    }
    return params;
  }

  static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF8);
      params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF8));
    }
    return params;
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = StandIn.class.getResourceAsStream("/playground/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
