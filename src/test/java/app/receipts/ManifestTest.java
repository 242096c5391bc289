package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.slack.api.bolt.App;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** manifest.yml and the handlers registered in Main must name the same commands, ids and events. */
class ManifestTest {
  private static TestApp app;
  private static JsonNode manifest;

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start();
    manifest = new ObjectMapper(new YAMLFactory()).readTree(Path.of("manifest.yml").toFile());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /**
   * Bolt keeps its routing tables private; reading them is the only way to see what is registered.
   */
  @SuppressWarnings("unchecked")
  private static Set<String> registered(String field) throws Exception {
    Field routes = App.class.getDeclaredField(field);
    routes.setAccessible(true);
    Map<Object, ?> map = (Map<Object, ?>) routes.get(app.running.app());
    return map.keySet().stream()
        .map(key -> key instanceof Pattern p ? unquote(p.pattern()) : key.toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Bolt registers a string id as the pattern ^\\Qid\\E$. */
  private static String unquote(String pattern) {
    return pattern
        .replaceAll("^\\^", "")
        .replaceAll("\\$$", "")
        .replace("\\Q", "")
        .replace("\\E", "");
  }

  private static Set<String> manifest(String path, String field) {
    Set<String> values = new TreeSet<>();
    manifest
        .at(path)
        .forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
    return values;
  }

  @Test
  void slash_commands_match() throws Exception {
    assertEquals(
        manifest("/features/slash_commands", "command"), registered("slashCommandHandlers"));
  }

  @Test
  void shortcut_callback_ids_match() throws Exception {
    Set<String> inCode = new TreeSet<>(registered("messageShortcutHandlers"));
    inCode.addAll(registered("globalShortcutHandlers"));
    assertEquals(manifest("/features/shortcuts", "callback_id"), inCode);
  }

  @Test
  void bot_events_match() throws Exception {
    Set<String> inCode =
        registered("eventHandlers").stream()
            .map(key -> key.replaceFirst(":.*", ""))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(manifest("/settings/event_subscriptions/bot_events", null), inCode);
  }

  @Test
  void scopes_cover_what_the_bot_calls() {
    Set<String> scopes = manifest("/oauth_config/scopes/bot", null);
    assertTrue(
        scopes.containsAll(
            List.of("commands", "chat:write", "im:write", "users:read", "files:write")),
        scopes.toString());
  }

  @Test
  void every_request_url_points_at_the_events_endpoint() {
    for (String path :
        List.of(
            "/settings/event_subscriptions/request_url", "/settings/interactivity/request_url")) {
      assertTrue(manifest.at(path).asText().endsWith("/slack/events"), path);
    }
    manifest
        .at("/features/slash_commands")
        .forEach(c -> assertTrue(c.path("url").asText().endsWith("/slack/events")));
  }
}
