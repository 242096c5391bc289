package app.receipts.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Slack's Block Kit limits (docs.slack.dev "Blocks", "Block elements", "Composition objects",
 * "Modals", and /work/shared/SLACK-FACTS.md), checked the way Slack checks them: each problem is
 * one "[ERROR] … [json-pointer:/…]" line, as Slack lists them in {@code
 * response_metadata.messages}. Lengths are counted in UTF-16 units, the stricter of the two
 * readings of "characters", so a payload that passes here passes Slack whichever it counts.
 */
public final class BlockKitRules {
  private static final Set<String> BLOCK_TYPES =
      Set.of(
          "section",
          "header",
          "context",
          "actions",
          "divider",
          "input",
          "image",
          "markdown",
          "rich_text",
          "file",
          "video");
  private static final Set<String> SELECTS =
      Set.of(
          "static_select",
          "multi_static_select",
          "users_select",
          "multi_users_select",
          "conversations_select",
          "multi_conversations_select",
          "channels_select",
          "multi_channels_select",
          "external_select",
          "multi_external_select");

  private final List<String> errors = new ArrayList<>();

  private BlockKitRules() {}

  /**
   * Problems with a message (chat.*, response_url, a slash command's ack): its blocks (null when
   * none were sent) and its text fallback.
   */
  public static List<String> message(JsonNode text, JsonNode blocks) {
    BlockKitRules rules = new BlockKitRules();
    if (blocks != null && !blocks.isNull()) {
      if (text == null || text.isNull() || text.asText().isBlank()) {
        rules.error("a message with blocks needs a text fallback", "/text");
      }
      rules.blocks(blocks, "/blocks", 50, false);
    }
    return rules.errors;
  }

  /** Problems with a view (views.*, a view_submission's response_action). */
  public static List<String> view(JsonNode view, String at) {
    BlockKitRules rules = new BlockKitRules();
    if (view == null || !view.isObject()) {
      rules.error("must provide an object", at);
      return rules.errors;
    }
    String type = view.path("type").asText("");
    boolean modal = type.equals("modal");
    if (!modal && !type.equals("home")) {
      rules.error("must be one of [modal, home]", at + "/type");
    }
    if (modal) {
      rules.plainText(view.get("title"), at + "/title", 24, true);
      rules.plainText(view.get("submit"), at + "/submit", 24, false);
      rules.plainText(view.get("close"), at + "/close", 24, false);
      boolean inputs = false;
      for (JsonNode block : view.path("blocks")) {
        inputs |= block.path("type").asText().equals("input");
      }
      if (inputs && view.get("submit") == null) {
        rules.error("a modal with input blocks needs a submit button", at + "/submit");
      }
    }
    rules.max(view.get("private_metadata"), 3000, at + "/private_metadata");
    rules.max(view.get("callback_id"), 255, at + "/callback_id");
    rules.max(view.get("external_id"), 255, at + "/external_id");
    rules.blocks(view.get("blocks"), at + "/blocks", 100, true);
    return rules.errors;
  }

  /** Slack refuses a view whose JSON is over 250 kB ({@code view_too_large}). */
  public static boolean tooLarge(String viewJson) {
    return viewJson.getBytes(StandardCharsets.UTF_8).length > 250_000;
  }

  private void blocks(JsonNode blocks, String at, int most, boolean inView) {
    if (blocks == null || !blocks.isArray()) {
      error("must provide an array", at);
      return;
    }
    if (blocks.isEmpty()) {
      error("must provide at least 1 items", at);
    }
    if (blocks.size() > most) {
      error("no more than " + most + " items allowed", at);
    }
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i), at + "/" + i, inView);
    }
  }

  private void block(JsonNode block, String at, boolean inView) {
    String type = block.path("type").asText("");
    if (!BLOCK_TYPES.contains(type)) {
      error("unsupported type: " + type, at + "/type");
      return;
    }
    max(block.get("block_id"), 255, at + "/block_id");
    switch (type) {
      case "section" -> {
        JsonNode fields = block.get("fields");
        if (block.get("text") == null && fields == null) {
          error("must provide text or fields", at);
        }
        if (block.get("text") != null) {
          text(block.get("text"), at + "/text", 3000);
        }
        if (fields != null) {
          if (fields.size() > 10) {
            error("no more than 10 items allowed", at + "/fields");
          }
          for (int i = 0; i < fields.size(); i++) {
            text(fields.get(i), at + "/fields/" + i, 2000);
          }
        }
        if (block.get("accessory") != null) {
          element(block.get("accessory"), at + "/accessory");
        }
      }
      case "header" -> plainText(block.get("text"), at + "/text", 150, true);
      case "context" -> {
        JsonNode elements = block.path("elements");
        count(elements, 1, 10, at + "/elements");
        for (int i = 0; i < elements.size(); i++) {
          JsonNode element = elements.get(i);
          if (!element.path("type").asText().equals("image")) {
            text(element, at + "/elements/" + i, 3000);
          }
        }
      }
      case "actions" -> {
        JsonNode elements = block.path("elements");
        count(elements, 1, 25, at + "/elements");
        for (int i = 0; i < elements.size(); i++) {
          element(elements.get(i), at + "/elements/" + i);
        }
      }
      case "input" -> {
        plainText(block.get("label"), at + "/label", 2000, true);
        plainText(block.get("hint"), at + "/hint", 2000, false);
        if (block.get("element") == null) {
          error("must provide an element", at + "/element");
        } else {
          element(block.get("element"), at + "/element");
        }
      }
      case "markdown" -> {
        if (inView) {
          error("markdown blocks are only allowed in messages", at + "/type");
        }
        JsonNode text = block.get("text");
        if (text == null || text.asText().isEmpty()) {
          error("must provide text", at + "/text");
        } else {
          max(text, 12_000, at + "/text");
        }
      }
      default -> {
        // divider, image, rich_text, file, video: nothing the bot sends needs more checks
      }
    }
  }

  private void element(JsonNode element, String at) {
    String type = element.path("type").asText("");
    max(element.get("action_id"), 255, at + "/action_id");
    switch (type) {
      case "button" -> {
        plainText(element.get("text"), at + "/text", 75, true);
        max(element.get("value"), 2000, at + "/value");
        max(element.get("url"), 3000, at + "/url");
        JsonNode style = element.get("style");
        if (style != null && !Set.of("primary", "danger").contains(style.asText())) {
          error("must be one of [primary, danger]", at + "/style");
        }
        confirm(element.get("confirm"), at + "/confirm");
      }
      case "overflow" -> {
        count(element.path("options"), 1, 5, at + "/options");
        options(element.path("options"), at + "/options");
        confirm(element.get("confirm"), at + "/confirm");
      }
      case "checkboxes", "radio_buttons" -> {
        count(element.path("options"), 1, 10, at + "/options");
        options(element.path("options"), at + "/options");
      }
      case "plain_text_input" -> {
        plainText(element.get("placeholder"), at + "/placeholder", 150, false);
        // Slack documents no limit on initial_value; max_length bounds what the person types
        JsonNode most = element.get("max_length");
        if (most != null && (most.asInt() < 1 || most.asInt() > 3000)) {
          error("must be between 1 and 3000", at + "/max_length");
        }
      }
      case "datepicker", "timepicker", "datetimepicker" ->
          plainText(element.get("placeholder"), at + "/placeholder", 150, false);
      case "image" -> {
        // image_url and alt_text only
      }
      default -> {
        if (!SELECTS.contains(type)) {
          error("unsupported type: " + type, at + "/type");
          return;
        }
        plainText(element.get("placeholder"), at + "/placeholder", 150, false);
        if (type.endsWith("static_select")) {
          JsonNode options = element.get("options");
          if (options == null && element.get("option_groups") == null) {
            error("must provide options or option_groups", at);
          }
          if (options != null) {
            count(options, 1, 100, at + "/options");
            options(options, at + "/options");
          }
          if (element.get("initial_option") != null) {
            option(element.get("initial_option"), at + "/initial_option");
          }
        }
      }
    }
  }

  private void options(JsonNode options, String at) {
    for (int i = 0; i < options.size(); i++) {
      option(options.get(i), at + "/" + i);
    }
  }

  private void option(JsonNode option, String at) {
    text(option.get("text"), at + "/text", 75);
    if (option.get("value") == null) {
      error("must provide a value", at + "/value");
    }
    max(option.get("value"), 150, at + "/value");
    text(option.get("description"), at + "/description", 75, false);
  }

  private void confirm(JsonNode confirm, String at) {
    if (confirm == null) {
      return;
    }
    plainText(confirm.get("title"), at + "/title", 100, true);
    text(confirm.get("text"), at + "/text", 300);
    plainText(confirm.get("confirm"), at + "/confirm", 30, true);
    plainText(confirm.get("deny"), at + "/deny", 30, true);
  }

  private void text(JsonNode text, String at, int most) {
    text(text, at, most, true);
  }

  /** A text object: plain_text or mrkdwn, 1 to {@code most} characters. */
  private void text(JsonNode text, String at, int most, boolean required) {
    if (text == null || text.isNull()) {
      if (required) {
        error("must provide a text object", at);
      }
      return;
    }
    String type = text.path("type").asText("");
    if (!type.equals("plain_text") && !type.equals("mrkdwn")) {
      error("must be one of [plain_text, mrkdwn]", at + "/type");
    }
    if (type.equals("mrkdwn") && text.has("emoji")) {
      error("emoji is only allowed in plain_text", at + "/emoji");
    }
    JsonNode value = text.get("text");
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      error("must be more than 0 characters", at + "/text");
      return;
    }
    max(value, Math.min(most, 3000), at + "/text");
  }

  private void plainText(JsonNode text, String at, int most, boolean required) {
    if (text != null && !text.path("type").asText().equals("plain_text")) {
      error("must be plain_text", at + "/type");
    }
    text(text, at, most, required);
  }

  private void count(JsonNode array, int least, int most, String at) {
    if (!array.isArray()) {
      error("must provide an array", at);
    } else if (array.size() < least) {
      error("must provide at least " + least + " items", at);
    } else if (array.size() > most) {
      error("no more than " + most + " items allowed", at);
    }
  }

  private void max(JsonNode value, int most, String at) {
    if (value != null && !value.isNull() && value.asText().length() > most) {
      error("must be less than " + (most + 1) + " characters", at);
    }
  }

  private void error(String problem, String at) {
    errors.add("[ERROR] " + problem + " [json-pointer:" + at + "]");
  }
}
