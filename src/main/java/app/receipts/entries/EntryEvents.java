package app.receipts.entries;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells interested features (App Home) that someone's entries changed, wherever that happened. */
public final class EntryEvents {
  private static final Logger log = LoggerFactory.getLogger(EntryEvents.class);

  @FunctionalInterface
  public interface Listener {
    void entriesChanged(String teamId, String userId);
  }

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final List<Listener> corrections = new CopyOnWriteArrayList<>();

  /** Told when a person's corrections of the win rules may have changed (made, or deleted). */
  void subscribeToCorrections(Listener listener) {
    corrections.add(listener);
  }

  void correctionsChanged(String teamId, String userId) {
    corrections.forEach(listener -> listener.entriesChanged(teamId, userId));
  }

  public void subscribe(Listener listener) {
    listeners.add(listener);
  }

  public void changed(String teamId, String userId) {
    for (Listener listener : listeners) {
      try {
        listener.entriesChanged(teamId, userId);
      } catch (RuntimeException e) {
        log.warn("An entry listener failed", e);
      }
    }
  }
}
