package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack.Fault;
import app.receipts.testing.SignedClient;
import app.receipts.testing.TestApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections from anyone, before a signature can be checked: a huge body, bodies that drip a byte
 * at a time, and Slack requests stuck on a slow Slack must not take the bot or /healthz down.
 */
class HostileConnectionsTest {
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);
  private static TestApp app;
  private static final HttpClient http = HttpClient.newHttpClient();
  private final List<Socket> sockets = new ArrayList<>();
  private final ExecutorService background = Executors.newCachedThreadPool();

  @BeforeAll
  static void start() {
    app = TestApp.start(Map.of("SLACK_TIMEOUT_MS", "10000"));
    // first requests warm the JIT and the database, so that the deadlines below measure load
    assertEquals(200, health().statusCode());
    assertTrue(app.client.command("UWARM", "Warmed up the server").body().contains("Saved"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @AfterEach
  void cleanUp() throws IOException {
    app.slack.clearResponses();
    background.shutdownNow();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  @Test
  void a_50_mb_body_is_refused_with_413_before_it_is_read() throws Exception {
    Socket socket = open();
    OutputStream out = socket.getOutputStream();
    out.write(headers("Content-Length: " + (50L << 20)));
    CompletableFuture<Long> sent = streamZeros(out, 50L << 20);

    assertEquals(413, status(socket, Duration.ofSeconds(2)));
    long bytesSent = sent.get(10, TimeUnit.SECONDS);
    assertTrue(bytesSent < (50L << 20), "the connection was closed before 50 MB went in");
    stillServing();
  }

  @Test
  void a_chunked_body_is_refused_with_413_once_it_passes_1_mib() throws Exception {
    Socket socket = open();
    OutputStream out = socket.getOutputStream();
    out.write(headers("Transfer-Encoding: chunked"));
    byte[] chunk = new byte[64 * 1024];
    byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    CompletableFuture<Long> sent =
        CompletableFuture.supplyAsync(
            () -> {
              long total = 0;
              try {
                while (total < (50L << 20)) {
                  out.write(head);
                  out.write(chunk);
                  out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                  total += chunk.length;
                }
              } catch (IOException closedByTheServer) {
                // expected once the server has answered
              }
              return total;
            },
            background);

    assertEquals(413, status(socket, Duration.ofSeconds(2)));
    assertTrue(sent.get(10, TimeUnit.SECONDS) < (50L << 20));
    stillServing();
  }

  @Test
  void dripping_connections_leave_health_and_win_answering_and_are_dropped() throws Exception {
    int connections = 150;
    ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < connections; i++) {
        Socket socket = open();
        // read while dripping: a write after the server closed may reset the connection
        answers.add(
            CompletableFuture.supplyAsync(
                () -> status(socket, HttpServer.BODY_DEADLINE.plusSeconds(10)), background));
        socket.getOutputStream().write(headers("Content-Length: 1000"));
        socket.getOutputStream().write('x');
      }
      drip.scheduleAtFixedRate(
          () -> {
            for (Socket socket : sockets) {
              try {
                socket.getOutputStream().write('x');
              } catch (IOException dropped) {
                // the server closed it: that is the point
              }
            }
          },
          200,
          500,
          TimeUnit.MILLISECONDS);

      stillServing();

      for (CompletableFuture<Integer> answer : answers) {
        assertEquals(
            408,
            answer.get(30, TimeUnit.SECONDS),
            "a body still dripping after the deadline is answered 408 and closed");
      }
    } finally {
      drip.shutdownNow();
    }
  }

  @Test
  void slack_requests_stuck_on_slack_leave_threads_for_health() throws Exception {
    app.slack.fail("views.open", Fault.TIMEOUT);
    int stuck = 70;
    List<CompletableFuture<HttpResponse<String>>> commands = new ArrayList<>();
    for (int i = 0; i < stuck; i++) {
      String user = "USTUCK" + i;
      commands.add(CompletableFuture.supplyAsync(() -> app.client.command(user, ""), background));
    }
    app.slack.await(
        "views.open", c -> app.slack.calls("views.open").size() >= 16, Duration.ofSeconds(20));

    HttpResponse<String> health =
        CompletableFuture.supplyAsync(HostileConnectionsTest::health, background)
            .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    assertEquals(200, health.statusCode());

    app.slack.clearResponses();
    for (CompletableFuture<HttpResponse<String>> command : commands) {
      int status = command.get(30, TimeUnit.SECONDS).statusCode();
      assertTrue(status == 200 || status == 503, "answered " + status);
    }
  }

  /** /healthz and a signed /win both answer within a second, and the win is stored. */
  private void stillServing() throws Exception {
    HttpResponse<String> health =
        CompletableFuture.supplyAsync(HostileConnectionsTest::health, background)
            .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    assertEquals(200, health.statusCode());
    String user = "UCALM" + System.nanoTime() % 100_000;
    HttpResponse<String> win =
        CompletableFuture.supplyAsync(
                () -> app.client.command(user, "Kept serving under load"), background)
            .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    assertTrue(win.body().contains("Saved"), win.body());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = ?", user));
  }

  private static HttpResponse<String> health() {
    try {
      return http.send(
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + app.running.port() + HttpServer.HEALTH_PATH))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Socket open() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.running.port());
    sockets.add(socket);
    return socket;
  }

  private static byte[] headers(String lengthHeader) {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    return ("POST "
            + HttpServer.EVENTS_PATH
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "X-Slack-Request-Timestamp: "
            + timestamp
            + "\r\nX-Slack-Signature: "
            + SignedClient.sign("unknown", timestamp)
            + "\r\n"
            + lengthHeader
            + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private CompletableFuture<Long> streamZeros(OutputStream out, long upTo) {
    return CompletableFuture.supplyAsync(
        () -> {
          byte[] zeros = new byte[64 * 1024];
          long total = 0;
          try {
            while (total < upTo) {
              out.write(zeros);
              total += zeros.length;
            }
          } catch (IOException closedByTheServer) {
            // expected once the server has answered
          }
          return total;
        },
        background);
  }

  /** The status code of the response on this connection, which must come within the timeout. */
  private static int status(Socket socket, Duration within) {
    StringBuilder line = new StringBuilder();
    try {
      socket.setSoTimeout((int) within.toMillis());
      InputStream in = socket.getInputStream();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        line.append((char) c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no answer on " + socket + " after: " + line, e);
    }
    String statusLine = line.toString().strip();
    assertTrue(statusLine.startsWith("HTTP/1.1 "), "status line: " + statusLine);
    return Integer.parseInt(statusLine.substring(9, 12));
  }
}
