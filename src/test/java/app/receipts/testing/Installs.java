package app.receipts.testing;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives Slack's OAuth install as a browser would: /slack/install, Slack, /slack/oauth_redirect.
 */
public final class Installs {
  public static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
  public static final String COOKIE = "slack-app-oauth-state";
  private static final Pattern STATE = Pattern.compile("[?&;]state=([\\w-]+)");

  private Installs() {}

  /** Multi-workspace mode: OAuth client settings and an encryption key, no bot token. */
  public static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "");
    env.put("SLACK_CLIENT_ID", "1111.2222");
    env.put("SLACK_CLIENT_SECRET", "test-client-secret");
    env.put("RECEIPTS_ENCRYPTION_KEY", KEY);
    return env;
  }

  /** The state of a fresh install page, checked to be the same in the link and the cookie. */
  public static String start(TestApp app) {
    HttpResponse<String> page = app.client.get("/slack/install");
    if (page.statusCode() != 200) {
      throw new AssertionError("/slack/install answered " + page.statusCode());
    }
    Matcher link = STATE.matcher(page.body());
    if (!link.find()) {
      throw new AssertionError("no state in the install page: " + page.body());
    }
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    if (!cookie.startsWith(COOKIE + "=" + link.group(1) + ";")) {
      throw new AssertionError("cookie and link disagree: " + cookie);
    }
    return link.group(1);
  }

  /** Slack sending the browser back with a code for {@code teamId} and the given state. */
  public static HttpResponse<String> redirect(TestApp app, String teamId, String state) {
    String code = app.slack.approveInstall(teamId);
    return app.client.get(
        "/slack/oauth_redirect?code=" + code + "&state=" + state,
        Map.of("Cookie", COOKIE + "=" + state));
  }

  /** The whole flow; returns the page the installer sees at the end. */
  public static HttpResponse<String> install(TestApp app, String teamId) {
    return redirect(app, teamId, start(app));
  }
}
