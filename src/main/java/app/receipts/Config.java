package app.receipts;

import java.util.ArrayList;
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
    int workerThreads,
    int schedulerThreads,
    int slackTimeoutMillis) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:./data/receipts.db";

  /** Socket Mode is chosen by the presence of an app-level token. */
  public boolean socketMode() {
    return appToken != null;
  }

  public static Config fromEnv(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    String botToken = value(env, "SLACK_BOT_TOKEN");
    String appToken = value(env, "SLACK_APP_TOKEN");
    String signingSecret = value(env, "SLACK_SIGNING_SECRET");
    if (botToken == null) {
      problems.add("SLACK_BOT_TOKEN is missing (the xoxb-… bot token from OAuth & Permissions)");
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
    int workers = number(env, "WORKER_THREADS", 4, 1, 256, problems);
    int schedulerThreads = number(env, "SCHEDULER_THREADS", 10, 0, 256, problems);
    int slackTimeout = number(env, "SLACK_TIMEOUT_MS", 10_000, 100, 120_000, problems);
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
        workers,
        schedulerThreads,
        slackTimeout);
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
