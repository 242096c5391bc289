package app.receipts;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Everything Receipts reads from its environment, read in one place. */
public record Config(
    String botToken,
    String signingSecret,
    String appToken,
    String apiUrl,
    String databaseUrl,
    int port,
    String bindAddress,
    int workerThreads,
    int workerQueue,
    int schedulerThreads,
    int slackTimeoutMillis,
    int backgroundNice,
    int stopGraceSeconds,
    boolean warmUp,
    OAuth oauth) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:./data/receipts.db";

  public static final String DEFAULT_SCOPES = "commands,chat:write,im:write,users:read,files:write";

  /**
   * Installing into many workspaces through Slack OAuth: Bolt's client id and secret, the bot
   * scopes asked for, and the base64 AES key that encrypts every stored token.
   */
  public record OAuth(String clientId, String clientSecret, String scopes, String encryptionKey) {
    @Override
    public String toString() {
      return "OAuth[clientId=" + clientId + ", scopes=" + scopes + "]";
    }
  }

  /** Many workspaces install through /slack/install; otherwise one workspace's bot token. */
  public boolean multiWorkspace() {
    return oauth != null;
  }

  @Override
  public String toString() {
    return "Config[apiUrl="
        + apiUrl
        + ", port="
        + port
        + ", multiWorkspace="
        + multiWorkspace()
        + ", socketMode="
        + socketMode()
        + "]";
  }

  /** Socket Mode is chosen by the presence of an app-level token. */
  public boolean socketMode() {
    return appToken != null;
  }

  public static Config fromEnv(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    String botToken = value(env, "SLACK_BOT_TOKEN");
    String appToken = value(env, "SLACK_APP_TOKEN");
    String signingSecret = value(env, "SLACK_SIGNING_SECRET");
    OAuth oauth = oauth(env, problems);
    if (botToken == null && oauth == null) {
      problems.add(
          "SLACK_BOT_TOKEN is missing (the xoxb-… bot token from OAuth & Permissions); "
              + "or, to install into many workspaces, set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET "
              + "and RECEIPTS_ENCRYPTION_KEY instead");
    }
    if (botToken != null && oauth != null) {
      problems.add(
          "Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
              + "(many workspaces), not both");
    }
    if (appToken != null && oauth != null) {
      problems.add(
          "Socket Mode (SLACK_APP_TOKEN) cannot install into many workspaces: Slack's OAuth "
              + "redirect needs HTTP mode. Unset SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET");
    }
    if (appToken == null && signingSecret == null) {
      problems.add(
          "SLACK_SIGNING_SECRET is missing (Basic Information → Signing Secret); "
              + "or set SLACK_APP_TOKEN (xapp-…) to use Socket Mode");
    }
    if (appToken != null && !appToken.startsWith("xapp-")) {
      problems.add("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
    }
    String apiUrl = orDefault(value(env, "SLACK_API_URL"), DEFAULT_API_URL);
    if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
      problems.add("SLACK_API_URL must be an http(s) URL, got: " + apiUrl);
    }
    if (!apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }
    String databaseUrl = orDefault(value(env, "DATABASE_URL"), DEFAULT_DATABASE_URL);
    if (!databaseUrl.startsWith("jdbc:")) {
      problems.add("DATABASE_URL must be a JDBC URL such as jdbc:sqlite:./data/receipts.db");
    }
    int port = number(env, "PORT", 3000, 0, 65535, problems);
    // null listens on every interface, as a container needs; the playground keeps it on loopback
    String bindAddress = value(env, "BIND_ADDRESS");
    int workers = number(env, "WORKER_THREADS", 4, 1, 256, problems);
    int workerQueue = number(env, "WORKER_QUEUE", 10_000, 1, 1_000_000, problems);
    int schedulerThreads = number(env, "SCHEDULER_THREADS", 10, 0, 256, problems);
    int slackTimeout = number(env, "SLACK_TIMEOUT_MS", 10_000, 100, 120_000, problems);
    int backgroundNice = number(env, "BACKGROUND_NICE", 10, 0, 19, problems);
    // the container's grace period between SIGTERM and SIGKILL: 30 s is Kubernetes' default
    int stopGrace = number(env, "STOP_GRACE_SECONDS", 30, 6, 3600, problems);
    String warmUp = orDefault(value(env, "WARM_UP"), "off");
    if (!warmUp.equals("on") && !warmUp.equals("off")) {
      problems.add("WARM_UP must be on or off, got: " + warmUp);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new Config(
        botToken,
        signingSecret,
        appToken,
        apiUrl,
        databaseUrl,
        port,
        bindAddress,
        workers,
        workerQueue,
        schedulerThreads,
        slackTimeout,
        backgroundNice,
        stopGrace,
        warmUp.equals("on"),
        oauth);
  }

  /** OAuth settings when a client id or secret is set, else null; problems named on the way. */
  private static OAuth oauth(Map<String, String> env, List<String> problems) {
    String clientId = value(env, "SLACK_CLIENT_ID");
    String clientSecret = value(env, "SLACK_CLIENT_SECRET");
    String key = value(env, "RECEIPTS_ENCRYPTION_KEY");
    if (key != null && !validKey(key)) {
      problems.add(
          "RECEIPTS_ENCRYPTION_KEY must be 32 random bytes in base64 (44 characters); "
              + "make one with: openssl rand -base64 32");
    }
    if (clientId == null && clientSecret == null) {
      return null;
    }
    if (clientId == null) {
      problems.add("SLACK_CLIENT_ID is missing (Basic Information → App Credentials → Client ID)");
    }
    if (clientSecret == null) {
      problems.add(
          "SLACK_CLIENT_SECRET is missing (Basic Information → App Credentials → Client Secret)");
    }
    if (key == null) {
      problems.add(
          "RECEIPTS_ENCRYPTION_KEY is missing: installing into many workspaces stores every "
              + "workspace's bot token encrypted with it; make one with: openssl rand -base64 32");
    }
    String scopes = orDefault(value(env, "SLACK_SCOPES"), DEFAULT_SCOPES).replace(" ", "");
    return new OAuth(clientId, clientSecret, scopes, key);
  }

  private static boolean validKey(String base64) {
    try {
      return Base64.getDecoder().decode(base64).length == 32;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static int number(
      Map<String, String> env, String name, int fallback, int min, int max, List<String> problems) {
    String raw = value(env, name);
    if (raw == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(raw);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    problems.add(name + " must be a whole number from " + min + " to " + max + ", got: " + raw);
    return fallback;
  }

  /** Lists every configuration problem at once, so a newcomer fixes them in one go. */
  public static final class ConfigException extends RuntimeException {
    private final List<String> problems;

    ConfigException(List<String> problems) {
      super("Receipts cannot start:\n  - " + String.join("\n  - ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
