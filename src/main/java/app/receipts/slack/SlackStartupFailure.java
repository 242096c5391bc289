package app.receipts.slack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;

/**
 * Why the start-up {@code auth.test} failed, as one line that names the cause and the fix: a
 * newcomer must not be told to check the token when the network is down, nor the network when Slack
 * refused the token.
 */
public final class SlackStartupFailure extends RuntimeException {
  private static final String COPY_TOKEN =
      "copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions into SLACK_BOT_TOKEN";

  private SlackStartupFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** The failure of {@code auth.test} against {@code apiUrl}, explained. */
  static SlackStartupFailure explain(String apiUrl, RuntimeException failure) {
    return new SlackStartupFailure(message(apiUrl, failure), failure);
  }

  static String message(String apiUrl, RuntimeException failure) {
    if (!(failure instanceof SlackCallException call)) {
      // the SDK could not read the answer as Slack's JSON: an HTML page, a proxy's error, a typo
      return notSlack(apiUrl, "answered something that is not Slack's JSON");
    }
    String error = call.error();
    if ("io_error".equals(error)) {
      return transport(apiUrl, call.getCause());
    }
    if (error != null && error.startsWith("http_")) {
      return notSlack(apiUrl, "answered HTTP " + error.substring("http_".length()));
    }
    return switch (error == null ? "" : error) {
      case "invalid_auth", "not_authed" ->
          "Slack refused SLACK_BOT_TOKEN (" + error + "): " + COPY_TOKEN + ".";
      case "token_revoked", "token_expired" ->
          "SLACK_BOT_TOKEN is no longer valid ("
              + error
              + "): reinstall the app to the workspace and "
              + COPY_TOKEN
              + ".";
      case "account_inactive" ->
          "SLACK_BOT_TOKEN belongs to a deactivated account or an app that was uninstalled"
              + " (account_inactive): reinstall the app to the workspace and "
              + COPY_TOKEN
              + ".";
      case "ratelimited" ->
          "Slack is rate-limiting auth.test (ratelimited): wait a minute and start again.";
      default ->
          "Slack answered auth.test with \""
              + error
              + "\": check SLACK_BOT_TOKEN, and that SLACK_API_URL ("
              + apiUrl
              + ") is Slack's Web API.";
    };
  }

  private static String transport(String apiUrl, Throwable cause) {
    String host = host(apiUrl);
    if (hasCause(cause, UnknownHostException.class)) {
      return "Cannot reach Slack at "
          + apiUrl
          + ": the name "
          + host
          + " does not resolve (DNS). Check the spelling of SLACK_API_URL, this machine's DNS"
          + " and network, or unset SLACK_API_URL to use "
          + "https://slack.com/api/.";
    }
    if (hasCause(cause, SSLException.class)) {
      return "Cannot reach Slack at "
          + apiUrl
          + ": the TLS handshake failed ("
          + describe(cause, SSLException.class)
          + "). Check that SLACK_API_URL uses https only for a server that speaks TLS, and that"
          + " Java trusts its certificate (a proxy that inspects TLS needs its CA in Java's"
          + " trust store).";
    }
    String what;
    if (hasCause(cause, NoRouteToHostException.class) || mentions(cause, "unreachable")) {
      what = "the network is unreachable (no route to " + host + ")";
    } else if (hasCause(cause, ConnectException.class)) {
      what = "the connection was refused";
    } else if (hasCause(cause, SocketTimeoutException.class) || mentions(cause, "timeout")) {
      what = "it did not answer within SLACK_TIMEOUT_MS";
    } else {
      what = cause == null ? "a network error" : describe(cause, IOException.class);
    }
    return "Cannot reach Slack at "
        + apiUrl
        + ": "
        + what
        + ". Check this machine's network, proxy and firewall (outbound HTTPS to "
        + host
        + "), and SLACK_API_URL.";
  }

  private static String notSlack(String apiUrl, String what) {
    return "SLACK_API_URL ("
        + apiUrl
        + ") "
        + what
        + " to auth.test: it is not Slack's Web API. Set SLACK_API_URL to Slack's API base"
        + " (https://slack.com/api/, or your GovSlack or proxy equivalent ending in /api/), or"
        + " unset it.";
  }

  /** The error and its causes, outermost first: the SDK and OkHttp wrap what the socket threw. */
  private static Stream<Throwable> chain(Throwable error) {
    return Stream.iterate(error, Objects::nonNull, Throwable::getCause);
  }

  private static boolean mentions(Throwable error, String word) {
    return chain(error)
        .anyMatch(
            t -> t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(word));
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    return chain(error).anyMatch(type::isInstance);
  }

  private static String describe(Throwable error, Class<? extends Throwable> type) {
    return chain(error)
        .filter(t -> type.isInstance(t) && t.getMessage() != null)
        .findFirst()
        .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
        .orElse(error.getClass().getSimpleName());
  }

  private static String host(String apiUrl) {
    try {
      String host = URI.create(apiUrl).getHost();
      return host == null ? apiUrl : host;
    } catch (IllegalArgumentException e) {
      return apiUrl;
    }
  }
}
