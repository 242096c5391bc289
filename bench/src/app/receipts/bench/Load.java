package app.receipts.bench;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
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
    return Http1.signed(signer, Http1.FORM, body);
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
    Http1 socket = null;
    try {
      try {
        socket = new Http1(port);
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
            socket = new Http1(port);
          }
          if (exchange(socket, request)) {
            latencies.add((System.nanoTime() - sent) / 1000);
          } else {
            errors.incrementAndGet();
          }
        } catch (IOException e) {
          errors.incrementAndGet();
          if (socket != null) {
            socket.close();
          }
          socket = null;
        }
      }
    } finally {
      if (socket != null) {
        socket.close();
      }
    }
  }

  /** Sends one request; true when it answered what a user should see. */
  private boolean exchange(Http1 connection, byte[] request) throws IOException {
    Http1.Response response = connection.exchange(request);
    return response.status() == 200 && (expect == null || response.body().contains(expect));
  }
}
