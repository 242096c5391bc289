package app.receipts.reminders;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Config;
import app.receipts.slack.SlackAppFactory;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.FakeSlack.Fault;
import app.receipts.testing.TestApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way chat.postMessage (or a file share) fails, produced through the bot's own Slack client
 * and SlackCalls, sorted into "certainly posted nothing" (retry) and "may have posted" (counts as
 * sent).
 */
class SendFailuresTest {
  private final FakeSlack slack = new FakeSlack();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    slack.close();
  }

  private SlackCallException postFails(String apiUrl) {
    return postFails(apiUrl, 300);
  }

  private SlackCallException postFails(String apiUrl, int timeoutMillis) {
    Map<String, String> env = new HashMap<>(TestApp.env(slack, dir, Map.of()));
    env.put("SLACK_API_URL", apiUrl);
    env.put("SLACK_TIMEOUT_MS", Integer.toString(timeoutMillis));
    MethodsClient methods = SlackAppFactory.slack(Config.fromEnv(env)).methods("xoxb-test-token");
    return assertThrows(
        SlackCallException.class,
        () ->
            SlackCalls.ok(
                "chat.postMessage",
                () -> methods.chatPostMessage(r -> r.channel("DU1").text("hi"))));
  }

  private SlackCallException postFails() {
    return postFails(slack.apiUrl());
  }

  @Test
  void a_refused_connection_certainly_posted_nothing() {
    assertTrue(
        SendFailures.certainlyNotDelivered(
            postFails("http://127.0.0.1:" + closedPort() + "/api/")));
  }

  @Test
  void slacks_own_refusals_certainly_posted_nothing() {
    slack.fail("chat.postMessage", Fault.CHANNEL_NOT_FOUND);
    assertTrue(SendFailures.certainlyNotDelivered(postFails()));
    slack.fail("chat.postMessage", Fault.RATE_LIMITED);
    assertTrue(SendFailures.certainlyNotDelivered(postFails()));
    slack.respond("chat.postMessage", c -> new FakeSlack.Reply(400, Map.of(), "bad request"));
    assertTrue(SendFailures.certainlyNotDelivered(postFails()));
  }

  @Test
  void a_timeout_after_slack_read_the_request_may_have_posted() {
    slack.fail("chat.postMessage", Fault.SLOW_ANSWER);
    // long enough for the request to reach Slack on a loaded machine; the answer is held anyway
    SlackCallException timedOut = postFails(slack.apiUrl(), 2_000);
    slack.clearResponses();

    assertEquals(1, slack.calls("chat.postMessage").size(), "Slack got the message");
    assertFalse(SendFailures.certainlyNotDelivered(timedOut));
  }

  @Test
  void a_connection_dropped_before_the_answer_may_have_posted() {
    slack.respond(
        "chat.postMessage",
        c -> {
          throw new IllegalStateException("connection dropped after reading the request");
        });
    assertFalse(SendFailures.certainlyNotDelivered(postFails()));
    assertEquals(1, slack.calls("chat.postMessage").size());
  }

  @Test
  void an_answer_that_is_not_slacks_json_may_have_posted() {
    for (Fault garbage : new Fault[] {Fault.HTML, Fault.TRUNCATED_JSON, Fault.EMPTY_BODY}) {
      slack.fail("chat.postMessage", garbage);
      assertFalse(SendFailures.certainlyNotDelivered(postFails()), garbage.name());
    }
    slack.fail("chat.postMessage", Fault.OK_FALSE_NO_ERROR);
    assertTrue(
        SendFailures.certainlyNotDelivered(postFails()),
        "ok:false is Slack saying it did not post");
  }

  @Test
  void server_errors_and_slacks_internal_errors_may_have_posted() {
    slack.fail("chat.postMessage", Fault.SERVER_ERROR);
    assertFalse(SendFailures.certainlyNotDelivered(postFails()));
    for (int status : new int[] {500, 502, 503, 504}) {
      slack.respond("chat.postMessage", c -> new FakeSlack.Reply(status, Map.of(), "<html>"));
      assertFalse(SendFailures.certainlyNotDelivered(postFails()), "HTTP " + status);
    }
    slack.respond("chat.postMessage", c -> FakeSlack.Reply.error("internal_error"));
    assertFalse(SendFailures.certainlyNotDelivered(postFails()));
  }

  @Test
  void an_unknown_host_certainly_posted_nothing_and_an_unexpected_failure_may_have() {
    assertTrue(
        SendFailures.certainlyNotDelivered(
            new SlackCallException(
                "chat.postMessage", "io_error", null, new UnknownHostException("slack.com"))));
    assertFalse(SendFailures.certainlyNotDelivered(new IllegalStateException("unparsable answer")));
  }

  private SlackCallException uploadFails() {
    Map<String, String> env = new HashMap<>(TestApp.env(slack, dir, Map.of()));
    env.put("SLACK_TIMEOUT_MS", "2000");
    MethodsClient methods = SlackAppFactory.slack(Config.fromEnv(env)).methods("xoxb-test-token");
    return assertThrows(
        SlackCallException.class,
        () ->
            SlackCalls.ok(
                "files.uploadV2",
                () ->
                    methods.filesUploadV2(
                        r ->
                            r.channel("DU1")
                                .initialComment("Your review is in 14 days")
                                .requestFileInfo(false)
                                .uploadFiles(
                                    List.of(
                                        FilesUploadV2Request.UploadFile.builder()
                                            .filename("packet.md")
                                            .title("packet.md")
                                            .fileData("# Packet".getBytes(UTF_8))
                                            .build())))));
  }

  @Test
  void a_file_share_refused_before_complete_upload_certainly_posted_nothing() {
    slack.respond("files.getUploadURLExternal", c -> FakeSlack.Reply.error("service_unavailable"));
    assertTrue(SendFailures.certainlyNotDelivered(uploadFails()));
    slack.respond("files.getUploadURLExternal", c -> FakeSlack.Reply.error("internal_error"));
    assertTrue(
        SendFailures.certainlyNotDelivered(uploadFails()),
        "nothing is shared before files.completeUploadExternal, whatever the error");
    assertTrue(slack.calls("files.completeUploadExternal").isEmpty());
  }

  @Test
  void a_file_share_whose_complete_upload_failed_inside_slack_may_have_posted() {
    slack.respond("files.completeUploadExternal", c -> FakeSlack.Reply.error("internal_error"));
    assertFalse(SendFailures.certainlyNotDelivered(uploadFails()));
    slack.respond("files.completeUploadExternal", c -> FakeSlack.Reply.error("invalid_channel"));
    assertTrue(SendFailures.certainlyNotDelivered(uploadFails()), "refused: nothing shared");
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
