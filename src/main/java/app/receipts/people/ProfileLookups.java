package app.receipts.people;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Profile lookups (users.info) run on their own executor, one at a time per person, so that a slow
 * Slack holds none of the threads that answer requests.
 */
final class ProfileLookups {
  private final Executor executor;
  private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

  ProfileLookups(Executor executor) {
    this.executor = executor;
  }

  /**
   * Starts the lookup unless one for the same person is running; the future completes when it has
   * finished, and fails when the executor had no room for it.
   */
  CompletableFuture<Void> start(String key, Runnable lookup) {
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return running;
    }
    try {
      executor.execute(
          () -> {
            try {
              lookup.run();
            } finally {
              inFlight.remove(key, mine);
              mine.complete(null);
            }
          });
    } catch (RejectedExecutionException full) {
      inFlight.remove(key, mine);
      mine.completeExceptionally(full);
    }
    return mine;
  }

  /** Waits at most {@code budget} for the lookup; true when it finished in that time. */
  static boolean finishedWithin(CompletableFuture<Void> lookup, Duration budget) {
    try {
      lookup.get(budget.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
