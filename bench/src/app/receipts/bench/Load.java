package app.receipts.bench;

import com.slack.api.app_backend.SlackSignature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Signed /win slash commands over plain keep-alive HTTP/1.1 sockets, so that the load generator
 * spends as little of the shared CPU as it can: at saturation (closed loop, a fixed number of
 * connections), or open loop at a fixed rate where latency is counted from when a request was due
 * (queueing included, no coordinated omission). A request counts as ok only when it answered 200
 * and, when {@code expect} is set, its body contains that text.
 */
final class Load {
  record Result(String name, int ok, int errors, double perSecond, long[] latenciesMicros) {
    long percentile(double p) {
      if (latenciesMicros.length == 0) {
        return 0;
      }
      int index =
          (int) Math.min(latenciesMicros.length - 1, Math.ceil(p * latenciesMicros.length) - 1);
      return latenciesMicros[Math.max(0, index)];
    }

    String row() {
      return String.format(
          "%-36s | %,9.0f req/s | p50 %6.2f ms | p99 %6.2f ms | max %7.2f ms | ok %,d | errors %d",
          name,
          perSecond,
          percentile(0.50) / 1000.0,
          percentile(0.99) / 1000.0,
          percentile(1.0) / 1000.0,
          ok,
          errors);
    }
  }

  private static final AtomicLong TRIGGER = new AtomicLong();
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
  private final int port;
  private final SlackSignature.Generator signer;
  private final String expect;
  private final String runId = Long.toString(System.nanoTime(), 36);

  Load(int port, String secret, String expect) {
    this.port = port;
    this.signer = new SlackSignature.Generator(secret);
    this.expect = expect;
  }

  private byte[] request(long n) {
    String body =
        "token=x&team_id=T0001&team_domain=bench&channel_id=C1&channel_name=general&user_id=UL"
            + (n % 500)
            + "&user_name=u&command=%2Fwin&api_app_id=A1&response_url="
            + URLEncoder.encode("http://127.0.0.1:1/r", StandardCharsets.UTF_8)
            + "&trigger_id=bench-"
            + runId
            + "-"
            + n
            + "&text="
            + URLEncoder.encode(
                "Cut build time from 14 min to 3 min, load #" + n, StandardCharsets.UTF_8);
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "X-Slack-Request-Timestamp: "
            + ts
            + "\r\nX-Slack-Signature: "
            + signer.generate(ts, body)
            + "\r\nContent-Length: "
            + bodyBytes.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + bodyBytes.length);
    System.arraycopy(bodyBytes, 0, all, headBytes.length, bodyBytes.length);
    return all;
  }

  /** As fast as {@code connections} keep-alive connections allow, for {@code seconds}. */
  Result saturate(String name, int connections, int seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    return drive(
        name, connections, System.nanoTime(), (worker, i) -> System.nanoTime() < end ? 0L : -1L);
  }

  /** Open loop: request i is due at start + i / perSecond whatever the earlier answers did. */
  Result fixedRate(String name, int perSecond, int seconds, int connections)
      throws InterruptedException {
    long interval = 1_000_000_000L / perSecond;
    long total = (long) perSecond * seconds;
    // every connection is open before the first request is due, so connecting is not measured
    long start = System.nanoTime() + 250_000_000L;
    return drive(
        name,
        connections,
        start,
        (worker, i) -> {
          long index = i * connections + worker;
          return index < total ? start + index * interval : -1L;
        });
  }

  /** When request i of a worker is due (0 = now), or -1 when the worker is done. */
  private interface Schedule {
    long due(int worker, long i);
  }

  /** Runs the workers; the rate is counted from {@code started}, when the first request is due. */
  private Result drive(String name, int connections, long started, Schedule schedule)
      throws InterruptedException {
    AtomicInteger errors = new AtomicInteger();
    List<Latencies> perWorker = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      Latencies latencies = new Latencies();
      perWorker.add(latencies);
      int worker = w;
      Thread thread = new Thread(() -> run(worker, schedule, latencies, errors), "load-" + w);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    int ok = perWorker.stream().mapToInt(latencies -> latencies.size).sum();
    long[] all = new long[ok];
    int at = 0;
    for (Latencies latencies : perWorker) {
      System.arraycopy(latencies.micros, 0, all, at, latencies.size);
      at += latencies.size;
    }
    Arrays.sort(all);
    return new Result(name, ok, errors.get(), ok / elapsed, all);
  }

  /**
   * One worker's latencies, grown as needed: sized for the longest run up front, 64 workers would
   * allocate 128 MB a run, and the load generator should disturb the machine as little as it can.
   */
  private static final class Latencies {
    long[] micros = new long[1024];
    int size;

    void add(long value) {
      if (size == micros.length) {
        micros = Arrays.copyOf(micros, size * 2);
      }
      micros[size++] = value;
    }
  }

  private void run(int worker, Schedule schedule, Latencies latencies, AtomicInteger errors) {
    Connection socket = null;
    try {
      try {
        socket = connect();
      } catch (IOException e) {
        // counted as an error on the first request, which tries again
      }
      for (long i = 0; ; i++) {
        long due = schedule.due(worker, i);
        if (due < 0) {
          return;
        }
        if (due > 0) {
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
        }
        long sent = due > 0 ? due : System.nanoTime();
        byte[] request = request(TRIGGER.incrementAndGet());
        try {
          if (socket == null) {
            socket = connect();
          }
          if (exchange(socket, request)) {
            latencies.add((System.nanoTime() - sent) / 1000);
          } else {
            errors.incrementAndGet();
          }
        } catch (IOException e) {
          errors.incrementAndGet();
          close(socket);
          socket = null;
        }
      }
    } finally {
      close(socket);
    }
  }

  /** One keep-alive connection with its buffered input, kept across requests. */
  private record Connection(Socket socket, InputStream in, OutputStream out) {}

  private Connection connect() throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(10_000);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    return new Connection(
        socket, new BufferedInputStream(socket.getInputStream(), 16_384), socket.getOutputStream());
  }

  /** Sends one request and reads its whole response; true when it is what a user should see. */
  private boolean exchange(Connection connection, byte[] request) throws IOException {
    connection.out().write(request);
    connection.out().flush();
    InputStream in = connection.in();
    String head = new String(readHead(in), StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(head.substring(9, 12));
    String lower = head.toLowerCase();
    byte[] body;
    int length = lower.indexOf("content-length:");
    if (length >= 0) {
      int endOfLine = lower.indexOf('\r', length);
      body = in.readNBytes(Integer.parseInt(lower.substring(length + 15, endOfLine).trim()));
    } else if (lower.contains("transfer-encoding: chunked")) {
      body = readChunked(in);
    } else {
      throw new IOException("response without a length");
    }
    if (in.available() > 0) {
      throw new IOException("unexpected bytes after a response");
    }
    return status == 200
        && (expect == null || new String(body, StandardCharsets.UTF_8).contains(expect));
  }

  private static byte[] readHead(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    int n = 0;
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, n * 2);
      }
      buffer[n++] = (byte) b;
      matched = b == HEADER_END[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return Arrays.copyOf(buffer, n);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        readLine(in);
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      readLine(in);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.socket().close();
      } catch (IOException ignored) {
        // done with it
      }
    }
  }
}
