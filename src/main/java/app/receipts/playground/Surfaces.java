package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What Slack would be showing: channel and DM messages (ephemeral ones too), the person's open
 * modals and App Home, uploaded files, and the bot's recent Web API calls. Every change bumps the
 * version the page polls for.
 */
final class Surfaces {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final int LOG_SIZE = 40;

  /** An uploaded file: its name and bytes. */
  record StoredFile(String id, String name, byte[] bytes) {}

  /** Where a response_url posts: a channel, and the message it may replace (null for none). */
  record Target(String channel, String messageId) {}

  private final List<ObjectNode> messages = new ArrayList<>();
  private final Map<String, ObjectNode> views = new HashMap<>();
  private final Map<String, Deque<String>> modals = new HashMap<>();
  private final Map<String, String> homes = new HashMap<>();
  private final Map<String, JsonNode> errors = new HashMap<>();
  private final Map<String, StoredFile> files = new LinkedHashMap<>();
  private final Map<String, Target> responseUrls = new HashMap<>();
  private final Deque<ObjectNode> log = new ArrayDeque<>();
  private final List<String> notes = new ArrayList<>();
  private long version;
  private boolean busy;
  private int sequence;

  synchronized int next() {
    return ++sequence;
  }

  /** A message timestamp as Slack makes them: seconds, a dot, six digits unique in the channel. */
  synchronized String ts(long epochSecond) {
    return epochSecond + "." + String.format("%06d", next());
  }

  private final java.time.Clock wall;

  Surfaces(java.time.Clock wall) {
    this.wall = wall;
  }

  synchronized ObjectNode post(String channel, String user, String text, JsonNode blocks) {
    return post(channel, user, text, blocks, null);
  }

  /** A message posted earlier, at {@code epochSecond}: the sample history's old praise. */
  synchronized ObjectNode postAt(String channel, String user, String text, long epochSecond) {
    ObjectNode message = post(channel, user, text, null, null);
    message.put("ts", ts(epochSecond));
    return message;
  }

  /** While the sample history is entered its modals flash by: the page shows none of them. */
  synchronized void busy(boolean filling) {
    busy = filling;
    changed();
  }

  /** A message only {@code forUser} sees (when not null), as an ephemeral one. */
  synchronized ObjectNode post(
      String channel, String user, String text, JsonNode blocks, String forUser) {
    BlockIds.fill(blocks, this);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", "M" + next()).put("channel", channel).put("user", user);
    message.put("ts", ts(wall.instant().getEpochSecond()));
    if (forUser != null) {
      message.put("ephemeral", true).put("for", forUser);
    }
    message.put("name", Cast.name(user)).put("text", text == null ? "" : text);
    message.set("blocks", blocks == null || !blocks.isArray() ? JSON.createArrayNode() : blocks);
    messages.add(message);
    changed();
    return message;
  }

  /** Files shared into a channel, under one comment. */
  synchronized void postFiles(String channel, String comment, ArrayNode shared) {
    post(channel, Cast.BOT_USER, comment, null).set("files", shared);
    changed();
  }

  synchronized Optional<ObjectNode> message(String id) {
    return messages.stream().filter(m -> m.path("id").asText().equals(id)).findFirst();
  }

  synchronized Optional<ObjectNode> messageAt(String channel, String ts) {
    return messages.stream()
        .filter(m -> m.path("channel").asText().equals(channel))
        .filter(m -> m.path("ts").asText().equals(ts))
        .findFirst();
  }

  synchronized void replace(ObjectNode message, String text, JsonNode blocks) {
    BlockIds.fill(blocks, this);
    message.put("text", text == null ? "" : text);
    message.set("blocks", blocks == null || !blocks.isArray() ? JSON.createArrayNode() : blocks);
    changed();
  }

  synchronized void delete(ObjectNode message) {
    messages.remove(message);
    changed();
  }

  synchronized String responseUrl(String baseUrl, Target target) {
    String id = "R" + next();
    responseUrls.put(id, target);
    return baseUrl + "/response/" + id;
  }

  synchronized Optional<Target> target(String responseId) {
    return Optional.ofNullable(responseUrls.get(responseId));
  }

  synchronized void storeView(ObjectNode view) {
    views.put(view.path("id").asText(), view);
    errors.remove(view.path("id").asText());
    changed();
  }

  synchronized Optional<ObjectNode> view(String id) {
    return Optional.ofNullable(views.get(id));
  }

  synchronized Optional<ObjectNode> viewByExternalId(String externalId) {
    return views.values().stream()
        .filter(v -> !externalId.isEmpty() && externalId.equals(v.path("external_id").asText()))
        .findFirst();
  }

  synchronized void openModal(String user, String viewId) {
    modals.computeIfAbsent(user, u -> new ArrayDeque<>()).push(viewId);
    changed();
  }

  synchronized void closeModal(String user, String viewId) {
    Deque<String> stack = modals.getOrDefault(user, new ArrayDeque<>());
    stack.remove(viewId);
    changed();
  }

  synchronized void closeAllModals(String user) {
    modals.remove(user);
    changed();
  }

  synchronized Optional<ObjectNode> topModal(String user) {
    Deque<String> stack = modals.get(user);
    return stack == null || stack.isEmpty() ? Optional.empty() : view(stack.peek());
  }

  synchronized void showErrors(String viewId, JsonNode fieldErrors) {
    errors.put(viewId, fieldErrors);
    changed();
  }

  synchronized void publishHome(String user, String viewId) {
    homes.put(user, viewId);
    changed();
  }

  synchronized void addFile(StoredFile file) {
    files.put(file.id(), file);
    changed();
  }

  synchronized Optional<StoredFile> file(String id) {
    return Optional.ofNullable(files.get(id));
  }

  synchronized void note(String text) {
    notes.add(text);
    changed();
  }

  synchronized void logCall(String method, String detail) {
    ObjectNode call = JSON.createObjectNode().put("method", method).put("detail", detail);
    log.addFirst(call);
    while (log.size() > LOG_SIZE) {
      log.removeLast();
    }
    changed();
  }

  private void changed() {
    version++;
    notifyAll();
  }

  /** Waits until something matches, for flows that need what the bot does next; null if not. */
  synchronized <T> T await(java.util.function.Supplier<Optional<T>> probe, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> found = probe.get();
      long left = deadline - System.nanoTime();
      if (found.isPresent() || left <= 0) {
        return found.orElse(null);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  synchronized List<ObjectNode> messages(Predicate<ObjectNode> matching) {
    return messages.stream().filter(matching).toList();
  }

  /** Everything the page shows the person, as one JSON document. */
  synchronized String snapshot(String user, String clock, String nextReminder) {
    ObjectNode state = JSON.createObjectNode().put("version", version).put("me", user);
    state.put("now", clock).put("nextReminder", nextReminder);
    ObjectNode names = state.putObject("names");
    Cast.NAMES.forEach(names::put);
    ArrayNode list = state.putArray("messages");
    messages.stream()
        .filter(m -> !m.path("channel").asText().equals(Cast.HISTORY_CHANNEL))
        .filter(m -> !m.has("for") || m.path("for").asText().equals(user))
        .forEach(list::add);
    state.put("busy", busy);
    topModal(user)
        .filter(v -> !busy)
        .ifPresent(
            v -> {
              ObjectNode modal = state.putObject("modal");
              modal.set("view", v);
              modal.set("errors", errors.getOrDefault(v.path("id").asText(), null));
            });
    Optional.ofNullable(homes.get(user)).flatMap(this::view).ifPresent(v -> state.set("home", v));
    ArrayNode calls = state.putArray("calls");
    log.forEach(calls::add);
    ArrayNode said = state.putArray("notes");
    notes.forEach(said::add);
    // written inside the lock: the nodes in it change as the bot's calls arrive
    return state.toString();
  }
}
