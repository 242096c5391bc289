package app.receipts.conversations;

import app.receipts.entries.Entry;
import java.util.Map;

/** Display names of the people a packet mentions, looked up before it is compiled. */
record Names(String ownerId, Map<String, String> names) {
  Names {
    names = Map.copyOf(names);
  }

  /** A name, or "a teammate" where Slack could not say: never a raw Slack id. */
  String name(String userId) {
    String name = names.get(userId);
    return name == null || name.equals(userId) ? "a teammate" : name;
  }

  boolean fromTeammate(Entry entry) {
    return entry.kind() == Entry.Kind.PRAISE
        && entry.authorUserId() != null
        && !entry.authorUserId().equals(ownerId);
  }
}
