package app.receipts.reminders;

import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Tells a failed chat.postMessage (or file share) that certainly posted nothing (safe to retry)
 * from one that may have reached Slack (counts as sent: reminders go out at most once). Anything
 * not known to be the first kind is the second.
 */
final class SendFailures {
  /**
   * Slack documents these as "it's possible some aspect of the operation succeeded"; {@code
   * no_response} means no answer was read at all.
   */
  private static final Set<String> MAYBE_DONE =
      Set.of("fatal_error", "internal_error", "no_response", SlackCalls.INVALID_RESPONSE);

  private SendFailures() {}

  static boolean certainlyNotDelivered(RuntimeException failure) {
    if (!(failure instanceof SlackCallException slack)) {
      return false;
    }
    if (slack.rateLimited()) {
      return true;
    }
    Throwable cause = slack.getCause();
    if (cause == null) {
      // Slack answered ok:false: it says what it did not do
      return slack.error() != null && !MAYBE_DONE.contains(slack.error());
    }
    if (cause instanceof SlackFilesUploadV2Exception upload) {
      // files are shared only by files.completeUploadExternal: before it, nothing was posted
      return upload.getCompleteResponse() == null || !MAYBE_DONE.contains(slack.error());
    }
    if (cause instanceof SlackApiException http) {
      // a 4xx is refused before any work; a 5xx may come from a request half done
      return http.getResponse() != null
          && http.getResponse().code() < 500
          && !MAYBE_DONE.contains(slack.error());
    }
    // the connection was never made, so no request was written; a timeout or a reset may have
    // come after Slack read it
    return cause instanceof ConnectException
        || cause instanceof NoRouteToHostException
        || cause instanceof PortUnreachableException
        || cause instanceof UnknownHostException;
  }
}
