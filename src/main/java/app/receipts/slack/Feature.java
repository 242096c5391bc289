package app.receipts.slack;

import com.slack.api.bolt.App;

/** A feature package's front door: it registers every command, action and event it answers. */
public interface Feature {
  void register(App app);
}
