package app.receipts.slack;

import app.receipts.Config;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.time.Clock;

/** Builds the Slack client and the Bolt app, both pointed at {@code SLACK_API_URL}. */
public final class SlackAppFactory {
  private SlackAppFactory() {}

  public static Slack slack(Config config) {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(config.apiUrl());
    slackConfig.setPrettyResponseLoggingEnabled(false);
    slackConfig.setStatsEnabled(false);
    // OkHttp has no overall call timeout by default: a Slack that accepts the connection and then
    // stalls would hold a request thread (and the user's ack) for as long as it likes.
    slackConfig.setHttpClientReadTimeoutMillis(config.slackTimeoutMillis());
    slackConfig.setHttpClientWriteTimeoutMillis(config.slackTimeoutMillis());
    slackConfig.setHttpClientCallTimeoutMillis(config.slackTimeoutMillis());
    return Slack.getInstance(slackConfig);
  }

  /** One workspace: Bolt authorizes every request with the bot token from the environment. */
  public static App app(Config config, Slack slack) {
    return app(config, slack, null, null);
  }

  /**
   * With {@code installations} (many workspaces), Bolt serves /slack/install and
   * /slack/oauth_redirect and finds each request's bot token there.
   */
  public static App app(
      Config config, Slack slack, InstallationService installations, OAuthStateService states) {
    AppConfig.AppConfigBuilder appConfig = AppConfig.builder().slack(slack);
    if (config.multiWorkspace()) {
      appConfig
          .clientId(config.oauth().clientId())
          .clientSecret(config.oauth().clientSecret())
          .scope(config.oauth().scopes())
          .oauthInstallPath(HttpServer.INSTALL_PATH)
          .oauthRedirectUriPath(HttpServer.REDIRECT_PATH)
          // Bolt checks each workspace's token with auth.test; once per 10 minutes is enough
          .authTestCacheEnabled(true);
    } else {
      appConfig.singleTeamBotToken(config.botToken());
    }
    if (config.signingSecret() != null) {
      appConfig.signingSecret(config.signingSecret());
    }
    // Socket Mode needs no signature; over HTTP SlackEndpointServlet checks it before Bolt runs
    appConfig.requestVerificationEnabled(false);
    App app = new App(appConfig.build());
    if (installations != null) {
      // before the first use(): that builds Bolt's authorization middleware around the service
      app.asOAuthApp(true).service(installations).service(states);
    }
    if (!config.socketMode()) {
      // Slack's timestamps are wall-clock time, whatever clock the rest of the bot is given
      app.use(new FreshRequests(Clock.systemUTC()));
    }
    app.use(new ErrorMiddleware());
    return app;
  }

  /**
   * The SDK as {@link #slack} makes it, with one workspace's token checked by {@link #authTest}.
   */
  public static Slack checkedSlack(Config config) {
    Slack slack = slack(config);
    if (!config.multiWorkspace()) {
      authTest(slack, config);
    }
    return slack;
  }

  /**
   * Fails fast when the bot token is wrong or Slack is unreachable, with a {@link
   * SlackStartupFailure} that says which, and what to do about it.
   */
  public static AuthTestResponse authTest(Slack slack, Config config) {
    try {
      return SlackCalls.ok("auth.test", () -> slack.methods(config.botToken()).authTest(r -> r));
    } catch (RuntimeException e) {
      // SlackCallException for every failure Slack or the network reports; anything else is an
      // answer the SDK could not parse (an HTML page with HTTP 200), which is a wrong URL too
      throw SlackStartupFailure.explain(config.apiUrl(), e);
    }
  }
}
