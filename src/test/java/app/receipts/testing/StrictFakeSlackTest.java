package app.receipts.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake refuses what Slack refuses, in Slack's words, so every test checks the contract. */
class StrictFakeSlackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FakeSlack slack = new FakeSlack();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void close() {
    slack.close();
  }

  @Test
  void a_section_over_3000_characters_is_invalid_blocks_with_a_pointer() throws Exception {
    JsonNode answer =
        api(
            "chat.postMessage",
            Map.of(
                "channel", "C0GENERAL",
                "text", "fallback",
                "blocks", "[{\"type\":\"section\",\"text\":" + mrkdwn("x".repeat(3001)) + "}]"));
    assertFalse(answer.path("ok").asBoolean());
    assertEquals("invalid_blocks", answer.path("error").asText());
    assertEquals(
        "[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]",
        answer.path("response_metadata").path("messages").get(0).asText());
  }

  @Test
  void exactly_3000_characters_and_a_text_fallback_are_accepted_with_the_message_echoed()
      throws Exception {
    JsonNode answer =
        api(
            "chat.postMessage",
            Map.of(
                "channel", "C0GENERAL",
                "text", "fallback",
                "blocks", "[{\"type\":\"section\",\"text\":" + mrkdwn("x".repeat(3000)) + "}]"));
    assertTrue(answer.path("ok").asBoolean(), answer.toString());
    assertEquals("C0GENERAL", answer.path("channel").asText());
    assertEquals(answer.path("ts").asText(), answer.path("message").path("ts").asText());
    assertEquals("section", answer.path("message").path("blocks").get(0).path("type").asText());
  }

  @Test
  void an_empty_blocks_array_or_blocks_without_text_are_refused() throws Exception {
    JsonNode empty =
        api(
            "chat.postEphemeral",
            Map.of("channel", "C0GENERAL", "user", "U1", "text", "hi", "blocks", "[]"));
    assertEquals("invalid_blocks", empty.path("error").asText());
    JsonNode noText =
        api(
            "chat.postMessage",
            Map.of(
                "channel",
                "D1",
                "blocks",
                "[{\"type\":\"section\",\"text\":" + mrkdwn("a") + "}]"));
    assertEquals("invalid_blocks", noText.path("error").asText());
  }

  @Test
  void bad_views_are_invalid_arguments_and_titles_over_24_are_refused() throws Exception {
    String view =
        "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\""
            + "t".repeat(25)
            + "\"},\"blocks\":[{\"type\":\"divider\"}]}";
    slack.issueTrigger("trig-a");
    JsonNode answer = api("views.open", Map.of("trigger_id", "trig-a", "view", view));
    assertEquals("invalid_arguments", answer.path("error").asText());
    assertTrue(
        answer.path("response_metadata").path("messages").get(0).asText().contains("/view/title"));
  }

  @Test
  void a_trigger_works_once() throws Exception {
    String view =
        "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Hi\"},"
            + "\"blocks\":[{\"type\":\"divider\"}]}";
    slack.issueTrigger("trig-b");
    JsonNode first = api("views.open", Map.of("trigger_id", "trig-b", "view", view));
    assertTrue(first.path("ok").asBoolean(), first.toString());
    assertEquals("modal", first.path("view").path("type").asText());
    assertTrue(first.path("view").has("hash"));
    JsonNode again = api("views.open", Map.of("trigger_id", "trig-b", "view", view));
    assertEquals("expired_trigger_id", again.path("error").asText());
  }

  @Test
  void an_ephemeral_where_the_bot_is_not_is_not_in_channel() throws Exception {
    JsonNode answer =
        api("chat.postEphemeral", Map.of("channel", "C0ELSEWHERE", "user", "U1", "text", "hi"));
    assertEquals("not_in_channel", answer.path("error").asText());
    slack.botJoined("C0ELSEWHERE");
    assertTrue(
        api("chat.postEphemeral", Map.of("channel", "C0ELSEWHERE", "user", "U1", "text", "hi"))
            .path("ok")
            .asBoolean());
  }

  @Test
  void a_response_url_takes_five_posts() throws Exception {
    String url = slack.responseUrl("r1");
    for (int i = 0; i < 5; i++) {
      assertEquals(200, post(url, "{\"text\":\"answer " + i + "\"}").statusCode());
    }
    HttpResponse<String> sixth = post(url, "{\"text\":\"one too many\"}");
    assertEquals(404, sixth.statusCode());
    assertEquals("used_url", sixth.body());
  }

  private static String mrkdwn(String text) {
    return "{\"type\":\"mrkdwn\",\"text\":\"" + text + "\"}";
  }

  private JsonNode api(String method, Map<String, String> params) throws Exception {
    Map<String, String> form = new LinkedHashMap<>(params);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(SignedClient.form(form)))
            .build();
    return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private HttpResponse<String> post(String url, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
