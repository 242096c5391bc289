package app.receipts.slack;

import java.util.Optional;

/** A Web API call that failed: transport error, HTTP error or {@code ok: false}. */
public final class SlackCallException extends RuntimeException {
  private final String method;
  private final String error;
  private final Integer retryAfterSeconds;

  public SlackCallException(
      String method, String error, Integer retryAfterSeconds, Throwable cause) {
    super(method + " failed: " + orUnknown(error), cause);
    this.method = method;
    this.error = orUnknown(error);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  private static String orUnknown(String error) {
    return error == null || error.isBlank() ? SlackCalls.UNKNOWN_ERROR : error;
  }

  public String method() {
    return method;
  }

  /**
   * Slack's error code (e.g. {@code channel_not_found}, {@code ratelimited}) or a transport cause;
   * never null, so callers can switch on it.
   */
  public String error() {
    return error;
  }

  /** Present when Slack answered 429 with a Retry-After header. */
  public Optional<Integer> retryAfterSeconds() {
    return Optional.ofNullable(retryAfterSeconds);
  }

  public boolean rateLimited() {
    return retryAfterSeconds != null || "ratelimited".equals(error);
  }
}
