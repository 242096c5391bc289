package app.receipts.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A Slack Web API on loopback that records every call and answers like Slack. Tests script faults
 * with {@link #respond}; they wait for asynchronous calls with {@link #await}.
 */
public final class FakeSlack implements AutoCloseable {
  public static final String TEAM = "T0001";
  public static final String BOT_USER = "UBOT";
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // Without TCP_NODELAY the JDK server's split header/body writes meet delayed ACKs: ~40 ms a
    // call.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One recorded request: the API method (or "response_url", "upload") and its parameters. */
  public record Call(String method, Map<String, String> params, String body, byte[] bytes) {
    public String param(String name) {
      return params.get(name);
    }

    public JsonNode json(String name) {
      try {
        String value = params.get(name);
        return value == null ? null : JSON.readTree(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The whole JSON body, for calls Slack sends as JSON (response_url). */
    public JsonNode bodyJson() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A scripted answer. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public static Reply ok(String json) {
      return new Reply(200, Map.of(), json);
    }

    public static Reply error(String code) {
      return new Reply(200, Map.of(), "{\"ok\":false,\"error\":\"" + code + "\"}");
    }

    public static Reply rateLimited(int retryAfterSeconds) {
      return new Reply(
          429,
          Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
          "{\"ok\":false,\"error\":\"ratelimited\"}");
    }
  }

  /** The ways a Slack call goes wrong in production. */
  public enum Fault {
    /** Accepts the request and answers nothing until the test is done with it. */
    TIMEOUT,
    SERVER_ERROR,
    RATE_LIMITED,
    INVALID_AUTH,
    CHANNEL_NOT_FOUND,
    /**
     * Does what the call asks and answers as Slack would, but only after the bot stopped waiting:
     * the answer is held until {@link #clearResponses} (at most 60 s), as when Slack posts the
     * message and its answer comes after the bot's SLACK_TIMEOUT_MS.
     */
    SLOW_ANSWER,
    /** HTTP 200 with an HTML page, as a proxy or captive portal in front of Slack answers. */
    HTML,
    /** HTTP 200 with JSON cut off midway, as a dropped connection leaves it. */
    TRUNCATED_JSON,
    /** HTTP 200 with nothing in the body. */
    EMPTY_BODY,
    /** {@code {"ok":false}} without an error code. */
    OK_FALSE_NO_ERROR
  }

  private final HttpServer server;
  private volatile CountDownLatch stalled = new CountDownLatch(1);
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Function<Call, Reply>> overrides = new ConcurrentHashMap<>();
  private final Map<String, String> userZones = new ConcurrentHashMap<>();
  private final Map<String, Boolean> deletedUsers = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, String> codeTeams = new ConcurrentHashMap<>();
  private final Map<String, String> tokenTeams = new ConcurrentHashMap<>();
  private final Map<String, String> refreshTeams = new ConcurrentHashMap<>();
  private final List<String> issued = new ArrayList<>();
  private volatile boolean rotatingTokens;
  private final SlackRefusals refusals = new SlackRefusals();
  private final List<String> breaches = new ArrayList<>();
  private final Map<String, Boolean> bareUsers = new ConcurrentHashMap<>();
  private final boolean keeping;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  public FakeSlack() {
    this(true);
  }

  /**
   * For load runs: every call is still checked and answered as Slack would, but only counted by
   * method, not kept, so a minute of load does not fill the generator's heap with request bodies.
   */
  public static FakeSlack counting() {
    return new FakeSlack(false);
  }

  private FakeSlack(boolean keeping) {
    this.keeping = keeping;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/", this::handle);
    server.start();
  }

  public String apiUrl() {
    return baseUrl() + "/api/";
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String responseUrl(String id) {
    return baseUrl() + "/response/" + id;
  }

  /** Replaces Slack's answer for one method until cleared; the call is still recorded. */
  public void respond(String method, Function<Call, Reply> reply) {
    overrides.put(method, reply);
  }

  /** Makes every call of this method fail this way until cleared. */
  public void fail(String method, Fault fault) {
    CountDownLatch release = stalled;
    respond(
        method,
        call ->
            switch (fault) {
              case TIMEOUT -> {
                try {
                  release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                yield Reply.ok("{\"ok\":true}");
              }
              case SERVER_ERROR ->
                  new Reply(500, Map.of(), "{\"ok\":false,\"error\":\"fatal_error\"}");
              case RATE_LIMITED -> Reply.rateLimited(30);
              case INVALID_AUTH -> Reply.error("invalid_auth");
              case CHANNEL_NOT_FOUND -> Reply.error("channel_not_found");
              case SLOW_ANSWER -> {
                try {
                  release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                yield defaultReply(call);
              }
              case HTML ->
                  new Reply(
                      200,
                      Map.of("Content-Type", "text/html; charset=utf-8"),
                      "<!DOCTYPE html><html><head><title>Slack</title></head>"
                          + "<body><h1>Something went wrong</h1></body></html>");
              case TRUNCATED_JSON -> Reply.ok("{\"ok\":true,\"channel\":{\"id\":\"D0");
              case EMPTY_BODY -> Reply.ok("");
              case OK_FALSE_NO_ERROR -> Reply.ok("{\"ok\":false}");
            });
  }

  /** What this fake answers a call when no fault is scripted, for answers a test holds back. */
  public Reply answerAsSlack(Call call) {
    return defaultReply(call);
  }

  /**
   * A one-time OAuth code, as Slack hands one to the redirect URL after someone approves the
   * install into {@code teamId}; oauth.v2.access exchanges it for a bot token of that workspace.
   */
  public String approveInstall(String teamId) {
    String code = "code-" + teamId + "-" + sequence.incrementAndGet();
    codeTeams.put(code, teamId);
    return code;
  }

  /** oauth.v2.access hands out expiring tokens with refresh tokens, as with token rotation on. */
  public void rotateTokens(boolean rotating) {
    this.rotatingTokens = rotating;
  }

  /** The bot tokens this fake issued through oauth.v2.access for a workspace, oldest first. */
  public List<String> tokensOf(String teamId) {
    synchronized (issued) {
      return issued.stream().filter(t -> teamId.equals(tokenTeams.get(t))).toList();
    }
  }

  /** Ends scripted answers, and lets calls stalled by {@link Fault#TIMEOUT} finish. */
  public void clearResponses() {
    overrides.clear();
    stalled.countDown();
    stalled = new CountDownLatch(1);
  }

  public void userTimezone(String userId, String tz) {
    userZones.put(userId, tz);
  }

  /**
   * Slack issued this trigger_id now (SignedClient calls it as it sends a payload): views.open and
   * views.push refuse it once used, or 3 s later, with {@code expired_trigger_id}. A trigger this
   * fake never saw counts as issued at its first use.
   */
  public void issueTrigger(String triggerId) {
    refusals.issueTrigger(triggerId);
  }

  /**
   * The bot is a member of this channel; C0GENERAL, C0WINS and every DM (D…) are known from the
   * start. chat.postEphemeral elsewhere answers {@code not_in_channel}.
   */
  public void botJoined(String channelId) {
    refusals.joined(channelId);
  }

  /** The bot was removed from this channel. */
  public void botLeft(String channelId) {
    refusals.left(channelId);
  }

  /** users.info answers for this user without tz, tz_offset or any real or display name. */
  public void bareProfile(String userId) {
    bareUsers.put(userId, true);
  }

  /**
   * Every call Slack refused because the bot broke the Block Kit contract (invalid_blocks,
   * invalid_arguments, view_too_large, no_text), with what was sent.
   */
  public List<String> breaches() {
    synchronized (breaches) {
      return List.copyOf(breaches);
    }
  }

  /** Fails when any call broke the contract; {@link TestApp#close} runs it after every test. */
  public void assertNoBreaches() {
    List<String> found = breaches();
    if (!found.isEmpty()) {
      throw new AssertionError(
          "Slack refused "
              + found.size()
              + " payload(s) the bot sent:\n"
              + String.join("\n", found));
    }
  }

  /** users.info will say this account is deactivated. */
  public void deactivate(String userId) {
    deletedUsers.put(userId, true);
  }

  public List<Call> calls() {
    synchronized (kept()) {
      return List.copyOf(calls);
    }
  }

  /** The recorded calls, for every reader: a counting FakeSlack has none to read, and says so. */
  private List<Call> kept() {
    if (!keeping) {
      throw new IllegalStateException("a counting FakeSlack keeps no calls: see counts()");
    }
    return calls;
  }

  /** How many calls of each method arrived, whether or not they are kept. */
  public Map<String, Long> counts() {
    Map<String, Long> counted = new TreeMap<>();
    counts.forEach((method, count) -> counted.put(method, count.sum()));
    return counted;
  }

  /** The messages posted into a user's DM (the fake opens "D" + user id for them). */
  public List<Call> dmsTo(String userId) {
    return calls("chat.postMessage").stream()
        .filter(c -> ("D" + userId).equals(c.param("channel")))
        .toList();
  }

  public List<Call> calls(String method) {
    return calls().stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits until a matching call is recorded (or fails after the timeout). */
  public Call await(String method, Predicate<Call> matching, Duration timeout) {
    return awaitSince(0, method, matching, timeout);
  }

  /**
   * How many calls are recorded so far: a test sharing an app with others takes a mark as it starts
   * and looks only at the calls after it ({@link #awaitSince}, {@link #callsSince}).
   */
  public int mark() {
    synchronized (kept()) {
      return calls.size();
    }
  }

  /** The calls of this method recorded after {@code mark}. */
  public List<Call> callsSince(int mark, String method) {
    synchronized (kept()) {
      return calls.subList(mark, calls.size()).stream()
          .filter(c -> c.method().equals(method))
          .toList();
    }
  }

  /** As {@link #await}, among the calls recorded after {@code mark}. */
  public Call awaitSince(int mark, String method, Predicate<Call> matching, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (kept()) {
      while (true) {
        for (Call call : calls.subList(mark, calls.size())) {
          if (call.method().equals(method) && matching.test(call)) {
            return call;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "No " + method + " call within " + timeout + "; recorded: " + methods());
        }
        try {
          calls.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("Interrupted while waiting for " + method);
        }
      }
    }
  }

  public Call await(String method) {
    return await(method, c -> true, Duration.ofSeconds(10));
  }

  private List<String> methods() {
    return calls.stream().map(Call::method).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String body = new String(raw, StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    String method;
    if (path.startsWith("/api/")) {
      method = path.substring("/api/".length());
    } else if (path.startsWith("/response/")) {
      method = "response_url";
    } else if (path.startsWith("/upload/")) {
      method = "upload";
    } else {
      method = path;
    }
    Map<String, String> params = new LinkedHashMap<>();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      params.putAll(form(body));
    }
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      params.putAll(form(query));
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      params.putIfAbsent("token", authorization.substring("Bearer ".length()));
    }
    if (authorization != null && authorization.startsWith("Basic ")) {
      // oauth.v2.access may authenticate the app with client_id:client_secret instead of params
      String pair =
          new String(
              java.util.Base64.getDecoder().decode(authorization.substring("Basic ".length())),
              StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      params.putIfAbsent("client_id", pair.substring(0, colon));
      params.putIfAbsent("client_secret", pair.substring(colon + 1));
    }
    Call call = new Call(method, params, body, raw);
    counts.computeIfAbsent(method, m -> new LongAdder()).increment();
    if (keeping) {
      synchronized (calls) {
        calls.add(call);
        calls.notifyAll();
      }
    }
    Function<Call, Reply> override = overrides.get(method);
    // Slack checks a payload before anything else can go wrong with the call
    Reply refusal = refusals.refusal(call, path);
    if (refusal != null && SlackRefusals.breach(refusal)) {
      synchronized (breaches) {
        breaches.add(method + " " + refusal.body() + "\n  sent: " + call.body());
      }
    }
    Reply reply =
        refusal != null ? refusal : override != null ? override.apply(call) : defaultReply(call);
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (!reply.headers().containsKey("Content-Type")) {
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    }
    byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
    // -1 tells the JDK server "no body" (a 0 would mean chunked)
    exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
    exchange.getResponseBody().write(out);
    exchange.close();
  }

  private Reply defaultReply(Call call) {
    ObjectNode ok = JSON.createObjectNode().put("ok", true);
    int n = sequence.incrementAndGet();
    switch (call.method()) {
      case "oauth.v2.access" -> {
        return oauthV2Access(call, ok);
      }
      case "auth.test" ->
          ok.put("team_id", tokenTeams.getOrDefault(String.valueOf(call.param("token")), TEAM))
              .put("user_id", BOT_USER)
              .put("bot_id", "B0001")
              .put("team", "Receipts Test")
              .put("url", "https://receipts-test.slack.com/");
      case "views.open", "views.publish", "views.update", "views.push" ->
          SlackAnswers.view(ok, call, n);
      case "chat.postMessage", "chat.update", "chat.scheduleMessage" ->
          SlackAnswers.message(ok, call, n);
      case "chat.postEphemeral" -> ok.put("message_ts", SlackAnswers.ts(n));
      case "conversations.open" ->
          SlackAnswers.im(ok, "D" + String.valueOf(call.param("users")).replace(",", ""));
      case "users.info" -> {
        String user = call.param("user");
        SlackAnswers.user(
            ok,
            user,
            bareUsers.containsKey(user) ? null : userZones.getOrDefault(user, "America/New_York"),
            deletedUsers.getOrDefault(user, false));
      }
      case "chat.getPermalink" ->
          ok.put("channel", call.param("channel"))
              .put(
                  "permalink",
                  "https://receipts-test.slack.com/archives/"
                      + call.param("channel")
                      + "/p"
                      + String.valueOf(call.param("message_ts")).replace(".", ""));
      case "files.getUploadURLExternal" ->
          ok.put("upload_url", baseUrl() + "/upload/F" + n).put("file_id", "F" + n);
      case "files.completeUploadExternal" -> {
        JsonNode files = call.json("files");
        var array = ok.putArray("files");
        if (files != null) {
          files.forEach(
              f ->
                  array
                      .addObject()
                      .put("id", f.path("id").asText())
                      .put("title", f.path("title").asText()));
        }
      }
      default -> {
        // every other method answers a plain ok, as most Slack writes do
      }
    }
    return Reply.ok(ok.toString());
  }

  private Reply oauthV2Access(Call call, ObjectNode ok) {
    String team;
    if ("refresh_token".equals(call.param("grant_type"))) {
      team = refreshTeams.remove(String.valueOf(call.param("refresh_token")));
    } else {
      team = codeTeams.remove(String.valueOf(call.param("code")));
    }
    if (team == null) {
      return Reply.error("invalid_code");
    }
    String token = "xoxb-" + team + "-" + sequence.incrementAndGet();
    tokenTeams.put(token, team);
    synchronized (issued) {
      issued.add(token);
    }
    ok.put("app_id", "A0001")
        .put("token_type", "bot")
        .put("scope", "commands,chat:write,im:write,users:read,files:write")
        .put("access_token", token)
        .put("bot_user_id", BOT_USER)
        .put("is_enterprise_install", false)
        .putNull("enterprise");
    ok.putObject("team").put("id", team).put("name", "Workspace " + team);
    ok.putObject("authed_user").put("id", "UINSTALLER");
    if (rotatingTokens) {
      String refresh = "xoxe-1-" + token;
      refreshTeams.put(refresh, team);
      ok.put("refresh_token", refresh).put("expires_in", 43_200);
    }
    return Reply.ok(ok.toString());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  @Override
  public void close() {
    stalled.countDown();
    server.stop(0);
  }
}
