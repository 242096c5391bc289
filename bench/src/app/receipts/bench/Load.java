package app.receipts.bench;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Signed /win slash commands over HTTP: at saturation, or open-loop at a fixed rate. */
final class Load {
  record Result(String name, int ok, int errors, double perSecond, long[] latenciesMicros) {
    long percentile(double p) {
      if (latenciesMicros.length == 0) {
        return 0;
      }
      int index = (int) Math.min(latenciesMicros.length - 1, Math.ceil(p * latenciesMicros.length) - 1);
      return latenciesMicros[Math.max(0, index)];
    }

    String row() {
      return String.format(
          "%-34s | %,9.0f req/s | p50 %6.2f ms | p99 %6.2f ms | max %7.2f ms | ok %,d | errors %d",
          name, perSecond, percentile(0.50) / 1000.0, percentile(0.99) / 1000.0,
          percentile(1.0) / 1000.0, ok, errors);
    }
  }

  private static final AtomicLong TRIGGER = new AtomicLong();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(4))
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI uri;
  private final String secret;

  Load(int port, String secret) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.secret = secret;
  }

  private HttpRequest request(int user) {
    String body =
        "token=x&team_id=T0001&team_domain=bench&channel_id=C1&channel_name=general&user_id=UL"
            + user + "&user_name=u&command=%2Fwin&api_app_id=A1&response_url="
            + URLEncoder.encode("http://127.0.0.1:1/r", StandardCharsets.UTF_8)
            + "&trigger_id=bench-" + TRIGGER.incrementAndGet()
            + "&text=" + URLEncoder.encode("Cut build time from 14 min to 3 min, load #" + TRIGGER.get(), StandardCharsets.UTF_8);
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", new SlackSignature.Generator(secret).generate(ts, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** As fast as {@code concurrency} requests in flight allow, for {@code seconds}. */
  Result saturate(String name, int concurrency, int seconds) throws InterruptedException {
    Semaphore inFlight = new Semaphore(concurrency);
    long[] latencies = new long[2_000_000];
    AtomicInteger count = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    int user = 0;
    while (System.nanoTime() < end) {
      inFlight.acquire();
      long sent = System.nanoTime();
      send(request(user++ % 50), sent, latencies, count, errors).whenComplete((r, e) -> inFlight.release());
    }
    inFlight.acquire(concurrency);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return result(name, latencies, count.get(), errors.get(), elapsed);
  }

  /** Open loop: requests go out on schedule whatever the answers do; latency counts queueing. */
  Result fixedRate(String name, int perSecond, int seconds) throws InterruptedException {
    long[] latencies = new long[perSecond * seconds + 10];
    AtomicInteger count = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long interval = 1_000_000_000L / perSecond;
    long start = System.nanoTime();
    int total = perSecond * seconds;
    CompletableFuture<?>[] all = new CompletableFuture<?>[total];
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      all[i] = send(request(i % 50), due, latencies, count, errors);
    }
    CompletableFuture.allOf(all).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    return result(name, latencies, count.get(), errors.get(), elapsed);
  }

  private CompletableFuture<Void> send(
      HttpRequest request, long sent, long[] latencies, AtomicInteger count, AtomicInteger errors) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              if (failure != null || response.statusCode() != 200) {
                errors.incrementAndGet();
                return;
              }
              int i = count.getAndIncrement();
              if (i < latencies.length) {
                latencies[i] = (System.nanoTime() - sent) / 1000;
              }
            })
        .handle((response, failure) -> null);
  }

  private static Result result(String name, long[] latencies, int ok, int errors, double seconds) {
    long[] used = Arrays.copyOf(latencies, Math.min(ok, latencies.length));
    Arrays.sort(used);
    return new Result(name, ok, errors, ok / seconds, used);
  }
}
