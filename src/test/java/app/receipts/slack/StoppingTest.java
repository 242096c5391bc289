package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Slack keeps its connections open between requests. Stopping closes those idle connections at
 * once, but a request being handled when the stop begins still gets its answer.
 */
class StoppingTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void idle_connections_close_at_once_and_a_request_in_flight_still_gets_its_answer()
      throws Exception {
    TestApp app = TestApp.start();
    CountDownLatch release = new CountDownLatch(1);
    app.slack.respond("views.open", call -> held(app.slack, call, release));
    CompletableFuture<HttpResponse<String>> modal =
        CompletableFuture.supplyAsync(() -> app.client.command("U1", ""));
    app.slack.await("views.open");

    try (Socket idle = new Socket("127.0.0.1", app.running.port())) {
      idle.setSoTimeout((int) WAIT.toMillis());
      idle.getOutputStream()
          .write(
              "GET /healthz HTTP/1.1\r\nHost: receipts\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      assertTrue(readResponse(idle.getInputStream()).startsWith("HTTP/1.1 200"));

      Thread stopping = new Thread(app::close, "stopping");
      stopping.start();

      assertEquals(-1, idle.getInputStream().read(), "the idle connection is closed by the stop");
      assertTrue(stopping.isAlive(), "the stop waits for the request being handled");
      release.countDown();
      HttpResponse<String> answer = modal.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      stopping.join(WAIT.toMillis());

      assertEquals(200, answer.statusCode(), answer.body());
      assertFalse(stopping.isAlive(), "the bot stopped once the request was answered");
    }
  }

  private static FakeSlack.Reply held(
      FakeSlack slack, FakeSlack.Call call, CountDownLatch release) {
    try {
      release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return slack.answerAsSlack(call);
  }

  /** One HTTP/1.1 response with a Content-Length, leaving the connection open. */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed after " + head);
      }
      head.append((char) b);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
