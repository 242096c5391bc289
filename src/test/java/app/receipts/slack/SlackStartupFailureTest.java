package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.NoRouteToHostException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** The network failures a test cannot stage portably on loopback, explained from their cause. */
class SlackStartupFailureTest {
  private static final String URL = "https://slack.com/api/";

  @Test
  void an_unreachable_network_is_named_as_the_network() {
    String message =
        SlackStartupFailure.message(
            URL,
            new SlackCallException(
                "auth.test", "io_error", null, new SocketException("Network is unreachable")));

    assertTrue(message.startsWith("Cannot reach Slack at " + URL), message);
    assertTrue(message.contains("network is unreachable"), message);
    assertTrue(message.contains("firewall"), message);
  }

  @Test
  void no_route_to_the_host_is_named_as_the_network() {
    String message =
        SlackStartupFailure.message(
            URL,
            new SlackCallException(
                "auth.test", "io_error", null, new NoRouteToHostException("No route to host")));

    assertTrue(message.contains("network is unreachable"), message);
    assertTrue(message.contains("slack.com"), message);
  }
}
